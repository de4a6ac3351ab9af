"""The live controller as a stage for the autopilot (:mod:`rcv.demo.autopilot`), and the GUI
demo's board reader.

:class:`ControllerStage` gives the autopilot's commands to the :class:`ShowController` at the
autopilot's times (a :class:`~rcv.clock.ManualClock` the controller reads), so the display and
the console see exactly what a real show shows them: the screenshots' tour and the display tests
play through it.

:class:`BoardReader`: in ``rcv demo`` the keypad presses come from simulated hubs through the
real keypad link, and the MC presses Space. Short-answer questions cannot be answered on a
keypad: at time-up the contestants' boards, drawn by the same autopilot from the same floor,
are typed in as the operator would.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from rcv.app.controller import ShowController
from rcv.clock import ManualClock
from rcv.core.commands import Press
from rcv.core.model import QuestionKind
from rcv.core.show import Change
from rcv.core.state import Phase, ShowSetup, ShowState
from rcv.core.suggest import Action
from rcv.demo.autopilot import BOARD_REASON, Autopilot
from rcv.sim.floor import FloorModel


class ControllerStage:
    """The controller, driven at the times the autopilot chooses."""

    def __init__(self, controller: ShowController, clock: ManualClock) -> None:
        self.controller = controller
        self.clock = clock

    @property
    def state(self) -> ShowState:
        state = self.controller.state
        assert state is not None, "no event is open"
        return state

    @property
    def setup(self) -> ShowSetup:
        setup = self.controller.setup
        assert setup is not None, "no event is open"
        return setup

    def act(self, action: Action, at_ms: int) -> Change | None:
        self.clock.at_least(at_ms)
        return self.controller.perform(action)

    def presses(self, batch: Sequence[Press], at_ms: int) -> Change | None:
        self.clock.at_least(at_ms)
        self.controller.add_presses(batch)
        return self.controller.flush_presses()

    def set_answer(self, seat: int, text: str, reason: str, at_ms: int) -> Change | None:
        self.clock.at_least(at_ms)
        return self.controller.set_answer(seat, text, reason)

    def time_up(self, at_ms: int) -> Change | None:
        self.clock.at_least(at_ms)
        self.controller.tick()  # at the deadline the controller closes the answers
        return None


def controller_autopilot(controller: ShowController, clock: ManualClock, seed: int) -> Autopilot:
    """The autopilot playing the controller's show with the seeded floor."""
    return Autopilot(ControllerStage(controller, clock), FloorModel(seed=seed), clock)


class BoardReader(QObject):
    def __init__(
        self, controller: ShowController, floor: FloorModel, parent: QObject | None = None
    ) -> None:
        super().__init__(parent or controller)  # lives as long as the show it follows
        self._controller = controller
        self._pilot = Autopilot(ControllerStage(controller, ManualClock()), floor, ManualClock())
        controller.changed.connect(self._on_changed)

    def _on_changed(self, change: Change | None) -> None:
        state, setup = self._controller.state, self._controller.setup
        if change is None or state is None or setup is None or state.phase is not Phase.TIME_UP:
            return
        if not change.phase_changed:  # time-up just happened (not an undo back to it)
            return
        record = state.questions[-1]
        if setup.questions.by_id(record.question_id).kind is not QuestionKind.SHORT:
            return
        for seat, text in self._pilot.board_answers():
            self._controller.set_answer(seat, text, BOARD_REASON)
