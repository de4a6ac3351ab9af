"""Finding a contestant by seat number, SBD or (part of) a name; Enter opens the seat.

A text field, so the typing guard gives it every plain key: Space types a space in "Nguyễn Văn".
It never takes the focus by itself (click, or Ctrl+F); Esc clears it and hands the keys back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from rcv.app.controller import ShowController


class SeatSearch(QLineEdit):
    found = Signal(int)  # the first matching seat, as the MC types
    chosen = Signal(int)  # Enter: open this seat
    left = Signal()  # Esc: back to the show keys

    def __init__(self, controller: ShowController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setPlaceholderText(self.tr("Tìm ghế, SBD hoặc tên — Enter để mở ghế"))
        self.setClearButtonEnabled(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # never the focus by default
        self.textChanged.connect(self._typed)
        self.returnPressed.connect(self._enter)

    def matches(self, text: str) -> list[int]:
        setup = self._controller.setup
        needle = text.strip().casefold()
        if setup is None or not needle:
            return []
        if needle.isdigit():
            exact = [c.seat for c in setup.roster.contestants if c.seat == int(needle)]
            if exact:
                return exact
        return [
            c.seat
            for c in setup.roster.contestants
            if needle in c.name.casefold() or needle == c.sbd.casefold()
        ]

    def start(self) -> None:
        """Ctrl+F: take the keys, ready to type over."""
        self.setFocus()
        self.selectAll()

    def _typed(self, text: str) -> None:
        found = self.matches(text)
        if found:
            self.found.emit(found[0])

    def _enter(self) -> None:
        found = self.matches(self.text())
        self.left.emit()
        if found:
            self.chosen.emit(found[0])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.left.emit()
            return
        super().keyPressEvent(event)
