"""Events in words, for the log listing, the undo menu and the exported journal (Vietnamese)."""

from __future__ import annotations

from collections.abc import Sequence

from rcv.core import events as ev
from rcv.core.events import LogEntry, RejectReason, Stage
from rcv.core.press_figures import HubFigures
from rcv.core.rules import RescueMethod
from rcv.core.state import ShowSetup

STAGE_WORDS = {
    Stage.MAIN: "Câu",
    Stage.RESCUE: "Câu cứu trợ",
    Stage.TIEBREAK: "Câu hỏi phụ",
    Stage.FINAL: "Câu hỏi chuông vàng",
}
REJECT_WORDS = {
    RejectReason.NOT_ACCEPTING: "không trong thời gian trả lời",
    RejectReason.LATE: "bấm sau khi hết giờ",
    RejectReason.DUPLICATE: "đã trả lời trước đó",
    RejectReason.UNKNOWN_SEAT: "ghế không có trong danh sách",
    RejectReason.NOT_IN_PLAY: "ghế không còn thi đấu",
    RejectReason.INVALID_KEY: "phím không phải phương án",
    RejectReason.PAUSED: "bấm lúc đang tạm dừng",
    RejectReason.OUT_OF_RANGE: "ghế ngoài dải ghế của bộ thu",
    RejectReason.REPEAT: "phím nảy hoặc bị kẹt (lặp lại ngay)",
    RejectReason.DUPLICATE_FRAME: "khung nhận hai lần trên đường truyền",
    RejectReason.BEFORE_HELLO: "bộ thu chưa chào, không xác định được",
    RejectReason.UNRECOGNISED: "phím thiết bị không nhận ra",
    RejectReason.MALFORMED: "khung hỏng",
    RejectReason.OUT_OF_SEQUENCE: "khung lạc thứ tự (bản sao hoặc nhiễu)",
    RejectReason.AFTER_LOST: "đến sau khi đã ghi là mất",
}
_REASONS = frozenset(r.value for r in RejectReason)
RESCUE_WORDS = {
    RescueMethod.ALL: "tất cả thí sinh bị loại trở lại",
    RescueMethod.SEATS: "các ghế do ban tổ chức chọn",
    RescueMethod.BEST: "những thí sinh có thành tích tốt nhất",
    RescueMethod.QUESTION: "câu hỏi cứu trợ",
}


def _seats(seats: Sequence[int]) -> str:
    if not seats:
        return "không ai"
    shown = ", ".join(str(s) for s in seats[:20])
    more = f" … (+{len(seats) - 20})" if len(seats) > 20 else ""
    return f"{len(seats)} ghế: {shown}{more}"


