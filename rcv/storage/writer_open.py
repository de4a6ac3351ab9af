"""Opening an event file to write it: take its lock, check it whole, upgrade an older schema;
and, after a failed write, connect again only if the file still ends where the show says."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from rcv.core.state import ShowSetup
from rcv.storage import creating
from rcv.storage.errors import EventFileError, WriteFailure, Written
from rcv.storage.failures import classify, open_error, write_error
from rcv.storage.loading import Loaded, load
from rcv.storage.locking import WriterLock
from rcv.storage.media import PREFIX
from rcv.storage.opening import (
    check_integrity,
    check_is_event_file,
    check_sqlite_header,
    corrupt,
    not_found,
    read_meta,
    upgrade,
)
from rcv.storage.schema import Migration, make_engine


def open_writer(
    path: Path, migrations: dict[int, Migration], program: str | None
) -> tuple[WriterLock, Engine, Connection, Loaded]:
    if not path.is_file():
        raise not_found(path)
    check_sqlite_header(path)
    lock = WriterLock.acquire(path, program)  # on read-only media: EventFileReadOnly
    try:
        creating.remove_temporaries(path)
        check_is_event_file(path)  # read-only: another program's database is left as it was
        engine = make_engine(path)
        try:
            conn = engine.connect()
            try:
                check_integrity(path, conn)
                upgrade(path, conn, migrations)
                loaded = load(path, conn)
                conn.rollback()
            except BaseException:
                conn.close()
                raise
        except (DBAPIError, sqlite3.DatabaseError) as exc:
            if classify(exc) is not WriteFailure.OTHER:  # the disk, not the file's contents
                raise open_error(path, exc) from exc
            raise corrupt(path, "sqlite", str(getattr(exc, "orig", None) or exc)) from exc
    except BaseException:
        lock.release()
        raise
    return lock, engine, conn, loaded


def reconnect(
    path: Path, engine: Engine, lock: WriterLock | None, tail: tuple[int, str]
) -> Connection:
    """A new connection for a writer whose last write failed. Its lock is taken again if the
    lock file went away with the drive; the file must still end with the entry (or genesis)
    the writer last wrote, else nothing is written to it."""
    if not path.is_file():  # connecting would create an empty database in its place
        gone = FileNotFoundError(errno.ENOENT, "the event file is not there", str(path))
        raise write_error(path, gone, Written.STEP)
    if lock is not None and not lock.still_ours():
        replacement = WriterLock.acquire(path, lock.holder.program)  # EventFileLocked if taken
        lock.release()
        lock.adopt(replacement)
    try:
        conn = engine.connect()
        try:
            count, last = conn.exec_driver_sql(
                "SELECT count(*), (SELECT hash FROM log ORDER BY seq DESC LIMIT 1) FROM log"
            ).one()
            end = last if count else read_meta(conn, "genesis")
            conn.rollback()
        except BaseException:
            conn.close()
            raise
    except SQLAlchemyError as exc:
        raise write_error(path, exc, Written.STEP) from exc
    if (count, end) != tail:
        conn.close()
        raise EventFileError(path, "file_moved_on", entries=count, expected=tail[0])
    return conn


def refuse_missing_pictures(path: Path, setup: ShowSetup, available: set[str]) -> None:
    """Every stored picture a question names must be in the file (opening checks it)."""
    for q in setup.questions.questions:
        if q.media and q.media.startswith(PREFIX) and q.media not in available:
            raise EventFileError(path, "picture_not_given", question=q.id, picture=q.media)
