"""From a keypad frame on the serial line to the MC's seat grid: the whole path, measured.

A 500-seat answer burst (pressed within 100 ms of hub time) is written as rcv hub frames into a
real pseudo-terminal by another process, paced at 115200 baud (the time each frame's last bit
would leave a real UART) — then read by the hub link's worker thread, handed to the GUI thread
by a queued signal (:class:`rcv.app.keypads.KeypadLink`), written by the controller in its
~30 ms bursts (one SQLite transaction each, synchronous=FULL) and painted in the console's seat
grid. Each figure runs from the frame's last byte written to its seat's cell first painted with
the answer. Offscreen; the show runs on the system clock, as at an event.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_keypad_to_grid.py [--seats 500]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_keypad_burst import HubStandIn, burst, pty_pair, renumber, write_in_another_process


def run(seats: int, seed: int) -> dict[str, float]:
    from PySide6.QtCore import QCoreApplication, QRect
    from PySide6.QtGui import QPainter

    from rcv.app.controller import ShowController
    from rcv.app.keypads import KeypadLink
    from rcv.clock import SystemClock
    from rcv.core.model import Question, QuestionSet
    from rcv.core.rules import Rules
    from rcv.core.state import ShowSetup
    from rcv.hardware.protocol import PressFrame, parse_line
    from rcv.sim.people import make_roster
    from rcv.storage.event_file import EventFile
    from rcv.ui.console.main_window import ConsoleWindow
    from rcv.ui.console.seat_cells import SeatCell
    from rcv.ui.console.seat_painter import SeatPainter
    from rcv.ui.console.services import ConsoleServices
    from rcv.ui.console.settings import ConsoleSettings

    painted: dict[int, float] = {}

    class TimingPainter(SeatPainter):
        def paint(self, painter: QPainter, rect: QRect, cell: SeatCell, current: bool) -> None:
            super().paint(painter, rect, cell, current)
            if cell.answer is not None and cell.seat not in painted:
                painted[cell.seat] = time.perf_counter()

    question = Question(
        id="Q", text="?", options=("a", "b", "c", "d"), correct="A", time_limit_s=600
    )
    folder = Path(tempfile.mkdtemp(prefix="rcv-bench-"))
    setup = ShowSetup(make_roster(seats, seed), QuestionSet((question,)), Rules())
    event_file = EventFile.create(folder / "bench.rcv", setup)
    clock = SystemClock()
    controller = ShowController(clock)
    window = ConsoleWindow(controller, ConsoleServices(settings=ConsoleSettings.ephemeral()))
    window.resize(1600, 960)
    window.show()
    window.session.attach(event_file)
    window.grid.set_painter(TimingPainter())

    frames = burst(seats, seed)
    master, slave, path = pty_pair()
    stop = threading.Event()
    hub = HubStandIn(master, seats, len(frames))  # answers the link's WHO with a hello
    threading.Thread(target=hub.run, args=(stop,), daemon=True).start()
    link = KeypadLink(controller, clock)
    link.add_port(path)
    link.start()
    try:
        deadline = time.perf_counter() + 10
        # the hub is known once its hello came through: it was written before the link opened
        # the port (and flushed by it) on about half the runs, so the link asks WHO for it
        while not any(h.hub_id == "BENCH" for h in link._hub_info.values()):
            QCoreApplication.processEvents()
            if time.perf_counter() > deadline:
                raise SystemExit("the hub never said hello through the link")
        controller.show_question("Q")
        controller.start_timer()  # arms the hub: a WHO goes with the ARM, answered at once
        while not hub.quiet_for(0.3) or hub.answered < 2:
            QCoreApplication.processEvents()
            time.sleep(0.001)
            if time.perf_counter() > deadline:
                raise SystemExit("the hub was not armed through the link")
        frames = renumber(frames, hub.freeze(), hub.hub_ms())
        seat_of = {}
        for raw in frames:
            parsed = parse_line(raw.rstrip(b"\r\n"))
            assert isinstance(parsed, PressFrame), parsed
            seat_of[parsed.seq] = parsed.seat
        seqs = list(seat_of)
        painted.clear()
        result: dict[str, list[float]] = {}
        writer = threading.Thread(
            target=lambda: result.setdefault(
                "written", write_in_another_process(master, frames, True)
            )
        )
        writer.start()
        limit = time.perf_counter() + 60
        while (writer.is_alive() or len(painted) < seats) and time.perf_counter() < limit:
            QCoreApplication.processEvents()
            time.sleep(0.0005)  # the bench's own loop
        writer.join()
    finally:
        link.stop()
        stop.set()
        os.close(master)
        os.close(slave)
    written = result["written"]
    delays = [
        (painted[seat_of[seqs[i]]] - written[i]) * 1000
        for i in range(len(frames))
        if seat_of[seqs[i]] in painted
    ]
    if not delays:
        stats = link.hubs.links[0].stats()
        raise SystemExit(f"no answer reached the seat grid; link: {stats.summary()}")
    answers = len(controller.state.questions[-1].answers) if controller.state else 0
    window.hide()
    controller.detach()
    ordered = sorted(delays)
    return {
        "frames": len(frames),
        "answers": answers,
        "painted": len(delays),
        "seconds": written[-1] - written[0],
        "p50": statistics.median(ordered),
        "p99": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))],
        "max": ordered[-1],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seats", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench_keypad_to_grid"])
    r = run(args.seats, args.seed)
    print(
        f"rcv keypad frame → seat grid: {r['frames']} frames over {r['seconds']:.2f} s at "
        f"115200 baud; {r['answers']} answers in the log, {r['painted']} cells painted\n"
        f"  latency p50 {r['p50']:.1f} ms  p99 {r['p99']:.1f} ms  max {r['max']:.1f} ms"
    )
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
