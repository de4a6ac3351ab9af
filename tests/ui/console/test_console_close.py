"""Closing mid-show asks first; the show is in its file, and reopening it resumes the show."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from rcv.app.controller import ShowController
from rcv.clock import ManualClock
from rcv.core.state import Phase
from rcv.ui.console.main_window import ConsoleWindow
from rcv.ui.console.services import ConsoleServices
from rcv.ui.console.settings import ConsoleSettings

from .conftest import Prompts
from .driver import play, press, space


def test_closing_mid_show_asks_and_no_keeps_the_console(
    qtbot: object, console: ConsoleWindow, clock: ManualClock, prompts: Prompts
) -> None:
    play(qtbot, console, clock, {s: "B" for s in range(1, 13)})
    prompts.reply = QMessageBox.StandardButton.No
    assert console.close() is False
    assert "Đóng bảng điều khiển?" in prompts.asked[-1]
    assert console.isVisible()
    assert console.controller.event_file is not None


def test_closing_before_the_show_does_not_ask(console: ConsoleWindow, prompts: Prompts) -> None:
    assert console.close() is True
    assert prompts.asked == []


def test_reopening_the_event_resumes_the_show(
    qtbot: object,
    console: ConsoleWindow,
    clock: ManualClock,
    prompts: Prompts,
    event_path: Path,
    tmp_path: Path,
) -> None:
    play(qtbot, console, clock, {**{s: "B" for s in range(1, 11)}, 11: "A"})
    space(qtbot, console)
    space(qtbot, console)
    press(console, {1: "B", 2: "C"})
    prompts.reply = QMessageBox.StandardButton.Yes
    assert console.close() is True
    assert console.controller.event_file is None  # detached: the file is closed

    controller = ShowController(clock)
    again = ConsoleWindow(controller, ConsoleServices(settings=ConsoleSettings(tmp_path / "s")))
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    assert again.session.open_path(event_path) is None
    state = controller.state
    assert state is not None and state.phase is Phase.TIMER_RUNNING
    assert state.eliminated == [11, 12]
    assert again.grid.cell_text(2).startswith("Ghế 2 — Trần Thị Bình: đã trả lời, chọn C")
    assert again.primary.standing_text() == "10 / 12"
    assert again.primary.label() == "Đang tính giờ…"
    controller.detach()
