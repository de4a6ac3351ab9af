"""The console as a picture, for the screenshots command: an offscreen grab, nothing shown.

The window (built by the composition root, following the live controller) is laid out at
``size`` without appearing on any screen, grabbed, saved and hidden again. It never closes the
event.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt

from rcv.ui.console.main_window import ConsoleWindow


def grab_console(
    window: ConsoleWindow, path: Path | str, size: QSize | tuple[int, int] = (1600, 960)
) -> Path:
    """Save a PNG (or any format Qt writes, by extension) of the console at ``size``."""
    width, height = (size.width(), size.height()) if isinstance(size, QSize) else size
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
    return out
