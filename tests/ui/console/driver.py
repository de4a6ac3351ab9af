"""Driving the console as the MC does: keys on the main window, presses from the keypads, the
show clock moved by hand (never a sleep)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rcv.clock import ManualClock
from rcv.core.commands import Press
from rcv.ui.console.main_window import ConsoleWindow


# -- driving the show ------------------------------------------------------------------------
def key(
    qtbot: object,
    window: ConsoleWindow,
    k: Qt.Key,
    mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(window, k, mod)  # type: ignore[attr-defined]


def space(qtbot: object, window: ConsoleWindow) -> None:
    key(qtbot, window, Qt.Key.Key_Space)


def press(window: ConsoleWindow, answers: dict[int, str]) -> None:
    """Keypads press: handed to the controller as the hardware link would, then written."""
    c = window.controller
    record = c.state.questions[-1]  # type: ignore[union-attr]
    start = record.timer_started_at_ms or 0
    c.add_presses([Press(seat, k, start + 500 + 10 * i, "hub-1")
                   for i, (seat, k) in enumerate(answers.items())])  # fmt: skip
    c.flush_presses()


def time_up(window: ConsoleWindow, clock: ManualClock) -> None:
    """Move the show clock past the deadline; the controller's tick locks the answers."""
    record = window.controller.state.questions[-1]  # type: ignore[union-attr]
    clock.set((record.deadline_ms or 0) + 1)
    window.controller.tick()


def play(qtbot: object, window: ConsoleWindow, clock: ManualClock, answers: dict[int, str]) -> None:
    """One question with the keys: Space (show), Space (timer), presses, time-up, Space
    (reveal), Space (apply)."""
    space(qtbot, window)
    space(qtbot, window)
    press(window, answers)
    time_up(window, clock)
    space(qtbot, window)
    space(qtbot, window)
