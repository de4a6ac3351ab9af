"""Boxes that send no lines: a byte stream cut into fixed-size presses, and a box's copy of the
commands rcv sends it set aside before anything is read. Pure: no I/O, no clock of its own.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass


class ChunkSplitter:
    """Cuts a byte stream into messages of ``size`` bytes (one press each): boxes that send a
    character per button and no line end. ``flush`` hands back what is left of a message cut
    short when the port goes away."""

    def __init__(self, size: int = 1) -> None:
        if size < 1:
            raise ValueError("chunk size must be at least 1")
        self._size = size
        self._pending = bytearray()

    def feed(self, data: bytes) -> list[bytes]:
        self._pending += data
        cut = len(self._pending) - len(self._pending) % self._size
        whole, self._pending = bytes(self._pending[:cut]), self._pending[cut:]
        return [whole[i : i + self._size] for i in range(0, cut, self._size)]

    def flush(self) -> bytes:
        rest, self._pending = bytes(self._pending), bytearray()
        return rest


@dataclass(slots=True)
class _Expected:
    data: bytes
    matched: int
    until_ms: int


class EchoFilter:
    """A box that repeats every command it is sent (its own echo, or an RS-485 adapter's): the
    bytes rcv wrote are expected back, in order, within ``window_ms``. Incoming bytes that are
    the next expected ones are taken out of the stream; everything else passes untouched. A
    copy that does not come back in time is forgotten. Each command read back whole is
    reported once, so it can be counted; so is a copy cut short."""

    def __init__(self, window_ms: int = 500) -> None:
        self.window_ms = window_ms
        self._expected: deque[_Expected] = deque()

    def sent(self, data: bytes, now_ms: int) -> None:
        if data:
            self._expected.append(_Expected(data, 0, now_ms + self.window_ms))

    def take(self, data: bytes, now_ms: int) -> tuple[bytes, list[bytes]]:
        """(the bytes that are not an echo, the commands read back). A copy cut short (its
        time ran out half-way) is handed back as far as it came, so it is counted too."""
        echoed: list[bytes] = []
        while self._expected and self._expected[0].until_ms < now_ms:
            gone = self._expected.popleft()
            if gone.matched:
                echoed.append(gone.data[: gone.matched])
        if not self._expected:
            return data, echoed
        kept = bytearray()
        for byte in data:
            head = self._expected[0] if self._expected else None
            if head is not None and head.data[head.matched] == byte:
                head.matched += 1
                if head.matched == len(head.data):
                    echoed.append(head.data)
                    self._expected.popleft()
            else:
                kept.append(byte)
        return bytes(kept), echoed

    def flush(self) -> list[bytes]:
        """The port went away: copies read back in part are handed back; the rest forgotten."""
        partial = [e.data[: e.matched] for e in self._expected if e.matched]
        self._expected.clear()
        return partial

    @property
    def waiting(self) -> int:
        """Commands whose copy has not come back (yet)."""
        return len(self._expected)
