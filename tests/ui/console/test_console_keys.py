"""The show keys never fire while the MC types; they do everywhere else."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox

from rcv.core.audience import Scene
from rcv.core.state import Phase
from rcv.ui.console.main_window import ConsoleWindow
from rcv.ui.console.seat_dialog import SeatDialog

from .driver import key, space


def test_space_in_the_search_field_types_a_space(qtbot: object, console: ConsoleWindow) -> None:
    w, c = console, console.controller
    qtbot.mouseClick(w.search, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert w.search.hasFocus()
    assert "Đang gõ chữ" in w.primary.hint.text()
    qtbot.keyClicks(w.search, "Nguyen")  # type: ignore[attr-defined]
    qtbot.keyClick(w.search, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    qtbot.keyClicks(w.search, "Van bpltrs")  # type: ignore[attr-defined]
    assert w.search.text() == "Nguyen Van bpltrs"
    assert c.state.phase is Phase.LOBBY  # Space did not show a question
    assert c.display_override is None  # B, L, S did not touch the projector
    assert not c.state.paused  # P did not pause
    key(qtbot, w, Qt.Key.Key_Escape)  # Esc clears the field and gives the keys back
    qtbot.keyClick(w.search, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    assert w.search.text() == "" and not w.search.hasFocus()
    space(qtbot, w)
    assert c.state.phase is Phase.QUESTION_SHOWN


def test_space_in_a_spin_box_of_the_console_types(qtbot: object, console: ConsoleWindow) -> None:
    spin = QSpinBox(console.primary)  # any number field the console may hold
    spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    spin.show()
    spin.setFocus()
    assert spin.hasFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    qtbot.keyClick(spin, Qt.Key.Key_B)  # type: ignore[attr-defined]
    assert console.controller.state.phase is Phase.LOBBY
    assert console.controller.display_override is None


def test_search_finds_a_contestant_and_enter_opens_the_seat(
    qtbot: object, console: ConsoleWindow
) -> None:
    w = console
    qtbot.mouseClick(w.search, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    w.search.insert("Trần Thị")  # what a Vietnamese input method commits
    assert w.grid.current_seat() == 2
    qtbot.keyClick(w.search, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    dialog = w.findChild(SeatDialog)
    assert dialog is not None and dialog.windowTitle() == "Ghế 2"


def test_projector_and_pause_keys(qtbot: object, console: ConsoleWindow) -> None:
    w, c = console, console.controller
    key(qtbot, w, Qt.Key.Key_B)
    assert c.display_override is Scene.BLACKOUT
    assert w.projector.buttons[Scene.BLACKOUT].isChecked()
    assert "màn đen" in w.projector.audience.text()
    key(qtbot, w, Qt.Key.Key_L)
    assert c.display_override is Scene.LOGO
    key(qtbot, w, Qt.Key.Key_L)
    assert c.display_override is None
    space(qtbot, w)
    key(qtbot, w, Qt.Key.Key_P)
    assert c.state.paused
    assert w.primary.label() == "Tiếp tục"
    space(qtbot, w)  # the primary step while paused is to resume
    assert not c.state.paused
