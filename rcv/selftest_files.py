"""Self-test checks on files: the folders rcv writes to, the shipped samples, an event file on
the disk where events will live, and an Excel round trip. No Qt."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import date
from pathlib import Path

from rcv import userdirs
from rcv.paths import SAMPLE_QUESTIONS, questions_dir
from rcv.selftest import CheckFailed, Outcome

TEST_TEXT = "Nguyễn Thị Ánh Tuyết — Ầ Ẫ Ặ Ễ Ự đ Đ"


def check_folders() -> Outcome:
    folders = userdirs.summary()
    problems = [p for p in map(userdirs.check_writable, folders.values()) if p]
    if problems:
        raise CheckFailed("không ghi được: " + "; ".join(problems))
    root = userdirs.portable_root()
    mode = (
        f"chế độ mang theo, {userdirs.why_portable()}: {root}"
        if root
        else "thư mục của người dùng; chế độ mang theo tắt"
    )
    notes = [f"tệp sự kiện: {folders['events']}", f"nhật ký: {folders['logs']}"]
    return Outcome(f"ghi được cả {len(folders)} thư mục ({mode})", notes)


def check_samples() -> Outcome:
    from openpyxl import load_workbook

    from rcv.importers import load_questions

    sample = questions_dir() / SAMPLE_QUESTIONS
    if not sample.is_file():
        raise CheckFailed(f"thiếu bộ câu hỏi mẫu {sample}")
    imported = load_questions(sample)
    if imported.questions is None:
        raise CheckFailed(f"bộ câu hỏi mẫu không đọc được: {sample}")
    templates = sorted((questions_dir() / "templates").glob("*.xlsx"))
    if not templates:
        raise CheckFailed(f"thiếu tệp Excel mẫu trong {questions_dir() / 'templates'}")
    for path in templates:
        try:
            load_workbook(path, read_only=True).close()
        except Exception as exc:
            raise CheckFailed(f"{path.name} không mở được: {exc}") from exc
    count = len(imported.questions.questions)
    names = ", ".join(p.name for p in templates)
    return Outcome(f"{SAMPLE_QUESTIONS}: {count} câu; mẫu Excel: {names}")


@contextmanager
def scratch_folder() -> Iterator[Path]:
    """A temporary folder inside the events folder — the disk event files will live on (a
    network drive or a FAT stick behaves differently from the system disk) — removed after."""
    parent = userdirs.events_dir()
    try:
        parent.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix=".rcv-tu-kiem-tra-", dir=parent))
    except OSError:
        folder = Path(tempfile.mkdtemp(prefix="rcv-tu-kiem-tra-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def check_event_file() -> Outcome:
    from rcv.clock import ManualClock
    from rcv.core.rules import Rules
    from rcv.core.show import Show
    from rcv.core.state import ShowSetup
    from rcv.demo.autopilot import Autopilot
    from rcv.demo.builtin import builtin_questions
    from rcv.sim.floor import FloorModel
    from rcv.sim.people import make_roster
    from rcv.storage.event_file import EventFile

    setup = ShowSetup(make_roster(12, seed=7), builtin_questions(5, 2, 1), Rules())
    with scratch_folder() as folder:
        path = folder / "tu-kiem-tra.rcv"
        with EventFile.create(path, setup) as event_file:
            show = Show(event_file.setup, event_file.entries, event_file.append)
            pilot = Autopilot(show, FloorModel(seed=7), ManualClock(1_790_000_000_000))
            for _ in range(12):
                if pilot.step() is None:
                    break
            written, head = len(event_file.entries), event_file.head
        if written == 0:
            raise CheckFailed("không ghi được bước nào vào tệp sự kiện")
        with closing(sqlite3.connect(path)) as conn:
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        with EventFile.open(path) as reopened:
            read, again = len(reopened.entries), reopened.head
        if (read, again) != (written, head):
            raise CheckFailed(f"mở lại thấy {read} dòng nhật ký thay vì {written}, hoặc mã khác")
        if str(mode).lower() != "wal":
            raise CheckFailed(f"SQLite không dùng WAL ở {folder} (journal_mode={mode})")
    return Outcome(f"ghi {written} dòng nhật ký, mở lại đủ và khớp mã {head[:12]}… (WAL)")


def check_excel() -> Outcome:
    from openpyxl import Workbook, load_workbook

    rows = [("SBD", "Họ và tên", "Điểm", "Ngày"), ("007", TEST_TEXT, 12.5, date(2026, 11, 24))]
    with scratch_folder() as folder:
        path = folder / "tu-kiem-tra.xlsx"
        book = Workbook()
        sheet = book.active
        sheet.title = "Kết quả"
        for row in rows:
            sheet.append(row)
        book.save(path)
        read = load_workbook(path)
        back = [tuple(c.value for c in r) for r in read["Kết quả"].iter_rows()]
        read.close()
    got = back[1][:3], back[1][3].date() if hasattr(back[1][3], "date") else back[1][3]
    if back[0] != rows[0] or got != (rows[1][:3], rows[1][3]):
        raise CheckFailed(f"đọc lại khác với đã ghi: {back!r}")
    return Outcome("ghi rồi đọc lại được chữ tiếng Việt, số và ngày (.xlsx)")
