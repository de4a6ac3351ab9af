"""The live seat grid: every contestant at a glance, up to a thousand of them, redrawn seat by
seat.

:class:`~rcv.ui.console.seat_model.SeatGridModel` gives each seat's cell and announces only the
seats a change touched. :class:`SeatGrid` places the seats by a
:class:`~rcv.ui.console.seat_layout.SeatLayout` chosen from the number of seats once — rows of
ten, blocks of a hundred — so no seat ever moves during a show; the cells grow to fill the space,
and when they would be too small to read the numbers the grid zooms in and scrolls (Ctrl +/−,
Ctrl+wheel; Ctrl+0 shows every seat). It repaints exactly the cells in the dirty region — a burst
of presses scattered over the floor repaints those seats, not the rectangle around them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from rcv.ui.console import style
from rcv.ui.console.seat_layout import SeatLayout
from rcv.ui.console.seat_model import CELL_ROLE, SEAT_ROLE, SeatGridModel
from rcv.ui.console.seat_painter import SeatPainter

__all__ = ["CELL_ROLE", "SEAT_ROLE", "SeatGrid", "SeatGridModel"]


class SeatGrid(QAbstractScrollArea):
    """All seats in blocks of rows; click (or Enter on) a seat to correct it. Arrow keys move."""

    seatActivated = Signal(int)
    zoomChanged = Signal()

    READABLE = QSize(30, 19)  # smaller cells cannot show their seat number: zoom in instead
    ZOOM_STEP = 1.25
    MAX_ZOOM = 6.0

    def __init__(self, model: SeatGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seatGrid")
        self._model = model
        self._painter = SeatPainter()
        self._layout = SeatLayout.for_seats(model.rowCount())
        self._cell = QSize(64, 48)
        self._zoom: float | None = None  # None: as large as fits, zoomed in only to read
        self._current: int | None = None  # a row of the model
        self._marked: frozenset[int] | None = None  # seats the MC picked out (a unit), or all
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        model.dataChanged.connect(self._on_data_changed)
        model.modelReset.connect(self._on_reset)
        self._on_reset()

    # -- for the console, its tests and the bench ----------------------------------------------
    @property
    def seat_model(self) -> SeatGridModel:
        return self._model

    @property
    def layout_of_seats(self) -> SeatLayout:
        """Where each seat sits (chosen from the number of seats when the roster changes)."""
        return self._layout

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
        """The seat's rectangle in the viewport (scrolled)."""
        row = self._model.row_of(seat)
        return QRect() if row is None else self._rect_of(row)

    def seat_place(self, seat: int) -> tuple[int, int] | None:
        """(column, line) of the seat in the layout: never changes during a show."""
        row = self._model.row_of(seat)
        return None if row is None else self._layout.place(row)

    def current_seat(self) -> int | None:
        seats = self._model.seats
        return seats[self._current] if self._current is not None else None

    def set_marked(self, seats: frozenset[int] | None) -> None:
        """Pick out these seats (a unit's, chosen beside the grid): the others are dimmed; None
        shows every seat alike. The first of them is scrolled into view."""
        self._marked = frozenset(seats) if seats is not None else None
        if self._marked:
            row = self._model.row_of(min(self._marked))
            if row is not None and not self.viewport().rect().contains(self._rect_of(row)):
                self.ensure_visible(self._rect_of(row))
        self.viewport().update()

    def marked_seats(self) -> frozenset[int] | None:
        return self._marked

    def select_seat(self, seat: int) -> None:
        row = self._model.row_of(seat)
        if row is not None:
            self._set_current(row)

    # -- zoom ------------------------------------------------------------------------------------
    def zoom(self) -> float:
        """How much larger than "every seat in view" the cells are now (1: all in view)."""
        fit = self._fit()
        return self._cell.height() / max(1, fit.height())

    def zoom_in(self) -> None:
        self._set_zoom(self.zoom() * self.ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.zoom() / self.ZOOM_STEP)

    def zoom_to_fit(self) -> None:
        """Every seat in view, however small (colours only when the numbers cannot fit)."""
        self._set_zoom(1.0)

    def zoom_to_read(self) -> None:
        """Back to the default: as large as fits, and never too small to read."""
        self._zoom = None
        self.fit_cells()

    def readable(self) -> bool:
        return (
            self._cell.height() >= self.READABLE.height()
            and self._cell.width() >= self.READABLE.width()
        )

    def _set_zoom(self, zoom: float) -> None:
        self._zoom = max(1.0, min(self.MAX_ZOOM, zoom))
        self.fit_cells()

    # -- layout ------------------------------------------------------------------------------
    def _fit(self) -> QSize:
        area = self.viewport().size() if self.isVisible() else self.size()
        return self._layout.fit(QSize(max(1, area.width()), max(1, area.height())))

    def fit_cells(self) -> None:
        """Size the cells: as large as fits (× the zoom the MC chose); at least readable unless
        the MC asked to see every seat. The layout (which seat sits where) never changes here."""
        fit = self._fit()
        if self._zoom is None:
            scale = max(
                1.0,
                self.READABLE.height() / max(1, fit.height()),
                self.READABLE.width() / max(1, fit.width()),
            )
        else:
            scale = self._zoom
        cell = QSize(round(fit.width() * scale), round(fit.height() * scale))
        changed = cell != self._cell
        self._cell = cell
        self._painter.set_cell_size(cell)
        whole = self._layout.size(cell)
        view = self.viewport().size()
        for bar, total, page, step in (
            (self.horizontalScrollBar(), whole.width(), view.width(), cell.width()),
            (self.verticalScrollBar(), whole.height(), view.height(), cell.height()),
        ):
            bar.setRange(0, max(0, total - page))
            bar.setPageStep(max(1, page))
            bar.setSingleStep(max(1, step))
        self.viewport().update()
        if changed:
            self.zoomChanged.emit()

    def _offset(self) -> QPoint:
        """Grid coordinates of the viewport's top left: the scroll position, or a negative
        margin that centres a grid narrower than the viewport."""
        spare = self.viewport().width() - self._layout.size(self._cell).width()
        x = self.horizontalScrollBar().value() if spare <= 0 else -(spare // 2)
        return QPoint(x, self.verticalScrollBar().value())

    def _rect_of(self, row: int) -> QRect:
        return self._layout.rect(row, self._cell).translated(-self._offset())

    def _row_at(self, point: QPoint) -> int | None:
        return self._layout.row_at_point(point + self._offset(), self._cell)

    def _rows_in(self, rect: QRect) -> list[int]:
        return self._layout.rows_in(rect.translated(self._offset()), self._cell)

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
                    rect = self._rect_of(row)
                    self._painter.paint(painter, rect, cell, row == self._current)
                    if self._marked is not None:
                        self._paint_marked(painter, rect, seats[row] in self._marked)
        if not self.readable():
            self._paint_block_names(painter)
        painter.end()

    @staticmethod
    def _paint_marked(painter: QPainter, rect: QRect, picked: bool) -> None:
        """A seat of the chosen unit: a bright frame; any other seat: dimmed."""
        if picked:
            painter.setPen(QPen(style.SEAT_MARKED, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -2, -2), 5, 5)
        else:
            painter.fillRect(rect, style.SEAT_DIMMED)

    def _paint_block_names(self, painter: QPainter) -> None:
        """Seen from afar (cells too small for their numbers): each block's first and last
        seat, on a dark label in its middle."""
        seats = self._model.seats
        if not seats:
            return
        font = painter.font()
        font.setPixelSize(max(12, min(26, self._cell.height() * 2)))
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        for block in range(self._layout.blocks):
            first, last = self._layout.block_range(block)
            area = self._layout.block_rect(block, self._cell).translated(-self._offset())
            text = f"{seats[first]}–{seats[last]}"
            label = metrics.boundingRect(text).adjusted(-8, -4, 8, 4)
            label.moveCenter(area.center())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 170))
            painter.drawRoundedRect(label, 6, 6)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, text)

    def _on_data_changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        if top.row() == bottom.row():
            self.viewport().update(self._rect_of(top.row()))
        else:
            self.viewport().update()

    def _on_reset(self) -> None:
        self._current = None
        self._layout = SeatLayout.for_seats(self._model.rowCount())
        self._zoom = None
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
        view = self.viewport().rect()
        if not view.contains(rect):
            self.ensure_visible(rect)
        self.viewport().update(self._rect_of(row))

    def ensure_visible(self, rect: QRect) -> None:
        view = self.viewport().rect()
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        if rect.left() < 0 or rect.right() > view.width():
            h.setValue(h.value() + rect.left() - view.width() // 2)
        if rect.top() < 0 or rect.bottom() > view.height():
            v.setValue(v.value() + rect.top() - view.height() // 2)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        row = self._row_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and row is not None:
            self._set_current(row)
            self.seatActivated.emit(self._model.seats[row])

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            zooms = {
                Qt.Key.Key_Plus: self.zoom_in,
                Qt.Key.Key_Equal: self.zoom_in,
                Qt.Key.Key_Minus: self.zoom_out,
                Qt.Key.Key_0: self.zoom_to_fit,
                Qt.Key.Key_9: self.zoom_to_read,
            }
            if key in zooms:
                zooms[key]()
                return
        count = self._model.rowCount()
        if not count:
            return super().keyPressEvent(event)
        row = self._current if self._current is not None else 0
        moves = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in moves:
            self._set_current(self._step(row, *moves[key]))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._current is not None:
            self.seatActivated.emit(self._model.seats[self._current])
        else:
            super().keyPressEvent(event)

    def _step(self, row: int, dx: int, dy: int) -> int:
        """The seat beside ``row`` in that direction (over block gaps); ``row`` at an edge."""
        column, line = self._layout.place(row)
        for _ in range(max(self._layout.grid_columns, self._layout.grid_rows)):
            column, line = column + dx, line + dy
            found = self._layout.row_at(column, line)
            if found is not None:
                return found
        return row

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self._row_at(event.pos())
            if row is not None:
                QToolTip.showText(event.globalPos(), self.cell_text(self._model.seats[row]), self)
            return True
        return super().viewportEvent(event)
