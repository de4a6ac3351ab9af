"""Why a press did not count (the core's :class:`~rcv.core.events.RejectReason` codes) and what
a hub's line carried that named no press (the keypad link's noise codes), said once here for the
seat grid, the hardware pane, the log and the results."""

from __future__ import annotations

from rcv.core.events import RejectReason
from rcv.i18n.words import QT_TRANSLATE_NOOP, Words

CTX = "Show"

REJECTS = {
    RejectReason.NOT_ACCEPTING: QT_TRANSLATE_NOOP("Show", "không trong thời gian trả lời"),
    RejectReason.LATE: QT_TRANSLATE_NOOP("Show", "bấm sau khi hết giờ"),
    RejectReason.DUPLICATE: QT_TRANSLATE_NOOP("Show", "đã trả lời trước đó"),
    RejectReason.UNKNOWN_SEAT: QT_TRANSLATE_NOOP("Show", "ghế không có trong danh sách"),
    RejectReason.NOT_IN_PLAY: QT_TRANSLATE_NOOP("Show", "ghế không còn thi đấu"),
    RejectReason.INVALID_KEY: QT_TRANSLATE_NOOP("Show", "phím không phải phương án"),
    RejectReason.PAUSED: QT_TRANSLATE_NOOP("Show", "bấm lúc đang tạm dừng"),
    RejectReason.OUT_OF_RANGE: QT_TRANSLATE_NOOP("Show", "ghế ngoài dải ghế của bộ thu"),
    RejectReason.REPEAT: QT_TRANSLATE_NOOP("Show", "phím nảy hoặc bị kẹt"),
    RejectReason.DUPLICATE_FRAME: QT_TRANSLATE_NOOP("Show", "khung nhận hai lần"),
    RejectReason.BEFORE_HELLO: QT_TRANSLATE_NOOP("Show", "bộ thu chưa chào"),
    RejectReason.UNRECOGNISED: QT_TRANSLATE_NOOP("Show", "phím thiết bị không nhận ra"),
    RejectReason.MALFORMED: QT_TRANSLATE_NOOP("Show", "khung hỏng"),
    RejectReason.OUT_OF_SEQUENCE: QT_TRANSLATE_NOOP("Show", "khung lạc thứ tự"),
    RejectReason.AFTER_LOST: QT_TRANSLATE_NOOP("Show", "đến sau khi đã ghi là mất"),
    RejectReason.NO_KEY: QT_TRANSLATE_NOOP(
        "Show", "nút giành quyền không có phím đáp án (câu này trả lời bằng phím A–F)"
    ),
    RejectReason.LOCKED_OUT: QT_TRANSLATE_NOOP("Show", "bấm sau khi đã có người giành quyền"),
}
# what a hub's line carried that named no seat (the link's reasons)
NOISE = {
    "noise": QT_TRANSLATE_NOOP("Show", "nhiễu"),
    "truncated": QT_TRANSLATE_NOOP("Show", "khung bị cắt"),
    "too_long": QT_TRANSLATE_NOOP("Show", "dòng quá dài"),
    "checksum": QT_TRANSLATE_NOOP("Show", "sai mã kiểm tra"),
    "malformed": QT_TRANSLATE_NOOP("Show", "khung hỏng"),
    "unknown_type": QT_TRANSLATE_NOOP("Show", "loại khung lạ"),
    "duplicate": QT_TRANSLATE_NOOP("Show", "khung lặp"),
    "before_hello": QT_TRANSLATE_NOOP("Show", "trước lời chào"),
    "unrecognised": QT_TRANSLATE_NOOP("Show", "dòng không nhận ra"),
    "echo": QT_TRANSLATE_NOOP("Show", "lệnh dội lại"),
    "repeat": QT_TRANSLATE_NOOP("Show", "lặp lại"),
    "unknown_seat": QT_TRANSLATE_NOOP("Show", "ghế lạ"),
    "out_of_sequence": QT_TRANSLATE_NOOP("Show", "khung lạc thứ tự"),
    "late": QT_TRANSLATE_NOOP("Show", "đến sau khi đã ghi là mất"),
    "unpaired": QT_TRANSLATE_NOOP("Show", "bàn phím chưa ghép với ghế nào"),
    "held": QT_TRANSLATE_NOOP("Show", "nút đang được giữ (thiết bị gửi lặp lại)"),
}


def reject_reason(code: str, words: Words) -> str:
    """Why a press did not count (a RejectReason value)."""
    template = REJECTS.get(RejectReason(code)) if code in RejectReason._value2member_map_ else None
    return words(CTX, template) if template else code


def noise_reason(code: str, words: Words) -> str:
    """What a piece of a hub's line was, when it named no press."""
    template = NOISE.get(code)
    return words(CTX, template) if template else code


TABLES = (REJECTS, NOISE)
