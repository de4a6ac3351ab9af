"""The technicians' tools as pure bookkeeping: what ``rcv hw monitor`` counts and what
``rcv hw test`` concludes. The CLI (``rcv/cli/hw.py``) only prints; messages are Vietnamese.
"""

from __future__ import annotations

from collections import Counter, deque
from dataclasses import dataclass, field

from rcv.hardware.events import (
    DeviceLine,
    FramesLost,
    HardwareEvent,
    HubMessage,
    KeyPress,
    LinkStatus,
    RejectedFrame,
)
from rcv.hardware.protocol import RejectReason


def describe(event: HardwareEvent) -> str:
    """One line for a technician."""
    hub = f"[{event.hub_id or event.port}]"
    match event:
        case KeyPress():
            again = " (gửi lại/replayed)" if event.replayed else ""
            key = event.key or "(giành quyền/buzz)"
            device = f"  mã {event.device_id}" if event.device_id else ""
            return (
                f"{hub} ghế {event.seat:>3} bấm {key}{device}  giờ hub {event.hub_ms} ms  "
                f"trễ {event.received_ms - event.at_ms} ms  #{event.seq}{again}"
            )
        case LinkStatus():
            extra = f" — {event.detail}" if event.detail else ""
            return f"{hub} trạng thái: {event.kind.value}{extra}"
        case RejectedFrame():
            raw = escaped(event.raw[:48])
            return f"{hub} loại khung ({event.reason.value}): {event.detail} {raw}".rstrip()
        case HubMessage() if isinstance(event.frame, DeviceLine):
            return f"{hub} dòng của thiết bị (device line): {event.frame.text!r}"
        case HubMessage():
            return f"{hub} {type(event.frame).__name__}: {event.frame}"
        case FramesLost():
            return f"{hub} MẤT KHUNG (frames lost) boot {event.boot}: {event.detail}"
    return repr(event)


def escaped(data: bytes) -> str:
    """Bytes as a technician reads them: printable as they are, the rest as \\r, \\n, \\x02."""
    return data.decode("latin-1").encode("unicode_escape").decode("ascii")


def raw_line(direction: str, data: bytes, since_ms: int) -> str:
    """One line of ``rcv hw monitor --raw``: when, which way (← from the device, → to it), the
    bytes as they came, and their hex for boxes that send binary."""
    arrow = "←" if direction == "in" else "→"
    return f"{since_ms / 1000:9.3f} {arrow} {escaped(data)}    [{data.hex(' ')}]"


@dataclass
class MonitorStats:
    """Frames per second, last key per seat, errors and statuses, from the event stream."""

    window_ms: int = 5000
    frames: int = 0
    presses: int = 0
    last_key: dict[int, str] = field(default_factory=dict)
    errors: Counter[RejectReason] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)
    lost: int = 0  # sequence numbers reported lost
    _times: deque[int] = field(default_factory=deque)

    def add(self, event: HardwareEvent) -> None:
        if isinstance(event, KeyPress | HubMessage):
            self.frames += 1
            self._times.append(event.received_ms if isinstance(event, KeyPress) else event.at_ms)
        if isinstance(event, KeyPress):
            self.presses += 1
            self.last_key[event.seat] = event.key
        elif isinstance(event, RejectedFrame):
            self.errors[event.reason] += 1
        elif isinstance(event, LinkStatus):
            self.statuses[event.kind.value] += 1
        elif isinstance(event, FramesLost):
            self.lost += event.count
            self.statuses[event.kind.value] += 1

    def rate(self, now_ms: int) -> float:
        """Good frames per second over the last ``window_ms``."""
        while self._times and self._times[0] < now_ms - self.window_ms:
            self._times.popleft()
        return len(self._times) * 1000.0 / self.window_ms

    def summary(self, now_ms: int) -> str:
        errors = ", ".join(f"{r.value} {n}" for r, n in self.errors.most_common()) or "không"
        return (
            f"{self.rate(now_ms):.1f} khung/s (fps) · {self.frames} khung · "
            f"{self.presses} lần bấm · {len(self.last_key)} ghế · lỗi: {errors}"
            + (f" · mất {self.lost} khung" if self.lost else "")
        )

    def seat_table(self, per_line: int = 10) -> list[str]:
        seats = sorted(self.last_key)
        cells = [f"{s:>3}:{self.last_key[s] or '•'}" for s in seats]  # •: a buzz, no key
        return ["  ".join(cells[i : i + per_line]) for i in range(0, len(cells), per_line)]


