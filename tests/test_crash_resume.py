"""Killing the show mid-way loses nothing acknowledged, and the show continued from its file ends
exactly as an uninterrupted one with the same seed.

The first tests kill a real ``python -m rcv demo --headless`` with SIGKILL; the last one kills a
show in-process at many points (inside keypad bursts, between board answers) to cover moments a
real kill only hits by luck.
"""

from __future__ import annotations

import io
import os
import queue
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor, wait
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from rcv.core.events import AnswerReceived, LogEntry, effective_entries
from rcv.core.fold import replay
from rcv.core.ranking import Ranking, rank
from rcv.core.rules import LimitPolicy, RescueRules, Rules
from rcv.core.state import Phase
from rcv.demo.builtin import builtin_questions
from rcv.demo.headless import open_or_create, run_headless
from rcv.storage.event_file import EventFile
from rcv.storage.locking import lock_path

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
SEED, SEATS, PACE = "7", "60", "0.02"
PROGRESS = re.compile(r"^\[#(\d+)\] ")
TIMEOUT_S = 60.0  # an upper bound for anything to happen, never a measurement


def command(path: Path, pace: str = PACE) -> list[str]:
    return [
        sys.executable, "-m", "rcv", "demo", "--headless",
        "--seats", SEATS, "--seed", SEED, "--event", str(path), "--pace", pace,
    ]  # fmt: skip


def environment() -> dict[str, str]:
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return dict(os.environ, PYTHONPATH=path, PYTHONUNBUFFERED="1")


