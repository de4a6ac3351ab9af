"""A virtual keypad hub: what presses happen when, as a pure seedable object.

:class:`SimHub` answers rcv commands like a real hub (hello, heartbeats, ACK, REPLAY from its
memory of recent presses, self-test), and its keypads answer like people: right with
``accuracy``, after a lognormal delay around ``median_ms``, sometimes not at all, sometimes
changing their mind. Every draw is seeded by (seed, question, seat), so the same seed gives the
same presses whatever happened before. Switches add noise bytes, dropped or corrupted frames
and a stuck key. Time comes from the caller (the hub's own ms since boot); no thread, no port:
:mod:`rcv.sim.host` puts it on a pseudo-terminal or a TCP port.

The right answer reaches the simulator by :meth:`SimHub.tell_answer` (in process) or by the
simulator-only command ``SIMANS`` on the line (the demo sends it just before ARM); without it
the simulator draws one from the seed, and simulated people agree on it.
"""

from __future__ import annotations

import heapq
import random
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
    Recall,
    Replay,
    Reset,
    SelfTest,
    SimAnswer,
    Who,
)
from rcv.sim.hub_memory import HubMemory
from rcv.sim.pressing import People, PlannedPress, plan_presses

__all__ = ["Faults", "HubSpec", "People", "PlannedPress", "SimHub"]


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
    memory: int = 256  # presses kept for REPLAY and RECALL
    kinds: int = 4096  # sequence numbers whose kind (press or not) the hub remembers


class SimHub:
    """One simulated hub with its keypads."""

    def __init__(
        self,
        spec: HubSpec | None = None,
        people: People | None = None,
        faults: Faults | None = None,
        seed: int = 0,
        idle_press_ms: int | None = None,
    ) -> None:
        """``idle_press_ms``: while not armed, a seat presses a key every so often, as people
        try the buttons of a box that takes no commands (``rcv sim --profile``)."""
        self.spec = spec or HubSpec()
        self.idle_press_ms = idle_press_ms
        self._idle_rng = random.Random(f"idle:{seed}:{self.spec.hub_id}")
        self._next_idle: int | None = None
        self.people = people or People()
        self.faults = faults or Faults()
        self.seed = seed
        self._rng = random.Random(f"line:{seed}:{self.spec.hub_id}")
        self._answers: dict[str, str] = {}
        self.eliminated: set[int] = set()
        self.leds: dict[int, LedState] = {}
        self.sent: list[HubFrame] = []  # every frame put on the line (for tests and the demo)
        self.sent_boot: list[int] = []  # the boot number each of ``sent`` was sent in
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
        self._buzz_over = False  # the buzz-in window closed: the hub locked itself
        self._queue: list[tuple[int, int, int, str]] = []  # (due, order, seat, key)
        self._order = 0
        self._buzzed: set[int] = set()
        self._mode = ArmMode.ANSWER
        self._paused: tuple[list[tuple[int, int, int, str]], int] | None = None  # (queue, at)
        self._memory = HubMemory(self.spec.memory, self.spec.kinds)
        self._out: list[HubFrame] = []
        self._next_beat: int | None = None
        self._next_stuck: int | None = None

    # -- time --------------------------------------------------------------------------------
    def hub_ms(self, now_ms: int) -> int:
        return (self.spec.clock_start_ms + now_ms - self._boot_at) % HUB_MS_MODULUS

    @property
    def boot_number(self) -> int:
        return self._boot

    def boot(self, now_ms: int, hello: bool = True) -> None:
        """Power on (or reboot): clock and sequence restart; the hub says hello (``hello=False``:
        the hello is lost, as when nobody had the port open)."""
        self._boot_at = now_ms
        self._reset_state()
        self._next_beat = now_ms + self.spec.heartbeat_ms
        frame = self._hello(now_ms)
        if hello:
            self._emit(frame)
        else:
            self._note(frame)

    def reboot(self, now_ms: int, hello: bool = True) -> None:
        self._boot += 1
        self.leds.clear()
        self.eliminated.clear()
        self.boot(now_ms, hello)

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
        seats = range(self.spec.first_seat, self.spec.last_seat + 1)
        return plan_presses(
            self.people,
            self.seed,
            question_id,
            self.answer_of(question_id),
            [seat for seat in seats if seat not in self.eliminated],
            self.spec.keys,
            mode,
        )

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
                if self.state in (HubState.ARMED, HubState.BUZZ):
                    self._paused = (list(self._queue), now_ms)  # an ARM of it may resume
                elif self.state is HubState.LOCKED and self._buzz_over and self._paused is None:
                    self._paused = ([], now_ms)
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
                self._paused = None
                self.leds.clear()
                self.eliminated.clear()
                self._emit(self._hello(now_ms))
                return
            case SelfTest():
                self._self_test(now_ms)
                return
            case Replay():  # as sent the first time: same seq and time
                self._out.extend(self._memory.replay(command.first_seq, command.last_seq))
                name = "REPLAY"
            case Recall():
                hub_ms = self.hub_ms(now_ms)
                self._out.extend(self._memory.recall(command.first_seq, command.last_seq, hub_ms))
                name = "RECALL"
            case SimAnswer():
                self.tell_answer(command.question_id, command.key)
                name = "SIMANS"
        self._emit(Ack(self._next_seq(), self.hub_ms(now_ms), name[:16], "OK"))

    def _arm(self, command: Arm, now_ms: int) -> None:
        paused, self._paused = self._paused, None
        if (
            paused is not None
            and self.state is HubState.LOCKED
            and command.question_id == self.question
            and command.mode is self._mode
        ):  # the MC paused and resumes: the same people go on, later by the pause
            queue, locked_at = paused
            if self._buzz_over:  # like the firmware: the window was over, it locks again
                return
            self.state = HubState.BUZZ if command.mode is ArmMode.BUZZ else HubState.ARMED
            for due, _, seat, key in sorted(queue):
                self._schedule(due + now_ms - locked_at, seat, key)
            return
        self.question = command.question_id
        self._mode = command.mode
        self.state = HubState.BUZZ if command.mode is ArmMode.BUZZ else HubState.ARMED
        self._armed_at = now_ms
        self._lock_at = None
        self._buzz_over = False
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
        times = [
            t
            for t in (self._next_beat, self._next_stuck, self._lock_at, self._next_idle)
            if t is not None
        ]
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
            self.state, self._lock_at, self._buzz_over = HubState.LOCKED, None, True
            self._queue.clear()
        self._idle_presses(now_ms)
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

    def _idle_presses(self, now_ms: int) -> None:
        if not self.idle_press_ms or self.state in (HubState.ARMED, HubState.BUZZ):
            self._next_idle = None
            return
        if self._next_idle is None:
            self._next_idle = now_ms + self.idle_press_ms
        rng, spec = self._idle_rng, self.spec
        while self._next_idle <= now_ms:
            seat = rng.randint(spec.first_seat, spec.last_seat)
            if seat not in self.eliminated:
                self._emit_press(seat, rng.choice(spec.keys), self._next_idle)
            self._next_idle += self.idle_press_ms

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
        self._emit(PressFrame(self._next_seq(), self.hub_ms(at_ms), seat, key))

    def _emit(self, frame: HubFrame) -> None:
        self._out.append(frame)
        self._note(frame)

    def _note(self, frame: HubFrame) -> None:
        """A new frame, sent (or lost on its way): remembered and recorded."""
        self._memory.note(frame)
        self.sent.append(frame)
        self.sent_boot.append(self._boot)

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
