"""Team certificates (giấy chứng nhận tập thể): one page per unit — then per group — whose team
prize is decided, from the same template as the contestants' certificates.

The template's placeholders are filled for a unit: ``{name}`` is the unit's name, ``{group}``
its group, ``{prize}`` and ``{rank}`` its team prize and place; a contestant's own fields
(``{sbd}``, ``{seat}``, ``{unit}``) are empty, so the lines that use them are not printed. A
tie across a prize boundary is reported back as a warning, never printed as a guess; before the
end of the show pages are drafts, as for the contestants.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rcv.core.standings import GroupStanding, Standings, UnitStanding, straddling_ties
from rcv.i18n import QT_TRANSLATE_NOOP, Words
from rcv.results.cert_template import CertificateTemplate
from rcv.results.certificates import event_values, print_pages
from rcv.results.errors import ResultsError, ResultsNotFinal
from rcv.results.facts import ShowResults
from rcv.results.sheets_units import team_standings

TIE = QT_TRANSLATE_NOOP(
    "Certificate",
    "chưa in giấy chứng nhận tập thể cho {names}: đồng hạng {rank}, giải {prizes} chưa phân "
    "định — ban tổ chức quyết định",
)


@dataclass(frozen=True, slots=True)
class TeamCertificateReport:
    pages: int
    winners: tuple[str, ...]  # unit (then group) names, in order
    warnings: tuple[str, ...]  # in the operator's words: ties still to break, a draft


def team_values(
    results: ShowResults, row: UnitStanding | GroupStanding, words: Words
) -> dict[str, str]:
    """What each placeholder of the template says for one unit (or group)."""
    name, group = (
        (row.unit.name, row.unit.group) if isinstance(row, UnitStanding) else (row.name, "")
    )
    return {
        "name": name,
        "sbd": "",
        "seat": "",
        "unit": "",
        "group": group,
        "prize": row.order.prize or "",
        "rank": str(row.order.rank),
        **event_values(results, words),
        "bell": "",
    }


def team_winners_and_warnings(
    table: Standings, words: Words
) -> tuple[list[UnitStanding | GroupStanding], list[str]]:
    """Units, then groups, with a decided team prize; the ties the organisers must settle."""
    winners: list[UnitStanding | GroupStanding] = [u for u in table.units if u.order.prize]
    winners += [g for g in table.groups if g.order.prize]
    warnings = []
    names = {u.key: u.unit.name for u in table.units}
    group_names = {g.key: g.name for g in table.groups}
    for rows, named in ((table.units, names), (table.groups, group_names)):
        for tie in straddling_ties(rows):
            first = next(r for r in rows if r.key == tie[0])
            warnings.append(
                words(
                    "Certificate",
                    TIE,
                    names="; ".join(named[k] for k in tie),
                    rank=first.order.rank,
                    prizes=" / ".join(first.order.prize_pending),
                )
            )
    return winners, warnings


def write_team_certificates(
    results: ShowResults,
    target: Path | str,
    words: Words,
    *,
    template: Path | str | CertificateTemplate | None = None,
    font: Path | str | None = None,
    allow_provisional: bool = False,
) -> TeamCertificateReport:
    """One page per unit (then group) with a decided team prize, written atomically.

    Raises :class:`ResultsNotFinal` before the end of the show (unless ``allow_provisional``),
    :class:`ResultsError` (``no_team_winners``) when no unit has a decided prize, and the
    errors of the contestants' certificates (template, writing)."""
    if not results.finished and not allow_provisional:
        raise ResultsNotFinal("not_final")
    winners, warnings = team_winners_and_warnings(team_standings(results), words)
    if not winners:
        raise ResultsError("no_team_winners")
    values = [team_values(results, row, words) for row in winners]
    pages = print_pages(results, target, words, values, warnings, template=template, font=font)
    names = tuple(r.unit.name if isinstance(r, UnitStanding) else r.name for r in winners)
    return TeamCertificateReport(pages, names, tuple(warnings))
