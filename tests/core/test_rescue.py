"""Rescue (cứu trợ): when the rules allow it, how often, and each way of bringing people back."""

from __future__ import annotations

import pytest

from rcv.core.commands import Press
from rcv.core.errors import CommandRefused
from rcv.core.events import PressRejected, RejectReason, Stage
from rcv.core.rules import RescueMethod, RescueRules, Rules
from tests.core.helpers import Host, make_show


def played(n: int, rules: Rules, rounds: list[dict[int, str]]):
    show = make_show(n, rules)
    host = Host(show)
    for i, answers in enumerate(rounds, start=1):
        host.ask(f"M{i:02d}", answers)
    return show, host


def test_rescue_is_refused_before_the_question_the_rules_name() -> None:
    rules = Rules(rescue=RescueRules(after_question=2, when_fewer_than=None))
    show, host = played(4, rules, [{1: "B", 2: "B"}])
    with pytest.raises(CommandRefused) as refused:
        show.rescue(RescueMethod.ALL, host.tick())
    assert refused.value.code == "rescue_not_allowed"
    assert refused.value.code == "rescue_not_allowed" and refused.value.params["after"] == 2
    host.ask("M02", {1: "B", 2: "B"})
    show.rescue(RescueMethod.ALL, host.tick())
    assert sorted(show.state.standing) == [1, 2, 3, 4]


def test_rescue_is_allowed_when_fewer_than_k_remain() -> None:
    rules = Rules(rescue=RescueRules(after_question=None, when_fewer_than=3))
    show, host = played(5, rules, [{1: "B", 2: "B", 3: "B"}])
    with pytest.raises(CommandRefused):
        show.rescue(RescueMethod.ALL, host.tick())  # 3 remain: not fewer than 3
    host.ask("M02", {1: "B", 2: "B", 3: "A"})
    show.rescue(RescueMethod.ALL, host.tick())
    assert len(show.state.standing) == 5


def test_rescue_is_limited_to_the_number_of_times_in_the_rules() -> None:
    rules = Rules(rescue=RescueRules(after_question=1, max_times=1))
    show, host = played(4, rules, [{1: "B"}])
    show.rescue(RescueMethod.ALL, host.tick())
    host.ask("M02", {1: "B"})
    with pytest.raises(CommandRefused) as refused:
        show.rescue(RescueMethod.ALL, host.tick())
    assert refused.value.code == "rescue_used_up"


def test_rescue_of_seats_chosen_by_the_organisers() -> None:
    rules = Rules(rescue=RescueRules(after_question=1))
    show, host = played(5, rules, [{1: "B"}])
    with pytest.raises(CommandRefused):
        show.rescue(RescueMethod.SEATS, host.tick(), seats=[1, 3])  # 1 is standing
    show.rescue(RescueMethod.SEATS, host.tick(), seats=[3, 5])
    assert sorted(show.state.standing) == [1, 3, 5]
    assert show.state.seats[3].rescued == 1
    assert show.state.seats[3].fell_at is None


def test_rescue_of_the_k_best_by_record_brings_back_ties_at_the_boundary() -> None:
    rules = Rules(rescue=RescueRules(after_question=2, method=RescueMethod.BEST))
    # Q1: 5 and 6 fall. Q2: 2, 3 and 4 fall, each with one right answer; on Q1 seat 2 pressed
    # at +1010 ms, seat 3 at +1020 ms, seat 4 at +1030 ms.
    show, host = played(6, rules, [{1: "B", 2: "B", 3: "B", 4: "B"}, {1: "B", 2: "A", 3: "A"}])
    show.rescue(RescueMethod.BEST, host.tick(), count=1)
    assert sorted(set(show.state.standing) - {1}) == [2]  # fell latest, answered fastest


def test_best_k_includes_everyone_tied_with_the_kth() -> None:
    rules = Rules(rescue=RescueRules(after_question=1, method=RescueMethod.BEST))
    show, host = played(4, rules, [{1: "B"}])  # 2, 3, 4 fall at Q1 with the same record
    show.rescue(RescueMethod.BEST, host.tick(), count=1)
    assert sorted(show.state.standing) == [1, 2, 3, 4]


def test_rescue_question_only_eliminated_answer_and_right_ones_return() -> None:
    rules = Rules(rescue=RescueRules(after_question=1))
    show, host = played(5, rules, [{1: "B", 2: "B"}])
    show.rescue(RescueMethod.QUESTION, host.tick())
    assert show.state.stage is Stage.RESCUE
    show.show_question("R01", host.tick())
    assert show.state.questions[-1].participants == (3, 4, 5)
    show.start_timer(host.tick())
    start = host.now
    change = show.presses(
        [Press(1, "C", start + 500), Press(3, "C", start + 600), Press(4, "A", start + 700)],
        host.tick(),
    )
    assert isinstance(change.events[0], PressRejected)
    assert change.events[0].reason == RejectReason.NOT_IN_PLAY  # standing seat 1 may not play
    host.now = show.state.questions[-1].deadline_ms
    show.time_up(host.now)
    show.reveal(host.tick())
    show.apply_eliminations(host.tick())
    assert sorted(show.state.standing) == [1, 2, 3]
    assert show.state.stage is Stage.MAIN
    assert show.state.rescues_used == 1


def test_rescue_needs_somebody_eliminated() -> None:
    rules = Rules(rescue=RescueRules(after_question=1))
    show, host = played(3, rules, [{1: "B", 2: "B", 3: "B"}])
    with pytest.raises(CommandRefused) as refused:
        show.rescue(RescueMethod.ALL, host.tick())
    assert refused.value.code == "nobody_eliminated"
