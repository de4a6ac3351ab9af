"""One conversation with a device described by a :class:`DeviceProfile`: the same pure interface
as :class:`~rcv.hardware.session.HubSession`, for hardware nobody here designed.

Such devices say no hello and carry no sequence numbers. A message is a line, or a fixed-size
chunk of a byte stream for boxes that send no line end. A message with the device's own time is
mapped through a clock map like an rcv hub's; otherwise the press time is the time it was read.

Where the seat comes from: the message (moved to where the port's seats start), the pairing
table (keypads that name their own ID; an ID it does not know is refused as ``unpaired``,
named by its ID), or the port itself (one port per seat or team). A box that repeats a held
button has its repeats set aside as ``held`` (``hold_ms``); a box that sends back the commands
it is sent has that copy set aside as ``echo`` before anything is read (``echo: true``).

Every message ends as one record: a press, a refusal (a message no pattern matches is
``unrecognised``; one that matches but cannot be read is ``malformed``), or an expected line
(``ignore``) handed on as a :class:`~rcv.hardware.events.DeviceLine`. One bad message is
refused alone: nothing it holds can raise out of the session and take the port down.
"""

from __future__ import annotations

import logging

from rcv.hardware.clockmap import HubClockMap, Unwrapper
from rcv.hardware.device import Decoded, DeviceProfile
from rcv.hardware.events import (
    DeviceLine,
    HardwareEvent,
    HubMessage,
    KeyPress,
    LinkEvent,
    LinkStatus,
)
from rcv.hardware.framing import ChunkSplitter, EchoFilter
from rcv.hardware.lines import LineSplitter
from rcv.hardware.pairing import PairingTable
from rcv.hardware.protocol import Arm, Bad, Command, Lock, RejectReason, Reset
from rcv.hardware.records import Recorder
from rcv.hardware.tracking import LinkStats

log = logging.getLogger(__name__)


