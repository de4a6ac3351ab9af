"""The boots of one hub as the session follows them: each boot's sequence numbers, clock and
repeat filter, and the hand-over when the hub restarts — the boot before a restart still takes
its late frames for ``straggler_ms``, then is closed: what it still missed is reported lost, and
so is whatever it may have sent after the last frame rcv got from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rcv.hardware.clockmap import HubClockMap, Unwrapper
from rcv.hardware.events import FramesLost, HardwareEvent
from rcv.hardware.protocol import Hello, PressFrame, RejectReason
from rcv.hardware.recovery import Recovery, SessionOptions
from rcv.hardware.seqbook import SeqBook


@dataclass(eq=False)
class Boot:
    """One boot of the hub: its sequence numbers, clock and repeat filter."""

    book: SeqBook
    hub_id: str = ""
    clock: HubClockMap = field(default_factory=HubClockMap)
    ms: Unwrapper = field(default_factory=Unwrapper)
    repeat: dict[int, tuple[str, int]] = field(default_factory=dict)

    def delay(self, hub_ms: int, at_ms: int) -> int | None:
        """How long a frame stamped ``hub_ms`` took to arrive at ``at_ms`` by this boot's clock
        (negative: it arrived before it was sent — not this boot's); None without a clock."""
        try:
            return at_ms - self.clock.to_laptop(self.ms.peek(hub_ms))
        except ValueError:
            return None

    def observe(self, hub_ms: int, at_ms: int) -> int:
        """A frame of this boot arrived: its hub time unwrapped, the clock map fed."""
        unwrapped = self.ms.unwrap(hub_ms)
        self.clock.observe(unwrapped, at_ms)
        return unwrapped

    def refusal(
        self, frame: PressFrame, hub_ms: int, hello: Hello | None, repeat_ms: int
    ) -> tuple[RejectReason, str] | None:
        """Why a press of this boot is refused (a seat the hub does not serve, the same key
        again within ``repeat_ms``), or None to hand it on."""
        if hello is not None and not hello.first_seat <= frame.seat <= hello.last_seat:
            return (
                RejectReason.UNKNOWN_SEAT,
                f"ghế {frame.seat} ngoài {hello.first_seat}–{hello.last_seat}",
            )
        last = self.repeat.get(frame.seat)
        self.repeat[frame.seat] = (frame.key, hub_ms)
        if last and last[0] == frame.key and abs(hub_ms - last[1]) < repeat_ms:
            return RejectReason.REPEAT, f"ghế {frame.seat} {frame.key}"
        return None


class Boots:
    """The boot being followed and the one before a restart."""

    def __init__(self, options: SessionOptions, recovery: Recovery) -> None:
        self.options = options
        self.recovery = recovery
        self.current: Boot | None = None
        self.previous: Boot | None = None
        self.retired: set[int] = set()  # boot numbers rcv has seen end
        self._close_at = 0

    def new(
        self, number: int | None, hub_id: str, now_ms: int, events: list[HardwareEvent]
    ) -> Boot:
        """Start following a new boot; the current one takes stragglers for a while."""
        if self.previous is not None:
            self.close_previous(now_ms, events)
        if self.current is not None:
            self.previous = self.current
            self._close_at = now_ms + self.options.straggler_ms
            if self.current.book.boot is not None and self.current.book.boot != number:
                self.retired.add(self.current.book.boot)
        o = self.options
        self.current = Boot(SeqBook(number, o.seq_jump, o.time_slack_ms, o.record), hub_id)
        self.current.book.sure = number is not None
        self.recovery.recall = None  # a restarted hub may run other firmware
        return self.current

    def tick(self, now_ms: int, hub_id: str, events: list[HardwareEvent]) -> None:
        """Close the boot before a restart when its time is over; report settled losses."""
        if self.previous is not None and now_ms >= self._close_at:
            self.close_previous(now_ms, events)
        if self.current is not None:
            events += self.recovery.losses(self.current.book, hub_id, now_ms)

    def close_previous(self, now_ms: int, events: list[HardwareEvent]) -> None:
        prev, self.previous = self.previous, None
        if prev is None:
            return
        prev.book.closed = True
        why = "hub đã khởi động lại (restarted)"
        events += self.recovery.losses(prev.book, prev.hub_id, now_ms, True, why)
        tail = self.recovery.tail(prev.book, prev.hub_id, now_ms)
        if tail is not None:
            events.append(tail)

    def close(self, now_ms: int, events: list[HardwareEvent]) -> None:
        """The link stops: what is still missing is reported lost."""
        self.close_previous(now_ms, events)
        if self.current is not None:
            why = "dừng liên kết (link stopped)"
            book = self.current.book
            events += self.recovery.losses(book, self.current.hub_id, now_ms, True, why)


def missed_boots(
    port: str, hub_id: str, old: int | None, new: int, now_ms: int
) -> list[FramesLost]:
    """The boot counter jumped (1 → 3): the hub restarted in between and rcv heard nothing of
    that boot; whatever it sent is unknown (``after_seq`` -1: from its start)."""
    if old is None or not 1 < new - old <= 16:  # a counter that moved on by more than one
        return []
    detail = (
        "hub đã khởi động lại một lần mà rcv không nghe thấy gì; khung của lần đó không rõ "
        "(a whole boot of the hub went unheard)"
    )
    return [
        FramesLost(port, hub_id, b, (), 0, now_ms, detail, False, after_seq=-1)
        for b in range(old + 1, new)
    ]
