"""1,000 seats on 4 hubs at once: every press frame the hubs send ends in the log — 0 lost.

Four simulated hubs (:mod:`rcv.sim`, 250 keypads each) on four real pseudo-terminals, paced
like 115200-baud UARTs, are armed together by rcv and all 1,000 contestants answer at once
(nine in ten within 0.8 s of the arm; a few change their minds later: a second frame). The whole
running path takes them: four hub links on their reader threads → queued signals → the keypad
link's ledger → the controller's group commit into a real event file (WAL, synchronous=FULL),
under Qt's own event loop. Printed: frames sent by the hubs, frames in the log (accepted as
answers or refused with a reason), frames lost, and key down → durable log (p50 / p99: it
includes each frame's wait for its UART, 250 frames a line).

Beside it, in the same run, the floor: the same four simulated hubs read by four bare pyserial
``readline()`` threads that only count the press lines — frames sent, received, lost.

    .venv/bin/python bench/bench_four_hubs.py [--seats 1000] [--hubs 4] [--seed 1]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from rcv.hardware.protocol import Arm, ArmMode, PressFrame
from rcv.sim.hub import People
from rcv.sim.run import SimOptions, build_hubs

QUESTION = "Q"
PEOPLE = People(accuracy=0.85, median_ms=500.0, spread=0.3, no_answer=0.0, change_mind=0.04)


def _options(seats: int, hubs: int, seed: int) -> SimOptions:
    return SimOptions(seats=seats, hubs=hubs, seed=seed, people=PEOPLE)


def _sent(hubs: list) -> set[tuple[str, str]]:
    """Every press frame the hubs put on their lines, as the log names it (hub, "boot:seq")."""
    out = set()
    for hub in hubs:
        sim = hub.sim
        for frame, boot in zip(list(sim.sent), list(sim.sent_boot), strict=False):
            if isinstance(frame, PressFrame):
                out.add((sim.spec.hub_id, f"{boot}:{frame.seq}"))
    return out


def _planned(hubs: list) -> int:
    return sum(len(hub.sim.plan(QUESTION, ArmMode.ANSWER)) for hub in hubs)


def run_rcv(seats: int, hub_count: int, seed: int) -> dict[str, object]:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from rcv.app.controller import ShowController
    from rcv.app.keypads import KeypadLink
    from rcv.clock import SystemClock
    from rcv.core import events as ev
    from rcv.core.model import Question, QuestionSet
    from rcv.core.rules import Rules
    from rcv.core.state import ShowSetup
    from rcv.sim.people import make_roster
    from rcv.storage.event_file import EventFile

    question = Question(
        id=QUESTION, text="?", options=("a", "b", "c", "d"), correct="A", time_limit_s=600
    )
    folder = Path(tempfile.mkdtemp(prefix="rcv-bench-hubs-"))
    setup = ShowSetup(make_roster(seats, seed), QuestionSet((question,)), Rules())
    event_file = EventFile.create(folder / "bench.rcv", setup)
    clock = SystemClock()
    durable: list[tuple[int, int]] = []  # (pressed_at_ms, durable_ms) on the show clock
    append = event_file.append

    def timed_append(entries):  # the call the show makes; notes when it returned
        append(entries)
        now = clock.now_ms()
        for entry in entries:
            if isinstance(entry.event, ev.AnswerReceived | ev.PressRejected) and entry.event.frame:
                durable.append((entry.event.pressed_at_ms, now))

    event_file.append = timed_append  # type: ignore[method-assign]
    controller = ShowController(clock)
    controller.attach(event_file)
    link = KeypadLink(controller, clock)
    hubs = build_hubs(_options(seats, hub_count, seed))
    expected = _planned(hubs)
    for hub in hubs:
        hub.start()
        link.simulated.append(hub)
        link.add_port(hub.opener())
    link.start()
    try:
        deadline = time.perf_counter() + 15
        while sum(bool(h.hub_id) for h in link._hub_info.values()) < len(hubs):
            QCoreApplication.processEvents()
            time.sleep(0.002)
            if time.perf_counter() > deadline:
                raise SystemExit("not every hub said hello through the link")

        def logged() -> set[tuple[str, str]]:
            return {
                (e.event.hub, e.event.frame)
                for e in controller.show.log
                if isinstance(e.event, ev.AnswerReceived | ev.PressRejected) and e.event.frame
            }

        loop = QEventLoop()
        limit = time.perf_counter() + 60
        check = QTimer()
        check.setInterval(50)
        check.timeout.connect(
            lambda: (
                loop.quit() if len(logged()) >= expected or time.perf_counter() > limit else None
            )
        )
        start = time.perf_counter()
        controller.show_question(QUESTION)
        controller.start_timer()  # arms the four hubs at once
        check.start()
        loop.exec()
        check.stop()
        seconds = time.perf_counter() - start
        QCoreApplication.processEvents()
        sent, got = _sent(hubs), logged()
        lost_entries = sum(
            e.event.count for e in controller.show.log if e.event.TYPE == "presses_lost"
        )
        answers = len(controller.state.questions[-1].answers)
    finally:
        link.stop()
        controller.detach()
    delays = sorted(d - p for p, d in durable)
    return {
        "sent": len(sent),
        "logged": len(sent & got),
        "lost": len(sent - got),
        "extra": len(got - sent),
        "lost_entries": lost_entries,
        "answers": answers,
        "seconds": seconds,
        "p50": statistics.median(delays) if delays else float("nan"),
        "p99": delays[min(len(delays) - 1, int(len(delays) * 0.99))] if delays else float("nan"),
    }


def run_floor(seats: int, hub_count: int, seed: int) -> dict[str, object]:
    """The same hubs, read by bare pyserial readline() threads that count press lines."""
    import serial

    hubs = build_hubs(_options(seats, hub_count, seed))
    expected = _planned(hubs)
    counts = [0] * len(hubs)
    stop = threading.Event()
    ports = []
    for hub in hubs:
        hub.start()
        ports.append(serial.serial_for_url(hub.url, baudrate=115200, timeout=0.05))

    def reader(i: int) -> None:
        port, line = ports[i], b""
        while not stop.is_set():
            line += port.readline()
            if line.endswith(b"\n"):
                counts[i] += line.startswith(b"$RCV,P,")
                line = b""

    threads = [threading.Thread(target=reader, args=(i,), daemon=True) for i in range(len(hubs))]
    for thread in threads:
        thread.start()
    start = time.perf_counter()
    for hub in hubs:
        hub.command(Arm(QUESTION, ArmMode.ANSWER, 0))
    limit = start + 60
    while sum(counts) < expected and time.perf_counter() < limit:
        time.sleep(0.01)
    seconds = time.perf_counter() - start
    time.sleep(0.2)
    stop.set()
    for thread in threads:
        thread.join(2)
    sent = len(_sent(hubs))
    for port in ports:
        port.close()
    for hub in hubs:
        hub.stop()
    return {"sent": sent, "received": sum(counts), "lost": sent - sum(counts), "seconds": seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seats", type=int, default=1000)
    parser.add_argument("--hubs", type=int, default=4)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication(["bench_four_hubs"])
    r = run_rcv(args.seats, args.hubs, args.seed)
    f = run_floor(args.seats, args.hubs, args.seed)
    print(
        f"{args.seats} seats on {args.hubs} simulated hubs (real ptys, 115200 baud), armed at once"
    )
    print(
        f"  rcv (links → ledger → group commit): sent {r['sent']}  in the log {r['logged']}  "
        f"lost {r['lost']}  (unexpected {r['extra']}, 'presses lost' entries {r['lost_entries']}); "
        f"{r['answers']} answers; all in the log {r['seconds']:.2f} s after the arm"
    )
    print(
        f"    key down → durable log p50 {r['p50']:.0f} ms  p99 {r['p99']:.0f} ms "
        "(including each frame's wait for its UART)"
    )
    print(
        f"  floor (bare pyserial readline ×{args.hubs}):  sent {f['sent']}  received "
        f"{f['received']}  lost {f['lost']}; all read {f['seconds']:.2f} s after the arm"
    )
    print(f"  target: 0 lost — {'met' if r['lost'] == 0 and r['extra'] == 0 else 'NOT met'}")
    del app
    return 0 if r["lost"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
