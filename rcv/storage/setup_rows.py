"""Writing an event's setup into an open connection: the roster, the questions, the rules, the
event's details, the pictures, and the genesis of the hash chain (recipe 2) with the hash of each
part, so a later edit can be named. The caller commits (or rolls back) the transaction."""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlalchemy import Connection, delete, insert, select, text

from rcv.core.codec import to_plain
from rcv.core.model import EventInfo
from rcv.core.state import ShowSetup
from rcv.storage import chain
from rcv.storage.media import PREFIX
from rcv.storage.opening import write_meta
from rcv.storage.schema import PARTS_KEY, RECIPE_KEY, ContestantRow, MediaRow, QuestionRow


def write_setup(conn: Connection, setup: ShowSetup, info: EventInfo) -> str:
    """Replace the roster, questions and rules, and write the genesis; returns it."""
    conn.execute(delete(ContestantRow))
    conn.execute(delete(QuestionRow))
    if setup.roster.contestants:
        conn.execute(
            insert(ContestantRow),
            [
                {
                    "seat": c.seat,
                    "sbd": c.sbd,
                    "name": c.name,
                    "unit": c.unit,
                    "grp": c.group,
                    "checkin_code": c.checkin_code,
                }
                for c in setup.roster.contestants
            ],
        )
    if setup.questions.questions:
        conn.execute(
            insert(QuestionRow),
            [
                {
                    "position": i,
                    "qid": q.id,
                    "pool": q.pool.value,
                    "kind": q.kind.value,
                    "data": json.dumps(to_plain(q), ensure_ascii=False),
                }
                for i, q in enumerate(setup.questions.questions, start=1)
            ],
        )
    write_meta(conn, "rules", json.dumps(to_plain(setup.rules), ensure_ascii=False))
    write_meta(conn, "questions_title", setup.questions.title)
    return write_info(conn, setup, info)


def write_info(conn: Connection, setup: ShowSetup, info: EventInfo) -> str:
    """Write the event's details and the genesis (recipe 2) over them; returns the genesis."""
    write_meta(conn, "info", json.dumps(to_plain(info), ensure_ascii=False))
    parts = chain.setup_parts(setup, info)
    genesis = chain.genesis_of_parts(parts)
    write_meta(conn, PARTS_KEY, json.dumps(parts, sort_keys=True))
    write_meta(conn, RECIPE_KEY, str(chain.RECIPE_PARTS))
    write_meta(conn, "genesis", genesis)
    return genesis


def stored_names(setup: ShowSetup) -> set[str]:
    return {q.media for q in setup.questions.questions if q.media and q.media.startswith(PREFIX)}


def write_media(conn: Connection, blobs: Mapping[str, bytes], keep: set[str] | None = None) -> None:
    """Store new pictures; drop those no question uses any more."""
    wanted = set(blobs) | (keep or set())
    for name in conn.execute(select(MediaRow.name)).scalars().all():
        if name not in wanted:
            conn.execute(delete(MediaRow).where(MediaRow.name == name))
    for name, data in blobs.items():
        conn.execute(
            text("INSERT OR REPLACE INTO media(name, data) VALUES (:n, :d)"), {"n": name, "d": data}
        )
