"""The units' and groups' standings as plain-text tables for terminals (``rcv standings``, the
headless demo), in the reader's language (a :class:`~rcv.i18n.Words`)."""

from __future__ import annotations

from rcv.core.model import Roster
from rcv.core.ranking import Ranking
from rcv.core.standings import (
    GroupStanding,
    Standings,
    UnitStanding,
    standings,
    straddling_ties,
)
from rcv.core.state import ShowSetup, ShowState
from rcv.i18n import Words
from rcv.i18n.phrases.standings import (
    column,
    decider_words,
    method_words,
    order_words,
    say,
    score_text,
    score_title,
    sizes_words,
)

NAME_WIDTH = 34
RIGHT = frozenset({"rank", "size", "standing", "score", "units"})


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(heads: dict[str, str], rows: list[dict[str, str]]) -> list[str]:
    """Columns as wide as their widest cell; numbers to the right."""
    widths = {k: max([len(h), *(len(r[k]) for r in rows)]) for k, h in heads.items()}

    def line(cells: dict[str, str]) -> str:
        return "  ".join(
            cells[k].rjust(widths[k]) if k in RIGHT else cells[k].ljust(widths[k]) for k in heads
        ).rstrip()

    head = line(heads)
    return [head, "-" * len(head), *(line(r) for r in rows)]


def _prize(row: UnitStanding | GroupStanding, words: Words) -> str:
    if row.order.prize:
        return row.order.prize
    if row.order.prize_pending:
        return say("undecided", words, prizes=" / ".join(row.order.prize_pending))
    return ""


def _why(row: UnitStanding | GroupStanding, words: Words) -> str:
    """What separated it from the one above, or that it is tied."""
    if row.order.tied_with:
        return decider_words(None, words)
    return decider_words(row.order.decided_by, words) if row.order.decided_by else ""


def _rank(row: UnitStanding | GroupStanding) -> str:
    return f"{row.order.rank}{'=' if row.order.tied_with else ''}"


def unit_lines(table: Standings, roster: Roster, words: Words, top: int | None = None) -> list[str]:
    """The method, then one line per unit: rank, name, group, size, standing, result, prize,
    and what decided its place."""
    heads = {
        "rank": column("rank", words),
        "name": column("unit", words),
        "group": column("group", words),
        "size": say("h_size", words),
        "standing": say("h_standing", words),
        "score": score_title(table.method, words),
        "prize": column("prize", words),
        "why": say("h_why", words),
    }
    rows = [
        {
            "rank": _rank(u),
            "name": _cut(u.unit.name, NAME_WIDTH),
            "group": _cut(u.unit.group, 20),
            "size": str(u.unit.size),
            "standing": str(u.standing),
            "score": score_text(table.method, u.score, words),
            "prize": _prize(u, words),
            "why": _why(u, words),
        }
        for u in table.units[:top]
    ]
    sizes = sizes_words(table.rules, table.contestants, table.questions, words)
    lines = [
        say("title_units", words, method=method_words(table.rules, words)),
        say("sizes", words, how=sizes),
        say("order", words, how=order_words(words)),
        *_table(heads, rows),
    ]
    if table.unassigned:
        sbds = [roster.at(s).sbd for s in table.unassigned]
        shown = ", ".join(sbds[:10]) + (", …" if len(sbds) > 10 else "")
        lines.append(say("unassigned", words, n=len(sbds), sbds=shown))
    return lines


def group_lines(table: Standings, words: Words) -> list[str]:
    """One line per group: rank, name, units, mean result, prize, what decided its place."""
    heads = {
        "rank": column("rank", words),
        "name": column("group", words),
        "units": column("units", words),
        "score": column("mean", words),
        "prize": column("prize", words),
        "why": say("h_why", words),
    }
    rows = [
        {
            "rank": _rank(g),
            "name": _cut(g.name, NAME_WIDTH),
            "units": str(len(g.units)),
            "score": score_text(table.method, g.score, words, mean=True),
            "prize": _prize(g, words),
            "why": _why(g, words),
        }
        for g in table.groups
    ]
    lines = [say("title_groups", words), order_words(words, groups=True), *_table(heads, rows)]
    if table.ungrouped:
        names = "; ".join(table.unit(k).unit.name for k in table.ungrouped)
        lines.append(say("ungrouped", words, units=names))
    return lines


def team_prize_lines(table: Standings, words: Words, by: str = "unit") -> list[str]:
    """Each team prize and who receives it, then the ties the organisers must break: the
    units' prizes (and the groups' when there are any), or ``by="group"`` the groups' alone."""
    group_prizes = [p.name for p in table.rules.group_prizes]
    lines = []
    if by != "group":
        lines += [say("prizes", words)]
        lines += _prizes(table.units, [p.name for p in table.rules.prizes], words)
        if not (table.groups and group_prizes):
            return lines
        lines.append("")
    lines += [say("group_prizes", words), *_prizes(table.groups, group_prizes, words)]
    return lines


def _name(row: UnitStanding | GroupStanding) -> str:
    return row.unit.name if isinstance(row, UnitStanding) else row.name


def _prizes(
    rows: tuple[UnitStanding, ...] | tuple[GroupStanding, ...], prizes: list[str], words: Words
) -> list[str]:
    if not prizes:
        return [say("no_prizes", words)]
    lines = []
    for prize in dict.fromkeys(prizes):
        winners = "; ".join(_name(r) for r in rows if r.order.prize == prize)
        lines.append(f"{prize}: {winners or '—'}")
    for tie in straddling_ties(rows):
        first = next(r for r in rows if r.key == tie[0])
        lines.append(
            say(
                "undecided_line",
                words,
                prizes=" / ".join(first.order.prize_pending),
                names="; ".join(_name(r) for r in rows if r.key in tie),
                rank=first.order.rank,
                why=decider_words(None, words),
            )
        )
    return lines


def team_lines(
    state: ShowState, setup: ShowSetup, ranking: Ranking | None, words: Words
) -> list[str]:
    """The units' ranking (and the groups' when groups have prizes) and the team prizes, after
    the individual ones (the headless demo's last lines); nothing when the roster names no
    unit."""
    table = standings(state, setup, ranking)
    if not table.units:
        return []
    lines = ["", *unit_lines(table, setup.roster, words)]
    if table.groups and table.rules.group_prizes:
        lines += ["", *group_lines(table, words)]
    return [*lines, "", *team_prize_lines(table, words)]
