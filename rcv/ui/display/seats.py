"""The seats on the floor as a list model for QML (up to 500 rows).

It holds exactly what :class:`~rcv.core.audience.AudienceSeat` holds — public facts only. An
update that keeps the same seats emits ``dataChanged`` for the rows that changed (so 500 seat
delegates are not rebuilt after every command); a different roster resets the model.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from rcv.core.audience import AudienceSeat

ROLE_NAMES = ("seat", "name", "standing", "eliminatedNow", "returnedNow", "bell")
FIELDS = ("seat", "name", "standing", "eliminated_now", "returned_now", "bell")
FIRST_ROLE = int(Qt.ItemDataRole.UserRole) + 1

Index = QModelIndex | QPersistentModelIndex


class SeatListModel(QAbstractListModel):
    countChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[AudienceSeat, ...] = ()

    # -- Qt ------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        return {FIRST_ROLE + i: QByteArray(name.encode()) for i, name in enumerate(ROLE_NAMES)}

    def data(self, index: Index, role: int = int(Qt.ItemDataRole.DisplayRole)) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == int(Qt.ItemDataRole.DisplayRole):
            return f"{row.seat} {row.name}"
        i = role - FIRST_ROLE
        if 0 <= i < len(FIELDS):
            return getattr(row, FIELDS[i])
        return None

    def _count(self) -> int:
        return len(self._rows)

    count = QtProperty(int, _count, notify=countChanged)

    # -- Python --------------------------------------------------------------------------------
    @property
    def rows(self) -> tuple[AudienceSeat, ...]:
        return self._rows

    def role_values(self) -> list[dict[str, object]]:
        """Every role of every row, as QML sees them (for tests and debugging)."""
        return [
            {name: self.data(self.index(r, 0), FIRST_ROLE + i) for i, name in enumerate(ROLE_NAMES)}
            for r in range(len(self._rows))
        ]

    def update(self, seats: Sequence[AudienceSeat]) -> None:
        new = tuple(seats)
        old = self._rows
        if len(new) != len(old) or any(a.seat != b.seat for a, b in zip(new, old, strict=True)):
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            self.countChanged.emit()
            return
        changed = [i for i, (a, b) in enumerate(zip(new, old, strict=True)) if a != b]
        self._rows = new
        for first, last in _runs(changed):  # only the changed rows re-evaluate their bindings
            self.dataChanged.emit(self.index(first, 0), self.index(last, 0))


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Consecutive row numbers grouped: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
