"""Who leaves the floor after a question, under each rule; manual corrections by the operator."""

from __future__ import annotations

import pytest

from rcv.core.errors import CommandRefused
from rcv.core.events import Stage
from rcv.core.rules import AllWrongPolicy, Rules
from tests.core.helpers import Host, make_show


def test_wrong_and_missing_answers_are_eliminated_at_that_question() -> None:
    show = make_show(6)
    host = Host(show)
    host.ask("M01", {1: "B", 2: "B", 3: "A", 4: "C", 5: "B"})  # seat 6 does not answer
    assert sorted(show.state.standing) == [1, 2, 5]
    assert all(show.state.seats[s].fell_at == 1 for s in (3, 4, 6))
    host.ask("M02", {1: "B", 2: "D", 5: "B"})
    assert show.state.seats[2].fell_at == 2


def test_a_missing_answer_can_be_forgiven_by_the_rules() -> None:
    show = make_show(4, Rules(missing_answer_is_wrong=False))
    Host(show).ask("M01", {1: "B", 2: "A"})
    assert sorted(show.state.standing) == [1, 3, 4]


def test_when_everyone_is_wrong_nobody_is_eliminated_by_default() -> None:
    show = make_show(4)
    Host(show).ask("M01", {1: "A", 2: "C", 3: "D", 4: "A"})
    assert sorted(show.state.standing) == [1, 2, 3, 4]
    assert show.state.questions[-1].outcome.all_wrong


def test_everyone_wrong_can_eliminate_everyone() -> None:
    show = make_show(4, Rules(all_wrong=AllWrongPolicy.ELIMINATE))
    Host(show).ask("M01", {1: "A", 2: "C"})
    assert show.state.standing == []


def test_everyone_wrong_can_send_them_to_a_tiebreak() -> None:
    show = make_show(4, Rules(all_wrong=AllWrongPolicy.TIEBREAK))
    host = Host(show)
    host.ask("M01", {1: "B", 2: "B", 3: "B"})  # seat 4 out
    host.ask("M02", {1: "A", 2: "C", 3: "A"})  # all three wrong
    assert show.state.stage is Stage.TIEBREAK
    assert show.state.tiebreak is not None
    assert sorted(show.state.tiebreak.in_play) == [1, 2, 3]


def test_a_correction_after_the_reveal_changes_who_is_eliminated() -> None:
    show = make_show(3)
    host = Host(show)
    host.ask("M01", {1: "B", 2: "A", 3: "B"}, apply=False)
    show.set_answer(2, "B", host.tick(), "thí sinh giơ bảng đúng, bàn phím bấm nhầm")
    show.apply_eliminations(host.tick())
    assert sorted(show.state.standing) == [1, 2, 3]


def test_manual_eliminate_and_revive_with_a_reason() -> None:
    show = make_show(3)
    host = Host(show)
    show.eliminate(2, "vi phạm quy chế", host.tick())
    assert show.state.seats[2].standing is False
    assert show.state.seats[2].eliminated_reason == "vi phạm quy chế"
    with pytest.raises(CommandRefused):
        show.eliminate(2, "lần nữa", host.tick())
    show.revive(2, "ban giám khảo xem lại", host.tick())
    assert show.state.seats[2].standing is True
    with pytest.raises(CommandRefused):
        show.revive(2, "lần nữa", host.tick())
    with pytest.raises(CommandRefused) as unknown:
        show.eliminate(42, "?", host.tick())
    assert unknown.value.code == "unknown_seat"


def test_contestants_are_conserved() -> None:
    show = make_show(8)
    host = Host(show)
    host.ask("M01", {1: "B", 2: "B", 3: "B", 4: "A"})
    host.ask("M02", {1: "B", 2: "C"})
    state = show.state
    assert set(state.standing) | set(state.eliminated) == set(range(1, 9))
    assert not set(state.standing) & set(state.eliminated)


def test_correct_answers_and_response_time_are_counted() -> None:
    show = make_show(2)
    host = Host(show)
    host.ask("M01", {1: "B", 2: "B"})
    host.ask("M02", {1: "B", 2: "A"})
    one = show.state.seats[1]
    assert one.correct == 2
    assert one.correct_time_ms == 2 * 1000  # Host presses seat 1 at +1000 ms
    assert show.state.seats[2].correct == 1
    assert show.state.seats[2].correct_time_ms == 1010
