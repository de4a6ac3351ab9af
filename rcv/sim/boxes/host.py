"""An emulated box on a real pseudo-terminal, served by its own thread (POSIX): any serial
program — rcv's hub link, ``rcv hw monitor`` — opens ``host.path``. Control from any thread
with :meth:`BoxHost.call`."""

from __future__ import annotations

import contextlib
import queue
import select
import socket
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from rcv.sim.boxes.base import Box
from rcv.sim.host import PtyTransport

T = TypeVar("T")


class BoxHost:
    def __init__(self, box: Box) -> None:
        self.box = box
        self.transport = PtyTransport()
        self._t0 = time.monotonic()
        self._actions: queue.Queue[tuple[Callable[[], None], threading.Event]] = queue.Queue()
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._pending = bytearray()

    def now_ms(self) -> int:
        return int((time.monotonic() - self._t0) * 1000)

    @property
    def path(self) -> str:
        assert self.transport.path is not None, "start the box first"
        return self.transport.path

    def start(self) -> BoxHost:
        self.transport.open()
        self.box.boot(self.now_ms())
        self._thread = threading.Thread(target=self._run, name=f"box {self.box.name}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")
        if self._thread is not None:
            self._thread.join(5.0)
        self.transport.close()
        self._wake_r.close()
        self._wake_w.close()

    def call(self, action: Callable[[int], T], timeout_s: float = 5.0) -> T:
        """Run ``action(now_ms)`` on the box's thread and return what it returned."""
        done = threading.Event()
        result: list[T] = []
        self._actions.put((lambda: result.append(action(self.now_ms())), done))
        self._wake_w.send(b"x")
        if not done.wait(timeout_s):
            raise TimeoutError("the box did not answer")
        return result[0]

    def _run(self) -> None:
        while not self._stop.is_set():
            due = self.box.next_due()
            now = self.now_ms()
            wait = 0.02 if due is None else min(0.02, max(0.0, (due - now) / 1000))
            if self._pending:
                wait = 0.002
            fds = [self._wake_r.fileno(), *self.transport.read_fds()]
            try:
                readable, _, _ = select.select(fds, [], [], wait)
            except (OSError, ValueError):
                readable = []
            for fd in readable:
                if fd == self._wake_r.fileno():
                    with contextlib.suppress(BlockingIOError, InterruptedError):
                        self._wake_r.recv(64)
                    continue
                data = self.transport.on_readable(fd)
                if data:
                    self.box.receive(data, self.now_ms())
            while True:
                try:
                    action, done = self._actions.get_nowait()
                except queue.Empty:
                    break
                try:
                    action()
                finally:
                    done.set()
            self._pending += self.box.advance(self.now_ms())
            if self._pending:
                sent = self.transport.send(bytes(self._pending))
                del self._pending[:sent]
