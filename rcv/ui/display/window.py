"""The projector window: fullscreen on the chosen screen, a movable window when it is gone.

Fullscreen is a frameless window sized to the screen, not ``showFullScreen()`` (which on Windows
can blank the screen or hide other windows with a GPU-rendered surface), and its screen and
geometry are set *before* it is shown (after, a fullscreen window can land on the wrong
monitor). It never takes the keyboard focus: the MC's keys stay with the console.

When the projector is unplugged mid-show Qt moves its windows onto a remaining screen — over
the console. The window listens to :class:`ScreenChooser` and instead becomes a normal framed
window, 40 % of the console screen, in its bottom-right corner and below the console, that the
MC can move; when the projector (by name) comes back it goes fullscreen on it again.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QScreen
from PySide6.QtQuick import QQuickView

from rcv.i18n import QT_TRANSLATE_NOOP
from rcv.ui.display.engine import prepare_engine, root_url
from rcv.ui.display.model import DisplayModel
from rcv.ui.display.screens import ScreenChooser

WINDOWED_SHARE = 0.4  # the fallback window's width as a share of the console screen's
WINDOWED_FLAGS = Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus
FULLSCREEN_FLAGS = WINDOWED_FLAGS | Qt.WindowType.FramelessWindowHint
TITLE = QT_TRANSLATE_NOOP("Display", "Rung chuông vàng — màn chiếu")


class ProjectorWindow(QQuickView):
    """``ProjectorWindow(model, screen_chooser)``; call ``place()`` (or ``show()``) to put it up."""

    def __init__(self, model: DisplayModel, screen_chooser: ScreenChooser) -> None:
        super().__init__()
        self.model = model
        self.chooser = screen_chooser
        self._retitle()
        model.languageChanged.connect(self._retitle)  # the projector's language, not the console's
        self.setColor(QColor("black"))
        self.setResizeMode(QQuickView.ResizeMode.SizeRootObjectToView)
        prepare_engine(self.engine(), model)
        self.setSource(root_url())
        self.fullscreen = False
        self._watched: QScreen | None = None
        screen_chooser.changed.connect(self.place)

    def _retitle(self) -> None:
        self.setTitle(self.model.translate(TITLE))

    def errors_text(self) -> str:
        return "\n".join(e.toString() for e in self.errors())

    def place(self) -> None:
        """Fullscreen on the projector screen, or the windowed fallback; then show."""
        target = self.chooser.projector_screen()
        self._watch(target)
        if target is not None:
            self._apply(FULLSCREEN_FLAGS, target, target.geometry(), fullscreen=True)
            return
        console = self.chooser.console_screen()
        if console is None:
            return
        self._apply(WINDOWED_FLAGS, console, self.windowed_geometry(console), fullscreen=False)
        self.lower()  # below the console: the MC brings it up or drags it when they want

    @staticmethod
    def windowed_geometry(screen: QScreen) -> QRect:
        area = screen.availableGeometry()
        width = max(320, int(area.width() * WINDOWED_SHARE))
        height = width * 9 // 16
        margin = 24
        return QRect(
            area.right() - width - margin, area.bottom() - height - margin * 3, width, height
        )

    def _apply(self, flags: Qt.WindowType, screen: QScreen, rect: QRect, fullscreen: bool) -> None:
        same = (
            self.isVisible()
            and self.fullscreen == fullscreen
            and self.screen() is screen
            and self.geometry() == rect
        )
        if same:
            return
        if self.isVisible() and self.flags() != flags:
            self.hide()  # flags change only take effect on a hidden window on some platforms
        self.setFlags(flags)
        self.setScreen(screen)
        self.setGeometry(rect)
        self.fullscreen = fullscreen
        self.show()

    def _watch(self, screen: QScreen | None) -> None:
        """Follow a resolution change of the projector screen."""
        if screen is self._watched:
            return
        if self._watched is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # the screen may be gone already
                self._watched.geometryChanged.disconnect(self._geometry_changed)
        self._watched = screen
        if screen is not None:
            screen.geometryChanged.connect(self._geometry_changed)

    def _geometry_changed(self, _rect: QRect) -> None:
        self.place()
