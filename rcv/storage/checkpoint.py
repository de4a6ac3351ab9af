"""Merging the journal (``-wal``) into the event file at calm moments, never waiting for readers.

Until a checkpoint, committed steps live in the journal and a copy of the ``.rcv`` alone is
stale. ``wal_checkpoint(TRUNCATE)`` merges everything and empties the journal; with the busy
timeout at zero it does not wait for a reader holding an older snapshot (``rcv verify``, a
backup): it then merges what it can, like PASSIVE, and reports itself incomplete.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError

from rcv.storage.errors import Consequence, Written
from rcv.storage.failures import write_error

# After a step of one of these types the journal is merged into the main file: the end of a
# question or of the show, never a keypad burst.
CHECKPOINT_AFTER = frozenset({"eliminations_applied", "show_finished"})


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """One merge of the journal into the main file: ``complete`` when all of it was merged
    (False while a reader holds an older snapshot: what it could was merged, without waiting)."""

    complete: bool
    frames: int  # pages left in the journal (0 once truncated)
    merged: int  # pages merged (0 once truncated)
    seconds: float


def checkpoint(path: Path, conn: Connection) -> Checkpoint:
    """Merge the journal of ``path`` through the writer's connection ``conn``. Raises
    :class:`EventFileWriteError` when the disk refuses (the steps stay safe in the journal)."""
    started = time.perf_counter()
    try:
        conn.exec_driver_sql("PRAGMA busy_timeout=0")
        try:
            busy, frames, merged = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        finally:
            conn.exec_driver_sql("PRAGMA busy_timeout=5000")
            conn.commit()
    except SQLAlchemyError as exc:
        raise write_error(path, exc, Written.JOURNAL, Consequence.MERGE_LATER) from exc
    return Checkpoint(busy == 0, frames, merged, time.perf_counter() - started)
