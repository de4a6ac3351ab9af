"""An event file is created complete or not at all: a process killed (SIGKILL) at any moment of
the creation leaves either no file under the event's name or a complete one, never a file that
blocks the same command run again — which then works, and tidies what the killed one left."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from rcv.cli.main import main
from rcv.core.rules import Rules
from rcv.core.state import ShowSetup
from rcv.demo.setup import demo_questions
from rcv.sim.people import make_roster
from rcv.storage.creating import TEMP_SUFFIX, temporaries
from rcv.storage.errors import EventFileError
from rcv.storage.event_file import EventFile
from rcv.storage.locking import lock_path

from .conftest import INFO, said

ROOT = Path(__file__).resolve().parents[2]
SEATS = 20
KILLS = 6


def make_demo_setup() -> ShowSetup:
    return ShowSetup(make_roster(SEATS, 1), demo_questions(), Rules())


# What `rcv demo --headless --event F --seats 20 --seed 1` does to create its file, with the
# set-up built before "ready" so that the kill lands in the file work, not in making a roster.
DRIVER = """
import sys, time
from pathlib import Path
from rcv.core.model import EventInfo
from rcv.core.rules import Rules
from rcv.core.rules import Rules
from rcv.core.state import ShowSetup
from rcv.demo.setup import demo_questions
from rcv.sim.people import make_roster
from rcv.demo.setup import demo_questions
from rcv.sim.people import make_roster
from rcv.storage.event_file import EventFile

path = Path(sys.argv[1])
setup = ShowSetup(make_roster(int(sys.argv[2]), 1), demo_questions(), Rules())
info = EventInfo(name="Rung chuông vàng — chương trình thử")
print("ready", flush=True)
started = time.perf_counter()
if path.exists():
    event_file = EventFile.open(path, program="rcv demo")
else:
    event_file = EventFile.create(path, setup, info, program="rcv demo")
print(f"done {time.perf_counter() - started:.6f}", flush=True)
event_file.close()
"""


def driver(path: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [sys.executable, "-c", DRIVER, str(path), str(SEATS)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_driver(path: Path) -> float:
    proc = driver(path)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    return float(out.split("done ")[1])


@dataclass(frozen=True)
class Kill:
    delay_s: float
    left: tuple[str, ...]  # the folder's files right after the kill
    complete: bool  # the event's name held a complete, verified file


def kill_while_creating(folder: Path, delay_s: float) -> Kill:
    path = folder / "event.rcv"
    proc = driver(path)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(delay_s)
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    left = tuple(sorted(p.name for p in folder.iterdir()))
    complete = False
    if path.exists():
        with EventFile.open(path, read_only=True) as ef:  # verifies it whole, or raises
            assert ef.entry_count == 0 and len(ef.setup.roster) == SEATS
            complete = True
    return Kill(delay_s, left, complete)


@pytest.mark.slow
def test_a_kill_at_any_moment_of_the_creation_leaves_nothing_in_the_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reference = tmp_path / "reference"
    reference.mkdir()
    took = run_driver(reference / "event.rcv")  # how long a creation takes here
    rng = random.Random(7)
    delays = [took * 1.5 * (i + rng.random()) / KILLS for i in range(KILLS)]
    folders = []
    for i in range(len(delays)):
        folders.append(tmp_path / f"run-{i}")
        folders[-1].mkdir()
    with ThreadPoolExecutor(3) as pool:
        kills = list(pool.map(kill_while_creating, folders, delays))

    event, lock = "event.rcv", "event.rcv.lock"
    for kill in kills:
        # a kill after the creation leaves the open file's journal and index, as any writer does
        strays = [n for n in kill.left if n not in (event, lock, f"{event}-wal", f"{event}-shm")]
        assert all(TEMP_SUFFIX in n and n.startswith(f".{event}.") for n in strays), kill
        assert (event in kill.left) == kill.complete, kill
    in_the_middle = [k for k in kills if any(TEMP_SUFFIX in n for n in k.left)]
    assert in_the_middle, f"no kill landed while the file was being built: {kills}"

    # the same steps again (in this process) work, and leave only the event file behind
    for folder in folders:
        path = folder / event
        if path.exists():
            EventFile.open(path).close()
        else:
            EventFile.create(path, make_demo_setup(), INFO).close()
        assert sorted(p.name for p in folder.iterdir()) == [event]
        with EventFile.open(path, read_only=True) as ef:
            assert len(ef.setup.roster) == SEATS

    # and `rcv demo` itself plays the show in a folder a kill left mid-creation
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for _ in range(20):
        kill = kill_while_creating(crashed, took * 0.5)
        if temporaries(crashed / event) and not kill.complete:
            break
        for p in crashed.iterdir():
            p.unlink()
    argv = ["demo", "--headless", "--event", str(crashed / event), "--seats", str(SEATS)]
    capsys.readouterr()
    assert main([*argv, "--seed", "1"]) == 0
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "KẾT QUẢ" in out
    assert sorted(p.name for p in crashed.iterdir()) == [event]
    assert main(["verify", str(crashed / event)]) == 0
    assert "HỢP LỆ" in capsys.readouterr().out


def test_create_never_replaces_a_file_of_that_name(tmp_path: Path, setup_: ShowSetup) -> None:
    path = tmp_path / "event.rcv"
    path.write_bytes(b"a spreadsheet someone named .rcv")
    with pytest.raises(EventFileError) as caught:
        EventFile.create(path, setup_, INFO)
    assert caught.value.code == "already_exists" and caught.value.path == path
    assert "đã tồn tại" in said(caught.value) and "already exists" in said(caught.value, "en")
    assert path.read_bytes() == b"a spreadsheet someone named .rcv"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["event.rcv"]
    assert not lock_path(path).exists()


def test_leftovers_of_an_unfinished_creation_are_removed_by_the_next_writer(
    tmp_path: Path, setup_: ShowSetup
) -> None:
    path = tmp_path / "event.rcv"
    leftover = tmp_path / f".event.rcv.12345-abcd{TEMP_SUFFIX}"
    leftover.write_bytes(b"half a database")
    Path(f"{leftover}-wal").write_bytes(b"half a journal")
    unrelated = tmp_path / f".other.rcv.1-ab{TEMP_SUFFIX}"  # another event's: not ours to touch
    unrelated.write_bytes(b"x")
    with EventFile.create(path, setup_, INFO):
        pass
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["event.rcv", unrelated.name])


def test_leftovers_are_found_by_name_even_with_brackets_in_it(
    tmp_path: Path, setup_: ShowSetup
) -> None:
    path = tmp_path / "chung kết [2026].rcv"
    leftover = tmp_path / f".{path.name}.1-ab{TEMP_SUFFIX}"
    leftover.write_bytes(b"half")
    assert temporaries(path) == [leftover]
    EventFile.create(path, setup_, INFO).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
