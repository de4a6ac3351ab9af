"""The sequence numbers of one boot of a hub: which arrived, which are missing, what became of
the missing ones, and whether a new frame fits at all. Pure bookkeeping for the session.

Numbers are kept *unwrapped* (a growing integer; the hub's counter wraps at 65536). A frame
fits when it is a little ahead of the highest number seen (``jump`` at most) and its hub time
is plausible, or fills a missing number, or is a byte-for-byte copy of one received (a
duplicate). Anything else — far ahead, behind everything, a different frame under a number
already received — is *suspect*: one frame of noise that passed the checksum, or a hub that
restarted without its hello reaching rcv. The session then asks the hub who it is instead of
letting one bad number make every later frame look old (a deaf link).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from rcv.hardware.frames import HUB_MS_MODULUS, SEQ_MODULUS


class Verdict(Enum):
    NEW = "new"  # ahead of everything seen: gap says how many numbers were skipped
    RECOVERED = "recovered"  # fills a missing number (replayed, or late)
    DUPLICATE = "duplicate"  # this very frame again, or a number long settled
    LATE = "late"  # a number already reported lost
    SUSPECT = "suspect"  # fits nothing: ask the hub who it is


@dataclass(frozen=True, slots=True)
class Fit:
    verdict: Verdict
    u: int  # the unwrapped number
    why: str = ""  # for suspects: "ahead", "behind", "conflict", "time"


def ms_delta(a: int, b: int) -> int:
    """a − b for two raw 32-bit hub clocks, across a wrap."""
    half = HUB_MS_MODULUS // 2
    return (a - b + half) % HUB_MS_MODULUS - half


def seq_runs(numbers: Iterable[int]) -> tuple[tuple[int, int], ...]:
    """Unwrapped numbers as inclusive runs of hub sequence numbers (modulo 65536)."""
    runs: list[list[int]] = []
    for u in sorted(set(numbers)):
        if runs and runs[-1][1] == u - 1:
            runs[-1][1] = u
        else:
            runs.append([u, u])
    return tuple((a % SEQ_MODULUS, b % SEQ_MODULUS) for a, b in runs)


class SeqBook:
    """One boot of one hub (``boot`` None: a sequence followed without a hello)."""

    def __init__(
        self, boot: int | None, jump: int = 256, slack_ms: int = 2000, memory: int = 4096
    ) -> None:
        self.boot = boot
        self.jump = jump
        self.slack_ms = slack_ms
        self.memory = memory
        self.high: int | None = None
        self.low: int | None = None
        self.high_ms = 0  # hub time of the frame at ``high``
        self.high_at = 0  # laptop time it arrived
        self.low_ms = 0
        self.missing: set[int] = set()
        self.asked: dict[int, tuple[int, int]] = {}  # missing number → (times asked, last)
        self.doomed: dict[int, tuple[int, bool]] = {}  # → (report at, certain): lost, settling
        self.quiet = False  # the frame at high said the hub was idle or locked, nothing armed
        self.closed = False  # the hub restarted: nothing missing can be asked for any more
        self.sure = True  # False: the hub did not answer WHO when asked; it may have restarted
        self.doubtful: set[int] = set()  # numbers taken while rcv was checking the boot
        self._seen: dict[int, object] = {}  # number → digest of the frame received
        self._settled: dict[int, object] = {}  # number → "np" (not a press) or "lost"

    @property
    def named(self) -> int | None:
        """The boot number events carry: None while rcv is not sure of it."""
        return self.boot if self.sure else None

    # -- where a frame goes -------------------------------------------------------------------
    def unwrap(self, seq: int) -> int:
        if self.high is None:
            return seq
        half = SEQ_MODULUS // 2
        return self.high + (seq - self.high + half) % SEQ_MODULUS - half

    def classify(
        self, seq: int, digest: int, hub_ms: int, now_ms: int, press: bool, u: int | None = None
    ) -> Fit:
        """Where a frame fits. ``u`` given: its place is already known (the hub's hello vouched
        for it), so no jump limit applies; its hub time must still be plausible."""
        vouched = u is not None
        u = self.unwrap(seq) if u is None else u
        if self.high is None:
            return Fit(Verdict.NEW, u)
        if u > self.high:
            if not vouched and u - self.high > self.jump:
                return Fit(Verdict.SUSPECT, u, "ahead")
            if not self._after_high(hub_ms, now_ms):
                return Fit(Verdict.SUSPECT, u, "time")
            return Fit(Verdict.NEW, u)
        if u in self.missing or u in self.doomed:  # doomed but not reported: still welcome
            if ms_delta(hub_ms, self.high_ms) > self.slack_ms or (
                self.low is not None
                and u > self.low
                and ms_delta(hub_ms, self.low_ms) < -self.slack_ms
            ):
                return Fit(Verdict.SUSPECT, u, "time")
            return Fit(Verdict.RECOVERED, u)
        seen = self._seen.get(u)
        if seen is not None:
            return (
                Fit(Verdict.DUPLICATE, u) if seen == digest else Fit(Verdict.SUSPECT, u, "conflict")
            )
        if self._settled.get(u) == "lost":
            return Fit(Verdict.LATE, u)
        if self._settled.get(u) == "np":
            return Fit(Verdict.SUSPECT if press else Verdict.DUPLICATE, u, "conflict")
        if self.low is not None and u < self.low:
            return Fit(Verdict.NEW, u) if vouched else Fit(Verdict.SUSPECT, u, "behind")
        return Fit(Verdict.DUPLICATE, u)  # received long ago: too old to compare

    def _after_high(self, hub_ms: int, now_ms: int) -> bool:
        """A frame sent after the one at high: not much earlier in hub time (a press is stamped
        when the key closed) and not later than the hub's clock can be now."""
        delta = ms_delta(hub_ms, self.high_ms)
        elapsed = max(0, now_ms - self.high_at)
        return -self.slack_ms <= delta <= elapsed + elapsed // 50 + self.slack_ms

    def accept(self, u: int, digest: int, hub_ms: int, now_ms: int, quiet: bool = False) -> int:
        """Take a frame at ``u`` (NEW or RECOVERED); the numbers it skipped, if it is new."""
        gap = 0
        if self.high is None:
            self.high = self.low = u
            self.low_ms = hub_ms
        elif u > self.high:
            gap = self._expect(range(self.high + 1, u))
        elif u < (self.low if self.low is not None else u):  # before the first number tracked
            gap = self._expect(range(u + 1, self.low))  # type: ignore[arg-type]
            self.low, self.low_ms = u, hub_ms
        self.missing.discard(u)
        self.asked.pop(u, None)
        self.doomed.pop(u, None)
        if self.high is None or u >= self.high:
            self.high, self.high_ms, self.high_at, self.quiet = u, hub_ms, now_ms, quiet
        self._remember(self._seen, u, digest)
        return gap

    def expect(self, u: int) -> None:
        """A frame claimed number ``u`` but could not be trusted: ask the hub for it like for
        any missing number (a later frame makes a number beyond ``high`` a gap anyway)."""
        if self.high is None or u > self.high or u in self._seen or u in self._settled:
            return
        if self.low is not None and u < self.low:
            self._expect(range(u, self.low))
            self.low = u
        else:
            self._expect(range(u, u + 1))

    def _expect(self, numbers: range) -> int:
        """Mark numbers missing (those already seen excepted); how many were."""
        new = [u for u in numbers if u not in self._seen]
        self.missing.update(new)
        return len(new)

    def inherit(self, other: SeqBook) -> None:
        """The boot rcv followed without being sure of it turned out to be (in part) this one:
        frames it took while in doubt count as seen here, so their copies are duplicates, not
        new presses."""
        for u in other.doubtful:
            if u in other._seen:
                self._seen.setdefault(u, other._seen[u])

    # -- what became of the missing -----------------------------------------------------------
    def not_presses(self, numbers: Iterable[int]) -> list[int]:
        """The hub said these were not presses: nothing to recover."""
        done = [u for u in numbers if u in self.missing]
        for u in done:
            self.missing.discard(u)
            self.asked.pop(u, None)
            self._remember(self._settled, u, "np")
        return done

    def doom(self, numbers: Iterable[int], certain: bool, report_at: int) -> list[int]:
        """These missing numbers will not come; report them at ``report_at`` (a late copy may
        still arrive until then)."""
        done = [u for u in numbers if u in self.missing]
        for u in done:
            self.missing.discard(u)
            self.asked.pop(u, None)
            self.doomed[u] = (report_at, certain)
        return done

    def due_losses(self, now_ms: int, everything: bool = False) -> dict[bool, list[int]]:
        """Doomed numbers due for a report, by certainty; they are settled as lost."""
        due: dict[bool, list[int]] = {True: [], False: []}
        for u, (at, certain) in list(self.doomed.items()):
            if everything or at <= now_ms:
                due[certain].append(u)
                del self.doomed[u]
                self._remember(self._settled, u, "lost")
        return due

    def to_ask(self, now_ms: int, tries: int, retry_ms: int, limit: int | None = None) -> list[int]:
        """Missing numbers to ask for now (never asked, or due again), the newest ``limit`` of
        them; marks them asked."""
        out = []
        for u in self.missing:
            times, last = self.asked.get(u, (0, 0))
            if times == 0 or (times < tries and now_ms - last >= retry_ms):
                out.append(u)
        out = sorted(out)[-limit:] if limit else out
        for u in out:
            self.asked[u] = (self.asked.get(u, (0, 0))[0] + 1, now_ms)
        return sorted(out)

    def exhausted(self, now_ms: int, tries: int, retry_ms: int) -> list[int]:
        """Missing numbers asked ``tries`` times, the last one long enough ago."""
        return [
            u
            for u in self.missing
            if (a := self.asked.get(u)) and a[0] >= tries and now_ms - a[1] >= retry_ms
        ]

    def _remember(self, table: dict[int, object], u: int, value: object) -> None:
        table.pop(u, None)
        table[u] = value
        while len(table) > self.memory:
            del table[next(iter(table))]
