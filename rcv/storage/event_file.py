"""One event on disk: create, open (verify and load), append to the log, back up.

The file is the show's memory. ``append`` commits before it returns, so an entry the engine
has applied is on disk. Opening checks the SQLite file, the schema version and the whole hash
chain before anything is handed out: a damaged or edited file is reported, never half-loaded.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, delete, insert, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError

from rcv.core.codec import from_plain, to_plain
from rcv.core.events import LogEntry
from rcv.core.model import Contestant, EventInfo, Question, QuestionSet, Roster
from rcv.core.rules import Rules
from rcv.core.state import ShowSetup
from rcv.storage import chain
from rcv.storage.errors import (
    EventFileError,
    EventFileTampered,
)
from rcv.storage.media import PREFIX, embed, name_matches
from rcv.storage.opening import (
    check_integrity,
    check_is_event_file,
    check_sqlite_header,
    corrupt,
    read_meta,
    upgrade,
    write_meta,
)
from rcv.storage.schema import (
    FORMAT_NAME,
    MIGRATIONS,
    SCHEMA_VERSION,
    Base,
    ContestantRow,
    LogRow,
    MediaRow,
    Migration,
    QuestionRow,
    make_engine,
)


@dataclass(frozen=True, slots=True)
class Loaded:
    """Everything read from an event file, verified."""

    setup: ShowSetup
    info: EventInfo
    entries: tuple[LogEntry, ...]
    head: str


class EventFile:
    """An open event file. Use :meth:`create` or :meth:`open`; close it when done."""

    def __init__(self, path: Path, conn: Connection, loaded: Loaded) -> None:
        self.path = path
        self._conn = conn
        self._setup = loaded.setup
        self._info = loaded.info
        self._entries = list(loaded.entries)
        self._head = loaded.head

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path | str,
        setup: ShowSetup,
        info: EventInfo | None = None,
        media: Mapping[str, bytes] | None = None,
    ) -> EventFile:
        path = Path(path)
        if path.exists():
            raise EventFileError(
                path, f"Tệp {path} đã tồn tại: hãy mở nó hoặc chọn tên khác.", "File exists."
            )
        info = info or EventInfo()
        try:
            engine = make_engine(path)
            conn = engine.connect()
            Base.metadata.create_all(conn)
            write_meta(conn, "format", FORMAT_NAME)
            write_meta(conn, "schema_version", str(SCHEMA_VERSION))
            write_meta(conn, "info", json.dumps(to_plain(info), ensure_ascii=False))
            setup, blobs = embed(setup, media or {})
            _write_setup(conn, setup)
            _write_media(conn, blobs)
            conn.commit()
        except SQLAlchemyError as exc:
            raise EventFileError(path, f"Không tạo được tệp sự kiện {path}: {exc}") from exc
        return cls(path, conn, Loaded(setup, info, (), chain.genesis(setup)))

    @classmethod
    def open(cls, path: Path | str, migrations: dict[int, Migration] | None = None) -> EventFile:
        path = Path(path)
        if not path.is_file():
            raise EventFileError(path, f"Không tìm thấy tệp sự kiện {path}.", "File not found.")
        check_sqlite_header(path)
        check_is_event_file(path)  # read-only: another program's database is left as it was
        try:
            conn = make_engine(path).connect()
            try:
                check_integrity(path, conn)
                upgrade(path, conn, MIGRATIONS if migrations is None else migrations)
                loaded = _load(path, conn)
            except BaseException:
                conn.close()
                raise
        except DBAPIError as exc:
            raise corrupt(path, str(exc.orig)) from exc
        except sqlite3.DatabaseError as exc:
            raise corrupt(path, str(exc)) from exc
        return cls(path, conn, loaded)

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

    # -- writing -----------------------------------------------------------------------------
    def append(self, entries: Sequence[LogEntry]) -> None:
        """Write entries in one transaction; returns only once they are durable."""
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
        try:
            self._conn.execute(insert(LogRow), rows)
            self._conn.commit()
        except IntegrityError as exc:
            self._conn.rollback()
            raise EventFileError(
                self.path,
                "Tệp sự kiện đã bị một chương trình khác ghi vào. Hãy đóng và mở lại sự kiện.",
                "The event file was written by another program: reopen it.",
            ) from exc
        except SQLAlchemyError as exc:
            self._conn.rollback()
            raise EventFileError(
                self.path, f"Không ghi được nhật ký vào {self.path}: {exc}"
            ) from exc
        self._entries.extend(entries)
        self._head = head

    def replace_setup(self, setup: ShowSetup, media: Mapping[str, bytes] | None = None) -> None:
        """Change roster, questions or rules: only before the show has started. ``media``
        maps the questions' picture paths (as imported) to their bytes, kept in the file."""
        if self._entries:
            raise EventFileError(
                self.path,
                "Chương trình đã bắt đầu: không thể thay danh sách thí sinh, câu hỏi hay thể lệ.",
                "The show has started: the setup is fixed.",
            )
        setup, blobs = embed(setup, media or {})
        _write_setup(self._conn, setup)
        _write_media(self._conn, blobs, keep=_stored_names(setup))
        self._conn.commit()
        self._setup = setup
        self._head = chain.genesis(setup)

    def media(self, name: str) -> bytes | None:
        """A question's picture stored in the file (its ``media`` name), or None."""
        return self._conn.execute(
            select(MediaRow.data).where(MediaRow.name == name)
        ).scalar_one_or_none()

    def update_info(self, info: EventInfo) -> None:
        write_meta(self._conn, "info", json.dumps(to_plain(info), ensure_ascii=False))
        self._conn.commit()
        self._info = info

    def backup(self, target: Path | str) -> Path:
        """A consistent copy of the file (log and WAL included), e.g. onto a USB stick."""
        target = Path(target)
        if target.exists():
            target.unlink()
        self._conn.exec_driver_sql("VACUUM INTO ?", (str(target),))
        return target

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> EventFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- helpers -------------------------------------------------------------------------------
def _load(path: Path, conn: Connection) -> Loaded:
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
    except (ValueError, TypeError, KeyError) as exc:
        raise EventFileTampered(
            path, None, f"Dữ liệu thiết lập trong {path.name} không hợp lệ: {exc}"
        ) from exc
    head = chain.genesis(setup)
    if read_meta(conn, "genesis") != head:
        raise EventFileTampered(
            path,
            None,
            f"Danh sách thí sinh, câu hỏi hoặc thể lệ trong {path.name} đã bị sửa ngoài rcv.",
            "The roster, questions or rules were changed outside rcv.",
        )
    for row in conn.execute(select(MediaRow.name, MediaRow.data)):
        if not name_matches(row.name, row.data):
            raise EventFileTampered(
                path,
                None,
                f"Hình ảnh {row.name} trong {path.name} đã bị sửa ngoài rcv.",
                f"The picture {row.name} in {path.name} was changed outside rcv.",
            )
    entries: list[LogEntry] = []
    for row in conn.execute(select(LogRow).order_by(LogRow.seq)):
        seq = len(entries) + 1
        if row.seq != seq:
            raise _tampered_at(path, seq, f"thiếu mục số {seq}")
        head = chain.link_text(head, row.seq, row.step, row.at_ms, row.type, row.data)
        if head != row.hash:
            raise _tampered_at(path, seq, "mã băm không khớp")
        try:
            entry = LogEntry.from_plain(
                {
                    "seq": row.seq,
                    "step": row.step,
                    "at_ms": row.at_ms,
                    "type": row.type,
                    "data": json.loads(row.data),
                }
            )
        except (ValueError, TypeError, KeyError) as exc:
            raise _tampered_at(path, seq, str(exc)) from exc
        entries.append(entry)
    return Loaded(setup, info, tuple(entries), head)


def _tampered_at(path: Path, seq: int, detail: str) -> EventFileTampered:
    return EventFileTampered(
        path,
        seq,
        f"Nhật ký trong {path.name} đã bị sửa hoặc hỏng tại mục {seq} ({detail}).",
        f"The log in {path.name} was altered or damaged at entry {seq} ({detail}).",
    )


def _write_setup(conn: Connection, setup: ShowSetup) -> None:
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
    write_meta(conn, "genesis", chain.genesis(setup))


def _stored_names(setup: ShowSetup) -> set[str]:
    return {q.media for q in setup.questions.questions if q.media and q.media.startswith(PREFIX)}


def _write_media(
    conn: Connection, blobs: Mapping[str, bytes], keep: set[str] | None = None
) -> None:
    """Store new pictures; drop those no question uses any more."""
    wanted = set(blobs) | (keep or set())
    for name in conn.execute(select(MediaRow.name)).scalars().all():
        if name not in wanted:
            conn.execute(delete(MediaRow).where(MediaRow.name == name))
    for name, data in blobs.items():
        conn.execute(
            text("INSERT OR REPLACE INTO media(name, data) VALUES (:n, :d)"), {"n": name, "d": data}
        )
