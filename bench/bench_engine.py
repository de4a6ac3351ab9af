"""How fast the show engine applies events, and how long reopening a big show takes.

Plays a 500-contestant, 60-main-question show with the autopilot (a strong floor, so many
contestants last all 60 questions), then times:

* the fold: ``rcv.core.fold.replay`` over the recorded log;
* the commands, live: the recorded steps given again to a fresh ``Show`` (each decided against
  the state, journalled, applied), with a no-op journal and with a real ``EventFile`` on disk
  (WAL, synchronous=FULL: one fsync'd transaction per step);
* reopening the show from disk: ``EventFile.open`` (SQLite checks, hash chain, decoding) and
  the replay that brings the state back.

Run:  .venv/bin/python bench/bench_engine.py [--seats 500] [--questions 60] [--dir DIR]

The event file is written in a temporary directory under ``--dir`` (default: the system's);
point it at the disk a show would use, since fsync dominates the journalled figure.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from rcv.clock import ManualClock
from rcv.core import events as ev
from rcv.core.commands import Press
from rcv.core.events import LogEntry, effective_entries
from rcv.core.fold import replay
from rcv.core.model import EventInfo
from rcv.core.rules import Rules
from rcv.core.show import Journal, Show
from rcv.core.state import ShowSetup
from rcv.demo.autopilot import Autopilot
from rcv.demo.builtin import builtin_questions
from rcv.sim.floor import FloorModel
from rcv.sim.people import make_roster
from rcv.storage import chain
from rcv.storage.event_file import EventFile

START_MS = 1_790_000_000_000


def build_show(seats: int, questions: int, seed: int) -> tuple[Show, float]:
    """The recorded show (no journal) and how long the autopilot took to play it."""
    setup = ShowSetup(
        make_roster(seats, seed),
        builtin_questions(main=questions),
        Rules(question_limit=questions),
    )
    show = Show(setup)
    floor = FloorModel(seed=seed, skill_low=0.95, skill_high=0.995)
    pilot = Autopilot(show, floor, ManualClock(START_MS))
    t0 = time.perf_counter()
    pilot.run()
    return show, time.perf_counter() - t0


def steps_of(log: Sequence[LogEntry]) -> list[tuple[LogEntry, ...]]:
    """The log cut into steps: the entries of one command (or one keypad burst) each."""
    steps: list[list[LogEntry]] = []
    for entry in log:
        if steps and steps[-1][0].step == entry.step:
            steps[-1].append(entry)
        else:
            steps.append([entry])
    return [tuple(s) for s in steps]


def command_for(step: tuple[LogEntry, ...]) -> Callable[[Show], object]:
    """The command that logged ``step``, to give it again to another show."""
    first, at = step[0].event, step[0].at_ms
    last = step[-1].event
    if isinstance(last, ev.ShowFinished):  # may come with the end of an open tie-break
        return lambda s: s.finish(at, last.reason)
    match first:
        case ev.QuestionShown(question_id=qid):
            return lambda s: s.show_question(qid, at)
        case ev.TimerStarted(duration_ms=ms):
            return lambda s: s.start_timer(at, ms / 1000)
        case ev.AnswerReceived() | ev.PressRejected():
            batch = [
                Press(e.seat, e.answer, e.pressed_at_ms, e.hub)
                for e in (entry.event for entry in step)
                if isinstance(e, ev.AnswerReceived | ev.PressRejected)
            ]
            return lambda s: s.presses(batch, at)
        case ev.TimeUp(early=early):
            return lambda s: s.time_up(at, early)
        case ev.AnswerRevealed():
            return lambda s: s.reveal(at)
        case ev.EliminationsApplied():
            return lambda s: s.apply_eliminations(at)
        case ev.AnswerSet(seat=seat, answer=answer, reason=reason):
            return lambda s: s.set_answer(seat, answer, at, reason)
        case ev.RescueApplied(method=method, seats=seats):
            return lambda s: s.rescue(method, at, seats)
        case ev.TieBreakStarted(seats=seats, places=places, reason=reason):
            return lambda s: s.start_tiebreak(seats, places, at, reason)
        case ev.TieBreakEnded():
            return lambda s: s.end_tiebreak(at)
        case ev.FinalStarted(seats=seats):
            return lambda s: s.start_final(at, seats)
        case ev.ShowPaused():
            return lambda s: s.pause(at)
        case ev.ShowResumed():
            return lambda s: s.resume(at)
        case ev.Undone():
            return lambda s: s.undo(at)
    raise ValueError(f"no command for {first.TYPE}")


def drive(setup: ShowSetup, steps: list[tuple[LogEntry, ...]], journal: Journal) -> Show:
    commands = [command_for(step) for step in steps]
    show = Show(setup, (), journal)
    for command in commands:
        command(show)
    return show


def best_of(repeat: int, run: Callable[[], object]) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    return min(times), times


def no_journal(entries: Sequence[LogEntry]) -> None:
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seats", type=int, default=500)
    parser.add_argument("--questions", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5, help="runs of each in-memory figure")
    parser.add_argument("--dir", type=Path, default=None, help="where to write the event file")
    args = parser.parse_args(argv)

    print(f"rcv engine benchmark — {args.seats} contestants, {args.questions} main questions")
    recorded, played_s = build_show(args.seats, args.questions, args.seed)
    log = recorded.log
    setup = recorded.setup
    steps = steps_of(log)
    state = recorded.state
    survivors = sum(1 for r in state.seats.values() if r.standing)
    n = len(log)
    print(
        f"show: {n} events in {len(steps)} steps; {state.main_number} main questions played, "
        f"{survivors} contestants standing at the end, "
        f"{sum(len(q.answers) for q in state.questions)} answers; "
        f"autopilot played it in {played_s:.2f} s"
    )

    # -- the fold ---------------------------------------------------------------------------
    effective = effective_entries(log)
    best, _ = best_of(args.repeat, lambda: replay(setup, effective))
    assert replay(setup, effective) == state
    print(f"fold.replay:                 {n / best:>10,.0f} events/s  ({best * 1000:.1f} ms)")

    # -- the commands, live, no journal ------------------------------------------------------
    best, _ = best_of(args.repeat, lambda: drive(setup, steps, no_journal))
    again = drive(setup, steps, no_journal)
    assert [e.event for e in again.log] == [e.event for e in log] and again.state == state
    print(
        f"Show commands, no journal:   {n / best:>10,.0f} events/s  ({best * 1000:.1f} ms, "
        f"{len(steps) / best:,.0f} steps/s)"
    )

    # -- the commands, live, into an event file ----------------------------------------------
    workdir = Path(tempfile.mkdtemp(prefix="rcv-bench-", dir=args.dir))
    try:
        path = workdir / "bench.rcv"
        with EventFile.create(path, setup, EventInfo(name="bench")) as event_file:
            t0 = time.perf_counter()
            live = drive(setup, steps, event_file.append)
            journalled_s = time.perf_counter() - t0
            head = event_file.head
        assert live.state == state
        expected = chain.genesis(setup, EventInfo(name="bench"))  # recipe 2: the details too
        for entry in log:
            expected = chain.link(expected, entry)
        assert head == expected
        size = path.stat().st_size
        print(
            f"Show commands, EventFile:    {n / journalled_s:>10,.0f} events/s  "
            f"({journalled_s:.2f} s, {len(steps) / journalled_s:,.0f} fsync'd steps/s, "
            f"{journalled_s / len(steps) * 1000:.2f} ms per step)"
        )
        print(f"event file: {path} — {size / 1024:,.0f} KiB ({size:,} bytes)")

        # -- reopening -------------------------------------------------------------------------
        opens, replays, totals = [], [], []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            with EventFile.open(path) as reopened:
                t1 = time.perf_counter()
                show = Show(reopened.setup, reopened.entries)
                t2 = time.perf_counter()
                assert reopened.head == head and show.state == state
            opens.append(t1 - t0)
            replays.append(t2 - t1)
            totals.append(t2 - t0)
        print(
            f"reopen (open + verify + replay): {min(totals) * 1000:.0f} ms best, "
            f"{statistics.median(totals) * 1000:.0f} ms median of {args.repeat} "
            f"(EventFile.open {min(opens) * 1000:.0f} ms, replay {min(replays) * 1000:.0f} ms)"
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