@dataclass
class SeatReport:
    seat: int
    presses: int = 0
    repeats: int = 0  # refused as repeats (bounce) — many means a stuck key
    first_press_ms: int | None = None  # laptop time of the first press
    line_delay_ms: list[int] = field(default_factory=list)  # received − pressed, per press


class SeatTest:
    """``rcv hw test``: every seat is asked in turn to press; presses are taken at any time.

    A seat is *missing* if it never pressed, *duplicated* if a press arrived more than once
    for it (it pressed again when not asked, or two keypads share its number), *stuck* if it
    keeps sending (``stuck_repeats`` refused repeats or more).
    """

    def __init__(self, first_seat: int, last_seat: int, stuck_repeats: int = 5) -> None:
        self.seats = {s: SeatReport(s) for s in range(first_seat, last_seat + 1)}
        self.stuck_repeats = stuck_repeats
        self.strangers: Counter[int] = Counter()  # seats outside the tested range
        self._given_up: set[int] = set()

    def add(self, event: HardwareEvent) -> None:
        if isinstance(event, KeyPress):
            report = self.seats.get(event.seat)
            if report is None:
                self.strangers[event.seat] += 1
                return
            report.presses += 1
            if report.first_press_ms is None:
                report.first_press_ms = event.at_ms
            report.line_delay_ms.append(max(0, event.received_ms - event.at_ms))
        elif (
            isinstance(event, RejectedFrame)
            and event.reason is RejectReason.REPEAT
            and event.seat in self.seats
        ):
            self.seats[event.seat].repeats += 1

    def next_seat(self) -> int | None:
        """The first seat that has not pressed yet and was not given up on."""
        for seat, report in self.seats.items():
            if report.presses == 0 and seat not in self._given_up:
                return seat
        return None

    def give_up(self, seat: int) -> None:
        """The seat was asked and did not press in time: ask the next one."""
        self._given_up.add(seat)

    @property
    def missing(self) -> list[int]:
        return [s for s, r in self.seats.items() if r.presses == 0]

    @property
    def duplicated(self) -> list[int]:
        return [s for s, r in self.seats.items() if r.presses > 1]

    @property
    def stuck(self) -> list[int]:
        return [s for s, r in self.seats.items() if r.repeats >= self.stuck_repeats]

    def report_lines(self) -> list[str]:
        lines = [f"Đã kiểm tra {len(self.seats)} ghế."]
        lines.append(f"Thiếu (missing): {_seats(self.missing)}")
        lines.append(f"Bấm trùng (duplicated): {_seats(self.duplicated)}")
        lines.append(f"Kẹt phím (stuck): {_seats(self.stuck)}")
        if self.strangers:
            lines.append(f"Ghế ngoài dải thử (outside range): {_seats(sorted(self.strangers))}")
        lines.append("Ghế  lần bấm  trễ đường truyền ms (line delay, min/max)")
        for seat, r in self.seats.items():
            if r.line_delay_ms:
                delay = f"{min(r.line_delay_ms)}/{max(r.line_delay_ms)}"
                lines.append(f"{seat:>4}  {r.presses:>7}  {delay}")
        return lines

    @property
    def ok(self) -> bool:
        return not (self.missing or self.duplicated or self.stuck)


def _seats(seats: list[int]) -> str:
    return ", ".join(map(str, seats)) if seats else "không (none)"
