"""What opening an event file checks before anything is loaded: that it is an SQLite file,
an rcv event file (looked at read-only, so another program's database is never changed), intact,
and of a schema this rcv reads — a writer upgrades an older one in place, a reader reads it as
it is."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Connection, select, text

from rcv.storage import readonly
from rcv.storage.errors import EventFileCorrupt, EventFileError, EventFileTooNew, WriteFailure
from rcv.storage.failures import classify
from rcv.storage.schema import FORMAT_NAME, SCHEMA_VERSION, MetaRow, Migration


def corrupt(path: Path, reason: str, detail: str = "") -> EventFileCorrupt:
    """``reason``: ``not_sqlite``, ``tables_missing``, ``not_rcv``, ``integrity``,
    ``unknown_recipe``, ``no_migration`` or ``sqlite`` (SQLite's own ``detail``)."""
    return EventFileCorrupt(path, reason, detail)


def unreadable(path: Path, exc: BaseException) -> EventFileError:
    """The disk, not the file's contents, stops it being read: no verdict on the file."""
    return EventFileError(path, "drive_unreadable", detail=str(getattr(exc, "orig", None) or exc))


def unreadable_or_corrupt(path: Path, exc: BaseException) -> EventFileError:
    """An SQLite error while reading: the disk's fault, or the file's."""
    if classify(exc) is WriteFailure.OTHER:
        return corrupt(path, "sqlite", str(getattr(exc, "orig", None) or exc))
    return unreadable(path, exc)


def not_found(path: Path) -> EventFileError:
    return EventFileError(path, "not_found")


def check_sqlite_header(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except FileNotFoundError as exc:
        raise not_found(path) from exc
    except OSError as exc:
        raise EventFileError(path, "cannot_read", detail=exc.strerror or str(exc)) from exc
    if header != b"SQLite format 3\x00":
        raise corrupt(path, "not_sqlite")


def check_is_event_file(path: Path) -> None:
    """Look for rcv's tables and format marker without changing the file in any way."""
    try:
        readonly.read(path, lambda conn: check_event_tables(path, conn))
    except sqlite3.Error as exc:
        raise unreadable_or_corrupt(path, exc) from exc


def check_event_tables(path: Path, conn: sqlite3.Connection) -> None:
    """Are rcv's tables and format marker there? (on an open read-only connection)"""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    if not {"meta", "contestants", "questions", "log"} <= tables:
        raise corrupt(path, "tables_missing")
    row = conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    if row is None or row[0] != FORMAT_NAME:
        raise corrupt(path, "not_rcv")


def check_integrity(path: Path, conn: Connection) -> None:
    result = conn.exec_driver_sql("PRAGMA quick_check").scalar()
    if result != "ok":
        raise corrupt(path, "integrity", str(result))


def check_version(path: Path, conn: Connection) -> int:
    """The file's schema version; a newer one than this rcv reads is refused."""
    raw = read_meta(conn, "schema_version")
    version = int(raw) if raw and raw.isdigit() else 0
    if version > SCHEMA_VERSION:
        raise EventFileTooNew(path, version, SCHEMA_VERSION)
    return version


def upgrade(path: Path, conn: Connection, migrations: dict[int, Migration]) -> None:
    version = check_version(path, conn)
    while version < SCHEMA_VERSION:
        step = migrations.get(version)
        if step is None:
            raise corrupt(path, "no_migration", str(version))
        try:
            step(conn)
        except Exception as exc:
            conn.rollback()
            raise EventFileError(path, "upgrade_failed", version=version, detail=str(exc)) from exc
        version += 1
        write_meta(conn, "schema_version", str(version))
        conn.commit()


def write_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        text("INSERT OR REPLACE INTO meta(key, value) VALUES (:k, :v)"), {"k": key, "v": value}
    )


def read_meta(conn: Connection, key: str) -> str | None:
    return conn.execute(select(MetaRow.value).where(MetaRow.key == key)).scalar_one_or_none()
