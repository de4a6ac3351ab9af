"""An automatic MC: plays a show to the end by always taking the suggested next step, with a
simulated floor answering. Used by the headless demo and by end-to-end tests.

Time is virtual: each step moves a clock forward by a plausible amount instead of waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rcv.core.commands import Press
from rcv.core.model import QuestionKind
from rcv.core.show import Change, Show
from rcv.core.suggest import Action, ActionKind, act, suggest
from rcv.sim.floor import FloorModel

BATCH_MS = 50  # presses are written in bursts, as the controller does with real keypads
STEP_GAPS_MS = {
    ActionKind.SHOW_QUESTION: 4000,
    ActionKind.START_TIMER: 3000,
    ActionKind.REVEAL: 2500,
    ActionKind.APPLY: 3000,
    ActionKind.WAIT_TIME_UP: 0,  # the presses and the deadline move the clock
}


@dataclass(slots=True)
class VirtualClock:
    """Show time in epoch milliseconds, moved forward by hand."""

    now_ms: int

    def advance(self, ms: int) -> int:
        self.now_ms += ms
        return self.now_ms

    def at_least(self, ms: int) -> int:
        self.now_ms = max(self.now_ms, ms)
        return self.now_ms


Observer = Callable[[Action, Change], None]


class Autopilot:
    """Drives ``show`` one step at a time."""

    def __init__(self, show: Show, floor: FloorModel, clock: VirtualClock) -> None:
        self.show = show
        self.floor = floor
        self.clock = clock

    def step(self) -> tuple[Action, Change] | None:
        """Take the next suggested step; None when the show is over."""
        action = suggest(self.show.state, self.show.setup)
        if action.kind is ActionKind.NONE:
            return None
        return action, self._perform(action)

    def run(self, observer: Observer | None = None) -> None:
        while (done := self.step()) is not None:
            if observer is not None:
                observer(*done)

    def _perform(self, action: Action) -> Change:
        show, clock = self.show, self.clock
        if action.kind is ActionKind.WAIT_TIME_UP:
            return self._answer_and_close()
        if action.kind is ActionKind.REVEAL:
            # anchored to time-up, so a show resumed between the board answers and the reveal
            # keeps the same times as an uninterrupted one
            locked = show.state.questions[-1].time_up_at_ms or clock.now_ms
            self._write_board_answers(clock.at_least(locked + STEP_GAPS_MS[action.kind]))
            return act(show, action, clock.advance(500))
        return act(show, action, clock.advance(STEP_GAPS_MS.get(action.kind, 1500)))

    def _answer_and_close(self) -> Change:
        """Let the floor press (in bursts), then close the answers at the deadline."""
        show, clock = self.show, self.clock
        record = show.state.questions[-1]
        question = show.setup.questions.by_id(record.question_id)
        assert record.timer_started_at_ms is not None and record.deadline_ms is not None
        if question.kind is not QuestionKind.SHORT:
            waiting = [s for s in record.participants if s not in record.answers]
            presses = self.floor.presses(question, waiting, record.timer_started_at_ms)
            for batch in _bursts(presses):
                arrival = batch[-1].pressed_at_ms + BATCH_MS
                if arrival > record.deadline_ms + 2000:
                    break
                if arrival <= clock.now_ms:  # already delivered before a crash
                    continue
                show.presses(batch, clock.at_least(arrival))
        return show.time_up(clock.at_least(record.deadline_ms))

    def _write_board_answers(self, at: int) -> None:
        """Short-answer questions are written on boards and typed in by the operator."""
        show = self.show
        record = show.state.questions[-1]
        question = show.setup.questions.by_id(record.question_id)
        for seat, text in self.floor.board_answers(question, record.participants, record.answers):
            show.set_answer(seat, text, at, reason="bảng trả lời")


def _bursts(presses: list[Press]) -> list[list[Press]]:
    batches: list[list[Press]] = []
    for p in presses:
        if batches and p.pressed_at_ms - batches[-1][0].pressed_at_ms < BATCH_MS:
            batches[-1].append(p)
        else:
            batches.append([p])
    return batches

