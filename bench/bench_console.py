"""The console's figures: press → seat grid, cold start → first painted frame, ``rcv --version``.

1. **Press → grid.** A 500-seat answer burst (presses drawn by
   :class:`rcv.sim.floor.FloorModel`, replayed in real time, optionally faster) is handed to
   ``controller.add_presses`` as the keypad link would; a timing delegate notes when each seat's
   cell is first painted with its answer. The show runs on a ManualClock (moved to each press's
   time); the measurement uses ``time.perf_counter``. Offscreen. Two figures: with the
   controller's group commit (what the MC sees), and with the batch flushed at once by the bench
   (the console's share alone).
2. **Cold start.** ``rcv`` (the console, exactly as ``run_console`` builds it, in a fresh
   process with empty user folders) from the moment the process is launched to the end of the
   console window's first paint; beside it the floor, a bare ``QApplication`` + ``QWidget``
   shown in a fresh process, measured the same way. Target ≤ 2 s.
3. **``rcv --version``**, a fresh process each time, beside ``python -c pass``. Target ≤ 0.3 s.

Each start figure is the median (and worst) of ``--starts`` runs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_console.py [--seats 500] [--speed 4]
        [--part grid|start|all] [--starts 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

START_TARGET_S = 2.0
VERSION_TARGET_S = 0.3

# run in a fresh process: the console as `rcv` builds it; prints the perf_counter (the system's
# monotonic clock, shared by every process) once its window's first paint is done
CONSOLE_CHILD = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import rcv.entry.programs as programs

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.isWindow():
            QTimer.singleShot(0, self.done)  # once this paint (and its children's) is over
            QApplication.instance().removeEventFilter(self)
        return False

    def done(self):
        print(time.perf_counter(), time.process_time(), flush=True)
        QApplication.instance().exit(0)

made = programs.application
def application(argv, language=None):
    app = made(argv, language)
    app.installEventFilter(first)
    return app
first = FirstPaint()
programs.application = application
sys.exit(programs.run_console(["rcv"]))
"""

# the floor: a bare QApplication and an empty QWidget, measured the same way
FLOOR_CHILD = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is widget:
            QTimer.singleShot(0, self.done)
            app.removeEventFilter(self)
        return False

    def done(self):
        print(time.perf_counter(), time.process_time(), flush=True)
        app.exit(0)

app = QApplication(["floor"])
first = FirstPaint()
app.installEventFilter(first)
widget = QWidget()
widget.resize(1600, 960)
widget.show()
sys.exit(app.exec())
"""


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
    window.grid.zoom_to_fit()  # every seat on screen, so every answer is painted
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


def _fresh_env(home: Path) -> dict[str, str]:
    """Empty user folders (no settings, no recent events), offscreen."""
    env = dict(os.environ, HOME=str(home), QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    env.pop("RCV_PORTABLE", None)
    return env


def cold_start(code: str, runs: int, cpu: list[float] | None = None) -> list[float]:
    """Seconds from launching ``python -c code`` to the perf_counter it prints (and, into
    ``cpu``, the CPU seconds the child had used by then: what the start costs on a machine
    shared with other work)."""
    out = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="rcv-bench-start-") as home:
            t0 = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-c", code],
                env=_fresh_env(Path(home)),
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
            words = done.stdout.split()
            if done.returncode != 0 or len(words) < 2:
                raise SystemExit(f"the start failed: {done.stderr[-2000:]}")
            out.append(float(words[-2]) - t0)
            if cpu is not None:
                cpu.append(float(words[-1]))
    return out


def wall(argv: list[str], runs: int) -> list[float]:
    """Seconds a fresh process takes from launch to exit."""
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(argv, capture_output=True, timeout=60, check=True)
        out.append(time.perf_counter() - t0)
    return out


def start_figures(runs: int) -> None:
    rcv = Path(sys.executable).with_name("rcv")
    version_argv = (
        [str(rcv), "--version"] if rcv.exists() else [sys.executable, "-m", "rcv", "--version"]
    )
    console_cpu: list[float] = []
    floor_cpu: list[float] = []
    rows = (
        (
            "console cold start → first paint",
            cold_start(CONSOLE_CHILD, runs, console_cpu),
            START_TARGET_S,
        ),
        ("  floor: QApplication + QWidget", cold_start(FLOOR_CHILD, runs, floor_cpu), None),
        ("rcv --version", wall(version_argv, runs), VERSION_TARGET_S),
        ("  floor: python -c pass", wall([sys.executable, "-c", "pass"], runs), None),
    )
    medians = {}
    for name, times, target in rows:
        median = statistics.median(times)
        medians[name] = median
        goal = ""
        if target is not None:
            goal = f"  target ≤ {target:g} s: {'met' if max(times) <= target else 'NOT met'}"
        print(f"  {name:<36} median {median:6.3f} s  worst {max(times):6.3f} s{goal}")
    names = [name for name, _, _ in rows]
    print(
        f"  cold start = {medians[names[0]] / medians[names[1]]:.1f}× its floor; "
        f"--version = {medians[names[2]] / medians[names[3]]:.1f}× its floor "
        f"(medians of {runs} fresh processes each)"
    )
    print(
        f"  CPU time of the start: console {statistics.median(console_cpu):.2f} s, floor "
        f"{statistics.median(floor_cpu):.2f} s; load average {os.getloadavg()[0]:.1f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seats", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--speed", type=float, default=4.0, help="replay the burst this much faster"
    )
    parser.add_argument("--part", choices=("grid", "start", "all"), default="all")
    parser.add_argument("--starts", type=int, default=5, help="fresh processes per start figure")
    args = parser.parse_args(argv)
    if args.part in ("start", "all"):
        print("rcv console start (fresh processes, offscreen, empty user folders)")
        start_figures(args.starts)
    if args.part == "start":
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench_console"])
    print(f"rcv console bench: {args.seats} seats, seed {args.seed}, burst ×{args.speed:g}")
    for flush, name in ((False, "with the controller's group commit"), (True, "grid alone")):
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
