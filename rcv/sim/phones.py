"""Simulated phones: real WebSocket clients on a worker thread, joining their seats with the
seat's token and answering when told to — what the headless demo, the tests and the bench use
instead of a hall full of people. They answer the server's round-trip pings like the page does.

Thread-safe calls: :meth:`SimPhones.press` sends answers; :meth:`SimPhones.mode` reads the
last view a seat received.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed


@dataclass(slots=True)
class _Phone:
    seat: int
    ws: ClientConnection | None = None
    joined: bool = False
    view: dict[str, Any] = field(default_factory=dict)
    counter: int = 0
    acked: set[int] = field(default_factory=set)
    sent_at: dict[int, float] = field(default_factory=dict)


class SimPhones:
    """``tokens``: seat -> join token. ``url``: the server's WebSocket address (ws://…/ws)."""

    def __init__(self, url: str, tokens: dict[int, str]) -> None:
        self.url = url
        self.phones = {seat: _Phone(seat) for seat in tokens}
        self._tokens = dict(tokens)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.acks: list[float] = []  # perf_counter of each acknowledgement (the bench)

    def start(self, timeout_s: float = 60.0) -> None:
        """Connect every phone and join its seat; returns when all have joined."""
        ready = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(ready,), daemon=True)
        self._thread.start()
        if not ready.wait(timeout_s):
            raise TimeoutError("the simulated phones did not all join in time")
        missing = [p.seat for p in self.phones.values() if not p.joined]
        if missing:
            raise RuntimeError(f"seats that could not join: {missing[:10]}")

    def stop(self) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(lambda: [t.cancel() for t in asyncio.all_tasks(loop)])
        if self._thread is not None:
            self._thread.join(10)

    def mode(self, seat: int) -> str:
        with self._lock:
            return str(self.phones[seat].view.get("mode", ""))

    def view(self, seat: int) -> dict[str, Any]:
        with self._lock:
            return dict(self.phones[seat].view)

    def wait_for(self, seats: Iterable[int], modes: set[str], timeout_s: float = 10.0) -> bool:
        """Until every seat's page shows one of ``modes`` (True), or the time is out."""
        wanted = list(seats)
        end = time.monotonic() + timeout_s
        while not all(self.mode(s) in modes for s in wanted):
            if time.monotonic() >= end:
                return False
            time.sleep(0.002)
        return True

    def press(self, answers: Iterable[tuple[int, str, bool]]) -> None:
        """Each (seat, key or text, typed) is sent by its phone, all at once."""
        batch = list(answers)
        loop = self._loop
        assert loop is not None, "not started"
        done = threading.Event()

        def send() -> None:
            for seat, key, typed in batch:
                phone = self.phones[seat]
                phone.counter += 1
                n = phone.counter
                message = (
                    {"t": "type", "n": n, "text": key}
                    if typed
                    else {"t": "press", "n": n, "key": key}
                )
                phone.sent_at[n] = time.perf_counter()
                if phone.ws is not None:
                    loop.create_task(_send(phone.ws, json.dumps(message)))
            done.set()

        loop.call_soon_threadsafe(send)
        done.wait(10)

    # -- the loop ----------------------------------------------------------------------------
    def _run(self, ready: threading.Event) -> None:
        try:
            asyncio.run(self._main(ready))
        except (asyncio.CancelledError, RuntimeError):
            pass
        finally:
            ready.set()

    async def _main(self, ready: threading.Event) -> None:
        self._loop = asyncio.get_running_loop()
        joined = asyncio.Event()
        left = [len(self.phones)]

        def one_joined() -> None:
            left[0] -= 1
            if left[0] <= 0:
                joined.set()

        tasks = []
        for phone in self.phones.values():  # connect a few at a time, as a hall would
            tasks.append(asyncio.create_task(self._phone(phone, one_joined)))
            await asyncio.sleep(0)
        if not self.phones:
            joined.set()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(joined.wait(), 60)
        ready.set()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _phone(self, phone: _Phone, one_joined: Any) -> None:
        try:
            async with connect(self.url, max_size=2**16, compression=None, open_timeout=30) as ws:
                phone.ws = ws
                await ws.send(json.dumps({"t": "join", "token": self._tokens[phone.seat]}))
                async for text in ws:
                    message = json.loads(text)
                    kind = message.get("t")
                    if kind == "ping":
                        await ws.send(json.dumps({"t": "pong", "id": message["id"]}))
                    elif kind == "joined" and not phone.joined:
                        phone.joined = True
                        one_joined()
                    elif kind == "state":
                        with self._lock:
                            phone.view = message
                    elif kind == "ack":
                        phone.acked.add(message["n"])
                        self.acks.append(time.perf_counter())
                    elif kind in ("refused", "closed"):
                        if not phone.joined:
                            one_joined()
                        return
        except (OSError, ConnectionClosed, TimeoutError):
            if not phone.joined:
                one_joined()


async def _send(ws: ClientConnection, text: str) -> None:
    with contextlib.suppress(ConnectionClosed):
        await ws.send(text)
