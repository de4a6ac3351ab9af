"""The console as a picture, for the screenshots command: an offscreen grab, nothing shown.

The window is built on the given controller (with its show in progress), laid out at ``size``
without appearing on any screen, grabbed, saved, and thrown away. It never closes the event.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import QApplication

from rcv.app.controller import ShowController
from rcv.ui.console.main_window import ConsoleWindow
from rcv.ui.console.services import ConsoleServices
from rcv.ui.console.settings import ConsoleSettings


def render_console(
    controller: ShowController,
    path: Path | str,
    size: QSize | tuple[int, int] = (1600, 960),
    services: ConsoleServices | None = None,
) -> None:
    """Save a PNG (or any format Qt writes, by extension) of the console at ``size``."""
    if QApplication.instance() is None:
        raise RuntimeError("render_console needs a QApplication (QT_QPA_PLATFORM=offscreen).")
    width, height = (size.width(), size.height()) if isinstance(size, QSize) else size
    services = services or ConsoleServices(settings=ConsoleSettings.ephemeral())
    window = ConsoleWindow(controller, services)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.resize(width, height)
    window.show()
    for _ in range(3):  # layouts, then the grid's cell size, then paint
        QCoreApplication.processEvents()
    window.grid.fit_cells()
    QCoreApplication.processEvents()
    image = window.grab()
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise OSError(f"could not write {out}")
    window.hide()  # not close(): closing would ask about, and detach, the show in progress
    app = QApplication.instance()
    if app is not None:
        app.removeEventFilter(window._guard)
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
