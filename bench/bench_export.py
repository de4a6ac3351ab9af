"""How long the results export and ``rcv verify`` take for a big event (1,000 contestants × 60
questions), beside the floors: the same cells written by openpyxl (write-only) and by xlsxwriter
(constant_memory), measured in the same run.

Not a test: run it by hand and read the figures (the secretaries need the workbook within
moments of the end of the show)::

    .venv/bin/python bench/bench_export.py [--seats 1000] [--questions 60] [--repeat 3] [--keep DIR]

It plays a whole show with the autopilot and a strong simulated floor (so most contestants
last all the questions and the answer sheet is close to seats × questions rows), then times,
``--repeat`` times each, interleaved, and prints the median: ``export_workbook`` (what ``rcv
export`` does: read the event file, compute, write) and its phases; the floors writing the same
cells with no styles; ``verify_workbook`` as ``rcv verify`` runs it (the event file read
included) and with the event already read. With ``--keep DIR`` the event is built once and
reused by later runs. xlsxwriter is a bench-only extra: ``pip install -e .[bench]``.

Targets (issue #16): export ≤ 3 s and ≤ 1.5× the fastest floor; verify ≤ 2 s. Wall times
depend on what else the machine is doing: the load average is printed, the CPU time of this
process beside each wall time, and the floors suffer the same load as rcv.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from rcv.clock import ManualClock
from rcv.core.model import EventInfo
from rcv.core.rules import Rules
from rcv.core.show import Show
from rcv.core.state import ShowSetup
from rcv.demo.autopilot import Autopilot
from rcv.demo.builtin import builtin_questions
from rcv.i18n import load_words
from rcv.results.facts import compute_results, read_event
from rcv.results.table import CellValue, Sheet, book, placed_cells
from rcv.results.verify_workbook import verify_workbook
from rcv.results.workbook import build_sheets, export_workbook
from rcv.results.xlsx import write_workbook
from rcv.sim.floor import FloorModel
from rcv.sim.people import make_roster
from rcv.storage.event_file import EventFile

START_MS = 1_795_500_000_000
EXPORT_TARGET_S = 3.0
RATIO_TARGET = 1.5
VERIFY_TARGET_S = 2.0


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


def rows_of(sheet: Sheet) -> Iterator[list[CellValue]]:
    """The sheet's cells as rows from row 1, None where empty: the same cells rcv writes."""
    row: list[CellValue] = []
    at = 1
    for r, c, value in placed_cells(sheet):
        while r > at:
            yield row
            row, at = [], at + 1
        row.extend([None] * (c - 1 - len(row)))
        row.append(value)
    yield row


def floor_openpyxl(path: Path, sheets: Sequence[Sheet]) -> None:
    """openpyxl's write-only mode, values only (text starting with "=" kept as text)."""
    wb = Workbook(write_only=True)
    for sheet in sheets:
        ws = wb.create_sheet(sheet.name[:31])
        for row in rows_of(sheet):
            if any(isinstance(v, str) and v.startswith("=") for v in row):
                ws.append([_text_cell(ws, v) for v in row])
            else:
                ws.append(row)
    wb.save(path)


def _text_cell(ws: object, value: CellValue) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value)
    if isinstance(value, str):
        cell.data_type = "s"  # text, never a formula
    return cell


