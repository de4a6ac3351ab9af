"""The team sheets ("Xếp hạng đơn vị", "Xếp hạng nhóm") read back against the core's standings,
in both workbook languages; ``rcv verify`` checks them; the fingerprint covers the method;
team certificates and ``rcv standings``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC
from pathlib import Path

import pytest
from openpyxl import load_workbook

from rcv.cli.main import main
from rcv.core.rules import Prize, Rules, StandingMethod, StandingRules
from rcv.core.standings import standings
from rcv.i18n import Words
from rcv.i18n.phrases import standings as team_words
from rcv.i18n.phrases.results import sheet_name
from rcv.i18n.phrases.standings import column, decider_words, score_title
from rcv.results.errors import ResultsError
from rcv.results.facts import compute_results, read_event
from rcv.results.sheets_units import COUNTED
from rcv.results.team_certificates import TIE, write_team_certificates
from rcv.results.verify_workbook import verify_workbook
from rcv.results.workbook import export_workbook
from rcv.storage import chain
from tests.results.readback import LANGUAGES, engine_view, table, vietnamese
from tests.results.test_pdfs import page_texts

EventCopy = Callable[[str], Path]


def export(event: Path, tmp_path: Path, lang: str) -> Path:
    out = tmp_path / f"ket-qua-{lang}.xlsx"
    export_workbook(event, out, Words(lang), tz=UTC)
    return out


def unit_blocks(rows: list[tuple[object, ...]]) -> list[tuple[tuple[object, ...], list]]:
    """(unit row, its member rows) from the sheet's data rows."""
    blocks: list[tuple[tuple[object, ...], list]] = []
    for row in rows:
        if row[0] is not None:
            blocks.append((row, []))
        else:
            blocks[-1][1].append(row)
    return blocks


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_unit_sheet_matches_the_core_unit_by_unit(event_copy: EventCopy, tmp_path, lang):
    event = event_copy("finished")
    words = Words(lang)
    setup, state, ranking, _, _ = engine_view(event)
    expected = standings(state, setup, ranking)
    assert len(expected.units) > 5  # the demo roster has units, in groups
    wb = load_workbook(export(event, tmp_path, lang))
    assert sheet_name("units", words) in wb.sheetnames
    assert sheet_name("groups", words) in wb.sheetnames
    headers, rows = table(wb[sheet_name("units", words)], column("rank", words))
    assert headers[10] == score_title(expected.method, words)
    assert len(set(headers)) == len(headers)  # a member's figure is not the unit's result
    blocks = unit_blocks(rows)
    assert len(blocks) == len(expected.units)
    for (unit_row, members), u in zip(blocks, expected.units, strict=True):
        rank_, name, group, size, standing, *_, score, prize, decided = unit_row
        assert (rank_, name, group, size, standing) == (
            u.order.rank,
            u.unit.name,
            u.unit.group,
            u.unit.size,
            u.standing,
        )
        assert score == u.score  # whole points
        assert prize == u.order.prize
        if u.order.decided_by and u.order.rank > 1:
            assert decider_words(u.order.decided_by, words) in decided
        assert [m[5] for m in members] == [setup.roster.at(m.seat).sbd for m in u.members]
        assert [m[7] for m in members] == [m.place for m in u.members]
        assert [m[9] == COUNTED for m in members] == [m.counted for m in u.members]
        counted = [m[8] for m in members if m[9] == COUNTED]
        assert sum(counted) == u.total


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_group_sheet_lists_each_group_with_its_units(event_copy, tmp_path, lang):
    event = event_copy("finished")
    words = Words(lang)
    setup, state, ranking, _, _ = engine_view(event)
    expected = standings(state, setup, ranking)
    wb = load_workbook(export(event, tmp_path, lang))
    _, rows = table(wb[sheet_name("groups", words)], column("rank", words))
    blocks = unit_blocks(rows)
    assert [b[0][1] for b in blocks] == [g.name for g in expected.groups]
    for (group_row, units), g in zip(blocks, expected.groups, strict=True):
        assert group_row[0] == g.order.rank and group_row[8] == pytest.approx(float(g.score))
        assert [u[5] for u in units] == [expected.unit(k).unit.name for k in g.units]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_verify_checks_the_team_sheets(event_copy, tmp_path, lang):
    event = event_copy("finished")
    words = Words(lang)
    out = export(event, tmp_path, lang)
    assert verify_workbook(read_event(event), out).matches
    wb = load_workbook(out)
    ws = wb[sheet_name("units", words)]
    top = next(r[0].row for r in ws.iter_rows(max_col=1) if r[0].value == column("rank", words))
    ws.cell(top + 1, 2).value = "Đơn vị khác"  # the winning unit's name typed over
    wb.save(out)
    check = verify_workbook(read_event(event), out)
    assert not check.matches
    assert [m.where for m in check.mismatches] == [f"{sheet_name('units', words)}!B{top + 1}"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_rcv_verify_says_which_member_cell_was_typed_over(
    event_copy, tmp_path, capsys, monkeypatch, lang
):
    """A member's points raised in the unit sheet: ``rcv verify EVENT WORKBOOK`` exits 1 and
    names the cell, what the event file says and what the workbook says."""
    event = event_copy("finished")
    words = Words(lang)
    out = export(event, tmp_path, lang)
    wb = load_workbook(out)
    ws = wb[sheet_name("units", words)]
    header = next(r[0].row for r in ws.iter_rows(max_col=1) if r[0].value == column("rank", words))
    member = ws.cell(header + 2, 9)  # the first unit's best member: their points ("I")
    assert isinstance(member.value, int) and ws.cell(header + 2, 1).value is None
    was = member.value
    member.value = was + 10
    wb.save(out)
    monkeypatch.setenv("RCV_LANG", lang)
    assert main(["verify", str(event), str(out)]) == 1
    printed = capsys.readouterr().out
    where = f"{sheet_name('units', words)}!I{header + 2}"
    (line,) = [ln for ln in printed.splitlines() if where in ln]
    assert repr(was) in line and repr(was + 10) in line


def test_one_team_sheet_removed_without_the_other_is_a_difference(event_copy, tmp_path):
    event = event_copy("finished")
    out = export(event, tmp_path, "vi")
    wb = load_workbook(out)
    del wb[sheet_name("groups", Words())]
    wb.save(out)
    check = verify_workbook(read_event(event), out)
    assert [(m.where, m.missing_sheet) for m in check.mismatches] == [
        (sheet_name("groups", Words()), True)
    ]


def test_a_workbook_without_team_sheets_claims_nothing_about_units(event_copy, tmp_path):
    """Exported before rcv wrote team sheets: still verifies, as the stored one of
    test_languages does."""
    event = event_copy("finished")
    out = export(event, tmp_path, "vi")
    wb = load_workbook(out)
    for which in ("units", "groups"):
        del wb[sheet_name(which, Words())]
    wb.save(out)
    assert verify_workbook(read_event(event), out).matches


def test_the_units_method_is_covered_by_the_fingerprint_once_set():
    rules = Rules()
    assert "units" not in chain.rules_plain(rules)  # the default: files before it verify
    chosen = replace(rules, units=StandingRules(method=StandingMethod.SURVIVAL))
    assert chain.rules_plain(chosen)["units"]["method"] == "survival"


def test_tied_units_at_a_prize_boundary_are_flagged_and_get_no_certificate(event_copy, tmp_path):
    """The "tied" event: seats 2 and 3 equal in everything; each is its own unit."""
    event = event_copy("tied")
    results = compute_results(read_event(event))
    one_prize = replace(
        results.setup.rules,
        units=StandingRules(
            method=StandingMethod.BEST_PLACES, best_of=1, prizes=(Prize("Nhất", 1), Prize("Nhì", 1))
        ),
    )
    results = replace(
        results, event=replace(results.event, setup=replace(results.setup, rules=one_prize))
    )
    table_ = standings(results.state, results.setup, results.ranking)
    second = [u for u in table_.units if u.order.rank == 2]
    assert len(second) == 2 and all(u.order.prize_pending == ("Nhì",) for u in second)
    out = tmp_path / "tap-the.pdf"
    report = write_team_certificates(results, out, Words())
    assert report.winners == (table_.units[0].unit.name,)
    names = "; ".join(u.unit.name for u in second)
    assert report.warnings[0] == Words()("Certificate", TIE, names=names, rank=2, prizes="Nhì")
    assert table_.units[0].unit.name in page_texts(out)[0]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_team_certificates_one_page_per_unit_with_a_prize(event_copy, tmp_path, lang):
    event = event_copy("finished")
    results = compute_results(read_event(event))
    table_ = standings(results.state, results.setup, results.ranking)
    out = tmp_path / "tap-the.pdf"
    report = write_team_certificates(results, out, Words(lang))
    winners = [u for u in table_.units if u.order.prize]
    assert report.pages == len(winners) == 3
    for text, u in zip(page_texts(out), winners, strict=True):
        assert u.unit.name in text and f"{u.order.prize}" in text
        assert u.unit.group not in text  # the default template has no {group}


def test_team_certificates_need_a_unit_with_a_prize(event_copy, tmp_path):
    results = compute_results(read_event(event_copy("finished")))
    no_prizes = replace(results.setup.rules, units=StandingRules(prizes=()))
    results = replace(
        results, event=replace(results.event, setup=replace(results.setup, rules=no_prizes))
    )
    with pytest.raises(ResultsError) as caught:
        write_team_certificates(results, tmp_path / "x.pdf", Words())
    assert caught.value.code == "no_team_winners"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_rcv_standings_prints_the_table_in_the_readers_language(
    event_copy, capsys, monkeypatch, lang
):
    monkeypatch.setenv("RCV_LANG", lang)
    event = event_copy("finished")
    setup, state, ranking, _, _ = engine_view(event)
    expected = standings(state, setup, ranking)
    assert main(["standings", str(event)]) == 0
    out = capsys.readouterr().out
    first = expected.units[0]
    assert any(line.split()[:2] == ["1", first.unit.name.split()[0]] for line in out.splitlines())
    assert f"{first.order.prize}: {first.unit.name}" in out
    assert main(["standings", str(event), "--by", "group"]) == 0
    out = capsys.readouterr().out
    assert all(g.name in out for g in expected.groups)
    # by group: the groups' prizes (none by default), not the units' again
    lines = out.splitlines()
    words = Words(lang)
    at = lines.index(team_words.say("group_prizes", words))
    assert lines[at + 1] == team_words.say("no_prizes", words)
    assert team_words.say("prizes", words) not in lines
    if lang == "en":
        content = [u.unit.name for u in expected.units] + [g.name for g in expected.groups]
        content += [p.name for p in setup.rules.units.prizes]
        for line in out.splitlines():
            for typed in content:
                line = line.replace(typed, "")
            assert not vietnamese(line), line


def test_rcv_standings_on_a_roster_without_units(tmp_path, capsys):
    from rcv.core.model import Contestant, EventInfo, Roster
    from rcv.core.state import ShowSetup
    from rcv.demo.builtin import builtin_questions
    from rcv.storage.event_file import EventFile

    path = tmp_path / "e.rcv"
    roster = Roster((Contestant("1", 1, "An"), Contestant("2", 2, "Bình")))
    EventFile.create(path, ShowSetup(roster, builtin_questions(), Rules()), EventInfo()).close()
    assert main(["standings", str(path)]) == 0
    assert capsys.readouterr().out.strip() == team_words.say("no_units", Words())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_method_names_a_members_figure_and_the_units_result_apart(lang):
    words = Words(lang)
    columns = {column(which, words) for which in team_words.COLUMNS}
    for method in StandingMethod:
        titles = {team_words.figure_title(method, words), score_title(method, words)}
        assert len(titles) == 2 and not titles & columns, (lang, method, titles)


def test_every_team_phrase_has_a_finished_english_translation():
    en = Words("en")
    missing = [
        f"[{ctx}] {source!r}"
        for ctx, tables in team_words.TABLES.items()
        for t in tables
        for source in t.values()
        if not en.has(ctx, source) or vietnamese(en(ctx, source))
    ]
    missing += [] if en.has("Certificate", TIE) else [TIE]
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_rcv_standings_during_the_show_says_the_results_are_provisional(
    event_copy, capsys, monkeypatch, lang
):
    from rcv.results.words import banner

    monkeypatch.setenv("RCV_LANG", lang)
    words = Words(lang)
    assert main(["standings", str(event_copy("unfinished"))]) == 0
    assert capsys.readouterr().out.splitlines()[0] == banner(False, words)
    assert main(["standings", str(event_copy("finished"))]) == 0
    assert banner(False, words) not in capsys.readouterr().out
