"""One writer per event file: the lock file names its holder, a second writer (in this process
or another) is refused with who holds it, a reader runs beside the writer, and a lock left by a
process that died is taken over."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from rcv.core.show import Show
from rcv.core.state import ShowSetup
from rcv.storage.errors import EventFileCorrupt, EventFileLocked, LockHolder
from rcv.storage.event_file import EventFile
from rcv.storage.locking import default_program, holder_is_gone, lock_path, read_holder

from .conftest import INFO, log_rows, play, said, sql

ROOT = Path(__file__).resolve().parents[2]


def test_a_writer_names_itself_in_the_lock_file_and_removes_it_on_close(
    tmp_path: Path, setup_: ShowSetup
) -> None:
    path = tmp_path / "event.rcv"
    before = time.time()
    ef = EventFile.create(path, setup_, INFO, program="rcv console")
    lock = lock_path(path)
    assert lock.name == "event.rcv.lock"
    written = json.loads(lock.read_text("utf-8"))
    assert written["host"] == socket.gethostname() and written["pid"] == os.getpid()
    assert written["program"] == "rcv console"
    assert before - 1 <= written["since"] <= time.time() + 1
    ef.close()
    assert not lock.exists()

    with EventFile.open(path, program="rcv demo") as again:
        holder = read_holder(lock)
        assert holder is not None and (holder.pid, holder.program) == (os.getpid(), "rcv demo")
        assert again.took_over is None  # a clean close leaves nothing to take over
    assert not lock.exists()


def test_a_second_writer_in_the_same_process_is_refused_naming_the_holder(
    tmp_path: Path, setup_: ShowSetup
) -> None:
    path = tmp_path / "event.rcv"
    first = EventFile.create(path, setup_, INFO, program="rcv console")
    try:
        with pytest.raises(EventFileLocked) as caught:
            EventFile.open(path, program="rcv demo")
        exc = caught.value
        holder = exc.holder
        assert holder is not None
        assert (holder.host, holder.pid, holder.program) == (
            socket.gethostname(),
            os.getpid(),
            "rcv console",
        )
        assert exc.code == "locked"
        assert {k: exc.params[k] for k in ("host", "pid", "program", "since")} == {
            "host": holder.host,
            "pid": holder.pid,
            "program": "rcv console",
            "since": holder.since,
        }
        since = datetime.fromtimestamp(holder.since)
        message = said(exc)
        assert path.name in message and "rcv console" in message
        assert f"PID {os.getpid()}" in message and socket.gethostname() in message
        assert since.strftime("%H:%M:%S ngày %d/%m/%Y") in message  # since when
        assert "đóng chương trình đó" in message and "chỉ đọc" in message  # what to do
        english = said(exc, "en")
        assert "Close that program" in english and "read-only" in english
        assert since.strftime("%H:%M:%S on %Y-%m-%d") in english
        # the refused writer changed nothing: the first one goes on
        show = Show(first.setup, first.entries, first.append)
        show.show_question("M01", 1_790_000_000_000)
        assert first.entry_count == 1
    finally:
        first.close()
    with EventFile.open(path) as ef:
        assert ef.entry_count == 1


def test_a_reader_runs_beside_the_writer_and_sees_what_was_committed(
    tmp_path: Path, setup_: ShowSetup
) -> None:
    p = play(tmp_path / "event.rcv", setup_, steps=8)
    try:
        lock_before = lock_path(p.path).read_bytes()
        with EventFile.open(p.path, read_only=True) as reader:
            assert reader.read_only
            assert reader.entries == p.show.log and reader.head == p.file.head
        for _ in range(6):
            p.pilot.step()
        with EventFile.open(p.path, read_only=True) as reader:
            assert reader.entries == p.show.log  # the steps written since
        assert lock_path(p.path).read_bytes() == lock_before  # readers leave the lock alone
    finally:
        p.file.close()


def test_a_failed_open_lets_go_of_the_lock(tmp_path: Path, setup_: ShowSetup) -> None:
    p = play(tmp_path / "event.rcv", setup_, steps=3)
    p.file.close()
    rows = log_rows(p.path)
    sql(p.path, "UPDATE meta SET value = 'something-else' WHERE key = 'format'")
    with pytest.raises(EventFileCorrupt):
        EventFile.open(p.path)
    assert not lock_path(p.path).exists()
    sql(p.path, "UPDATE meta SET value = 'rcv-event' WHERE key = 'format'")
    with EventFile.open(p.path) as ef:  # nothing was left locked
        assert len(ef.entries) == len(rows)


def test_a_lock_file_left_by_a_dead_process_is_taken_over(
    tmp_path: Path, setup_: ShowSetup
) -> None:
    """What a crash leaves: the lock file with the dead holder's details, no OS lock on it."""
    path = tmp_path / "event.rcv"
    EventFile.create(path, setup_, INFO).close()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    pid = int(dead.stdout)
    stale = {"host": socket.gethostname(), "pid": pid, "program": "rcv console", "since": 1.0}
    lock_path(path).write_text(json.dumps(stale), "utf-8")

    with EventFile.open(path, program="rcv demo") as ef:
        assert ef.took_over == LockHolder(socket.gethostname(), pid, "rcv console", 1.0)
        assert read_holder(lock_path(path)).pid == os.getpid()  # type: ignore[union-attr]
    assert not lock_path(path).exists()


