"""Benchmark: a burst of 500 seats answering within 100 ms, through a real pseudo-terminal.

Prints, for rcv's hub link (reader thread, parser, clock map, consumer callback) and beside it
for a bare pyserial ``readline()`` loop on the same bytes:

- frames per second sustained, against what a 115200-baud line can carry at most;
- frames lost;
- latency from a frame's last byte written on the tty to its delivery (p50 / p99).

Two runs each: paced like a real 115200-baud UART (the show's case) and flat out (how much
head-room the parser has). Run: ``.venv/bin/python bench/bench_keypad_burst.py [--seats 500]``.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import statistics
import threading
import time
import tty
from collections.abc import Callable
from dataclasses import dataclass

import serial

from rcv.hardware.events import HardwareEvent, KeyPress, LinkEvent, LinkStatus
from rcv.hardware.link import HubLink
from rcv.hardware.protocol import Hello, PressFrame, encode, parse_line

BAUD = 115200


@dataclass
class Result:
    name: str
    delivered: int
    sent: int
    seconds: float
    latencies_ms: list[float]

    def line(self, frame_bytes: float) -> str:
        line_rate = BAUD / 10 / frame_bytes
        lat = sorted(self.latencies_ms)
        p50 = statistics.median(lat) if lat else float("nan")
        p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))] if lat else float("nan")
        fps = self.delivered / self.seconds if self.seconds > 0 else float("nan")
        return (
            f"{self.name:<34} {fps:>9.0f} fps ({fps / line_rate * 100:>5.1f} % of line rate "
            f"{line_rate:.0f})  lost {self.sent - self.delivered:>3}  "
            f"latency p50 {p50:6.3f} ms  p99 {p99:6.3f} ms"
        )


def burst(seats: int, seed: int, first_seq: int = 1) -> list[bytes]:
    rng = random.Random(seed)
    times = sorted(7_200_000 + rng.randrange(100) for _ in range(seats))  # 2 h after boot
    order = list(range(1, seats + 1))
    rng.shuffle(order)
    return [
        encode(PressFrame(first_seq + i, t, seat, rng.choice("ABCD")))
        for i, (t, seat) in enumerate(zip(times, order, strict=True))
    ]


class HubStandIn:
    """The hub's side of the conversation the benches need: every WHO the link sends (when it
    opens the port, and with every ARM) is answered with a hello, as a real hub does — so the
    link knows the hub whether or not the port was open when an earlier hello was written.
    Hellos take sequence numbers 0, 1, 2…; :meth:`freeze` gives the first number for the burst
    and moves later hellos past it."""

    def __init__(self, master: int, seats: int, burst_len: int) -> None:
        self.master = master
        self.seats = seats
        self.burst_len = burst_len
        self.answered = 0
        self.last_who = 0.0
        self._next = 0
        self._lock = threading.Lock()
        self._t0 = time.perf_counter()

    def hub_ms(self) -> int:
        """The hub's clock: 2 h after its boot when the bench starts, running in real time."""
        return 7_199_000 + int((time.perf_counter() - self._t0) * 1000)

    def run(self, stop: threading.Event) -> None:
        pending = b""
        while not stop.is_set():
            try:
                pending += os.read(self.master, 4096)
            except (BlockingIOError, OSError):
                stop.wait(0.002)
                continue
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                if line.startswith(b"$RCV,WHO*"):
                    self._hello()

    def _hello(self) -> None:
        with self._lock:
            seq, self._next = self._next, self._next + 1
            self.answered += 1
            self.last_who = time.perf_counter()
        hello = Hello(seq, self.hub_ms(), 1, "BENCH", 1, self.seats, 1, "bench")
        os.write(self.master, encode(hello))

    def quiet_for(self, seconds: float) -> bool:
        return self.answered > 0 and time.perf_counter() - self.last_who >= seconds

    def freeze(self) -> int:
        """The first sequence number of the burst; later hellos come after it."""
        with self._lock:
            first, self._next = self._next, self._next + self.burst_len
            return first


def renumber(frames: list[bytes], first_seq: int, hub_now: int = 7_200_000) -> list[bytes]:
    """The same presses with sequence numbers from ``first_seq`` on, pressed within 100 ms of
    the hub's time ``hub_now`` (a hub's clock runs with the laptop's: rcv checks it)."""
    out = []
    for i, raw in enumerate(frames):
        frame = parse_line(raw.rstrip(b"\r\n"))
        assert isinstance(frame, PressFrame), frame
        hub_ms = hub_now + frame.hub_ms - 7_200_000
        out.append(encode(PressFrame(first_seq + i, hub_ms, frame.seat, frame.key)))
    return out


