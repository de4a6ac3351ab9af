"""A serial line that misbehaves on purpose, in virtual time, for the accounting property test:
noise bursts, bytes dropped inside frames, whole frames dropped, frames delivered twice, frames
held back (so later ones overtake them), and the cable pulled and plugged back.

It also records what it did, so the test can state precisely which damage no protocol can see:
a frame that lost bytes and still passed the CRC-8 (an *impostor*: about 1 in 256 of damaged
frames whose fields still parse) is listed with the frame it came from.
"""

from __future__ import annotations

import heapq
import itertools
import random
from collections import Counter
from dataclasses import dataclass

from rcv.hardware.protocol import Bad, HubFrame, encode, parse_line


@dataclass(frozen=True)
class LineFaults:
    noise: float = 0.0  # chance of a burst of random bytes before a frame
    drop_bytes: float = 0.0  # chance a frame loses 1–3 bytes
    drop: float = 0.0  # chance a frame is lost whole
    duplicate: float = 0.0  # chance a frame arrives twice
    reorder: float = 0.0  # chance a frame is held back up to reorder_ms
    reorder_ms: int = 60
    delay_ms: int = 8  # line delay, each way
    command_drop: float = 0.0  # chance a command to the hub is lost


@dataclass(frozen=True)
class Impostor:
    boot: int
    original: HubFrame
    seen_as: object  # what the damaged bytes parse to


class FaultyLine:
    """Both directions of one hub's cable. ``t`` is the virtual time in ms."""

    def __init__(self, faults: LineFaults, seed: int) -> None:
        self.faults = faults
        self.rng = random.Random(f"line:{seed}")
        self.plugged = True
        self._up: list[tuple[int, int, bytes]] = []
        self._down: list[tuple[int, int, bytes]] = []
        self._order = 0
        self.impostors: list[Impostor] = []
        self.counts: Counter[str] = Counter()

    # -- hub → laptop ----------------------------------------------------------------------
    def send_up(self, frame: HubFrame, boot: int, t: int) -> None:
        data = encode(frame)
        f, rng = self.faults, self.rng
        self.counts["up"] += 1
        if not self.plugged:
            self.counts["unplugged"] += 1
            return
        if rng.random() < f.drop:
            self.counts["dropped"] += 1
            return
        copies = 2 if rng.random() < f.duplicate else 1
        self.counts["duplicated"] += copies - 1
        for _ in range(copies):
            out = data
            if rng.random() < f.drop_bytes:
                out = self._cut(out)
                self.counts["cut"] += 1
                seen = parse_line(out.strip(b"\r\n"))
                if not isinstance(seen, Bad) and seen != frame:
                    self.impostors.append(Impostor(boot, frame, seen))
            if rng.random() < f.noise:
                out = rng.randbytes(rng.randrange(1, 20)) + out
                self.counts["noise"] += 1
            delay = f.delay_ms
            if rng.random() < f.reorder:
                delay += rng.randrange(1, f.reorder_ms)
                self.counts["held_back"] += 1
            self._push(self._up, t + delay, out)

    def _cut(self, data: bytes) -> bytes:
        for _ in range(self.rng.randrange(1, 4)):
            i = self.rng.randrange(len(data))
            data = data[:i] + data[i + 1 :]
        return data

    def receive_up(self, t: int) -> list[bytes]:
        """What reaches the laptop by ``t``, cut into a few reads at random places."""
        data = self._pop(self._up, t)
        if not data:
            return []
        cuts = sorted(self.rng.randrange(len(data) + 1) for _ in range(self.rng.randrange(3)))
        bounds = [0, *cuts, len(data)]
        return [data[a:b] for a, b in itertools.pairwise(bounds) if b > a]

    # -- laptop → hub ----------------------------------------------------------------------
    def send_down(self, data: bytes, t: int) -> None:
        if not self.plugged or self.rng.random() < self.faults.command_drop:
            self.counts["commands_lost"] += 1
            return
        self._push(self._down, t + self.faults.delay_ms, data)

    def receive_down(self, t: int) -> bytes:
        return self._pop(self._down, t)

    # -- the cable -------------------------------------------------------------------------
    def unplug(self) -> None:
        """Pulled: what is on its way is lost."""
        self.plugged = False
        self.counts["lost_in_flight"] += len(self._up)
        self._up.clear()
        self._down.clear()

    def replug(self) -> None:
        self.plugged = True

    def _push(self, queue: list[tuple[int, int, bytes]], at: int, data: bytes) -> None:
        self._order += 1
        heapq.heappush(queue, (at, self._order, data))

    @staticmethod
    def _pop(queue: list[tuple[int, int, bytes]], t: int) -> bytes:
        out = []
        while queue and queue[0][0] <= t:
            out.append(heapq.heappop(queue)[2])
        return b"".join(out)
