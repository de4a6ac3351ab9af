"""Reading an event file without ever writing anything, even where nothing can be written.

SQLite's ``file:…?mode=ro`` still needs the WAL file's shared-memory index (``-shm``) and
creates it, with an empty ``-wal``, beside the file (measured: a plain ``rcv verify`` left both
behind). So a reader looks first:

- no ``-wal`` beside the file: nobody has it open, and the file alone holds everything. It is
  read ``immutable=1`` (no side files, works on read-only media); if the file or its journal
  changed during the read — a writer opened it meanwhile — the read is done again the other way;
- a ``-wal`` beside it (a writer is live, or one crashed): ``mode=ro``, which reads the
  journal's committed steps too. On read-only media, where that fails for want of a ``-shm``,
  an empty journal is ignored (``immutable=1``) and a journal with content is reported plainly:
  it holds committed steps not yet merged, which cannot be read there.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from rcv.storage.errors import EventFileReadOnly

T = TypeVar("T")
_CANTOPEN, _READONLY, _IOERR = 14, 8, 10
_ATTEMPTS = 3


def uri(path: Path, *, immutable: bool = False) -> str:
    """The SQLite URI that opens ``path`` read-only (and immutable when asked)."""
    return f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def journal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def wal_has_content(path: Path) -> bool:
    try:
        return journal(path).stat().st_size > 0
    except OSError:
        return False


def read(path: Path, reader: Callable[[sqlite3.Connection], T]) -> T:
    """``reader(conn)`` on one read-only connection to ``path``, closed afterwards; see the
    module's description for how the connection is chosen. sqlite3 errors pass through."""
    for _ in range(_ATTEMPTS):
        if journal(path).exists():
            break
        before = _stamp(path)
        try:
            result = _with(uri(path, immutable=True), reader)
        except sqlite3.DatabaseError:
            if _unchanged(path, before):
                raise
            continue  # torn by a writer that came meanwhile: read again
        if _unchanged(path, before):
            return result
    return _with(choose_uri(path), reader)


def connect(path: Path) -> sqlite3.Connection:
    """A read-only connection through the journal (for a long read, e.g. a backup)."""
    return _connect(choose_uri(path))


def choose_uri(path: Path) -> str:
    """``mode=ro`` when it opens; else (read-only or full media, where no ``-shm`` can be
    made) ``immutable=1`` when no journal with content is there; else
    :class:`EventFileReadOnly`."""
    plain = uri(path)
    try:
        _with(plain, lambda c: c.execute("SELECT count(*) FROM sqlite_master").fetchone())
        return plain
    except sqlite3.OperationalError as exc:
        code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
        if code not in (_CANTOPEN, _READONLY, _IOERR):  # no -shm can be made here
            raise
        if wal_has_content(path):
            raise unmerged_journal(path) from exc
        return uri(path, immutable=True)


def _with(chosen: str, reader: Callable[[sqlite3.Connection], T]) -> T:
    conn = _connect(chosen)
    try:
        return reader(conn)
    finally:
        conn.close()


def _connect(chosen: str) -> sqlite3.Connection:
    conn = sqlite3.connect(chosen, uri=True, check_same_thread=False)
    with contextlib.suppress(sqlite3.Error):
        conn.execute("PRAGMA busy_timeout=5000")
        conn.execute("PRAGMA query_only=1")
    return conn


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def _unchanged(path: Path, before: tuple[int, int, int] | None) -> bool:
    return not journal(path).exists() and _stamp(path) == before


def unmerged_journal(path: Path) -> EventFileReadOnly:
    """The journal beside ``path`` holds committed steps that cannot be read here."""
    return EventFileReadOnly(path, "journal_unmerged", journal=journal(path).name)
