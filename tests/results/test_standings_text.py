"""The units' standings as the terminal prints them (the headless demo's last lines, ``rcv
standings``), for each method and in both languages: the method, how sizes and ties are treated,
one row per unit in the core's order with its result as the method writes it, and the groups'
ranking when groups have prizes."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from rcv.core.rules import Prize, StandingMethod, StandingRules
from rcv.core.standings import standings
from rcv.i18n import Words
from rcv.i18n.phrases import standings as team_words
from rcv.results.facts import compute_results, read_event
from rcv.results.standings_text import team_lines
from tests.results.readback import LANGUAGES, vietnamese

ROW = re.compile(r"^\s*(\d+)(=?)\s{2}")
DECIMAL = {"vi": re.compile(r"^\d+,\d\d$"), "en": re.compile(r"^\d+\.\d\d$")}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("method", list(StandingMethod))
def test_team_lines_for_each_method(event_copy, lang: str, method: StandingMethod) -> None:
    results = compute_results(read_event(event_copy("finished")))
    units = StandingRules(method=method, group_prizes=(Prize("Cụm dẫn đầu", 1),))
    setup = replace(results.setup, rules=replace(results.setup.rules, units=units))
    table = standings(results.state, setup, results.ranking)
    words = Words(lang)
    lines = team_lines(results.state, setup, results.ranking, words)

    assert lines[1] == team_words.say(
        "title_units", words, method=team_words.method_words(units, words)
    )
    assert lines[2].startswith(team_words.say("sizes", words, how="").rstrip(" ."))
    assert lines[3] == team_words.say("order", words, how=team_words.order_words(words))
    groups_at = lines.index(team_words.say("title_groups", words))
    rows = [ln for ln in lines[:groups_at] if ROW.match(ln)]
    assert len(rows) == len(table.units)
    for line, u in zip(rows, table.units, strict=True):
        rank_, tied = ROW.match(line).groups()  # type: ignore[union-attr]
        assert int(rank_) == u.order.rank and bool(tied) == bool(u.order.tied_with)
        assert u.unit.name[:20] in line
        assert team_words.score_text(method, u.score, words) in re.split(r"\s{2,}", line)
    if method is StandingMethod.REACHED:  # a mean: two decimals on every row
        scores = [team_words.score_text(method, u.score, words) for u in table.units]
        assert all(DECIMAL[lang].match(s) for s in scores), scores

    # the groups, then the team prizes of units and of groups
    group_rows = [ln for ln in lines[groups_at:] if ROW.match(ln)]
    assert [g.name for g in table.groups] == [
        next(g.name for g in table.groups if g.name in ln) for ln in group_rows
    ]
    (winner,) = [g.name for g in table.groups if g.order.prize]
    assert f"Cụm dẫn đầu: {winner}" in lines
    assert team_words.say("group_prizes", words) in lines

    if lang == "en":
        typed = [u.unit.name for u in table.units] + [g.name for g in table.groups]
        typed += [p.name for p in (*units.prizes, *units.group_prizes)]
        for line in lines:
            for text in sorted(typed, key=len, reverse=True):
                line = line.replace(text, "")
            assert not vietnamese(line), line


def test_no_units_no_lines(event_copy) -> None:
    results = compute_results(read_event(event_copy("finished")))
    bare = replace(
        results.setup.roster,
        contestants=tuple(replace(c, unit="", group="") for c in results.setup.roster.contestants),
    )
    setup = replace(results.setup, roster=bare)
    assert team_lines(results.state, setup, results.ranking, Words()) == []
