"""A write that fails (a real full disk: a small tmpfs filled up) changes nothing — not the file,
not the open event file, not the show — says what happened and what to do, and the same event
file writes the same step once space is freed. Creating a file on a full disk leaves nothing."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from rcv.core.commands import Press
from rcv.core.rules import Rules
from rcv.core.show import Show
from rcv.core.state import Phase, ShowSetup
from rcv.storage import chain
from rcv.storage.errors import EventFileError, EventFileWriteError, WriteFailure
from rcv.storage.event_file import EventFile
from rcv.storage.failures import classify
from rcv.storage.locking import lock_path, read_holder

from .conftest import INFO, log_rows, play, said
from .disks import fill, listing, remount, tmpfs


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with tmpfs(tmp_path / "disk", "2m") as where:
        yield where


def _timer_running(show: Show, pilot: object) -> None:
    while show.state.phase is not Phase.TIMER_RUNNING:
        assert pilot.step() is not None  # type: ignore[attr-defined]


def test_a_full_disk_refuses_the_step_and_the_same_file_writes_it_once_space_is_freed(
    disk: Path, setup_: ShowSetup
) -> None:
    p = play(disk / "show.rcv", setup_, steps=1)
    _timer_running(p.show, p.pilot)
    at = p.show.state.last_at_ms
    batch = [Press(s, "A", at + 100 + s) for s in sorted(p.show.state.standing)]
    rows, entries, head = log_rows(p.path), p.file.entries, p.file.head
    state = p.show.state
    filler = fill(disk)

    for _ in range(2):  # and again, while the disk is still full
        with pytest.raises(EventFileWriteError) as caught:
            p.show.presses(batch, at + 200)
        exc = caught.value
        assert exc.failure is WriteFailure.DISK_FULL and exc.code == "write_failed"
        assert exc.params["failure"] == "disk_full" and exc.params["written"] == "step"
        assert exc.params["consequence"] == "unchanged"
        message, english = said(exc), said(exc, "en")
        assert "ổ đĩa chứa tệp đã đầy" in message and str(p.path) in message
        assert "giải phóng chỗ trống" in message  # what to do
        assert "disk holding the file is full" in english and "Free some space" in english
        assert "Nothing of this write is in the file" in english and str(p.path) in english
        assert (p.file.entries, p.file.head) == (entries, head)  # the open file did not move
        assert p.show.state is state  # nor the show
        assert log_rows(p.path) == rows  # nor the file

    filler.unlink()
    change = p.show.presses(batch, at + 200)  # the same step, the same event file
    assert len(change.entries) == len(batch)
    while p.pilot.step() is not None:  # and the show goes on to its end
        pass
    acknowledged = p.show.log
    p.file.close()
    with EventFile.open(p.path, read_only=True) as reader:  # the chain verifies
        assert reader.entries == acknowledged


def test_a_failed_setup_change_changes_nothing_and_can_be_done_again(
    disk: Path, setup_: ShowSetup
) -> None:
    path = disk / "show.rcv"
    ef = EventFile.create(path, setup_, INFO)
    try:
        head = ef.head
        filler = fill(disk)
        other = ShowSetup(setup_.roster, setup_.questions, Rules())
        with pytest.raises(EventFileWriteError) as caught:
            ef.replace_setup(other)
        assert caught.value.failure is WriteFailure.DISK_FULL
        assert caught.value.params["written"] == "setup"
        assert "thí sinh, câu hỏi và thể lệ" in said(caught.value)
        assert (ef.setup, ef.head) == (setup_, head)
        bigger = replace(INFO, venue="Nhà văn hoá " * 20_000)  # needs new pages
        with pytest.raises(EventFileWriteError) as caught:
            ef.update_info(bigger)
        assert caught.value.params["written"] == "info"
        assert "thông tin sự kiện" in said(caught.value)
        assert (ef.info, ef.head) == (INFO, head)
        filler.unlink()
        ef.update_info(bigger)
        ef.replace_setup(other)
        assert ef.head == chain.genesis(other, bigger)
    finally:
        ef.close()
    with EventFile.open(path, read_only=True) as reader:
        assert (reader.setup, reader.info, reader.head) == (other, bigger, ef.head)


def test_creating_on_a_full_disk_leaves_nothing_and_works_once_space_is_freed(
    disk: Path, setup_: ShowSetup
) -> None:
    path = disk / "show.rcv"
    filler = fill(disk)
    with pytest.raises(EventFileWriteError) as caught:
        EventFile.create(path, setup_, INFO)
    assert caught.value.failure is WriteFailure.DISK_FULL
    assert caught.value.params["written"] == "new_file"
    assert "tệp sự kiện mới" in said(caught.value)
    assert "the new event file" in said(caught.value, "en")
    assert listing(disk) == ["filler.bin"]  # no event file, no temporary, no lock file
    filler.unlink()
    with EventFile.create(path, setup_, INFO) as ef:
        assert ef.entry_count == 0
    assert listing(disk) == ["show.rcv"]


# -- the cause, as the system gives it ----------------------------------------------------------
def test_real_errors_are_sorted_by_what_the_crew_can_do(disk: Path, tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    reader = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as read_only:
        reader.execute("INSERT INTO t VALUES (1)")
    reader.close()
    assert classify(read_only.value) is WriteFailure.READ_ONLY

    filler = fill(disk)
    with pytest.raises(OSError) as full:
        (disk / "more").write_bytes(b"x" * 4096)
    assert full.value.errno == errno.ENOSPC
    assert classify(full.value) is WriteFailure.DISK_FULL
    filler.unlink()

    remount(disk, "ro")
    with pytest.raises(OSError) as protected:
        os.open(disk / "new", os.O_WRONLY | os.O_CREAT)
    assert classify(protected.value) is WriteFailure.READ_ONLY
    remount(disk, "rw")
    with pytest.raises(OSError) as gone:
        os.open(disk / "no-such-folder" / "x", os.O_WRONLY | os.O_CREAT)
    assert classify(gone.value) is WriteFailure.MEDIUM_GONE


# -- after a drive went away --------------------------------------------------------------------
def test_after_a_lost_connection_the_writer_checks_the_file_before_writing_again(
    tmp_path: Path, setup_: ShowSetup
) -> None:
    """What follows a pulled stick (the connection is dropped, as ``append`` does then): the
    next write connects again — only to the same file, still ending where the show stopped."""
    p = play(tmp_path / "show.rcv", setup_, steps=6)
    try:
        older = tmp_path / "older.rcv"
        p.file.backup(older)
        p.file._drop()  # the drive went away
        moved = tmp_path / "elsewhere.rcv"
        p.path.rename(moved)
        with pytest.raises(EventFileWriteError) as caught:
            p.pilot.step()
        assert caught.value.failure is WriteFailure.MEDIUM_GONE
        assert "cắm lại ổ" in said(caught.value)
        assert not p.path.exists()  # no empty database made in its place

        moved.rename(p.path)  # put back: the show goes on
        os.unlink(lock_path(p.path))  # (a stick put back has lost the lock file)
        assert p.pilot.step() is not None
        assert read_holder(lock_path(p.path)) is not None  # the lock is taken again
        written = p.show.log

        p.file._drop()
        os.replace(older, p.path)  # a different (older) file put in its place
        rows = log_rows(p.path)
        with pytest.raises(EventFileError) as caught:
            p.pilot.step()
        assert caught.value.code == "file_moved_on"
        assert caught.value.params["expected"] == len(written)
        assert "không còn kết thúc ở bước" in said(caught.value)
        assert log_rows(p.path) == rows  # nothing written to the wrong file
        assert p.show.log == written
    finally:
        p.file.close()
