"""Rate limits: token buckets keyed by whatever the server counts (an address, a connection).
Pure; the caller passes the time, so tests never wait."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Bucket:
    tokens: float
    at_s: float


@dataclass(slots=True)
class RateLimit:
    """``burst`` at once, refilled at ``per_s`` a second, for each key (at most ``keys`` kept:
    the oldest are forgotten, so a flood of new keys cannot grow memory)."""

    burst: float
    per_s: float
    keys: int = 10_000
    _buckets: dict[str, Bucket] = field(default_factory=dict)

    def allow(self, key: str, now_s: float, cost: float = 1.0) -> bool:
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= self.keys:
                self._buckets.pop(next(iter(self._buckets)))
            bucket = self._buckets[key] = Bucket(self.burst, now_s)
        bucket.tokens = min(self.burst, bucket.tokens + (now_s - bucket.at_s) * self.per_s)
        bucket.at_s = now_s
        if bucket.tokens < cost:
            return False
        bucket.tokens -= cost
        return True


@dataclass(frozen=True, slots=True)
class Limits:
    """The server's limits (the bench and tests loosen them for 1,000 phones on one address)."""

    http_burst: float = 60  # page loads per address
    http_per_s: float = 5
    join_burst: float = 8  # join attempts (token or PIN) per address: PIN guessing is slow
    join_per_s: float = 0.2
    joins_failed_per_min: float = 120  # every address together
    messages_burst: float = 20  # messages per connection
    messages_per_s: float = 5
    connections_per_address: int = 8
    connections: int = 2000
    message_bytes: int = 2048
