"""The rcv hub protocol's vocabulary: constants, frame and command types, and the reasons a line
is refused. Plain immutable data; :mod:`rcv.hardware.protocol` encodes and parses them.

``docs/hardware.md`` is the specification. Version 1 plus the RECALL extension (a hub that does
not know it answers ``ACK …,RECALL,UNKNOWN`` and rcv falls back to REPLAY).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

PROTOCOL_VERSION = 1
MAX_LINE = 120  # bytes, from "$" to the last checksum digit
SEQ_MODULUS = 65536
HUB_MS_MODULUS = 1 << 32
KEYS = "ABCDEF"


class RejectReason(StrEnum):
    """Why a line or a frame was not handed on as a press or a hub message."""

    NOISE = "noise"  # bytes that are not a frame at all
    TRUNCATED = "truncated"  # a frame cut short (a new "$" came before its end)
    TOO_LONG = "too_long"  # no line end within MAX_LINE bytes
    CHECKSUM = "checksum"
    MALFORMED = "malformed"  # checksum right but fields wrong (count, number, key)
    UNKNOWN_TYPE = "unknown_type"
    UNKNOWN_SEAT = "unknown_seat"  # seat outside the hub's declared range
    DUPLICATE = "duplicate"  # sequence number already received (the same frame again)
    REPEAT = "repeat"  # same seat and key again within the repeat window (bounce, stuck key)
    BEFORE_HELLO = "before_hello"  # the hub never said hello, so its frames cannot be placed
    UNRECOGNISED = "unrecognised"  # device-profile line matching no pattern
    ECHO = "echo"  # one of rcv's own commands read back (RS-485 adapters that echo)
    OUT_OF_SEQUENCE = "out_of_sequence"  # fits no sequence the hub sent (noise past the CRC)
    LATE = "late"  # came after its sequence number had been reported lost
    UNPAIRED = "unpaired"  # a keypad whose ID the pairing table does not know (device profiles)
    HELD = "held"  # the same button again while it is still held (a box that repeats it)


TRANSPORT_REASONS = frozenset(
    {
        RejectReason.NOISE,
        RejectReason.TRUNCATED,
        RejectReason.TOO_LONG,
        RejectReason.CHECKSUM,
        RejectReason.MALFORMED,
        RejectReason.UNKNOWN_TYPE,
        RejectReason.DUPLICATE,
        RejectReason.ECHO,
        RejectReason.OUT_OF_SEQUENCE,
        RejectReason.LATE,
    }
)
"""Reasons that say something about the line rather than about a press: a frame refused for
one of these is damaged, a copy, or cannot be placed in any boot of the hub rcv knows. The
others (unknown seat, repeat, before hello, unrecognised) are the one record of a press.

``out_of_sequence`` is in between: usually noise that passed the checksum or a copy, but it is
also the only record of a press sent by a boot of the hub that rcv never heard of (restarted
twice, its hellos lost); such a refusal carries the frame's seq, seat and key, so show it."""


@dataclass(frozen=True, slots=True)
class Bad:
    """A line that is not a usable frame."""

    reason: RejectReason
    detail: str = ""


class ArmMode(StrEnum):
    ANSWER = "ANS"  # every seat may answer (and change its answer) until LOCK
    BUZZ = "BUZZ"  # buzz-in: first press per seat, hub locks itself window_ms after the first


class LedState(StrEnum):
    OFF = "OFF"
    ANSWERED = "ANS"
    CORRECT = "OK"
    WRONG = "BAD"
    ELIMINATED = "OUT"


class HubState(StrEnum):
    IDLE = "IDLE"
    ARMED = "ARMED"
    BUZZ = "BUZZ"
    LOCKED = "LOCKED"
    TEST = "TEST"


class RunFate(StrEnum):
    """What became of a run of sequence numbers, in a hub's answer to RECALL."""

    NOT_PRESSES = "NP"  # heartbeats, acks, hellos…: nothing to recover
    GONE = "GONE"  # presses the hub no longer holds in memory: lost for good
    UNKNOWN = "UNKNOWN"  # older than the hub's record of what it sent (or never sent)


# -- frames sent by a hub ---------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Hello:
    seq: int
    hub_ms: int
    proto: int
    hub_id: str
    first_seat: int
    last_seat: int
    boot: int  # changes at every boot of the hub: a new boot restarts its clock and sequence
    firmware: str


@dataclass(frozen=True, slots=True)
class PressFrame:
    seq: int
    hub_ms: int
    seat: int
    key: str


@dataclass(frozen=True, slots=True)
class Heartbeat:
    seq: int
    hub_ms: int
    state: HubState


@dataclass(frozen=True, slots=True)
class Ack:
    seq: int
    hub_ms: int
    command: str
    result: str  # OK, or a short error word


@dataclass(frozen=True, slots=True)
class Diag:
    seq: int
    hub_ms: int
    seat: int  # 0 with result DONE closes a self-test
    result: str  # OK, STUCK, NOKEY, DONE


@dataclass(frozen=True, slots=True)
class RunFrame:
    """A hub's account of sequence numbers ``seq..last_seq`` (answer to RECALL). It repeats old
    numbers and takes no new one; ``hub_ms`` is the hub's clock when it answered."""

    seq: int
    hub_ms: int
    last_seq: int
    fate: RunFate


HubFrame = Hello | PressFrame | Heartbeat | Ack | Diag | RunFrame


# -- commands sent by rcv ---------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Who:
    """Ask the hub to say hello (answered at once by a running hub)."""


@dataclass(frozen=True, slots=True)
class Arm:
    question_id: str
    mode: ArmMode = ArmMode.ANSWER
    window_ms: int = 0  # buzz-in: keep reporting other seats this long after the first press


@dataclass(frozen=True, slots=True)
class Lock:
    question_id: str


@dataclass(frozen=True, slots=True)
class Led:
    first_seat: int
    last_seat: int
    state: LedState


@dataclass(frozen=True, slots=True)
class Reset:
    """Back to idle: disarm, all LEDs off. The hub answers with a hello."""


@dataclass(frozen=True, slots=True)
class SelfTest:
    """Flash every LED, check every keypad; the hub answers with DIAG frames."""


@dataclass(frozen=True, slots=True)
class Replay:
    """Send again the presses with sequence numbers first..last (inclusive) still in memory."""

    first_seq: int
    last_seq: int


@dataclass(frozen=True, slots=True)
class Recall:
    """Account for every sequence number first..last: the presses still in memory again, and a
    RUN frame for each run of the others (not presses, presses forgotten, unknown)."""

    first_seq: int
    last_seq: int


@dataclass(frozen=True, slots=True)
class SimAnswer:
    """Simulator only (real hubs answer ACK UNKNOWN): the right key of a question."""

    question_id: str
    key: str


Command = Who | Arm | Lock | Led | Reset | SelfTest | Replay | Recall | SimAnswer
Frame = HubFrame | Command
