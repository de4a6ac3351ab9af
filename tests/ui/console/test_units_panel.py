"""Units and groups beside the seat grid: how many of each unit stand, following the show;
a unit (or a group) chosen marks its seats on the grid and dims the others; U puts the units
up on the projector; every word of the panel in both languages."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from rcv.clock import ManualClock
from rcv.core.audience import Scene
from rcv.core.model import Contestant, Roster
from rcv.core.state import ShowSetup
from rcv.i18n import Words
from rcv.i18n.phrases import units as phrases
from rcv.storage.event_file import EventFile
from rcv.ui.console.main_window import ConsoleWindow
from rcv.ui.console.services import ConsoleServices
from rcv.ui.console.settings import ConsoleSettings
from rcv.ui.console.units_panel import UnitsPanel
from tests.ui.console.conftest import Prompts, questions, rules
from tests.ui.console.driver import key, play

UNITS = {  # seat: (unit, group)
    **dict.fromkeys(range(1, 5), ("Huyện Krông Ana", "Cụm thi đua số 1")),
    **dict.fromkeys(range(5, 9), ("Sở Y tế", "Khối Sở, ngành")),
    **dict.fromkeys(range(9, 12), ("Sở Tư pháp", "Khối Sở, ngành")),
    12: ("", ""),
}


def unit_setup() -> ShowSetup:
    people = tuple(
        Contestant(f"TS{s:03d}", s, f"Thí sinh số {s}", unit, group)
        for s, (unit, group) in UNITS.items()
    )
    return ShowSetup(Roster(people), questions(), rules())


def open_console(qtbot, controller, tmp_path: Path, units: bool = True) -> ConsoleWindow:  # type: ignore[no-untyped-def]
    path = tmp_path / "units.rcv"
    setup = unit_setup()
    if not units:
        people = tuple(replace(c, unit="", group="") for c in setup.roster.contestants)
        setup = replace(setup, roster=Roster(people))
    EventFile.create(path, setup).close()
    window = ConsoleWindow(
        controller, ConsoleServices(settings=ConsoleSettings(tmp_path / "console.json"))
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    assert window.session.open_path(path) is None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the keys go to it
    window.grid.setFocus()
    return window


def counts(panel: UnitsPanel) -> dict[str, str]:
    return {
        item.text(0): item.text(1)
        for item in (panel.item_for(n) for n in ("Huyện Krông Ana", "Sở Y tế", "Khối Sở, ngành"))
        if item is not None
    }


def pixel(window: ConsoleWindow, seat: int) -> QColor:
    rect = window.grid.cell_rect(seat)
    image = window.grid.viewport().grab().toImage()
    return image.pixelColor(rect.center() + QPoint(0, rect.height() // 4))


def test_the_panel_counts_the_standing_and_marks_a_units_seats(
    qtbot, controller, clock: ManualClock, tmp_path: Path, prompts: Prompts
) -> None:  # type: ignore[no-untyped-def]
    window = open_console(qtbot, controller, tmp_path)
    panel = window.units
    assert panel.isVisible()
    assert counts(panel) == {"Huyện Krông Ana": "4/4", "Sở Y tế": "4/4", "Khối Sở, ngành": "7/7"}
    assert panel.item_for("Sở Y tế").parent() is panel.item_for("Khối Sở, ngành")
    assert panel.item_for(phrases.say(window.services.words, phrases.NONE)) is not None

    answers = {s: "B" for s in UNITS} | {1: "A", 2: "A", 5: "C"}
    play(qtbot, window, clock, answers)  # 1, 2 and 5 leave the floor
    assert counts(panel) == {"Huyện Krông Ana": "2/4", "Sở Y tế": "3/4", "Khối Sở, ngành": "6/7"}

    other_before = pixel(window, 9)
    panel.tree.setCurrentItem(panel.item_for("Sở Y tế"))
    assert window.grid.marked_seats() == frozenset({5, 6, 7, 8})
    assert "3/4" in panel.status.text()
    assert pixel(window, 9).lightness() < other_before.lightness()  # another unit: dimmed
    panel.tree.setCurrentItem(panel.item_for("Khối Sở, ngành"))
    assert window.grid.marked_seats() == frozenset(range(5, 12))  # a group: all its units
    qtbot.keyClick(panel.tree, Qt.Key.Key_Escape)
    assert window.grid.marked_seats() is None
    assert pixel(window, 9) == other_before


def test_u_puts_the_units_on_the_projector_and_takes_them_off(
    qtbot, controller, tmp_path: Path, prompts: Prompts
) -> None:  # type: ignore[no-untyped-def]
    window = open_console(qtbot, controller, tmp_path)
    assert window.commands.units.isEnabled()
    key(qtbot, window, Qt.Key.Key_U)
    assert controller.display_override is Scene.UNITS
    view = controller.audience_view()
    assert view is not None and view.scene is Scene.UNITS
    assert {u.name: u.size for u in view.units} == {
        "Huyện Krông Ana": 4,
        "Sở Y tế": 4,
        "Sở Tư pháp": 3,
    }
    key(qtbot, window, Qt.Key.Key_U)
    assert controller.display_override is None
    button = window.projector.buttons[Scene.UNITS]  # the same, beside the preview
    button.click()
    assert controller.display_override is Scene.UNITS and button.isChecked()
    assert window.commands.units.isChecked()


def test_without_units_the_panel_hides_and_u_is_off(
    qtbot, controller, tmp_path: Path, prompts: Prompts
) -> None:  # type: ignore[no-untyped-def]
    window = open_console(qtbot, controller, tmp_path, units=False)
    assert not window.units.isVisible()  # the grid keeps the whole width
    assert not window.commands.units.isEnabled()
    assert not window.projector.buttons[Scene.UNITS].isEnabled()


def test_every_word_of_the_panel_is_said_in_english() -> None:
    english = Words("en")
    missing = [p for p in phrases.PHRASES if not english.has(phrases.CTX, p)]
    assert not missing
    assert phrases.say(english, phrases.ALL, units=3) != phrases.say(
        Words("vi"), phrases.ALL, units=3
    )