def describe_event(event: ev.Event, setup: ShowSetup | None = None) -> str:
    """One line of Vietnamese saying what the event was."""
    match event:
        case ev.QuestionShown(question_id=qid, stage=stage, number=n, participants=p):
            return f"{STAGE_WORDS[stage]} {n} ({qid}) hiện lên, {len(p)} thí sinh tham gia"
        case ev.TimerStarted(duration_ms=d):
            return f"Bắt đầu tính giờ {d / 1000:g} giây"
        case ev.AnswerReceived(seat=s, answer=a, hub=h):
            return f"Ghế {s} chọn {a}" + (f" (bộ thu {h})" if h else "")
        case ev.PressRejected(seat=s, answer=a, reason=r, hub=h):
            why = REJECT_WORDS.get(RejectReason(r), r) if r in _REASONS else r
            return f"Từ chối ghế {s} bấm {a}: {why}" + (f" (bộ thu {h})" if h else "")
        case ev.LineNoise(hub=h, counts=counts):
            detail = ", ".join(f"{n} {reason}" for reason, n in counts)
            return f"Bộ thu {h}: {event.total} khung nhiễu/hỏng không mang số ghế ({detail})"
        case ev.PressesLost(hub=h, count=n, runs=runs, detail=d, after_seq=after):
            tail = f" — {d}" if d else ""
            if after is not None and not runs:
                return (
                    f"Bộ thu {h}: khởi động lại; những gì nó gửi sau khung số {after} "
                    f"(nếu có) không đến được{tail}"
                )
            seqs = ", ".join(f"{a}–{b}" if a != b else str(a) for a, b in runs[:10])
            more = " …" if len(runs) > 10 else ""
            maybe = "" if event.certain else " (có thể gồm cả nhịp tim)"
            return (
                f"Bộ thu {h}: mất {n} khung không lấy lại được{maybe} "
                f"(số thứ tự {seqs}{more}){tail}"
            )
        case ev.TimeUp(early=early):
            return "Dừng sớm, khoá đáp án" if early else "Hết giờ, khoá đáp án"
        case ev.AnswerRevealed():
            return "Công bố đáp án"
        case ev.EliminationsApplied(eliminated=out, returned=back, dropped=drop, rung=rung):
            parts = []
            if event.all_wrong:
                parts.append("cả sàn trả lời sai")
            if out:
                parts.append(f"loại {_seats(out)}")
            if back:
                parts.append(f"trở lại {_seats(back)}")
            if drop:
                parts.append(f"dừng câu hỏi phụ {_seats(drop)}")
            if rung:
                parts.append(f"rung chuông vàng {_seats(rung)}")
            return "Xử lý kết quả: " + ("; ".join(parts) or "không ai bị loại")
        case ev.AnswerSet(seat=s, answer=a, reason=r):
            what = f"đặt đáp án {a}" if a is not None else "xoá đáp án"
            return f"Sửa tay ghế {s}: {what}" + (f" — {r}" if r else "")
        case ev.ContestantEliminated(seat=s, reason=r):
            return f"Loại tay ghế {s}" + (f" — {r}" if r else "")
        case ev.ContestantRevived(seat=s, reason=r):
            return f"Đưa ghế {s} trở lại" + (f" — {r}" if r else "")
        case ev.RescueApplied(method=m, seats=seats):
            tail = f", {_seats(seats)}" if m is not RescueMethod.QUESTION else ""
            return f"Cứu trợ: {RESCUE_WORDS[m]}{tail}"
        case ev.TieBreakStarted(seats=seats, places=places):
            return f"Mở vòng câu hỏi phụ cho {_seats(seats)}, chọn {places} vị trí"
        case ev.TieBreakEnded(decided=d):
            return "Kết thúc vòng câu hỏi phụ" + ("" if d else " (chưa phân định hết)")
        case ev.FinalStarted(seats=seats):
            return f"Câu hỏi chuông vàng cho {_seats(seats)}"
        case ev.ShowPaused():
            return "Tạm dừng"
        case ev.ShowResumed():
            return "Tiếp tục"
        case ev.ShowFinished(reason=r):
            return "Kết thúc chương trình" + (f" — {r}" if r else "")
        case ev.Undone(step=step, what=what):
            return f"Hoàn tác bước {step}: {what}"
    return event.TYPE


def describe_step(entries: Sequence[LogEntry], setup: ShowSetup | None = None) -> str:
    """The MC's command behind a step, in words (keypad presses in it are not listed)."""
    words = [describe_event(e.event, setup) for e in entries if e.event.OPERATOR]
    return "; ".join(words) or "bấm phím"


def describe_hub(figures: HubFigures) -> str:
    """A hub's presses in one line: received = accepted + refused (why) + noise; and lost."""
    refused = ", ".join(
        f"{n} {REJECT_WORDS.get(RejectReason(r), r) if r in _REASONS else r}"
        for r, n in figures.refused.most_common()
    )
    name = figures.hub or "(không tên)"
    return (
        f"Bộ thu {name}: nhận {figures.received} = hợp lệ {figures.accepted} + từ chối "
        f"{figures.refused_total}{f' ({refused})' if refused else ''} + nhiễu "
        f"{figures.noise_total}; mất {figures.lost} khung không lấy lại được."
    )
