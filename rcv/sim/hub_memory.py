"""What a hub remembers of the frames it sent, to answer REPLAY and RECALL: pure, and the
reference for the firmware's ``rcv_memory.h`` (the same rules, in the same order).

Two memories, both counted from the hub's boot:

- the last ``presses`` press frames exactly as sent (REPLAY sends them again);
- one bit per sequence number for the last ``kinds`` numbers: was it a press? (128 bytes for
  1024 numbers on an Arduino Uno.) With it a hub can say, for a number rcv never received,
  whether it was a heartbeat or an ack (nothing to recover), a press it still holds (sent
  again), or a press it has forgotten (lost for good) — so rcv never reports a heartbeat as a
  lost press, and never stays silent about a press it cannot get back.
"""

from __future__ import annotations

from collections import deque

from rcv.hardware.frames import SEQ_MODULUS, HubFrame, PressFrame, RunFate, RunFrame


class HubMemory:
    """A hub's memory of its own frames since boot. ``note`` every new frame, in order."""

    def __init__(self, presses: int = 64, kinds: int = 1024) -> None:
        if kinds <= 0 or kinds & (kinds - 1) or SEQ_MODULUS % kinds:
            raise ValueError("kinds must be a power of two dividing 65536")
        self.presses = presses
        self.kinds = kinds
        self._kept: deque[PressFrame] = deque(maxlen=presses)
        self._bits = bytearray(kinds // 8)
        self._sent = 0  # frames sent since boot
        self._next = 0  # the next sequence number

    def note(self, frame: HubFrame) -> None:
        """A frame the hub has just sent for the first time (its ``seq`` is the next one)."""
        self._next = (frame.seq + 1) % SEQ_MODULUS
        self._sent += 1
        index = frame.seq % self.kinds
        if isinstance(frame, PressFrame):
            self._bits[index >> 3] |= 1 << (index & 7)
            self._kept.append(frame)
        else:
            self._bits[index >> 3] &= ~(1 << (index & 7)) & 0xFF

    def replay(self, first: int, last: int) -> list[PressFrame]:
        """REPLAY: the presses still held whose seq is in first..last (modulo 65536)."""
        span = (last - first) % SEQ_MODULUS
        return [f for f in self._kept if (f.seq - first) % SEQ_MODULUS <= span]

    def _age(self, seq: int) -> int:
        """0 for the last frame sent, 1 for the one before…"""
        return (self._next - 1 - seq) % SEQ_MODULUS

    def _known(self, seq: int) -> bool:
        age = self._age(seq)
        return age < self._sent and age < self.kinds

    def _was_press(self, seq: int) -> bool:
        index = seq % self.kinds
        return bool(self._bits[index >> 3] & (1 << (index & 7)))

    def _held_age(self) -> int:
        """The age of the oldest press still held (-1 when none is)."""
        return self._age(self._kept[0].seq) if self._kept else -1

    def fate(self, seq: int) -> RunFate | None:
        """What became of a sequence number: None for a press still held (send it again)."""
        if not self._known(seq):
            return RunFate.UNKNOWN
        if not self._was_press(seq):
            return RunFate.NOT_PRESSES
        return None if self._age(seq) <= self._held_age() else RunFate.GONE

    def recall(self, first: int, last: int, hub_ms: int) -> list[PressFrame | RunFrame]:
        """RECALL: for each number first..last in order, the press again if it is held, else a
        run frame saying what it was; runs group neighbours with the same fate."""
        span = (last - first) % SEQ_MODULUS + 1
        held = {f.seq: f for f in self._kept}
        out: list[PressFrame | RunFrame] = []
        run: tuple[int, RunFate] | None = None  # (first seq, fate) of the run being built
        offset = 0
        while offset < span:
            seq = (first + offset) % SEQ_MODULUS
            fate = self.fate(seq)
            if run is not None and run[1] is not fate:
                out.append(RunFrame(run[0], hub_ms, (seq - 1) % SEQ_MODULUS, run[1]))
                run = None
            if fate is None:
                out.append(held[seq])
            elif run is None:
                run = (seq, fate)
            # a stretch never sent or older than the bit memory is passed over at once
            offset += self._unknown_stretch(seq, span - offset) if fate is RunFate.UNKNOWN else 1
        if run is not None:
            out.append(RunFrame(run[0], hub_ms, last % SEQ_MODULUS, run[1]))
        return out

    def _unknown_stretch(self, seq: int, most: int) -> int:
        """How many numbers from ``seq`` on are unknown (at least 1, at most ``most``)."""
        known_ages = min(self._sent, self.kinds)  # ages 0..known_ages-1 are known
        age = self._age(seq)
        # going forward in seq lowers the age; the unknown stretch ends where age < known_ages
        if age >= known_ages:
            return max(1, min(most, age - known_ages + 1))
        return 1
