"""After a yes/no box closes (a real QMessageBox here, not the tests' stand-in), the console is
the active window again, so the MC's next Space is a step. Seen in the GUI demo under Xvfb: after
"Dừng sớm?" the console had lost the keys until clicked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from rcv.core.state import Phase
from rcv.entry.compose import build_offscreen
from rcv.entry.tour import open_tour_event


@pytest.fixture
def program(qtbot, tmp_path: Path):
    app = QApplication.instance()
    built = build_offscreen(app, (640, 360))
    built.controller.attach(open_tour_event(tmp_path / "tour.rcv", seats=10))
    built.console.show()
    qtbot.waitExposed(built.console)
    built.console.activateWindow()
    qtbot.waitUntil(built.console.isActiveWindow)
    yield built
    built.close()


def answer_yes_soon(app: QApplication, seen: list[str]) -> None:
    def yes() -> None:
        box = app.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, yes)  # not up yet
            return
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(50, yes)


def test_space_steps_on_after_the_stop_early_question(program, qtbot) -> None:
    app = QApplication.instance()
    window, controller = program.console, program.controller
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert controller.state.phase is Phase.TIMER_RUNNING
    asked: list[str] = []
    answer_yes_soon(app, asked)
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert asked and controller.state.phase is Phase.TIME_UP  # a real box, answered Yes
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Space)  # the MC's next key reaches the console
    assert controller.state.phase is Phase.REVEALED
