"""Show time: epoch milliseconds that never go backwards within a process.

The core never reads a clock; the controller and the hub links ask one of these, injected by the
composition root. Tests use :class:`ManualClock`.
"""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    """Epoch milliseconds, never going backwards within a process."""

    def now_ms(self) -> int: ...


class SystemClock:
    """Wall-clock epoch ms at start-up, advanced by the monotonic clock (immune to NTP jumps)."""

    def __init__(self) -> None:
        self._epoch_ms = time.time() * 1000.0
        self._mono0 = time.monotonic()

    def now_ms(self) -> int:
        return int(self._epoch_ms + (time.monotonic() - self._mono0) * 1000.0)


class ManualClock:
    """A clock moved by hand: tests, and every simulated show (the headless demo, the
    screenshots' tour), whose steps move it forward instead of waiting."""

    def __init__(self, start_ms: int = 1_767_225_600_000) -> None:  # 2026-01-01 00:00 UTC
        self._now = start_ms

    def now_ms(self) -> int:
        return self._now

    def advance(self, ms: int) -> int:
        self._now += ms
        return self._now

    def set(self, ms: int) -> None:
        self._now = ms

    def at_least(self, ms: int) -> int:
        """Move forward to ``ms`` unless already past it; the time now."""
        self._now = max(self._now, ms)
        return self._now
