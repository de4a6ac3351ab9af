"""Where the printouts find a font with Vietnamese glyphs, and where the assets folder is.

Order: the font the caller names; a font bundled under ``assets/fonts/``; the system's DejaVu
Sans (Debian: fonts-dejavu-core); Arial or Tahoma on Windows; Arial Unicode on macOS. Pure
look-ups on the file system: nothing is loaded here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from rcv.paths import assets_dir

SYSTEM_FONTS = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
    Path("C:/Windows/Fonts/arial.ttf"),
    Path("C:/Windows/Fonts/tahoma.ttf"),
    Path("/Library/Fonts/Arial Unicode.ttf"),
    Path("/System/Library/Fonts/Supplemental/Arial.ttf"),
)
BOLD_NAMES = {
    "arial.ttf": "arialbd.ttf",
    "tahoma.ttf": "tahomabd.ttf",
    "Arial.ttf": "Arial Bold.ttf",
}


def asset_dirs() -> list[Path]:
    """The assets folder to look in (the bundle's or the checkout's, or $RCV_ASSETS)."""
    return [d for d in (assets_dir(),) if d.is_dir()]


def find_asset(relative: str) -> Path | None:
    for folder in asset_dirs():
        candidate = folder / relative
        if candidate.exists():
            return candidate
    return None


def _bundled_fonts() -> Iterator[Path]:
    for folder in asset_dirs():
        fonts = sorted((folder / "fonts").glob("*.[ot]tf")) if (folder / "fonts").is_dir() else []
        regular = [f for f in fonts if not any(w in f.stem.lower() for w in ("bold", "italic"))]
        yield from regular or fonts


def find_font(preferred: Path | str | None = None) -> Path | None:
    """The first font file that exists, in the order above; None if there is none at all."""
    if preferred is not None and Path(preferred).is_file():
        return Path(preferred)
    for candidate in (*_bundled_fonts(), *SYSTEM_FONTS):
        if candidate.is_file():
            return candidate
    return None


def bold_variant(regular: Path) -> Path | None:
    """The bold face beside a regular font file ("X-Bold.ttf", "arialbd.ttf"), if present."""
    names = [f"{regular.stem}-Bold{regular.suffix}", f"{regular.stem}Bold{regular.suffix}"]
    if regular.name in BOLD_NAMES:
        names.insert(0, BOLD_NAMES[regular.name])
    if regular.stem.endswith("-Regular"):
        names.insert(0, regular.name.replace("-Regular", "-Bold"))
    for name in names:
        candidate = regular.with_name(name)
        if candidate.is_file():
            return candidate
    return None
