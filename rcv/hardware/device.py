"""What a device profile says about a box, and how a message from it is read and a command for
it written. Pure: no I/O, never raises on what a device sends.

A *message* is one line (``framing: line``) or one fixed-size chunk of a byte stream
(``framing: bytes``). It is read by ``format``: a regular expression (``regex``), a JSON object
(``json``, dotted paths for nested fields), separated columns (``csv``), fixed character
positions (``fixed``), or a table of whole messages (``codes``). It may name:

- ``seat`` (written in ``seat_base`` 10 or 16), or ``id`` — a keypad's own ID, mapped to a
  seat by the pairing table — or neither: the port's own seat (one port per seat or team);
- ``key``: the device's own key, mapped to A–F by ``keys``; none at all for a buzzer with one
  button — the press is then a *buzz* (key ``""``);
- ``time``: the device's own millisecond clock.

Loading and checking a profile file is :mod:`rcv.hardware.profile`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rcv.hardware.keyboard import KeyboardMapper
from rcv.hardware.pairing import normalise_id
from rcv.hardware.protocol import (
    KEYS,
    Arm,
    ArmMode,
    Bad,
    Command,
    Led,
    LedState,
    Lock,
    RejectReason,
    Reset,
)

SOURCES = ("seat", "id", "key", "time")


@dataclass(frozen=True, slots=True)
class Decoded:
    """What a device message says: a seat (None: the port's own seat, or the pairing table's
    seat of ``device_id``) pressed a raw key ("" for a buzz)."""

    seat: int | None
    raw_key: str
    time: int | None = None  # the device's own ms clock, if the message carries one
    device_id: str | None = None


@dataclass(frozen=True)
class DeviceProfile:
    name: str
    kind: str  # "serial", "keyboard" or "rcv" (the native protocol)
    title: str = ""
    baud: int = 115200
    framing: str = "line"  # line | bytes
    chunk: int = 1  # bytes framing: bytes per message
    format: str = "regex"  # regex | json | csv | fixed | codes
    pattern: re.Pattern[str] | None = None
    fields: dict[str, str] = field(default_factory=dict)  # json: source -> dotted path
    columns: dict[str, int] = field(default_factory=dict)  # csv: source -> column
    slices: dict[str, tuple[int, int]] = field(default_factory=dict)  # fixed: [start, end)
    codes: dict[str, tuple[int | None, str]] = field(default_factory=dict)  # message -> seat, key
    separator: str = ","
    seat_base: int = 10
    id_base: str = "16"
    keys: dict[str, str] = field(default_factory=dict)  # raw key → A..F
    seat_offset: int = 0
    seats: tuple[int, int] | None = None
    ignore: tuple[re.Pattern[str], ...] = ()
    debounce_ms: int = 250
    hold_ms: int = 0  # the box repeats a held button: repeats this close together are one press
    echo: bool = False  # the box sends back every command it is sent
    echo_ms: int = 500
    heartbeat_ms: int | None = None
    boot_ms: int = 0
    commands: dict[str, str] = field(default_factory=dict)  # init/arm/arm_buzz/lock/reset/led/leds
    led_states: dict[LedState, str] = field(default_factory=dict)
    bindings: dict[str, tuple[int, str]] = field(default_factory=dict)  # keyboard: key → seat, key
    simulate: dict[str, Any] = field(default_factory=dict)
    max_line: int = 256
    line_end: str = "\n"  # added to a command template that has no line end of its own

    # -- what the messages carry -------------------------------------------------------------
    def has(self, source: str) -> bool:
        """Does a message carry ``source`` (seat, id, key, time)?"""
        if self.format == "regex":
            return self.pattern is not None and source in self.pattern.groupindex
        if self.format == "json":
            return source in self.fields
        if self.format == "csv":
            return source in self.columns
        if self.format == "fixed":
            return source in self.slices
        if self.format == "codes":
            if source == "seat":
                return any(seat is not None for seat, _ in self.codes.values())
            return source == "key" and any(key for _, key in self.codes.values())
        return False

    @property
    def buzz_only(self) -> bool:
        """A buzzer: its presses carry no key."""
        return self.kind == "serial" and not self.has("key")

    # -- messages → presses ------------------------------------------------------------------
    def map_key(self, raw: str) -> str | None:
        """A..F for a raw key, "" for a buzz, or None when the key means nothing."""
        if raw in self.keys:
            return self.keys[raw]
        if raw == "" and not self.has("key"):
            return ""
        up = raw.strip().upper()
        return up if len(up) == 1 and up in KEYS else None

    def decode(self, message: str) -> Decoded | Bad | None:
        """A :class:`Decoded`, None for a message to ignore, or why it is refused:
        UNRECOGNISED when it matches no pattern, MALFORMED when it does but a field cannot be
        read (a number like ``1e400``, a seat that is not a number, an ID that is not hex, a
        field of the wrong type). Never raises."""
        text = message.strip() if self.framing == "line" else message
        try:
            if not text or any(p.search(text) for p in self.ignore):
                return None
            found = _READERS[self.format](self, text)
            if isinstance(found, Bad):
                return found
            return self._decoded(found)
        except Exception as exc:  # whatever a device sends, one message is refused alone
            return Bad(RejectReason.MALFORMED, f"{type(exc).__name__}: {str(exc)[:80]}")

    def _decoded(self, found: Mapping[str, object]) -> Decoded | Bad:
        key = found.get("key")
        if self.has("key") and (key is None or isinstance(key, dict | list | bool)):
            return Bad(RejectReason.MALFORMED, f"key {key!r}")
        try:
            seat = _whole(found.get("seat"), "seat", self.seat_base)
            raw_id = found.get("id")
            device_id = None if raw_id in (None, "") else normalise_id(raw_id, self.id_base)
            time = _whole(found.get("time"), "time")
        except ValueError as exc:
            return Bad(RejectReason.MALFORMED, str(exc))
        if self.has("id") and device_id is None:
            return Bad(RejectReason.MALFORMED, "id missing")
        return Decoded(seat, "" if key is None else str(key), time, device_id)

    def fixed_seats(
        self, first: int | None = None, last: int | None = None
    ) -> tuple[int, int] | None:
        """The seats this device can report on a port set to ``first``(–``last``), when they
        are fixed: a box's own seats (``seats``) moved to where the port's range starts, a
        one-port box's seat; None when any seat may come (paired IDs, unbounded seats)."""
        shift = (first or 1) - 1 + self.seat_offset
        if self.has("id"):
            return self.seats
        if self.has("seat"):
            if self.seats:
                return (self.seats[0] + shift, self.seats[1] + shift)
            return (first, last if last is not None else first) if first and last else None
        seat = (first or 1) + self.seat_offset
        return (seat, seat)

    # -- commands → bytes --------------------------------------------------------------------
    def render(
        self, command: Command, ids: Callable[[int], str | None] | None = None, shift: int = 0
    ) -> list[bytes]:
        """What to send for an rcv command (nothing when the device has no such command), for
        any number of seats. ``ids`` gives a seat's paired keypad ID (``{id}``); ``shift`` is
        how far the port's seats are moved from the box's own (``{seat}`` is the box's)."""
        values: list[dict[str, object]] = []
        name = ""
        if isinstance(command, Arm):
            name = (
                "arm_buzz"
                if command.mode is ArmMode.BUZZ and "arm_buzz" in self.commands
                else "arm"
            )
            values = [
                {
                    "question": command.question_id,
                    "mode": command.mode.value,
                    "window": command.window_ms,
                }
            ]
        elif isinstance(command, Lock):
            name, values = "lock", [{"question": command.question_id}]
        elif isinstance(command, Reset):
            name, values = "reset", [{}]
        elif isinstance(command, Led):
            if self.led_states and command.state not in self.led_states:
                return []  # a light this box does not have
            state = self.led_states.get(command.state, command.state.value)
            offset = self.seat_offset + shift
            if "leds" in self.commands:  # one line for a run of seats
                name = "leds"
                values = [
                    {
                        "first": command.first_seat - offset,
                        "last": command.last_seat - offset,
                        "state": state,
                    }
                ]
            else:
                name = "led"
                for seat in range(command.first_seat, command.last_seat + 1):
                    device_id = ids(seat) if ids is not None else None
                    if device_id is None and "{id}" in self.commands.get("led", ""):
                        continue  # no keypad paired there: nobody to tell
                    values.append({"seat": seat - offset, "id": device_id, "state": state})
        if name not in self.commands:
            return []
        return [self.command_bytes(self.commands[name], v) for v in values]

    def command_bytes(self, template: str, values: Mapping[str, object] | None = None) -> bytes:
        text = template.format(**(values or {}))
        if not text.endswith(("\n", "\r")):
            text += self.line_end
        return text.encode("latin-1", errors="replace")

    # -- keyboard ----------------------------------------------------------------------------
    def keyboard_mapper(self) -> KeyboardMapper:
        if self.kind != "keyboard":
            raise ValueError(f"{self.name}: not a keyboard profile")
        return KeyboardMapper(self.bindings, self.debounce_ms)


