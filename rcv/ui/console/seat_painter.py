"""Paints one seat of the grid: its number, the key it pressed, how fast, and its state as a
colour (see :mod:`rcv.ui.console.style`). No Qt model, no style options: the grid hands it a
rectangle and a :class:`SeatCell`, so painting a cell costs a dozen QPainter calls.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPolygon

from rcv.ui.console import style
from rcv.ui.console.seat_cells import SeatCell, SeatLook

Align = Qt.AlignmentFlag
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
BLACK = QColor("#000000")
LARGE = 40  # cells at least this tall show the response time and a centred letter


def _fonts(size: QSize) -> tuple[QFont, QFont, QFont]:
    small = QFont()
    small.setPixelSize(max(8, size.height() // 4))
    if size.height() < LARGE:  # three-digit seat numbers beside the letter
        small.setStretch(QFont.Stretch.Condensed)
    big = QFont()
    big.setPixelSize(max(12, int(size.height() * (0.45 if size.height() >= LARGE else 0.55))))
    big.setBold(True)
    tiny = QFont()
    tiny.setPixelSize(max(8, size.height() // 5))
    return small, big, tiny


class SeatPainter:
    def __init__(self) -> None:
        self._size = QSize(64, 48)
        self._fonts = _fonts(self._size)
        self._current_pen = QPen(style.SEAT_SELECTED, 2)

    def set_cell_size(self, size: QSize) -> None:
        self._size = QSize(size)
        self._fonts = _fonts(size)

    def paint(self, painter: QPainter, cell_rect: QRect, cell: SeatCell, current: bool) -> None:
        small, big, tiny = self._fonts
        rect = cell_rect.adjusted(2, 2, -2, -2)
        painter.setPen(self._current_pen if current else Qt.PenStyle.NoPen)
        painter.setBrush(FILLS[cell.look])
        painter.drawRoundedRect(rect, 5, 5)
        ink = style.SEAT_OUT_TEXT if cell.look is SeatLook.OUT else style.TEXT
        painter.setPen(BLACK if cell.look is SeatLook.BELL else ink)
        inner = rect.adjusted(3, 1, -3, -1)
        painter.setFont(small)
        painter.drawText(inner, Align.AlignLeft | Align.AlignTop, str(cell.seat))
        large = rect.height() >= LARGE
        if cell.answer is not None:
            painter.setFont(big)
            text = cell.answer if len(cell.answer) <= 3 else cell.answer[:3] + "…"
            # small cells: the letter to the bottom right, clear of the seat number
            where = Align.AlignCenter if large else Align.AlignRight | Align.AlignBottom
            painter.drawText(inner, where, text)
        if cell.response_ms is not None and large:
            painter.setFont(tiny)
            secs = f"{cell.response_ms / 1000:.1f}".replace(".", ",")
            painter.drawText(inner, Align.AlignRight | Align.AlignBottom, secs)
        if cell.by_operator:  # a hand-set answer: a yellow corner
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.SEAT_OPERATOR_MARK)
            r, t, k = rect.right(), rect.top(), max(8, rect.height() // 4)
            painter.drawPolygon(QPolygon([rect.topRight(), QPoint(r - k, t), QPoint(r, t + k)]))
        if cell.refused is not None:  # a press that did not count: an orange corner, low left
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.SEAT_REFUSED_MARK)
            x, b, k = rect.left(), rect.bottom(), max(8, rect.height() // 3)
            painter.drawPolygon(QPolygon([rect.bottomLeft(), QPoint(x + k, b), QPoint(x, b - k)]))
        if cell.out_now or cell.back_now:  # left or came back just now: a bar at the bottom
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.SEAT_WRONG if cell.out_now else style.SEAT_RIGHT)
            painter.drawRect(rect.left() + 3, rect.bottom() - 3, rect.width() - 6, 3)
