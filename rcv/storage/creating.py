"""Creating an event file complete or not at all.

The file is built under a temporary name in its own folder (``.show.rcv.<pid>-<random>.creating``),
committed and closed (so it is one self-contained file), flushed to the disk with its folder, and
only then given its name — without ever replacing a file of that name: ``os.link`` (which fails
when the name exists) then removing the temporary name; where hard links are not supported (FAT
sticks) an ``os.rename`` after a last check. A crash or a full disk while building leaves at most
a temporary file, which the next writer of that event (holding its lock, so no one else can be
building it) removes.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import sys
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from rcv.core.model import EventInfo
from rcv.core.state import ShowSetup
from rcv.storage.errors import EventFileError, Written
from rcv.storage.failures import write_error
from rcv.storage.opening import write_meta
from rcv.storage.schema import FORMAT_NAME, SCHEMA_VERSION, Base, make_engine
from rcv.storage.setup_rows import write_media, write_setup

TEMP_SUFFIX = ".creating"
_SIDE_FILES = ("", "-wal", "-shm", "-journal")


def already_exists(path: Path) -> EventFileError:
    return EventFileError(path, "already_exists")


def temporaries(path: Path) -> list[Path]:
    """Temporary files left by creations of ``path`` that did not finish."""
    prefix = f".{path.name}."
    try:
        names = [p.name for p in path.parent.iterdir()]  # no glob: names may hold [ ] * ?
    except OSError:
        return []
    return sorted(
        path.parent / name
        for name in names
        if name.startswith(prefix) and any(name.endswith(TEMP_SUFFIX + s) for s in _SIDE_FILES)
    )


def remove_temporaries(path: Path) -> None:
    """Remove what unfinished creations of ``path`` left. Only call while holding the writer
    lock of ``path``: then nobody is building it."""
    for leftover in temporaries(path):
        with contextlib.suppress(OSError):
            leftover.unlink()


def build(path: Path, setup: ShowSetup, info: EventInfo, blobs: Mapping[str, bytes]) -> str:
    """Write a complete new event file at ``path``; returns its genesis hash. Raises
    :class:`EventFileError` (a write error naming the cause) and leaves nothing behind."""
    temp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}")
    try:
        genesis = _write(temp, setup, info, blobs)
        sync_file(temp)
        sync_folder(path.parent)
        _move_into_place(temp, path)
        sync_folder(path.parent)
    except EventFileError:
        _remove(temp)
        raise
    except (SQLAlchemyError, OSError) as exc:
        _remove(temp)
        raise write_error(path, exc, Written.NEW_FILE) from exc
    return genesis


def _write(temp: Path, setup: ShowSetup, info: EventInfo, blobs: Mapping[str, bytes]) -> str:
    engine = make_engine(temp)
    try:
        with engine.connect() as conn:
            Base.metadata.create_all(conn)
            write_meta(conn, "format", FORMAT_NAME)
            write_meta(conn, "schema_version", str(SCHEMA_VERSION))
            genesis = write_setup(conn, setup, info)
            write_media(conn, blobs)
            conn.commit()
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.commit()
    finally:
        engine.dispose()
    # Closing the last connection merged the journal into the file: it must stand alone now.
    wal = temp.with_name(temp.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise OSError(errno.EIO, "the journal could not be merged into the new file", str(wal))
    return genesis


def _move_into_place(temp: Path, path: Path) -> None:
    try:
        os.link(temp, path)
    except FileExistsError as exc:
        raise already_exists(path) from exc
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV) and (
            sys.platform != "win32"
        ):
            raise
        if path.exists():  # no hard links here (FAT): rename, which POSIX lets overwrite
            raise already_exists(path) from exc
        os.rename(temp, path)  # Windows: fails by itself when the name exists
        return
    temp.unlink()


def _remove(temp: Path) -> None:
    for side in _SIDE_FILES:
        with contextlib.suppress(OSError):
            temp.with_name(temp.name + side).unlink()


def sync_file(path: Path) -> None:
    flags = os.O_RDWR | getattr(os, "O_BINARY", 0) if sys.platform == "win32" else os.O_RDONLY
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_folder(folder: Path) -> None:
    if sys.platform == "win32":  # pragma: no cover - folders cannot be opened there
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP):  # some file systems cannot
            raise
    finally:
        os.close(fd)
