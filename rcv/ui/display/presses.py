"""Keypad presses reach the projector once per frame at most, however many batches arrive.

A batch of presses changes one thing the hall sees — how many have answered — yet in a 1,000-seat
burst a batch is written every few milliseconds, and each is a ``changed`` of the controller like
any command. Rebuilding the 1,000-seat audience view for each would be projector work the hall
never sees. :class:`PressCoalescer` holds a change made of presses only on a one-frame timer
(``PRESS_COALESCE_MS``): every batch until it fires rides on the same refresh. Any other change
is shown at once by the model, which takes the waiting presses with it (:meth:`cancel`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer

from rcv.core.events import AnswerReceived, LineNoise, PressesLost, PressRejected

PRESS_COALESCE_MS = 16  # one refresh per frame at most (60 Hz)
# what a batch of presses logs; a buzz (which can change the scene) is not among them
PRESS_EVENTS = (AnswerReceived, PressRejected, LineNoise, PressesLost)


def presses_only(change: object) -> bool:
    """True for a change made of keypad presses only (never for None: an event opened/closed)."""
    entries = getattr(change, "entries", None)
    return bool(entries) and all(isinstance(e.event, PRESS_EVENTS) for e in entries)


class PressCoalescer:
    """``PressCoalescer(parent, model.refresh)``; ``hold(change)`` is True when the change waits
    for the frame's refresh (the caller then does nothing), False when it must be shown now."""

    def __init__(self, parent: QObject, refresh: Callable[[], None]) -> None:
        self._timer = QTimer(parent)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(PRESS_COALESCE_MS)
        self._timer.timeout.connect(refresh)

    def hold(self, change: object) -> bool:
        if not presses_only(change):
            return False
        if not self._timer.isActive():
            self._timer.start()
        return True

    @property
    def waiting(self) -> bool:
        """True while a batch of presses has not reached the model yet (one frame at most)."""
        return self._timer.isActive()

    def cancel(self) -> None:
        """The model is refreshing now: the waiting presses are in it."""
        self._timer.stop()
