"""The show's own words: phases, rounds, question titles, why a command was refused, why a
contestant left the floor or the show ended, the MC's next step, how a place in the ranking was
decided. Everything the core says as a code, said once here (why a press did not count:
:mod:`rcv.i18n.phrases.presses`).

Each table maps a code to a Vietnamese template marked for the catalogue; the functions render
with the reader's :class:`~rcv.i18n.Words`.
"""

from __future__ import annotations

from rcv.core.audience import AwardKind, Scene
from rcv.core.errors import CommandRefused
from rcv.core.events import EliminationsApplied, Stage
from rcv.core.rules import AllWrongPolicy, AnswerPolicy, LimitPolicy, PausePolicy, RescueMethod
from rcv.core.state import Phase
from rcv.core.suggest import Action, ActionKind
from rcv.i18n.words import QT_TRANSLATE_NOOP, Words

CTX = "Show"

PHASES = {
    Phase.LOBBY: QT_TRANSLATE_NOOP("Show", "chờ bắt đầu"),
    Phase.QUESTION_SHOWN: QT_TRANSLATE_NOOP("Show", "đã hiện câu hỏi"),
    Phase.TIMER_RUNNING: QT_TRANSLATE_NOOP("Show", "đang tính giờ"),
    Phase.TIME_UP: QT_TRANSLATE_NOOP("Show", "hết giờ"),
    Phase.REVEALED: QT_TRANSLATE_NOOP("Show", "đã công bố đáp án"),
    Phase.RESULTS: QT_TRANSLATE_NOOP("Show", "đã xử lý kết quả"),
    Phase.FINISHED: QT_TRANSLATE_NOOP("Show", "đã kết thúc"),
}
ROUNDS = {
    Stage.MAIN: QT_TRANSLATE_NOOP("Show", "vòng chính"),
    Stage.RESCUE: QT_TRANSLATE_NOOP("Show", "vòng cứu trợ"),
    Stage.TIEBREAK: QT_TRANSLATE_NOOP("Show", "vòng câu hỏi phụ"),
    Stage.FINAL: QT_TRANSLATE_NOOP("Show", "vòng chuông vàng"),
}
QUESTION_TITLES = {
    Stage.MAIN: QT_TRANSLATE_NOOP("Show", "Câu {n}"),
    Stage.RESCUE: QT_TRANSLATE_NOOP("Show", "Câu cứu trợ {n}"),
    Stage.TIEBREAK: QT_TRANSLATE_NOOP("Show", "Câu hỏi phụ {n}"),
    Stage.FINAL: QT_TRANSLATE_NOOP("Show", "Câu hỏi chuông vàng"),
}
# the commands, as a refusal names them ("Cannot {action} now")
COMMANDS = {
    "show_question": QT_TRANSLATE_NOOP("Show", "hiện câu hỏi mới"),
    "start_timer": QT_TRANSLATE_NOOP("Show", "bắt đầu tính giờ"),
    "time_up": QT_TRANSLATE_NOOP("Show", "khoá đáp án"),
    "reveal": QT_TRANSLATE_NOOP("Show", "công bố đáp án"),
    "apply": QT_TRANSLATE_NOOP("Show", "xử lý kết quả"),
    "set_answer": QT_TRANSLATE_NOOP("Show", "sửa đáp án"),
    "rescue": QT_TRANSLATE_NOOP("Show", "cứu trợ"),
    "start_tiebreak": QT_TRANSLATE_NOOP("Show", "mở vòng câu hỏi phụ"),
    "end_tiebreak": QT_TRANSLATE_NOOP("Show", "kết thúc vòng câu hỏi phụ"),
    "start_final": QT_TRANSLATE_NOOP("Show", "mở câu hỏi chuông vàng"),
    "finish": QT_TRANSLATE_NOOP("Show", "kết thúc chương trình"),
}
REFUSALS = {
    "wrong_phase": QT_TRANSLATE_NOOP(
        "Refusal", "Không thể {action} lúc này (đang ở bước: {phase})."
    ),
    "zero_time": QT_TRANSLATE_NOOP("Refusal", "Thời gian trả lời phải lớn hơn 0 giây."),
    "finished": QT_TRANSLATE_NOOP("Refusal", "Chương trình đã kết thúc."),
    "paused": QT_TRANSLATE_NOOP("Refusal", "Chương trình đang tạm dừng: hãy tiếp tục trước."),
    "not_paused": QT_TRANSLATE_NOOP("Refusal", "Chương trình không tạm dừng."),
    "unknown_question": QT_TRANSLATE_NOOP("Refusal", "Không có câu hỏi mã {qid}."),
    "question_used": QT_TRANSLATE_NOOP("Refusal", "Câu hỏi {qid} đã được dùng."),
    "question_limit": QT_TRANSLATE_NOOP(
        "Refusal", "Đã hết số câu hỏi chính theo thể lệ ({limit} câu)."
    ),
    "no_participants": QT_TRANSLATE_NOOP(
        "Refusal", "Không còn thí sinh nào để trả lời câu hỏi này."
    ),
    "final_played": QT_TRANSLATE_NOOP("Refusal", "Câu hỏi chuông vàng đã được trả lời."),
    "too_early": QT_TRANSLATE_NOOP(
        "Refusal",
        'Còn {left} giây: chưa hết giờ. Dùng "Dừng sớm" (Ctrl+Enter) nếu muốn khoá đáp án ngay.',
    ),
    "unknown_seat": QT_TRANSLATE_NOOP("Refusal", "Không có thí sinh ở ghế {seat}."),
    "not_participant": QT_TRANSLATE_NOOP("Refusal", "Ghế {seat} không tham gia câu hỏi này."),
    "invalid_answer": QT_TRANSLATE_NOOP(
        "Refusal", '"{answer}" không phải là đáp án hợp lệ (các lựa chọn: {letters}).'
    ),
    "not_standing": QT_TRANSLATE_NOOP("Refusal", "Ghế {seat} đã bị loại."),
    "already_standing": QT_TRANSLATE_NOOP("Refusal", "Ghế {seat} đang thi đấu."),
    "rescue_not_allowed": QT_TRANSLATE_NOOP(
        "Refusal",
        "Thể lệ chưa cho phép cứu trợ (sau câu {after}, hoặc khi còn dưới {fewer} thí sinh).",
    ),
    "rescue_used_up": QT_TRANSLATE_NOOP("Refusal", "Đã dùng hết {times} lượt cứu trợ theo thể lệ."),
    "nobody_eliminated": QT_TRANSLATE_NOOP("Refusal", "Chưa có thí sinh nào bị loại."),
    "rescue_needs_seats": QT_TRANSLATE_NOOP(
        "Refusal", "Hãy chọn các ghế được cứu trợ (chỉ ghế đã bị loại)."
    ),
    "rescue_count": QT_TRANSLATE_NOOP("Refusal", "Số thí sinh được cứu phải lớn hơn 0."),
    "tiebreak_active": QT_TRANSLATE_NOOP(
        "Refusal", "Đang có vòng câu hỏi phụ: hãy kết thúc nó trước."
    ),
    "no_tiebreak": QT_TRANSLATE_NOOP("Refusal", "Không có vòng câu hỏi phụ nào đang diễn ra."),
    "tiebreak_seats": QT_TRANSLATE_NOOP(
        "Refusal", "Vòng câu hỏi phụ cần ít nhất 2 thí sinh và số vị trí từ 1 đến {most}."
    ),
    "final_seats": QT_TRANSLATE_NOOP(
        "Refusal", "Câu hỏi chuông vàng chỉ dành cho thí sinh còn trên sàn."
    ),
    "not_main_stage": QT_TRANSLATE_NOOP("Refusal", "Hãy hoàn tất {stage} trước."),
    "nothing_to_undo": QT_TRANSLATE_NOOP("Refusal", "Không còn thao tác nào để hoàn tác."),
    "no_event": QT_TRANSLATE_NOOP("Refusal", "Chưa mở sự kiện nào."),
    "setup_fixed": QT_TRANSLATE_NOOP(
        "Refusal",
        "Chương trình đã bắt đầu: không thể thay danh sách thí sinh, câu hỏi hay thể lệ.",
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "Refusal",
        "Sự kiện đang mở chỉ để xem: không bước nào được ghi. Muốn điều khiển, hãy mở tệp ở "
        "chế độ ghi (khi không chương trình nào khác đang ghi nó, trên ổ ghi được).",
    ),
    "question_open": QT_TRANSLATE_NOOP("Refusal", "Hãy hoàn tất câu hỏi đang diễn ra trước."),
    "not_buzz_winner": QT_TRANSLATE_NOOP(
        "Refusal", "Ghế {seat} không giành được quyền trả lời câu hỏi giành quyền này."
    ),
}
# reasons the show gives by itself (stored as codes in the log); an MC's own words stay as typed
REASONS = {
    "wrong": QT_TRANSLATE_NOOP("Show", "trả lời sai"),
    "all_wrong": QT_TRANSLATE_NOOP("Show", "cả sàn trả lời sai"),
    "by_organisers": QT_TRANSLATE_NOOP("Show", "ban tổ chức loại"),
    "questions_out": QT_TRANSLATE_NOOP("Show", "hết câu hỏi chính"),
    "floor_empty": QT_TRANSLATE_NOOP("Show", "không còn thí sinh trên sàn"),
    "bell_played": QT_TRANSLATE_NOOP("Show", "đã trả lời câu hỏi chuông vàng"),
    "no_final_question": QT_TRANSLATE_NOOP("Show", "không có câu hỏi chuông vàng"),
    "rescue_questions_out": QT_TRANSLATE_NOOP("Show", "hết câu hỏi cứu trợ"),
    "tiebreak_questions_out": QT_TRANSLATE_NOOP("Show", "hết câu hỏi phụ"),
    "prize_tie": QT_TRANSLATE_NOOP("Show", "đồng hạng ở ranh giới giải thưởng"),
    "find_winner": QT_TRANSLATE_NOOP("Show", "tìm người thắng sau câu hỏi chính cuối cùng"),
    "mc": QT_TRANSLATE_NOOP("Show", "MC kết thúc chương trình"),
    "board": QT_TRANSLATE_NOOP("Show", "đáp án viết trên bảng"),
}
RESCUE_METHODS = {
    RescueMethod.ALL: QT_TRANSLATE_NOOP("Show", "tất cả thí sinh bị loại trở lại"),
    RescueMethod.SEATS: QT_TRANSLATE_NOOP("Show", "các ghế do ban tổ chức chọn"),
    RescueMethod.BEST: QT_TRANSLATE_NOOP("Show", "những thí sinh có thành tích tốt nhất"),
    RescueMethod.QUESTION: QT_TRANSLATE_NOOP("Show", "câu hỏi cứu trợ"),
}
DECIDERS = {
    "standing": QT_TRANSLATE_NOOP("Show", "còn trên sàn"),
    "bell": QT_TRANSLATE_NOOP("Show", "rung chuông vàng"),
    "fell_at": QT_TRANSLATE_NOOP("Show", "trụ lại lâu hơn"),
    "tiebreak": QT_TRANSLATE_NOOP("Show", "kết quả câu hỏi phụ"),
    "correct": QT_TRANSLATE_NOOP("Show", "nhiều câu đúng hơn"),
    "time": QT_TRANSLATE_NOOP("Show", "tổng thời gian trả lời đúng ít hơn"),
    "": QT_TRANSLATE_NOOP("Show", "bằng nhau hoàn toàn: ban tổ chức quyết định"),
}
POLICIES = {  # keyed by (enum type, member): policies share values (keep, tiebreak)
    (AllWrongPolicy, AllWrongPolicy.KEEP): QT_TRANSLATE_NOOP("Show", "Không ai bị loại"),
    (AllWrongPolicy, AllWrongPolicy.ELIMINATE): QT_TRANSLATE_NOOP(
        "Show", "Loại tất cả (có thể cứu trợ)"
    ),
    (AllWrongPolicy, AllWrongPolicy.TIEBREAK): QT_TRANSLATE_NOOP(
        "Show", "Loại tất cả, xếp hạng bằng câu hỏi phụ"
    ),
    (AnswerPolicy, AnswerPolicy.FIRST_LOCKS): QT_TRANSLATE_NOOP(
        "Show", "Lần bấm đầu tiên được tính"
    ),
    (AnswerPolicy, AnswerPolicy.LAST_COUNTS): QT_TRANSLATE_NOOP(
        "Show", "Lần bấm cuối cùng trước khi hết giờ được tính"
    ),
    (LimitPolicy, LimitPolicy.CO_WINNERS): QT_TRANSLATE_NOOP("Show", "Tất cả cùng thắng"),
    (LimitPolicy, LimitPolicy.TIEBREAK): QT_TRANSLATE_NOOP("Show", "Câu hỏi phụ tìm người thắng"),
    (PausePolicy, PausePolicy.REFUSE): QT_TRANSLATE_NOOP("Show", "Không tính lần bấm lúc tạm dừng"),
    (PausePolicy, PausePolicy.KEEP): QT_TRANSLATE_NOOP("Show", "Vẫn tính lần bấm lúc tạm dừng"),
}
# a setting of the rules that can never apply (rcv.core.rules.unreachable)
UNREACHABLE = {
    "rescue_floor_empty": QT_TRANSLATE_NOOP(
        "Show",
        "Cứu trợ khi trên sàn còn dưới 1 người (sàn trống) không bao giờ xảy ra: khi cả sàn sai, "
        "thể lệ giữ mọi người lại. Hãy đặt một số lớn hơn (ví dụ 10) hoặc để trống.",
    ),
    "rescue_never": QT_TRANSLATE_NOOP(
        "Show",
        'Có lượt cứu trợ nhưng không có điều kiện nào cho phép: hãy đặt "sau câu" hoặc '
        '"khi trên sàn còn dưới".',
    ),
    "rescue_best_none": QT_TRANSLATE_NOOP(
        "Show", "Cứu trợ những người tốt nhất với 0 người thì không ai trở lại."
    ),
}
# the MC's next step, as the big button says it
ACTIONS = {
    ActionKind.START_TIMER: QT_TRANSLATE_NOOP("Show", "Bắt đầu tính giờ"),
    ActionKind.WAIT_TIME_UP: QT_TRANSLATE_NOOP("Show", "Đang tính giờ…"),
    ActionKind.REVEAL: QT_TRANSLATE_NOOP("Show", "Công bố đáp án"),
    ActionKind.RESUME: QT_TRANSLATE_NOOP("Show", "Tiếp tục"),
    ActionKind.END_TIEBREAK: QT_TRANSLATE_NOOP("Show", "Kết thúc vòng câu hỏi phụ"),
    ActionKind.START_FINAL: QT_TRANSLATE_NOOP("Show", "Mở câu hỏi chuông vàng"),
    ActionKind.SHOW_RESULTS: QT_TRANSLATE_NOOP("Show", "Hiện kết quả chung cuộc"),
    ActionKind.NONE: QT_TRANSLATE_NOOP("Show", "Đã kết thúc"),
}
SHOW_QUESTION = {
    Stage.MAIN: QT_TRANSLATE_NOOP("Show", "Hiện câu {n}"),
    Stage.RESCUE: QT_TRANSLATE_NOOP("Show", "Cứu trợ: hiện câu hỏi"),
    Stage.TIEBREAK: QT_TRANSLATE_NOOP("Show", "Hiện câu hỏi phụ {n}"),
    Stage.FINAL: QT_TRANSLATE_NOOP("Show", "Hiện câu hỏi chuông vàng"),
}
SCENES = {
    Scene.WELCOME: QT_TRANSLATE_NOOP("Show", "chào mừng"),
    Scene.QUESTION: QT_TRANSLATE_NOOP("Show", "câu hỏi"),
    Scene.TIME_UP: QT_TRANSLATE_NOOP("Show", "hết giờ"),
    Scene.REVEAL: QT_TRANSLATE_NOOP("Show", "đáp án"),
    Scene.ELIMINATIONS: QT_TRANSLATE_NOOP("Show", "thí sinh bị loại"),
    Scene.FLOOR: QT_TRANSLATE_NOOP("Show", "sàn thi đấu"),
    Scene.RESCUE: QT_TRANSLATE_NOOP("Show", "cứu trợ"),
    Scene.TIEBREAK: QT_TRANSLATE_NOOP("Show", "câu hỏi phụ"),
    Scene.FINAL: QT_TRANSLATE_NOOP("Show", "câu hỏi chuông vàng"),
    Scene.WINNER: QT_TRANSLATE_NOOP("Show", "người thắng"),
    Scene.RANKING: QT_TRANSLATE_NOOP("Show", "bảng xếp hạng"),
    Scene.PAUSED: QT_TRANSLATE_NOOP("Show", "tạm dừng"),
    Scene.LOGO: QT_TRANSLATE_NOOP("Show", "logo"),
    Scene.BLACKOUT: QT_TRANSLATE_NOOP("Show", "màn đen"),
    Scene.CEREMONY: QT_TRANSLATE_NOOP("Show", "trao giải"),
    Scene.PICTURE: QT_TRANSLATE_NOOP("Show", "hình của câu hỏi"),
    Scene.UNITS: QT_TRANSLATE_NOOP("Show", "đơn vị còn trên sàn"),
}
# the prize ceremony's next award: {n} of {total}, the lowest prize first
REVEAL_PRIZE = QT_TRANSLATE_NOOP("Show", "Trao giải: {prize} ({n}/{total})")
# the ceremony's step that shows every unit in its final order, before the units' prizes
REVEAL_UNIT_RANKING = QT_TRANSLATE_NOOP("Show", "Trao giải: xếp hạng đơn vị ({n}/{total})")
APPLY = QT_TRANSLATE_NOOP("Show", "Xử lý kết quả câu này")
# what the APPLY step will do, said on the button before it is taken
APPLY_OUTCOMES = {
    "eliminated": QT_TRANSLATE_NOOP("Show", "Loại {n} thí sinh"),
    "none_eliminated": QT_TRANSLATE_NOOP("Show", "Không ai bị loại: tiếp tục"),
    "all_wrong_kept": QT_TRANSLATE_NOOP("Show", "Cả sàn sai: không ai bị loại"),
    "all_wrong_out": QT_TRANSLATE_NOOP("Show", "Cả sàn sai: loại {n} thí sinh"),
    "returned": QT_TRANSLATE_NOOP("Show", "Đưa {n} thí sinh trở lại sàn"),
    "none_returned": QT_TRANSLATE_NOOP("Show", "Không ai được cứu: tiếp tục"),
    "dropped": QT_TRANSLATE_NOOP("Show", "Câu hỏi phụ: dừng {n} thí sinh"),
    "none_dropped": QT_TRANSLATE_NOOP("Show", "Câu hỏi phụ: không ai dừng"),
    "rung": QT_TRANSLATE_NOOP("Show", "Rung chuông vàng: {n} thí sinh"),
    "not_rung": QT_TRANSLATE_NOOP("Show", "Không rung chuông: công bố kết quả"),
}
RESCUE = QT_TRANSLATE_NOOP("Show", "Cứu trợ: {method}")
TIEBREAK_FOR = QT_TRANSLATE_NOOP("Show", "Câu hỏi phụ cho {n} thí sinh đồng hạng {rank}")
FIND_WINNER = QT_TRANSLATE_NOOP("Show", "Câu hỏi phụ tìm người thắng")
FINISH = QT_TRANSLATE_NOOP("Show", "Kết thúc chương trình ({why})")


