"""Which screen is the projector: listing screens, choosing, swapping, remembering the choice.

The choice is remembered by screen *name* (``QScreen.name()``, e.g. "HDMI-1" or
"\\\\.\\DISPLAY2"), which survives unplugging and replugging, unlike an index. The rules:

* the remembered screen, when it is connected and is not the only screen;
* otherwise the first screen that is not the primary one (the console's);
* otherwise none: the projector window falls back to a normal window (see ``window.py``).

``ScreenChooser`` follows ``screenAdded``/``screenRemoved`` and the primary screen changing, and
emits ``changed`` whenever the projector screen is a different one (or gone, or back).

The name is remembered in one place, the console's settings file
(``ConsoleSettings.projector_screen``): the composition root hands the settings to the chooser
as its :class:`ScreenMemory`; the chooser reads the name there and writes the choice back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen


class ScreenMemory(Protocol):
    """Where the projector screen's name is kept between runs (``ConsoleSettings``)."""

    projector_screen: str | None


@dataclass(slots=True)
class Remembered:
    """A memory that lasts as long as the program (tests, a chooser given none)."""

    projector_screen: str | None = None


@dataclass(frozen=True, slots=True)
class ScreenInfo:
    name: str
    x: int
    y: int
    width: int
    height: int
    primary: bool
    device_pixel_ratio: float

    @property
    def label(self) -> str:
        """What the console lists, e.g. "HDMI-1 — 1920×1080 (màn hình chính)"."""
        from PySide6.QtCore import QCoreApplication

        main = QCoreApplication.translate("screens", " (màn hình chính)") if self.primary else ""
        return f"{self.name} — {self.width}×{self.height}{main}"


def screen_info(screen: QScreen) -> ScreenInfo:
    g = screen.geometry()
    primary = screen is QGuiApplication.primaryScreen() or (
        QGuiApplication.primaryScreen() is not None
        and screen.name() == QGuiApplication.primaryScreen().name()
    )
    return ScreenInfo(
        screen.name(), g.x(), g.y(), g.width(), g.height(), primary, screen.devicePixelRatio()
    )


def list_screens() -> list[ScreenInfo]:
    """Every connected screen, in Qt's order."""
    return [screen_info(s) for s in QGuiApplication.screens()]


def find_screen(name: str) -> QScreen | None:
    for s in QGuiApplication.screens():
        if s.name() == name:
            return s
    return None


class ScreenChooser(QObject):
    """Decides the projector screen and says when it changes."""

    changed = Signal()  # the projector screen is another one, or gone, or back

    def __init__(self, memory: ScreenMemory | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._memory: ScreenMemory = memory if memory is not None else Remembered()
        self._gone: set[int] = set()  # screens being removed (still listed while Qt tells us)
        self._current = self._decide()
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._on_added)  # type: ignore[attr-defined]
        app.screenRemoved.connect(self._on_removed)  # type: ignore[attr-defined]
        app.primaryScreenChanged.connect(lambda _s: self._reconsider())  # type: ignore[attr-defined]

    # -- what the console calls --------------------------------------------------------------
    @property
    def remembered(self) -> str | None:
        return self._memory.projector_screen or None

    def screens(self) -> list[ScreenInfo]:
        return [screen_info(s) for s in self._connected()]

    def projector_screen(self) -> QScreen | None:
        """The screen the projector window fills, or None (no second screen)."""
        return self._current

    def console_screen(self) -> QScreen | None:
        """Where the console belongs: the primary screen unless the projector took it."""
        screens = self._connected()
        primary = QGuiApplication.primaryScreen()
        if primary is not None and primary is not self._current and primary in screens:
            return primary
        others = [s for s in screens if s is not self._current]
        return others[0] if others else (screens[0] if screens else None)

    def choose(self, name: str) -> None:
        """Make the screen called ``name`` the projector, and remember it."""
        self._memory.projector_screen = name
        self._reconsider()

    def swap(self) -> None:
        """Move the projector to the next connected screen (with two: swap the two)."""
        screens = self._connected()
        if len(screens) < 2:
            return
        current = self._current
        i = screens.index(current) if current in screens else -1
        self.choose(screens[(i + 1) % len(screens)].name())

    def forget(self) -> None:
        self._memory.projector_screen = None
        self._reconsider()

    # -- following the screens ---------------------------------------------------------------
    def _connected(self) -> list[QScreen]:
        return [s for s in QGuiApplication.screens() if id(s) not in self._gone]

    def _decide(self) -> QScreen | None:
        screens = self._connected()
        if len(screens) < 2:
            return None  # the only screen is the console's
        name = self.remembered
        if name:
            for s in screens:
                if s.name() == name:
                    return s
        primary = QGuiApplication.primaryScreen()
        for s in screens:
            if s is not primary:
                return s
        return None

    def _reconsider(self) -> None:
        self._current = self._decide()
        self.changed.emit()

    def _on_added(self, screen: QScreen) -> None:
        self._gone.discard(id(screen))
        self._reconsider()

    def _on_removed(self, screen: QScreen) -> None:
        # Qt 6 has already dropped the screen from screens() here; older versions had not.
        self._gone.add(id(screen))
        try:
            self._reconsider()
        finally:
            self._gone.discard(id(screen))
            if screen is self._current:
                self._current = None
