"""Buzz-in as a property, for any sequence of commands and presses (buzzers with and without
keys, in any order of arrival): the live state equals a replay of the log, an undo restores
the exact state before the MC's command, and the winners are always the earliest presses by
time with nothing accepted after the floor locked."""

from __future__ import annotations

import contextlib
import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rcv.core.commands import Press
from rcv.core.errors import CommandRefused
from rcv.core.events import BuzzOpened, BuzzReceived, QuestionShown, effective_entries
from rcv.core.fold import replay
from rcv.core.rules import BUZZ_STAGES, BuzzRules, Rules
from rcv.core.show import Show
from tests.core.helpers import make_show
from tests.core.test_properties import SEATS, Clock, check_invariants
from tests.core.test_properties import do as do_common

buzz_rules = st.builds(
    Rules,
    buzz=st.builds(
        BuzzRules,
        stages=st.lists(st.sampled_from(BUZZ_STAGES), unique=True).map(tuple),
        winners=st.integers(1, 3),
        window_ms=st.sampled_from([0, 150, 2000]),
    ),
    missing_answer_is_wrong=st.booleans(),
)
OPS = (*["suggest"] * 8, "buzz", "buzz", "buzz", "answer_winner", "press", "undo", "pause")
step = st.tuples(
    st.sampled_from(OPS),
    st.integers(1, SEATS + 1),
    st.sampled_from(["", "A", "B", "C"]),
    st.integers(0, 30_000),
    st.booleans(),
)


def do(show: Show, clock: Clock, step: tuple) -> None:
    op, seat, key, ms, late_line = step
    if op == "buzz":  # a burst from several hubs, out of time order when a line is slow
        at = clock.tick(ms)
        lag = 900 if late_line else 0
        show.presses([Press(seat, key, at - ms % 700 - lag), Press(seat % SEATS + 1, "", at)], at)
    elif op == "answer_winner":
        record = show.state.questions[-1] if show.state.questions else None
        winners = record.buzz_winners() if record is not None else ()
        target = winners[seat % len(winners)] if winners else seat
        show.set_answer(target, key or "B", clock.tick(ms), "nói")
    else:
        from rcv.core.rules import RescueMethod

        do_common(show, clock, (op, seat, key or "A", ms, RescueMethod.ALL))


def check_buzz(show: Show) -> None:
    for record in show.state.questions:
        if record.buzz is None:
            assert not record.buzzes
            continue
        times = sorted(b.pressed_at_ms for b in record.buzzes.values())
        winners = record.buzz_winners()
        assert len(winners) >= min(record.buzz.winners, len(times))
        latest_winner = max((record.buzzes[s].pressed_at_ms for s in winners), default=None)
        if latest_winner is not None:
            # every winner pressed no later than every seat that did not win
            assert all(
                b.pressed_at_ms >= latest_winner
                for s, b in record.buzzes.items()
                if s not in winners
            )
        assert set(record.judged) == set(winners)
    # nothing accepted after the floor locked, read from the log in the order presses arrived
    opened: BuzzOpened | None = None
    accepted: list[int] = []
    for entry in effective_entries(list(show.log)):
        event = entry.event
        if isinstance(event, QuestionShown):
            opened, accepted = None, []
        elif isinstance(event, BuzzOpened):
            opened = event
        elif isinstance(event, BuzzReceived):
            assert opened is not None
            earlier = sorted(accepted)
            if len(earlier) >= opened.winners:
                assert event.pressed_at_ms <= earlier[opened.winners - 1] + opened.window_ms
            accepted.append(event.pressed_at_ms)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rules=buzz_rules, steps=st.lists(step, min_size=10, max_size=120))
def test_buzz_in_replays_exactly_and_refusals_change_nothing(rules, steps) -> None:
    show = make_show(SEATS, rules)
    clock = Clock()
    for s in steps:
        before = copy.deepcopy(show.state)
        length = len(show.log)
        try:
            do(show, clock, s)
        except CommandRefused:
            assert show.state == before and len(show.log) == length
        check_invariants(show)
        check_buzz(show)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rules=buzz_rules, prefix=st.lists(step, max_size=80), last=step)
def test_undo_after_buzzes_restores_the_exact_state(rules, prefix, last) -> None:
    show = make_show(SEATS, rules)
    clock = Clock()
    for s in prefix:
        with contextlib.suppress(CommandRefused):
            do(show, clock, s)
    before = copy.deepcopy(show.state)
    try:
        do(show, clock, last)
    except CommandRefused:
        return
    if last[0] in ("press", "buzz", "undo") or show.state == before:
        return  # presses are not undone on their own; undo of an undo is not a redo
    show.undo(clock.tick(1))
    assert show.state == before
    assert replay(show.setup, effective_entries(list(show.log))) == show.state


def test_the_lock_is_by_time_not_by_arrival() -> None:
    """The property's lock-out check, on a case small enough to read."""
    from tests.core.helpers import T0

    show = make_show(4, Rules(buzz=BuzzRules(stages=("main",), window_ms=100)))
    show.show_question("M01", T0)
    show.start_timer(T0 + 1000)
    show.presses([Press(1, "", T0 + 5000)], T0 + 5010)  # arrives first
    show.presses([Press(2, "", T0 + 2000)], T0 + 5020)  # pressed earlier, a slower line
    show.presses([Press(3, "", T0 + 2150)], T0 + 5030)  # 150 ms after the winner: locked out
    record = show.state.questions[-1]
    assert record.buzz_winners() == (2,)
    assert 3 not in record.buzzes and record.refused[3] == "locked_out"
    assert 1 in record.buzzes  # it was in before the earlier press arrived: kept, not winning