def scene_name(scene: Scene, words: Words) -> str:
    """What the audience sees, named for the MC (a scene this table does not know yet is
    named by its code rather than not at all)."""
    template = SCENES.get(scene)
    return words(CTX, template) if template else str(scene)


def phase_name(phase: Phase, words: Words) -> str:
    return words(CTX, PHASES[phase])


def round_name(stage: Stage, words: Words) -> str:
    return words(CTX, ROUNDS[stage])


def question_title(stage: Stage, number: int, words: Words) -> str:
    """ "Câu 3", "Câu hỏi phụ 1" …"""
    return words(CTX, QUESTION_TITLES[stage], n=number)


def refusal(exc: CommandRefused, words: Words) -> str:
    """Why a command was refused, in words the MC can act on."""
    params = dict(exc.params)
    if "action" in params:
        params["action"] = words(CTX, COMMANDS.get(params["action"], params["action"]))
    if "phase" in params and params["phase"] in Phase._value2member_map_:
        params["phase"] = phase_name(Phase(params["phase"]), words)
    if "stage" in params and params["stage"] in Stage._value2member_map_:
        params["stage"] = round_name(Stage(params["stage"]), words)
    template = REFUSALS.get(exc.code)
    return words("Refusal", template, **params) if template else exc.code


def reason_text(reason: str, words: Words) -> str:
    """A reason the show gave by itself (a code), or the MC's own words as typed."""
    template = REASONS.get(reason)
    return words(CTX, template) if template else reason


