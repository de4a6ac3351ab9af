"""The team sheets: "Xếp hạng đơn vị" (every unit in order, its members under it, the figures the
method used, how each place was decided, the team prizes) and "Xếp hạng nhóm" (the groups, their
units under them) when the roster names groups.

Both are written only when the roster has units (groups), carry the fingerprint like the
individual ranking, and are rebuilt by ``rcv verify`` from the event file in the workbook's
language and compared cell by cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from rcv.core.rules import StandingMethod
from rcv.core.standings import GroupStanding, Order, Standings, UnitStanding, standings
from rcv.i18n import Words
from rcv.i18n.phrases.results import sheet_name
from rcv.i18n.phrases.standings import (
    column,
    decider_words,
    figure_title,
    method_words,
    order_words,
    say,
    score_title,
    sizes_words,
)
from rcv.results.facts import ShowResults
from rcv.results.fingerprint import Fingerprint
from rcv.results.sheets_ranking import (
    event_lines,
    fingerprint_line,
    page_note,
    page_title,
    sheet_banner,
    status_line,
    title,
)
from rcv.results.table import CellValue, Column, Kind, Mark, Sheet, signature_block

COUNTED = "✓"


def team_standings(results: ShowResults) -> Standings:
    """The units' and groups' standings of the show as the results hold it."""
    return standings(results.state, results.setup, results.ranking)


def score_kind(method: StandingMethod) -> Kind:
    return {
        StandingMethod.SURVIVAL: Kind.PERCENT,
        StandingMethod.REACHED: Kind.DECIMAL,
    }.get(method, Kind.INT)


def score_cell(method: StandingMethod, value: Fraction) -> CellValue:
    """A result as the workbook stores it: a whole number, or a decimal (a share, a mean)."""
    if score_kind(method) is Kind.INT and value.denominator == 1:
        return value.numerator
    return float(value)


def order_words_of(order: Order, rank_above: int | None, tied: Sequence[str], words: Words) -> str:
    """How a unit's (a group's) place was decided, as the ranking sheet says it for people."""
    parts = []
    if rank_above is not None and order.decided_by is not None:
        why = decider_words(order.decided_by, words)
        parts.append(say("above", words, rank=rank_above, why=why))
    if tied:
        parts.append(say("tied", words, names="; ".join(tied), why=decider_words(None, words)))
    if order.prize_pending:
        parts.append(say("pending", words, prizes=" / ".join(order.prize_pending)))
    return "; ".join(parts)


def prize_cell(order: Order, words: Words) -> str | None:
    if order.prize:
        return order.prize
    if order.prize_pending:
        return say("undecided", words, prizes=" / ".join(order.prize_pending))
    return None


def _above(rows: Sequence[UnitStanding] | Sequence[GroupStanding]) -> list[int | None]:
    """For each row, the rank just above its own (None for the first rank)."""
    out: list[int | None] = []
    above: int | None = None
    previous: int | None = None
    for r in rows:
        if previous is not None and r.order.rank != previous:
            above = previous
        previous = r.order.rank
        out.append(above if r.order.rank != 1 else None)
    return out


def _mark(order: Order) -> Mark:
    if order.prize_pending:
        return Mark.PENDING
    return Mark.PRIZE if order.prize else Mark.SECTION


def _notes(table: Standings, results: ShowResults, words: Words) -> list[str]:
    """What the secretary must know about the roster's units: who has none, odd spellings."""
    notes = []
    for u in table.units:
        if len(u.unit.spellings) > 1:
            spellings = "; ".join(u.unit.spellings)
            notes.append(say("spellings", words, unit=u.unit.name, spellings=spellings))
        if u.unit.groups:
            groups = "; ".join(u.unit.groups)
            group = u.unit.group
            notes.append(say("two_groups", words, unit=u.unit.name, groups=groups, group=group))
    if table.unassigned:
        sbds = ", ".join(results.contestant(s).sbd for s in table.unassigned)
        notes.append(say("unassigned", words, n=len(table.unassigned), sbds=sbds))
    return notes


def _sheet(
    which: str,
    results: ShowResults,
    fingerprint: Fingerprint,
    words: Words,
    columns: tuple[Column, ...],
    rows: list[tuple[CellValue, ...]],
    marks: dict[int, Mark],
    lines: list[str],
) -> Sheet:
    return Sheet(
        name=sheet_name(which, words),
        title=title(which, results, words),
        columns=columns,
        rows=rows,
        lines=(
            *event_lines(results, words),
            *status_line(results, words),
            *lines,
            fingerprint_line(fingerprint, words),
        ),
        banner=sheet_banner(results, words),
        closing=signature_block(len(columns), words),
        marks=marks,
        qr_payload=fingerprint.payload,
        page_title=page_title(which, results, words),
        page_note=page_note(fingerprint, words),
    )


