"""One conversation with a line-based device described by a :class:`DeviceProfile`: the same
pure interface as :class:`~rcv.hardware.session.HubSession`, for hardware nobody here designed.

Such devices say no hello and carry no sequence numbers. A line with the device's own time
is mapped through a clock map like an rcv hub's; otherwise the press time is the time it was
read. Repeats of a seat's key within the profile's ``debounce_ms`` are refused (held buttons).

Every line ends as one record: a press, a refusal (a line no pattern matches is
``unrecognised``; one that matches but cannot be read — ``1e400``, a seat that is not a
number — is ``malformed``), or an expected line (``ignore``) handed on as a
:class:`~rcv.hardware.events.DeviceLine`. One bad line is refused alone: nothing it holds can
raise out of the session and take the port down with the good lines around it.
"""

from __future__ import annotations

import logging

from rcv.hardware.clockmap import HubClockMap, Unwrapper
from rcv.hardware.events import (
    DeviceLine,
    HardwareEvent,
    HubMessage,
    KeyPress,
    LinkEvent,
    LinkStatus,
)
from rcv.hardware.lines import LineSplitter
from rcv.hardware.profile import Decoded, DeviceProfile
from rcv.hardware.protocol import Arm, Bad, Command, Lock, RejectReason, Reset
from rcv.hardware.records import Recorder
from rcv.hardware.tracking import LinkStats

log = logging.getLogger(__name__)


class ProfileSession(Recorder):
    """A device profile on one port. ``seat`` is the port's own seat (one port per team)."""

    needs_hello = False

    def __init__(self, port: str, profile: DeviceProfile, seat: int = 1, hub_id: str = "") -> None:
        self.port = port
        self.profile = profile
        self.seat = seat
        self.hub_id = hub_id or profile.name
        self.stats = LinkStats()
        self.connected = False
        self._splitter = LineSplitter(sync=None, max_line=profile.max_line)
        self._clock = HubClockMap()
        self._unwrap = Unwrapper()
        self._last: dict[int, tuple[str, int]] = {}
        self._mode: Arm | Lock | None = None
        self._out: list[bytes] = []
        self._connected_at = 0
        self._init_sent = False
        self._last_line = 0
        self._silent = False

    def on_connected(self, now_ms: int) -> None:
        self.connected = True
        self.stats.connects += 1
        self._splitter = LineSplitter(sync=None, max_line=self.profile.max_line)
        self._connected_at = now_ms
        self._last_line = now_ms
        self._init_sent = "init" not in self.profile.commands
        self._silent = False
        self._out = [] if self._mode is None else self.profile.render(self._mode)

    def on_lost(self, now_ms: int) -> list[HardwareEvent]:
        self.connected = False
        events: list[HardwareEvent] = []
        for item in self._splitter.flush():
            self.stats.lines += 1
            self.reject(events, item.reason, now_ms, item.detail)
        return events

    def close(self, now_ms: int) -> list[HardwareEvent]:
        return self.on_lost(now_ms) if self.connected else []

    def submit(self, command: Command) -> None:
        if isinstance(command, Arm | Lock):
            self._mode = command
        elif isinstance(command, Reset):
            self._mode = None
        if self.connected:
            self._out.extend(self.profile.render(command))

    def outgoing(self, now_ms: int) -> list[bytes]:
        if not self.connected:
            return []
        if not self._init_sent and now_ms - self._connected_at >= self.profile.boot_ms:
            self._init_sent = True
            init = self.profile.commands["init"]
            if not init.endswith(("\n", "\r")):
                init += self.profile.line_end
            self._out.insert(0, init.encode("latin-1"))
        if not self._init_sent:
            return []  # the device is still booting after the reset on open
        out, self._out = self._out, []
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
        for item in self._splitter.feed(data):
            self.stats.lines += 1
            if isinstance(item, Bad):
                self.reject(events, item.reason, now_ms, item.detail)
                continue
            self._last_line = now_ms
            if self._silent:
                self._silent = False
                events.append(LinkStatus(self.port, self.hub_id, LinkEvent.ALIVE, now_ms))
            self.safely(lambda line=item: self._line(line, now_ms, events), item, now_ms, events)
        return events

    def _line(self, item: bytes, now_ms: int, events: list[HardwareEvent]) -> None:
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
            self.reject(events, RejectReason.UNRECOGNISED, now_ms, f"phím '{d.raw_key}'", raw)
            return
        seat = (self.seat if d.seat is None else d.seat) + p.seat_offset
        if seat < 1 or (p.seats and not p.seats[0] <= seat <= p.seats[1]):
            self.reject(events, RejectReason.UNKNOWN_SEAT, now_ms, f"ghế {seat}", raw, seat)
            return
        self.stats.frames += 1
        if d.time is None:
            hub_ms = at_ms = now_ms
        else:
            hub_ms = self._unwrap.unwrap(d.time % (1 << 32))
            self._clock.observe(hub_ms, now_ms)
            at_ms = min(self._clock.to_laptop(hub_ms), now_ms)
        last = self._last.get(seat)
        self._last[seat] = (key, hub_ms)
        if last and last[0] == key and abs(hub_ms - last[1]) < p.debounce_ms:
            self.reject(events, RejectReason.REPEAT, now_ms, f"ghế {seat} {key}", raw, seat)
            return
        press = KeyPress(self.port, self.hub_id, seat, key, hub_ms, at_ms, now_ms)
        self.stats.presses += 1
        events.append(press)
