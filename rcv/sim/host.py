"""The thin shell around a :class:`~rcv.sim.hub.SimHub`: a thread that puts it on a
pseudo-terminal (Linux/macOS; prints a path any serial program can open) or on a TCP port
(pyserial ``socket://127.0.0.1:PORT``, which also works on Windows).

Unplugging closes the pty (a new one, with a new path, is made on replug: a link reaches it
through :meth:`VirtualHub.opener`) or drops the TCP client and stops listening. While unplugged
the hub keeps running and its frames go nowhere, as on a real line; ``usb_powered`` hubs reboot
on replug instead. Output can be paced to a baud rate like a real UART.
"""

from __future__ import annotations

import contextlib
import os
import queue
import select
import socket
import threading
import time
from collections.abc import Callable

import serial

from rcv.hardware.protocol import Command, HubFrame
from rcv.sim.hub import Faults, SimHub
from rcv.sim.wire import RcvWire, Wire

MAX_PENDING = 64 * 1024  # a hub's transmit buffer; beyond it frames are dropped


class PtyTransport:
    """A pseudo-terminal pair: the hub holds the master; ``path`` is the serial device."""

    def __init__(self) -> None:
        self.master: int | None = None
        self._slave: int | None = None
        self.path: str | None = None

    def open(self) -> None:
        import tty  # POSIX only: Windows uses TcpTransport

        master, slave = os.openpty()
        tty.setraw(slave)  # no echo, no line editing, before anyone opens it
        os.set_blocking(master, False)
        self.master, self._slave, self.path = master, slave, os.ttyname(slave)

    def close(self) -> None:
        for fd in (self.master, self._slave):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self.master = self._slave = None
        self.path = None

    @property
    def url(self) -> str | None:
        return self.path

    def read_fds(self) -> list[int]:
        return [self.master] if self.master is not None else []

    def on_readable(self, fd: int) -> bytes:
        try:
            return os.read(fd, 4096)
        except (BlockingIOError, InterruptedError):
            return b""
        except OSError:  # nobody has the port open (EIO): nothing to read
            return b""

    def send(self, data: bytes) -> int:
        if self.master is None:
            return len(data)  # unplugged: into the void
        try:
            return os.write(self.master, data)
        except (BlockingIOError, InterruptedError):
            return 0


class TcpTransport:
    """One client at a time on 127.0.0.1:``port`` (0 picks a free port)."""

    def __init__(self, port: int = 0, host: str = "127.0.0.1") -> None:
        self.host, self.port = host, port
        self._server: socket.socket | None = None
        self._client: socket.socket | None = None
        self.on_connect: Callable[[], None] = lambda: None

    def open(self) -> None:
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind((self.host, self.port))
        server.listen(1)
        server.setblocking(False)
        self.port = server.getsockname()[1]
        self._server = server

    def close(self) -> None:
        for s in (self._client, self._server):
            if s is not None:
                s.close()
        self._client = self._server = None

    @property
    def url(self) -> str | None:
        return f"socket://{self.host}:{self.port}" if self._server else None

    def read_fds(self) -> list[int]:
        return [s.fileno() for s in (self._server, self._client) if s is not None]

    def on_readable(self, fd: int) -> bytes:
        if self._server is not None and fd == self._server.fileno():
            try:
                client, _ = self._server.accept()
            except OSError:
                return b""
            if self._client is not None:
                self._client.close()
            client.setblocking(False)
            client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._client = client
            self.on_connect()
            return b""
        if self._client is None:
            return b""
        try:
            data = self._client.recv(4096)
        except (BlockingIOError, InterruptedError):
            return b""
        except OSError:
            data = b""
        if not data:  # the client went away
            self._client.close()
            self._client = None
        return data

    def send(self, data: bytes) -> int:
        if self._client is None:
            return len(data)
        try:
            return self._client.send(data)
        except (BlockingIOError, InterruptedError):
            return 0
        except OSError:
            self._client.close()
            self._client = None
            return len(data)


Transport = PtyTransport | TcpTransport


