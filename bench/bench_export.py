"""How long the results export takes for a big event: 1,000 contestants × 60 questions.

Not a test: run it by hand and read the figures (the secretaries need the workbook within
minutes of the end of the show)::

    .venv/bin/python bench/bench_export.py [--seats 1000] [--questions 60] [--keep DIR]

It plays a whole show with the autopilot and a strong simulated floor (so most contestants
last all the questions and the answer sheet is close to seats × questions rows), then times
``export_workbook`` and ``verify_workbook``.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from rcv.clock import ManualClock
from rcv.core.model import EventInfo
from rcv.core.rules import Rules
from rcv.core.show import Show
from rcv.core.state import ShowSetup
from rcv.demo.autopilot import Autopilot
from rcv.demo.builtin import builtin_questions
from rcv.i18n import load_words
from rcv.results.facts import read_event
from rcv.results.verify_workbook import verify_workbook
from rcv.results.workbook import export_workbook
from rcv.sim.floor import FloorModel
from rcv.sim.people import make_roster
from rcv.storage.event_file import EventFile

START_MS = 1_795_500_000_000


def build_event(path: Path, seats: int, questions: int) -> int:
    """Play a whole show into ``path``; returns the number of log entries."""
    setup = ShowSetup(
        make_roster(seats, seed=7),
        builtin_questions(main=questions),
        Rules(question_limit=questions),
    )
    floor = FloorModel(seed=7, skill_low=0.995, skill_high=0.9995, no_answer=0.0005)
    info = EventInfo(name="Rung chuông vàng — đo thời gian xuất", date="24/11/2026")
    with EventFile.create(path, setup, info) as event_file:
        show = Show(setup, (), event_file.append)
        Autopilot(show, floor, ManualClock(START_MS)).run()
        return len(event_file.entries)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seats", type=int, default=1000)
    parser.add_argument("--questions", type=int, default=60)
    parser.add_argument("--keep", type=Path, help="keep the event and workbook in this folder")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        event, workbook = folder / "bench.rcv", folder / "bench-ket-qua.xlsx"
        event.unlink(missing_ok=True)
        t0 = time.perf_counter()
        entries = build_event(event, args.seats, args.questions)
        built = time.perf_counter() - t0

        t0 = time.perf_counter()
        summary = export_workbook(event, workbook, load_words())
        exported = time.perf_counter() - t0

        t0 = time.perf_counter()
        check = verify_workbook(read_event(event), workbook)
        verified = time.perf_counter() - t0

        size_mb = workbook.stat().st_size / 1e6
        print(f"event: {args.seats} contestants, {summary.questions} questions shown, "
              f"{entries} log entries (built in {built:.1f} s)")  # fmt: skip
        print(f"answer rows (Chi tiết): {args.seats * summary.questions}")
        print(f"export_workbook: {exported:.2f} s, {size_mb:.1f} MB")
        print(f"verify_workbook: {verified:.2f} s, {'matches' if check.matches else 'MISMATCH'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
