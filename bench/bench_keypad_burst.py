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
from rcv.hardware.protocol import Hello, PressFrame, encode

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


def burst(seats: int, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    times = sorted(7_200_000 + rng.randrange(100) for _ in range(seats))  # 2 h after boot
    order = list(range(1, seats + 1))
    rng.shuffle(order)
    return [
        encode(PressFrame(i + 1, t, seat, rng.choice("ABCD")))
        for i, (t, seat) in enumerate(zip(times, order, strict=True))
    ]


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


def drain(master: int, stop: threading.Event) -> None:
    """Read what the reader sends back (WHO), so the pty never fills up that way."""
    while not stop.is_set():
        try:
            os.read(master, 4096)
        except (BlockingIOError, OSError):
            stop.wait(0.01)


def pty_pair() -> tuple[int, int, str]:
    master, slave = os.openpty()
    tty.setraw(slave)
    os.set_blocking(master, False)
    return master, slave, os.ttyname(slave)


def run_rcv(frames: list[bytes], paced: bool) -> Result:
    master, slave, path = pty_pair()
    delivered: dict[int, float] = {}
    hello = threading.Event()
    done = threading.Event()

    def consumer(event: HardwareEvent) -> None:
        if isinstance(event, KeyPress):
            delivered[event.seq] = time.perf_counter()
            if len(delivered) == len(frames):
                done.set()
        elif isinstance(event, LinkStatus) and event.kind is LinkEvent.HELLO:
            hello.set()

    stop = threading.Event()
    threading.Thread(target=drain, args=(master, stop), daemon=True).start()
    link = HubLink(path, consumer)
    link.start()
    try:
        time.sleep(0.2)  # the link opens the port (and flushes its input)
        os.write(master, encode(Hello(0, 7_199_000, 1, "BENCH", 1, len(frames), 1, "bench")))
        if not hello.wait(10):
            raise SystemExit("no hello through the link")
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
