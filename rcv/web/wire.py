"""What travels on the venue's network: the messages a page may send (parsed here, bounded and
checked, never trusted), and what the server reports to its consumer besides presses.

A seat's presses are reported as :class:`~rcv.hardware.events.KeyPress` (a letter) or
:class:`TypedAnswer` (a number or a text for a short-answer question), and every message the
server cannot take as a press as a :class:`~rcv.hardware.events.RejectedFrame` with its reason —
the same path as a keypad hub's, so each ends in the log.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

PORT = "web"  # the phones' "port" in the keypad link and the log's hub name
HUB_ID = "phones"
TEXT_MAX = 40  # a typed answer: a number or a few words
NAME_MAX = 40
SEAT_MAX = 9999
KEYS = frozenset("ABCDEF")
ROLES = frozenset({"audience", "overlay", "referee"})


@dataclass(frozen=True, slots=True)
class TypedAnswer:
    """A number or a few words typed on a phone for a short-answer question; timed like a
    :class:`~rcv.hardware.events.KeyPress`."""

    port: str
    hub_id: str
    seat: int
    text: str
    at_ms: int
    received_ms: int
    seq: int = -1
    boot: int | None = None


@dataclass(frozen=True, slots=True)
class AudienceAnswer:
    """A spectator's answer to the audience question ``round`` (one device, one answer)."""

    device: str
    round: str
    key: str
    at_ms: int


@dataclass(frozen=True, slots=True)
class RefereeReport:
    """A referee's wrong seats in the block ``first``–``last`` (whiteboard mode)."""

    referee: str
    first: int
    last: int
    wrong: tuple[int, ...]
    at_ms: int


@dataclass(frozen=True, slots=True)
class TakeoverRequest:
    """A device asks for a seat that another device holds: only the MC can let it."""

    seat: int
    device: str
    at_ms: int


@dataclass(frozen=True, slots=True)
class Devices:
    """Who is connected, for the console: seats with a phone, their round trips, spectators."""

    seats: tuple[tuple[int, int], ...]  # (seat, round trip ms; -1 not measured yet)
    audience: int
    referees: int
    waiting: tuple[int, ...]  # seats with a takeover request


WebReport = TypedAnswer | AudienceAnswer | RefereeReport | TakeoverRequest | Devices


@dataclass(frozen=True, slots=True)
class Message:
    """One message from a page, checked: ``kind`` and its fields (anything else is refused)."""

    kind: str
    fields: dict[str, Any]


def parse(text: str | bytes, limit: int) -> Message | None:
    """The message in ``text``, or None when it is not one a page may send."""
    if len(text) > limit:
        return None
    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("t"), str):
        return None
    kind = data["t"]
    checker = _CHECKS.get(kind)
    if checker is None:
        return None
    fields = checker(data)
    return None if fields is None else Message(kind, fields)


def _int(value: Any, low: int, high: int) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        return None
    return value


def _str(value: Any, most: int) -> str | None:
    if not isinstance(value, str) or len(value) > most:
        return None
    return value


def _join(d: dict[str, Any]) -> dict[str, Any] | None:
    if "token" in d:
        token = _str(d["token"], 120)
        return None if token is None else {"token": token}
    seat, pin = _int(d.get("seat"), 1, SEAT_MAX), _str(d.get("pin"), 12)
    return None if seat is None or pin is None else {"seat": seat, "pin": pin}


def _resume(d: dict[str, Any]) -> dict[str, Any] | None:
    session = _str(d.get("session"), 120)
    return None if session is None else {"session": session}


def _hello(d: dict[str, Any]) -> dict[str, Any] | None:
    role, key = d.get("role"), _str(d.get("key"), 64)
    if role not in ROLES or key is None:
        return None
    return {"role": role, "key": key, "name": (_str(d.get("name"), NAME_MAX) or "").strip()}


def _press(d: dict[str, Any]) -> dict[str, Any] | None:
    n, key = _int(d.get("n"), 0, 2**31), d.get("key")
    if n is None or not isinstance(key, str) or key not in KEYS:
        return None
    return {"n": n, "key": key}


def _typed(d: dict[str, Any]) -> dict[str, Any] | None:
    n, text = _int(d.get("n"), 0, 2**31), _str(d.get("text"), TEXT_MAX)
    if n is None or text is None or not text.strip():
        return None
    return {"n": n, "text": " ".join(text.split())}


def _pong(d: dict[str, Any]) -> dict[str, Any] | None:
    ping = _int(d.get("id"), 0, 2**31)
    return None if ping is None else {"id": ping}


def _aud(d: dict[str, Any]) -> dict[str, Any] | None:
    rnd, key = _str(d.get("round"), 40), d.get("key")
    if rnd is None or not isinstance(key, str) or key not in KEYS:
        return None
    return {"round": rnd, "key": key}


def _wrong(d: dict[str, Any]) -> dict[str, Any] | None:
    first, last = _int(d.get("first"), 1, SEAT_MAX), _int(d.get("last"), 1, SEAT_MAX)
    seats = d.get("seats")
    if first is None or last is None or last < first or not isinstance(seats, list):
        return None
    if len(seats) > last - first + 1:
        return None
    wrong = [_int(s, first, last) for s in seats]
    if any(s is None for s in wrong):
        return None
    return {"first": first, "last": last, "seats": tuple(sorted({s for s in wrong if s}))}


_CHECKS = {
    "join": _join,
    "resume": _resume,
    "hello": _hello,
    "press": _press,
    "type": _typed,
    "pong": _pong,
    "aud": _aud,
    "wrong": _wrong,
}


def dump(message: dict[str, Any]) -> str:
    return json.dumps(message, ensure_ascii=False, separators=(",", ":"))
