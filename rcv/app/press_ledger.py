"""From what the keypad link reports to what the show's log records: nothing that arrives from
a hub is dropped on the way.

Pure (no Qt, no clock of its own): the keypad link feeds it every hardware event and asks it,
once a second, for the noise counts that are due.

- A :class:`~rcv.hardware.events.KeyPress` becomes a :class:`~rcv.core.commands.Press` for the
  game to judge (accepted, or refused as late, duplicate, paused …).
- A :class:`~rcv.hardware.events.RejectedFrame` that names a seat becomes a press already
  refused, with the link's reason (a seat outside the hub's range, a bouncing key, a frame
  received twice …): it is logged one by one, like any press.
- A rejected frame that names no seat (noise, a bad checksum, a cut frame) is counted per hub and
  reason, and logged as one :class:`~rcv.core.events.LineNoise` per hub per interval.
- Frames a hub could not resend are logged as :class:`~rcv.core.events.PressesLost`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rcv.core.commands import Arrival, Press
from rcv.core.events import LineNoise, PressesLost, RejectReason
from rcv.hardware.events import FramesLost, HardwareEvent, KeyPress, RejectedFrame
from rcv.hardware.protocol import RejectReason as LinkReason
from rcv.web.wire import TypedAnswer

NOISE_INTERVAL_MS = 5000

# a refused frame that names a seat: the reason the log gives it
_SEAT_REASONS = {
    LinkReason.UNKNOWN_SEAT: RejectReason.OUT_OF_RANGE,  # outside the seats the hub serves
    LinkReason.REPEAT: RejectReason.REPEAT,
    LinkReason.DUPLICATE: RejectReason.DUPLICATE_FRAME,
    LinkReason.BEFORE_HELLO: RejectReason.BEFORE_HELLO,
    LinkReason.UNRECOGNISED: RejectReason.UNRECOGNISED,
    LinkReason.MALFORMED: RejectReason.MALFORMED,
    LinkReason.OUT_OF_SEQUENCE: RejectReason.OUT_OF_SEQUENCE,
    LinkReason.LATE: RejectReason.AFTER_LOST,
}


def frame_id(boot: int | None, seq: int | None) -> str:
    """The hub's id of a frame in the log: "boot:seq" ("?:seq" when the hub's boot is not
    known yet; empty for devices without sequence numbers)."""
    if seq is None or seq < 0:
        return ""
    return f"{'?' if boot is None else boot}:{seq}"


@dataclass(slots=True)
class _Noise:
    since_ms: int
    counts: Counter[str] = field(default_factory=Counter)


class PressLedger:
    """Keeps, per port, the hub's name and the noise counted since the last report."""

    def __init__(self, interval_ms: int = NOISE_INTERVAL_MS) -> None:
        self.interval_ms = interval_ms
        self._names: dict[str, str] = {}  # port -> hub id, once the hub said hello
        self._noise: dict[str, _Noise] = {}  # hub name -> counts not yet logged

    def hub_name(self, port: str, hub_id: str = "") -> str:
        """The name the log gives a hub: its own id once known, else its port."""
        if hub_id:
            self._names[port] = hub_id
            return hub_id
        return self._names.get(port, port)

    def take(self, event: HardwareEvent | TypedAnswer) -> list[Arrival]:
        """What goes into the log now for this hardware event (noise waits for its interval)."""
        if isinstance(event, TypedAnswer):  # a phone's typed answer: judged like a press
            hub = self.hub_name(event.port, event.hub_id)
            frame = frame_id(event.boot, event.seq)
            return [Press(event.seat, event.text, event.at_ms, hub, frame, typed=True)]
        if isinstance(event, KeyPress):
            hub = self.hub_name(event.port, event.hub_id)
            frame = frame_id(event.boot, event.seq)
            return [Press(event.seat, event.key, event.at_ms, hub, frame)]
        if isinstance(event, RejectedFrame):
            hub = self.hub_name(event.port, event.hub_id)
            reason = _SEAT_REASONS.get(event.reason)
            if event.seat is not None and reason is not None:
                frame = frame_id(event.boot, event.seq)
                key = event.key or ""
                return [Press(event.seat, key, event.at_ms, hub, frame, reason.value)]
            noise = self._noise.get(hub)
            if noise is None:
                noise = self._noise[hub] = _Noise(event.at_ms)
            noise.counts[event.reason.value] += 1
            return []
        if isinstance(event, FramesLost):
            hub = self.hub_name(event.port, event.hub_id)
            return [
                PressesLost(
                    hub,
                    event.boot,
                    event.runs,
                    event.count,
                    event.detail,
                    event.certain,
                    event.after_seq,
                )
            ]
        return []

    def due_noise(self, now_ms: int, everything: bool = False) -> list[LineNoise]:
        """The noise counts whose interval is over (all of them with ``everything``)."""
        out: list[LineNoise] = []
        for hub, noise in list(self._noise.items()):
            if everything or now_ms - noise.since_ms >= self.interval_ms:
                counts = tuple(sorted(noise.counts.items()))
                out.append(LineNoise(hub, noise.since_ms, now_ms, counts))
                del self._noise[hub]
        return out

    @property
    def noise_waiting(self) -> int:
        """Noise counted and not yet handed to the log."""
        return sum(sum(n.counts.values()) for n in self._noise.values())
