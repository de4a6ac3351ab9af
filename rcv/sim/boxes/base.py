"""What every emulated box shares: a queue of bytes due at given times, the commands it
understood, and the bytes it was sent. Pure: time comes from the caller."""

from __future__ import annotations

import heapq
from itertools import count


class Box:
    """A box: ``advance(now)`` hands out what it sends up to ``now``; ``receive`` takes what
    rcv wrote. Subclasses queue bytes with :meth:`send` and record commands in ``heard``."""

    baud = 115200
    name = "box"

    def __init__(self) -> None:
        self._due: list[tuple[int, int, bytes]] = []
        self._order = count()
        self.heard: list[str] = []  # the commands the box acted on, in its own words
        self.received = bytearray()  # every byte rcv sent it

    def send(self, data: bytes, at_ms: int) -> None:
        heapq.heappush(self._due, (at_ms, next(self._order), data))

    def boot(self, now_ms: int) -> None:
        """Power on: the banner, if any."""

    def receive(self, data: bytes, now_ms: int) -> None:
        self.received += data
        self.on_bytes(data, now_ms)

    def on_bytes(self, data: bytes, now_ms: int) -> None:
        """What the box does with bytes from the laptop (nothing, by default)."""

    def tick(self, now_ms: int) -> None:
        """Time passes: held buttons repeat, timers run out."""

    def next_due(self) -> int | None:
        return self._due[0][0] if self._due else None

    def advance(self, now_ms: int) -> bytes:
        self.tick(now_ms)
        out = bytearray()
        while self._due and self._due[0][0] <= now_ms:
            out += heapq.heappop(self._due)[2]
        return bytes(out)


class LineReader:
    """Cuts what a box receives into lines, like ``Serial.readStringUntil('\\n')``."""

    def __init__(self) -> None:
        self._pending = bytearray()

    def feed(self, data: bytes) -> list[str]:
        self._pending += data
        lines = []
        while b"\n" in self._pending:
            line, _, rest = bytes(self._pending).partition(b"\n")
            self._pending = bytearray(rest)
            lines.append(line.decode("latin-1").strip())
        return [line for line in lines if line]
