"""The unit and group sheets for every standing method, end to end: a show played with the
method in its rules (so the event file's fingerprint covers it), exported, read back and matched
to the core's standings unit by unit and member by member; ``rcv verify`` accepts the workbook
and names a unit's result typed over."""

from __future__ import annotations

import io
from datetime import UTC
from pathlib import Path

import pytest
from openpyxl import load_workbook

from rcv.core.model import EventInfo
from rcv.core.rules import Prize, Rules, StandingMethod, StandingRules
from rcv.core.standings import standings
from rcv.core.state import ShowSetup
from rcv.demo.builtin import builtin_questions
from rcv.demo.headless import run_headless
from rcv.i18n import Words
from rcv.i18n.phrases.results import sheet_name
from rcv.i18n.phrases.standings import column, figure_title, score_title
from rcv.results.facts import read_event
from rcv.results.sheets_units import COUNTED
from rcv.results.verify_workbook import verify_workbook
from rcv.results.workbook import export_workbook
from rcv.sim.people import make_roster
from rcv.storage.event_file import EventFile
from tests.results.readback import engine_view, table
from tests.results.test_team_sheets import unit_blocks

T0 = 1_795_500_000_000


@pytest.fixture(scope="module")
def played(tmp_path_factory: pytest.TempPathFactory) -> dict[StandingMethod, Path]:
    """One finished 36-seat show per method, the groups with a prize of their own."""
    folder = tmp_path_factory.mktemp("methods")
    events = {}
    for method in StandingMethod:
        units = StandingRules(method=method, best_of=2, group_prizes=(Prize("Cụm xuất sắc", 1),))
        setup = ShowSetup(make_roster(36, 8), builtin_questions(), Rules(units=units))
        path = folder / f"{method.value}.rcv"
        with EventFile.create(path, setup, EventInfo(name="Rung chuông vàng")) as event_file:
            run_headless(event_file, 8, io.StringIO(), now_ms=lambda: T0)
        events[method] = path
    return events


@pytest.mark.parametrize("method", list(StandingMethod))
def test_each_methods_sheets_match_the_core(played, tmp_path, method: StandingMethod) -> None:
    event = played[method]
    setup, state, ranking, _, _ = engine_view(event)
    assert setup.rules.units.method is method  # read back from the file: in its fingerprint
    expected = standings(state, setup, ranking)
    words = Words("vi")
    out = tmp_path / "ket-qua.xlsx"
    export_workbook(event, out, words, tz=UTC)
    wb = load_workbook(out)

    headers, rows = table(wb[sheet_name("units", words)], column("rank", words))
    assert headers[8] == figure_title(method, words) and headers[10] == score_title(method, words)
    blocks = unit_blocks(rows)
    assert [b[0][1] for b in blocks] == [u.unit.name for u in expected.units]
    for (unit_row, members), u in zip(blocks, expected.units, strict=True):
        assert unit_row[0] == u.order.rank
        assert unit_row[10] == pytest.approx(float(u.score))
        if u.order.prize_pending:  # a tie across a prize boundary: the prizes at stake
            assert all(p in unit_row[11] for p in u.order.prize_pending)
        else:
            assert unit_row[11] == u.order.prize
        assert [m[8] for m in members] == [m.figure for m in u.members]
        assert [m[9] == COUNTED for m in members] == [m.counted for m in u.members]
        if method in (StandingMethod.POINTS, StandingMethod.BEST_PLACES):
            assert sum(1 for m in members if m[9] == COUNTED) == min(2, u.unit.size)
        else:
            assert all(m[9] == COUNTED for m in members)

    _, group_rows = table(wb[sheet_name("groups", words)], column("rank", words))
    groups = unit_blocks(group_rows)
    assert [g[0][1] for g in groups] == [g.name for g in expected.groups]
    for (group_row, _), g in zip(groups, expected.groups, strict=True):
        assert group_row[8] == pytest.approx(float(g.score))
        assert group_row[9] == g.order.prize
    assert sum(1 for g in expected.groups if g.order.prize == "Cụm xuất sắc") <= 1

    check = verify_workbook(read_event(event), out)
    assert check.matches, check.mismatches


def test_verify_names_a_groups_mean_typed_over(played, tmp_path) -> None:
    event = played[StandingMethod.SURVIVAL]
    words = Words("en")
    out = tmp_path / "results.xlsx"
    export_workbook(event, out, words, tz=UTC)
    wb = load_workbook(out)
    ws = wb[sheet_name("groups", words)]
    top = next(r[0].row for r in ws.iter_rows(max_col=1) if r[0].value == column("rank", words))
    ws.cell(top + 1, 9).value = 0.99  # the first group's mean share
    wb.save(out)
    check = verify_workbook(read_event(event), out)
    assert [m.where for m in check.mismatches] == [f"{sheet_name('groups', words)}!I{top + 1}"]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_unit_sheet_tells_the_secretary_about_the_rosters_units(tmp_path, lang) -> None:
    """A unit written two ways, a unit whose members name two groups and a contestant without a
    unit: said above the table, in the workbook's language, and checked by ``rcv verify``."""
    from dataclasses import replace

    from rcv.core.model import Roster
    from rcv.i18n.phrases import standings as team_words

    roster = make_roster(30, 4)
    people = list(roster.contestants)
    first = people[0]
    same_unit = [c for c in people if c.unit == first.unit and c.seat != first.seat]
    people[0] = replace(first, unit=first.unit.upper())  # one member writes it in capitals
    other_group = next(c.group for c in people if c.group != first.group)
    people[same_unit[0].seat - 1] = replace(same_unit[0], group=other_group)
    people[-1] = replace(people[-1], unit="", group="")
    setup = ShowSetup(Roster(tuple(people)), builtin_questions(), Rules())
    event = tmp_path / "ds.rcv"
    with EventFile.create(event, setup, EventInfo(name="Rung chuông vàng")) as event_file:
        run_headless(event_file, 4, io.StringIO(), now_ms=lambda: T0)
    words = Words(lang)
    out = tmp_path / "ket-qua.xlsx"
    export_workbook(event, out, words, tz=UTC)
    ws = load_workbook(out)[sheet_name("units", words)]
    top = next(r[0].row for r in ws.iter_rows(max_col=1) if r[0].value == column("rank", words))
    lines = [ws.cell(r, 1).value for r in range(2, top)]

    _, state, ranking, _, _ = engine_view(event)
    table = standings(state, setup, ranking)
    unit = table.unit(next(u.key for u in table.units if first.seat in u.unit.seats)).unit
    assert unit.name == first.unit and first.unit.upper() in unit.spellings
    spellings = "; ".join(unit.spellings)
    assert team_words.say("spellings", words, unit=unit.name, spellings=spellings) in lines
    groups = "; ".join(unit.groups)
    two = team_words.say("two_groups", words, unit=unit.name, groups=groups, group=unit.group)
    assert len(unit.groups) == 2 and two in lines
    unassigned = team_words.say("unassigned", words, n=1, sbds=people[-1].sbd)
    assert unassigned in lines and table.unassigned == (people[-1].seat,)
    assert verify_workbook(read_event(event), out).matches
