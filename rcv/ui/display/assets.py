"""Where rcv's bundled assets are (fonts, sounds, branding) and registering the display font.

``assets/`` sits at the top of the repository; in a PyInstaller one-folder build it is collected
under ``sys._MEIPASS`` (``_internal``). ``RCV_ASSETS`` overrides both (for odd installs).

No state here: :func:`load_fonts` registers the font files with Qt each time it is called;
the composition root calls it once and hands the family to the display model.
"""

from __future__ import annotations

from pathlib import Path

from rcv.paths import assets_dir

FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
DEFAULT_FAMILY = "Noto Sans"


def font_path(name: str) -> Path:
    return assets_dir() / "fonts" / name


def sound_path(name: str) -> Path:
    return assets_dir() / "sounds" / name


def logo_path() -> Path:
    return assets_dir() / "branding" / "logo.svg"


def background_path() -> Path:
    return assets_dir() / "branding" / "stage.svg"


def load_fonts() -> str:
    """Register the bundled display font with Qt now and return its family name.

    Call after the QGuiApplication exists, before any window shows — once per program (the
    composition root does): Qt registers the files again at every call. Falls back
    to the default family name when a file is missing, so a broken install degrades to a system
    font instead of failing at the start of a show.
    """
    from PySide6.QtGui import QFontDatabase

    family = DEFAULT_FAMILY
    for name in FONT_FILES:
        path = font_path(name)
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    return family
