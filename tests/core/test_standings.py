"""Units' and groups' standings: each method on a small show played by hand, how it treats units
of different sizes, and ties explained and flagged like individual ones, never broken."""

from __future__ import annotations

from fractions import Fraction

import pytest

from rcv.core.model import Contestant, Roster
from rcv.core.rules import Prize, Rules, StandingMethod, StandingRules
from rcv.core.show import Show
from rcv.core.standings import open_ties, points_for, standings, straddling_ties
from rcv.core.state import ShowSetup
from rcv.core.units import unit_counts, units_of
from tests.core.helpers import Host, questions

# seat: (unit, group)
UNITS = {
    1: ("Huyện Krông Ana", "Cụm 1"),
    2: ("Huyện Krông Ana", "Cụm 1"),
    3: ("Trường THPT Chu Văn An", "Cụm 1"),
    4: ("Trường THPT Chu Văn An", "Cụm 1"),
    5: ("Trường THPT Chu Văn An", "Cụm 1"),
    6: ("Trường THPT Chu Văn An", "Cụm 1"),
    7: ("Sở Y tế", "Khối 2"),
    8: ("", ""),
}


def unit_roster(units: dict[int, tuple[str, str]] = UNITS) -> Roster:
    return Roster(
        tuple(
            Contestant(f"{seat:03d}", seat, f"Thí sinh {seat}", unit, group)
            for seat, (unit, group) in units.items()
        )
    )


def play(units: StandingRules, rounds: list[set[int]], roster: Roster | None = None) -> Show:
    """Each round: the seats that answer right (the others still standing answer wrong)."""
    show = Show(ShowSetup(roster or unit_roster(), questions(main=10), Rules(units=units)))
    host = Host(show)
    for i, right in enumerate(rounds, start=1):
        answers = {s: "B" if s in right else "A" for s in show.state.standing}
        host.ask(f"M{i:02d}", answers)
    return show


# Q1: 3 4 5 6 7 wrong (8 and 1, 2 right). Q2: 2 wrong. Final order: 1, 8, 2, then 3–7 tied.
ROUNDS = [{1, 2, 8}, {1, 8}]


def table(method: StandingMethod, **kw: object):  # type: ignore[no-untyped-def]
    show = play(StandingRules(method=method, **kw), ROUNDS)  # type: ignore[arg-type]
    return standings(show.state, show.setup)


def test_every_contestant_with_a_unit_is_in_exactly_one_and_the_others_are_named() -> None:
    st = table(StandingMethod.POINTS)
    seats = [m.seat for u in st.units for m in u.members]
    assert sorted(seats) == [1, 2, 3, 4, 5, 6, 7]
    assert st.unassigned == (8,)


def test_points_sum_the_best_k_members_and_a_small_unit_scores_what_it_has() -> None:
    st = table(StandingMethod.POINTS, best_of=2)
    krong, chu, yte = st.units
    # places: 1 → 1, 2 → 3 (8 is second, without a unit), 3–7 → 4 (tied); n = 8
    assert krong.total == points_for(1, st.rules, 8) + points_for(3, st.rules, 8) == 8 + 6
    assert chu.total == 5 + 5 and [m.counted for m in chu.members] == [True, True, False, False]
    assert yte.total == 5  # one member: the second counts nothing
    assert [u.unit.name for u in st.units] == [
        "Huyện Krông Ana",
        "Trường THPT Chu Văn An",
        "Sở Y tế",
    ]
    assert st.units[1].order.decided_by == "points" and st.units[2].order.decided_by == "points"


def _keys(st):  # type: ignore[no-untyped-def]
    return [u.key for u in st.units]


def test_a_points_table_gives_nothing_beyond_it() -> None:
    st = table(StandingMethod.POINTS, best_of=3, points=(10, 8, 6))
    totals = {u.unit.name: u.total for u in st.units}
    assert totals == {"Huyện Krông Ana": 10 + 6, "Trường THPT Chu Văn An": 0, "Sở Y tế": 0}
    # Chu Văn An (places 4, 4, 4) and Sở Y tế (4, then two missing): "places" decides
    chu, yte = st.units[1], st.units[2]
    assert chu.unit.name == "Trường THPT Chu Văn An" and chu.order.decided_by == "points"
    assert yte.order.decided_by == "places" and yte.places == (4, 9, 9)


def test_best_places_count_a_missing_member_below_everybody() -> None:
    st = table(StandingMethod.BEST_PLACES, best_of=3)
    by = {u.unit.name: u for u in st.units}
    assert by["Huyện Krông Ana"].total == 1 + 3 + 9
    assert by["Trường THPT Chu Văn An"].total == 4 + 4 + 4
    assert by["Sở Y tế"].total == 4 + 9 + 9
    assert st.units[0].unit.name == "Trường THPT Chu Văn An"  # 12 < 13
    assert st.lower_is_better


def test_survival_is_the_area_under_the_curve_per_member_and_question() -> None:
    st = table(StandingMethod.SURVIVAL)
    by = {u.unit.name: u for u in st.units}
    assert st.questions == 2
    assert by["Huyện Krông Ana"].score == Fraction(2 + 1, 2 * 2)  # 2 after Q1, 1 after Q2
    assert by["Trường THPT Chu Văn An"].score == 0
    assert by["Sở Y tế"].score == 0
    # a tie on the share: the places decide (4, 4, 4, 4 against 4 then missing ones)
    assert by["Sở Y tế"].order.decided_by == "places"


