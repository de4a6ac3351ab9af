"""Properties that hold for any sequence of commands, found by hypothesis.

Whatever the MC and the keypads do: the live state equals a replay of the log; a refused
command changes nothing; an undo restores the exact prior state; every contestant is either
standing or eliminated; the ranking is a total order consistent with the elimination order.
"""

from __future__ import annotations

import contextlib
import copy
import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rcv.core.commands import Press
from rcv.core.errors import CommandRefused
from rcv.core.events import effective_entries
from rcv.core.fold import replay
from rcv.core.ranking import rank
from rcv.core.rules import AllWrongPolicy, AnswerPolicy, RescueMethod, RescueRules, Rules
from rcv.core.show import Show
from rcv.core.state import Phase
from rcv.core.suggest import ActionKind, act, suggest
from tests.core.helpers import T0, make_show

SEATS = 8
OPS = (
    *["suggest"] * 12,
    "press",
    "press",
    "set_answer",
    "eliminate",
    "revive",
    "undo",
    "pause",
    "rescue",
    "rescue",
    "tiebreak",
    "end_tiebreak",
    "final",
    "finish",
    "stop_early",
)

rules_strategy = st.builds(
    Rules,
    all_wrong=st.sampled_from(AllWrongPolicy),
    answer_policy=st.sampled_from(AnswerPolicy),
    missing_answer_is_wrong=st.booleans(),
    rescue=st.builds(
        RescueRules,
        after_question=st.sampled_from([None, 1, 2, 3]),
        when_fewer_than=st.sampled_from([None, 1, 3]),
        max_times=st.integers(0, 2),
    ),
    question_limit=st.sampled_from([None, 3, 6]),
)
step_strategy = st.tuples(
    st.sampled_from(OPS),
    st.integers(1, SEATS + 1),
    st.sampled_from("ABCDE"),
    st.integers(0, 30_000),
    st.sampled_from(list(RescueMethod)),
)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def tick(self, ms: int) -> int:
        self.now += 1 + ms % 5000
        return self.now


def do(show: Show, clock: Clock, step: tuple) -> None:
    op, seat, key, ms, method = step
    at = clock.tick(ms)
    state = show.state
    if op == "suggest":
        action = suggest(state, show.setup)
        if action.kind is ActionKind.WAIT_TIME_UP:
            deadline = state.questions[-1].deadline_ms
            clock.now = max(clock.now, deadline)
            show.time_up(clock.now)
        elif action.kind is not ActionKind.NONE:
            act(show, action, at)
    elif op == "press":
        show.presses([Press(seat, key, at - ms % 3000)], at)
    elif op == "set_answer":
        show.set_answer(seat, None if key == "E" else key, at, "tay")
    elif op == "eliminate":
        show.eliminate(seat, "tay", at)
    elif op == "revive":
        show.revive(seat, "tay", at)
    elif op == "undo":
        show.undo(at)
    elif op == "pause":
        if state.paused:
            show.resume(at)
        else:
            show.pause(at)
    elif op == "rescue":
        picked = [s for s in state.eliminated if s % 2 == seat % 2][:2]
        show.rescue(method, at, seats=picked, count=1 + seat % 3)
    elif op == "tiebreak":
        chosen = [s for s in state.seats if s % 3 != seat % 3]
        show.start_tiebreak(chosen, 1 + seat % 2, at, "thử")
    elif op == "end_tiebreak":
        show.end_tiebreak(at)
    elif op == "final":
        show.start_final(at)
    elif op == "finish":
        show.finish(at)
    elif op == "stop_early":
        show.time_up(at, early=True)


