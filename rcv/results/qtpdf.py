"""Drawing PDF pages with Qt (QPdfWriter + QPainter) in millimetres: text boxes, QR codes.

The only Qt in the results package lives here and in the modules that call it (cards,
certificates). A QGuiApplication is needed for fonts; when the program has none (the command
line), one is made on the "offscreen" platform, so no screen is needed. The font is loaded from
a file (see :mod:`rcv.results.fonts`) so Vietnamese always renders, whatever the system has.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from rcv.results.errors import ResultsError
from rcv.results.fonts import bold_variant, find_font

DPI = 300
ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "center": Qt.AlignmentFlag.AlignHCenter,
    "right": Qt.AlignmentFlag.AlignRight,
}


def gui_app() -> QGuiApplication:
    """The program's QGuiApplication, or a new offscreen one (Qt keeps it for the process).

    A new one is a QApplication: Qt allows one application object per process, and whatever
    opens a window later in the same process (the console, a dialog) needs widgets."""
    app = QCoreApplication.instance()
    if app is None:
        from PySide6.QtWidgets import QApplication

        return QApplication(["rcv", "-platform", "offscreen"])
    if not isinstance(app, QGuiApplication):
        raise ResultsError("no_gui")  # a QCoreApplication: drawing needs a QGuiApplication
    return app


def load_family(font: Path | str | None) -> tuple[str, bool]:
    """Load the font (and its bold face); returns (family name, bold face loaded)."""
    path = find_font(font)
    if path is None:
        raise ResultsError("no_font")
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise ResultsError("font_unreadable", path)
    bold = bold_variant(path)
    has_bold = bold is not None and QFontDatabase.addApplicationFont(str(bold)) >= 0
    return families[0], has_bold


class PdfPages:
    """One PDF being drawn: A4 pages, coordinates in millimetres from the top-left corner."""

    def __init__(
        self, path: Path, *, landscape: bool, title: str, font: Path | str | None = None
    ) -> None:
        self._app = gui_app()
        self.family, _ = load_family(font)
        self.writer = QPdfWriter(str(path))
        self.writer.setResolution(DPI)
        self.writer.setTitle(title)
        self.writer.setCreator("rcv")
        orientation = (
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        self.writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(0, 0, 0, 0))
        )
        self.width_mm, self.height_mm = (297.0, 210.0) if landscape else (210.0, 297.0)
        self.painter = QPainter()
        if not self.painter.begin(self.writer):
            raise ResultsError("pdf_failed", path)
        self.pages = 1

    @staticmethod
    def px(mm: float) -> float:
        return mm / 25.4 * DPI

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(self.px(x), self.px(y), self.px(w), self.px(h))

    def new_page(self) -> None:
        self.writer.newPage()
        self.pages += 1

    def finish(self) -> int:
        self.painter.end()
        return self.pages

    def font(self, size_pt: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(size_pt)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def fitting_size(
        self, text: str, width_mm: float, size_pt: float, bold: bool = False, min_pt: float = 6
    ) -> float:
        """The largest size ≤ ``size_pt`` at which ``text`` fits on one line of the width."""
        size = size_pt
        while size > min_pt:
            metrics = QFontMetricsF(self.font(size, bold), self.writer)
            if metrics.horizontalAdvance(text) <= self.px(width_mm):
                break
            size -= 0.5
        return max(size, min_pt)

    def text(
        self,
        text: str,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        size: float,
        bold: bool = False,
        italic: bool = False,
        align: str = "left",
        color: str = "#000000",
        wrap: bool = False,
        valign: str = "top",
    ) -> None:
        """Draw text in a box (mm). Text on one line (no ``wrap``) is made smaller until it fits
        the width: a clipped name or date is never what anyone wants on paper."""
        if not wrap:
            size = self.fitting_size(text, w, size, bold)
        self.painter.setFont(self.font(size, bold, italic))
        self.painter.setPen(QColor(color))
        flags = ALIGN.get(align, Qt.AlignmentFlag.AlignLeft)
        flags |= {
            "top": Qt.AlignmentFlag.AlignTop,
            "middle": Qt.AlignmentFlag.AlignVCenter,
            "bottom": Qt.AlignmentFlag.AlignBottom,
        }[valign]
        if wrap:
            flags |= Qt.TextFlag.TextWordWrap
        self.painter.drawText(self.rect(x, y, w, h), int(flags.value), text)

    def qr(self, matrix: Sequence[Sequence[bool]], x: float, y: float, size: float) -> None:
        """Paint a QR matrix (quiet zone included) as a square of ``size`` mm.

        Drawn as one image, enlarged without smoothing so every module stays sharp.
        """
        n = len(matrix)
        data = bytes(0 if dark else 255 for row in matrix for dark in row)
        image = QImage(data, n, n, n, QImage.Format.Format_Grayscale8).copy()
        scale = max(1, round(self.px(size) / n))
        sharp = image.scaled(n * scale, n * scale, mode=Qt.TransformationMode.FastTransformation)
        self.painter.drawImage(self.rect(x, y, size, size), sharp)

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        *,
        width_mm: float = 0.2,
        color: str = "#000000",
        dashed: bool = False,
    ) -> None:
        pen = QPen(QColor(color))
        pen.setWidthF(self.px(width_mm))
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.painter.setPen(pen)
        self.painter.drawLine(self.rect(x1, y1, 0, 0).topLeft(), self.rect(x2, y2, 0, 0).topLeft())

    def frame(self, x: float, y: float, w: float, h: float, *, width_mm: float, color: str) -> None:
        pen = QPen(QColor(color))
        pen.setWidthF(self.px(width_mm))
        self.painter.setPen(pen)
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.drawRect(self.rect(x, y, w, h))

    def image(self, path: Path, x: float, y: float, w: float, h: float) -> None:
        picture = QImage(str(path))
        if picture.isNull():
            raise ResultsError("image_unreadable", path)
        self.painter.drawImage(self.rect(x, y, w, h), picture)
