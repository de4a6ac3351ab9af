"""What happened, in words: one line per log entry (the log listing, the console's timeline,
the workbook's log sheet), what an undo takes back, and each hub's presses summed up."""

from __future__ import annotations

from collections.abc import Sequence

from rcv.core import events as ev
from rcv.core.events import LogEntry
from rcv.core.press_figures import HubFigures
from rcv.core.rules import RescueMethod
from rcv.i18n.phrases.presses import noise_reason, reject_reason
from rcv.i18n.phrases.show import question_title, reason_text, rescue_method
from rcv.i18n.words import QT_TRANSLATE_NOOP, Words

CTX = "Event"
SHOWN_SEATS = 20

T = {
    "nobody": QT_TRANSLATE_NOOP("Event", "không ai"),
    "seats": QT_TRANSLATE_NOOP("Event", "{n} ghế: {list}"),
    "seat": QT_TRANSLATE_NOOP("Event", "ghế {list}"),
    "shown": QT_TRANSLATE_NOOP("Event", "{title} ({qid}) hiện lên, {n} thí sinh tham gia"),
    "timer": QT_TRANSLATE_NOOP("Event", "Bắt đầu tính giờ {s} giây"),
    "answer": QT_TRANSLATE_NOOP("Event", "Ghế {seat} chọn {key}"),
    "answer_hub": QT_TRANSLATE_NOOP("Event", "Ghế {seat} chọn {key} (bộ thu {hub})"),
    "refused": QT_TRANSLATE_NOOP("Event", "Từ chối ghế {seat} bấm {key}: {why}"),
    "refused_hub": QT_TRANSLATE_NOOP("Event", "Từ chối ghế {seat} bấm {key}: {why} (bộ thu {hub})"),
    "noise": QT_TRANSLATE_NOOP(
        "Event", "Bộ thu {hub}: {n} khung nhiễu hoặc hỏng không mang số ghế ({what})"
    ),
    "lost": QT_TRANSLATE_NOOP(
        "Event", "Bộ thu {hub}: mất {n} khung không lấy lại được (số thứ tự {seqs})"
    ),
    "lost_maybe": QT_TRANSLATE_NOOP(
        "Event",
        "Bộ thu {hub}: mất {n} khung không lấy lại được, có thể gồm cả nhịp tim (số thứ tự {seqs})",
    ),
    "lost_after": QT_TRANSLATE_NOOP(
        "Event",
        "Bộ thu {hub} khởi động lại: những gì nó gửi sau khung số {seq} (nếu có) không đến được",
    ),
    "time_up": QT_TRANSLATE_NOOP("Event", "Hết giờ, khoá đáp án"),
    "stopped": QT_TRANSLATE_NOOP("Event", "Dừng sớm, khoá đáp án"),
    "revealed": QT_TRANSLATE_NOOP("Event", "Công bố đáp án"),
    "outcome": QT_TRANSLATE_NOOP("Event", "Xử lý kết quả: {what}"),
    "nobody_out": QT_TRANSLATE_NOOP("Event", "không ai bị loại"),
    "all_wrong": QT_TRANSLATE_NOOP("Event", "cả sàn trả lời sai"),
    "out": QT_TRANSLATE_NOOP("Event", "loại {seats}"),
    "back": QT_TRANSLATE_NOOP("Event", "trở lại {seats}"),
    "dropped": QT_TRANSLATE_NOOP("Event", "dừng câu hỏi phụ {seats}"),
    "rung": QT_TRANSLATE_NOOP("Event", "rung chuông vàng {seats}"),
    "set": QT_TRANSLATE_NOOP("Event", "Sửa tay ghế {seat}: đặt đáp án {answer}"),
    "cleared": QT_TRANSLATE_NOOP("Event", "Sửa tay ghế {seat}: xoá đáp án"),
    "eliminated": QT_TRANSLATE_NOOP("Event", "Loại tay ghế {seat}"),
    "revived": QT_TRANSLATE_NOOP("Event", "Đưa ghế {seat} trở lại"),
    "rescue": QT_TRANSLATE_NOOP("Event", "Cứu trợ: {method}"),
    "rescue_seats": QT_TRANSLATE_NOOP("Event", "Cứu trợ: {method}, {seats}"),
    "tiebreak": QT_TRANSLATE_NOOP("Event", "Mở vòng câu hỏi phụ cho {seats}, chọn {places} vị trí"),
    "tiebreak_end": QT_TRANSLATE_NOOP("Event", "Kết thúc vòng câu hỏi phụ"),
    "tiebreak_open": QT_TRANSLATE_NOOP("Event", "Kết thúc vòng câu hỏi phụ (chưa phân định hết)"),
    "final": QT_TRANSLATE_NOOP("Event", "Câu hỏi chuông vàng cho {seats}"),
    "paused": QT_TRANSLATE_NOOP("Event", "Tạm dừng"),
    "resumed": QT_TRANSLATE_NOOP("Event", "Tiếp tục"),
    "finished": QT_TRANSLATE_NOOP("Event", "Kết thúc chương trình"),
    "undone": QT_TRANSLATE_NOOP("Event", "Hoàn tác bước {step}: {what}"),
    "a_press": QT_TRANSLATE_NOOP("Event", "bấm phím"),
    "hub": QT_TRANSLATE_NOOP(
        "Event",
        "Bộ thu {hub}: nhận {received} = hợp lệ {accepted} + từ chối {refused}{why} + nhiễu "
        "{noise}; mất {lost} khung không lấy lại được.",
    ),
    "no_name": QT_TRANSLATE_NOOP("Event", "(không tên)"),
}