def write_frames(master: int, frames: list[bytes], paced: bool) -> list[float]:
    """Write each frame; return the perf_counter after its last byte was written."""
    written: list[float] = []
    start = time.perf_counter()
    total = 0
    for frame in frames:
        total += len(frame)
        if paced:
            due = start + total * 10 / BAUD  # the time its last bit leaves a real UART
            while (now := time.perf_counter()) < due:
                if due - now > 0.002:
                    time.sleep(due - now - 0.001)
        view = memoryview(frame)
        while view:
            try:
                n = os.write(master, view)
            except BlockingIOError:
                time.sleep(0.0002)
                continue
            view = view[n:]
        written.append(time.perf_counter())
    return written


def write_in_another_process(master: int, frames: list[bytes], paced: bool) -> list[float]:
    """The writer runs in its own process (as a hub is another device), so its pacing loop
    never competes with the reader for the interpreter; perf_counter is CLOCK_MONOTONIC,
    the same clock in both processes."""
    ctx = multiprocessing.get_context("fork")
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_writer_child, args=(sender, master, frames, paced))
    child.start()
    written: list[float] = receiver.recv()
    child.join()
    return written


def _writer_child(sender: object, master: int, frames: list[bytes], paced: bool) -> None:
    sender.send(write_frames(master, frames, paced))  # type: ignore[attr-defined]


def pty_pair() -> tuple[int, int, str]:
    master, slave = os.openpty()
    tty.setraw(slave)
    os.set_blocking(master, False)
    return master, slave, os.ttyname(slave)


def run_rcv(frames: list[bytes], paced: bool) -> Result:
    master, slave, path = pty_pair()
    delivered: dict[int, float] = {}  # by index in the burst + 1
    hello = threading.Event()
    done = threading.Event()
    first_seq = [1]

    def consumer(event: HardwareEvent) -> None:
        if isinstance(event, KeyPress):
            delivered[event.seq - first_seq[0]] = time.perf_counter()
            if len(delivered) == len(frames):
                done.set()
        elif isinstance(event, LinkStatus) and event.kind is LinkEvent.HELLO:
            hello.set()

    stop = threading.Event()
    hub = HubStandIn(master, len(frames), len(frames))
    threading.Thread(target=hub.run, args=(stop,), daemon=True).start()
    link = HubLink(path, consumer)
    link.start()
    try:
        if not hello.wait(10):  # the link asks WHO when it opens the port; the hub answers
            raise SystemExit("no hello through the link")
        first_seq[0] = hub.freeze() - 1
        frames = renumber(frames, first_seq[0] + 1, hub.hub_ms())
        written = write_in_another_process(master, frames, paced)
        done.wait(10 + len(frames) * 0.01)
    finally:
        link.stop()
        stop.set()
        os.close(master)
        os.close(slave)
    return _result("rcv HubLink", frames, written, delivered)


def run_readline(frames: list[bytes], paced: bool) -> Result:
    master, slave, path = pty_pair()
    port = serial.Serial(path, BAUD, timeout=0.05)
    delivered: dict[int, float] = {}
    stop = threading.Event()

    def reader() -> None:
        i = 0
        while not stop.is_set() and i < len(frames):
            line = port.readline()
            if line.endswith(b"\n"):
                i += 1
                delivered[i] = time.perf_counter()

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    try:
        written = write_in_another_process(master, frames, paced)
        thread.join(10 + len(frames) * 0.01)
    finally:
        stop.set()
        thread.join(2)
        port.close()
        os.close(master)
        os.close(slave)
    return _result("bare pyserial readline()", frames, written, delivered)


def _result(
    name: str, frames: list[bytes], written: list[float], delivered: dict[int, float]
) -> Result:
    latencies = [(delivered[i + 1] - t) * 1000 for i, t in enumerate(written) if i + 1 in delivered]
    end = max(delivered.values()) if delivered else written[-1]
    return Result(name, len(delivered), len(frames), end - written[0], latencies)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seats", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    frames = burst(args.seats, args.seed)
    size = sum(map(len, frames)) / len(frames)
    print(f"{args.seats} presses within 100 ms of hub time, {size:.1f} bytes per frame, ")
    print(f"line time at {BAUD} baud: {sum(map(len, frames)) * 10 / BAUD * 1000:.0f} ms")
    runs: list[tuple[str, Callable[[list[bytes], bool], Result]]] = [
        ("rcv", run_rcv),
        ("readline", run_readline),
    ]
    for paced in (True, False):
        print("— paced like a 115200-baud UART" if paced else "— flat out (no pacing)")
        for _, run in runs:
            print("  " + run(frames, paced).line(size))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
