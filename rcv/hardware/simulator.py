"""A virtual keypad hub: what presses happen when, as a pure seedable object.

:class:`SimHub` answers rcv commands like a real hub (hello, heartbeats, ACK, REPLAY from its
memory of recent presses, self-test), and its keypads answer like people: right with
``accuracy``, after a lognormal delay around ``median_ms``, sometimes not at all, sometimes
changing their mind. Every draw is seeded by (seed, question, seat), so the same seed gives the
same presses whatever happened before. Switches add noise bytes, dropped or corrupted frames
and a stuck key. Time comes from the caller (the hub's own ms since boot); no thread, no port:
:mod:`rcv.hardware.simhost` puts it on a pseudo-terminal or a TCP port.

The right answer reaches the simulator by :meth:`SimHub.tell_answer` (in process) or by the
simulator-only command ``SIMANS`` on the line (the demo sends it just before ARM); without it
the simulator draws one from the seed, and simulated people agree on it.
"""

from __future__ import annotations

import heapq
import math
import random
from collections import deque
from dataclasses import dataclass

from rcv.hardware.protocol import (
    HUB_MS_MODULUS,
    PROTOCOL_VERSION,
    SEQ_MODULUS,
    Ack,
    Arm,
    ArmMode,
    Command,
    Diag,
    Heartbeat,
    Hello,
    HubFrame,
    HubState,
    Led,
    LedState,
    Lock,
    PressFrame,
    Replay,
    Reset,
    SelfTest,
    SimAnswer,
    Who,
)


@dataclass(frozen=True, slots=True)
class People:
    """How simulated contestants press."""

    accuracy: float = 0.8
    median_ms: float = 4000.0
    spread: float = 0.5  # lognormal sigma of the answer delay
    no_answer: float = 0.02
    change_mind: float = 0.04  # press a second, different key a little later
    buzz_share: float = 0.7  # in buzz-in mode, the share of seats that buzz at all
    buzz_median_ms: float = 600.0


@dataclass(frozen=True, slots=True)
class Faults:
    noise: float = 0.0  # chance of a burst of random bytes before a frame
    drop: float = 0.0  # chance a frame is lost on the line (its sequence number is used)
    corrupt: float = 0.0  # chance one byte of a frame is changed
    stuck_seat: int | None = None  # this keypad keeps sending its key
    stuck_key: str = "A"
    stuck_every_ms: int = 40


@dataclass(frozen=True, slots=True)
class HubSpec:
    hub_id: str = "SIM1"
    first_seat: int = 1
    last_seat: int = 50
    keys: str = "ABCD"
    heartbeat_ms: int = 1000
    clock_start_ms: int = 0  # the hub's millis() at boot (near 2**32 to test the wrap)
    boot: int = 1
    firmware: str = "rcv-sim-1"
    memory: int = 256  # presses kept for REPLAY


@dataclass(frozen=True, slots=True)
class PlannedPress:
    delay_ms: int  # after the ARM
    seat: int
    key: str


