"""The rcv hub protocol: encoding and parsing of frames, as pure functions.

A frame is one ASCII line ``$RCV,<TYPE>,<field>,…*<CC>\\n`` where ``CC`` is the CRC-8 (poly
0x07, init 0x00, no reflection: "CRC-8/SMBUS", check value 0xF4) of the bytes between ``$``
and ``*``, as two upper-case hex digits. ``docs/hardware.md`` is the specification; this module
is its reference implementation on the laptop side (the types live in
:mod:`rcv.hardware.frames` and are re-exported here). Nothing here does any I/O or raises on bad
input: :func:`parse_line` returns a :class:`Bad` with a :class:`RejectReason` instead.
"""

from __future__ import annotations

import re

from rcv.hardware.frames import (
    HUB_MS_MODULUS,
    KEYS,
    MAX_LINE,
    PROTOCOL_VERSION,
    SEQ_MODULUS,
    TRANSPORT_REASONS,
    Ack,
    Arm,
    ArmMode,
    Bad,
    Command,
    Diag,
    Frame,
    Heartbeat,
    Hello,
    HubFrame,
    HubState,
    Led,
    LedState,
    Lock,
    PressFrame,
    Recall,
    RejectReason,
    Replay,
    Reset,
    RunFate,
    RunFrame,
    SelfTest,
    SimAnswer,
    Who,
)

__all__ = [
    "HUB_MS_MODULUS",
    "KEYS",
    "MAX_LINE",
    "PROTOCOL_VERSION",
    "SEQ_MODULUS",
    "TRANSPORT_REASONS",
    "Ack",
    "Arm",
    "ArmMode",
    "Bad",
    "Command",
    "Diag",
    "Frame",
    "Heartbeat",
    "Hello",
    "HubFrame",
    "HubState",
    "Led",
    "LedState",
    "Lock",
    "PressFrame",
    "Recall",
    "RejectReason",
    "Replay",
    "Reset",
    "RunFate",
    "RunFrame",
    "SelfTest",
    "SimAnswer",
    "Who",
    "crc8",
    "encode",
    "parse_line",
]

_FIELD_RE = re.compile(
    r"[\x21-\x7e]{1,16}"
)  # printable, no spaces; "$", "*" and "," excluded below
_FORBIDDEN = frozenset("$*,")

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
        case RunFrame():
            return "RUN", [frame.seq, frame.hub_ms, frame.last_seq, frame.fate.value]
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
        case Recall():
            return "RECALL", [frame.first_seq, frame.last_seq]
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
    if name == "RUN" and n == 4:
        return RunFrame(
            _num(f[0], SEQ_MODULUS),
            _num(f[1], HUB_MS_MODULUS),
            _num(f[2], SEQ_MODULUS),
            RunFate(f[3]),
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
    if name == "RECALL" and n == 2:
        return Recall(_num(f[0], SEQ_MODULUS), _num(f[1], SEQ_MODULUS))
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
        "RUN",
        "WHO",
        "ARM",
        "LOCK",
        "LED",
        "RESET",
        "TEST",
        "REPLAY",
        "RECALL",
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
