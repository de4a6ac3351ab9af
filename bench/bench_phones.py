"""Benchmark: N phones on real WebSockets, one burst of answers, from the server's receipt to the
durable log.

The laptop side runs as in a hall: the answer server (websockets on its worker thread), the
phones' hub, the keypad link's press ledger, the controller's group commit and the event file
(SQLite, synchronous=FULL). The phones run in another process (as phones are other devices):
they join with their seats' tokens, wait until their pages show "armed", then all answer at
once. Printed, for 500 and 1,000 phones:

- answers lost (sent and not in the log): must be 0;
- receive → durable log, p50 / p99: from the server reading an answer (show clock) to the
  controller's broadcast of the entry that holds it, after its transaction committed;
- the floor, measured in the same run: the same burst echoed by a bare ``websockets`` server
  (no rcv at all), round trip p50 / p99 as the phones see it.

Run: ``.venv/bin/python bench/bench_phones.py [--phones 500 1000]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt

from rcv.app.controller import ShowController
from rcv.app.keypads import KeypadLink
from rcv.app.phones import PhoneHub
from rcv.clock import SystemClock
from rcv.core.events import AnswerReceived, PressRejected
from rcv.core.model import Contestant, Question, QuestionSet, Roster
from rcv.core.rules import Rules
from rcv.core.state import ShowSetup
from rcv.hardware.events import KeyPress
from rcv.i18n import Words
from rcv.storage.event_file import EventFile
from rcv.web.limits import Limits
from rcv.web.pages import page_texts
from rcv.web.store import WebStore


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))] if ordered else float("nan")


# -- the phones (child process) --------------------------------------------------------------
def child(url: str, echo_url: str, tokens_path: str) -> None:
    from rcv.sim.phones import SimPhones

    tokens = {int(k): v for k, v in json.loads(Path(tokens_path).read_text()).items()}
    phones = SimPhones(url, tokens)
    phones.start(120)
    print("joined", flush=True)
    sys.stdin.readline()  # "go": the question is armed
    phones.wait_for(tokens, {"armed"}, 30)
    phones.press((seat, "ABCD"[seat % 4], False) for seat in tokens)
    end = time.monotonic() + 30
    while len(phones.acks) < len(tokens) and time.monotonic() < end:
        time.sleep(0.01)
    phones.stop()
    print(json.dumps({"echo": asyncio.run(echo_burst(echo_url, len(tokens)))}), flush=True)


async def echo_burst(url: str, n: int) -> list[float]:
    from websockets.asyncio.client import connect

    sockets = [await connect(url, compression=None) for _ in range(n)]

    async def one(ws) -> float:
        start = time.perf_counter()
        await ws.send('{"t":"press","n":1,"key":"A"}')
        await ws.recv()
        return (time.perf_counter() - start) * 1000

    times = await asyncio.gather(*(one(ws) for ws in sockets))
    for ws in sockets:
        await ws.close()
    return list(times)


def echo_server() -> tuple[str, threading.Event]:
    """A bare websockets echo server on a worker thread (the floor)."""
    from websockets.asyncio.server import serve

    ready, stop, port = threading.Event(), threading.Event(), [0]

    async def handler(ws) -> None:
        async for message in ws:
            await ws.send(message)

    async def main() -> None:
        async with serve(handler, "127.0.0.1", 0, compression=None) as server:
            port[0] = next(iter(server.sockets)).getsockname()[1]
            ready.set()
            while not stop.is_set():
                await asyncio.sleep(0.05)

    threading.Thread(target=lambda: asyncio.run(main()), daemon=True).start()
    ready.wait(10)
    return f"ws://127.0.0.1:{port[0]}", stop


# -- the laptop -----------------------------------------------------------------------------
def run(n: int, folder: Path) -> None:
    app = QCoreApplication.instance() or QCoreApplication(["bench"])
    roster = Roster(tuple(Contestant(f"S{i}", i, f"Phone {i}") for i in range(1, n + 1)))
    question = Question("Q", "?", options=("a", "b", "c", "d"), correct="A", time_limit_s=600)
    setup = ShowSetup(roster, QuestionSet((question,)), Rules())
    event_file = EventFile.create(folder / f"bench-{n}.rcv", setup)
    clock = SystemClock()
    controller = ShowController(clock)
    durable: dict[tuple[int, int], int] = {}

    def logged(change) -> None:  # the first subscriber: right after the transaction committed
        now = clock.now_ms()
        for e in change.events if change is not None else ():
            if isinstance(e, AnswerReceived | PressRejected) and e.hub == "phones":
                durable[(e.seat, int(e.frame.split(":")[1]))] = now

    controller.changed.connect(logged)
    controller.attach(event_file)
    link = KeypadLink(controller, clock)
    hub = PhoneHub(controller, link, {"vi": page_texts(Words("vi"))})
    limits = Limits(connections_per_address=n + 10, join_burst=n + 10, connections=n + 10)
    address = hub.start("127.0.0.1", 0, limits, WebStore.load_or_create(None))
    received: dict[tuple[int, int], int] = {}

    def note(reports: list) -> None:  # on the GUI thread, before the keypad link sees them
        for r in reports:
            if isinstance(r, KeyPress):
                received[(r.seat, r.seq)] = r.received_ms

    hub._arrived.connect(note, Qt.ConnectionType.QueuedConnection)
    tokens = folder / f"tokens-{n}.json"
    tokens.write_text(json.dumps({s: hub.join_token(s) for s in roster.seats}))
    echo_url, echo_stop = echo_server()
    phones = subprocess.Popen(
        [sys.executable, __file__, "--child", f"ws://127.0.0.1:{address.port}/ws", echo_url,
         str(tokens)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert phones.stdout is not None and phones.stdin is not None
    assert phones.stdout.readline().strip() == "joined"
    controller.show_question("Q")
    controller.start_timer()
    phones.stdin.write("go\n")
    phones.stdin.flush()
    end = time.monotonic() + 60
    while len(durable) < n and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.0005)
    echo = json.loads(phones.stdout.readline())["echo"]
    phones.wait(30)
    echo_stop.set()
    latencies = [durable[k] - received[k] for k in durable if k in received]
    lost = n - len(durable)
    print(
        f"{n:5d} phones: lost {lost} · receive → durable log p50 {pct(latencies, 0.5):5.1f} ms "
        f"p99 {pct(latencies, 0.99):5.1f} ms (max {max(latencies, default=0):.0f}) · floor "
        f"(bare websockets echo of the same burst, round trip) p50 {pct(echo, 0.5):5.1f} ms "
        f"p99 {pct(echo, 0.99):5.1f} ms",
        flush=True,
    )
    hub.stop()
    link.stop()
    controller.detach()


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:5])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, nargs="+", default=[500, 1000])
    args = parser.parse_args()
    if len(args.phones) > 1:  # each size in a fresh process: one show, one server, one run
        for n in args.phones:
            subprocess.run([sys.executable, __file__, "--phones", str(n)], check=True)
        return
    with tempfile.TemporaryDirectory() as folder:
        run(args.phones[0], Path(folder))


if __name__ == "__main__":
    main()