def _whole(value: object, name: str, base: int = 10) -> int | None:
    """A whole number from a device field (text of digits in ``base``, or a JSON integer);
    ValueError for anything else (``1e400``, ``3.5``, ``true``, a list)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError(f"{name} {value!r} is not a whole number")
    if isinstance(value, str):
        text = value.strip()
        digits = "0123456789abcdefABCDEF" if base == 16 else "0123456789"
        if not text or len(text) > 12 or any(c not in digits for c in text):
            raise ValueError(f"{name} {text[:20]!r} is not a number (base {base})")
        return int(text, base)
    if not -(10**12) <= value <= 10**12:
        raise ValueError(f"{name} {value} is too large")
    return value


def _regex(p: DeviceProfile, text: str) -> dict[str, object] | Bad:
    assert p.pattern is not None
    m = p.pattern.search(text)
    if not m:
        return Bad(RejectReason.UNRECOGNISED, "no match")
    return {k: v for k, v in m.groupdict().items() if k in SOURCES}


def _json(p: DeviceProfile, text: str) -> dict[str, object] | Bad:
    try:
        obj = json.loads(text)
    except ValueError as exc:
        return Bad(RejectReason.UNRECOGNISED, f"not JSON: {str(exc)[:60]}")
    if not isinstance(obj, dict):
        return Bad(RejectReason.UNRECOGNISED, "not a JSON object")
    found: dict[str, object] = {}
    for source, path in p.fields.items():
        value: object = obj
        for part in path.split("."):
            if isinstance(value, dict) and part in value:
                value = value[part]
            elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
                value = value[int(part)]
            elif source == "time":  # a clock is a help: a message without one is timed on arrival
                value = None
                break
            else:
                return Bad(RejectReason.UNRECOGNISED, f"missing {path}")
        found[source] = value
    return found


def _csv(p: DeviceProfile, text: str) -> dict[str, object] | Bad:
    parts = [part.strip() for part in text.split(p.separator)]
    if any(i >= len(parts) for i in p.columns.values()):
        return Bad(RejectReason.UNRECOGNISED, f"only {len(parts)} columns")
    return {source: parts[i] for source, i in p.columns.items()}


def _fixed(p: DeviceProfile, text: str) -> dict[str, object] | Bad:
    end = max(stop for _, stop in p.slices.values())
    if len(text) < end:
        return Bad(RejectReason.UNRECOGNISED, f"{len(text)} characters, {end} needed")
    return {source: text[a:b].strip() for source, (a, b) in p.slices.items()}


def _codes(p: DeviceProfile, text: str) -> dict[str, object] | Bad:
    if text not in p.codes:
        return Bad(RejectReason.UNRECOGNISED, f"code {text[:16]!r}")
    seat, key = p.codes[text]
    return {"seat": seat, "key": key if p.has("key") else None}


_READERS: dict[str, Callable[[DeviceProfile, str], dict[str, object] | Bad]] = {
    "regex": _regex,
    "json": _json,
    "csv": _csv,
    "fixed": _fixed,
    "codes": _codes,
}