def test_reached_is_the_mean_question_where_members_fell_or_the_last_one() -> None:
    st = table(StandingMethod.REACHED)
    by = {u.unit.name: u for u in st.units}
    assert by["Huyện Krông Ana"].score == Fraction(2 + 2, 2)  # 1 standing at Q2, 2 fell at Q2
    assert by["Trường THPT Chu Văn An"].score == 1
    assert by["Sở Y tế"].score == 1


def test_normalised_methods_set_size_aside() -> None:
    """Two units whose members all do the same: the larger one is not ahead for its size."""
    units = {s: ("Đơn vị lớn" if s <= 4 else "Đơn vị nhỏ", "") for s in range(1, 7)}
    for method in (StandingMethod.SURVIVAL, StandingMethod.REACHED):
        show = play(StandingRules(method=method), [{1, 2, 3, 4, 5, 6}, set()], unit_roster(units))
        st = standings(show.state, show.setup)
        big, small = (st.unit(k) for k in sorted(_keys(st)))
        assert big.score == small.score
        # …and equal individually too (everybody fell together): the places decide, since the
        # small unit's missing members count below everybody
        assert st.units[0].unit.name == "Đơn vị lớn" and st.units[1].order.decided_by == "places"


def test_equal_units_share_a_rank_and_the_tie_is_flagged_at_a_prize_boundary() -> None:
    units = {1: ("A", ""), 2: ("B", ""), 3: ("C", ""), 4: ("C", "")}
    rules = StandingRules(
        method=StandingMethod.BEST_PLACES, best_of=1, prizes=(Prize("Nhất", 1), Prize("Nhì", 1))
    )
    show = play(rules, [{3}, set()], unit_roster(units))  # 3 wins; 1, 2, 4 fall together
    st = standings(show.state, show.setup)
    assert [u.unit.name for u in st.units] == ["C", "A", "B"]
    a, b = st.units[1], st.units[2]
    assert a.order.rank == b.order.rank == 2
    assert a.order.tied_with == (b.key,) and b.order.tied_with == (a.key,)
    assert a.order.prize is None and a.order.prize_pending == ("Nhì",)
    assert open_ties(st.units) == [(a.key, b.key)] == straddling_ties(st.units)
    assert st.units[0].order.prize == "Nhất"


def test_a_tie_inside_one_prize_level_decides_nothing() -> None:
    units = {1: ("A", ""), 2: ("B", ""), 3: ("C", "")}
    rules = StandingRules(method=StandingMethod.BEST_PLACES, best_of=1, prizes=(Prize("KK", 3),))
    show = play(rules, [set(), set()], unit_roster(units))  # nobody out: all wrong is kept
    st = standings(show.state, show.setup)
    assert {u.order.rank for u in st.units} == {1}
    assert all(u.order.prize == "KK" for u in st.units)
    assert straddling_ties(st.units) == [] and len(open_ties(st.units)) == 1


def test_groups_rank_by_the_mean_of_their_units_then_their_best_unit() -> None:
    st = table(StandingMethod.POINTS, best_of=2)
    assert [g.name for g in st.groups] == ["Cụm 1", "Khối 2"]
    cum = st.groups[0]
    assert cum.score == Fraction(14 + 10, 2) and cum.best_unit == 1
    assert st.groups[1].order.decided_by == "unit_mean"


def test_spellings_of_one_unit_are_one_unit_and_the_most_common_is_shown() -> None:
    units = {
        1: ("Xã Hoà Thắng", "Cụm 1"),
        2: ("xã  Hòa Thắng", "Cụm 1"),
        3: ("Xã Hòa Thắng", "cụm 1"),
        4: ("Xã Hòa Thắng", "Cụm 2"),
        5: ("Xã Đông Hòa", ""),
        6: ("Xã Dông Hòa", ""),
        7: ("Xã Ea Tu", "Cụm 2"),
        8: ("Xã Ea Tu", "Cụm 2"),
    }
    found = units_of(unit_roster(units))
    assert len(found) == 4  # Đ and D are different letters
    hoa = next(u for u in found if u.seats == (1, 2, 3, 4))
    assert hoa.name == "Xã Hòa Thắng" and set(hoa.spellings) == {
        "Xã Hòa Thắng",
        "Xã Hoà Thắng",
        "xã Hòa Thắng",
    }
    assert hoa.group == "Cụm 1" and hoa.groups == ("Cụm 1", "Cụm 2")


def test_live_counts_put_the_units_with_most_on_the_floor_first() -> None:
    show = play(StandingRules(), [{1, 2, 3, 8}])
    counts = unit_counts(show.state, show.setup.roster)
    assert [(c.name, c.standing, c.size) for c in counts] == [
        ("Huyện Krông Ana", 2, 2),
        ("Trường THPT Chu Văn An", 1, 4),
        ("Sở Y tế", 0, 1),
    ]


@pytest.mark.parametrize("bad", [{"best_of": 0}, {"points": (3, -1)}])
def test_rules_that_cannot_work_are_refused(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        StandingRules(**bad)  # type: ignore[arg-type]