def floor_xlsxwriter(path: Path, sheets: Sequence[Sheet]) -> None:
    """xlsxwriter's constant_memory mode, values only (times with one date format)."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, "nan_inf_to_errors": True})
    when = wb.add_format({"num_format": "dd/mm/yyyy hh:mm:ss"})
    for sheet in sheets:
        ws = wb.add_worksheet(sheet.name[:31])
        for r, row in enumerate(rows_of(sheet)):
            for c, v in enumerate(row):
                t = type(v)
                if t is str:
                    ws.write_string(r, c, v)
                elif t is int or t is float:
                    ws.write_number(r, c, v)
                elif t is dt.datetime:
                    ws.write_datetime(r, c, v, when)
                elif t is bool:
                    ws.write_boolean(r, c, v)
    wb.close()


def ignore(rows: int) -> None:
    """No progress bar in a benchmark."""


def load_average() -> float:
    """The 1-minute load average (NaN where the system has none: Windows)."""
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def has_xlsxwriter() -> bool:
    try:
        import xlsxwriter  # noqa: F401
    except ImportError:
        return False
    return True


class Timings:
    """Wall and CPU seconds of each named measurement, over the rounds."""

    def __init__(self) -> None:
        self.wall: dict[str, list[float]] = {}
        self.cpu: dict[str, list[float]] = {}

    def run(self, name: str, work: Callable[[], object]) -> object:
        wall, cpu = time.perf_counter(), time.process_time()
        result = work()
        self.wall.setdefault(name, []).append(time.perf_counter() - wall)
        self.cpu.setdefault(name, []).append(time.process_time() - cpu)
        return result

    def __getitem__(self, name: str) -> float:
        return statistics.median(self.wall[name])

    def line(self, label: str, name: str, note: str = "") -> str:
        runs = " ".join(f"{w:.2f}" for w in self.wall[name])
        cpu = statistics.median(self.cpu[name])
        return f"  {label:<44} {self[name]:6.2f} s  (cpu {cpu:5.2f} s; runs {runs}){note}"


def verdict(value: float, target: float) -> str:
    return f"  target ≤ {target:g}: {'met' if value <= target else 'NOT MET'}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seats", type=int, default=1000)
    parser.add_argument("--questions", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the median is printed")
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the event and workbook here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        name = f"bench-{args.seats}x{args.questions}"
        event, workbook = folder / f"{name}.rcv", folder / f"{name}-ket-qua.xlsx"
        t0 = time.perf_counter()
        if event.exists():
            how = "reused"
        else:
            build_event(event, args.seats, args.questions)
            how = f"built in {time.perf_counter() - t0:.1f} s"
        words = load_words()
        record = read_event(event)
        sheets = build_sheets(compute_results(record), words)
        load_before = load_average()
        floors = {"openpyxl write-only": floor_openpyxl}
        if has_xlsxwriter():
            floors["xlsxwriter constant_memory"] = floor_xlsxwriter
        t = Timings()
        checks = []
        for _ in range(args.repeat):
            summary = t.run("export", lambda: export_workbook(event, workbook, words))
            t.run("read", lambda: read_event(event))
            t.run("sheets", lambda: build_sheets(compute_results(record), words))
            t.run("write", lambda: write_workbook(folder / "rcv.xlsx", book(sheets, words), ignore))
            for floor_name, floor in floors.items():
                t.run(floor_name, lambda floor=floor: floor(folder / "floor.xlsx", sheets))
            checks.append(t.run("verify", lambda: verify_workbook(read_event(event), workbook)))
            checks.append(t.run("verify_in_memory", lambda: verify_workbook(record, workbook)))
        load_after = load_average()

        cells = sum(1 for s in sheets for _ in placed_cells(s))
        fastest = min(floors, key=lambda f: t[f])
        print(f"event: {args.seats} contestants, {summary.questions} questions shown, "  # type: ignore[attr-defined]
              f"{summary.entries} log entries ({how})")  # type: ignore[attr-defined]  # fmt: skip
        print(f"workbook: {len(sheets)} sheets, {cells:,} cells, "
              f"{workbook.stat().st_size / 1e6:.1f} MB")  # fmt: skip
        print(f"machine: {os.cpu_count()} CPUs, load average {load_before:.1f} before the "
              f"rounds, {load_after:.1f} after; median of {args.repeat} rounds")  # fmt: skip
        print("export (rcv export: event file → .xlsx)")
        print(t.line("export_workbook", "export", verdict(t["export"], EXPORT_TARGET_S)))
        print(t.line("  read the event file", "read"))
        print(t.line("  compute the results, build the sheets", "sheets"))
        print(t.line("  write the workbook (rcv.results.xlsx)", "write"))
        print("floors: the same cells, values only, written by")
        if not has_xlsxwriter():
            print("  (xlsxwriter not installed: pip install -e .[bench])")
        for floor_name in floors:
            print(t.line(floor_name, floor_name))
        ratio = t["write"] / t[fastest]
        print(f"  ratio rcv writer / {fastest}: {ratio:.2f}{verdict(ratio, RATIO_TARGET)}")
        print(f"  ratio whole export / {fastest}: {t['export'] / t[fastest]:.2f}")
        print("verify")
        print(t.line("rcv verify (event file read included)", "verify",
                     verdict(t["verify"], VERIFY_TARGET_S)))  # fmt: skip
        print(t.line("verify_workbook, event already read", "verify_in_memory"))
        matches = all(check.matches for check in checks)  # type: ignore[attr-defined]
        print(f"verify verdict: {'matches' if matches else 'MISMATCH'} in every round")
    return 0 if matches else 1


if __name__ == "__main__":
    raise SystemExit(main())
