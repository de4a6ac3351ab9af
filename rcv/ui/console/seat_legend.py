"""The seat grid's legend: every colour and mark of a cell, named, and how to zoom.

Made from :func:`rcv.ui.console.seat_painter.legend`, the same table the painter's colours come
from. Its height is fixed (two lines), so a longer word in another language never moves the grid.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from rcv.ui.console.seat_painter import legend

LINES = 2


class SeatLegend(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seatLegend")
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * LINES + 6)
        entries = [
            f"<span style='color:{colour.name()}'>{mark}</span>&nbsp;{escape(words)}"
            for colour, mark, words in legend()
        ]
        zoom = escape(
            self.tr("Ctrl + cuộn chuột hoặc Ctrl +/−: phóng to, thu nhỏ; Ctrl+0: xem hết")
        )
        self.setText(" &nbsp; ".join(entries) + f" &nbsp; <i style='color:#8a93a3'>{zoom}</i>")

    def words(self) -> list[str]:
        """The names in the legend, in order (for tests)."""
        return [words for _colour, _mark, words in legend()]
