"""Tie-breaks (câu hỏi phụ) order tied contestants; the golden-bell question crowns the last one."""

from __future__ import annotations

import pytest

from rcv.core.errors import CommandRefused
from rcv.core.events import Stage
from rcv.core.ranking import rank
from rcv.core.rules import Prize, Rules
from rcv.core.suggest import ActionKind, suggest
from tests.core.helpers import Host, make_show


def test_a_tiebreak_is_sudden_death_until_the_places_are_decided() -> None:
    show = make_show(5)
    host = Host(show)
    show.start_tiebreak([1, 2, 3, 4], 1, host.tick(), "đồng hạng")
    assert show.state.stage is Stage.TIEBREAK
    host.ask("P01", {1: "10", 2: "10", 3: "9"})  # 3 wrong, 4 silent: both drop
    tb = show.state.tiebreak
    assert tb is not None and sorted(tb.in_play) == [1, 2]
    host.ask("P02", {1: "5", 2: "7"})  # both wrong: nobody drops
    assert sorted(show.state.tiebreak.in_play) == [1, 2]
    host.ask("P03", {1: "30", 2: "31"})  # 2 wrong: decided
    assert show.state.tiebreak is None
    assert show.state.stage is Stage.MAIN
    assert show.state.tiebreaks[0].decided
    order = [p.seat for p in rank(show.state, show.setup).placings if p.seat in (1, 2, 3, 4)]
    assert order[:2] == [1, 2]
    assert sorted(order[2:]) == [3, 4]


def test_a_tiebreak_needs_two_contestants_and_sensible_places() -> None:
    show = make_show(5)
    host = Host(show)
    with pytest.raises(CommandRefused):
        show.start_tiebreak([1], 1, host.tick())
    with pytest.raises(CommandRefused):
        show.start_tiebreak([1, 2], 2, host.tick())
    show.start_tiebreak([1, 2], 1, host.tick())
    with pytest.raises(CommandRefused) as refused:
        show.start_tiebreak([3, 4], 1, host.tick())
    assert refused.value.code == "tiebreak_active"


def test_ties_at_a_prize_boundary_are_flagged_and_a_tiebreak_is_suggested() -> None:
    rules = Rules(prizes=(Prize("Nhất", 1), Prize("Nhì", 1)))
    show2 = make_show(4, rules)
    host2 = Host(show2)
    host2.ask("M01", {1: "B"})  # 2, 3, 4 fall at Q1 with nothing to tell them apart
    ranking2 = rank(show2.state, show2.setup)
    assert ranking2.straddling_ties == [(2, 3, 4)]
    assert ranking2.placings[1].prize is None
    assert ranking2.placings[1].prize_pending == ("Nhì",)
    assert ranking2.placings[1].decided_by == "standing"
    assert ranking2.placings[2].decided_by is None  # tied: the organisers must decide
    show2.start_final(host2.tick())
    host2.ask("F01", {1: "D"})
    action = suggest(show2.state, show2.setup)
    assert action.kind is ActionKind.START_TIEBREAK
    assert action.seats == (2, 3, 4) and action.places == 1
    show2.start_tiebreak(action.seats, action.places, host2.tick(), action.reason)
    host2.ask("P01", {2: "10", 3: "11"})
    after = rank(show2.state, show2.setup)
    assert after.placings[1].seat == 2 and after.placings[1].decided_by == "standing"
    assert after.placings[1].prize == "Nhì"
    assert after.placings[2].decided_by == "tiebreak"
    assert after.straddling_ties == []


def test_the_last_contestant_standing_faces_the_golden_bell_question() -> None:
    show = make_show(3)
    host = Host(show)
    host.ask("M01", {1: "B"})
    action = suggest(show.state, show.setup)
    assert action.kind is ActionKind.START_FINAL and action.seats == (1,)
    show.start_final(host.tick(), action.seats)
    host.ask("F01", {1: "D"})
    assert show.state.seats[1].bell
    first = rank(show.state, show.setup).placings[0]
    assert first.seat == 1 and first.bell and first.prize == "Giải Nhất"
    # seats 2 and 3 fell together at Q1 and share Nhì/Ba: a tie-break comes before the end
    action = suggest(show.state, show.setup)
    assert action.kind is ActionKind.START_TIEBREAK and action.seats == (2, 3)


def test_a_wrong_golden_bell_answer_keeps_first_place_without_the_bell() -> None:
    show = make_show(3)
    host = Host(show)
    host.ask("M01", {1: "B"})
    show.start_final(host.tick())
    host.ask("F01", {1: "A"})
    first = rank(show.state, show.setup).placings[0]
    assert first.seat == 1 and not first.bell and first.rank == 1
    assert show.state.seats[1].standing


def test_the_golden_bell_question_is_only_for_those_standing() -> None:
    show = make_show(3)
    host = Host(show)
    host.ask("M01", {1: "B"})
    with pytest.raises(CommandRefused) as refused:
        show.start_final(host.tick(), [2])
    assert refused.value.code == "final_seats"
