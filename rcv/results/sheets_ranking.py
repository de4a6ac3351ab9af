"""The sheets the jury signs: "Xếp hạng" (every contestant in official order) and "Giải thưởng".

Both are rebuilt by ``rcv verify`` from the event file, in the workbook's language, and compared
cell by cell, so they hold nothing that depends on when or where the export ran.
"""

from __future__ import annotations

from rcv.core.ranking import Placing
from rcv.i18n import Words
from rcv.i18n.phrases.results import PAGE, TITLES, column_title, said, sheet_name
from rcv.results.facts import ShowResults
from rcv.results.fingerprint import Fingerprint
from rcv.results.table import CellValue, Column, Kind, Mark, Sheet, signature_block
from rcv.results.words import banner, decision_words, final_banner, prize_words, status_words

RANKING_COLUMNS = (
    ("rank", 6, Kind.INT),
    ("seat", 6, Kind.INT),
    ("sbd", 10, Kind.TEXT),
    ("name", 24, Kind.TEXT),
    ("unit", 28, Kind.WRAP),
    ("group", 10, Kind.TEXT),
    ("status", 26, Kind.WRAP),
    ("correct", 8, Kind.INT),
    ("correct_time", 12, Kind.SECONDS),
    ("prize", 18, Kind.WRAP),
    ("decided", 46, Kind.WRAP),
)
PRIZE_COLUMNS = (
    ("prize", 20, Kind.WRAP),
    ("rank", 6, Kind.INT),
    ("sbd", 10, Kind.TEXT),
    ("name", 26, Kind.TEXT),
    ("unit", 30, Kind.WRAP),
    ("status", 26, Kind.WRAP),
    ("note", 36, Kind.WRAP),
)


def columns(spec: tuple[tuple[str, float, Kind], ...], words: Words) -> tuple[Column, ...]:
    """Columns from (code, width, kind), titled in the language of ``words``."""
    return tuple(Column(column_title(code, words), width, kind) for code, width, kind in spec)


def title(which: str, results: ShowResults, words: Words) -> str:
    """A sheet's title line: what it is and the event's name, in capitals."""
    return said(TITLES, which, words, event=results.info.name).upper()


def page_title(which: str, results: ShowResults, words: Words) -> str:
    return f"{results.info.name} — {sheet_name(which, words)}"


def event_lines(results: ShowResults, words: Words) -> tuple[str, ...]:
    """Where and when, as the heading of every sheet says it."""
    info = results.info
    place = " · ".join(x for x in (info.date, info.venue) if x)
    organiser = said(PAGE, "organiser", words, organiser=info.organiser) if info.organiser else ""
    return tuple(x for x in (place, organiser) if x)


def sheet_banner(results: ShowResults, words: Words) -> str | None:
    """The provisional banner on every sheet while the show is not over."""
    return banner(results.finished, words)


def status_line(results: ShowResults, words: Words) -> tuple[str, ...]:
    """Says the results are final (the banner row says it when they are not)."""
    return (final_banner(words),) if results.finished else ()


def fingerprint_line(fingerprint: Fingerprint, words: Words) -> str:
    return said(
        PAGE,
        "fingerprint",
        words,
        text=fingerprint.text,
        entries=fingerprint.entries,
        sheet=sheet_name("info", words),
    )


def page_note(fingerprint: Fingerprint, words: Words) -> str:
    return said(PAGE, "page_note", words, text=fingerprint.text)


def ranking_sheet(results: ShowResults, fingerprint: Fingerprint, words: Words) -> Sheet:
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
        above = rank_above if p.rank != 1 else None
        rows.append(
            (
                p.rank,
                p.seat,
                c.sbd,
                c.name,
                c.unit,
                c.group,
                status_words(p, results.state.seats[p.seat], results.finished, words),
                p.correct,
                p.correct_time_ms / 1000,
                prize_words(p, words),
                decision_words(p, above, _tied_sbds(results, p), words),
            )
        )
        if p.prize_pending:
            marks[i] = Mark.PENDING
        elif p.prize:
            marks[i] = Mark.PRIZE
    return Sheet(
        name=sheet_name("ranking", words),
        title=title("ranking", results, words),
        columns=columns(RANKING_COLUMNS, words),
        rows=rows,
        lines=(
            *event_lines(results, words),
            *status_line(results, words),
            fingerprint_line(fingerprint, words),
        ),
        banner=sheet_banner(results, words),
        closing=signature_block(len(RANKING_COLUMNS), words),
        marks=marks,
        qr_payload=fingerprint.payload,
        page_title=page_title("ranking", results, words),
        page_note=page_note(fingerprint, words),
    )


def prizes_sheet(results: ShowResults, fingerprint: Fingerprint, words: Words) -> Sheet:
    """The prize list: winners in order, and any tie at a prize boundary still to be broken."""
    rows: list[tuple[CellValue, ...]] = []
    marks: dict[int, Mark] = {}
    for p in results.ranking.placings:
        if not (p.prize or p.prize_pending):
            continue
        c = results.contestant(p.seat)
        note = ""
        if p.prize_pending:
            note = decision_words(p, None, _tied_sbds(results, p), words)
            marks[len(rows)] = Mark.PENDING
        rows.append(
            (
                prize_words(p, words),
                p.rank,
                c.sbd,
                c.name,
                c.unit,
                status_words(p, results.state.seats[p.seat], results.finished, words),
                note,
            )
        )
    return Sheet(
        name=sheet_name("prizes", words),
        title=title("prizes", results, words),
        columns=columns(PRIZE_COLUMNS, words),
        rows=rows,
        lines=(
            *event_lines(results, words),
            *status_line(results, words),
            fingerprint_line(fingerprint, words),
        ),
        banner=sheet_banner(results, words),
        closing=signature_block(len(PRIZE_COLUMNS), words),
        marks=marks,
        page_title=page_title("prizes", results, words),
        page_note=page_note(fingerprint, words),
        autofilter=False,
    )


def _tied_sbds(results: ShowResults, p: Placing) -> list[str]:
    return [results.contestant(s).sbd for s in p.tied_with]
