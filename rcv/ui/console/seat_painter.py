"""Paints one seat of the grid: its number, the key it pressed, how fast, and its state as a
colour (see :mod:`rcv.ui.console.style`). No Qt model, no style options: the grid hands it a
rectangle and a :class:`SeatCell`, so painting a cell costs a dozen QPainter calls.

The seat number is the one thing every cell shows whatever its size: it gets the larger share
of a small cell (at least :data:`MIN_NUMBER_PX` tall, else the grid zooms rather than shrink it);
the letter goes beside it, the response time only in roomy cells. :data:`LEGEND` names every
colour and mark, and the legend under the grid is made from it: one source for both.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt
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
    SeatLook.RESCUED: style.SEAT_RESCUED,
    SeatLook.BELL: style.SEAT_BELL,
}
BLACK = QColor("#000000")
LARGE = 40  # cells at least this tall show the response time and a centred letter
MIN_NUMBER_PX = 10  # the smallest seat number the grid draws (below: it zooms instead)
MIN_TEXT_CELL = QSize(26, 16)  # smaller cells (every seat of a big hall in view): colour only


def legend() -> list[tuple[QColor, str, str]]:
    """(colour, mark, words) for the legend: each look's fill, then the marks drawn on a cell
    (a hand-set answer, a refused press, a seat that left or came back at this question)."""
    return [
        (style.SEAT_WAITING, "■", QCoreApplication.translate("SeatLegend", "chưa trả lời")),
        (style.SEAT_ANSWERED, "■", QCoreApplication.translate("SeatLegend", "đã trả lời")),
        (style.SEAT_RIGHT, "■", QCoreApplication.translate("SeatLegend", "đúng")),
        (style.SEAT_WRONG, "■", QCoreApplication.translate("SeatLegend", "sai")),
        (style.SEAT_NO_ANSWER, "■", QCoreApplication.translate("SeatLegend", "không trả lời")),
        (style.SEAT_IDLE, "■", QCoreApplication.translate("SeatLegend", "trên sàn, ngoài câu này")),
        (style.SEAT_OUT_TEXT, "□", QCoreApplication.translate("SeatLegend", "đã loại")),
        (style.SEAT_RESCUED, "■", QCoreApplication.translate("SeatLegend", "được cứu")),
        (style.SEAT_BELL, "■", QCoreApplication.translate("SeatLegend", "chuông vàng")),
        (style.SEAT_OPERATOR_MARK, "◥", QCoreApplication.translate("SeatLegend", "sửa tay")),
        (style.SEAT_REFUSED_MARK, "◣", QCoreApplication.translate("SeatLegend", "bấm bị từ chối")),
    ]


def number_px(size: QSize) -> int:
    """The seat number's pixel size in a cell of ``size``."""
    if size.height() >= LARGE:
        return max(MIN_NUMBER_PX, min(18, size.height() // 4))
    return max(MIN_NUMBER_PX, min(int(size.height() * 0.55), int(size.width() * 0.34)))


def _fonts(size: QSize) -> tuple[QFont, QFont, QFont]:
    small = QFont()
    small.setPixelSize(number_px(size))
    if size.height() < LARGE:
        small.setBold(True)
        small.setStretch(QFont.Stretch.SemiCondensed)
    big = QFont()
    big.setPixelSize(
        max(MIN_NUMBER_PX, int(size.height() * (0.45 if size.height() >= LARGE else 0.5)))
    )
    big.setBold(True)
    tiny = QFont()
    tiny.setPixelSize(max(9, size.height() // 5))
    return small, big, tiny


class SeatPainter:
    def __init__(self) -> None:
        self._size = QSize(64, 48)
        self._fonts = _fonts(self._size)
        self._current_pen = QPen(style.SEAT_SELECTED, 2)
        self._out_pen = QPen(style.SEAT_OUT_EDGE, 1)
        self._text = True  # the cells are large enough for their number

    def set_cell_size(self, size: QSize) -> None:
        self._size = QSize(size)
        self._fonts = _fonts(size)
        self._text = (
            size.width() >= MIN_TEXT_CELL.width() and size.height() >= MIN_TEXT_CELL.height()
        )

    def paint(self, painter: QPainter, cell_rect: QRect, cell: SeatCell, current: bool) -> None:
        pad = 2 if cell_rect.height() >= 20 else 1
        rect = cell_rect.adjusted(pad, pad, -pad, -pad)
        out = cell.look is SeatLook.OUT
        if current:
            painter.setPen(self._current_pen)
        else:
            painter.setPen(self._out_pen if out else Qt.PenStyle.NoPen)
        painter.setBrush(FILLS[cell.look])
        radius = 5 if rect.height() >= 20 else 2
        painter.drawRoundedRect(rect, radius, radius)
        if self._text:
            self._paint_text(painter, rect, cell)
        self._paint_marks(painter, rect, cell)

    def _paint_text(self, painter: QPainter, rect: QRect, cell: SeatCell) -> None:
        small, big, tiny = self._fonts
        out = cell.look is SeatLook.OUT
        ink = style.SEAT_OUT_TEXT if out else style.TEXT
        painter.setPen(BLACK if cell.look is SeatLook.BELL else ink)
        large = rect.height() >= LARGE
        inner = rect.adjusted(3, 1, -3, -1) if large else rect.adjusted(2, 0, -2, 0)
        painter.setFont(small)
        if large:
            painter.drawText(inner, Align.AlignLeft | Align.AlignTop, str(cell.seat))
        else:  # a small cell: the number fills its left part, the letter its right
            painter.drawText(inner, Align.AlignLeft | Align.AlignVCenter, str(cell.seat))
        if cell.answer is not None:
            painter.setFont(big)
            text = cell.answer if len(cell.answer) <= 3 else cell.answer[:3] + "…"
            where = Align.AlignCenter if large else Align.AlignRight | Align.AlignVCenter
            painter.drawText(inner, where, text)
        if cell.response_ms is not None and large:
            painter.setFont(tiny)
            secs = f"{cell.response_ms / 1000:.1f}".replace(".", ",")
            painter.drawText(inner, Align.AlignRight | Align.AlignBottom, secs)

    @staticmethod
    def _paint_marks(painter: QPainter, rect: QRect, cell: SeatCell) -> None:
        if cell.by_operator:  # a hand-set answer: a yellow corner
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.SEAT_OPERATOR_MARK)
            r, t, k = rect.right(), rect.top(), max(6, rect.height() // 3)
            painter.drawPolygon(QPolygon([rect.topRight(), QPoint(r - k, t), QPoint(r, t + k)]))
        if cell.refused is not None:  # a press that did not count: an orange corner, low left
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.SEAT_REFUSED_MARK)
            x, b, k = rect.left(), rect.bottom(), max(6, rect.height() // 3)
            painter.drawPolygon(QPolygon([rect.bottomLeft(), QPoint(x + k, b), QPoint(x, b - k)]))
        if cell.out_now or cell.back_now:  # left or came back just now: a bar at the bottom
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.SEAT_WRONG if cell.out_now else style.SEAT_RIGHT)
            bar = max(2, rect.height() // 10)
            painter.drawRect(rect.left() + 3, rect.bottom() - bar, rect.width() - 6, bar)