def check_invariants(show: Show) -> None:
    state = show.state
    assert replay(show.setup, effective_entries(list(show.log))) == state
    standing, eliminated = set(state.standing), set(state.eliminated)
    assert standing | eliminated == set(state.seats)
    assert not standing & eliminated
    ranking = rank(state, show.setup)
    placings = ranking.placings
    assert sorted(p.seat for p in placings) == sorted(state.seats)
    for above, below in itertools.pairwise(placings):
        assert above.rank <= below.rank
        if below.standing:
            assert above.standing
        if not above.standing and not below.standing:
            assert (above.fell_at or 0) >= (below.fell_at or 0)
        if above.rank == below.rank:
            assert below.seat in above.tied_with and above.seat in below.tied_with
        else:
            assert below.rank == placings.index(below) + 1


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(rules=rules_strategy, steps=st.lists(step_strategy, min_size=10, max_size=120))
def test_any_sequence_of_commands_keeps_the_show_consistent(rules, steps) -> None:
    show = make_show(SEATS, rules)
    clock = Clock()
    for step in steps:
        before = copy.deepcopy(show.state)
        log_length = len(show.log)
        try:
            do(show, clock, step)
        except CommandRefused:
            assert show.state == before
            assert len(show.log) == log_length
        check_invariants(show)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rules=rules_strategy,
    prefix=st.lists(step_strategy, max_size=80),
    last=step_strategy,
)
def test_undo_restores_the_state_before_any_command(rules, prefix, last) -> None:
    show = make_show(SEATS, rules)
    clock = Clock()
    for step in prefix:
        with contextlib.suppress(CommandRefused):
            do(show, clock, step)
    before = copy.deepcopy(show.state)
    try:
        do(show, clock, last)
    except CommandRefused:
        return
    if last[0] in ("press", "undo") or show.state == before:
        return  # presses are not undone on their own; undo of an undo is not a redo
    show.undo(clock.tick(1))
    assert show.state == before


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10_000), seats=st.integers(2, 60), rules=rules_strategy)
def test_the_autopilot_always_reaches_the_end(seed, seats, rules) -> None:
    from rcv.clock import ManualClock
    from rcv.core.state import ShowSetup
    from rcv.demo.autopilot import Autopilot
    from rcv.demo.builtin import builtin_questions
    from rcv.sim.floor import FloorModel
    from rcv.sim.people import make_roster

    show = Show(ShowSetup(make_roster(seats, seed), builtin_questions(), rules))
    pilot = Autopilot(show, FloorModel(seed=seed), ManualClock(T0))
    for _ in range(20_000):
        if pilot.step() is None:
            break
    assert show.state.phase is Phase.FINISHED
    check_invariants(show)


def _seat_views(show: Show) -> dict[int, object]:
    """What the console can show of each seat: its record, and its part in the question."""
    state = show.state
    record = state.questions[-1] if state.questions else None
    return {
        s: (
            copy.deepcopy(r),
            record.answers.get(s) if record else None,
            record.refused.get(s) if record else None,
        )
        for s, r in state.seats.items()
    }


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rules=rules_strategy, steps=st.lists(step_strategy, min_size=10, max_size=100))
def test_a_change_names_every_seat_it_touched(rules, steps) -> None:
    """The console repaints only the seats a change names (the whole grid when the phase moved
    or an undo replayed the show): no other seat may have changed."""
    show = make_show(SEATS, rules)
    clock = Clock()
    for step in steps:
        before = _seat_views(show)
        log_length = len(show.log)
        with contextlib.suppress(CommandRefused):
            do(show, clock, step)
        if len(show.log) == log_length:
            continue
        change_entries = show.log[log_length:]
        last = show.log[-1].event
        if last.TYPE == "undone" or any(e.event.TYPE == "question_shown" for e in change_entries):
            continue
        after = _seat_views(show)
        moved = {s for s in after if after[s] != before[s]}
        named = {s for e in change_entries for s in e.event.touched_seats()}
        phase_moved = any(
            e.event.TYPE in ("time_up", "answer_revealed", "eliminations_applied")
            for e in change_entries
        )
        if not phase_moved:
            assert moved <= named, (step, moved - named)
