"""One event on disk: create, open (to write, or read-only), append to the log, back up.

The file is the show's memory. ``append`` commits before it returns, so an entry the engine
has applied is on disk; when a write fails (disk full, stick pulled, read-only medium) it raises
:class:`EventFileWriteError`, nothing of it is in the file or in this object, and the same call
can be made again once the cause is fixed. Opening checks the SQLite file, the schema version
and the whole hash chain before anything is handed out: a damaged or edited file is reported,
never half-loaded.

One writer per file: a writer holds the file's lock (:mod:`rcv.storage.locking`) until
:meth:`EventFile.close`. A reader (``open(path, read_only=True)``) takes no lock, never writes
and needs no write access (:mod:`rcv.storage.readonly`); it sees what was committed when it
opened. The file is checkpointed (its journal merged into it) after each question, so the main
file alone is current at every calm moment; :meth:`EventFile.backup` makes a verified copy.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from rcv.core.events import LogEntry
from rcv.core.model import EventInfo
from rcv.core.state import ShowSetup
from rcv.storage import chain, creating, readonly
from rcv.storage.backup import backup_event
from rcv.storage.checkpoint import CHECKPOINT_AFTER, Checkpoint, checkpoint
from rcv.storage.errors import EventFileError, LockHolder, WriteFailure, Written
from rcv.storage.failures import classify, open_error, write_error
from rcv.storage.loading import Loaded, open_reader
from rcv.storage.locking import WriterLock
from rcv.storage.media import embed
from rcv.storage.opening import read_meta, unreadable, write_meta
from rcv.storage.schema import MIGRATIONS, LogRow, MediaRow, Migration, make_engine
from rcv.storage.setup_rows import stored_names, write_info, write_media, write_setup
from rcv.storage.writer_open import open_writer, reconnect, refuse_missing_pictures

HARDWARE_KEY = "hardware"  # meta: the event's hardware settings (outside the hash chain)


class EventFile:
    """An open event file. Use :meth:`create` or :meth:`open`; close it when done."""

    def __init__(
        self,
        path: Path,
        conn: Connection | None,
        loaded: Loaded,
        *,
        engine: Engine | None = None,
        lock: WriterLock | None = None,
    ) -> None:
        self.path = path
        self._conn = conn
        self._engine = engine  # a writer reconnects through it after a failed write
        self._lock = lock
        self._setup = loaded.setup
        self._info = loaded.info
        self._entries = list(loaded.entries)
        self._head = loaded.head
        self._recipe = loaded.recipe
        self.last_checkpoint: Checkpoint | None = None
        self.checkpoint_problem: EventFileError | None = None  # why the last checkpoint failed

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path | str,
        setup: ShowSetup,
        info: EventInfo | None = None,
        media: Mapping[str, bytes] | None = None,
        *,
        program: str | None = None,
    ) -> EventFile:
        """A new event file, complete or not at all, opened for writing by ``program`` (how the
        lock names this process; by default from its command line, e.g. "rcv console")."""
        path = Path(path)
        if path.exists():
            raise creating.already_exists(path)
        info = info or EventInfo()
        setup, blobs = embed(setup, media or {})
        refuse_missing_pictures(path, setup, set(blobs))
        lock = WriterLock.acquire(path, program)
        try:
            creating.remove_temporaries(path)
            genesis = creating.build(path, setup, info, blobs)
            engine = make_engine(path)
            try:
                conn = engine.connect()
            except SQLAlchemyError as exc:  # the file is there, complete: opening it failed
                raise open_error(path, exc) from exc
        except BaseException:
            lock.release()
            raise
        loaded = Loaded(setup, info, (), genesis, chain.RECIPE_PARTS)
        return cls(path, conn, loaded, engine=engine, lock=lock)

    @classmethod
    def open(
        cls,
        path: Path | str,
        migrations: dict[int, Migration] | None = None,
        *,
        read_only: bool = False,
        program: str | None = None,
    ) -> EventFile:
        """Open and verify an event file: to write (the default: the file is locked for
        ``program``, and upgraded to the current schema), or ``read_only``."""
        path = Path(path)
        if read_only:
            return cls(path, None, open_reader(path))
        lock, engine, conn, loaded = open_writer(
            path, MIGRATIONS if migrations is None else migrations, program
        )
        return cls(path, conn, loaded, engine=engine, lock=lock)

    # -- reading -----------------------------------------------------------------------------
    @property
    def setup(self) -> ShowSetup:
        return self._setup

    @property
    def info(self) -> EventInfo:
        return self._info

    @property
    def entries(self) -> tuple[LogEntry, ...]:
        return tuple(self._entries)

    @property
    def entry_count(self) -> int:
        return len(self._entries)

    @property
    def head(self) -> str:
        """The hash of the last entry (or of the setup): the show's fingerprint so far."""
        return self._head

    @property
    def read_only(self) -> bool:
        return self._engine is None

    @property
    def genesis_recipe(self) -> int:
        """1: written before schema 3, the event's name/date/venue/organiser are not covered by
        the hash chain; 2: they are."""
        return self._recipe

    @property
    def info_covered(self) -> bool:
        return self._recipe >= chain.RECIPE_PARTS

    @property
    def took_over(self) -> LockHolder | None:
        """The writer that crashed holding this file's lock, when this one took it over."""
        return self._lock.took_over if self._lock is not None else None

    def media(self, name: str) -> bytes | None:
        """A question's picture stored in the file (its ``media`` name), or None."""
        if self.read_only:
            return readonly.read(self.path, lambda c: _stored_picture(c, name))
        conn = self._connection()
        try:
            data = conn.execute(
                select(MediaRow.data).where(MediaRow.name == name)
            ).scalar_one_or_none()
            conn.rollback()
        except SQLAlchemyError as exc:
            raise unreadable(self.path, exc) from exc
        return data

    def hardware(self) -> dict[str, Any]:
        """The event's hardware settings as stored (ports, device profiles, seats per port,
        pairing tables: :class:`rcv.hardware.settings.HardwareSettings` reads them); an empty
        mapping when none were saved or what is stored is not a mapping."""
        if self.read_only:
            raw = readonly.read(self.path, lambda c: _stored_meta(c, HARDWARE_KEY))
        else:
            conn = self._connection()
            try:
                raw = read_meta(conn, HARDWARE_KEY)
                conn.rollback()
            except SQLAlchemyError as exc:
                raise unreadable(self.path, exc) from exc
        try:
            data = json.loads(raw) if raw else {}
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def save_hardware(self, data: Mapping[str, Any]) -> None:
        """Keep the event's hardware settings in the file, at any time (also mid-show): they
        are outside the hash chain — how keypads are wired changes no result, the log records
        the seats that were judged — and travel with the file and its backups."""
        conn = self._writer()
        try:
            write_meta(conn, HARDWARE_KEY, json.dumps(dict(data), ensure_ascii=False))
            conn.commit()
        except SQLAlchemyError as exc:
            self._failed(exc)
            raise write_error(self.path, exc, Written.HARDWARE) from exc

    # -- writing -----------------------------------------------------------------------------
    def append(self, entries: Sequence[LogEntry]) -> None:
        """Write entries in one transaction; returns only once they are durable. The file is
        checkpointed after the end of a question (see ``CHECKPOINT_AFTER``)."""
        if not entries:
            return
        head = self._head
        rows = []
        for entry in entries:
            data = chain.entry_text(entry)
            head = chain.link_text(head, entry.seq, entry.step, entry.at_ms, entry.event.TYPE, data)
            rows.append(
                {
                    "seq": entry.seq,
                    "step": entry.step,
                    "at_ms": entry.at_ms,
                    "type": entry.event.TYPE,
                    "data": data,
                    "hash": head,
                }
            )
        conn = self._writer()
        try:
            conn.execute(insert(LogRow), rows)
            conn.commit()
        except IntegrityError as exc:
            self._rollback()
            raise EventFileError(self.path, "written_elsewhere") from exc
        except SQLAlchemyError as exc:
            self._failed(exc)
            raise write_error(self.path, exc, Written.STEP) from exc
        self._entries.extend(entries)
        self._head = head
        if any(e.event.TYPE in CHECKPOINT_AFTER for e in entries):
            try:
                self.checkpoint()
                self.checkpoint_problem = None
            except EventFileError as exc:  # the step is safe in the journal: try next time
                self.checkpoint_problem = exc

    def checkpoint(self) -> Checkpoint:
        """Merge the journal into the main file now, without waiting for readers (see
        :mod:`rcv.storage.checkpoint`); ``append`` does it after each question."""
        self.last_checkpoint = checkpoint(self.path, self._writer())
        return self.last_checkpoint

    def replace_setup(self, setup: ShowSetup, media: Mapping[str, bytes] | None = None) -> None:
        """Change roster, questions or rules: only before the show has started. ``media``
        maps the questions' picture paths (as imported) to their bytes, kept in the file."""
        self._refuse_once_started(Written.SETUP)
        setup, blobs = embed(setup, media or {})
        conn = self._writer()
        try:
            stored = set(conn.execute(select(MediaRow.name)).scalars().all())
            conn.rollback()
            refuse_missing_pictures(self.path, setup, set(blobs) | stored)
            genesis = write_setup(conn, setup, self._info)
            write_media(conn, blobs, keep=stored_names(setup))
            conn.commit()
        except SQLAlchemyError as exc:
            self._failed(exc)
            raise write_error(self.path, exc, Written.SETUP) from exc
        self._setup = setup
        self._head = genesis
        self._recipe = chain.RECIPE_PARTS

    def update_info(self, info: EventInfo) -> None:
        """Change the event's name, date, venue or organiser: only before the show has started
        (they are part of the setup the hash chain starts from)."""
        self._refuse_once_started(Written.INFO)
        conn = self._writer()
        try:
            genesis = write_info(conn, self._setup, info)
            conn.commit()
        except SQLAlchemyError as exc:
            self._failed(exc)
            raise write_error(self.path, exc, Written.INFO) from exc
        self._info = info
        self._head = genesis
        self._recipe = chain.RECIPE_PARTS

    def backup(self, target: Path | str) -> Path:
        """A verified copy of the file as committed now (journal included), e.g. onto a USB
        stick: a file, or a folder to put it in. Returns where it was written."""
        return backup_event(self.path, Path(target)).path

    def close(self) -> None:
        """Close the file and, for a writer, release its lock (removing the lock file)."""
        conn, self._conn = self._conn, None
        try:
            if conn is not None:
                with contextlib.suppress(SQLAlchemyError):
                    conn.close()
            if self._engine is not None:
                self._engine.dispose()
        finally:
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> EventFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- helpers -----------------------------------------------------------------------------
    def _refuse_once_started(self, what: Written) -> None:
        if self._entries:
            raise EventFileError(self.path, "setup_fixed", what=what.value)

    def _writer(self) -> Connection:
        if self._engine is None:
            raise EventFileError(self.path, "opened_read_only")
        return self._connection()

    def _connection(self) -> Connection:
        if self._conn is None:
            if self._engine is None:
                raise EventFileError(self.path, "closed")
            self._conn = reconnect(self.path, self._engine, self._lock, self._tail())
        return self._conn

    def _tail(self) -> tuple[int, str]:
        return len(self._entries), self._head

    def _rollback(self) -> None:
        if self._conn is not None:
            try:
                self._conn.rollback()
            except SQLAlchemyError:
                self._drop()

    def _failed(self, exc: BaseException) -> None:
        """After a failed write: roll back. A connection to a drive that went away (or that
        cannot roll back) is dropped; the next write connects again and checks that the file
        still ends where this object says. A full disk keeps its connection: closing it would
        merge the journal, changing what the disk holds behind the show's back."""
        if self._conn is None:
            return
        if classify(exc, self.path.parent) is WriteFailure.MEDIUM_GONE:
            self._drop()
        else:
            self._rollback()

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(SQLAlchemyError):
                conn.rollback()
            with contextlib.suppress(SQLAlchemyError):
                conn.close()


def _stored_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _stored_picture(conn: sqlite3.Connection, name: str) -> bytes | None:
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'media'").fetchone() is None:
        return None  # schema 1: no pictures inside
    row = conn.execute("SELECT data FROM media WHERE name = ?", (name,)).fetchone()
    return None if row is None else bytes(row[0])