def run_to_end(path: Path, pace: str = PACE) -> str:
    proc = subprocess.run(
        command(path, pace),
        cwd=ROOT,
        env=environment(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT_S,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


class Lines:
    """The stdout lines of a running process, read by a thread so waiting has a timeout."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self._queue: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        assert proc.stdout is not None
        stream = proc.stdout
        self._thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self._thread.start()

    def _pump(self, stream: Any) -> None:
        for line in stream:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def next(self) -> str | None:
        """The next line, or None at the end of the output."""
        line = self._queue.get(timeout=TIMEOUT_S)
        if line is not None:
            self.seen.append(line)
        return line

    def wait_progress(self, count: int) -> None:
        """Read until ``count`` progress lines have been printed."""
        while sum(1 for s in self.seen if PROGRESS.match(s)) < count:
            if self.next() is None:
                pytest.fail(
                    f"the show ended before {count} progress lines:\n" + "\n".join(self.seen)
                )

    def drain(self) -> None:
        """After the process died: read what it had printed until then."""
        while self.next() is not None:
            pass
        self._thread.join(TIMEOUT_S)

    @property
    def acknowledged(self) -> int:
        """The last log entry the process said it had written."""
        return max((int(m.group(1)) for s in self.seen if (m := PROGRESS.match(s))), default=0)


def last_row(conn: sqlite3.Connection) -> tuple[int, str] | None:
    return conn.execute("SELECT seq, type FROM log ORDER BY seq DESC LIMIT 1").fetchone()


def kill_while_pressing(proc: subprocess.Popen[str], path: Path) -> int:
    """Stop the process at a moment its file ends in a keypad burst, then SIGKILL it.

    Watches the file with a second connection; when the last committed entry is a keypad answer
    the process is frozen (SIGSTOP) and the file looked at again, so the kill lands with a
    question's answers half in, whatever the speed of the machine. Returns the last seq seen.
    """
    deadline = time.monotonic() + TIMEOUT_S
    with closing(sqlite3.connect(path, isolation_level=None, timeout=TIMEOUT_S)) as conn:
        seen = 0
        while time.monotonic() < deadline and proc.poll() is None:
            row = last_row(conn)
            if row is None or row[1] != AnswerReceived.TYPE:
                continue
            os.kill(proc.pid, signal.SIGSTOP)
            row = last_row(conn)
            assert row is not None
            seen = row[0]
            if row[1] == AnswerReceived.TYPE:
                os.kill(proc.pid, signal.SIGKILL)
                return seen
            os.kill(proc.pid, signal.SIGCONT)
    pytest.fail("never saw the show in the middle of a keypad burst")


@dataclass(frozen=True)
class Finished:
    path: Path
    out: str
    entries: tuple[LogEntry, ...]
    ranking: Ranking


def finished(path: Path, out: str) -> Finished:
    with EventFile.open(path, read_only=True) as ef:  # verifies the whole hash chain
        entries = ef.entries
        state = replay(ef.setup, effective_entries(entries))
        ranking = rank(state, ef.setup)
    assert state.phase is Phase.FINISHED
    return Finished(path, out, entries, ranking)


def results(out: str) -> str:
    return out[out.index("KẾT QUẢ") : out.index("Tệp sự kiện:")].strip()


def without_clock(entries: Sequence[LogEntry]) -> list[dict[str, Any]]:
    """The log as facts: what happened and to whom, without the wall-clock times."""
    out = []
    for e in entries:
        plain = e.to_plain()
        plain.pop("at_ms")
        plain["data"] = {k: v for k, v in plain["data"].items() if not k.endswith("_at_ms")}
        out.append(plain)
    return out


def ranking_rows(r: Ranking) -> list[tuple[Any, ...]]:
    return [(p.seat, p.rank, p.prize, p.prize_pending) for p in r.placings]


KILL_POINTS = {
    "after the 1st question": 1,
    "after the 5th question": 5,
    "in a keypad burst after the 12th question": 12,
}


@dataclass(frozen=True)
class Crash:
    """One show killed with SIGKILL and continued with the same command."""

    printed: tuple[str, ...]  # what the killed process printed
    acknowledged: int  # the last entry it reported written (printed or seen committed)
    at_kill: tuple[LogEntry, ...]  # the file's log right after the kill
    phase_at_kill: Phase
    resumed: Finished


def crash_and_continue(path: Path, progress_lines: int, in_burst: bool) -> Crash:
    proc = subprocess.Popen(
        command(path),
        cwd=ROOT,
        env=environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
    )
    lines = Lines(proc)
    try:
        lines.wait_progress(progress_lines)
        if in_burst:
            committed = kill_while_pressing(proc, path)
        else:
            proc.send_signal(signal.SIGKILL)
            committed = 0
        assert proc.wait(TIMEOUT_S) == -signal.SIGKILL
        lines.drain()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(TIMEOUT_S)
        if proc.stdout is not None:
            proc.stdout.close()
    assert lock_path(path).exists()  # what the killed writer left: a lock nobody holds
    with EventFile.open(path, read_only=True) as ef:  # a hash-chain failure raises here
        at_kill = ef.entries
        phase = replay(ef.setup, effective_entries(at_kill)).phase
    out = run_to_end(path)  # takes the dead lock over
    assert not lock_path(path).exists()
    return Crash(
        tuple(lines.seen),
        max(lines.acknowledged, committed),
        at_kill,
        phase,
        finished(path, out),
    )


@pytest.fixture(scope="module")
def shows(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Every crash-and-continue run and the uninterrupted show, played side by side (the
    processes mostly sleep between steps, so this keeps the module short)."""
    base = tmp_path_factory.mktemp("crash")
    reference = base / "uninterrupted.rcv"
    with ThreadPoolExecutor(len(KILL_POINTS) + 1) as pool:
        futures = {
            name: pool.submit(crash_and_continue, base / f"show-{i}.rcv", n, "burst" in name)
            for i, (name, n) in enumerate(KILL_POINTS.items())
        }
        # the show played in one go (without the pace: it only sleeps between steps)
        futures["uninterrupted"] = pool.submit(
            lambda: finished(reference, run_to_end(reference, pace="0"))
        )
        wait(futures.values())
    return {name: f.exception() or f.result() for name, f in futures.items()}


def outcome(shows: dict[str, Any], name: str) -> Any:
    value = shows[name]
    if isinstance(value, BaseException):
        raise value
    return value


@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_sigkill_then_continue_ends_like_an_uninterrupted_show(
    shows: dict[str, Any], point: str
) -> None:
    crash: Crash = outcome(shows, point)
    uninterrupted: Finished = outcome(shows, "uninterrupted")
    printed = "\n".join(crash.printed)
    assert "KẾT QUẢ" not in printed, "killed too late: the show had finished"

    # Nothing acknowledged (printed, or seen committed from outside) is lost; the file opened.
    assert crash.acknowledged >= 1
    assert len(crash.at_kill) >= crash.acknowledged
    assert [e.seq for e in crash.at_kill] == list(range(1, len(crash.at_kill) + 1))
    assert crash.phase_at_kill is not Phase.FINISHED
    if "burst" in point:  # the kill did land with the question open and answers coming in
        assert crash.phase_at_kill in (Phase.TIMER_RUNNING, Phase.TIME_UP)
        assert any(isinstance(e.event, AnswerReceived) for e in crash.at_kill[-3:])

    # The same command again continued the show from the file...
    resumed = crash.resumed
    assert resumed.out.startswith(f"Tiếp tục chương trình từ mục nhật ký {len(crash.at_kill)}.")
    assert resumed.entries[: len(crash.at_kill)] == crash.at_kill  # history not rewritten

    # ...and ended exactly as the show played in one go.
    assert ranking_rows(resumed.ranking) == ranking_rows(uninterrupted.ranking)
    assert resumed.ranking.placings == uninterrupted.ranking.placings
    assert results(resumed.out) == results(uninterrupted.out)
    assert without_clock(resumed.entries) == without_clock(uninterrupted.entries)


# -- in-process: a kill at many chosen moments -------------------------------------------------
SMALL_SEED = 4


class Killed(BaseException):
    """Stands for SIGKILL: raised by the journal instead of writing, nothing after it runs."""


def play_into(path: Path, kill_after: int | None = None) -> int:
    """Play (or continue) the small show in ``path``; stop dead after ``kill_after`` writes."""
    rules = Rules(
        question_limit=6, at_limit=LimitPolicy.TIEBREAK, rescue=RescueRules(after_question=3)
    )
    questions = builtin_questions(main=8, tiebreak=4, rescue=2)
    ef = open_or_create(path, seats=14, seed=SMALL_SEED, questions=questions, rules=rules)
    writes = 0
    append = ef.append

    def journal(entries: Sequence[LogEntry]) -> None:
        nonlocal writes
        if kill_after is not None and writes >= kill_after:
            raise Killed
        append(entries)
        writes += 1

    ef.append = journal  # type: ignore[method-assign]
    try:
        run_headless(ef, SMALL_SEED, io.StringIO(), now_ms=lambda: 1_790_000_000_000)
    except Killed:
        pass
    finally:
        ef.close()  # a dead process closes nothing; this only lets the next run open the file
    return writes


@pytest.fixture(scope="module")
def small_show(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, Finished]:
    path = tmp_path_factory.mktemp("small") / "show.rcv"
    writes = play_into(path)
    return writes, finished(path, "")


def writes_of(entries: Sequence[LogEntry]) -> list[tuple[LogEntry, ...]]:
    """The log cut into the writes that made it (one step, one transaction)."""
    out: list[list[LogEntry]] = []
    for e in entries:
        if out and out[-1][0].step == e.step:
            out[-1].append(e)
        else:
            out.append([e])
    return [tuple(w) for w in out]


def kill_points(entries: Sequence[LogEntry]) -> dict[str, int]:
    """Moments to die at, as "killed before write k+1": value k. Each kind of step once, and the
    awkward moments inside a question: between two keypad bursts, between two board answers."""
    writes = writes_of(entries)
    kinds = [w[0].event.TYPE for w in writes]
    points: dict[str, int] = {"before anything": 0}
    for k, kind in enumerate(kinds):
        points.setdefault(f"before {kind}", k)
        if k and kind == kinds[k - 1] and kind in ("answer_received", "answer_set"):
            points.setdefault(f"between two writes of {kind}", k)
        if kind == "time_up" and kinds[k - 1] == "answer_received":
            points.setdefault("after the last burst, before time-up", k)
        if kind == "answer_revealed" and kinds[k - 1] == "answer_set":
            points.setdefault("after the board answers, before the reveal", k)
        if kind == "press_rejected" or (k > 0 and kinds[k - 1] == "press_rejected"):
            points.setdefault(f"around a late press ({kind})", k)
    for k in range(10, len(writes), 20):
        points.setdefault(f"write {k}", k)
    points["before the last write"] = len(writes) - 1
    points["after the last write"] = len(writes)
    return points


def test_the_small_show_has_bursts_board_answers_a_rescue_and_a_tiebreak(
    small_show: tuple[int, Finished],
) -> None:
    writes, show = small_show
    assert writes == len(writes_of(show.entries))
    names = set(kill_points(show.entries))
    for wanted in (
        "between two writes of answer_received",
        "between two writes of answer_set",
        "after the last burst, before time-up",
        "after the board answers, before the reveal",
        "before rescue_applied",
        "before tiebreak_started",
        "before tiebreak_ended",
        "before show_finished",
    ):
        assert wanted in names


def test_killed_at_chosen_moments_and_continued_ends_the_same(
    tmp_path: Path, small_show: tuple[int, Finished]
) -> None:
    _, reference = small_show
    moments: dict[int, str] = {}
    for name, k in kill_points(reference.entries).items():
        moments.setdefault(k, name)
    for k, moment in sorted(moments.items()):
        path = tmp_path / f"killed-after-{k}.rcv"
        assert play_into(path, kill_after=k) == k, moment
        with EventFile.open(path) as ef:
            assert ef.entries == reference.entries[: len(ef.entries)], moment
            assert sum(len(w) for w in writes_of(reference.entries)[:k]) == len(ef.entries)
        play_into(path)
        resumed = finished(path, "")
        assert resumed.ranking.placings == reference.ranking.placings, moment
        assert without_clock(resumed.entries) == without_clock(reference.entries), moment
