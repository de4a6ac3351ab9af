"""A seat of the floor as one picture — its cell and its number — served to QML.

On a floor of many small seats (numbers only, no names) each seat used to be two scene-graph
nodes, a rounded rectangle and a text. Qt's software renderer pays per node (a painter state,
a clip, a transform), so 1,000 seats were 2,000 nodes on every full repaint. Here a seat is one
image, painted once per (number, look, size) with the same colours, radius, border and bold
number as ``SeatCell.qml`` draws, and kept in Qt Quick's pixmap cache: the floor is 1,000
plain blits. QML asks for ``image://rcvseat/<number>/<look>`` with ``sourceSize`` the cell's
size in device pixels; the id holds nothing but the seat's number and its public look.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtQuick import QQuickImageProvider

PROVIDER_ID = "rcvseat"

# look -> (fill, border, number): Theme.qml's colours, as SeatCell.qml chooses them
LOOKS: dict[str, tuple[str, str, str]] = {
    "bell": ("#ffc93c", "white", "#0a1f4d"),
    "leaving": ("#5e1020", "#ff7b86", "#fff0b3"),
    "returning": ("#0f5a34", "#8ff0b8", "#fff0b3"),
    "standing": ("#0f2c6e", "#ffc93c", "#fff0b3"),
    "out": ("#141c33", "#26314f", "#53618a"),
}


def seat_face(number: int, look: str, width: int, height: int, family: str) -> QImage:
    """The seat ``number`` in ``look`` (a key of LOOKS), ``width`` × ``height`` pixels."""
    fill, edge, ink = LOOKS.get(look, LOOKS["standing"])
    width, height = max(1, width), max(1, height)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    short = min(width, height)
    radius = math.floor(short * 0.16)  # Qt Quick's software rectangle keeps whole pixels
    border = max(1.0, short * 0.045)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setPen(QPen(QColor(edge), border))  # the border inside the cell, as Qt Quick's
    painter.setBrush(QColor(fill))
    half = border / 2
    painter.drawRoundedRect(QRectF(half, half, width - border, height - border), radius, radius)
    font = QFont(family)
    font.setBold(True)
    size = max(1, int(min(height * 0.55, width * 0.36)))  # as SeatCell's number
    font.setPixelSize(size)
    painter.setFont(font)
    painter.setPen(QPen(QColor(ink)))
    metrics = QFontMetricsF(font)
    text = str(number)
    top, bottom = math.ceil(size * 0.14), math.ceil(size * 0.06)  # ShowText's padding
    box = metrics.height() + top + bottom
    baseline = round((height - box) / 2) + top + metrics.ascent()
    left = round((width - metrics.horizontalAdvance(text)) / 2)
    painter.drawText(QPointF(left, baseline), text)
    painter.end()
    return image


class SeatFaceProvider(QQuickImageProvider):
    """``image://rcvseat/<number>/<look>`` at the requested size, in the display's font."""

    def __init__(self, family: str) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._family = family
        self.painted = 0  # pictures painted so far (the floor asks once per seat and look)

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:
        number, _, look = image_id.partition("/")
        w = requested.width() if requested.width() > 0 else 60
        h = requested.height() if requested.height() > 0 else 36
        image = seat_face(int(number) if number.isdigit() else 0, look, w, h, self._family)
        self.painted += 1
        if size is not None:
            size.setWidth(image.width())
            size.setHeight(image.height())
        return image
