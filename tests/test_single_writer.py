"""One writer per event file, with real ``python -m rcv`` processes: a second ``rcv demo`` on a
file being played is refused naming the first (which plays on to the end, and its file
verifies), readers run beside it, and after ``kill -9`` the same command takes the dead lock
over and finishes the show."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from rcv.storage.event_file import EventFile
from rcv.storage.locking import lock_path, read_holder

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT_S = 120.0


def argv(path: Path, pace: str) -> list[str]:
    return ["demo", "--headless", "--event", str(path), "--pace", pace, "--seats", "20"]


def environment() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")


def rcv(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rcv", *args],
        cwd=ROOT,
        env=environment(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT_S,
        check=False,
    )


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "rcv", *args],
        cwd=ROOT,
        env=environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def finish(proc: subprocess.Popen[str]) -> subprocess.CompletedProcess[str]:
    out, err = proc.communicate(timeout=TIMEOUT_S)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def wait_progress(proc: subprocess.Popen[str], count: int) -> list[str]:
    """Read the show's output until ``count`` progress lines ("[#seq] …") were printed."""
    assert proc.stdout is not None
    seen: list[str] = []
    for line in proc.stdout:
        seen.append(line)
        if sum(1 for s in seen if s.startswith("[#")) >= count:
            return seen
    pytest.fail("the show ended before it was far enough:\n" + "".join(seen))


def test_a_second_demo_is_refused_while_the_first_plays_on_and_verifies(tmp_path: Path) -> None:
    path = tmp_path / "show.rcv"
    first = start(*argv(path, "0.02"))
    try:
        wait_progress(first, 2)
        # the first is held mid-show (SIGSTOP: alive, holding its lock, its file open) so the
        # other three surely meet it playing, however slowly they start on a loaded machine
        first.send_signal(signal.SIGSTOP)
        try:
            others = [
                start(*argv(path, "0")), start("status", str(path)), start("verify", str(path))
            ]  # fmt: skip
            second, status, live = (finish(p) for p in others)
        finally:
            first.send_signal(signal.SIGCONT)
        out, err = first.communicate(timeout=TIMEOUT_S)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(TIMEOUT_S)
    assert second.returncode == 4, second.stderr
    for words in ("đang được mở để ghi", "rcv demo", f"PID {first.pid}", socket.gethostname()):
        assert words in second.stderr
    assert "Traceback" not in second.stderr
    assert "KẾT QUẢ" not in second.stdout
    assert status.returncode == 0 and live.returncode == 0 and "HỢP LỆ" in live.stdout

    assert first.returncode == 0, err
    assert "KẾT QUẢ" in out  # the first one played to the end
    verdict = rcv("verify", str(path))
    assert verdict.returncode == 0 and "HỢP LỆ" in verdict.stdout
    with EventFile.open(path, read_only=True) as ef:
        assert ef.entries[-1].event.TYPE == "show_finished"
    assert not lock_path(path).exists()


def test_after_kill_9_the_same_command_takes_the_lock_over_and_finishes(tmp_path: Path) -> None:
    path = tmp_path / "show.rcv"
    first = start(*argv(path, "0.02"))
    try:
        wait_progress(first, 3)
        first.send_signal(signal.SIGKILL)
        assert first.wait(TIMEOUT_S) == -signal.SIGKILL
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(TIMEOUT_S)
        for stream in (first.stdout, first.stderr):
            if stream is not None:
                stream.close()
    stale = read_holder(lock_path(path))
    assert stale is not None and stale.pid == first.pid  # the dead process's lock is still there
    with EventFile.open(path, read_only=True) as ef:
        written = ef.entry_count

    again = rcv(*argv(path, "0"))
    assert again.returncode == 0, again.stderr
    assert f"PID {first.pid}" in again.stderr and "dừng đột ngột" in again.stderr
    assert again.stdout.startswith(f"Tiếp tục chương trình từ mục nhật ký {written}.")
    assert "KẾT QUẢ" in again.stdout
    verdict = rcv("verify", str(path))
    assert verdict.returncode == 0 and "HỢP LỆ" in verdict.stdout
    assert not lock_path(path).exists()