def _t(words: Words, which: str, /, **params: object) -> str:
    return words(CTX, T[which], **params)


def seat_list(seats: Sequence[int], words: Words) -> str:
    """ "3 ghế: 4, 17, 20" (the first twenty, then how many more)."""
    if not seats:
        return _t(words, "nobody")
    if len(seats) == 1:
        return _t(words, "seat", list=seats[0])
    shown = ", ".join(str(s) for s in seats[:SHOWN_SEATS])
    more = f" … (+{len(seats) - SHOWN_SEATS})" if len(seats) > SHOWN_SEATS else ""
    return _t(words, "seats", n=len(seats), list=shown + more)


def _with_reason(text: str, reason: str, words: Words) -> str:
    return f"{text} — {reason_text(reason, words)}" if reason else text


def _runs(runs: Sequence[tuple[int, int]]) -> str:
    shown = ", ".join(f"{a}–{b}" if a != b else str(a) for a, b in runs[:10])
    return shown + (" …" if len(runs) > 10 else "")


def describe_event(event: ev.Event, words: Words) -> str:
    """One line saying what the event was."""
    w = words
    match event:
        case ev.QuestionShown(question_id=qid, stage=stage, number=n, participants=p):
            return _t(w, "shown", title=question_title(stage, n, w), qid=qid, n=len(p))
        case ev.TimerStarted(duration_ms=d):
            return _t(w, "timer", s=f"{d / 1000:g}")
        case ev.AnswerReceived(seat=s, answer=a, hub=h):
            return _t(w, "answer_hub" if h else "answer", seat=s, key=a, hub=h)
        case ev.PressRejected(seat=s, answer=a, reason=r, hub=h):
            why = reject_reason(r, w)
            return _t(w, "refused_hub" if h else "refused", seat=s, key=a, why=why, hub=h)
        case ev.LineNoise(hub=h, counts=counts):
            what = ", ".join(f"{n} {noise_reason(r, w)}" for r, n in counts)
            return _t(w, "noise", hub=h, n=event.total, what=what)
        case ev.PressesLost(hub=h, count=n, runs=runs, detail=d, after_seq=after):
            if after is not None and not runs:
                text = _t(w, "lost_after", hub=h, seq=after)
            else:
                key = "lost" if event.certain else "lost_maybe"
                text = _t(w, key, hub=h, n=n, seqs=_runs(runs))
            return f"{text} — {d}" if d else text
        case ev.TimeUp(early=early):
            return _t(w, "stopped" if early else "time_up")
        case ev.AnswerRevealed():
            return _t(w, "revealed")
        case ev.EliminationsApplied(eliminated=out, returned=back, dropped=drop, rung=rung):
            parts = [_t(w, "all_wrong")] if event.all_wrong else []
            for key, seats in (("out", out), ("back", back), ("dropped", drop), ("rung", rung)):
                if seats:
                    parts.append(_t(w, key, seats=seat_list(seats, w)))
            return _t(w, "outcome", what="; ".join(parts) or _t(w, "nobody_out"))
        case ev.AnswerSet(seat=s, answer=a, reason=r):
            text = _t(w, "set", seat=s, answer=a) if a is not None else _t(w, "cleared", seat=s)
            return _with_reason(text, r, w)
        case ev.ContestantEliminated(seat=s, reason=r):
            return _with_reason(_t(w, "eliminated", seat=s), r, w)
        case ev.ContestantRevived(seat=s, reason=r):
            return _with_reason(_t(w, "revived", seat=s), r, w)
        case ev.RescueApplied(method=m, seats=seats):
            if m is RescueMethod.QUESTION:
                return _t(w, "rescue", method=rescue_method(m, w))
            return _t(w, "rescue_seats", method=rescue_method(m, w), seats=seat_list(seats, w))
        case ev.TieBreakStarted(seats=seats, places=places, reason=r):
            text = _t(w, "tiebreak", seats=seat_list(seats, w), places=places)
            return _with_reason(text, r, w)
        case ev.TieBreakEnded(decided=d):
            return _t(w, "tiebreak_end" if d else "tiebreak_open")
        case ev.FinalStarted(seats=seats):
            return _t(w, "final", seats=seat_list(seats, w))
        case ev.ShowPaused():
            return _t(w, "paused")
        case ev.ShowResumed():
            return _t(w, "resumed")
        case ev.ShowFinished(reason=r):
            return _with_reason(_t(w, "finished"), r, w)
        case ev.Undone(step=step, what=what):
            return _t(w, "undone", step=step, what=what or "…")
    return event.TYPE


