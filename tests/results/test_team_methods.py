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
