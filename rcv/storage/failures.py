"""Sorting a failed write (SQLite's or the system's error) by what the crew can do about it.

A write fails when the disk is full, the stick is pulled, or the medium or file refuses writes.
:func:`write_error` names which one (a :class:`WriteFailure`), what was being written and what
that leaves, as codes; the caller has already rolled back, so the sentence
(:mod:`rcv.i18n.phrases.storage`) can promise that nothing of the step was written.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from rcv.storage.errors import Consequence, EventFileWriteError, WriteFailure, Written

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
_GONE_ERRNOS = {errno.EIO, errno.ENODEV, errno.ENXIO, errno.ENOENT, getattr(errno, "ESTALE", -1)}

_LOW_SPACE = 64 * 1024  # bytes: less than a few pages left counts as full

# SQLite's primary result codes (the low byte of an extended code)
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 8, 10, 13, 14


def classify(exc: BaseException, where: Path | None = None) -> WriteFailure:
    """What kind of failure ``exc`` (or the error it wraps) is. SQLite reports some failures on
    a full disk (its shared-memory index, a sync) as I/O errors: given the file's folder
    (``where``), one that still exists but has no room left is called full."""
    kind = _classify_chain(exc)
    if kind is WriteFailure.MEDIUM_GONE and where is not None and _no_room(where):
        return WriteFailure.DISK_FULL
    return kind


def _no_room(folder: Path) -> bool:
    try:
        st = os.statvfs(folder) if hasattr(os, "statvfs") else None
    except OSError:
        return False  # the folder is gone: the drive is
    if st is None:  # pragma: no cover - Windows
        import shutil

        try:
            return shutil.disk_usage(folder).free < _LOW_SPACE
        except OSError:
            return False
    return st.f_bavail * st.f_frsize < _LOW_SPACE


def _classify_chain(exc: BaseException) -> WriteFailure:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = _classify_one(current)
        if kind is not WriteFailure.OTHER:
            return kind
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return WriteFailure.OTHER


def _classify_one(exc: BaseException) -> WriteFailure:
    if isinstance(exc, sqlite3.Error):
        code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
        if code == _SQLITE_FULL:
            return WriteFailure.DISK_FULL
        if code == _SQLITE_READONLY:
            return WriteFailure.READ_ONLY
        if code in (_SQLITE_IOERR, _SQLITE_CANTOPEN):
            return WriteFailure.MEDIUM_GONE
    if isinstance(exc, OSError):
        if exc.errno in _FULL_ERRNOS:
            return WriteFailure.DISK_FULL
        if exc.errno in _READ_ONLY_ERRNOS:
            return WriteFailure.READ_ONLY
        if exc.errno in _GONE_ERRNOS:
            return WriteFailure.MEDIUM_GONE
    return WriteFailure.OTHER


def write_error(
    path: Path,
    exc: BaseException,
    written: Written,
    consequence: Consequence = Consequence.UNCHANGED,
) -> EventFileWriteError:
    """The error to raise for a write of ``written`` that failed with ``exc``; nothing of it
    was written, and ``consequence`` says what that leaves."""
    return EventFileWriteError(
        path,
        classify(exc, path.parent),
        written=written.value,
        consequence=consequence.value,
        detail=_detail(exc),
    )


def open_error(path: Path, exc: BaseException) -> EventFileWriteError:
    """The error to raise when the disk (not the file's contents) stops a writer opening it."""
    return EventFileWriteError(
        path,
        classify(exc, path.parent),
        "open_failed",
        consequence=Consequence.FILE_UNCHANGED.value,
        detail=_detail(exc),
    )


def _detail(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    inner = orig if isinstance(orig, BaseException) else exc
    if isinstance(inner, OSError) and inner.strerror:
        return inner.strerror
    text = str(inner).splitlines()[0] if str(inner) else type(inner).__name__
    return text[:200]