def test_without_os_locks_only_a_dead_pid_on_this_computer_counts_as_gone() -> None:
    here = socket.gethostname()
    assert holder_is_gone(None, here)
    assert not holder_is_gone(LockHolder(here, os.getpid(), "rcv", 0.0), here)
    assert not holder_is_gone(LockHolder("may-khac", 999_999_999, "rcv", 0.0), here)
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)  # fmt: skip
    assert holder_is_gone(LockHolder(here, int(finished.stdout), "rcv", 0.0), here)


# -- another process ----------------------------------------------------------------------------
HOLDER = """
import sys, time
from rcv.storage.event_file import EventFile
ef = EventFile.open(sys.argv[1], program="rcv console")
print("holding", flush=True)
time.sleep(60)
"""


@pytest.mark.slow
def test_another_process_holding_the_file_is_named_and_its_lock_taken_over_after_kill_9(
    tmp_path: Path, setup_: ShowSetup
) -> None:
    path = tmp_path / "event.rcv"
    EventFile.create(path, setup_, INFO).close()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
        with pytest.raises(EventFileLocked) as caught:
            EventFile.open(path)
        holder = caught.value.holder
        assert holder is not None and (holder.pid, holder.program) == (proc.pid, "rcv console")
        assert caught.value.params["pid"] == proc.pid
        assert f"PID {proc.pid}" in said(caught.value)
        with EventFile.open(path, read_only=True) as reader:  # reading is never refused
            assert reader.entry_count == 0
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)
        if proc.stdout is not None:
            proc.stdout.close()
    assert lock_path(path).exists()  # a killed process removes nothing
    with EventFile.open(path) as ef:
        assert ef.took_over is not None and ef.took_over.pid == proc.pid
        assert ef.took_over.program == "rcv console"
    assert not lock_path(path).exists()


def test_a_writer_that_does_not_say_is_named_after_its_command_line() -> None:
    assert default_program(["/usr/bin/rcv"]) == "rcv console"
    assert default_program(["/usr/bin/rcv", "--portable"]) == "rcv console"
    assert default_program(["/x/rcv/__main__.py", "demo", "--headless"]) == "rcv demo"
    assert default_program([r"C:\rcv\rcv.exe", "demo"]) == "rcv demo"
    assert default_program(["/opt/other-tool"]) == "rcv (other-tool)"
    assert default_program(["/venv/lib/pytest/__main__.py", "-q", "tests"]) == "rcv (pytest)"
