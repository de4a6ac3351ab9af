"""Self-test check of the keypad path: a simulated hub on a TCP loopback port, and rcv's own
link (:class:`~rcv.hardware.link.HubLink`) reaching it through pyserial's ``socket://``.

This is the path a real hub's presses take — pyserial, the reader thread, the hub protocol's
parser and checksum, the session (hello, sequence numbers), the clock map — with only the wire
replaced. :class:`LoopbackHub` serves :class:`~rcv.hardware.simulator.SimHub` with sockets alone
(``select`` on sockets works everywhere, Windows included); the show's simulator host
(:mod:`rcv.hardware.simhost`) uses pseudo-terminals and pipes, which Windows lacks.
"""

from __future__ import annotations

import contextlib
import queue
import select
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

from rcv.hardware.events import HardwareEvent, HubMessage, KeyPress, LinkEvent, LinkStatus
from rcv.hardware.protocol import Ack, Arm, Lock
from rcv.hardware.simulator import HubSpec, People, SimHub
from rcv.hardware.simwire import RcvWire
from rcv.selftest import CheckFailed, Outcome

HUB_ID = "KIEMTRA"
QUESTION = "tu-kiem-tra"
WAIT_S = 5.0


class LoopbackHub:
    """A :class:`SimHub` on ``127.0.0.1`` (a free port), one client at a time, one thread.

    The hub boots (and says hello) when a client connects, like a hub reset by the adapter.
    """

    def __init__(self, sim: SimHub) -> None:
        self.sim = sim
        self.wire = RcvWire()
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(1)
        self.port = self._server.getsockname()[1]
        self._client: socket.socket | None = None
        self._wake_r, self._wake_w = socket.socketpair()
        self._stop = threading.Event()
        self._t0 = time.monotonic()
        self._thread = threading.Thread(target=self._run, name="self-test hub", daemon=True)
        self.commands: list[str] = []

    @property
    def url(self) -> str:
        return f"socket://127.0.0.1:{self.port}"

    def now_ms(self) -> int:
        return int((time.monotonic() - self._t0) * 1000)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")
        self._thread.join(WAIT_S)
        for s in (self._client, self._server, self._wake_r, self._wake_w):
            if s is not None:
                with contextlib.suppress(OSError):
                    s.close()

    def _run(self) -> None:
        while not self._stop.is_set():
            due = self.sim.next_due()
            now = self.now_ms()
            wait = 0.05 if due is None else min(0.05, max(0.0, (due - now) / 1000))
            sockets = [self._server, self._wake_r] + ([self._client] if self._client else [])
            try:
                readable, _, _ = select.select(sockets, [], [], wait)
            except (OSError, ValueError):
                return
            for s in readable:
                if s is self._server:
                    self._accept()
                elif s is self._wake_r:
                    with contextlib.suppress(OSError):
                        s.recv(64)
                else:
                    self._receive()
            self._send_due()

    def _accept(self) -> None:
        client, _ = self._server.accept()
        client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if self._client is not None:
            self._client.close()
        self._client = client
        self.sim.boot(self.now_ms())

    def _receive(self) -> None:
        assert self._client is not None
        try:
            data = self._client.recv(4096)
        except OSError:
            data = b""
        if not data:
            self._client.close()
            self._client = None
            return
        for command in self.wire.commands(data):
            self.commands.append(type(command).__name__)
            self.sim.handle(command, self.now_ms())

    def _send_due(self) -> None:
        frames = self.sim.advance(self.now_ms())
        if self._client is None or not frames:
            return
        data = b"".join(self.wire.encode(frame) for frame in frames)
        with contextlib.suppress(OSError):
            self._client.sendall(data)


def _wait_for(
    events: queue.Queue[HardwareEvent],
    seen: list[HardwareEvent],
    want: type,
    test: Callable[[Any], bool] | None = None,
    timeout: float | None = None,
) -> HardwareEvent | None:
    """The first event of type ``want`` (matching ``test`` if given), from ``seen`` or new,
    waiting up to ``timeout`` seconds (default :data:`WAIT_S`)."""

    def matches(event: HardwareEvent) -> bool:
        return isinstance(event, want) and (test is None or test(event))

    for event in seen:
        if matches(event):
            return event
    deadline = time.monotonic() + (WAIT_S if timeout is None else timeout)
    while (left := deadline - time.monotonic()) > 0:
        try:
            event = events.get(timeout=left)
        except queue.Empty:
            break
        seen.append(event)
        if matches(event):
            return event
    return None


def _serial_ports() -> str:
    try:
        from serial.tools import list_ports

        ports = sorted(list_ports.comports(), key=lambda p: p.device)
    except Exception as exc:  # listing ports is informative only
        return f"không liệt kê được cổng serial: {exc}"
    if not ports:
        return "chưa thấy cổng serial nào (cắm hub rồi xem: rcv hw ports)"
    names = ", ".join(f"{p.device} ({p.description})" for p in ports[:6])
    return f"cổng serial trên máy: {names}"


def check_hub_round_trip() -> Outcome:
    from rcv.hardware.link import HubLink

    people = People(accuracy=1.0, median_ms=300.0, spread=0.2, no_answer=0.0, change_mind=0.0)
    sim = SimHub(HubSpec(hub_id=HUB_ID, first_seat=1, last_seat=4), people, seed=1)
    sim.tell_answer(QUESTION, "B")
    hub = LoopbackHub(sim)
    events: queue.Queue[HardwareEvent] = queue.Queue()
    seen: list[HardwareEvent] = []
    hub.start()
    link = HubLink(hub.url, events.put, reconnect_s=0.2, name="tự kiểm tra")
    link.start()
    try:
        hello = _wait_for(events, seen, LinkStatus, lambda e: e.kind is LinkEvent.HELLO)
        if hello is None:
            failed = _wait_for(
                events, seen, LinkStatus, lambda e: e.kind is LinkEvent.OPEN_FAILED, timeout=0
            )
            why = f" ({failed.detail})" if isinstance(failed, LinkStatus) else ""
            raise CheckFailed(f"không mở được {hub.url} hoặc hub không chào{why}")
        armed_at = time.monotonic()
        link.send(Arm(QUESTION))
        press = _wait_for(events, seen, KeyPress)
        if not isinstance(press, KeyPress):
            raise CheckFailed("đã gửi ARM nhưng không nhận được lần bấm nào")
        after_ms = round((time.monotonic() - armed_at) * 1000)
        link.send(Lock(QUESTION))
        ack = _wait_for(
            events,
            seen,
            HubMessage,
            lambda e: isinstance(e.frame, Ack) and e.frame.command == "LOCK",
        )
        if ack is None:
            raise CheckFailed("hub không xác nhận lệnh LOCK")
    finally:
        stopped = link.stop()
        hub.stop()
    if not stopped:
        raise CheckFailed("không đóng được cổng (luồng đọc không dừng)")
    detail = (
        f"hub {HUB_ID} chào qua {hub.url}; ARM → ghế {press.seat} bấm {press.key} "
        f"sau {after_ms} ms; LOCK được xác nhận; đóng cổng"
    )
    return Outcome(detail, [_serial_ports()])