def units_sheet(
    results: ShowResults, fingerprint: Fingerprint, words: Words, table: Standings | None = None
) -> Sheet:
    """Every unit in order, then its members best first, with what each adds to its result."""
    table = table or team_standings(results)
    method = table.method
    columns = (
        Column(column("rank", words), 6, Kind.INT),
        Column(column("unit", words), 28, Kind.WRAP),
        Column(column("group", words), 12, Kind.TEXT),
        Column(column("size", words), 9, Kind.INT),
        Column(column("standing", words), 9, Kind.INT),
        Column(column("sbd", words), 10, Kind.TEXT),
        Column(column("name", words), 24, Kind.TEXT),
        Column(column("place", words), 8, Kind.INT),
        Column(figure_title(method, words), 10, Kind.INT),
        Column(column("counted", words), 8, Kind.TEXT),
        Column(score_title(method, words), 12, score_kind(method)),
        Column(column("prize", words), 16, Kind.WRAP),
        Column(column("decided", words), 40, Kind.WRAP),
    )
    names = {u.key: u.unit.name for u in table.units}
    rows: list[tuple[CellValue, ...]] = []
    marks: dict[int, Mark] = {}
    for u, above in zip(table.units, _above(table.units), strict=True):
        tied = [names[k] for k in u.order.tied_with]
        marks[len(rows)] = _mark(u.order)
        rows.append(
            (
                u.order.rank,
                u.unit.name,
                u.unit.group,
                u.unit.size,
                u.standing,
                None,
                None,
                None,
                None,
                None,
                score_cell(method, u.score),
                prize_cell(u.order, words),
                order_words_of(u.order, above, tied, words),
            )
        )
        for m in u.members:
            c = results.contestant(m.seat)
            counted = COUNTED if m.counted else None
            blank: tuple[CellValue, ...] = (None,) * 5
            rows.append((*blank, c.sbd, c.name, m.place, m.figure, counted, None, None, None))
            if not m.counted:
                marks[len(rows) - 1] = Mark.MUTED
    lines = [
        say("method", words, method=method_words(table.rules, words)),
        say(
            "sizes",
            words,
            how=sizes_words(table.rules, table.contestants, table.questions, words),
        ),
        say("order", words, how=order_words(words)),
        *_notes(table, results, words),
    ]
    return _sheet("units", results, fingerprint, words, columns, rows, marks, lines)


def groups_sheet(
    results: ShowResults, fingerprint: Fingerprint, words: Words, table: Standings | None = None
) -> Sheet:
    """Every group in order, then its units best first."""
    table = table or team_standings(results)
    method = table.method
    kind = score_kind(method) if method is not StandingMethod.POINTS else Kind.DECIMAL
    columns = (
        Column(column("rank", words), 6, Kind.INT),
        Column(column("group", words), 18, Kind.WRAP),
        Column(column("units", words), 9, Kind.INT),
        Column(column("size", words), 9, Kind.INT),
        Column(column("standing", words), 9, Kind.INT),
        Column(column("unit", words), 28, Kind.WRAP),
        Column(column("unit_rank", words), 8, Kind.INT),
        Column(column("unit_score", words), 12, score_kind(method)),
        Column(column("mean", words), 12, kind),
        Column(column("prize", words), 16, Kind.WRAP),
        Column(column("decided", words), 40, Kind.WRAP),
    )
    names = {g.key: g.name for g in table.groups}
    rows: list[tuple[CellValue, ...]] = []
    marks: dict[int, Mark] = {}
    for g, above in zip(table.groups, _above(table.groups), strict=True):
        units = [table.unit(k) for k in g.units]
        tied = [names[k] for k in g.order.tied_with]
        marks[len(rows)] = _mark(g.order)
        rows.append(
            (
                g.order.rank,
                g.name,
                len(units),
                sum(u.unit.size for u in units),
                sum(u.standing for u in units),
                None,
                None,
                None,
                float(g.score),
                prize_cell(g.order, words),
                order_words_of(g.order, above, tied, words),
            )
        )
        for u in units:
            score = score_cell(method, u.score)
            rows.append(
                (
                    None,
                    None,
                    None,
                    u.unit.size,
                    u.standing,
                    u.unit.name,
                    u.order.rank,
                    score,
                    None,
                    None,
                    None,
                )
            )
    lines = [say("method", words, method=method_words(table.rules, words))]
    lines.append(say("order", words, how=order_words(words, groups=True)))
    if table.ungrouped:
        units = "; ".join(table.unit(k).unit.name for k in table.ungrouped)
        lines.append(say("ungrouped", words, units=units))
    return _sheet("groups", results, fingerprint, words, columns, rows, marks, lines)


def team_sheets(results: ShowResults, fingerprint: Fingerprint, words: Words) -> list[Sheet]:
    """The unit sheet when the roster has units, and the group sheet when they have groups."""
    table = team_standings(results)
    sheets = []
    if table.units:
        sheets.append(units_sheet(results, fingerprint, words, table))
    if table.groups:
        sheets.append(groups_sheet(results, fingerprint, words, table))
    return sheets
