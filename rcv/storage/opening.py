"""What opening an event file checks before anything is loaded: that it is an SQLite file,
an rcv event file (looked at read-only, so another program's database is never changed), intact,
and of a schema this rcv reads — upgrading an older one in place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Connection, select, text

from rcv.storage.errors import EventFileCorrupt, EventFileError, EventFileTooNew
from rcv.storage.schema import FORMAT_NAME, SCHEMA_VERSION, MetaRow, Migration


def corrupt(path: Path, detail: str) -> EventFileCorrupt:
    return EventFileCorrupt(
        path,
        f"Tệp {path.name} bị hỏng hoặc không phải tệp sự kiện rcv ({detail}). "
        "Hãy dùng bản sao lưu gần nhất.",
        f"{path.name} is damaged or not an rcv event file ({detail}).",
    )


def check_sqlite_header(path: Path) -> None:
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise corrupt(path, "không phải cơ sở dữ liệu SQLite")


def check_is_event_file(path: Path) -> None:
    """Look for rcv's tables and format marker without changing the file in any way."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise corrupt(path, str(exc)) from exc
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if not {"meta", "contestants", "questions", "log"} <= tables:
            raise corrupt(path, "thiếu bảng dữ liệu")
        row = conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
        if row is None or row[0] != FORMAT_NAME:
            raise corrupt(path, "không có dấu hiệu tệp rcv")
    except sqlite3.Error as exc:
        raise corrupt(path, str(exc)) from exc
    finally:
        conn.close()


def check_integrity(path: Path, conn: Connection) -> None:
    result = conn.exec_driver_sql("PRAGMA quick_check").scalar()
    if result != "ok":
        raise corrupt(path, f"kiểm tra toàn vẹn: {result}")


def upgrade(path: Path, conn: Connection, migrations: dict[int, Migration]) -> None:
    raw = read_meta(conn, "schema_version")
    version = int(raw) if raw and raw.isdigit() else 0
    if version > SCHEMA_VERSION:
        raise EventFileTooNew(
            path,
            f"Tệp {path.name} được tạo bởi phiên bản rcv mới hơn (lược đồ {version}); "
            f"phiên bản này chỉ đọc tới lược đồ {SCHEMA_VERSION}. Hãy cập nhật rcv.",
            f"{path.name} was written by a newer rcv (schema {version} > {SCHEMA_VERSION}).",
        )
    while version < SCHEMA_VERSION:
        step = migrations.get(version)
        if step is None:
            raise corrupt(path, f"không có cách nâng cấp từ lược đồ {version}")
        try:
            step(conn)
        except Exception as exc:
            conn.rollback()
            raise EventFileError(
                path,
                f"Không nâng cấp được {path.name} từ lược đồ {version}: {exc}. Tệp không bị đổi.",
                f"Could not upgrade {path.name} from schema {version}: {exc}",
            ) from exc
        version += 1
        write_meta(conn, "schema_version", str(version))
        conn.commit()


def write_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        text("INSERT OR REPLACE INTO meta(key, value) VALUES (:k, :v)"), {"k": key, "v": value}
    )


def read_meta(conn: Connection, key: str) -> str | None:
    return conn.execute(select(MetaRow.value).where(MetaRow.key == key)).scalar_one_or_none()