def rescue_method(method: RescueMethod, words: Words) -> str:
    return words(CTX, RESCUE_METHODS[method])


def decider(code: str | None, words: Words) -> str:
    """What separated a contestant from the one above (None: nothing — a tie)."""
    return words(CTX, DECIDERS[code or ""])


def unreachable_rule(code: str, words: Words) -> str:
    """Why a setting of the rules can never apply (a code of ``rules.unreachable``)."""
    template = UNREACHABLE.get(code)
    return words(CTX, template) if template else code


def policy(value: AllWrongPolicy | AnswerPolicy | LimitPolicy | PausePolicy, words: Words) -> str:
    return words(CTX, POLICIES[(type(value), value)])


def action_label(
    action: Action,
    words: Words,
    outcome: EliminationsApplied | None = None,
    stage: Stage = Stage.MAIN,
) -> str:
    """The MC's next step as the big button says it ("Hiện câu 3", "Loại 12 thí sinh" …).
    ``outcome``: what the APPLY step will do (the core's own decision, computed before it is
    taken) for the question of ``stage`` on stage; without it APPLY is worded generally."""
    kind = action.kind
    if kind is ActionKind.SHOW_QUESTION:
        return words(CTX, SHOW_QUESTION[action.stage or Stage.MAIN], n=action.number)
    if kind is ActionKind.APPLY:
        return apply_label(outcome, stage, words) if outcome is not None else words(CTX, APPLY)
    if kind is ActionKind.RESCUE:
        method = RescueMethod(action.reason) if action.reason else RescueMethod.QUESTION
        return words(CTX, RESCUE, method=rescue_method(method, words))
    if kind is ActionKind.START_TIEBREAK:
        if action.reason == "find_winner":
            return words(CTX, FIND_WINNER)
        return words(CTX, TIEBREAK_FOR, n=len(action.seats), rank=action.number)
    if kind is ActionKind.FINISH:
        return words(CTX, FINISH, why=reason_text(action.reason, words))
    if kind is ActionKind.REVEAL_PRIZE and action.reason == AwardKind.UNIT_RANKING:
        return words(CTX, REVEAL_UNIT_RANKING, n=action.number, total=action.places)
    if kind is ActionKind.REVEAL_PRIZE:
        return words(CTX, REVEAL_PRIZE, prize=action.prize, n=action.number, total=action.places)
    return words(CTX, ACTIONS[kind])


