"""The live seat grid: every contestant at a glance, up to 500 of them, redrawn seat by seat.

:class:`SeatGridModel` turns the controller's state into :class:`SeatCell` values and, on each
``changed``, announces only the seats the change touched (the whole grid only when the phase
moved or an undo replayed the show). :class:`SeatGrid` lays the seats out in rows whose cells
grow to fill the space, and repaints exactly the cells in the dirty region — a burst of presses
scattered over the floor repaints those seats, not the rectangle around them.
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from rcv.app.controller import ShowController
from rcv.core.model import Question
from rcv.core.show import Change
from rcv.core.state import QuestionRecord
from rcv.i18n import Words
from rcv.ui.console import style
from rcv.ui.console.seat_cells import SeatCell, seat_cell
from rcv.ui.console.seat_painter import SeatPainter

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


class SeatGrid(QAbstractScrollArea):
    """All seats in rows; click (or Enter on) a seat to correct it. Arrow keys move."""

    seatActivated = Signal(int)

    MIN_CELL = QSize(36, 27)  # 500 seats fit a 1100 × 500 area
    MAX_CELL_WIDTH = 120
    ASPECT = 1.35  # width / height of a cell

    def __init__(self, model: SeatGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seatGrid")
        self._model = model
        self._painter = SeatPainter()
        self._cell = QSize(64, 48)
        self._columns = 1
        self._current: int | None = None  # a row of the model
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        model.dataChanged.connect(self._on_data_changed)
        model.modelReset.connect(self._on_reset)
        self._on_reset()

    # -- for the console, its tests and the bench ----------------------------------------------
    @property
    def seat_model(self) -> SeatGridModel:
        return self._model

    def set_painter(self, painter: SeatPainter) -> None:
        """Swap the cell painter (the console bench installs a timing one)."""
        self._painter = painter
        painter.set_cell_size(self._cell)
        self.viewport().update()

    def cell_size(self) -> QSize:
        return QSize(self._cell)

    def cell_text(self, seat: int) -> str:
        """What the grid says about a seat (its tooltip)."""
        return self._model.cell(seat).words(self._model.words)

    def cell_rect(self, seat: int) -> QRect:
        row = self._model.row_of(seat)
        return QRect() if row is None else self._rect_of(row)

    def current_seat(self) -> int | None:
        seats = self._model.seats
        return seats[self._current] if self._current is not None else None

    def select_seat(self, seat: int) -> None:
        row = self._model.row_of(seat)
        if row is not None:
            self._set_current(row)

    # -- layout ------------------------------------------------------------------------------
    def fit_cells(self) -> None:
        """The largest cells that show every seat without scrolling (above a minimum size)."""
        count = max(1, self._model.rowCount())
        area = self.viewport().size()
        width, height = max(1, area.width()), max(1, area.height())
        best = QSize(self.MIN_CELL)
        for columns in range(1, count + 1):
            w = min(self.MAX_CELL_WIDTH, width // columns)
            h = int(w / self.ASPECT)
            if w < self.MIN_CELL.width():
                break
            if math.ceil(count / columns) * h <= height:
                best = QSize(w, h)
                break
        self._cell = best
        self._columns = max(1, width // best.width())
        self._painter.set_cell_size(best)
        rows = math.ceil(self._model.rowCount() / self._columns)
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, rows * best.height() - height))
        bar.setPageStep(height)
        bar.setSingleStep(best.height())
        self.viewport().update()

    def _rect_of(self, row: int) -> QRect:
        w, h = self._cell.width(), self._cell.height()
        r, c = divmod(row, self._columns)
        return QRect(c * w, r * h - self.verticalScrollBar().value(), w, h)

    def _row_at(self, point: QPoint) -> int | None:
        w, h = self._cell.width(), self._cell.height()
        c = point.x() // w
        r = (point.y() + self.verticalScrollBar().value()) // h
        row = r * self._columns + c
        ok = 0 <= c < self._columns and point.y() >= 0 and 0 <= row < self._model.rowCount()
        return row if ok else None

    def _rows_in(self, rect: QRect) -> list[int]:
        w, h = self._cell.width(), self._cell.height()
        top = self.verticalScrollBar().value()
        first_r, last_r = max(0, (rect.top() + top) // h), (rect.bottom() + top) // h
        first_c, last_c = max(0, rect.left() // w), min(self._columns - 1, rect.right() // w)
        count = self._model.rowCount()
        return [
            row
            for r in range(first_r, last_r + 1)
            for c in range(first_c, last_c + 1)
            if (row := r * self._columns + c) < count
        ]

    # -- painting: only the cells in the dirty region ------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        seats = self._model.seats
        done: set[int] = set()
        for rect in event.region():
            painter.fillRect(rect, style.GRID_BACKGROUND)
            for row in self._rows_in(rect):
                if row not in done:
                    done.add(row)
                    cell = self._model.cell(seats[row])
                    self._painter.paint(painter, self._rect_of(row), cell, row == self._current)
        painter.end()

    def _on_data_changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        if top.row() == bottom.row():
            self.viewport().update(self._rect_of(top.row()))
        else:
            self.viewport().update()

    def _on_reset(self) -> None:
        self._current = None
        self.fit_cells()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_cells()

    # -- mouse, keys, tooltips -----------------------------------------------------------------
    def _set_current(self, row: int) -> None:
        previous, self._current = self._current, row
        if previous is not None:
            self.viewport().update(self._rect_of(previous))
        rect = self._rect_of(row)
        bar = self.verticalScrollBar()
        if rect.top() < 0 or rect.bottom() > self.viewport().height():
            bar.setValue(bar.value() + rect.top() - self.viewport().height() // 2)
        self.viewport().update(self._rect_of(row))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        row = self._row_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and row is not None:
            self._set_current(row)
            self.seatActivated.emit(self._model.seats[row])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        count = self._model.rowCount()
        if not count:
            return super().keyPressEvent(event)
        row = self._current if self._current is not None else 0
        moves = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -self._columns,
            Qt.Key.Key_Down: self._columns,
        }
        key = Qt.Key(event.key())
        if key in moves:
            self._set_current(min(count - 1, max(0, row + moves[key])))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._current is not None:
            self.seatActivated.emit(self._model.seats[self._current])
        else:
            super().keyPressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self._row_at(event.pos())
            if row is not None:
                QToolTip.showText(event.globalPos(), self.cell_text(self._model.seats[row]), self)
            return True
        return super().viewportEvent(event)
