"""Buzz-in: the first press by the hubs' time wins the right to answer, the others are locked
out; a buzzer without keys is refused with its own reason when every seat answers with a key."""

from __future__ import annotations

import pytest

from rcv.core.commands import Press
from rcv.core.errors import CommandRefused
from rcv.core.events import BuzzOpened, BuzzReceived, PressRejected, RejectReason, TimerStarted
from rcv.core.fold import replay
from rcv.core.rules import BuzzRules, Rules
from rcv.core.state import Phase
from tests.core.helpers import T0, make_show

BUZZ_MAIN = Rules(buzz=BuzzRules(stages=("main", "tiebreak", "final"), window_ms=150))


def _running(rules: Rules = BUZZ_MAIN, seats: int = 6):
    show = make_show(seats, rules)
    show.show_question("M01", T0)
    show.start_timer(T0 + 1000)
    return show


def _refusals(change) -> dict[int, str]:
    return {e.seat: e.reason for e in change.events if isinstance(e, PressRejected)}


def test_the_rules_open_a_buzz_question_with_its_timer() -> None:
    show = make_show(6, BUZZ_MAIN)
    show.show_question("M01", T0)
    change = show.start_timer(T0 + 1000)
    assert [type(e) for e in change.events] == [TimerStarted, BuzzOpened]
    assert change.events[1] == BuzzOpened(1, 150)
    plain = make_show(6)
    plain.show_question("M01", T0)
    assert [type(e) for e in plain.start_timer(T0 + 1000).events] == [TimerStarted]
    # one question played buzz-in whatever the rules say, and one played with keys
    other = make_show(6)
    other.show_question("M01", T0)
    assert other.start_timer(T0 + 1000, buzz=True).events[1] == BuzzOpened(1, 200)
    again = make_show(6, BUZZ_MAIN)
    again.show_question("M01", T0)
    assert len(again.start_timer(T0 + 1000, buzz=False).events) == 1


def test_the_first_press_by_time_wins_wherever_it_arrives_from() -> None:
    show = _running()
    record = show.state.questions[-1]
    # seat 4's press reaches the laptop first; seat 2 pressed 40 ms earlier on a slower line
    show.presses([Press(4, "", T0 + 3040, "H2")], T0 + 3100)
    assert record.buzz_winners() == (4,)
    change = show.presses(
        [
            Press(2, "", T0 + 3000, "H1"),  # earlier: the new winner
            Press(4, "A", T0 + 3200, "H2"),  # a second press of the same seat
            Press(5, "", T0 + 3140, "H1"),  # inside the window after the winner: a near-tie
            Press(6, "", T0 + 3151, "H1"),  # after it: locked out
        ],
        T0 + 3300,
    )
    assert record.buzz_winners() == (2,)
    assert record.buzz_order() == [2, 4, 5]
    assert _refusals(change) == {4: RejectReason.DUPLICATE, 6: RejectReason.LOCKED_OUT}
    assert not record.answers  # a buzz is not an answer
    assert all(e.key == "" for e in change.events if isinstance(e, BuzzReceived))


def test_several_winners_and_exact_ties() -> None:
    rules = Rules(buzz=BuzzRules(stages=("main",), winners=2, window_ms=0))
    show = _running(rules)
    record = show.state.questions[-1]
    change = show.presses(
        [Press(3, "", T0 + 2000), Press(1, "", T0 + 2500), Press(5, "", T0 + 2500)],
        T0 + 2600,
    )
    assert record.buzz_winners() == (3, 1, 5)  # 1 and 5 pressed in the same millisecond
    late = show.presses([Press(2, "", T0 + 2501)], T0 + 2700)
    assert _refusals(late) == {2: RejectReason.LOCKED_OUT}
    assert not _refusals(change)


def test_a_buzz_before_the_timer_after_the_deadline_or_in_a_pause_is_refused() -> None:
    show = _running()
    record = show.state.questions[-1]
    change = show.presses([Press(1, "", T0 + 500), Press(2, "", record.deadline_ms + 1)], T0 + 2000)
    assert _refusals(change) == {1: RejectReason.NOT_ACCEPTING, 2: RejectReason.LATE}
    show.pause(T0 + 3000)
    paused = show.presses([Press(3, "", T0 + 3500)], T0 + 3600)
    assert _refusals(paused) == {3: RejectReason.PAUSED}
    assert not record.buzzes


