"""Properties of the units' standings for any roster and any show, found by hypothesis: every
contestant counted in exactly one unit (or named as without one); each unit's result is what its
method says, recomputed here from what was seen on the floor after each question; the order
follows the result, decider by decider; equals share a rank and say so; a prize is never given
across a tie, and a tie that straddles a prize boundary names the prizes at stake; groups are the
mean of their units. Each method is checked on its own examples."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rcv.core.model import Contestant, Roster
from rcv.core.ranking import rank
from rcv.core.rules import Prize, RescueMethod, RescueRules, Rules, StandingMethod, StandingRules
from rcv.core.show import Show
from rcv.core.standings import DECIDERS, Standings, UnitStanding, points_for, standings
from rcv.core.state import ShowSetup
from rcv.core.unitnames import name_key
from tests.core.helpers import Host, questions

# spellings of the same few units, and a blank: the roster's mistakes included
NAMES = ("Huyện Cư M'gar", "huyện  cư m'gar", "Xã Hoà Thắng", "Xã Hòa Thắng", "Sở Y tế", "Đông", "")
GROUPS = ("Cụm 1", "cụm 1", "Khối 2", "")

rosters = st.lists(
    st.tuples(st.sampled_from(NAMES), st.sampled_from(GROUPS)), min_size=1, max_size=14
).map(
    lambda rows: Roster(
        tuple(
            Contestant(f"{i:03d}", i, f"Thí sinh {i}", unit, group)
            for i, (unit, group) in enumerate(rows, start=1)
        )
    )
)
unit_rules = st.builds(
    StandingRules,
    best_of=st.integers(1, 4),
    points=st.sampled_from([(), (10, 8, 6, 5, 4), (3, 3, 1)]),
    prizes=st.sampled_from(
        [(), (Prize("Nhất", 1), Prize("Nhì", 1), Prize("Ba", 1)), (Prize("KK", 2),)]
    ),
    group_prizes=st.sampled_from([(), (Prize("Nhất", 1),)]),
)
plays = st.lists(st.lists(st.booleans(), min_size=14, max_size=14), min_size=0, max_size=6)


Seen = list[tuple[set[int], set[int]]]  # standing before and after each main question


def play(
    roster: Roster, units: StandingRules, rounds: list[list[bool]], rescue_at: int
) -> tuple[Show, Seen]:
    """Play the rounds (True: right), a rescue of everybody after ``rescue_at`` questions;
    return the show and who stood after each main question, as seen on the floor."""
    rules = Rules(units=units, rescue=RescueRules(after_question=1, max_times=1))
    show = Show(ShowSetup(roster, questions(main=10), rules))
    host = Host(show)
    seen: Seen = []
    for i, right in enumerate(rounds, start=1):
        if not show.state.standing:
            break
        before = set(show.state.standing)
        answers = {s: "B" if right[s - 1] else "A" for s in before}
        host.ask(f"M{i:02d}", answers)
        seen.append((before, set(show.state.standing)))
        if i == rescue_at and show.state.eliminated:
            show.rescue(RescueMethod.ALL, host.tick())
    return show, seen


def expected_score(show: Show, table: Standings, seats: tuple[int, ...], seen: Seen) -> Fraction:
    units = table.rules
    n = len(show.state.seats)
    place = {p.seat: p.rank for p in rank(show.state, show.setup).placings}
    best = sorted(place[s] for s in seats)[: units.best_of]
    method = table.method
    if method is StandingMethod.POINTS:
        return Fraction(sum(points_for(p, units, n) for p in best))
    if method is StandingMethod.BEST_PLACES:
        return Fraction(sum(best) + (n + 1) * (units.best_of - len(best)))
    if method is StandingMethod.SURVIVAL:
        area = sum(len(after & set(seats)) for _, after in seen)
        return Fraction(area, len(seats) * len(seen)) if seen else Fraction(1)
    reached = []
    for s in seats:
        if show.state.seats[s].standing:
            reached.append(len(seen))
        else:  # the last question they took part in and left the floor at
            fell = [q for q, (b, a) in enumerate(seen, start=1) if s in b and s not in a]
            reached.append(max(fell, default=0))
    return Fraction(sum(reached), len(seats))


@pytest.mark.parametrize("method", list(StandingMethod))
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rosters, unit_rules, plays, st.integers(0, 4))
def test_units_standings_hold_for_any_roster_and_show(
    method: StandingMethod,
    roster: Roster,
    units: StandingRules,
    rounds: list[list[bool]],
    rescue_at: int,
) -> None:
    units = replace(units, method=method)
    show, seen = play(roster, units, rounds, rescue_at)
    table = standings(show.state, show.setup)

    # every contestant in exactly one unit, the one their unit's name says; or in none
    counted = [m.seat for u in table.units for m in u.members]
    assert len(counted) == len(set(counted))
    assert sorted([*counted, *table.unassigned]) == sorted(show.state.seats)
    for u in table.units:
        assert {name_key(roster.at(m.seat).unit) for m in u.members} == {u.key}
    assert all(not name_key(roster.at(s).unit) for s in table.unassigned)

    # the result is what the method says
    for u in table.units:
        assert u.score == expected_score(show, table, u.unit.seats, seen), u.unit.name

    # the order follows the deciders; equals share a rank and name each other
    sign = 1 if table.lower_is_better else -1

    def key(u: UnitStanding) -> tuple[Fraction, tuple[int, ...]]:
        return (sign * u.score, u.places)

    rows = table.units
    for above, below in pairwise(rows):
        assert key(above) <= key(below)
        if key(above) == key(below):
            assert below.order.rank == above.order.rank and below.order.decided_by is None
            assert below.key in above.order.tied_with
        else:
            assert below.order.rank == rows.index(below) + 1
            first = DECIDERS[table.method][0] if above.score != below.score else "places"
            assert below.order.decided_by == first
    for u in rows:
        assert set(u.order.tied_with) == {v.key for v in rows if key(v) == key(u)} - {u.key}

    # prizes: never across a tie; at most as many as there are
    slots = sum(p.count for p in units.prizes)
    assert sum(1 for u in rows if u.order.prize) <= slots
    for u in rows:
        assert not (u.order.prize and u.order.prize_pending)
        if u.order.prize:
            assert all(
                rows[rows.index(u)].order.prize == table.unit(k).order.prize
                for k in u.order.tied_with
            )

    # ties flagged: a tie is given one prize when the places it covers carry only that prize,
    # and none — with the prizes at stake named — when they carry several or run out inside it
    slots_list = [p.name for p in units.prizes for _ in range(p.count)]
    start = 0
    for tie in _runs(rows):
        at_stake = slots_list[start : start + len(tie)]
        start += len(tie)
        named = tuple(dict.fromkeys(at_stake))
        if len(named) == 1 and len(at_stake) == len(tie):
            assert all(u.order.prize == named[0] and not u.order.prize_pending for u in tie)
        else:
            assert all(u.order.prize is None and u.order.prize_pending == named for u in tie)

    # groups: each grouped unit in one group, the mean of its units, ordered
    in_groups = [k for g in table.groups for k in g.units]
    assert sorted([*in_groups, *table.ungrouped]) == sorted(u.key for u in rows)
    for g in table.groups:
        assert g.score == sum(table.unit(k).score for k in g.units) / len(g.units)
    for above, below in pairwise(table.groups):
        assert (sign * above.score, above.best_unit) <= (sign * below.score, below.best_unit)


def _runs(rows: tuple[UnitStanding, ...]) -> list[list[UnitStanding]]:
    """The rows sharing each rank, in order."""
    runs: list[list[UnitStanding]] = []
    for u in rows:
        if runs and runs[-1][0].order.rank == u.order.rank:
            runs[-1].append(u)
        else:
            runs.append([u])
    return runs
