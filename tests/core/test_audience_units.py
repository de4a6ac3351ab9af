"""The units as the hall sees them: the units scene between questions (how many of each unit
stand, who left at the last question) and the units' part of the prize ceremony."""

from __future__ import annotations

from rcv.core.audience import AwardKind, Scene, audience_view, ceremony, rank_rows, unit_awards
from rcv.core.ranking import rank
from rcv.core.rules import Prize, StandingMethod, StandingRules
from rcv.core.standings import standings
from tests.core.helpers import make_show
from tests.core.test_standings import ROUNDS, play


def test_the_units_scene_counts_who_stands_and_who_left_just_now() -> None:
    show = play(StandingRules(), ROUNDS[:1])  # Q1: 3 4 5 6 7 wrong
    view = audience_view(show.state, show.setup, override=Scene.UNITS)
    assert view.scene is Scene.UNITS
    bars = {u.name: u for u in view.units}
    assert set(bars) == {"Huyện Krông Ana", "Trường THPT Chu Văn An", "Sở Y tế"}
    chu = bars["Trường THPT Chu Văn An"]
    assert (chu.size, chu.standing, chu.fell_now) == (4, 0, 4)
    assert (bars["Huyện Krông Ana"].standing, bars["Huyện Krông Ana"].fell_now) == (2, 0)
    assert view.units[0].name == "Huyện Krông Ana"  # most standing first
    assert sum(u.size for u in view.units) == 7  # seat 8 has no unit: in no bar
    plain = audience_view(show.state, show.setup)
    assert plain.units == ()  # the counts go out only with the scene


def test_a_roster_without_units_keeps_the_shows_own_scene() -> None:
    show = make_show(4)
    view = audience_view(show.state, show.setup, override=Scene.UNITS)
    assert view.scene is Scene.WELCOME and view.units == ()


def test_the_units_come_after_the_contestants_ranking_then_prizes_lowest_first() -> None:
    prizes = (Prize("Nhất tập thể", 1), Prize("Nhì tập thể", 1))
    show = play(StandingRules(method=StandingMethod.POINTS, prizes=prizes), ROUNDS)
    show.finish(show.state.questions[-1].revealed_at_ms or 0)
    ranking = rank(show.state, show.setup)
    table = standings(show.state, show.setup, ranking)
    units = unit_awards(table)
    assert [a.kind for a in units] == [AwardKind.UNIT_RANKING, AwardKind.UNIT, AwardKind.UNIT]
    assert units[0].prize == "" and len(units[0].winners) == len(table.units)
    assert [a.prize for a in units[1:]] == ["Nhì tập thể", "Nhất tập thể"]
    first = table.units[0]
    assert units[-1].winners[0].name == first.unit.name and units[-1].winners[0].seat == 0
    everything = ceremony(rank_rows(ranking, show.setup), show.setup.rules.prizes, units)
    kinds = [a.kind for a in everything]
    assert kinds.index(AwardKind.UNIT_RANKING) == kinds.count(AwardKind.CONTESTANT) > 0


def test_no_unit_prizes_no_unit_steps() -> None:
    show = play(StandingRules(prizes=()), ROUNDS)
    assert unit_awards(standings(show.state, show.setup)) == ()
