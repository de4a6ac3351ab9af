"""Simulated keypads for ``rcv demo``: the floor answers by itself while the MC presses Space.

:class:`DemoKeypads` watches the controller. When a question's timer starts it draws every
waiting contestant's press from :class:`~rcv.sim.floor.FloorModel` (time and key, the same for
the same seed), schedules them with a QTimer relative to the controller's clock, and hands
each due press over with ``controller.add_presses`` — exactly the path real keypads take. A
pause holds the presses and shifts them by its length; an undo of the timer forgets them.
Short-answer questions are written on boards: at time-up the "board reader" types them in.

It also publishes a status for the console's hardware panel (one simulated hub, always heard),
through the same :class:`~rcv.ui.console.hardware_panel.HardwareFeed` seam a real link will use.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, QTimer

from rcv.app.controller import ShowController
from rcv.app.hardware_status import HardwareFeed, HardwareStatus, HubStatus
from rcv.core.commands import Press
from rcv.core.events import ShowPaused, ShowResumed
from rcv.core.model import QuestionKind
from rcv.core.show import Change
from rcv.core.state import Phase
from rcv.sim.floor import FloorModel

EARLY_MS = 5  # hand a press over when it is due within this
STATUS_MS = 1000
BOARD_REASON = "bảng trả lời (mô phỏng)"


class DemoKeypads(QObject):
    def __init__(
        self,
        controller: ShowController,
        floor: FloorModel,
        parent: QObject | None = None,
        keypad_presses: bool = True,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._floor = floor
        self._keypad_presses = keypad_presses  # False: boards only (simulated hubs press)
        self.feed = HardwareFeed(self)
        self._queue: list[Press] = []  # in press order
        self._armed_for: tuple[str, int] | None = None  # (question, timer start) drawn for
        self._boards_done: set[tuple[str, int]] = set()
        self._paused_at: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.deliver_due)
        self._status = QTimer(self)
        self._status.setInterval(STATUS_MS)
        self._status.timeout.connect(self.publish_status)
        self._status.start()
        controller.changed.connect(self._on_changed)
        self._sync()

    @property
    def pending(self) -> tuple[Press, ...]:
        """Presses drawn but not handed over yet."""
        return tuple(self._queue)

    # -- following the show ------------------------------------------------------------------
    def _on_changed(self, change: Change | None) -> None:
        if change is not None:
            for entry in change.entries:
                if isinstance(entry.event, ShowPaused):
                    self._paused_at = entry.at_ms
                elif isinstance(entry.event, ShowResumed) and self._paused_at is not None:
                    shift = entry.at_ms - self._paused_at
                    self._queue = [replace(p, pressed_at_ms=p.pressed_at_ms + shift)
                                   for p in self._queue]  # fmt: skip
                    self._paused_at = None
            if not (change.phase_changed or change.undone or change.entries):
                return
        self._sync()

    def _sync(self) -> None:
        state, setup = self._controller.state, self._controller.setup
        if state is None or setup is None or not state.questions:
            self._queue.clear()
            self._timer.stop()
            return
        record = state.questions[-1]
        question = setup.questions.by_id(record.question_id)
        key = (record.question_id, record.timer_started_at_ms or 0)
        if state.phase is Phase.TIME_UP and question.kind is QuestionKind.SHORT:
            self._write_boards(key)
        if state.phase is not Phase.TIMER_RUNNING or record.timer_started_at_ms is None:
            self._queue.clear()
            self._timer.stop()
            return
        if key != self._armed_for:
            self._armed_for = key
            waiting = [s for s in record.participants if s not in record.answers]
            keypad = question.kind is not QuestionKind.SHORT and self._keypad_presses
            self._queue = (
                self._floor.presses(question, waiting, record.timer_started_at_ms) if keypad else []
            )
        if state.paused:
            self._timer.stop()
        else:
            self._arm()

    def _arm(self) -> None:
        if not self._queue:
            self._timer.stop()
            return
        delay = self._queue[0].pressed_at_ms - self._controller.clock.now_ms()
        self._timer.start(max(0, delay))

    def deliver_due(self) -> int:
        """Hand over every press that is due on the controller's clock; how many."""
        state = self._controller.state
        if state is None or state.paused:
            return 0
        now = self._controller.clock.now_ms()
        due = 0
        while due < len(self._queue) and self._queue[due].pressed_at_ms <= now + EARLY_MS:
            due += 1
        batch, self._queue = self._queue[:due], self._queue[due:]
        if batch:
            self._controller.add_presses(batch)
        self._arm()
        return len(batch)

    def _write_boards(self, key: tuple[str, int]) -> None:
        """Short answers are written on boards; the board reader types them in at time-up."""
        if key in self._boards_done:
            return
        self._boards_done.add(key)
        state, setup = self._controller.state, self._controller.setup
        assert state is not None and setup is not None
        record = state.questions[-1]
        question = setup.questions.by_id(record.question_id)
        written = self._floor.board_answers(question, record.participants, record.answers)
        for seat, text in written:
            self._controller.set_answer(seat, text, BOARD_REASON)

    # -- status for the console ----------------------------------------------------------------
    def publish_status(self) -> None:
        setup = self._controller.setup
        keypads = len(setup.roster) if setup is not None else 0
        hub = HubStatus(
            name="sim",
            port=self.tr("bộ mô phỏng (không có cổng)"),
            connected=True,
            last_heard_ms=self._controller.clock.now_ms(),
            keypads=keypads,
            note=self.tr("FloorModel, hạt giống {seed}").replace("{seed}", str(self._floor.seed)),
        )
        self.feed.statusChanged.emit(
            HardwareStatus((hub,), (), self.tr("bàn phím mô phỏng (chương trình thử)"))
        )
