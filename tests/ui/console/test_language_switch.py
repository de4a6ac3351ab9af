"""Switching the console's language rebuilds it around the same show, in the new language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from rcv.clock import ManualClock
from rcv.core.rules import Rules
from rcv.core.state import Phase, ShowSetup
from rcv.entry.compose import build
from rcv.storage.event_file import EventFile
from rcv.ui.console.settings import ConsoleSettings
from tests.core.helpers import questions, roster


@pytest.fixture
def program(qtbot, tmp_path: Path):
    from rcv.ui import translators

    app = QApplication.instance()
    settings = ConsoleSettings(tmp_path / "console.json")
    built = build(app, clock=ManualClock(), settings=settings, with_display=False, crash_log=False)
    event = EventFile.create(tmp_path / "show.rcv", ShowSetup(roster(5), questions(), Rules()))
    built.controller.attach(event)
    yield built
    built.close()
    translators.switch_language(app, "vi")


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_switching_to_english_rebuilds_the_console_mid_show(program, qtbot) -> None:
    program.console.show()
    program.controller.primary()  # question 1 on stage
    old = program.console
    assert "&Sự kiện" in menu_titles(old)
    language_menu = next(a.menu() for a in old.menuBar().actions() if "Language" in a.text())
    english = next(a for a in language_menu.actions() if a.text() == "English")
    english.trigger()
    new = program.console
    assert new is not old and new.isVisible() and not old.isVisible()
    assert "&Event" in menu_titles(new)
    assert program.controller.state.phase is Phase.QUESTION_SHOWN  # the show went on
    assert program.console.services.settings.language == "en"
    # the rebuilt console still drives the show
    program.console.commands.primary.trigger()
    assert program.controller.state.phase is Phase.TIMER_RUNNING


def receivers(controller: object) -> dict[str, int]:
    """How many slots each of the controller's signals reaches now."""
    from PySide6.QtCore import SIGNAL

    names = (
        "changed(PyObject)",
        "refused(PyObject)",
        "displayChanged()",
        "storageFailed(PyObject)",
    )
    return {n: controller.receivers(SIGNAL(n)) for n in names}  # type: ignore[attr-defined]


def settle(app: QApplication) -> None:
    """Let the deferred deletes happen (what the event loop does between two key presses)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_switching_there_and_back_leaves_no_dangling_action_or_signal(program, qtbot) -> None:
    """English, then Tiếp Việt: the projector keys (B, L, S) and Space still work on the new
    window, nothing reaches the old ones (an exception in a slot fails the test under
    pytest-qt), and the controller's signals reach as many slots as before."""
    from PySide6.QtCore import Qt

    from rcv.core.audience import Scene

    app = QApplication.instance()
    program.console.show()
    qtbot.waitExposed(program.console)
    settle(app)
    before = receivers(program.controller)
    first = program.console
    program.switch_language("en")
    settle(app)
    program.switch_language("vi")
    settle(app)
    window = program.console
    assert window is not first and window.isVisible()
    assert "&Sự kiện" in menu_titles(window)
    assert receivers(program.controller) == before  # the old windows took their links along
    window.activateWindow()
    for key, scene in ((Qt.Key.Key_B, Scene.BLACKOUT), (Qt.Key.Key_L, Scene.LOGO),
                       (Qt.Key.Key_S, Scene.FLOOR)):  # fmt: skip
        qtbot.keyClick(window, key)
        assert program.controller.display_override is scene
        assert window.commands.scene_actions()[scene].isChecked()
        qtbot.keyClick(window, key)  # again: back to the show
        assert program.controller.display_override is None
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert program.controller.state.phase is Phase.QUESTION_SHOWN
    assert window.primary.label() == "Bắt đầu tính giờ"


SWITCH_THEN_LOAD_QML = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from rcv.ui import translators
from rcv.clock import ManualClock
from rcv.app.controller import ShowController
from rcv.ui.display.model import DisplayModel
from rcv.ui.display.render import SceneRenderer
translators.switch_language(app, "en")
translators.switch_language(app, "vi")
SceneRenderer(DisplayModel(ShowController(ManualClock())))
print("loaded")
"""


def test_the_projector_still_loads_after_switching_back_to_vietnamese() -> None:
    """An empty translator left installed made QML loading hang (PySide6 6.11)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SWITCH_THEN_LOAD_QML],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "loaded" in done.stdout
