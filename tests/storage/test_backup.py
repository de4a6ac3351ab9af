"""Checkpoints and backups: after each question the main file alone is current (its journal
merged, without waiting for readers), and ``backup_event`` / ``rcv backup`` write a copy that
is checked whole before it replaces an older one — also while another process plays the show."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from rcv.cli.main import main
from rcv.clock import ManualClock
from rcv.core.events import LogEntry, ShowPaused
from rcv.core.show import Show
from rcv.core.state import ShowSetup
from rcv.demo.autopilot import Autopilot
from rcv.sim.floor import FloorModel
from rcv.storage import chain
from rcv.storage.backup import backup_event
from rcv.storage.errors import EventFileError, EventFileWriteError, WriteFailure
from rcv.storage.event_file import CHECKPOINT_AFTER, EventFile

from .conftest import INFO, START_MS, Closed, play, said
from .disks import fill, listing, tmpfs

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *argv: str, lang: str = "vi") -> tuple[int, str, str]:
    capsys.readouterr()
    with pytest.MonkeyPatch.context() as env:
        env.setenv("RCV_LANG", lang)
        code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# -- checkpoints -----------------------------------------------------------------------------
def test_after_each_question_the_main_file_alone_holds_the_whole_log(
    tmp_path: Path, setup_: ShowSetup
) -> None:
    """Copy only show.rcv (as a careless crew would, without its -wal) right after a question:
    it already holds every step up to the end of that question."""
    path = tmp_path / "show.rcv"
    ef = EventFile.create(path, setup_, INFO)
    copies = tmp_path / "copies"
    copies.mkdir()
    checked: list[int] = []

    def journal(entries: Sequence[LogEntry]) -> None:
        ef.append(entries)
        if any(e.event.TYPE in CHECKPOINT_AFTER for e in entries):
            assert ef.last_checkpoint is not None and ef.last_checkpoint.complete
            assert Path(f"{path}-wal").stat().st_size == 0  # merged and truncated
            copy = copies / f"after-{entries[-1].seq}.rcv"
            shutil.copy(path, copy)  # the main file only
            with EventFile.open(copy, read_only=True) as alone:
                assert alone.entries == ef.entries
            checked.append(entries[-1].seq)

    show = Show(ef.setup, (), journal)
    Autopilot(show, FloorModel(seed=3), ManualClock(START_MS)).run()
    ef.close()
    assert len(checked) >= 5 and checked[-1] == len(show.log)  # each question, and the end
    assert show.log[-1].event.TYPE == "show_finished"


def test_a_checkpoint_does_not_wait_for_a_reader_holding_an_old_snapshot(closed: Closed) -> None:
    ef = EventFile.open(closed.path)
    reader = sqlite3.connect(f"{closed.path.as_uri()}?mode=ro", uri=True)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM log").fetchone()  # holds its snapshot
        last = ef.entries[-1]
        more = LogEntry(last.seq + 1, last.step + 1, last.at_ms + 10, ShowPaused())
        ef.append([more])  # something for the journal
        started = time.perf_counter()
        result = ef.checkpoint()
        assert time.perf_counter() - started < 1.0  # not the 5 s busy timeout
        assert not result.complete  # PASSIVE: what could be merged was
        reader.rollback()
        assert ef.checkpoint().complete
    finally:
        reader.close()
        ef.close()


# -- backups -----------------------------------------------------------------------------------
def test_a_backup_mid_question_holds_every_committed_step_and_is_checked(
    tmp_path: Path, setup_: ShowSetup
) -> None:
    p = play(tmp_path / "show.rcv", setup_, steps=9)  # mid-question: steps in the journal
    try:
        stick = tmp_path / "usb"
        stick.mkdir()
        result = backup_event(p.path, stick)
        assert result.path == stick / "show.rcv"
        assert (result.entries, result.head) == (len(p.show.log), p.file.head)
        assert result.fingerprint == chain.fingerprint_text(p.file.head)
        assert listing(stick) == ["show.rcv"]  # one self-contained file, nothing else
        with EventFile.open(result.path, read_only=True) as copy:
            assert copy.entries == p.show.log and copy.info == INFO
        p.pilot.step()  # the show goes on
        again = p.file.backup(stick)  # replaces the older backup
        with EventFile.open(again, read_only=True) as copy:
            assert copy.entries == p.show.log
    finally:
        p.file.close()


def test_a_backup_that_cannot_be_written_leaves_the_older_one(
    tmp_path: Path, closed: Closed
) -> None:
    with tmpfs(tmp_path / "stick", "1m") as stick:
        older = stick / "show.rcv"
        shutil.copy(closed.path, older)  # (a stale copy, as an older backup would be)
        before = older.read_bytes()
        filler = fill(stick)
        with pytest.raises(EventFileWriteError) as caught:
            backup_event(closed.path, stick)
        assert caught.value.failure is WriteFailure.DISK_FULL
        assert caught.value.params["written"] == "backup"
        assert caught.value.params["consequence"] == "backup_kept"
        assert "Bản sao lưu cũ (nếu có) vẫn còn nguyên" in said(caught.value)
        assert "Any older backup is untouched" in said(caught.value, "en")
        assert older.read_bytes() == before
        assert listing(stick) == ["filler.bin", "show.rcv"]  # no temporary left
        filler.unlink()
        result = backup_event(closed.path, stick)
        assert result.entries == len(closed.log)


def test_a_backup_never_overwrites_a_file_that_is_not_an_event(
    closed: Closed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "ket-qua.xlsx"
    target.write_bytes(b"PK\x03\x04 a workbook")
    with pytest.raises(EventFileError) as caught:
        backup_event(closed.path, target)
    assert caught.value.code == "backup_target_taken" and caught.value.path == target
    code, _, err = run(capsys, "backup", str(closed.path), str(target))
    assert code == 3 and "không phải tệp sự kiện rcv" in err
    code, _, err = run(capsys, "backup", str(closed.path), str(target), lang="en")
    assert code == 3 and "not an rcv event file" in err
    assert target.read_bytes() == b"PK\x03\x04 a workbook"
    with pytest.raises(EventFileError) as caught:
        backup_event(closed.path, closed.path)
    assert caught.value.code == "backup_is_source"
    assert caught.value.params["original"] == closed.path.name
    code, _, err = run(capsys, "backup", str(closed.path), str(closed.path))
    assert code == 3 and "tệp khác" in err


def test_rcv_backup_prints_what_it_wrote_and_its_check(
    closed: Closed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dest = tmp_path / "usb"
    dest.mkdir()
    code, out, err = run(capsys, "backup", str(closed.path), str(dest))
    assert code == 0, err
    assert f"→ {dest / 'show.rcv'}" in out
    assert f"Bản sao có {len(closed.log)} mục nhật ký." in out
    assert chain.fingerprint_text(closed.head) in out and closed.head in out
    assert "Kiểm tra bản sao: HỢP LỆ" in out
    code, out, err = run(capsys, "backup", str(closed.path), str(dest), lang="en")
    assert code == 0, err
    assert f"The copy holds {len(closed.log)} log entries." in out
    assert "Check of the copy: VALID" in out and "HỢP LỆ" not in out
    code, _, err = run(capsys, "backup", str(tmp_path / "khong-co.rcv"), str(dest))
    assert code == 2 and "khong-co.rcv" in err
    code, _, err = run(capsys, "backup", str(closed.path), str(tmp_path / "no" / "x.rcv"))
    assert code == 3 and "Không có thư mục" in err
    with pytest.raises(EventFileError) as caught:
        backup_event(closed.path, tmp_path / "no" / "x.rcv")
    assert caught.value.code == "backup_no_folder"
    assert caught.value.params["folder"] == str(tmp_path / "no")


# -- while another process plays ------------------------------------------------------------------
@pytest.mark.slow
def test_backups_taken_while_another_process_plays_are_checked_snapshots(tmp_path: Path) -> None:
    path = tmp_path / "show.rcv"
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(
        [sys.executable, "-m", "rcv", "demo", "--headless", "--event", str(path),
         "--seats", "20", "--seed", "2", "--pace", "0.02"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    results = []
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("[#"):
                break
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline and len(results) < 6:
            results.append(backup_event(path, tmp_path / f"copy-{len(results)}.rcv"))
            time.sleep(0.3)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)
    assert proc.returncode == 0, err  # the backups never got in the show's way
    assert len(results) >= 3
    with EventFile.open(path, read_only=True) as final:
        whole = final.entries
        start = chain.genesis(final.setup, final.info)
    counts = [r.entries for r in results]
    assert counts == sorted(counts) and counts[0] < len(whole)
    for r in results:
        with EventFile.open(r.path, read_only=True) as copy:
            assert copy.entries == whole[: r.entries]  # a true snapshot of the show so far
            assert copy.head == r.head == chain.head_of(start, whole[: r.entries])