class VirtualHub:
    """A :class:`SimHub` served on a transport by its own thread. Control from any thread."""

    def __init__(
        self,
        sim: SimHub,
        transport: Transport | None = None,
        wire: Wire | None = None,
        baud: int | None = None,
        usb_powered: bool = False,
        reset_on_connect: bool = False,
    ) -> None:
        self.sim = sim
        self.transport = transport or PtyTransport()
        self.wire = wire or RcvWire()
        self.baud = baud
        self.usb_powered = usb_powered
        self.plugged = False
        self._t0 = time.monotonic()
        self._actions: queue.Queue[tuple[Callable[[], None], threading.Event]] = queue.Queue()
        # a socket pair, not a pipe: select() on Windows only takes sockets
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._pending = bytearray()
        self._credit = 0.0
        self._last = 0.0
        self.dropped_bytes = 0
        self.on_command: Callable[[Command], None] = lambda command: None  # on the hub thread
        # frames for which this says True are lost on the line (a test's way to lose hellos)
        self.lose: Callable[[HubFrame], bool] = lambda frame: False
        if reset_on_connect and isinstance(self.transport, TcpTransport):
            self.transport.on_connect = lambda: self.sim.reboot(self.now_ms())

    def now_ms(self) -> int:
        return int((time.monotonic() - self._t0) * 1000)

    @property
    def url(self) -> str | None:
        """The path or URL to open now (changes after a pty replug)."""
        return self.transport.url

    def opener(self, timeout_s: float = 0.02) -> Callable[[], serial.SerialBase]:
        """A port opener for :class:`~rcv.hardware.link.HubLink` that follows replugs."""
        hub = self

        class _Opener:
            label = f"sim:{hub.sim.spec.hub_id}"

            def __call__(self) -> serial.SerialBase:
                url = hub.url
                if url is None:
                    raise serial.SerialException("bộ mô phỏng đang rút cáp (unplugged)")
                return serial.serial_for_url(
                    url, baudrate=115200, timeout=timeout_s, write_timeout=0.5
                )

        return _Opener()

    # -- control -----------------------------------------------------------------------------
    def start(self) -> None:
        self.transport.open()
        self.plugged = True
        self.sim.boot(self.now_ms())
        self._thread = threading.Thread(target=self._run, name="virtual hub", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake_w.send(b"x")
        if self._thread is not None:
            self._thread.join(5.0)
        self.transport.close()
        self._wake_r.close()
        self._wake_w.close()

    def call(self, action: Callable[[], None], timeout_s: float = 5.0) -> bool:
        """Run ``action`` on the hub's thread; True once it has run."""
        done = threading.Event()
        self._actions.put((action, done))
        self._wake_w.send(b"x")
        return done.wait(timeout_s)

    def unplug(self) -> bool:
        def act() -> None:
            self.transport.close()
            self.plugged = False
            self._pending.clear()

        return self.call(act)

    def replug(self) -> bool:
        def act() -> None:
            self.transport.open()
            self.plugged = True
            if self.usb_powered:
                self.sim.reboot(self.now_ms())

        return self.call(act)

    def set_faults(self, faults: Faults) -> bool:
        return self.call(lambda: setattr(self.sim, "faults", faults))

    def tell_answer(self, question_id: str, key: str) -> bool:
        return self.call(lambda: self.sim.tell_answer(question_id, key))

    def inject(self, data: bytes) -> bool:
        """Put bytes on the line as they are (noise, a forged frame) after what is queued."""
        return self.call(lambda: self._queue_out(data))

    def command(self, command: Command) -> bool:
        """Act on a command as if rcv had sent it on the line."""
        return self.call(lambda: self.sim.handle(command, self.now_ms()))

    # -- the thread --------------------------------------------------------------------------
    def _run(self) -> None:
        while not self._stop.is_set():
            now = self.now_ms()
            due = self.sim.next_due()
            wait = 0.05 if due is None else min(0.05, max(0.0, (due - now) / 1000))
            if self._pending:
                wait = min(wait, 0.002)
            wake = self._wake_r.fileno()
            fds = [wake, *self.transport.read_fds()]
            try:
                readable, _, _ = select.select(fds, [], [], wait)
            except (OSError, ValueError):
                readable = []
            for fd in readable:
                if fd == wake:
                    with contextlib.suppress(BlockingIOError, InterruptedError):
                        self._wake_r.recv(64)
                    continue
                data = self.transport.on_readable(fd)
                if data:
                    self._queue_out(self.wire.reply(data))
                    for command in self.wire.commands(data):
                        self.sim.handle(command, self.now_ms())
                        self.on_command(command)
            self._run_actions()
            for frame in self.sim.advance(self.now_ms()):
                if not self.lose(frame):
                    self._queue_out(self.sim.line_faults(self.wire.encode(frame)))
            self._flush()

    def _run_actions(self) -> None:
        while True:
            try:
                action, done = self._actions.get_nowait()
            except queue.Empty:
                return
            try:
                action()
            finally:
                done.set()

    def _queue_out(self, data: bytes) -> None:
        if not self.plugged or not data:
            return
        if len(self._pending) + len(data) > MAX_PENDING:
            self.dropped_bytes += len(data)
            return
        self._pending += data

    def _flush(self) -> None:
        if not self._pending:
            self._last = time.monotonic()
            return
        size = len(self._pending)
        if self.baud:
            now = time.monotonic()
            self._credit = min(self._credit + (now - self._last) * self.baud / 10, 4096.0)
            self._last = now
            size = min(size, int(self._credit))
            if size <= 0:
                return
        sent = self.transport.send(bytes(self._pending[:size]))
        del self._pending[:sent]
        if self.baud:
            self._credit -= sent
