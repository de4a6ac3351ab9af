"""A list of seats with a check box each: the rescue and tie-break dialogs choose seats in it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget


class SeatChecklist(QListWidget):
    def __init__(
        self,
        rows: Iterable[tuple[int, str]],
        checked: Iterable[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        """``rows``: (seat, text shown) in display order; ``checked``: seats ticked at first."""
        super().__init__(parent)
        for seat, text in rows:
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, seat)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        self.check_seats(set(checked))

    def check_seats(self, seats: set[int]) -> None:
        for row in range(self.count()):
            item = self.item(row)
            on = item.data(Qt.ItemDataRole.UserRole) in seats
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def checked_seats(self) -> tuple[int, ...]:
        """The ticked seats, in seat order."""
        return tuple(
            sorted(
                int(self.item(r).data(Qt.ItemDataRole.UserRole))
                for r in range(self.count())
                if self.item(r).checkState() is Qt.CheckState.Checked
            )
        )
