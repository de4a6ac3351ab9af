"""The results fingerprint as a QR code, painted with QPainter and served to QML.

``qr_matrix`` prefers the results package's own matrix (so the printed report and the screen
show the same code) and falls back to the ``qrcode`` package's. The code carries the results
payload (``RCV1:<head hash>:<entries>``, the same as the printouts) when the event file is at
hand, else the short fingerprint text. QML asks for
``image://rcvqr/<url-encoded text>``; the provider paints dark modules on white with a quiet
zone, scaled to the requested size with no smoothing, so the code stays sharp on a projector.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote, unquote

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtQuick import QQuickImageProvider

from rcv.results.fingerprint import qr_matrix as results_qr_matrix

PROVIDER_ID = "rcvqr"
QUIET_ZONE = 4  # modules of white around the code, as the standard asks

Matrix = Sequence[Sequence[bool]]


def qr_matrix(text: str) -> list[list[bool]]:
    """Rows of modules (True: dark), without a quiet zone (the printouts use the same code)."""
    return [[bool(v) for v in row] for row in results_qr_matrix(text, border=0)]


def qr_image(text: str, size: int = 400) -> QImage:
    """The code painted on white, ``size`` pixels square (rounded down to whole modules)."""
    matrix = qr_matrix(text) if text else []
    n = len(matrix) + 2 * QUIET_ZONE
    module = max(1, size // max(n, 1))
    side = module * n
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(
                    QRect((x + QUIET_ZONE) * module, (y + QUIET_ZONE) * module, module, module)
                )
    painter.end()
    return image


def qr_source(text: str) -> str:
    """The QML ``source`` of the code for ``text`` ("" when there is nothing to encode)."""
    return f"image://{PROVIDER_ID}/{quote(text, safe='')}" if text else ""


class QrImageProvider(QQuickImageProvider):
    def __init__(self) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)

    def requestImage(self, image_id: str, size: QSize, requested: QSize) -> QImage:
        side = max(requested.width(), requested.height(), 0) or 400
        image = qr_image(unquote(image_id), side)
        if size is not None:
            size.setWidth(image.width())
            size.setHeight(image.height())
        return image
