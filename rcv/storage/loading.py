"""Reading an event file's setup and log and checking every hash before anything is handed out.

A part of the setup edited outside rcv is named (with recipe 2: the event's name, date, venue,
organiser, the roster, the questions or the rules), a picture that does not match its name, is
missing, or was added is named, and a log row that breaks the chain is given by number. Reads
only: the same code serves writers and read-only readers, of every schema since 1.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, create_engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import StaticPool

from rcv.core.codec import decoder, from_plain
from rcv.core.events import EVENT_TYPES, Event, LogEntry
from rcv.core.model import Contestant, EventInfo, Question, QuestionSet, Roster
from rcv.core.rules import Rules
from rcv.core.state import ShowSetup
from rcv.storage import chain, readonly
from rcv.storage.errors import EventFileTampered
from rcv.storage.media import PREFIX, name_matches
from rcv.storage.opening import (
    check_event_tables,
    check_integrity,
    check_sqlite_header,
    check_version,
    corrupt,
    not_found,
    read_meta,
    unreadable_or_corrupt,
)
from rcv.storage.schema import PARTS_KEY, RECIPE_KEY, ContestantRow, QuestionRow

_LOG_ROWS = "SELECT seq, step, at_ms, type, data, hash FROM log ORDER BY seq"


@dataclass(frozen=True, slots=True)
class Loaded:
    """Everything read from an event file, verified."""

    setup: ShowSetup
    info: EventInfo
    entries: tuple[LogEntry, ...]
    head: str
    recipe: int = chain.CURRENT_RECIPE


def open_reader(path: Path) -> Loaded:
    """Read ``path`` without writing anything (see :mod:`rcv.storage.readonly`), check it whole
    and load it, from one snapshot: a live writer's committed steps are included."""
    if not path.is_file():
        raise not_found(path)
    check_sqlite_header(path)

    def read(raw: sqlite3.Connection) -> Loaded:
        check_event_tables(path, raw)
        raw.execute("BEGIN")  # one snapshot for every query below
        engine = create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool)
        with engine.connect() as conn:
            check_integrity(path, conn)
            check_version(path, conn)
            return load(path, conn)

    try:
        return readonly.read(path, read)
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        raise unreadable_or_corrupt(path, exc) from exc


def load(path: Path, conn: Connection) -> Loaded:
    setup, info = _read_setup(path, conn)
    recipe = _recipe(path, conn)
    head = chain.genesis_by_recipe(setup, info, recipe)
    if read_meta(conn, "genesis") != head:
        raise _setup_tampered(path, conn, setup, info, recipe)
    _check_media(path, conn, setup)
    entries, head = _read_log(path, conn, head)
    return Loaded(setup, info, tuple(entries), head, recipe)


def _read_setup(path: Path, conn: Connection) -> tuple[ShowSetup, EventInfo]:
    try:
        info = from_plain(EventInfo, json.loads(read_meta(conn, "info") or "{}"))
        rules = from_plain(Rules, json.loads(read_meta(conn, "rules") or "{}"))
        contestants = tuple(
            Contestant(r.sbd, r.seat, r.name, r.unit, r.grp, r.checkin_code)
            for r in conn.execute(select(ContestantRow).order_by(ContestantRow.seat))
        )
        questions = tuple(
            from_plain(Question, json.loads(r.data))
            for r in conn.execute(select(QuestionRow).order_by(QuestionRow.position))
        )
        title = read_meta(conn, "questions_title") or ""
        setup = ShowSetup(Roster(contestants), QuestionSet(questions, title), rules)
    except (ValueError, TypeError, KeyError, RecursionError) as exc:
        raise EventFileTampered(path, "setup_invalid", detail=str(exc)) from exc
    return setup, info


def _recipe(path: Path, conn: Connection) -> int:
    raw = read_meta(conn, RECIPE_KEY)
    if raw is None:
        return chain.RECIPE_SETUP  # written before schema 3 (and not upgraded: a reader)
    if raw not in (str(chain.RECIPE_SETUP), str(chain.RECIPE_PARTS)):
        raise corrupt(path, "unknown_recipe", repr(raw))
    return int(raw)