def describe_step(entries: Sequence[LogEntry], words: Words) -> str:
    """The MC's command behind a step (keypad presses in it are not listed)."""
    said = [describe_event(e.event, words) for e in entries if e.event.OPERATOR]
    return "; ".join(said) or _t(words, "a_press")


def describe_undone(undo: ev.Undone, log: Sequence[LogEntry], words: Words) -> str:
    """An undo, naming what it took back (files written before words left the log keep the
    sentence they stored)."""
    if undo.what:
        return _t(words, "undone", step=undo.step, what=undo.what)
    step = [e for e in log if e.step == undo.step]
    return _t(words, "undone", step=undo.step, what=describe_step(step, words))


def describe_entry(entry: LogEntry, log: Sequence[LogEntry], words: Words) -> str:
    """One log line; an undo names what it took back."""
    if isinstance(entry.event, ev.Undone):
        return describe_undone(entry.event, log, words)
    return describe_event(entry.event, words)


def describe_hub(figures: HubFigures, words: Words) -> str:
    """A hub's presses in one line: received = accepted + refused (why) + noise; and lost."""
    refused = ", ".join(f"{n} {reject_reason(r, words)}" for r, n in figures.refused.most_common())
    return _t(
        words,
        "hub",
        hub=figures.hub or _t(words, "no_name"),
        received=figures.received,
        accepted=figures.accepted,
        refused=figures.refused_total,
        why=f" ({refused})" if refused else "",
        noise=figures.noise_total,
        lost=figures.lost,
    )
