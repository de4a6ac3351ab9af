"""Plain-text tables for terminals (the CLI and the headless demo): where a show stands, the
ranking, the prizes."""

from __future__ import annotations

from rcv.core.commands import PHASE_NAMES, STAGE_NAMES
from rcv.core.ranking import DECIDER_WORDS, Placing, Ranking
from rcv.core.state import ShowSetup, ShowState


def status_lines(state: ShowState, setup: ShowSetup) -> list[str]:
    total = len(state.seats)
    lines = [
        f"Bước: {PHASE_NAMES[state.phase]}"
        + (" (tạm dừng)" if state.paused else "")
        + f" · vòng {STAGE_NAMES[state.stage]}",
        f"Câu hỏi chính đã hỏi: {state.main_number}",
        f"Còn trên sàn: {len(state.standing)}/{total} · đã loại: {len(state.eliminated)}"
        f" · cứu trợ đã dùng: {state.rescues_used}/{setup.rules.rescue.max_times}",
    ]
    current = state.current
    if current is not None:
        q = setup.questions.by_id(current.question_id)
        lines.append(f"Câu đang diễn ra: {current.question_id} — {q.text[:70]}")
        lines.append(f"  đã trả lời: {len(current.answers)}/{len(current.participants)}")
    tb = state.tiebreak
    if tb is not None:
        lines.append(f"Câu hỏi phụ: còn {len(tb.in_play)} thí sinh, cần {tb.places} vị trí")
    if state.finished_reason:
        lines.append(f"Kết thúc: {state.finished_reason}")
    return lines


def status_of(p: Placing) -> str:
    if p.bell:
        return "RUNG CHUÔNG VÀNG"
    if p.co_winner:
        return "đồng hạng nhất (thể lệ)"
    if p.standing:
        return "còn trên sàn"
    return f"loại ở câu {p.fell_at}" + (" (đã được cứu)" if p.rescued else "")


def ranking_lines(ranking: Ranking, setup: ShowSetup, top: int = 10) -> list[str]:
    roster = {c.seat: c for c in setup.roster.contestants}
    head = (
        f"{'Hạng':>4}  {'Ghế':>4}  {'SBD':<8} {'Họ và tên':<24} {'Trạng thái':<26}"
        f" {'Đúng':>4} {'T.gian':>7}"
    )
    lines = [head, "-" * len(head)]
    for p in ranking.top(top):
        c = roster[p.seat]
        tie = " =" if p.tied_with else ""
        lines.append(
            f"{p.rank:>4}{tie:<2}{p.seat:>4}  {c.sbd:<8} {c.name[:24]:<24} {status_of(p)[:26]:<26}"
            f" {p.correct:>4} {p.correct_time_ms / 1000:>6.1f}s"
        )
    return lines


def prize_lines(ranking: Ranking, setup: ShowSetup) -> list[str]:
    roster = {c.seat: c for c in setup.roster.contestants}
    lines = []
    for prize in setup.rules.prizes:
        winners = [p for p in ranking.placings if p.prize == prize.name]
        names = ", ".join(f"ghế {p.seat} {roster[p.seat].name}" for p in winners) or "—"
        lines.append(f"{prize.name}: {names}")
    for group in ranking.straddling_ties:
        first = next(p for p in ranking.placings if p.seat == group[0])
        at_stake = " / ".join(first.prize_pending)
        seats = ", ".join(str(s) for s in group)
        lines.append(
            f"CHƯA PHÂN ĐỊNH ({at_stake}): ghế {seats} đồng hạng {first.rank} — "
            f"{DECIDER_WORDS[None]}"
        )
    return lines
