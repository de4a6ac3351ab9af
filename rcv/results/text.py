"""Plain-text tables for terminals (the CLI and the headless demo): where a show stands, the
ranking, the prizes — in the reader's language (a :class:`~rcv.i18n.Words`)."""

from __future__ import annotations

from rcv.core.ranking import Placing, Ranking
from rcv.core.state import ShowSetup, ShowState
from rcv.i18n import QT_TRANSLATE_NOOP, Words
from rcv.i18n.phrases.show import decider, phase_name, reason_text, round_name

CTX = "Text"
T = {
    "step": QT_TRANSLATE_NOOP("Text", "Bước: {phase}{paused} · {round}"),
    "paused": QT_TRANSLATE_NOOP("Text", " (tạm dừng)"),
    "asked": QT_TRANSLATE_NOOP("Text", "Câu hỏi chính đã hỏi: {n}"),
    "floor": QT_TRANSLATE_NOOP(
        "Text",
        "Còn trên sàn: {standing}/{total} · đã loại: {out} · cứu trợ đã dùng: {used}/{most}",
    ),
    "current": QT_TRANSLATE_NOOP("Text", "Câu đang diễn ra: {qid} — {text}"),
    "answered": QT_TRANSLATE_NOOP("Text", "  đã trả lời: {n}/{of}"),
    "tiebreak": QT_TRANSLATE_NOOP("Text", "Câu hỏi phụ: còn {left} thí sinh, cần {places} vị trí"),
    "finished": QT_TRANSLATE_NOOP("Text", "Kết thúc: {why}"),
    "bell": QT_TRANSLATE_NOOP("Text", "RUNG CHUÔNG VÀNG"),
    "co_winner": QT_TRANSLATE_NOOP("Text", "đồng hạng nhất (thể lệ)"),
    "standing": QT_TRANSLATE_NOOP("Text", "còn trên sàn"),
    "fell": QT_TRANSLATE_NOOP("Text", "loại ở câu {n}"),
    "rescued": QT_TRANSLATE_NOOP("Text", " (đã được cứu)"),
    "h_rank": QT_TRANSLATE_NOOP("Text", "Hạng"),
    "h_seat": QT_TRANSLATE_NOOP("Text", "Ghế"),
    "h_sbd": QT_TRANSLATE_NOOP("Text", "SBD"),
    "h_name": QT_TRANSLATE_NOOP("Text", "Họ và tên"),
    "h_status": QT_TRANSLATE_NOOP("Text", "Trạng thái"),
    "h_right": QT_TRANSLATE_NOOP("Text", "Đúng"),
    "h_time": QT_TRANSLATE_NOOP("Text", "T.gian"),
    "winner": QT_TRANSLATE_NOOP("Text", "ghế {seat} {name}"),
    "undecided": QT_TRANSLATE_NOOP(
        "Text", "CHƯA PHÂN ĐỊNH ({prizes}): ghế {seats} đồng hạng {rank} — {why}"
    ),
}


def _t(words: Words, which: str, /, **params: object) -> str:
    return words(CTX, T[which], **params)


def status_lines(state: ShowState, setup: ShowSetup, words: Words) -> list[str]:
    total = len(state.seats)
    paused = _t(words, "paused") if state.paused else ""
    lines = [
        _t(
            words,
            "step",
            phase=phase_name(state.phase, words),
            paused=paused,
            round=round_name(state.stage, words),
        ),
        _t(words, "asked", n=state.main_number),
        _t(
            words,
            "floor",
            standing=len(state.standing),
            total=total,
            out=len(state.eliminated),
            used=state.rescues_used,
            most=setup.rules.rescue.max_times,
        ),
    ]
    current = state.current
    if current is not None:
        q = setup.questions.by_id(current.question_id)
        lines.append(_t(words, "current", qid=current.question_id, text=q.text[:70]))
        lines.append(_t(words, "answered", n=len(current.answers), of=len(current.participants)))
    tb = state.tiebreak
    if tb is not None:
        lines.append(_t(words, "tiebreak", left=len(tb.in_play), places=tb.places))
    if state.finished_reason:
        lines.append(_t(words, "finished", why=reason_text(state.finished_reason, words)))
    return lines


def status_of(p: Placing, words: Words) -> str:
    if p.bell:
        return _t(words, "bell")
    if p.co_winner:
        return _t(words, "co_winner")
    if p.standing:
        return _t(words, "standing")
    return _t(words, "fell", n=p.fell_at) + (_t(words, "rescued") if p.rescued else "")


def ranking_lines(ranking: Ranking, setup: ShowSetup, words: Words, top: int = 10) -> list[str]:
    roster = {c.seat: c for c in setup.roster.contestants}
    h = {k: _t(words, k) for k in ("h_rank", "h_seat", "h_sbd", "h_name", "h_status")}
    head = (
        f"{h['h_rank']:>4}  {h['h_seat']:>4}  {h['h_sbd']:<8} {h['h_name']:<24} "
        f"{h['h_status']:<26} {_t(words, 'h_right'):>4} {_t(words, 'h_time'):>7}"
    )
    lines = [head, "-" * len(head)]
    for p in ranking.top(top):
        c = roster[p.seat]
        tie = " =" if p.tied_with else ""
        status = status_of(p, words)[:26]
        lines.append(
            f"{p.rank:>4}{tie:<2}{p.seat:>4}  {c.sbd:<8} {c.name[:24]:<24} {status:<26}"
            f" {p.correct:>4} {p.correct_time_ms / 1000:>6.1f}s"
        )
    return lines


def prize_lines(ranking: Ranking, setup: ShowSetup, words: Words) -> list[str]:
    roster = {c.seat: c for c in setup.roster.contestants}
    lines = []
    for prize in setup.rules.prizes:
        winners = [p for p in ranking.placings if p.prize == prize.name]
        names = ", ".join(
            _t(words, "winner", seat=p.seat, name=roster[p.seat].name) for p in winners
        )
        lines.append(f"{prize.name}: {names or '—'}")
    for group in ranking.straddling_ties:
        first = next(p for p in ranking.placings if p.seat == group[0])
        lines.append(
            _t(
                words,
                "undecided",
                prizes=" / ".join(first.prize_pending),
                seats=", ".join(str(s) for s in group),
                rank=first.rank,
                why=decider(None, words),
            )
        )
    return lines