def apply_label(outcome: EliminationsApplied, stage: Stage, words: Words) -> str:
    """What applying the revealed question will do, in the button's words: how many leave the
    floor (main round), come back (rescue), leave the tie-break, or ring the golden bell."""
    if stage is Stage.RESCUE:
        n = len(outcome.returned)
        return words(CTX, APPLY_OUTCOMES["returned" if n else "none_returned"], n=n)
    if stage is Stage.TIEBREAK:
        n = len(outcome.dropped)
        return words(CTX, APPLY_OUTCOMES["dropped" if n else "none_dropped"], n=n)
    if stage is Stage.FINAL:
        n = len(outcome.rung)
        return words(CTX, APPLY_OUTCOMES["rung" if n else "not_rung"], n=n)
    n = len(outcome.eliminated)
    if outcome.all_wrong:
        return words(CTX, APPLY_OUTCOMES["all_wrong_out" if n else "all_wrong_kept"], n=n)
    return words(CTX, APPLY_OUTCOMES["eliminated" if n else "none_eliminated"], n=n)


TABLES = (
    PHASES,
    ROUNDS,
    QUESTION_TITLES,
    COMMANDS,
    REASONS,
    RESCUE_METHODS,
    DECIDERS,
    POLICIES,
    ACTIONS,
    SHOW_QUESTION,
    SCENES,
    APPLY_OUTCOMES,
    UNREACHABLE,
)
