"""The rcv hub protocol, version 1: frame types, encoding and parsing, as pure functions.

A frame is one ASCII line ``$RCV,<TYPE>,<field>,…*<CC>\\n`` where ``CC`` is the CRC-8 (poly
0x07, init 0x00, no reflection: "CRC-8/SMBUS", check value 0xF4) of the bytes between ``$``
and ``*``, as two upper-case hex digits. ``docs/hardware.md`` is the specification; this module
is its reference implementation on the laptop side. Nothing here does any I/O or raises on bad
input: :func:`parse_line` returns a :class:`Bad` with a :class:`RejectReason` instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

PROTOCOL_VERSION = 1
MAX_LINE = 120  # bytes, from "$" to the last checksum digit
SEQ_MODULUS = 65536
HUB_MS_MODULUS = 1 << 32
KEYS = "ABCDEF"

_FIELD_RE = re.compile(
    r"[\x21-\x7e]{1,16}"
)  # printable, no spaces; "$", "*" and "," excluded below
_FORBIDDEN = frozenset("$*,")


class RejectReason(StrEnum):
    """Why a line or a frame was not handed on as a press or a hub message."""

    NOISE = "noise"  # bytes that are not a frame at all
    TRUNCATED = "truncated"  # a frame cut short (a new "$" came before its end)
    TOO_LONG = "too_long"  # no line end within MAX_LINE bytes
    CHECKSUM = "checksum"
    MALFORMED = "malformed"  # checksum right but fields wrong (count, number, key)
    UNKNOWN_TYPE = "unknown_type"
    UNKNOWN_SEAT = "unknown_seat"  # seat outside the hub's declared range
    DUPLICATE = "duplicate"  # sequence number already received
    REPEAT = "repeat"  # same seat and key again within the repeat window (bounce, stuck key)
    BEFORE_HELLO = "before_hello"  # the hub never said hello, so its frames cannot be placed
    UNRECOGNISED = "unrecognised"  # device-profile line matching no pattern
    ECHO = "echo"  # one of rcv's own commands read back (RS-485 adapters that echo)


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


HubFrame = Hello | PressFrame | Heartbeat | Ack | Diag


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
class SimAnswer:
    """Simulator only (real hubs answer ACK UNKNOWN): the right key of a question."""

    question_id: str
    key: str


Command = Who | Arm | Lock | Led | Reset | SelfTest | Replay | SimAnswer
Frame = HubFrame | Command

# -- checksum --------------------------------------------------------------------------------


def _make_table() -> tuple[int, ...]:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
        table.append(crc)
    return tuple(table)


_CRC_TABLE = _make_table()


def crc8(data: bytes) -> int:
    """CRC-8/SMBUS (poly 0x07, init 0, no reflection, no final xor); crc8(b"123456789") == 0xF4."""
    crc = 0
    table = _CRC_TABLE
    for byte in data:
        crc = table[crc ^ byte]
    return crc


# -- encoding --------------------------------------------------------------------------------


def _fields(frame: Frame) -> tuple[str, list[object]]:
    match frame:
        case Hello():
            return "HELLO", [
                frame.seq,
                frame.hub_ms,
                frame.proto,
                frame.hub_id,
                frame.first_seat,
                frame.last_seat,
                frame.boot,
                frame.firmware,
            ]
        case PressFrame():
            return "P", [frame.seq, frame.hub_ms, frame.seat, frame.key]
        case Heartbeat():
            return "HB", [frame.seq, frame.hub_ms, frame.state.value]
        case Ack():
            return "ACK", [frame.seq, frame.hub_ms, frame.command, frame.result]
        case Diag():
            return "DIAG", [frame.seq, frame.hub_ms, frame.seat, frame.result]
        case Who():
            return "WHO", []
        case Arm():
            return "ARM", [frame.question_id, frame.mode.value, frame.window_ms]
        case Lock():
            return "LOCK", [frame.question_id]
        case Led():
            return "LED", [frame.first_seat, frame.last_seat, frame.state.value]
        case Reset():
            return "RESET", []
        case SelfTest():
            return "TEST", []
        case Replay():
            return "REPLAY", [frame.first_seq, frame.last_seq]
        case SimAnswer():
            return "SIMANS", [frame.question_id, frame.key]
    raise TypeError(f"not a frame: {frame!r}")


def encode(frame: Frame) -> bytes:
    """The line for a frame, "\\n" included. Raises ValueError for a field that cannot be sent."""
    name, values = _fields(frame)
    texts = [str(v) for v in values]
    for text in texts:
        if not _FIELD_RE.fullmatch(text) or _FORBIDDEN.intersection(text):
            raise ValueError(f"field {text!r} of {name} is not 1–16 printable characters")
    body = ",".join(["RCV", name, *texts]).encode("ascii")
    return b"$%s*%02X\n" % (body, crc8(body))


# -- parsing ---------------------------------------------------------------------------------


def _num(text: str, limit: int) -> int:
    if not text.isdigit() or len(text) > 10:
        raise ValueError(text)
    value = int(text)
    if value >= limit:
        raise ValueError(text)
    return value


def _token(text: str) -> str:
    if not _FIELD_RE.fullmatch(text):
        raise ValueError(text)
    return text


def _key(text: str) -> str:
    if len(text) != 1 or text not in KEYS:
        raise ValueError(text)
    return text


def _seat(text: str) -> int:
    seat = _num(text, 10000)
    if seat < 1:
        raise ValueError(text)
    return seat


def _build(name: str, f: list[str]) -> Frame:
    """One frame from its type and fields; ValueError or LookupError when they are wrong."""
    n = len(f)
    if name == "P" and n == 4:
        return PressFrame(
            _num(f[0], SEQ_MODULUS), _num(f[1], HUB_MS_MODULUS), _seat(f[2]), _key(f[3])
        )
    if name == "HB" and n == 3:
        return Heartbeat(_num(f[0], SEQ_MODULUS), _num(f[1], HUB_MS_MODULUS), HubState(f[2]))
    if name == "HELLO" and n == 8:
        first, last = _seat(f[4]), _seat(f[5])
        if last < first:
            raise ValueError("seat range")
        return Hello(
            _num(f[0], SEQ_MODULUS),
            _num(f[1], HUB_MS_MODULUS),
            _num(f[2], 1000),
            _token(f[3]),
            first,
            last,
            _num(f[6], HUB_MS_MODULUS),
            _token(f[7]),
        )
    if name == "ACK" and n == 4:
        return Ack(_num(f[0], SEQ_MODULUS), _num(f[1], HUB_MS_MODULUS), _token(f[2]), _token(f[3]))
    if name == "DIAG" and n == 4:
        return Diag(
            _num(f[0], SEQ_MODULUS), _num(f[1], HUB_MS_MODULUS), _num(f[2], 10000), _token(f[3])
        )
    if name == "WHO" and n == 0:
        return Who()
    if name == "ARM" and n == 3:
        return Arm(_token(f[0]), ArmMode(f[1]), _num(f[2], 100_000))
    if name == "LOCK" and n == 1:
        return Lock(_token(f[0]))
    if name == "LED" and n == 3:
        first, last = _seat(f[0]), _seat(f[1])
        if last < first:
            raise ValueError("seat range")
        return Led(first, last, LedState(f[2]))
    if name == "RESET" and n == 0:
        return Reset()
    if name == "TEST" and n == 0:
        return SelfTest()
    if name == "REPLAY" and n == 2:
        return Replay(_num(f[0], SEQ_MODULUS), _num(f[1], SEQ_MODULUS))
    if name == "SIMANS" and n == 2:
        return SimAnswer(_token(f[0]), _key(f[1]))
    if name in _KNOWN:
        raise ValueError(f"{name}: {n} fields")
    raise LookupError(name)


_KNOWN = frozenset(
    {
        "P",
        "HB",
        "HELLO",
        "ACK",
        "DIAG",
        "WHO",
        "ARM",
        "LOCK",
        "LED",
        "RESET",
        "TEST",
        "REPLAY",
        "SIMANS",
    }
)
_HEX = frozenset(b"0123456789ABCDEF")


def parse_line(line: bytes) -> Frame | Bad:
    """A frame from one line (without its line end), or why it is not one. Never raises."""
    if not line.startswith(b"$"):
        return Bad(RejectReason.NOISE, "no $")
    if len(line) > MAX_LINE:
        return Bad(RejectReason.TOO_LONG, f"{len(line)} bytes")
    star = line.rfind(b"*")
    if star < 0 or len(line) - star != 3:
        return Bad(RejectReason.TRUNCATED, "no *CC")
    digits = line[star + 1 :]
    if digits[0] not in _HEX or digits[1] not in _HEX:
        return Bad(RejectReason.CHECKSUM, "checksum not hex")
    body = line[1:star]
    if crc8(body) != int(digits, 16):
        return Bad(RejectReason.CHECKSUM, f"{crc8(body):02X} != {digits.decode('ascii')}")
    try:
        text = body.decode("ascii")
    except UnicodeDecodeError:
        return Bad(RejectReason.MALFORMED, "not ASCII")
    parts = text.split(",")
    if len(parts) < 2 or parts[0] != "RCV":
        return Bad(RejectReason.MALFORMED, "not $RCV")
    try:
        return _build(parts[1], parts[2:])
    except LookupError:
        return Bad(RejectReason.UNKNOWN_TYPE, parts[1][:16])
    except ValueError as exc:
        return Bad(RejectReason.MALFORMED, f"{parts[1][:16]}: {str(exc)[:40]}")
