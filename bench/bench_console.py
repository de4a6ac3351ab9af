"""How long from a keypad press handed to the controller to the console's seat grid showing it.

A 500-seat answer burst (presses drawn by :class:`rcv.sim.floor.FloorModel`, replayed in real
time, optionally faster) is handed to ``controller.add_presses`` as the keypad link would; a
timing delegate notes when each seat's cell is first painted with its answer. The show runs on a
ManualClock (moved to each press's time); the measurement uses ``time.perf_counter``. Offscreen.

Two figures: with the controller's own batching (presses are written every ~30 ms, one SQLite
transaction per batch — what the MC sees), and with the batch flushed at once (the console's
share alone).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_console.py [--seats 500] [--speed 4]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))
    return ordered[k]


def run(seats: int, seed: int, speed: float, flush_at_once: bool) -> dict[str, float]:
    from PySide6.QtCore import QCoreApplication, QRect, QTimer
    from PySide6.QtGui import QPainter

    from rcv.app.controller import ShowController
    from rcv.cli.show_cmds import demo_questions
    from rcv.clock import ManualClock
    from rcv.core.commands import Press
    from rcv.demo.headless import open_or_create
    from rcv.sim.floor import FloorModel
    from rcv.ui.console.main_window import ConsoleWindow
    from rcv.ui.console.seat_cells import SeatCell
    from rcv.ui.console.seat_painter import SeatPainter
    from rcv.ui.console.services import ConsoleServices
    from rcv.ui.console.settings import ConsoleSettings

    handed: dict[int, float] = {}
    painted: dict[int, float] = {}
    paints = [0]

    class TimingPainter(SeatPainter):
        def paint(self, painter: QPainter, rect: QRect, cell: SeatCell, current: bool) -> None:
            super().paint(painter, rect, cell, current)
            paints[0] += 1
            if cell.seat in handed and cell.seat not in painted and cell.answer is not None:
                painted[cell.seat] = time.perf_counter()

    folder = Path(tempfile.mkdtemp(prefix="rcv-bench-"))
    event_file = open_or_create(folder / "bench.rcv", seats, seed, demo_questions())
    clock = ManualClock()
    controller = ShowController(clock)
    window = ConsoleWindow(controller, ConsoleServices(settings=ConsoleSettings.ephemeral()))
    window.resize(1600, 960)
    window.show()
    window.session.attach(event_file)
    window.grid.set_painter(TimingPainter())
    for _ in range(5):
        QCoreApplication.processEvents()
    controller.primary()
    clock.advance(2000)
    controller.primary()
    for _ in range(5):
        QCoreApplication.processEvents()
    state, setup = controller.state, controller.setup
    assert state is not None and setup is not None
    record = state.questions[-1]
    question = setup.questions.by_id(record.question_id)
    start = record.timer_started_at_ms or 0
    presses: list[Press] = FloorModel(seed=seed).presses(question, record.participants, start)
    presses = [p for p in presses if p.pressed_at_ms <= (record.deadline_ms or 0)]
    paints[0] = 0
    t0 = time.perf_counter()
    queue = list(presses)
    timer = QTimer()
    timer.setSingleShot(True)

    def hand_over() -> None:
        elapsed_ms = (time.perf_counter() - t0) * 1000 * speed
        due = [p for p in queue if p.pressed_at_ms - start <= elapsed_ms]
        del queue[: len(due)]
        if due:
            clock.set(due[-1].pressed_at_ms)
            now = time.perf_counter()
            for p in due:
                handed.setdefault(p.seat, now)
            controller.add_presses(due)
            if flush_at_once:
                controller.flush_presses()
        if queue:
            wait = (queue[0].pressed_at_ms - start - elapsed_ms) / speed
            timer.start(max(0, int(wait)))

    timer.timeout.connect(hand_over)
    hand_over()
    limit = time.perf_counter() + 120
    while (queue or len(painted) < len(handed)) and time.perf_counter() < limit:
        QCoreApplication.processEvents()
        time.sleep(0.0005)  # the bench's own loop; the show never sleeps
    delays = [(painted[s] - handed[s]) * 1000 for s in handed if s in painted]
    window.hide()
    controller.detach()
    return {
        "presses": len(handed),
        "painted": len(painted),
        "p50": statistics.median(delays) if delays else float("nan"),
        "p99": _percentile(delays, 0.99),
        "max": max(delays) if delays else float("nan"),
        "paints": paints[0],
        "burst_s": (presses[-1].pressed_at_ms - start) / 1000 / speed if presses else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seats", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--speed", type=float, default=4.0, help="replay the burst this much faster"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench_console"])
    print(f"rcv console bench: {args.seats} seats, seed {args.seed}, burst ×{args.speed:g}")
    for flush, name in ((False, "with controller batching (~30 ms)"), (True, "grid alone")):
        r = run(args.seats, args.seed, args.speed, flush)
        print(
            f"  {name:<36} presses {r['presses']:>4} painted {r['painted']:>4} "
            f"burst {r['burst_s']:.1f} s  p50 {r['p50']:.1f} ms  p99 {r['p99']:.1f} ms  "
            f"max {r['max']:.1f} ms  cell paints {r['paints']}"
        )
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
