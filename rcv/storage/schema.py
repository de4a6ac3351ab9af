"""The tables of an event file (SQLAlchemy 2.0 typed models) and the connection settings.

Every connection runs in WAL mode with ``synchronous=FULL``: a committed log entry survives a
power cut. Schema changes bump ``SCHEMA_VERSION`` and add an upgrade step in ``MIGRATIONS``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Integer,
    LargeBinary,
    String,
    Text,
    create_engine,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.pool import NullPool

SCHEMA_VERSION = 3
FORMAT_NAME = "rcv-event"
RECIPE_KEY = "genesis_recipe"  # the genesis recipe of the file (see rcv.storage.chain)
PARTS_KEY = "genesis_parts"  # recipe 2: the hash of each part of the setup, as JSON

# version -> function upgrading a connection from that version to the next one
Migration = Callable[[Connection], None]


def _add_media_table(conn: Connection) -> None:
    """Version 1 → 2: question pictures are kept inside the file."""
    conn.exec_driver_sql(
        "CREATE TABLE IF NOT EXISTS media (name VARCHAR NOT NULL PRIMARY KEY, data BLOB NOT NULL)"
    )


def _record_genesis_recipe(conn: Connection) -> None:
    """Version 2 → 3: new files hash the event's details into the genesis (recipe 2). A file
    written before keeps verifying with the recipe it was written with, now recorded; its log
    starts from that genesis, so the recipe cannot change once the show has started."""
    conn.exec_driver_sql(f"INSERT OR IGNORE INTO meta(key, value) VALUES ('{RECIPE_KEY}', '1')")


MIGRATIONS: dict[int, Migration] = {1: _add_media_table, 2: _record_genesis_recipe}


class Base(DeclarativeBase):
    pass


class MetaRow(Base):
    """Key/value facts: format, schema version, event info, rules, genesis hash."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ContestantRow(Base):
    __tablename__ = "contestants"
    seat: Mapped[int] = mapped_column(Integer, primary_key=True)
    sbd: Mapped[str] = mapped_column(String, unique=True)
    name: Mapped[str] = mapped_column(String)
    unit: Mapped[str] = mapped_column(String, default="")
    grp: Mapped[str] = mapped_column(String, default="")
    checkin_code: Mapped[str | None] = mapped_column(String, nullable=True)


class QuestionRow(Base):
    __tablename__ = "questions"
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    qid: Mapped[str] = mapped_column(String, unique=True)
    pool: Mapped[str] = mapped_column(String)
    kind: Mapped[str] = mapped_column(String)
    data: Mapped[str] = mapped_column(Text)  # the whole question as JSON


class MediaRow(Base):
    """A question's picture, named after its SHA-256 (see rcv.storage.media)."""

    __tablename__ = "media"
    name: Mapped[str] = mapped_column(String, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class LogRow(Base):
    __tablename__ = "log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    step: Mapped[int] = mapped_column(Integer)
    at_ms: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String)
    data: Mapped[str] = mapped_column(Text)
    hash: Mapped[str] = mapped_column(String(64))


def _pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine for one event file; one connection at a time (NullPool) so it closes cleanly."""
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    event.listen(engine, "connect", _pragmas)
    return engine
