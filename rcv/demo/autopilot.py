"""The one automatic MC: plays a show to the end by always taking the suggested next step, with
a simulated floor answering. The headless demo, the self-test, the screenshots' tour, the GUI
demo's boards and the tests all play through it.

It plays on a :class:`Stage`: :class:`ShowStage` is a bare :class:`~rcv.core.show.Show` (the
headless demo, tests); :class:`rcv.app.demo_stage.ControllerStage` is the live controller, so
views see exactly what they see in a real show. Time is a :class:`~rcv.clock.ManualClock` moved
forward by plausible amounts instead of waiting.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from rcv.clock import ManualClock
from rcv.core.commands import Press
from rcv.core.model import Question, QuestionKind
from rcv.core.show import Change, Show
from rcv.core.state import QuestionRecord, ShowSetup, ShowState
from rcv.core.suggest import Action, ActionKind, act, suggest
from rcv.sim.floor import FloorModel

BATCH_MS = 50  # presses are written in bursts, as the controller does with real keypads
LATE_MS = 2000  # presses arriving this long after the deadline are not sent any more
BOARD_REASON = "board"  # a code: the answer was written on a board and typed in
STEP_GAPS_MS = {
    ActionKind.SHOW_QUESTION: 4000,
    ActionKind.START_TIMER: 3000,
    ActionKind.REVEAL: 2500,
    ActionKind.APPLY: 3000,
    ActionKind.WAIT_TIME_UP: 0,  # the presses and the deadline move the clock
}


class Stage(Protocol):
    """What the autopilot plays on: the state to read and the commands to give, each at a time
    on the show clock."""

    @property
    def state(self) -> ShowState: ...
    @property
    def setup(self) -> ShowSetup: ...
    def act(self, action: Action, at_ms: int) -> Change | None: ...
    def presses(self, batch: Sequence[Press], at_ms: int) -> Change | None: ...
    def set_answer(self, seat: int, text: str, reason: str, at_ms: int) -> Change | None: ...
    def time_up(self, at_ms: int) -> Change | None: ...


class ShowStage:
    """A bare show: commands go straight to the core (and its journal)."""

    def __init__(self, show: Show) -> None:
        self.show = show

    @property
    def state(self) -> ShowState:
        return self.show.state

    @property
    def setup(self) -> ShowSetup:
        return self.show.setup

    def act(self, action: Action, at_ms: int) -> Change:
        return act(self.show, action, at_ms)

    def presses(self, batch: Sequence[Press], at_ms: int) -> Change:
        return self.show.presses(batch, at_ms)

    def set_answer(self, seat: int, text: str, reason: str, at_ms: int) -> Change:
        return self.show.set_answer(seat, text, at_ms, reason)

    def time_up(self, at_ms: int) -> Change:
        return self.show.time_up(at_ms)


Observer = Callable[[Action, "Change | None"], None]


class Autopilot:
    """Drives a stage one step at a time. ``stage`` may be a bare :class:`Show`."""

    def __init__(self, stage: Stage | Show, floor: FloorModel, clock: ManualClock) -> None:
        self.stage: Stage = ShowStage(stage) if isinstance(stage, Show) else stage
        self.floor = floor
        self.clock = clock

    @property
    def show(self) -> Show:
        """The show of a :class:`ShowStage` (the headless demo and tests read it)."""
        stage = self.stage
        if not isinstance(stage, ShowStage):
            raise AttributeError("this autopilot plays on a live controller, not a bare show")
        return stage.show

    def next_action(self) -> Action | None:
        """What the MC would do next; None when the show is over."""
        action = suggest(self.stage.state, self.stage.setup)
        return None if action.kind is ActionKind.NONE else action

    def step(self) -> tuple[Action, Change | None] | None:
        """Take the next suggested step; None when the show is over."""
        action = self.next_action()
        if action is None:
            return None
        return action, self._perform(action)

    def run(self, observer: Observer | None = None) -> None:
        while (done := self.step()) is not None:
            if observer is not None:
                observer(*done)

    # -- the floor -------------------------------------------------------------------------------
    def answer(self, until_ms: int | None = None) -> None:
        """The floor presses, in bursts, up to ``until_ms`` (default: the deadline). Bursts
        already in the log (a show resumed after a crash) are not sent again."""
        stage, clock = self.stage, self.clock
        record, question = self._on_stage()
        assert record.timer_started_at_ms is not None and record.deadline_ms is not None
        if question.kind is QuestionKind.SHORT:
            return
        end = record.deadline_ms if until_ms is None else until_ms
        waiting = [s for s in record.participants if s not in record.answers]
        presses = [
            p
            for p in self.floor.presses(question, waiting, record.timer_started_at_ms)
            if p.pressed_at_ms <= end
        ]
        logged_until = stage.state.last_at_ms
        for batch in _bursts(presses):
            arrival = batch[-1].pressed_at_ms + BATCH_MS
            if arrival > record.deadline_ms + LATE_MS:
                break
            if arrival <= logged_until:  # written before a crash: the log has it already
                continue
            stage.presses(batch, clock.at_least(arrival))

    def close_answers(self) -> Change | None:
        """Time is up at the deadline."""
        record, _ = self._on_stage()
        assert record.deadline_ms is not None
        return self.stage.time_up(self.clock.at_least(record.deadline_ms))

    def board_answers(self) -> list[tuple[int, str]]:
        """What the seats still without an answer wrote on their boards (short-answer
        questions are answered on paper and typed in by the operator)."""
        record, question = self._on_stage()
        return self.floor.board_answers(question, record.participants, record.answers)

    def write_board_answers(self, at_ms: int | None = None) -> None:
        at = self.clock.now_ms() if at_ms is None else at_ms
        for seat, text in self.board_answers():
            self.stage.set_answer(seat, text, BOARD_REASON, at)

    # -- internals ---------------------------------------------------------------------------
    def _on_stage(self) -> tuple[QuestionRecord, Question]:
        state, setup = self.stage.state, self.stage.setup
        record = state.questions[-1]
        return record, setup.questions.by_id(record.question_id)

    def _perform(self, action: Action) -> Change | None:
        clock = self.clock
        if action.kind is ActionKind.WAIT_TIME_UP:
            self.answer()
            return self.close_answers()
        if action.kind is ActionKind.REVEAL:
            # anchored to time-up, so a show resumed between the board answers and the reveal
            # keeps the same times as an uninterrupted one
            record, _ = self._on_stage()
            locked = record.time_up_at_ms or clock.now_ms()
            self.write_board_answers(clock.at_least(locked + STEP_GAPS_MS[action.kind]))
            return self.stage.act(action, clock.advance(500))
        return self.stage.act(action, clock.advance(STEP_GAPS_MS.get(action.kind, 1500)))


def _bursts(presses: list[Press]) -> list[list[Press]]:
    batches: list[list[Press]] = []
    for p in presses:
        if batches and p.pressed_at_ms - batches[-1][0].pressed_at_ms < BATCH_MS:
            batches[-1].append(p)
        else:
            batches.append([p])
    return batches