class ProfileSession(Recorder):
    """A device profile on one port. ``seat`` (–``last_seat``): the port's seats — the seat of
    a one-port box, or where the box's own seat 1 sits on the floor (None: as the box says)."""

    needs_hello = False

    def __init__(
        self,
        port: str,
        profile: DeviceProfile,
        seat: int | None = None,
        hub_id: str = "",
        *,
        last_seat: int | None = None,
        pairing: PairingTable | None = None,
    ) -> None:
        self.port = port
        self.profile = profile
        self.seat = seat or 1
        self.last_seat = last_seat
        self.hub_id = hub_id or profile.name
        self.pairing = pairing or PairingTable()  # swapped whole by the link, never edited
        self.stats = LinkStats()
        self.connected = False
        self._lines = LineSplitter(sync=None, max_line=profile.max_line)
        self._chunks = ChunkSplitter(profile.chunk)
        self._echo = EchoFilter(profile.echo_ms) if profile.echo else None
        self._clock = HubClockMap()
        self._unwrap = Unwrapper()
        self._last: dict[int, tuple[str, int]] = {}
        self._held: dict[int, tuple[str, int]] = {}
        self._mode: Arm | Lock | None = None
        self._out: list[bytes] = []
        self._connected_at = 0
        self._init_sent = False
        self._last_line = 0
        self._silent = False

    @property
    def seats(self) -> tuple[int, int] | None:
        """The seats this port can report, when they are fixed."""
        return self.profile.fixed_seats(self.seat, self.last_seat)

    def on_connected(self, now_ms: int) -> None:
        self.connected = True
        self.stats.connects += 1
        self._lines = LineSplitter(sync=None, max_line=self.profile.max_line)
        self._chunks = ChunkSplitter(self.profile.chunk)
        self._connected_at = now_ms
        self._last_line = now_ms
        self._init_sent = "init" not in self.profile.commands
        self._silent = False
        self._out = [] if self._mode is None else self._render(self._mode)

    def on_lost(self, now_ms: int) -> list[HardwareEvent]:
        self.connected = False
        events: list[HardwareEvent] = []
        for item in self._lines.flush():
            self.stats.lines += 1
            self.reject(events, item.reason, now_ms, item.detail)
        rest = self._chunks.flush()
        if rest:
            self.stats.lines += 1
            self.reject(events, RejectReason.TRUNCATED, now_ms, f"{len(rest)} bytes", rest)
        for copy in self._echo.flush() if self._echo else ():
            self._echoed(copy, now_ms, events)
        return events

    def close(self, now_ms: int) -> list[HardwareEvent]:
        return self.on_lost(now_ms) if self.connected else []

    def submit(self, command: Command) -> None:
        if isinstance(command, Arm | Lock):
            self._mode = command
        elif isinstance(command, Reset):
            self._mode = None
        if self.connected:
            self._out.extend(self._render(command))

    def _render(self, command: Command) -> list[bytes]:
        return self.profile.render(command, self.pairing.id_of, self.seat - 1)

    def outgoing(self, now_ms: int) -> list[bytes]:
        if not self.connected:
            return []
        if not self._init_sent and now_ms - self._connected_at >= self.profile.boot_ms:
            self._init_sent = True
            self._out.insert(0, self.profile.command_bytes(self.profile.commands["init"]))
        if not self._init_sent:
            return []  # the device is still booting after the reset on open
        out, self._out = self._out, []
        if self._echo is not None:
            for data in out:
                self._echo.sent(data, now_ms)
        return out

    def tick(self, now_ms: int) -> list[HardwareEvent]:
        beat = self.profile.heartbeat_ms
        if not self.connected or beat is None or self._silent:
            return []
        if now_ms - self._last_line >= 3 * beat + 500:
            self._silent = True
            detail = f"{now_ms - self._last_line} ms"
            return [LinkStatus(self.port, self.hub_id, LinkEvent.SILENT, now_ms, detail)]
        return []

    def feed(self, data: bytes, now_ms: int) -> list[HardwareEvent]:
        self.stats.bytes_in += len(data)
        events: list[HardwareEvent] = []
        if self._echo is not None:
            data, echoed = self._echo.take(data, now_ms)
            for copy in echoed:
                self._echoed(copy, now_ms, events)
        items: list[bytes | Bad]
        if self.profile.framing == "bytes":
            items = list(self._chunks.feed(data))
        else:
            items = list(self._lines.feed(data))
        for item in items:
            self.stats.lines += 1
            if isinstance(item, Bad):
                self.reject(events, item.reason, now_ms, item.detail)
                continue
            self._last_line = now_ms
            if self._silent:
                self._silent = False
                events.append(LinkStatus(self.port, self.hub_id, LinkEvent.ALIVE, now_ms))
            self.safely(lambda m=item: self._message(m, now_ms, events), item, now_ms, events)
        return events

    def _echoed(self, copy: bytes, now_ms: int, events: list[HardwareEvent]) -> None:
        """Our own command read back: one record, counted (never taken for a press)."""
        self.stats.lines += 1
        text = copy.decode("latin-1").encode("unicode_escape").decode("ascii")
        self.reject(events, RejectReason.ECHO, now_ms, text[:60], copy)

    def _message(self, item: bytes, now_ms: int, events: list[HardwareEvent]) -> None:
        if self.profile.framing == "bytes":
            text = item.decode("latin-1")
        else:
            text = item.decode("utf-8", errors="replace")
        decoded = self.profile.decode(text)
        if decoded is None:
            self.stats.control += 1
            events.append(HubMessage(self.port, self.hub_id, DeviceLine(text.strip()), now_ms))
        elif isinstance(decoded, Bad):
            self.reject(events, decoded.reason, now_ms, decoded.detail, item)
        else:
            self._press(decoded, item, now_ms, events)

    def _press(self, d: Decoded, raw: bytes, now_ms: int, events: list[HardwareEvent]) -> None:
        p = self.profile
        key = p.map_key(d.raw_key)
        if key is None:
            self.reject(
                events,
                RejectReason.UNRECOGNISED,
                now_ms,
                f"key {d.raw_key!r}",
                raw,
                device_id=d.device_id,
            )
            return
        if d.device_id is not None:
            paired = self.pairing.seat_of(d.device_id)
            if paired is None:
                self.reject(
                    events,
                    RejectReason.UNPAIRED,
                    now_ms,
                    f"id {d.device_id}",
                    raw,
                    key=key,
                    device_id=d.device_id,
                )
                return
            seat = paired
        elif d.seat is not None:
            seat = d.seat + self.seat - 1 + p.seat_offset
        else:
            seat = self.seat + p.seat_offset
        fixed = self.seats
        if seat < 1 or (fixed and not fixed[0] <= seat <= fixed[1]):
            self.reject(
                events,
                RejectReason.UNKNOWN_SEAT,
                now_ms,
                f"seat {seat}",
                raw,
                seat,
                key=key,
                device_id=d.device_id,
            )
            return
        self.stats.frames += 1
        if d.time is None:
            hub_ms = at_ms = now_ms
        else:
            hub_ms = self._unwrap.unwrap(d.time % (1 << 32))
            self._clock.observe(hub_ms, now_ms)
            at_ms = min(self._clock.to_laptop(hub_ms), now_ms)
        if p.hold_ms:
            held = self._held.get(seat)
            self._held[seat] = (key, hub_ms)
            if held and held[0] == key and 0 <= hub_ms - held[1] < p.hold_ms:
                self.reject(
                    events,
                    RejectReason.HELD,
                    now_ms,
                    f"seat {seat} {key}",
                    raw,
                    seat,
                    key=key,
                    device_id=d.device_id,
                )
                return
        last = self._last.get(seat)
        self._last[seat] = (key, hub_ms)
        if last and last[0] == key and abs(hub_ms - last[1]) < p.debounce_ms:
            self.reject(
                events,
                RejectReason.REPEAT,
                now_ms,
                f"seat {seat} {key}",
                raw,
                seat,
                key=key,
                device_id=d.device_id,
            )
            return
        press = KeyPress(
            self.port, self.hub_id, seat, key, hub_ms, at_ms, now_ms, device_id=d.device_id
        )
        self.stats.presses += 1
        events.append(press)
