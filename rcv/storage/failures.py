"""Turning a failed write (SQLite's or the system's error) into words the crew can act on.

A write fails when the disk is full, the stick is pulled, or the medium or file refuses writes.
:func:`write_error` names which one and what to do, in Vietnamese and English; the caller has
already rolled back, so the message can promise that nothing of the step was written.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from rcv.storage.errors import EventFileWriteError, WriteFailure

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


_WHAT = {
    WriteFailure.DISK_FULL: (
        "ổ đĩa chứa tệp đã đầy",
        "the disk holding the file is full",
        "Hãy giải phóng chỗ trống trên ổ này (xoá hoặc chuyển bớt tệp khác) rồi thử lại.",
        "Free some space on that disk (delete or move other files), then try again.",
    ),
    WriteFailure.MEDIUM_GONE: (
        "ổ chứa tệp đã bị rút ra hoặc không còn truy cập được",
        "the drive holding the file was removed or can no longer be reached",
        "Hãy cắm lại ổ (USB) hoặc kết nối lại ổ mạng, đúng chỗ cũ, rồi thử lại.",
        "Put the drive (USB stick) back or reconnect the network drive, at the same place, "
        "then try again.",
    ),
    WriteFailure.READ_ONLY: (
        "ổ hoặc tệp chỉ cho phép đọc (ổ bị khoá ghi, hoặc không có quyền ghi)",
        "the drive or the file is read-only (a write-protected drive, or no permission)",
        "Hãy mở khoá ghi của ổ, hoặc chép tệp sự kiện sang một ổ ghi được rồi mở tệp đó.",
        "Unlock the drive for writing, or copy the event file to a writable disk and open "
        "that copy.",
    ),
    WriteFailure.OTHER: (
        "hệ thống báo lỗi",
        "the system reported an error",
        "Hãy thử lại; nếu vẫn lỗi, chép tệp sự kiện sang ổ khác rồi mở tệp đó.",
        "Try again; if it still fails, copy the event file to another disk and open that copy.",
    ),
}


FILE_UNCHANGED = (
    "Tệp không bị thay đổi.",
    "The file was not changed.",
)
UNCHANGED = (
    "Chưa có gì của lần ghi này vào tệp, và chương trình vẫn như trước đó.",
    "Nothing of this write is in the file, and the show is as it was before.",
)


def write_error(
    path: Path,
    exc: BaseException,
    doing: str,
    doing_english: str,
    consequence: tuple[str, str] = UNCHANGED,
) -> EventFileWriteError:
    """The error to raise for a write that failed with ``exc``; nothing of it was written.

    ``doing`` says what was being written ("bước vừa rồi của chương trình", "danh sách thí
    sinh"…), with its English; ``consequence`` what that leaves, in both languages."""
    return _error(
        path,
        exc,
        (f"Không ghi được {doing} vào {path}", f"Could not write {doing_english} to {path}"),
        consequence,
    )


def open_error(path: Path, exc: BaseException) -> EventFileWriteError:
    """The error to raise when the disk (not the file's contents) stops a writer opening it."""
    return _error(
        path,
        exc,
        (f"Không mở được {path} để ghi", f"Could not open {path} for writing"),
        FILE_UNCHANGED,
    )


def _error(
    path: Path, exc: BaseException, lead: tuple[str, str], consequence: tuple[str, str]
) -> EventFileWriteError:
    failure = classify(exc, path.parent)
    what, what_en, todo, todo_en = _WHAT[failure]
    detail = _detail(exc)
    return EventFileWriteError(
        path,
        failure,
        f"{lead[0]}: {what} ({detail}). {consequence[0]} {todo}",
        f"{lead[1]}: {what_en} ({detail}). {consequence[1]} {todo_en}",
    )


def _detail(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    inner = orig if isinstance(orig, BaseException) else exc
    if isinstance(inner, OSError) and inner.strerror:
        return inner.strerror
    text = str(inner).splitlines()[0] if str(inner) else type(inner).__name__
    return text[:200]
