"""The console's preview of the projector: the display itself, scaled down.

A ``QQuickWidget`` loads the same QML root with the same :class:`DisplayModel` as the projector
window, so what the MC sees is what the hall sees (same scene, same countdown, same text
layout: sizes follow the height). The widget keeps the projector's aspect ratio (16:9 by
default; ``set_aspect`` with the projector screen's size) and letterboxes inside its space.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtQuickWidgets import QQuickWidget
from PySide6.QtWidgets import QSizePolicy, QWidget

from rcv.ui.display.engine import prepare_engine, root_url
from rcv.ui.display.model import DisplayModel


class DisplayPreview(QWidget):
    """``DisplayPreview(model, parent)``: embed it anywhere in the console."""

    def __init__(self, model: DisplayModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._aspect = 16 / 9
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("#05070f"))
        self.setPalette(palette)
        self.quick = QQuickWidget(self)
        self.quick.setResizeMode(QQuickWidget.ResizeMode.SizeRootObjectToView)
        self.quick.setClearColor(QColor("black"))
        prepare_engine(self.quick.engine(), model)
        self.quick.setSource(root_url())
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(160, 90)

    def errors_text(self) -> str:
        return "\n".join(e.toString() for e in self.quick.errors())

    def set_aspect(self, width: int, height: int) -> None:
        """Follow the projector screen's shape (e.g. 1024×768 for a 4:3 projector)."""
        if width > 0 and height > 0:
            self._aspect = width / height
            self.updateGeometry()
            self._fit()

    def aspect(self) -> float:
        return self._aspect

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(width / self._aspect)

    def sizeHint(self) -> QSize:
        return QSize(480, round(480 / self._aspect))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        w, h = self.width(), self.height()
        if w / max(h, 1) > self._aspect:
            fw, fh = round(h * self._aspect), h
        else:
            fw, fh = w, round(w / self._aspect)
        self.quick.setGeometry(QRect((w - fw) // 2, (h - fh) // 2, fw, fh))
