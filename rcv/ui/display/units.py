"""The units on the floor as a list model for QML: the units scene's bars (2 to 60 and more).

It holds exactly what :class:`~rcv.core.audience.AudienceUnit` holds — public counts of the
floor — plus each unit's place in the order (``place``: 0 for the first bar; ``rank``: equal
counts share one). The rows keep the order they first came in while the same units stay, so a
count that changes (eliminations applied) changes that row's data and its place, and the QML
bars grow, shrink and slide to their new places instead of being rebuilt.
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

from rcv.core.audience import AudienceUnit

ROLE_NAMES = ("key", "name", "group", "size", "standing", "fellNow", "backNow", "place", "rank")
FIRST_ROLE = int(Qt.ItemDataRole.UserRole) + 1

Index = QModelIndex | QPersistentModelIndex
Row = tuple[str, str, str, int, int, int, int, int, int]


def rows_of(units: Sequence[AudienceUnit]) -> list[Row]:
    """Each unit's roles, in the order given (most standing first): its place and its rank."""
    rows = []
    for place, u in enumerate(units):
        rank = 1 + sum(1 for other in units if other.standing > u.standing)
        rows.append(
            (u.key, u.name, u.group, u.size, u.standing, u.fell_now, u.back_now, place, rank)
        )
    return rows


class UnitListModel(QAbstractListModel):
    """The units scene's rows; ``largest`` (the largest unit's size) scales every bar."""

    countChanged = Signal()
    largestChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

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
            return f"{row[1]} {row[4]}/{row[3]}"
        i = role - FIRST_ROLE
        return row[i] if 0 <= i < len(ROLE_NAMES) else None

    def _count(self) -> int:
        return len(self._rows)

    count = QtProperty(int, _count, notify=countChanged)

    def _largest(self) -> int:
        return max((r[3] for r in self._rows), default=0)

    largest = QtProperty(int, _largest, notify=largestChanged)

    # -- Python --------------------------------------------------------------------------------
    def role_values(self) -> list[dict[str, object]]:
        """Every role of every row, as QML sees them (for tests and debugging)."""
        return [dict(zip(ROLE_NAMES, row, strict=True)) for row in self._rows]

    def update(self, units: Sequence[AudienceUnit]) -> None:
        fresh = {row[0]: row for row in rows_of(units)}
        old = self._rows
        if set(fresh) != {row[0] for row in old}:
            self.beginResetModel()
            self._rows = list(fresh.values())
            self.endResetModel()
            self.countChanged.emit()
            self.largestChanged.emit()
            return
        for i, row in enumerate(old):  # the same units: each row keeps its index
            new = fresh[row[0]]
            if new != row:
                self._rows[i] = new
                self.dataChanged.emit(self.index(i, 0), self.index(i, 0))
