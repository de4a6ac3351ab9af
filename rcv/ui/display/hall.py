"""The audience rescue game on the projector: the hall's public view as Qt properties.

``HallModel`` is fed a :class:`~rcv.app.hall.HallView` (what the hall may see: the question,
how many spectators answered, and after the answers are closed how many were right and how many
contestants return) by the composition root, whenever the game changes. QML reads it as
``display.hall``; while a round is on, ``Main.qml`` shows ``AudienceScene.qml`` with the
audience page's join QR. The correct option exists here only once the answers are closed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, Signal

from rcv.app.hall import HallView
from rcv.core.model import LETTERS
from rcv.ui.display.qr import qr_source


class HallModel(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = HallView()

    def apply(self, view: HallView) -> None:
        if view != self.view:
            self.view = view
            self.changed.emit()

    def role_values(self) -> dict[str, Any]:
        """Everything QML can read of the hall (the leak test walks it like the seats)."""
        return {
            "active": self._active(),
            "open": self._open(),
            "text": self._text(),
            "options": self._options(),
            "answered": self._answered(),
            "right": self._right(),
            "returns": self._returns(),
            "joinUrl": self._join_url(),
            "qrSource": self._qr(),
        }

    def _active(self) -> bool:
        return self.view.active

    def _open(self) -> bool:
        return self.view.open

    def _text(self) -> str:
        return self.view.text

    def _options(self) -> list[dict[str, Any]]:
        v = self.view
        return [
            {
                "letter": LETTERS[i],
                "text": t,
                "correct": bool(v.correct) and v.correct == LETTERS[i],
            }
            for i, t in enumerate(v.options)
        ]

    def _answered(self) -> int:
        return self.view.answered

    def _right(self) -> int:
        return -1 if self.view.right is None else self.view.right

    def _returns(self) -> int:
        return -1 if self.view.returns is None else self.view.returns

    def _join_url(self) -> str:
        return self.view.join_url

    def _qr(self) -> str:
        return qr_source(self.view.join_url)

    active = Property(bool, _active, notify=changed)
    open = Property(bool, _open, notify=changed)
    text = Property(str, _text, notify=changed)
    options = Property("QVariantList", _options, notify=changed)
    answered = Property(int, _answered, notify=changed)
    right = Property(int, _right, notify=changed)
    returns = Property(int, _returns, notify=changed)
    joinUrl = Property(str, _join_url, notify=changed)
    qrSource = Property(str, _qr, notify=changed)