def _setup_tampered(
    path: Path, conn: Connection, setup: ShowSetup, info: EventInfo, recipe: int
) -> EventFileTampered:
    if recipe == chain.RECIPE_SETUP:
        return EventFileTampered(path, "setup_changed")
    try:
        stored = json.loads(read_meta(conn, PARTS_KEY) or "null")
    except ValueError:
        stored = None
    if isinstance(stored, dict) and chain.genesis_of_parts(stored) == read_meta(conn, "genesis"):
        parts = chain.changed_parts(stored, chain.setup_parts(setup, info))
        if parts:
            return EventFileTampered(path, "setup_parts_changed", parts=parts)
    return EventFileTampered(path, "setup_and_hashes_changed")


def _check_media(path: Path, conn: Connection, setup: ShowSetup) -> None:
    """Every stored picture matches its name, and the file holds exactly the pictures its
    questions name: none missing (another picture could be shown from beside the file), none
    added."""
    tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    rows = conn.exec_driver_sql("SELECT name, data FROM media").all() if "media" in tables else []
    for name, data in rows:
        if not name_matches(name, data):
            raise _picture(path, name, "picture_changed")
    stored = {name for name, _ in rows}
    named = {q.media for q in setup.questions.questions if q.media and q.media.startswith(PREFIX)}
    for name in sorted(named - stored):
        raise _picture(path, name, "picture_missing")
    for name in sorted(stored - named):
        raise _picture(path, name, "picture_added")


def _picture(path: Path, name: str, code: str) -> EventFileTampered:
    return EventFileTampered(path, code, parts=("media",), picture=name)


def _read_log(path: Path, conn: Connection, head: str) -> tuple[list[LogEntry], str]:
    """The log rows, each checked against the chain; and the head hash after the last one.

    Reopening a 1,000-seat show reads some 32,000 rows, so the rows come from the driver's own
    cursor in one ``fetchall`` (the same connection and snapshot) and decoded by
    :func:`event_decoder`. Every row is still hashed from its exact stored text before it is
    decoded, and decoded with every check."""
    entries: list[LogEntry] = []
    link, decode = chain.link_text, event_decoder()
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:  # closed at once, also when a row is refused (an open cursor keeps the -wal)
        rows = cursor.execute(_LOG_ROWS).fetchall()
    finally:
        cursor.close()
    for seq, (row_seq, step, at_ms, type_, data, stored) in enumerate(rows, 1):
        if row_seq != seq:
            raise EventFileTampered(path, "log_entry_missing", seq)
        head = link(head, row_seq, step, at_ms, type_, data)
        if head != stored:
            raise EventFileTampered(path, "log_hash_mismatch", seq)
        try:
            entries.append(LogEntry(seq, int(step), int(at_ms), decode(type_, data)))
        except (ValueError, TypeError, KeyError, RecursionError) as exc:
            raise EventFileTampered(path, "log_entry_invalid", seq, detail=str(exc)) from exc
    return entries, head


def event_decoder() -> Callable[[str, str], Event]:
    """A log row's type and stored JSON text → its event, with every check of
    :func:`rcv.core.codec.from_plain` (ValueError/TypeError/KeyError/RecursionError if refused);
    each type's decoder looked up once."""
    read_json = _json_reader()
    decoders: dict[str, Callable[[Any], Event]] = {}

    def decode(type_: str, data: str) -> Event:
        build = decoders.get(type_)
        if build is None:
            cls = EVENT_TYPES.get(type_)
            if cls is None:
                raise ValueError(f"unknown event type {type_!r}")
            build = decoders[type_] = decoder(cls)
        return build(read_json(data))

    return decode


def _json_reader() -> Callable[[str], Any]:
    """``json.loads`` of one row, at half its cost: ``raw_decode`` reads one JSON value from
    the start of the text with the same scanner, skipping ``loads``' two whitespace matches.
    Only a value that ends exactly where the text ends is taken; anything else (whitespace
    around it, extra data, a syntax error, bytes from a BLOB) goes to ``loads`` itself, so a
    row is accepted or refused exactly as ``loads`` would, with its error. (No parse of all the
    rows joined into one array: a forger who recomputes the chain — it has no secret key —
    could split and join rows inside it, e.g. ``{"answer":"}`` + ``{","seat":1,…}``.)"""
    raw_decode, loads = json.JSONDecoder().raw_decode, json.loads

    def read(text: str) -> Any:
        try:
            value, end = raw_decode(text)
        except (ValueError, TypeError, RecursionError):
            return loads(text)
        return value if end == len(text) else loads(text)

    return read
