"""The seat grid's model: one row per seat, in seat order, each a :class:`SeatCell` worked out
from the controller's state.

On each ``changed`` it announces only the seats the change touched (the whole grid only when the
phase moved or an undo replayed the show), so the grid repaints just those cells.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from rcv.app.controller import ShowController
from rcv.core.model import Question
from rcv.core.show import Change
from rcv.core.state import QuestionRecord
from rcv.i18n import Words
from rcv.ui.console.seat_cells import SeatCell, seat_cell

CELL_ROLE = Qt.ItemDataRole.UserRole + 1
SEAT_ROLE = Qt.ItemDataRole.UserRole + 2
ModelIndex = QModelIndex | QPersistentModelIndex


class SeatGridModel(QAbstractListModel):
    """One row per seat, in seat order."""

    def __init__(
        self, controller: ShowController, words: Words, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self.words = words
        self._seats: list[int] = []
        self._rows: dict[int, int] = {}
        self._names: dict[int, str] = {}
        self._record: QuestionRecord | None = None
        self._question: Question | None = None
        controller.changed.connect(self.on_changed)
        self._reload()

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._seats)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._seats):
            return None
        seat = self._seats[index.row()]
        if role == SEAT_ROLE:
            return seat
        if role == Qt.ItemDataRole.DisplayRole:
            return str(seat)
        if role == CELL_ROLE:
            return self.cell(seat)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell(seat).words(self.words)
        return None

    # -- reading -----------------------------------------------------------------------------
    @property
    def seats(self) -> list[int]:
        return list(self._seats)

    def row_of(self, seat: int) -> int | None:
        return self._rows.get(seat)

    def cell(self, seat: int) -> SeatCell:
        state = self._controller.state
        assert state is not None
        return seat_cell(state, seat, self._names.get(seat, ""), self._record, self._question)

    # -- following the show ------------------------------------------------------------------
    def on_changed(self, change: Change | None) -> None:
        if change is None:
            self.beginResetModel()
            self._reload()
            self.endResetModel()
            return
        self._follow_question()
        if change.phase_changed or change.undone:
            if self._seats:
                last = self.index(len(self._seats) - 1)
                self.dataChanged.emit(self.index(0), last, [CELL_ROLE])
            return
        for seat in change.seats:  # one signal per seat: the view repaints just that cell
            row = self._rows.get(seat)
            if row is not None:
                index = self.index(row)
                self.dataChanged.emit(index, index, [CELL_ROLE])

    def _reload(self) -> None:
        setup = self._controller.setup
        if setup is None:
            self._seats, self._rows, self._names = [], {}, {}
        else:
            self._seats = list(setup.roster.seats)
            self._rows = {seat: row for row, seat in enumerate(self._seats)}
            self._names = {c.seat: c.name for c in setup.roster.contestants}
        self._record = self._question = None
        self._follow_question()

    def _follow_question(self) -> None:
        state, setup = self._controller.state, self._controller.setup
        record = state.current if state is not None else None
        if record is not self._record:
            self._record = record
            self._question = setup.questions.by_id(record.question_id) if record and setup else None
