"""The show's terms as the console shows them, translatable (context "Words").

The core names phases, stages and rescue methods in Vietnamese for its own messages and logs;
the console says them through Qt's translators, so an English console reads English. Each
table is built when asked (after the translator is installed), one literal per entry.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rcv.core.audience import Scene
from rcv.core.events import Stage
from rcv.core.rules import AllWrongPolicy, AnswerPolicy, LimitPolicy, RescueMethod
from rcv.core.state import Phase


def phase_name(phase: Phase) -> str:
    return {
        Phase.LOBBY: QCoreApplication.translate("Words", "chờ bắt đầu"),
        Phase.QUESTION_SHOWN: QCoreApplication.translate("Words", "đã hiện câu hỏi"),
        Phase.TIMER_RUNNING: QCoreApplication.translate("Words", "đang tính giờ"),
        Phase.TIME_UP: QCoreApplication.translate("Words", "hết giờ"),
        Phase.REVEALED: QCoreApplication.translate("Words", "đã công bố đáp án"),
        Phase.RESULTS: QCoreApplication.translate("Words", "đã xử lý loại"),
        Phase.FINISHED: QCoreApplication.translate("Words", "đã kết thúc"),
    }[phase]


def round_name(stage: Stage) -> str:
    """The round, after "vòng" (round)."""
    return {
        Stage.MAIN: QCoreApplication.translate("Words", "vòng chính"),
        Stage.RESCUE: QCoreApplication.translate("Words", "vòng cứu trợ"),
        Stage.TIEBREAK: QCoreApplication.translate("Words", "vòng câu hỏi phụ"),
        Stage.FINAL: QCoreApplication.translate("Words", "vòng chuông vàng"),
    }[stage]


def question_title(stage: Stage, number: int) -> str:
    """ "Câu 3", "Câu hỏi phụ 1" …"""
    words = {
        Stage.MAIN: QCoreApplication.translate("Words", "Câu {n}"),
        Stage.RESCUE: QCoreApplication.translate("Words", "Câu cứu trợ {n}"),
        Stage.TIEBREAK: QCoreApplication.translate("Words", "Câu hỏi phụ {n}"),
        Stage.FINAL: QCoreApplication.translate("Words", "Câu hỏi chuông vàng {n}"),
    }
    return words[stage].format(n=number)


def scene_name(scene: Scene) -> str:
    return {
        Scene.WELCOME: QCoreApplication.translate("Words", "chào mừng"),
        Scene.QUESTION: QCoreApplication.translate("Words", "câu hỏi"),
        Scene.TIME_UP: QCoreApplication.translate("Words", "hết giờ"),
        Scene.REVEAL: QCoreApplication.translate("Words", "đáp án"),
        Scene.ELIMINATIONS: QCoreApplication.translate("Words", "thí sinh bị loại"),
        Scene.FLOOR: QCoreApplication.translate("Words", "sàn thi đấu"),
        Scene.RESCUE: QCoreApplication.translate("Words", "cứu trợ"),
        Scene.TIEBREAK: QCoreApplication.translate("Words", "câu hỏi phụ"),
        Scene.FINAL: QCoreApplication.translate("Words", "câu hỏi chuông vàng"),
        Scene.WINNER: QCoreApplication.translate("Words", "người thắng"),
        Scene.RANKING: QCoreApplication.translate("Words", "bảng xếp hạng"),
        Scene.PAUSED: QCoreApplication.translate("Words", "tạm dừng"),
        Scene.LOGO: QCoreApplication.translate("Words", "logo"),
        Scene.BLACKOUT: QCoreApplication.translate("Words", "màn đen"),
    }[scene]


def rescue_method(method: RescueMethod) -> str:
    return {
        RescueMethod.ALL: QCoreApplication.translate("Words", "Tất cả thí sinh bị loại trở lại"),
        RescueMethod.SEATS: QCoreApplication.translate("Words", "Các ghế do ban tổ chức chọn"),
        RescueMethod.BEST: QCoreApplication.translate(
            "Words", "Những thí sinh có thành tích tốt nhất"
        ),
        RescueMethod.QUESTION: QCoreApplication.translate("Words", "Câu hỏi cứu trợ"),
    }[method]


def all_wrong_policies() -> dict[AllWrongPolicy, str]:
    return {
        AllWrongPolicy.KEEP: QCoreApplication.translate("Words", "Không ai bị loại"),
        AllWrongPolicy.ELIMINATE: QCoreApplication.translate(
            "Words", "Loại tất cả (có thể cứu trợ)"
        ),
        AllWrongPolicy.TIEBREAK: QCoreApplication.translate(
            "Words", "Loại tất cả, xếp hạng bằng câu hỏi phụ"
        ),
    }


def answer_policies() -> dict[AnswerPolicy, str]:
    return {
        AnswerPolicy.FIRST_LOCKS: QCoreApplication.translate("Words", "Lần bấm đầu tiên được tính"),
        AnswerPolicy.LAST_COUNTS: QCoreApplication.translate(
            "Words", "Lần bấm cuối cùng trước khi hết giờ được tính"
        ),
    }


def limit_policies() -> dict[LimitPolicy, str]:
    return {
        LimitPolicy.CO_WINNERS: QCoreApplication.translate("Words", "Tất cả cùng thắng"),
        LimitPolicy.TIEBREAK: QCoreApplication.translate("Words", "Câu hỏi phụ tìm người thắng"),
    }


def rescue_methods() -> dict[RescueMethod, str]:
    return {m: rescue_method(m) for m in RescueMethod}


def refusal_reason(code: str) -> str:
    """Why a press did not count (a RejectReason value), as the console says it."""
    words = {
        "not_accepting": QCoreApplication.translate("Words", "không trong thời gian trả lời"),
        "late": QCoreApplication.translate("Words", "bấm sau khi hết giờ"),
        "duplicate": QCoreApplication.translate("Words", "đã trả lời trước đó"),
        "unknown_seat": QCoreApplication.translate("Words", "ghế không có trong danh sách"),
        "not_in_play": QCoreApplication.translate("Words", "ghế không còn thi đấu"),
        "invalid_key": QCoreApplication.translate("Words", "phím không phải phương án"),
        "paused": QCoreApplication.translate("Words", "bấm lúc đang tạm dừng"),
        "out_of_range": QCoreApplication.translate("Words", "ghế ngoài dải ghế của bộ thu"),
        "repeat": QCoreApplication.translate("Words", "phím nảy hoặc bị kẹt"),
        "duplicate_frame": QCoreApplication.translate("Words", "khung nhận hai lần"),
        "before_hello": QCoreApplication.translate("Words", "bộ thu chưa chào"),
        "unrecognised": QCoreApplication.translate("Words", "phím thiết bị không nhận ra"),
        "malformed": QCoreApplication.translate("Words", "khung hỏng"),
        "out_of_sequence": QCoreApplication.translate("Words", "khung lạc thứ tự"),
        "after_lost": QCoreApplication.translate("Words", "đến sau khi đã ghi là mất"),
    }
    return words.get(code, code)


def noise_reason(code: str) -> str:
    """Why a piece of a hub's line named no press (a link reason value)."""
    words = {
        "noise": QCoreApplication.translate("Words", "nhiễu"),
        "truncated": QCoreApplication.translate("Words", "khung bị cắt"),
        "too_long": QCoreApplication.translate("Words", "dòng quá dài"),
        "checksum": QCoreApplication.translate("Words", "sai mã kiểm tra"),
        "malformed": QCoreApplication.translate("Words", "khung hỏng"),
        "unknown_type": QCoreApplication.translate("Words", "loại khung lạ"),
        "duplicate": QCoreApplication.translate("Words", "khung lặp"),
        "before_hello": QCoreApplication.translate("Words", "trước lời chào"),
        "unrecognised": QCoreApplication.translate("Words", "dòng không nhận ra"),
        "echo": QCoreApplication.translate("Words", "lệnh dội lại"),
        "repeat": QCoreApplication.translate("Words", "lặp lại"),
        "unknown_seat": QCoreApplication.translate("Words", "ghế lạ"),
        "out_of_sequence": QCoreApplication.translate("Words", "khung lạc thứ tự"),
        "late": QCoreApplication.translate("Words", "đến sau khi đã ghi là mất"),
    }
    return words.get(code, code)