class SimHub:
    """One simulated hub with its keypads."""

    def __init__(
        self,
        spec: HubSpec | None = None,
        people: People | None = None,
        faults: Faults | None = None,
        seed: int = 0,
    ) -> None:
        self.spec = spec or HubSpec()
        self.people = people or People()
        self.faults = faults or Faults()
        self.seed = seed
        self._rng = random.Random(f"line:{seed}:{self.spec.hub_id}")
        self._answers: dict[str, str] = {}
        self.eliminated: set[int] = set()
        self.leds: dict[int, LedState] = {}
        self.sent: list[HubFrame] = []  # every frame put on the line (for tests and the demo)
        self._boot_at = 0
        self._boot = self.spec.boot
        self._reset_state()

    def _reset_state(self) -> None:
        self._seq = 0
        self.state = HubState.IDLE
        self.question: str | None = None
        self._armed_at = 0
        self._lock_at: int | None = None
        self._buzz_window = 0
        self._queue: list[tuple[int, int, int, str]] = []  # (due, order, seat, key)
        self._order = 0
        self._buzzed: set[int] = set()
        self._memory: deque[PressFrame] = deque(maxlen=self.spec.memory)
        self._out: list[HubFrame] = []
        self._next_beat: int | None = None
        self._next_stuck: int | None = None

    # -- time --------------------------------------------------------------------------------
    def hub_ms(self, now_ms: int) -> int:
        return (self.spec.clock_start_ms + now_ms - self._boot_at) % HUB_MS_MODULUS

    def boot(self, now_ms: int) -> None:
        """Power on (or reboot): clock and sequence restart; the hub says hello."""
        self._boot_at = now_ms
        self._reset_state()
        self._next_beat = now_ms + self.spec.heartbeat_ms
        self._emit(self._hello(now_ms))

    def reboot(self, now_ms: int) -> None:
        self._boot += 1
        self.leds.clear()
        self.boot(now_ms)

    # -- what people do ----------------------------------------------------------------------
    def tell_answer(self, question_id: str, key: str) -> None:
        self._answers[question_id] = key

    def answer_of(self, question_id: str) -> str:
        told = self._answers.get(question_id)
        if told:
            return told
        return random.Random(f"answer:{self.seed}:{question_id}").choice(self.spec.keys)

    def plan(self, question_id: str, mode: ArmMode = ArmMode.ANSWER) -> list[PlannedPress]:
        """Every press the seats will make for this question, by delay after the ARM."""
        p = self.people
        right = self.answer_of(question_id)
        planned: list[PlannedPress] = []
        for seat in range(self.spec.first_seat, self.spec.last_seat + 1):
            if seat in self.eliminated:
                continue
            rng = random.Random(f"press:{self.seed}:{question_id}:{seat}")
            if mode is ArmMode.BUZZ:
                if rng.random() < p.buzz_share:
                    delay = p.buzz_median_ms * math.exp(0.35 * rng.gauss(0.0, 1.0))
                    planned.append(PlannedPress(max(80, int(delay)), seat, right))
                continue
            if rng.random() < p.no_answer:
                continue
            delay = max(250, int(p.median_ms * math.exp(p.spread * rng.gauss(0.0, 1.0))))
            wrong = [k for k in self.spec.keys if k != right] or [right]
            key = right if rng.random() < p.accuracy else rng.choice(wrong)
            planned.append(PlannedPress(delay, seat, key))
            if rng.random() < p.change_mind:
                other = rng.choice([k for k in self.spec.keys if k != key] or [key])
                planned.append(
                    PlannedPress(delay + 300 + int(rng.expovariate(1 / 1500)), seat, other)
                )
        planned.sort(key=lambda x: (x.delay_ms, x.seat))
        return planned

    def press(self, seat: int, key: str, now_ms: int) -> None:
        """A press by hand (tests, the monitor's demo): reported if the hub takes it now."""
        self._take_press(seat, key, now_ms)

    # -- commands from rcv -------------------------------------------------------------------
    def handle(self, command: Command, now_ms: int) -> None:
        name = type(command).__name__.upper()
        match command:
            case Who():
                self._emit(self._hello(now_ms))
                return
            case Arm():
                self._arm(command, now_ms)
                name = "ARM"
            case Lock():
                self.state = HubState.LOCKED
                self._queue.clear()
            case Led():
                for seat in range(command.first_seat, command.last_seat + 1):
                    self.leds[seat] = command.state
                    if command.state is LedState.ELIMINATED:
                        self.eliminated.add(seat)
                    elif command.state is LedState.OFF:
                        self.eliminated.discard(seat)
            case Reset():
                self.state, self.question = HubState.IDLE, None
                self._queue.clear()
                self.leds.clear()
                self.eliminated.clear()
                self._emit(self._hello(now_ms))
                return
            case SelfTest():
                self._self_test(now_ms)
                return
            case Replay():
                span = (command.last_seq - command.first_seq) % SEQ_MODULUS
                for frame in list(self._memory):
                    if (frame.seq - command.first_seq) % SEQ_MODULUS <= span:
                        self._out.append(frame)  # as sent the first time: same seq and time
                name = "REPLAY"
            case SimAnswer():
                self.tell_answer(command.question_id, command.key)
                name = "SIMANS"
        self._emit(Ack(self._next_seq(), self.hub_ms(now_ms), name[:16], "OK"))

    def _arm(self, command: Arm, now_ms: int) -> None:
        self.question = command.question_id
        self.state = HubState.BUZZ if command.mode is ArmMode.BUZZ else HubState.ARMED
        self._armed_at = now_ms
        self._lock_at = None
        self._buzzed = set()
        self._queue = []
        window = command.window_ms
        for planned in self.plan(command.question_id, command.mode):
            self._schedule(now_ms + planned.delay_ms, planned.seat, planned.key)
        self._buzz_window = window

    def _schedule(self, due: int, seat: int, key: str) -> None:
        self._order += 1
        heapq.heappush(self._queue, (due, self._order, seat, key))

    def _self_test(self, now_ms: int) -> None:
        stuck = self.faults.stuck_seat
        for seat in range(self.spec.first_seat, self.spec.last_seat + 1):
            if seat == stuck:
                self._emit(Diag(self._next_seq(), self.hub_ms(now_ms), seat, "STUCK"))
        self._emit(Diag(self._next_seq(), self.hub_ms(now_ms), 0, "DONE"))

    # -- the clock moves ---------------------------------------------------------------------
    def next_due(self) -> int | None:
        """The local time of the next thing the hub will do by itself."""
        times = [t for t in (self._next_beat, self._next_stuck, self._lock_at) if t is not None]
        if self._queue:
            times.append(self._queue[0][0])
        if self.faults.stuck_seat is not None and self._next_stuck is None:
            times.append(0)
        return min(times) if times else None

    def advance(self, now_ms: int) -> list[HubFrame]:
        """Everything the hub sends up to ``now_ms``, in order (faults are the emitter's)."""
        while self._queue and self._queue[0][0] <= now_ms:
            due, _, seat, key = heapq.heappop(self._queue)
            if self._lock_at is not None and due >= self._lock_at:
                self._queue.clear()
                break
            self._take_press(seat, key, due)
        if self._lock_at is not None and now_ms >= self._lock_at:
            self.state, self._lock_at = HubState.LOCKED, None
            self._queue.clear()
        f = self.faults
        if f.stuck_seat is not None:
            if self._next_stuck is None:
                self._next_stuck = now_ms
            while self._next_stuck <= now_ms:
                at = self._next_stuck
                self._emit_press(f.stuck_seat, f.stuck_key, at)
                self._next_stuck = at + f.stuck_every_ms
        else:
            self._next_stuck = None
        while self._next_beat is not None and self._next_beat <= now_ms:
            self._emit(Heartbeat(self._next_seq(), self.hub_ms(self._next_beat), self.state))
            self._next_beat += self.spec.heartbeat_ms
        out, self._out = self._out, []
        return out

    def _take_press(self, seat: int, key: str, at_ms: int) -> None:
        if seat in self.eliminated or self.state not in (HubState.ARMED, HubState.BUZZ):
            return
        if self.state is HubState.BUZZ:
            if seat in self._buzzed:
                return
            self._buzzed.add(seat)
            if self._lock_at is None:
                self._lock_at = at_ms + max(0, self._buzz_window) + 1
        self._emit_press(seat, key, at_ms)

    def _emit_press(self, seat: int, key: str, at_ms: int) -> None:
        frame = PressFrame(self._next_seq(), self.hub_ms(at_ms), seat, key)
        self._memory.append(frame)
        self._emit(frame)

    def _emit(self, frame: HubFrame) -> None:
        self._out.append(frame)
        self.sent.append(frame)

    def _next_seq(self) -> int:
        seq = self._seq
        self._seq = (self._seq + 1) % SEQ_MODULUS
        return seq

    def _hello(self, now_ms: int) -> Hello:
        s = self.spec
        return Hello(
            self._next_seq(),
            self.hub_ms(now_ms),
            PROTOCOL_VERSION,
            s.hub_id,
            s.first_seat,
            s.last_seat,
            self._boot,
            s.firmware,
        )

    # -- the line ----------------------------------------------------------------------------
    def line_faults(self, data: bytes) -> bytes:
        """Apply the line's faults to one encoded frame (drop, corrupt, noise before it)."""
        f, rng = self.faults, self._rng
        if f.drop and rng.random() < f.drop:
            return b""
        if f.corrupt and len(data) > 4 and rng.random() < f.corrupt:
            i = rng.randrange(1, len(data) - 1)
            new = 33 + (data[i] - 33 + rng.randrange(1, 94)) % 94  # another printable byte
            data = data[:i] + bytes([new]) + data[i + 1 :]
        if f.noise and rng.random() < f.noise:
            data = rng.randbytes(rng.randrange(1, 24)) + data
        return data
