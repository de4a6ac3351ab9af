"""The demo's board reader: short-answer questions are written on boards, not keyed in.

In ``rcv demo`` the keypad presses come from simulated hubs through the real keypad link
(:mod:`rcv.app.keypads`). Short-answer questions cannot be answered on a keypad: at time-up the
contestants' boards (drawn from :class:`~rcv.sim.floor.FloorModel`, the same for the same seed)
are typed in, as the operator would, with ``controller.set_answer``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from rcv.app.controller import ShowController
from rcv.core.model import QuestionKind
from rcv.core.show import Change
from rcv.core.state import Phase
from rcv.sim.floor import FloorModel

BOARD_REASON = "bảng trả lời (mô phỏng)"


class BoardReader(QObject):
    def __init__(
        self, controller: ShowController, floor: FloorModel, parent: QObject | None = None
    ) -> None:
        super().__init__(parent or controller)  # lives as long as the show it follows
        self._controller = controller
        self._floor = floor
        controller.changed.connect(self._on_changed)

    def _on_changed(self, change: Change | None) -> None:
        state, setup = self._controller.state, self._controller.setup
        if change is None or state is None or setup is None or state.phase is not Phase.TIME_UP:
            return
        if not change.phase_changed:  # time-up just happened (not an undo back to it)
            return
        record = state.questions[-1]
        question = setup.questions.by_id(record.question_id)
        if question.kind is not QuestionKind.SHORT:
            return
        written = self._floor.board_answers(question, record.participants, record.answers)
        for seat, text in written:
            self._controller.set_answer(seat, text, BOARD_REASON)
