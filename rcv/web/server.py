"""The answer server: HTTP for the event's pages and WebSockets for their messages, on one port
of the interface the operator chose, run by ``websockets`` (asyncio) on a worker thread.

Everything a page sends is checked (:mod:`rcv.web.wire`), rate-limited (:mod:`rcv.web.limits`)
and reported to the consumer's ``sink`` from the worker thread, in batches (one per turn of the
loop): a seat's answer as a :class:`~rcv.hardware.events.KeyPress` or
:class:`~rcv.web.wire.TypedAnswer` stamped with the show clock when it was read, corrected by
half that phone's measured round trip; whatever cannot be a press as a
:class:`~rcv.hardware.events.RejectedFrame` with its reason. The server never touches game
state: what each page sees comes from the consumer's ``publish_*`` calls (thread-safe).
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from websockets.asyncio.server import Server, ServerConnection, broadcast, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from rcv.clock import Clock
from rcv.hardware.events import LinkEvent, LinkStatus, RejectedFrame
from rcv.hardware.frames import RejectReason
from rcv.web import seats as sb
from rcv.web.gate import PageGate
from rcv.web.keys import EventKeys
from rcv.web.limits import Limits, RateLimit
from rcv.web.pages import Page
from rcv.web.phone_link import PhoneLink, answer_of, devices_of, peer_of
from rcv.web.store import WebStore
from rcv.web.wire import (
    HUB_ID,
    PORT,
    AudienceAnswer,
    Devices,
    Message,
    RefereeReport,
    TakeoverRequest,
    dump,
    parse,
)

PING_S = 5.0  # each phone's round trip is measured this often (and right after it joins)
STRIKES = 40  # messages over the limit before the connection is closed

Sink = Callable[[list[Any]], None]


class AnswerServer:
    """One event's server. ``start`` binds and returns the port; ``stop`` closes every
    connection and joins the thread. ``sink`` receives lists of reports on the worker thread."""

    def __init__(
        self,
        keys: EventKeys,
        store: WebStore,
        seats: set[int],
        pages: dict[str, Page],
        texts: dict[str, dict[str, str]],
        sink: Sink,
        clock: Clock,
        limits: Limits | None = None,
    ) -> None:
        self.keys = keys
        self.book = sb.SeatBook(keys, store, set(seats))
        self.sink = sink
        self.clock = clock
        self.limits = limits or Limits()
        self.host = ""
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stop: asyncio.Event | None = None
        self._holders: dict[int, PhoneLink] = {}  # seat -> the connection holding it
        self._waiting: dict[int, PhoneLink] = {}  # seat -> a device asking to take it over
        self._conns: set[PhoneLink] = set()
        self._by_address: dict[str, int] = {}
        self._views: dict[int, str] = {}  # seat -> its last view (sent on join)
        self._public = ""
        self._round = ""
        self._batch: list[Any] = []
        self._gate = PageGate(pages, texts, self.limits)
        self._joins = RateLimit(self.limits.join_burst, self.limits.join_per_s)
        self._failed = RateLimit(
            self.limits.joins_failed_per_min, self.limits.joins_failed_per_min / 60
        )
        self._devices: Devices | None = None
        self._seen: dict[tuple[int, int], deque[int]] = {}  # (seat, generation) -> numbers
        self._lockout = 0.0  # too many failed joins everywhere: joins wait until then

    # -- lifecycle (any thread) --------------------------------------------------------------
    def start(self, host: str = "127.0.0.1", port: int = 0, timeout_s: float = 10.0) -> int:
        ready = threading.Event()
        problem: list[BaseException] = []

        def run() -> None:
            try:
                asyncio.run(self._main(host, port, ready))
            except BaseException as exc:  # reported to start() when binding failed
                problem.append(exc)
                ready.set()

        self._thread = threading.Thread(target=run, name="rcv-web", daemon=True)
        self._thread.start()
        ready.wait(timeout_s)
        if problem:
            raise problem[0]
        return self.port

    def stop(self, timeout_s: float = 5.0) -> None:
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop has just finished on its own
                loop.call_soon_threadsafe(stop.set)
        if self._thread is not None:
            self._thread.join(timeout_s)
        self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- from the consumer (any thread) ------------------------------------------------------
    def publish_seats(self, views: dict[int, dict[str, Any]]) -> None:
        """Each seat's own view (:func:`rcv.web.views.seat_view`)."""
        self._call(self._send_views, {seat: dump(v) for seat, v in views.items()})

    def publish_public(self, data: dict[str, Any]) -> None:
        """The public view, to the audience pages and the overlay."""
        self._call(self._send_public, dump(data))

    def publish_round(self, data: dict[str, Any]) -> None:
        """The audience question (open or closed), to the audience pages."""
        self._call(self._send_round, dump(data))

    def approve(self, seat: int) -> None:
        """The MC lets the device waiting for ``seat`` take it over."""
        self._call(self._approve, seat)

    def refuse(self, seat: int) -> None:
        self._call(self._refuse, seat)

    def _call(self, fn: Callable[..., None], *args: Any) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # stopping
                loop.call_soon_threadsafe(fn, *args)

    # -- the loop ----------------------------------------------------------------------------
    async def _main(self, host: str, port: int, ready: threading.Event) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        async with serve(
            self._handle,
            host,
            port,
            process_request=self._http_request,
            max_size=self.limits.message_bytes,
            max_queue=32,
            compression=None,
            server_header=None,
            ping_interval=20,
            ping_timeout=20,
        ) as server:
            self.host, self.port = host, _bound_port(server)
            self._report(LinkStatus(PORT, HUB_ID, LinkEvent.CONNECTED, self.clock.now_ms()))
            ready.set()
            ticker = asyncio.create_task(self._tick())
            await self._stop.wait()
            ticker.cancel()
            broadcast([c.ws for c in self._conns], dump({"t": "closed"}))
            server.close(close_connections=True)
            await server.wait_closed()
        self._report(LinkStatus(PORT, HUB_ID, LinkEvent.STOPPED, self.clock.now_ms()))
        self._flush()

    def _http_request(self, connection: ServerConnection, request: Request) -> Response | None:
        peer = peer_of(connection)
        busy = len(self._conns) >= self.limits.connections or (
            self._by_address.get(peer, 0) >= self.limits.connections_per_address
        )
        return self._gate.answer(peer, request, busy)

    async def _handle(self, ws: ServerConnection) -> None:
        conn = PhoneLink(ws, peer_of(ws))
        bucket = RateLimit(self.limits.messages_burst, self.limits.messages_per_s, keys=1)
        self._conns.add(conn)
        self._by_address[conn.peer] = self._by_address.get(conn.peer, 0) + 1
        try:
            async for text in ws:
                if not bucket.allow("", time.monotonic()):
                    conn.strikes += 1
                    self._refused(conn, RejectReason.REPEAT, None)
                    if conn.strikes >= STRIKES:
                        await ws.close(1008, "too many messages")
                    continue
                self._on_message(conn, text)
        except ConnectionClosed:
            pass
        finally:
            self._gone(conn)

    def _on_message(self, conn: PhoneLink, text: str | bytes) -> None:
        message = parse(text, self.limits.message_bytes)
        if message is None:
            self._refused(conn, RejectReason.MALFORMED, None)
            return
        kind, f = message.kind, message.fields
        if kind == "pong":
            sent = conn.pings.pop(f["id"], None)
            if sent is not None:
                conn.rtts.append((time.perf_counter() - sent) * 1000)
        elif kind in ("join", "resume"):
            self._join(conn, message)
        elif kind == "hello":
            self._hello(conn, f)
        elif kind in ("press", "type") and conn.role == "seat" and conn.seat is not None:
            self._press(conn, message)
        elif kind == "aud" and conn.role == "audience":
            self._report(AudienceAnswer(conn.device, f["round"], f["key"], self.clock.now_ms()))
        elif kind == "wrong" and conn.role == "referee":
            name = conn.name or conn.peer
            now = self.clock.now_ms()
            self._report(RefereeReport(name, f["first"], f["last"], f["seats"], now))
            self._send(conn, {"t": "ack", "n": len(f["seats"])})
        else:
            self._refused(conn, RejectReason.UNKNOWN_TYPE, None)

    def _press(self, conn: PhoneLink, message: Message) -> None:
        received = self.clock.now_ms()
        at = received - conn.correction_ms()
        seat, f = conn.seat, message.fields
        assert seat is not None
        n = f["n"]
        key = f.get("key") or ""
        self._send(conn, {"t": "ack", "n": n})
        seen = self._seen.setdefault((seat, conn.generation), deque(maxlen=256))
        if n in seen:  # sent again after a reconnect: it has been counted
            frame = RejectedFrame(
                PORT, HUB_ID, RejectReason.DUPLICATE, received, seat=seat, seq=n, key=key,
                boot=conn.generation,
            )  # fmt: skip
            self._report(frame)
            return
        seen.append(n)
        self._report(answer_of(conn, message, seat, at, received))

    def _join(self, conn: PhoneLink, message: Message) -> None:
        now = time.monotonic()
        if now < self._lockout or not self._joins.allow(conn.peer, now):
            self._send(conn, {"t": "refused", "why": "too_many"})
            return
        f = message.fields
        if message.kind == "resume":
            join = self.book.by_session(f["session"])
        elif "token" in f:
            join = self.book.by_token(f["token"])
        else:
            join = self.book.by_pin(f["seat"], f["pin"])
        seat = join.seat
        if join.outcome in (sb.BAD_TOKEN, sb.BAD_PIN, sb.UNKNOWN_SEAT) or seat is None:
            if not self._failed.allow("all", now):  # every failure counts in one budget too
                self._lockout = now + 30
            self._send(conn, {"t": "refused", "why": join.outcome})
            return
        if join.outcome == sb.REPLACED:
            self._send(conn, {"t": "replaced"})
            return
        if join.outcome == sb.RESUMED:
            self._hold(conn, seat, None)
            return
        if join.outcome == sb.TAKEOVER:
            old = self._waiting.get(seat)
            if old is not None and old is not conn:
                self._send(old, {"t": "refused", "why": "bad_token"})
            self._waiting[seat] = conn
            conn.role, conn.seat = "waiting", seat
            self._send(conn, {"t": "waiting"})
            self._report(TakeoverRequest(seat, conn.peer, self.clock.now_ms()))
            self._devices = None
            return
        self._hold(conn, seat, self.book.bind(seat, join.nonce))

    def _hold(self, conn: PhoneLink, seat: int, session: str | None) -> None:
        """``conn`` holds ``seat`` now (``session``: a new key to give it)."""
        old = self._holders.get(seat)
        if old is not None and old is not conn:
            old.role, old.seat = "", None
            self._send(old, {"t": "replaced"})
        conn.role, conn.seat, conn.generation = "seat", seat, self.book.generation(seat)
        self._holders[seat] = conn
        reply: dict[str, Any] = {"t": "joined", "seat": seat}
        if session is not None:
            reply["session"] = session
        else:
            reply["session"] = self.keys.session_key(seat, conn.generation)
        self._send(conn, reply)
        view = self._views.get(seat)
        if view is not None:
            broadcast([conn.ws], view)
        conn.next_ping = 0.0  # measure its round trip now
        self._devices = None

    def _approve(self, seat: int) -> None:
        conn = self._waiting.pop(seat, None)
        if conn is not None and conn in self._conns:
            self._hold(conn, seat, self.book.bind(seat))

    def _refuse(self, seat: int) -> None:
        conn = self._waiting.pop(seat, None)
        if conn is not None:
            conn.role, conn.seat = "", None
            self._send(conn, {"t": "refused", "why": "bad_token"})
        self._devices = None

    def _hello(self, conn: PhoneLink, f: dict[str, Any]) -> None:
        role = f["role"]
        page = "referee" if role == "referee" else "audience"
        if not self._joins.allow(conn.peer, time.monotonic()) or not self.keys.page_ok(
            page, f["key"]
        ):
            self._send(conn, {"t": "refused", "why": "bad_token"})
            return
        conn.role, conn.name = role, f["name"]
        conn.device = secrets.token_hex(8)
        self._send(conn, {"t": "hello", "role": role})
        if role in ("audience", "overlay") and self._public:
            broadcast([conn.ws], self._public)
        if role == "audience" and self._round:
            broadcast([conn.ws], self._round)
        self._devices = None

    def _gone(self, conn: PhoneLink) -> None:
        self._conns.discard(conn)
        left = self._by_address.get(conn.peer, 1) - 1
        if left > 0:
            self._by_address[conn.peer] = left
        else:
            self._by_address.pop(conn.peer, None)
        if conn.seat is not None and self._holders.get(conn.seat) is conn:
            del self._holders[conn.seat]
        if conn.seat is not None and self._waiting.get(conn.seat) is conn:
            del self._waiting[conn.seat]
        self._devices = None

    # -- to the pages ------------------------------------------------------------------------
    def _send_views(self, views: dict[int, str]) -> None:
        self._views.update(views)
        for seat, text in views.items():
            conn = self._holders.get(seat)
            if conn is not None:
                broadcast([conn.ws], text)

    def _send_public(self, text: str) -> None:
        self._public = text
        broadcast([c.ws for c in self._conns if c.role in ("audience", "overlay")], text)

    def _send_round(self, text: str) -> None:
        self._round = text
        broadcast([c.ws for c in self._conns if c.role == "audience"], text)

    def _send(self, conn: PhoneLink, message: dict[str, Any]) -> None:
        broadcast([conn.ws], dump(message))

    async def _tick(self) -> None:
        """Every second: measure round trips that are due, report who is connected."""
        ping = 0
        while True:
            now = time.perf_counter()
            for conn in list(self._holders.values()):
                if now >= conn.next_ping:
                    ping += 1
                    conn.pings = {ping: now}
                    conn.next_ping = now + PING_S
                    self._send(conn, {"t": "ping", "id": ping})
            if self._devices is None:
                self._devices = devices_of(self._holders, self._conns, self._waiting)
                self._report(self._devices)
            await asyncio.sleep(1.0)

    # -- to the consumer ---------------------------------------------------------------------
    def _refused(self, conn: PhoneLink, reason: RejectReason, key: str | None) -> None:
        now = self.clock.now_ms()
        seat = conn.seat if conn.role == "seat" else None
        self._report(RejectedFrame(PORT, HUB_ID, reason, now, seat=seat, key=key))

    def _report(self, report: Any) -> None:
        if not self._batch and self._loop is not None:
            self._loop.call_soon(self._flush)
        self._batch.append(report)

    def _flush(self) -> None:
        batch, self._batch = self._batch, []
        if batch:
            self.sink(batch)


def _bound_port(server: Server) -> int:
    return int(next(iter(server.sockets)).getsockname()[1])
