"""The sheets the jury signs: "Xếp hạng" (every contestant in official order) and "Giải thưởng".

Both are rebuilt by ``rcv verify`` from the event file and compared cell by cell, so they hold
nothing that depends on when or where the export ran.
"""

from __future__ import annotations

from rcv.core.ranking import Placing
from rcv.results.facts import ShowResults
from rcv.results.fingerprint import Fingerprint
from rcv.results.table import CellValue, Column, Kind, Mark, Sheet, signature_block
from rcv.results.words import (
    FINAL_BANNER,
    PROVISIONAL_BANNER,
    decision_words,
    prize_words,
    status_words,
)

RANKING_SHEET = "Xếp hạng"
PRIZES_SHEET = "Giải thưởng"

RANKING_COLUMNS = (
    Column("Hạng", 6, Kind.INT),
    Column("Ghế", 6, Kind.INT),
    Column("SBD", 10),
    Column("Họ và tên", 24),
    Column("Đơn vị", 28, Kind.WRAP),
    Column("Nhóm", 10),
    Column("Trạng thái", 26, Kind.WRAP),
    Column("Số câu đúng", 8, Kind.INT),
    Column("Tổng thời gian trả lời đúng (giây)", 12, Kind.SECONDS),
    Column("Giải thưởng", 18, Kind.WRAP),
    Column("Cách phân định thứ hạng", 46, Kind.WRAP),
)
PRIZE_COLUMNS = (
    Column("Giải thưởng", 20, Kind.WRAP),
    Column("Hạng", 6, Kind.INT),
    Column("SBD", 10),
    Column("Họ và tên", 26),
    Column("Đơn vị", 30, Kind.WRAP),
    Column("Trạng thái", 26, Kind.WRAP),
    Column("Ghi chú", 36, Kind.WRAP),
)


def event_lines(results: ShowResults) -> tuple[str, ...]:
    """Where and when, as the heading of every sheet says it."""
    info = results.info
    place = " · ".join(x for x in (info.date, info.venue) if x)
    lines = [x for x in (place, f"Đơn vị tổ chức: {info.organiser}" if info.organiser else "")]
    return tuple(x for x in lines if x)


def banner(results: ShowResults) -> str | None:
    """The provisional banner on every sheet while the show is not over."""
    return None if results.finished else PROVISIONAL_BANNER


def status_line(results: ShowResults) -> tuple[str, ...]:
    """Says the results are final (the banner row says it when they are not)."""
    return (FINAL_BANNER,) if results.finished else ()


def fingerprint_line(fingerprint: Fingerprint) -> str:
    return (
        f"Dấu vân tay kết quả: {fingerprint.text} "
        f"(sau {fingerprint.entries} mục nhật ký; mã băm đầy đủ ở trang Thông tin)"
    )


def ranking_sheet(results: ShowResults, fingerprint: Fingerprint) -> Sheet:
    """Every contestant in official order, with status, prize and how each place was decided."""
    rows: list[tuple[CellValue, ...]] = []
    marks: dict[int, Mark] = {}
    rank_above: int | None = None
    previous_rank: int | None = None
    for i, p in enumerate(results.ranking.placings):
        if previous_rank is not None and p.rank != previous_rank:
            rank_above = previous_rank
        previous_rank = p.rank
        c = results.contestant(p.seat)
        rows.append(
            (
                p.rank,
                p.seat,
                c.sbd,
                c.name,
                c.unit,
                c.group,
                status_words(p, results.state.seats[p.seat], results.finished),
                p.correct,
                p.correct_time_ms / 1000,
                prize_words(p),
                decision_words(p, rank_above if p.rank != 1 else None, _tied_sbds(results, p)),
            )
        )
        if p.prize_pending:
            marks[i] = Mark.PENDING
        elif p.prize:
            marks[i] = Mark.PRIZE
    title = f"KẾT QUẢ XẾP HẠNG — {results.info.name}".upper()
    return Sheet(
        name=RANKING_SHEET,
        title=title,
        columns=RANKING_COLUMNS,
        rows=rows,
        lines=(
            *event_lines(results),
            *status_line(results),
            fingerprint_line(fingerprint),
        ),
        banner=banner(results),
        closing=signature_block(len(RANKING_COLUMNS)),
        marks=marks,
        qr_payload=fingerprint.payload,
        page_title=f"{results.info.name} — Xếp hạng",
        page_note=f"Dấu vân tay kết quả: {fingerprint.text}",
    )


def prizes_sheet(results: ShowResults, fingerprint: Fingerprint) -> Sheet:
    """The prize list: winners in order, and any tie at a prize boundary still to be broken."""
    rows: list[tuple[CellValue, ...]] = []
    marks: dict[int, Mark] = {}
    for p in results.ranking.placings:
        if not (p.prize or p.prize_pending):
            continue
        c = results.contestant(p.seat)
        note = ""
        if p.prize_pending:
            note = decision_words(p, None, _tied_sbds(results, p))
            marks[len(rows)] = Mark.PENDING
        rows.append(
            (
                prize_words(p),
                p.rank,
                c.sbd,
                c.name,
                c.unit,
                status_words(p, results.state.seats[p.seat], results.finished),
                note,
            )
        )
    return Sheet(
        name=PRIZES_SHEET,
        title=f"DANH SÁCH ĐOẠT GIẢI — {results.info.name}".upper(),
        columns=PRIZE_COLUMNS,
        rows=rows,
        lines=(
            *event_lines(results),
            *status_line(results),
            fingerprint_line(fingerprint),
        ),
        banner=banner(results),
        closing=signature_block(len(PRIZE_COLUMNS)),
        marks=marks,
        page_title=f"{results.info.name} — Giải thưởng",
        page_note=f"Dấu vân tay kết quả: {fingerprint.text}",
        autofilter=False,
    )


def _tied_sbds(results: ShowResults, p: Placing) -> list[str]:
    return [results.contestant(s).sbd for s in p.tied_with]