def test_a_buzzer_without_keys_is_refused_when_every_seat_answers_with_a_key() -> None:
    show = make_show(6)
    show.show_question("M01", T0)
    show.start_timer(T0 + 1000)
    change = show.presses([Press(1, "", T0 + 2000), Press(2, "B", T0 + 2000)], T0 + 2100)
    assert _refusals(change) == {1: RejectReason.NO_KEY}
    assert show.state.questions[-1].answers[2].answer == "B"
    assert 1 in show.state.questions[-1].refused  # the console marks the seat


def test_only_the_winner_answers_and_is_judged() -> None:
    show = _running()
    show.presses([Press(3, "", T0 + 2000), Press(4, "", T0 + 2100)], T0 + 2200)
    with pytest.raises(CommandRefused) as refused:
        show.set_answer(4, "B", T0 + 2500)  # near-tie, not a winner
    assert refused.value.code == "not_buzz_winner"
    show.set_answer(3, "A", T0 + 2600, "nói")  # the winner said A: wrong (B is right)
    show.time_up(T0 + 2700, early=True)
    show.reveal(T0 + 2800)
    assert show.state.verdicts(show.setup.questions.by_id("M01")) == {3: False}
    change = show.apply_eliminations(T0 + 2900)
    assert change.events[0].eliminated == (3,)  # the others stay: they were not asked
    assert show.state.standing == [1, 2, 4, 5, 6]
    # next question: the winner is right and is counted right, timed by the buzz
    show.show_question("M02", T0 + 5000)
    show.start_timer(T0 + 6000)
    show.presses([Press(5, "", T0 + 7500)], T0 + 7600)
    show.set_answer(5, "b", T0 + 9000)
    show.time_up(T0 + 9100, early=True)
    show.reveal(T0 + 9200)
    assert show.apply_eliminations(T0 + 9300).events[0].eliminated == ()
    assert show.state.seats[5].correct == 1
    assert show.state.seats[5].correct_time_ms == 1500
    assert replay(show.setup, show.effective_log) == show.state


def test_a_buzz_tiebreak_and_a_buzz_golden_bell() -> None:
    show = make_show(6, BUZZ_MAIN)
    show.start_tiebreak([1, 2, 3], 1, T0, "thử")
    show.show_question("M01", T0 + 100)
    show.start_timer(T0 + 200)
    show.presses([Press(2, "", T0 + 1000)], T0 + 1100)
    show.set_answer(2, "A", T0 + 1200)  # wrong: seat 2 leaves the tie-break, 1 and 3 go on
    show.time_up(T0 + 1300, early=True)
    show.reveal(T0 + 1400)
    assert show.apply_eliminations(T0 + 1500).events[0].dropped == (2,)
    show.show_question("M02", T0 + 2000)
    show.start_timer(T0 + 2100)
    show.presses([Press(3, "", T0 + 2500), Press(1, "", T0 + 2600)], T0 + 2700)
    show.set_answer(3, "B", T0 + 2800)  # right: seat 3 wins the place over seat 1
    show.time_up(T0 + 2900, early=True)
    show.reveal(T0 + 3000)
    events = show.apply_eliminations(T0 + 3100).events
    assert events[0].dropped == (1,)
    assert events[1].seats == (3,)
    assert show.state.tiebreak is None


def test_undoing_the_timer_forgets_the_buzzes() -> None:
    show = _running()
    before = show.state.questions[-1]
    show.presses([Press(1, "", T0 + 2000)], T0 + 2100)
    show.undo(T0 + 2200)  # the MC's last command: the timer, with its buzzes after it
    assert show.state.phase is Phase.QUESTION_SHOWN
    assert show.state.questions[-1].buzz is None and not show.state.questions[-1].buzzes
    assert before.buzzes  # the record that was live had it
