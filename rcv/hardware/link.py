"""A reader thread per serial port: opens it, pumps bytes through a session, hands events to the
consumer, writes queued commands, and reopens the port after it is lost.

Every port operation — open, read, write, close — happens on the link's own worker thread, so
a blocking ``close()`` (CH340) or a write timeout never freezes the GUI. The consumer is called
on that worker thread: give it ``queue.Queue.put`` or another thread-safe callable, never a Qt
object. Nothing escapes the thread: a failing port is reported (``lost``) and reopened; a
consumer that raises is logged and counted.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Protocol

import serial

from rcv.clock import Clock, SystemClock
from rcv.hardware.events import HardwareEvent, LinkEvent, LinkStatus
from rcv.hardware.pairing import PairingTable
from rcv.hardware.ports import PortOpener, opener_for
from rcv.hardware.profile import DeviceProfile
from rcv.hardware.profile_session import ProfileSession
from rcv.hardware.protocol import Command, Hello
from rcv.hardware.session import HubSession, SessionOptions
from rcv.hardware.tracking import LinkStats

log = logging.getLogger(__name__)

Consumer = Callable[[HardwareEvent], None]
RawTap = Callable[[str, bytes], None]  # ("in" or "out", the bytes), on the worker thread


class Session(Protocol):
    needs_hello: bool  # rcv hubs say hello; profile devices never do
    port: str
    connected: bool
    stats: LinkStats

    @property
    def hub_id(self) -> str: ...
    def on_connected(self, now_ms: int) -> None: ...
    def on_lost(self, now_ms: int) -> list[HardwareEvent]: ...
    def close(self, now_ms: int) -> list[HardwareEvent]: ...
    def submit(self, command: Command) -> None: ...
    def outgoing(self, now_ms: int) -> list[bytes]: ...
    def feed(self, data: bytes, now_ms: int) -> list[HardwareEvent]: ...
    def tick(self, now_ms: int) -> list[HardwareEvent]: ...


class HubLink:
    """One port, one worker thread. ``start()`` once, ``send()`` from any thread, ``stop()``.

    ``port`` is a path, a pyserial URL, ``usb:VID:PID[:SERIAL]`` or an opener (any callable
    returning an open ``serial.SerialBase``, called again to reconnect). Without a ``profile``
    (or with a profile of kind ``rcv``) the port speaks the rcv hub protocol. ``seat``
    (–``last_seat``) are the port's own seats and ``pairing`` the table of keypads that say
    their ID (device profiles). ``raw`` sees every byte read and written, as it comes.
    """

    def __init__(
        self,
        port: str | PortOpener,
        consumer: Consumer,
        *,
        clock: Clock | None = None,
        profile: DeviceProfile | None = None,
        options: SessionOptions | None = None,
        seat: int | None = None,
        reconnect_s: float = 0.5,
        name: str | None = None,
        last_seat: int | None = None,
        pairing: PairingTable | None = None,
        raw: RawTap | None = None,
    ) -> None:
        baud = profile.baud if profile else 115200
        self._opener: PortOpener = opener_for(port, baud) if isinstance(port, str) else port
        self.label = name or self._opener.label
        self._consumer = consumer
        self._clock = clock or SystemClock()
        self.session: Session
        if profile is None or profile.kind == "rcv":
            self.session = HubSession(self.label, options)
        elif profile.kind == "serial":
            self.session = ProfileSession(
                self.label, profile, seat, last_seat=last_seat, pairing=pairing
            )
        else:
            raise ValueError(f"{profile.name}: hồ sơ bàn phím không dùng cổng serial")
        self._reconnect_s = reconnect_s
        self._commands: queue.Queue[Command] = queue.Queue()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.consumer_errors = 0
        self.session_errors = 0
        self._raw = raw

    # -- the caller's side (any thread) ------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("link already started")
        self._thread = threading.Thread(target=self._run, name=f"hub {self.label}", daemon=True)
        self._thread.start()

    @property
    def started(self) -> bool:
        return self._thread is not None

    def stop(self, timeout_s: float = 2.0) -> bool:
        """Ask the worker to close the port and end; True when it has ended within the timeout."""
        self._stop.set()
        if self._thread is None:
            return True
        self._thread.join(timeout_s)
        return not self._thread.is_alive()

    def send(self, command: Command) -> None:
        """Queue a command for the hub; written by the worker (after the hello, if needed)."""
        self._commands.put(command)

    @property
    def hub_id(self) -> str:
        return self.session.hub_id

    @property
    def hello(self) -> Hello | None:
        return getattr(self.session, "hello", None)

    @property
    def connected(self) -> bool:
        return self.session.connected

    def stats(self) -> LinkStats:
        with self._lock:
            return self.session.stats.copy()

    def set_pairing(self, table: PairingTable) -> None:
        """Use this pairing table from the next message on (any thread)."""
        with self._lock:
            if isinstance(self.session, ProfileSession):
                self.session.pairing = table

    # -- the worker --------------------------------------------------------------------------
    def _run(self) -> None:
        lost_at: int | None = None
        ever_connected = False
        open_failure_told = False
        while not self._stop.is_set():
            self._drain_commands()
            try:
                port = self._opener()
                self._make_safe(port)
            except Exception as exc:  # any failure to open: tell once, try again later
                if not open_failure_told:
                    open_failure_told = True
                    self._emit([self._status(LinkEvent.OPEN_FAILED, str(exc)[:200])])
                self._stop.wait(self._reconnect_s)
                continue
            now = self._clock.now_ms()
            with self._lock:
                self.session.on_connected(now)
            if ever_connected:
                outage = None if lost_at is None else now - lost_at
                self._emit([self._status(LinkEvent.RECONNECTED, f"{outage} ms", outage)])
            else:
                self._emit([self._status(LinkEvent.CONNECTED, self.label)])
            ever_connected, open_failure_told = True, False
            try:
                self._pump(port)
            except Exception as exc:  # the port failed: cable pulled, adapter gone, EOF …
                lost_at = self._clock.now_ms()
                with self._lock:
                    events = self.session.on_lost(lost_at)
                self._emit([*events, self._status(LinkEvent.LOST, str(exc)[:200])])
            finally:
                self._close(port)
        with self._lock:
            events = self.session.close(self._clock.now_ms())
        self._emit([*events, self._status(LinkEvent.STOPPED)])

    def _pump(self, port: serial.SerialBase) -> None:
        clock, session, lock = self._clock, self.session, self._lock
        while not self._stop.is_set():
            self._drain_commands()
            with lock:
                out = session.outgoing(clock.now_ms())
            for data in out:
                if self._raw is not None:
                    self._tap("out", data)
                try:
                    port.write(data)
                except serial.SerialTimeoutException:
                    self._emit([self._status(LinkEvent.WRITE_FAILED, data[:40].decode("latin-1"))])
            waiting = port.in_waiting
            data = port.read(waiting if waiting > 0 else 1)
            now = clock.now_ms()
            if data and self._raw is not None:
                self._tap("in", data)
            events: list[HardwareEvent] = []
            with lock:
                try:  # the session refuses a bad line itself; this is the last guard
                    events = session.feed(data, now) if data else []
                    events += session.tick(now)
                except Exception:  # a session bug is not a port failure: keep reading
                    self.session_errors += 1
                    log.exception("hub session failed on %s", self.label)
            if events:
                self._emit(events)

    def _drain_commands(self) -> None:
        while True:
            try:
                command = self._commands.get_nowait()
            except queue.Empty:
                return
            with self._lock:
                self.session.submit(command)

    @staticmethod
    def _make_safe(port: serial.SerialBase) -> None:
        """Short read timeout (the loop must come round) and a write timeout, always."""
        if port.timeout is None or port.timeout > 0.1:
            port.timeout = 0.05
        if port.write_timeout is None:
            port.write_timeout = 0.5

    @staticmethod
    def _close(port: serial.SerialBase) -> None:
        try:
            port.close()
        except Exception:  # closing a port that is gone may fail; nothing more to do
            log.debug("close failed", exc_info=True)

    def _tap(self, direction: str, data: bytes) -> None:
        try:
            assert self._raw is not None
            self._raw(direction, data)
        except Exception:  # a monitor that fails must not stop the link
            log.exception("raw tap failed on %s", self.label)

    def _emit(self, events: list[HardwareEvent]) -> None:
        for event in events:
            try:
                self._consumer(event)
            except Exception:
                self.consumer_errors += 1
                log.exception("hardware consumer failed on %r", event)

    def _status(self, kind: LinkEvent, detail: str = "", outage: int | None = None) -> LinkStatus:
        return LinkStatus(
            self.label, self.session.hub_id, kind, self._clock.now_ms(), detail, outage_ms=outage
        )
