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
from rcv.selftest.checks import CheckFailed, Outcome, said

TEST_TEXT = "Nguyễn Thị Ánh Tuyết — Ầ Ẫ Ặ Ễ Ự đ Đ"


def check_folders() -> Outcome:
    folders = userdirs.summary()
    problems = [p for p in map(userdirs.check_writable, folders.values()) if p]
    if problems:
        raise CheckFailed("folders_unwritable", problems="; ".join(problems))
    mode = userdirs.portable_mode()
    notes = [
        said("events_folder", path=str(folders["events"])),
        said("logs_folder", path=str(folders["logs"])),
    ]
    if mode.root is None:
        return Outcome(said("folders_ok", count=len(folders)), notes)
    detail = said(
        "folders_ok_portable",
        count=len(folders),
        reason=mode.reason.value,
        value=mode.value,
        root=str(mode.root),
    )
    return Outcome(detail, notes)


def check_samples() -> Outcome:
    from openpyxl import load_workbook

    from rcv.importers import load_questions

    sample = questions_dir() / SAMPLE_QUESTIONS
    if not sample.is_file():
        raise CheckFailed("sample_missing", path=str(sample))
    imported = load_questions(sample)
    if imported.questions is None:
        raise CheckFailed("sample_unreadable", path=str(sample))
    templates = sorted((questions_dir() / "templates").glob("*.xlsx"))
    if not templates:
        raise CheckFailed("templates_missing", folder=str(questions_dir() / "templates"))
    for path in templates:
        try:
            load_workbook(path, read_only=True).close()
        except Exception as exc:
            raise CheckFailed("template_unreadable", name=path.name, detail=str(exc)) from exc
    return Outcome(
        said(
            "samples_ok",
            sample=SAMPLE_QUESTIONS,
            count=len(imported.questions.questions),
            templates=", ".join(p.name for p in templates),
        )
    )


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
    from rcv.storage.errors import EventFileError

    try:
        return _event_file_round_trip()
    except EventFileError as exc:  # said as the event file's own error
        raise CheckFailed("event_file_error", error=said(exc.code, **exc.params)) from exc


def _event_file_round_trip() -> Outcome:
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
            raise CheckFailed("event_file_nothing_written")
        with closing(sqlite3.connect(path)) as conn:
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        with EventFile.open(path) as reopened:
            read, again = len(reopened.entries), reopened.head
        if (read, again) != (written, head):
            raise CheckFailed("event_file_reopened_differs", read=read, written=written)
        if str(mode).lower() != "wal":
            raise CheckFailed("event_file_not_wal", folder=str(folder), mode=str(mode))
    return Outcome(said("event_file_ok", written=written, head=head[:12]))


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
        raise CheckFailed("excel_differs", back=repr(back))
    return Outcome(said("excel_ok"))
