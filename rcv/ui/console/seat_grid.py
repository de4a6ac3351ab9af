"""The live seat grid: every contestant at a glance, up to 500 of them, redrawn seat by seat.

:class:`SeatGridModel` turns the controller's state into :class:`SeatCell` values and, on each
``changed``, announces only the seats the change touched (the whole grid only when the phase
moved or an undo replayed the show). :class:`SeatGrid` is a wrapping QListView whose cells grow
to fill the space; :class:`SeatDelegate` paints one cell.
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPolygon, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QWidget
from PySide6.QtWidgets import QStyleOptionViewItem as ViewItem

from rcv.app.controller import ShowController
from rcv.core.model import Question
from rcv.core.show import Change
from rcv.core.state import QuestionRecord
from rcv.ui.console import style
from rcv.ui.console.seat_cells import SeatCell, SeatLook, seat_cell

Align = Qt.AlignmentFlag
CELL_ROLE = Qt.ItemDataRole.UserRole + 1
SEAT_ROLE = Qt.ItemDataRole.UserRole + 2
ModelIndex = QModelIndex | QPersistentModelIndex

FILLS = {
    SeatLook.WAITING: style.SEAT_WAITING,
    SeatLook.ANSWERED: style.SEAT_ANSWERED,
    SeatLook.RIGHT: style.SEAT_RIGHT,
    SeatLook.WRONG: style.SEAT_WRONG,
    SeatLook.NO_ANSWER: style.SEAT_NO_ANSWER,
    SeatLook.IDLE: style.SEAT_IDLE,
    SeatLook.OUT: style.SEAT_OUT,
    SeatLook.BELL: style.SEAT_BELL,
}


class SeatGridModel(QAbstractListModel):
    """One row per seat, in seat order."""

    def __init__(self, controller: ShowController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
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
            return self.cell(seat).words()
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


class SeatDelegate(QStyledItemDelegate):
    """Paints one seat: its number, the key it pressed, how fast, and its state as a colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = QSize(64, 48)
        self._fonts = _fonts(self._size)

    def set_cell_size(self, size: QSize) -> None:
        self._size = QSize(size)
        self._fonts = _fonts(size)

    def sizeHint(self, option: ViewItem, index: ModelIndex) -> QSize:
        return QSize(self._size)

    def paint(self, painter: QPainter, option: ViewItem, index: ModelIndex) -> None:
        cell: SeatCell | None = index.data(CELL_ROLE)
        if cell is None:
            return
        small, big, tiny = self._fonts
        rect: QRect = option.rect.adjusted(2, 2, -2, -2)  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.setPen(QPen(style.SEAT_SELECTED, 2) if selected else Qt.PenStyle.NoPen)
        painter.setBrush(FILLS[cell.look])
        painter.drawRoundedRect(rect, 5, 5)
        out = cell.look is SeatLook.OUT
        ink = style.SEAT_OUT_TEXT if out else style.TEXT
        if cell.look is SeatLook.BELL:
            ink = QColor("#000000")
        inner = rect.adjusted(3, 1, -3, -1)
        painter.setPen(ink)
        painter.setFont(small)
        painter.drawText(inner, Align.AlignLeft | Align.AlignTop, str(cell.seat))
        if cell.answer is not None:
            painter.setFont(big)
            text = cell.answer if len(cell.answer) <= 3 else cell.answer[:3] + "…"
            # small cells: the letter to the bottom right, clear of the seat number
            where = (
                Align.AlignCenter if rect.height() >= 40 else Align.AlignRight | Align.AlignBottom
            )
            painter.drawText(inner, where, text)
        if cell.response_ms is not None and rect.height() >= 40:
            painter.setFont(tiny)
            secs = f"{cell.response_ms / 1000:.1f}".replace(".", ",")
            painter.drawText(inner, Align.AlignRight | Align.AlignBottom, secs)
        if cell.by_operator:  # a hand-set answer: a yellow corner
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.SEAT_OPERATOR_MARK)
            r, t, k = rect.right(), rect.top(), max(8, rect.height() // 4)
            painter.drawPolygon(QPolygon([rect.topRight(), QPoint(r - k, t), QPoint(r, t + k)]))
        if cell.out_now or cell.back_now:  # left or came back just now: a bar at the bottom
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.SEAT_WRONG if cell.out_now else style.SEAT_RIGHT)
            painter.drawRect(rect.left() + 3, rect.bottom() - 3, rect.width() - 6, 3)
        painter.restore()


def _fonts(size: QSize) -> tuple[QFont, QFont, QFont]:
    small = QFont()
    small.setPixelSize(max(8, size.height() // 4))
    if size.height() < 40:  # three-digit seat numbers beside the letter
        small.setStretch(QFont.Stretch.Condensed)
    big = QFont()
    big.setPixelSize(max(12, int(size.height() * (0.45 if size.height() >= 40 else 0.55))))
    big.setBold(True)
    tiny = QFont()
    tiny.setPixelSize(max(8, size.height() // 5))
    return small, big, tiny


class SeatGrid(QListView):
    """All seats in rows; click (or Enter on) a seat to correct it."""

    seatActivated = Signal(int)

    MIN_CELL = QSize(36, 27)  # 500 seats fit a 1100 × 500 area
    MAX_CELL_WIDTH = 120
    ASPECT = 1.35  # width / height of a cell

    def __init__(self, model: SeatGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seatGrid")
        self.setModel(model)
        self._delegate = SeatDelegate(self)
        self.setItemDelegate(self._delegate)
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSpacing(0)
        self.setStyleSheet("QListView#seatGrid { background: #0d1117; border: none; }")
        self.clicked.connect(self._activate)
        self.activated.connect(self._activate)
        model.modelReset.connect(self.fit_cells)

    @property
    def seat_model(self) -> SeatGridModel:
        model = self.model()
        assert isinstance(model, SeatGridModel)
        return model

    def set_delegate(self, delegate: SeatDelegate) -> None:
        """Swap the painter (the console bench installs a timing one)."""
        self._delegate = delegate
        self.setItemDelegate(delegate)
        self.fit_cells()

    def cell_text(self, seat: int) -> str:
        """What the grid says about a seat (its tooltip)."""
        return self.seat_model.cell(seat).words()

    def cell_rect(self, seat: int) -> QRect:
        row = self.seat_model.row_of(seat)
        return QRect() if row is None else self.visualRect(self.seat_model.index(row))

    def select_seat(self, seat: int) -> None:
        row = self.seat_model.row_of(seat)
        if row is not None:
            index = self.seat_model.index(row)
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_cells()

    def fit_cells(self) -> None:
        """The largest cells that show every seat without scrolling (above a minimum size)."""
        count = max(1, self.seat_model.rowCount())
        area = self.viewport().size()
        # the list wraps a little early (it keeps room for a scroll bar): measure as it does
        spare = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 2
        width, height = max(1, area.width() - spare), max(1, area.height() - 2)
        best = QSize(self.MIN_CELL)
        for columns in range(1, count + 1):
            w = min(self.MAX_CELL_WIDTH, width // columns)
            h = int(w / self.ASPECT)
            if w < self.MIN_CELL.width():
                break
            if math.ceil(count / columns) * h <= height:
                best = QSize(w, h)
                break
        if best != self.gridSize():
            self._delegate.set_cell_size(best)
            self.setGridSize(best)

    def _activate(self, index: QModelIndex) -> None:
        seat = index.data(SEAT_ROLE)
        if isinstance(seat, int):
            self.seatActivated.emit(seat)
