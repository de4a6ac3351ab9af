"""Bookkeeping of one link: its counters and which sequence numbers of its hub were seen."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rcv.hardware.clockmap import Unwrapper
from rcv.hardware.protocol import SEQ_MODULUS, RejectReason


@dataclass
class LinkStats:
    """Counters of one link since it started."""

    bytes_in: int = 0
    frames: int = 0
    presses: int = 0
    lost_frames: int = 0  # sequence numbers never received (after replays)
    replayed: int = 0
    rejected: Counter[RejectReason] = field(default_factory=Counter)
    connects: int = 0

    def copy(self) -> LinkStats:
        return LinkStats(
            self.bytes_in,
            self.frames,
            self.presses,
            self.lost_frames,
            self.replayed,
            Counter(self.rejected),
            self.connects,
        )


class SeqTracker:
    """Which sequence numbers of a hub were seen, and which are missing below the highest."""

    def __init__(self, memory: int = 1024) -> None:
        self._memory = memory
        self._unwrap = Unwrapper(SEQ_MODULUS)
        self._high: int | None = None
        self.missing: set[int] = set()

    def reset(self, seq: int) -> None:
        self._unwrap = Unwrapper(SEQ_MODULUS)
        self._high = self._unwrap.unwrap(seq)
        self.missing = set()

    def check(self, seq: int) -> tuple[str, int, int]:
        """("new", frames skipped, unwrapped seq), ("recovered", 0, …) or ("duplicate", 0, …)."""
        u = self._unwrap.unwrap(seq)
        if self._high is None or u > self._high:
            gap = 0 if self._high is None else u - self._high - 1
            if gap > 0:
                self.missing.update(range(max(self._high + 1, u - self._memory), u))  # type: ignore[operator]
            self._high = u
            if len(self.missing) > self._memory:
                floor = u - self._memory
                self.missing = {m for m in self.missing if m >= floor}
            return "new", gap, u
        if u in self.missing:
            self.missing.discard(u)
            return "recovered", 0, u
        return "duplicate", 0, u
