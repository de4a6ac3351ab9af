"""Where rcv's bundled assets are (fonts, sounds, branding) and loading the display font.

``assets/`` sits at the top of the repository; in a PyInstaller one-folder build it is collected
under ``sys._MEIPASS`` (``_internal``). ``RCV_ASSETS`` overrides both (for odd installs).
"""

from __future__ import annotations

from pathlib import Path

from rcv.paths import assets_dir

FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
DEFAULT_FAMILY = "Noto Sans"

_loaded_family: str | None = None


def font_path(name: str) -> Path:
    return assets_dir() / "fonts" / name


def sound_path(name: str) -> Path:
    return assets_dir() / "sounds" / name


def logo_path() -> Path:
    return assets_dir() / "branding" / "logo.svg"


def background_path() -> Path:
    return assets_dir() / "branding" / "stage.svg"


def load_fonts() -> str:
    """Register the bundled display font with Qt (once) and return its family name.

    Call after the QGuiApplication exists, before any window shows. Falls back to the default
    family name when a file is missing, so a broken install degrades to a system font instead of
    failing at the start of a show.
    """
    global _loaded_family
    if _loaded_family is not None:
        return _loaded_family
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
    _loaded_family = family
    return family


def font_family() -> str:
    """The display's font family (loads the bundled font if that was not done yet)."""
    return load_fonts()
