"""A verified copy of an event file, made while the show goes on.

:func:`backup_event` opens its own read-only connection (so it can run on a worker thread or in
another process than the writer, and from read-only media), copies one consistent snapshot with
SQLite's backup API (the WAL included: a plain file copy of a live file is stale or torn), and
notes how many log entries and which head hash that snapshot holds. The copy is written under a
temporary name beside the target as one self-contained file, then opened read-only and checked
whole — hash chain, entry count, head — and only then moved into place, atomically replacing an
older backup: a copy that fails its check never replaces a good one.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from rcv.storage import readonly
from rcv.storage.chain import fingerprint_text
from rcv.storage.creating import sync_file, sync_folder
from rcv.storage.errors import Consequence, EventFileError, WriteFailure, Written
from rcv.storage.failures import classify, write_error
from rcv.storage.loading import open_reader
from rcv.storage.opening import check_sqlite_header, corrupt, not_found
from rcv.storage.schema import FORMAT_NAME

TEMP_SUFFIX = ".backup"


@dataclass(frozen=True, slots=True)
class BackupResult:
    """A backup written and checked: it opens, its chain verifies, and it holds exactly the
    ``entries`` log entries ending at ``head`` that the source held when it was taken."""

    source: Path
    path: Path
    entries: int
    head: str
    size: int  # bytes
    seconds: float

    @property
    def fingerprint(self) -> str:
        return fingerprint_text(self.head)


def backup_target(source: Path, dest: Path) -> Path:
    """Where a backup of ``source`` goes: ``dest`` itself, or the same name inside a folder."""
    return dest / source.name if dest.is_dir() else dest


def backup_event(source: Path | str, dest: Path | str) -> BackupResult:
    """Copy ``source`` to ``dest`` (a file, or a folder to put it in), check the copy, and say
    what it holds. Raises :class:`EventFileError` (``EventFileWriteError`` when the copy could
    not be written) naming the cause; the source is never written, an older backup is kept."""
    started = time.perf_counter()
    source = Path(source)
    target = backup_target(source, Path(dest))
    _check_target(source, target)
    temp = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}")
    try:
        entries, head = _copy(source, temp, target)
        _verify(temp, target, entries, head)
        sync_file(temp)
        os.replace(temp, target)
        sync_folder(target.parent)
    except OSError as exc:
        raise write_error(target, exc, Written.BACKUP, Consequence.BACKUP_KEPT) from exc
    finally:
        _remove(temp)
    return BackupResult(
        source, target, entries, head, target.stat().st_size, time.perf_counter() - started
    )


def _check_target(source: Path, target: Path) -> None:
    if not source.is_file():
        raise not_found(source)
    if not target.parent.is_dir():
        raise EventFileError(target, "backup_no_folder", folder=str(target.parent))
    if target.exists():
        if target.resolve() == source.resolve() or os.path.samefile(source, target):
            raise EventFileError(target, "backup_is_source", original=source.name)
        try:
            check_sqlite_header(target)
            _check_format(target)
        except EventFileError as exc:
            raise EventFileError(target, "backup_target_taken") from exc


def _check_format(path: Path) -> None:
    try:
        row = readonly.read(
            path, lambda c: c.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
        )
    except sqlite3.Error as exc:
        raise corrupt(path, "sqlite", str(exc)) from exc
    if row is None or row[0] != FORMAT_NAME:
        raise corrupt(path, "not_rcv")


def _copy(source: Path, temp: Path, target: Path) -> tuple[int, str]:
    """Copy one snapshot of ``source`` into ``temp``; the entry count and head it holds."""

    def copy(src: sqlite3.Connection) -> tuple[int, str]:
        src.execute("BEGIN")  # one read snapshot for the facts below and the copy
        count, last = src.execute(
            "SELECT count(*), (SELECT hash FROM log ORDER BY seq DESC LIMIT 1) FROM log"
        ).fetchone()
        genesis = src.execute("SELECT value FROM meta WHERE key = 'genesis'").fetchone()
        dst = sqlite3.connect(temp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one file, readable from read-only media
            dst.commit()
        finally:
            dst.close()
        src.rollback()
        return int(count), str(last if count else (genesis[0] if genesis else ""))

    try:
        return readonly.read(source, copy)
    except sqlite3.Error as exc:
        if classify(exc) in (WriteFailure.DISK_FULL, WriteFailure.READ_ONLY):
            raise write_error(target, exc, Written.BACKUP, Consequence.BACKUP_KEPT) from exc
        raise EventFileError(source, "backup_failed", detail=str(exc)) from exc


def _verify(temp: Path, target: Path, entries: int, head: str) -> None:
    try:
        loaded = open_reader(temp)
    except EventFileError as exc:
        raise EventFileError(
            target, "backup_unreadable", cause=exc.code, cause_params=dict(exc.params)
        ) from exc
    if (len(loaded.entries), loaded.head) != (entries, head):
        raise EventFileError(target, "backup_differs", copied=len(loaded.entries), entries=entries)


def _remove(temp: Path) -> None:
    for side in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            temp.with_name(temp.name + side).unlink()
