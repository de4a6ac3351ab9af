"""A whole show played through the controller, stopping at every display scene.

Used by ``rcv screenshots`` and by the display tests: a real event file, the simulated floor
answering, the MC's suggested step taken each time — all through :class:`ShowController`, so
the display sees exactly what it sees in a live show. Time is a ``ManualClock`` moved by hand.

``tour()`` yields a name at each moment worth a picture; the display model attached to the
controller shows that moment while the generator is suspended (the clock may have moved since
the last command: a renderer refreshes the model before it grabs).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from rcv.app.controller import ShowController
from rcv.clock import ManualClock
from rcv.core.audience import Scene
from rcv.core.model import QuestionKind
from rcv.core.rules import Rules
from rcv.core.state import Phase
from rcv.core.suggest import Action, ActionKind
from rcv.demo.autopilot import STEP_GAPS_MS
from rcv.sim.floor import FloorModel

TOUR_RULES = Rules()  # the default rules reach a rescue and the golden bell with seed 1
TIEBREAK_BELOW = 40  # the tour orders a few fallen contestants by a tie-break once fewer stand


class ControllerAutopilot:
    """Plays the show by taking the controller's suggestion, with a simulated floor."""

    def __init__(self, controller: ShowController, clock: ManualClock, floor: FloorModel):
        self.controller = controller
        self.clock = clock
        self.floor = floor

    def next_action(self) -> Action | None:
        action = self.controller.suggestion()
        if action is None or action.kind is ActionKind.NONE:
            return None
        return action

    def step(self) -> Action | None:
        """Take one step; None when the show is over."""
        action = self.next_action()
        if action is None:
            return None
        if action.kind is ActionKind.WAIT_TIME_UP:
            self.answer_and_wait()
            return action
        self.clock.advance(STEP_GAPS_MS.get(action.kind, 1500))
        if action.kind is ActionKind.REVEAL:
            self.write_board_answers()
        self.controller.perform(action)
        return action

    def answer_and_wait(self, until_ms: int | None = None) -> None:
        """The floor presses, and the clock runs to ``until_ms`` (default: the deadline)."""
        c = self.controller
        state = c.state
        assert state is not None and c.setup is not None
        record = state.questions[-1]
        assert record.timer_started_at_ms is not None and record.deadline_ms is not None
        question = c.setup.questions.by_id(record.question_id)
        end = record.deadline_ms if until_ms is None else until_ms
        if question.kind is not QuestionKind.SHORT:
            waiting = [s for s in record.participants if s not in record.answers]
            presses = [
                p
                for p in self.floor.presses(question, waiting, record.timer_started_at_ms)
                if p.pressed_at_ms <= min(end, record.deadline_ms)
            ]
            if presses:
                self.clock.set(max(self.clock.now_ms(), presses[-1].pressed_at_ms))
                c.add_presses(presses)
                c.flush_presses()
        self.clock.set(max(self.clock.now_ms(), end))
        c.tick()  # at the deadline the controller closes the answers

    def write_board_answers(self) -> None:
        """Short-answer questions are written on boards and typed in by the operator."""
        c = self.controller
        state, setup = c.state, c.setup
        assert state is not None and setup is not None
        record = state.questions[-1]
        question = setup.questions.by_id(record.question_id)
        for seat, text in self.floor.board_answers(question, record.participants, record.answers):
            c.set_answer(seat, text, "bảng trả lời")


def open_tour_event(path: Path, seats: int = 100, seed: int = 1):  # type: ignore[no-untyped-def]
    """A fresh event file for the tour (an existing file at ``path`` is replaced)."""
    from rcv.demo.builtin import builtin_questions
    from rcv.demo.headless import open_or_create

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return open_or_create(path, seats, seed, builtin_questions(), TOUR_RULES)


def tour(controller: ShowController, clock: ManualClock, seed: int = 1) -> Iterator[str]:
    """Play the attached show to its end, pausing (yielding a name) at each scene worth a look.

    Names: welcome, question, countdown_last5, paused, time_up, reveal, eliminations, floor,
    tiebreak, tiebreak_question, rescue, final, golden_question, golden_reveal, winner, ranking,
    logo, blackout.
    """
    pilot = ControllerAutopilot(controller, clock, FloorModel(seed=seed))
    seen: set[str] = set()

    def first(name: str) -> bool:
        if name in seen:
            return False
        seen.add(name)
        return True

    yield "welcome"
    while (action := pilot.next_action()) is not None:
        state = controller.state
        assert state is not None
        if action.kind is ActionKind.WAIT_TIME_UP and state.stage.value == "main":
            record = state.questions[-1]
            assert record.deadline_ms is not None
            if first("question"):
                pilot.answer_and_wait(until_ms=record.deadline_ms - 12_400)
                yield "question"
                pilot.answer_and_wait(until_ms=record.deadline_ms - 3_600)
                yield "countdown_last5"
                controller.pause()
                yield "paused"
                controller.resume()
        pilot.step()
        view = controller.audience_view()
        assert view is not None
        scene, stage = view.scene, (controller.state.stage.value if controller.state else "")
        if scene is Scene.QUESTION and stage == "final" and first("golden_question"):
            record = controller.state.questions[-1] if controller.state else None
            if record is not None and record.deadline_ms is None:
                pilot.step()  # start the clock so the countdown shows
                clock.advance(7_000)
            yield "golden_question"
        elif scene is Scene.REVEAL and stage == "final" and first("golden_reveal"):
            yield "golden_reveal"
        elif scene is Scene.QUESTION and stage == "tiebreak" and first("tiebreak_question"):
            yield "tiebreak_question"
        elif scene is Scene.TIME_UP and first("time_up"):
            yield "time_up"
        elif scene is Scene.REVEAL and stage == "main" and first("reveal"):
            yield "reveal"
        elif scene is Scene.ELIMINATIONS and len(view.seats) - view.standing > 0:
            fallen = [s.seat for s in view.seats if s.eliminated_now]
            if first("eliminations"):
                yield "eliminations"
            elif view.standing < view.total * 0.7 and first("floor"):
                controller.set_display_override(Scene.FLOOR)
                yield "floor"
                controller.set_display_override(None)
            elif view.standing < TIEBREAK_BELOW and len(fallen) >= 2 and "tiebreak" not in seen:
                # the MC orders the contestants who fell together for the prizes
                controller.start_tiebreak(fallen[:4], 1, "phân định thứ hạng")
                if controller.state and controller.state.tiebreak is not None and first("tiebreak"):
                    yield "tiebreak"
        elif scene is Scene.RESCUE and any(s.returned_now for s in view.seats):
            if first("rescue"):
                yield "rescue"
        elif scene is Scene.FINAL and first("final"):
            yield "final"
    if controller.state is not None and controller.state.phase is Phase.FINISHED:
        yield "winner"
        controller.set_display_override(Scene.RANKING)
        yield "ranking"
        controller.set_display_override(Scene.LOGO)
        yield "logo"
        controller.set_display_override(Scene.BLACKOUT)
        yield "blackout"
        controller.set_display_override(None)
