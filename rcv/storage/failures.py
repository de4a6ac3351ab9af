"""Turning a failed write (SQLite's or the system's error) into words the crew can act on.

A write fails when the disk is full, the stick is pulled, or the medium or file refuses writes.
:func:`write_error` names which one and what to do, in Vietnamese and English; the caller has
already rolled back, so the message can promise that nothing of the step was written.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from rcv.storage.errors import EventFileWriteError, WriteFailure

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
_GONE_ERRNOS = {errno.EIO, errno.ENODEV, errno.ENXIO, errno.ENOENT, getattr(errno, "ESTALE", -1)}

# SQLite's primary result codes (the low byte of an extended code)
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 8, 10, 13, 14


def classify(exc: BaseException) -> WriteFailure:
    """What kind of failure ``exc`` (or the error it wraps) is."""
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
    failure = classify(exc)
    what, what_en, todo, todo_en = _WHAT[failure]
    detail = _detail(exc)
    return EventFileWriteError(
        path,
        failure,
        f"Không ghi được {doing} vào {path}: {what} ({detail}). {consequence[0]} {todo}",
        f"Could not write {doing_english} to {path}: {what_en} ({detail}). {consequence[1]} "
        f"{todo_en}",
    )


def _detail(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    inner = orig if isinstance(orig, BaseException) else exc
    if isinstance(inner, OSError) and inner.strerror:
        return inner.strerror
    text = str(inner).splitlines()[0] if str(inner) else type(inner).__name__
    return text[:200]
