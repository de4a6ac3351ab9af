"""Keypad presses cost the projector one refresh per frame at most: a 1,000-seat burst written in
many batches rebuilds the audience view once, and what the hall sees (how many have answered)
is the same as if every batch had been shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from rcv.app.demo_stage import controller_autopilot
from rcv.core.commands import Press
from rcv.core.suggest import ActionKind
from tests.ui.display.conftest import Show


def _question_running(show: Show) -> None:
    pilot = controller_autopilot(show.controller, show.clock, seed=1)
    while pilot.next_action().kind is not ActionKind.WAIT_TIME_UP:
        assert pilot.step() is not None


def _burst(show: Show, batches: int, per_batch: int) -> int:
    """Presses from seats that have not answered yet, in ``batches`` written batches."""
    state = show.controller.state
    assert state is not None and state.current is not None
    seats = [s for s in state.current.participants if s not in state.current.answers]
    assert len(seats) >= batches * per_batch
    now = show.clock.now_ms()
    for b in range(batches):
        chunk = seats[b * per_batch : (b + 1) * per_batch]
        show.controller.add_presses([Press(s, "A", now) for s in chunk])
        assert show.controller.flush_presses() is not None  # written: a change each
    return batches * per_batch


def test_press_batches_wait_for_one_refresh(font_family: str, tmp_path: Path) -> None:
    show = Show(tmp_path / "show.rcv", seats=1000, font_family=font_family)
    try:
        _question_running(show)
        before = show.model.value("answered")
        updates: list[int] = []
        show.model.updated.connect(lambda: updates.append(1))
        pressed = _burst(show, batches=20, per_batch=25)
        assert updates == []  # twenty written batches, no rebuild of the audience view yet
        assert show.model.presses_waiting
        assert show.model.value("answered") == before
        # the frame's refresh (Qt's own timer, one frame long) shows them all at once
        loop = QEventLoop()
        show.model.updated.connect(loop.quit)
        QTimer.singleShot(2000, loop.quit)  # a bound only: the refresh comes after one frame
        loop.exec()
        assert not show.model.presses_waiting
        assert len(updates) == 1
        assert show.model.value("answered") == before + pressed
        assert show.model.value("answered") == show.controller.audience_view().answered
    finally:
        show.close()


def test_any_other_change_shows_the_waiting_presses_at_once(
    font_family: str, tmp_path: Path
) -> None:
    show = Show(tmp_path / "show.rcv", seats=200, font_family=font_family)
    try:
        _question_running(show)
        before = show.model.value("answered")
        pressed = _burst(show, batches=3, per_batch=10)
        updates: list[int] = []
        show.model.updated.connect(lambda: updates.append(1))
        assert show.controller.stop_early() is not None  # the MC closes the answers
        assert not show.model.presses_waiting  # taken along, not shown a frame later again
        assert len(updates) == 1
        assert show.model.value("answered") == before + pressed
        assert not show.model.value("timerRunning")
    finally:
        show.close()
