"""Where rcv writes: event files, logs, settings and caches — the user's folders, or next to the
program in **portable mode**.

Normally everything goes to the platform's per-user folders (platformdirs): on Windows
``%LOCALAPPDATA%\\rcv`` for data, logs and the cache, ``%APPDATA%\\rcv`` … for settings, and
``Documents\\rcv`` for event files (the organisers look for them there and back them up).

Portable mode keeps everything in a ``data`` folder beside the program, so a whole event —
program, settings, event files and logs — travels on one USB stick from laptop to laptop. It is
on when any of these holds, first match wins:

1. the program called :func:`enable_portable` (the ``--portable`` flag, see
   :func:`strip_portable_flag`);
2. the environment variable ``RCV_PORTABLE`` is set: ``1``/``yes``/``true`` (the program's
   folder) or a folder path; ``0``/``no``/``false``/empty turns it off;
3. a file ``portable.txt`` (any content) sits next to the program: next to ``rcv.exe`` in a
   bundle, at the top of the repository in a checkout.

``install_root()`` (:mod:`rcv.paths`) is where the *shipped* files are; this module is only
about what rcv *writes*. Nothing here creates a folder: callers ``mkdir(parents=True,
exist_ok=True)`` before writing, and :func:`check_writable` says whether that will work.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from rcv.paths import install_root

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

APP = "rcv"
PORTABLE_MARKER = "portable.txt"
PORTABLE_FLAG = "--portable"
PORTABLE_ENV = "RCV_PORTABLE"
PORTABLE_DATA = "data"  # the folder beside the program that holds everything in portable mode
SETTINGS_FILE = "console.json"

_TRUE = {"1", "yes", "true", "on"}
_FALSE = {"", "0", "no", "false", "off"}

_forced_root: Path | None = None


# -- portable mode -------------------------------------------------------------------------------
def program_dir() -> Path:
    """The folder the program runs from: the executable's folder in a bundle (``rcv.exe``, not
    ``_internal``), the repository's top folder in a checkout."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return install_root()


def enable_portable(root: Path | None = None) -> None:
    """Turn portable mode on for this process: data under ``root/data`` (default: the program's
    folder). Call before anything asks for a folder."""
    global _forced_root
    _forced_root = Path(root) if root is not None else program_dir()


def disable_portable() -> None:
    """Forget :func:`enable_portable` (tests); the environment and the marker still count."""
    global _forced_root
    _forced_root = None


def strip_portable_flag(argv: Sequence[str]) -> list[str]:
    """``argv`` without ``--portable``; when the flag was there, portable mode is now on."""
    rest = [arg for arg in argv if arg != PORTABLE_FLAG]
    if len(rest) != len(argv):
        enable_portable()
    return rest


def portable_root() -> Path | None:
    """The folder that holds ``data/`` in portable mode, or None when not portable."""
    if _forced_root is not None:
        return _forced_root
    env = os.environ.get(PORTABLE_ENV)
    if env is not None:
        value = env.strip()
        if value.lower() in _TRUE:
            return program_dir()
        if value.lower() in _FALSE:
            return None
        return Path(value).expanduser()
    folder = program_dir()
    return folder if (folder / PORTABLE_MARKER).is_file() else None


def is_portable() -> bool:
    return portable_root() is not None


def why_portable() -> str:
    """In words (Vietnamese), why portable mode is on or off: for the self-test's report."""
    if _forced_root is not None:
        return f"bật bởi {PORTABLE_FLAG}"
    env = os.environ.get(PORTABLE_ENV)
    if env is not None:
        return f"{PORTABLE_ENV}={env!r}"
    if (program_dir() / PORTABLE_MARKER).is_file():
        return f"có tệp {PORTABLE_MARKER} cạnh chương trình"
    return "tắt (dùng thư mục của người dùng)"


def _portable(*parts: str) -> Path | None:
    root = portable_root()
    return None if root is None else root.joinpath(PORTABLE_DATA, *parts)


# -- the folders -----------------------------------------------------------------------------------
def data_dir() -> Path:
    """rcv's own data (demo events, backups it makes by itself)."""
    return _portable() or Path(platformdirs.user_data_dir(APP, appauthor=False))


def events_dir() -> Path:
    """Where new event files are proposed: ``Documents/rcv``, or ``data/events`` when portable."""
    return _portable("events") or Path(platformdirs.user_documents_dir()) / APP


def log_dir() -> Path:
    """The program's logs (crash log, the windowed program's output)."""
    return _portable("logs") or Path(platformdirs.user_log_dir(APP, appauthor=False))


def config_dir() -> Path:
    """Settings files."""
    return _portable("settings") or Path(platformdirs.user_config_dir(APP, appauthor=False))


def cache_dir() -> Path:
    """Things rcv can make again (compiled translations in a checkout)."""
    return _portable("cache") or Path(platformdirs.user_cache_dir(APP, appauthor=False))


def settings_path(name: str = SETTINGS_FILE) -> Path:
    """A settings file by name: ``console.json`` (the console's) unless told otherwise."""
    return config_dir() / name


def qsettings(name: str = APP) -> QSettings:
    """A ``QSettings`` stored as ``<config_dir>/<name>.ini``, portable or not.

    ``QSettings("rcv", "rcv")`` always uses the native store (the registry on Windows) and
    ignores portable mode, so use this instead. Needs PySide6 (imported here, lazily).
    """
    from PySide6.QtCore import QSettings

    return QSettings(str(config_dir() / f"{name}.ini"), QSettings.Format.IniFormat)


def check_writable(folder: Path) -> str | None:
    """None when rcv can create ``folder`` and write a file in it; otherwise why not."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".rcv-write-test-", delete=True) as f:
            f.write(b"rcv")
            f.flush()
            os.fsync(f.fileno())
    except OSError as exc:
        return f"{folder}: {exc.strerror or exc}"
    return None


def summary() -> dict[str, Path]:
    """Every folder by name, for reports."""
    return {
        "data": data_dir(),
        "events": events_dir(),
        "logs": log_dir(),
        "settings": config_dir(),
        "cache": cache_dir(),
    }
