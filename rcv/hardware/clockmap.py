"""A hub's clock and the map from it to the laptop's clock (:mod:`rcv.clock`).

A hub stamps each frame with its own ``millis()``. Every frame received is a sample
``offset = laptop_receive_ms − hub_ms`` = true offset + line delay. Line delay is never
negative, so the lowest samples are the least delayed; :class:`HubClockMap` keeps the lowest
sample of each few-second bucket over a sliding window, fits the hub's drift (a ceramic
resonator can be 0.5 % off) through those minima, and lowers the line until it touches the
lowest one. A press mapped through it lands at the time the laptop would have seen it with the
least delay ever observed on that line — a frame queued behind 499 others keeps its place.
"""

from __future__ import annotations

from collections import deque

from rcv.hardware.protocol import HUB_MS_MODULUS


class Unwrapper:
    """Turns a hub's 32-bit ``millis()`` (wraps after 49.7 days) into a growing integer.

    Each value is placed in the epoch that puts it nearest the latest value seen, so replayed
    (older) frames and frames after a wrap both land where they belong.
    """

    def __init__(self, modulus: int = HUB_MS_MODULUS) -> None:
        self._mod = modulus
        self._last: int | None = None

    def reset(self) -> None:
        self._last = None

    def peek(self, raw: int) -> int:
        """What :meth:`unwrap` would give, without moving on."""
        if self._last is None:
            return raw
        half = self._mod // 2
        return self._last + (raw - self._last + half) % self._mod - half

    def unwrap(self, raw: int) -> int:
        if self._last is None:
            self._last = raw
            return raw
        half = self._mod // 2
        delta = (raw - self._last + half) % self._mod - half
        value = self._last + delta
        if delta > 0:
            self._last = value
        return value


class HubClockMap:
    """Maps one hub's unwrapped milliseconds to laptop epoch milliseconds."""

    def __init__(
        self,
        window_ms: int = 60_000,
        bucket_ms: int = 2_000,
        min_fit_span_ms: int = 10_000,
        max_skew: float = 0.01,
    ) -> None:
        self._window = window_ms
        self._bucket = bucket_ms
        self._min_span = min_fit_span_ms
        self._max_skew = max_skew
        self._buckets: deque[tuple[int, int, int]] = deque()  # (bucket index, hub_ms, offset)
        self._fit: tuple[float, float, int] | None = None  # (intercept, slope, reference hub_ms)

    def reset(self) -> None:
        """Forget everything (the hub rebooted: its clock restarted)."""
        self._buckets.clear()
        self._fit = None

    def observe(self, hub_ms: int, received_ms: int) -> None:
        """One frame stamped ``hub_ms`` (unwrapped) arrived at laptop time ``received_ms``."""
        offset = received_ms - hub_ms
        index = hub_ms // self._bucket
        buckets = self._buckets
        if buckets and buckets[-1][0] == index:
            if offset < buckets[-1][2]:
                buckets[-1] = (index, hub_ms, offset)
                self._fit = None
        elif not buckets or index > buckets[-1][0]:
            buckets.append((index, hub_ms, offset))
            self._fit = None
            while buckets and buckets[0][0] < index - self._window // self._bucket:
                buckets.popleft()
        else:  # an older frame (replayed): it may still lower an existing bucket
            for i, (idx, _, off) in enumerate(buckets):
                if idx == index and offset < off:
                    buckets[i] = (index, hub_ms, offset)
                    self._fit = None
                    break

    def to_laptop(self, hub_ms: int) -> int:
        """Laptop epoch ms for a hub time; needs at least one observed sample."""
        if not self._buckets:
            raise ValueError("no sample yet")
        if self._fit is None:
            self._fit = self._compute()
        intercept, slope, ref = self._fit
        return round(hub_ms + intercept + slope * (hub_ms - ref))

    def _compute(self) -> tuple[float, float, int]:
        points = [(h, o) for _, h, o in self._buckets]
        ref = points[-1][0]
        slope = 0.0
        if len(points) >= 3 and points[-1][0] - points[0][0] >= self._min_span:
            n = len(points)
            mx = sum(h - ref for h, _ in points) / n
            my = sum(o for _, o in points) / n
            sxx = sum((h - ref - mx) ** 2 for h, _ in points)
            sxy = sum((h - ref - mx) * (o - my) for h, o in points)
            if sxx > 0:
                slope = max(-self._max_skew, min(self._max_skew, sxy / sxx))
        intercept = min(o - slope * (h - ref) for h, o in points)
        return intercept, slope, ref
