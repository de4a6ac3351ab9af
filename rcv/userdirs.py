"""Where rcv writes: event files, logs, settings and caches — the user's folders, or next to the
program in **portable mode**.

Normally everything goes to the platform's per-user folders (platformdirs): on Windows
``%LOCALAPPDATA%\\rcv`` for data, logs and the cache, ``%APPDATA%\\rcv`` … for settings, and
``Documents\\rcv`` for event files (the organisers look for them there and back them up).

Portable mode keeps everything in a ``data`` folder beside the program, so a whole event —
program, settings, event files and logs — travels on one USB stick from laptop to laptop. It is
on when any of these holds, first match wins:

1. the environment variable ``RCV_PORTABLE`` is set: ``1``/``yes``/``true`` or ``--portable``
   (the program's folder) or a folder path; ``0``/``no``/``false``/empty turns it off. The
   ``--portable`` flag (:func:`strip_portable_flag`, at the entry point) sets it to
   ``--portable``, so the processes rcv starts are portable too;
2. a file ``portable.txt`` (any content) sits next to the program: next to ``rcv.exe`` in a
   bundle, at the top of the repository in a checkout.

Everything here is a function of the environment (``environ``, ``os.environ`` by default) and
of where the program runs: nothing is cached or switched inside this module.

``install_root()`` (:mod:`rcv.paths`) is where the *shipped* files are; this module is only
about what rcv *writes*. Nothing here creates a folder: callers ``mkdir(parents=True,
exist_ok=True)`` before writing, and :func:`check_writable` says whether that will work.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
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

_TRUE = frozenset({"1", "yes", "true", "on", PORTABLE_FLAG})
_FALSE = frozenset({"", "0", "no", "false", "off"})


class PortableReason(StrEnum):
    """Why portable mode is on or off (the self-test says it in words)."""

    FLAG = "flag"  # --portable
    ENV = "env"  # RCV_PORTABLE
    MARKER = "marker"  # portable.txt beside the program
    OFF = "off"


@dataclass(frozen=True, slots=True)
class PortableMode:
    """Portable or not, and why: ``root`` holds ``data/`` (None: the user's folders);
    ``value`` is ``RCV_PORTABLE`` as set, when it decided."""

    root: Path | None
    reason: PortableReason
    value: str = ""


# -- portable mode -------------------------------------------------------------------------------
def program_dir() -> Path:
    """The folder the program runs from: the executable's folder in a bundle (``rcv.exe``, not
    ``_internal``), the repository's top folder in a checkout."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return install_root()


def _environ(environ: Mapping[str, str] | None) -> Mapping[str, str]:
    return os.environ if environ is None else environ


def portable_mode(environ: Mapping[str, str] | None = None) -> PortableMode:
    """Whether rcv writes beside the program, where, and why."""
    env = _environ(environ).get(PORTABLE_ENV)
    if env is not None:
        value = env.strip()
        if value == PORTABLE_FLAG:
            return PortableMode(program_dir(), PortableReason.FLAG, env)
        if value.lower() in _TRUE:
            return PortableMode(program_dir(), PortableReason.ENV, env)
        if value.lower() in _FALSE:
            return PortableMode(None, PortableReason.ENV, env)
        return PortableMode(Path(value).expanduser(), PortableReason.ENV, env)
    folder = program_dir()
    if (folder / PORTABLE_MARKER).is_file():
        return PortableMode(folder, PortableReason.MARKER)
    return PortableMode(None, PortableReason.OFF)


def enable_portable(
    root: Path | None = None, environ: MutableMapping[str, str] | None = None
) -> None:
    """Turn portable mode on for this process and those it starts: data under ``root/data``
    (default: the program's folder). Call at the entry point, before anything asks for a
    folder."""
    env = os.environ if environ is None else environ
    env[PORTABLE_ENV] = PORTABLE_FLAG if root is None else str(root)


def disable_portable(environ: MutableMapping[str, str] | None = None) -> None:
    """Forget the ``--portable`` flag (tests); an ``RCV_PORTABLE`` set otherwise and the marker
    still count."""
    env = os.environ if environ is None else environ
    if env.get(PORTABLE_ENV) == PORTABLE_FLAG:
        del env[PORTABLE_ENV]


def strip_portable_flag(
    argv: Sequence[str], environ: MutableMapping[str, str] | None = None
) -> list[str]:
    """``argv`` without ``--portable``; when the flag was there, portable mode is now on (in
    ``environ``, ``os.environ`` by default)."""
    rest = [arg for arg in argv if arg != PORTABLE_FLAG]
    if len(rest) != len(argv):
        enable_portable(environ=environ)
    return rest


def portable_root(environ: Mapping[str, str] | None = None) -> Path | None:
    """The folder that holds ``data/`` in portable mode, or None when not portable."""
    return portable_mode(environ).root


def is_portable(environ: Mapping[str, str] | None = None) -> bool:
    return portable_root(environ) is not None


def _portable(environ: Mapping[str, str] | None, *parts: str) -> Path | None:
    root = portable_root(environ)
    return None if root is None else root.joinpath(PORTABLE_DATA, *parts)


# -- the folders -----------------------------------------------------------------------------------
def data_dir(environ: Mapping[str, str] | None = None) -> Path:
    """rcv's own data (demo events, backups it makes by itself)."""
    return _portable(environ) or Path(platformdirs.user_data_dir(APP, appauthor=False))


def events_dir(environ: Mapping[str, str] | None = None) -> Path:
    """Where new event files are proposed: ``Documents/rcv``, or ``data/events`` when portable."""
    return _portable(environ, "events") or Path(platformdirs.user_documents_dir()) / APP


def log_dir(environ: Mapping[str, str] | None = None) -> Path:
    """The program's logs (crash log, the windowed program's output)."""
    return _portable(environ, "logs") or Path(platformdirs.user_log_dir(APP, appauthor=False))


def config_dir(environ: Mapping[str, str] | None = None) -> Path:
    """Settings files."""
    user = Path(platformdirs.user_config_dir(APP, appauthor=False))
    return _portable(environ, "settings") or user


def cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """Things rcv can make again (compiled translations in a checkout)."""
    return _portable(environ, "cache") or Path(platformdirs.user_cache_dir(APP, appauthor=False))


def settings_path(name: str = SETTINGS_FILE, environ: Mapping[str, str] | None = None) -> Path:
    """A settings file by name: ``console.json`` (the console's) unless told otherwise."""
    return config_dir(environ) / name


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


def summary(environ: Mapping[str, str] | None = None) -> dict[str, Path]:
    """Every folder by name, for reports."""
    return {
        "data": data_dir(environ),
        "events": events_dir(environ),
        "logs": log_dir(environ),
        "settings": config_dir(environ),
        "cache": cache_dir(environ),
    }
