"""Device profiles: a small YAML file describing buzzer hardware that does not speak the rcv
protocol — how to read a seat and a key from its lines, what to ignore, how to debounce, what
to send it on arm/lock/reset/LED — and how the simulator imitates it.

Loading and decoding are pure. ``docs/hardware.md`` explains how a technician writes one;
shipped profiles live in ``rcv/hardware/profiles/``.
"""

from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from rcv.hardware.protocol import KEYS, Arm, Bad, Command, Led, LedState, Lock, RejectReason, Reset

_LED_NAMES = {
    "off": LedState.OFF,
    "answered": LedState.ANSWERED,
    "correct": LedState.CORRECT,
    "wrong": LedState.WRONG,
    "eliminated": LedState.ELIMINATED,
}


class ProfileError(ValueError):
    """A profile that cannot be used; the message says why, in Vietnamese."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """What a device line says: a seat (None: the port's own seat) pressed a raw key."""

    seat: int | None
    raw_key: str
    time: int | None = None  # the device's own ms clock, if the line carries one


@dataclass(frozen=True)
class DeviceProfile:
    name: str
    kind: str  # "serial", "keyboard" or "rcv" (the native protocol)
    title: str = ""
    baud: int = 115200
    format: str = "regex"  # regex | json | csv
    pattern: re.Pattern[str] | None = None
    fields: dict[str, str] = field(default_factory=dict)  # json: seat/key/time → field name
    columns: dict[str, int] = field(default_factory=dict)  # csv: seat/key/time → column
    separator: str = ","
    keys: dict[str, str] = field(default_factory=dict)  # raw key → A..F
    seat_offset: int = 0
    seats: tuple[int, int] | None = None
    ignore: tuple[re.Pattern[str], ...] = ()
    debounce_ms: int = 250
    heartbeat_ms: int | None = None
    boot_ms: int = 0
    commands: dict[str, str] = field(default_factory=dict)  # init/arm/lock/reset/led
    led_states: dict[LedState, str] = field(default_factory=dict)
    bindings: dict[str, tuple[int, str]] = field(default_factory=dict)  # keyboard: key → seat, key
    simulate: dict[str, Any] = field(default_factory=dict)
    max_line: int = 256
    line_end: str = "\n"  # added to a command template that has no line end of its own

    # -- lines → presses ---------------------------------------------------------------------
    def map_key(self, raw: str) -> str | None:
        """A..F for a raw key, or None when the key means nothing."""
        if raw in self.keys:
            return self.keys[raw]
        up = raw.strip().upper()
        return up if len(up) == 1 and up in KEYS else None

    def decode(self, line: str) -> Decoded | Bad | None:
        """A :class:`Decoded`, None for a line to ignore, or why it is refused: UNRECOGNISED
        when it matches no pattern, MALFORMED when it does but a field cannot be read (a
        number like ``1e400``, a seat that is not a number, a field of the wrong type). Never
        raises."""
        text = line.strip()
        try:
            if not text or any(p.search(text) for p in self.ignore):
                return None
            if self.format == "json":
                return self._decode_json(text)
            if self.format == "csv":
                return self._decode_csv(text)
            return self._decode_regex(text)
        except Exception as exc:  # whatever a device sends, one line is refused alone
            return Bad(RejectReason.MALFORMED, f"{type(exc).__name__}: {str(exc)[:80]}")

    def _decode_regex(self, text: str) -> Decoded | Bad:
        assert self.pattern is not None
        m = self.pattern.search(text)
        if not m:
            return Bad(RejectReason.UNRECOGNISED, "không khớp mẫu (no match)")
        groups = m.groupdict()
        return _decoded(groups.get("seat"), groups.get("key"), groups.get("time"))

    def _decode_json(self, text: str) -> Decoded | Bad:
        try:
            obj = json.loads(text)
        except ValueError as exc:
            return Bad(RejectReason.UNRECOGNISED, f"không phải JSON (not JSON): {str(exc)[:60]}")
        if not isinstance(obj, dict):
            return Bad(RejectReason.UNRECOGNISED, "không phải đối tượng JSON (not a JSON object)")
        f = self.fields
        if f["key"] not in obj:
            return Bad(RejectReason.UNRECOGNISED, f"thiếu trường {f['key']} (missing field)")
        seat = obj.get(f["seat"]) if "seat" in f else None
        time = obj.get(f["time"]) if "time" in f else None
        return _decoded(seat, obj[f["key"]], time)

    def _decode_csv(self, text: str) -> Decoded | Bad:
        parts = [p.strip() for p in text.split(self.separator)]
        c = self.columns
        if any(i >= len(parts) for i in c.values()):
            return Bad(RejectReason.UNRECOGNISED, f"thiếu cột (only {len(parts)} columns)")
        seat = parts[c["seat"]] if "seat" in c else None
        time = parts[c["time"]] if "time" in c else None
        return _decoded(seat, parts[c["key"]], time)

    def fixed_seats(self, port_seat: int) -> tuple[int, int] | None:
        """The seats this device can report, when the profile fixes them (``seats``, or one
        port per team: the port's own seat); None when any seat may come."""
        if self.seats:
            return self.seats
        has_seat = (
            (self.pattern is not None and "seat" in self.pattern.groupindex)
            or (self.format == "json" and "seat" in self.fields)
            or (self.format == "csv" and "seat" in self.columns)
        )
        if has_seat:
            return None
        seat = port_seat + self.seat_offset
        return (seat, seat)

    # -- commands → lines --------------------------------------------------------------------
    def render(self, command: Command) -> list[bytes]:
        """The lines to send for an rcv command (none when the device has no such command)."""
        values: list[dict[str, object]] = []
        if isinstance(command, Arm) and "arm" in self.commands:
            name, values = "arm", [{"question": command.question_id, "mode": command.mode.value}]
        elif isinstance(command, Lock) and "lock" in self.commands:
            name, values = "lock", [{"question": command.question_id}]
        elif isinstance(command, Reset) and "reset" in self.commands:
            name, values = "reset", [{}]
        elif isinstance(command, Led) and "led" in self.commands:
            name = "led"
            state = self.led_states.get(command.state, command.state.value)
            last = min(command.last_seat, command.first_seat + 63)
            for seat in range(command.first_seat, last + 1):
                values.append({"seat": seat - self.seat_offset, "state": state})
        else:
            return []
        template = self.commands[name]
        if not template.endswith(("\n", "\r")):
            template += self.line_end
        return [template.format(**v).encode("latin-1") for v in values]

    # -- keyboard ----------------------------------------------------------------------------
    def keyboard_mapper(self) -> KeyboardMapper:
        if self.kind != "keyboard":
            raise ProfileError(f"{self.name}: không phải hồ sơ bàn phím (not a keyboard profile)")
        return KeyboardMapper(self.bindings, self.debounce_ms)


class KeyboardMapper:
    """USB buzzers that type like a keyboard: a typed key → (seat, key), auto-repeat removed.

    Pure: the Qt layer captures key events and calls :meth:`press` with the key's text (or its
    Qt name, e.g. "F1") and the clock's time.
    """

    def __init__(self, bindings: dict[str, tuple[int, str]], debounce_ms: int = 400) -> None:
        self.bindings = {k.lower(): v for k, v in bindings.items()}
        self.debounce_ms = debounce_ms
        self._last: dict[str, int] = {}

    def press(self, key_text: str, at_ms: int) -> tuple[int, str] | None:
        """(seat, key) for a new press, None for an unbound key or an auto-repeat."""
        name = key_text.lower()
        bound = self.bindings.get(name)
        if bound is None:
            return None
        last = self._last.get(name)
        self._last[name] = at_ms
        if last is not None and 0 <= at_ms - last < self.debounce_ms:
            return None
        return bound

    def release(self, key_text: str) -> None:
        """The key was let go: the next press counts at once."""
        self._last.pop(key_text.lower(), None)


def _whole(value: object, name: str) -> int | None:
    """A whole number from a device field (text of digits, or a JSON integer); ValueError
    for anything else (``1e400``, ``3.5``, ``true``, a list)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError(f"{name} {value!r} không phải số nguyên (not a whole number)")
    if isinstance(value, str):
        text = value.strip()
        if not text.isdigit() or len(text) > 12:
            raise ValueError(f"{name} {text[:20]!r} không phải số (not a number)")
        return int(text)
    if not -(10**12) <= value <= 10**12:
        raise ValueError(f"{name} {value} quá lớn (too large)")
    return value


def _decoded(seat: object, key: object, time: object) -> Decoded | Bad:
    if key is None or isinstance(key, dict | list | bool):
        return Bad(RejectReason.MALFORMED, f"phím {key!r} (key not a value)")
    try:
        return Decoded(_whole(seat, "ghế"), str(key), _whole(time, "giờ"))
    except ValueError as exc:
        return Bad(RejectReason.MALFORMED, str(exc))


# -- loading -------------------------------------------------------------------------------


def shipped_profiles() -> list[str]:
    """Names of the profiles that come with rcv."""
    folder = resources.files("rcv.hardware").joinpath("profiles")
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml"))


def load_profile(name_or_path: str | Path) -> DeviceProfile:
    """A shipped profile by name, or a profile file by path."""
    text_name = str(name_or_path)
    path = Path(text_name)
    if path.suffix in (".yaml", ".yml") or path.exists():
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ProfileError(f"không đọc được {path} ({exc.strerror})") from exc
        return parse_profile(text, path.stem)
    folder = resources.files("rcv.hardware").joinpath("profiles")
    res = folder.joinpath(f"{text_name}.yaml")
    if not res.is_file():
        known = ", ".join(shipped_profiles())
        raise ProfileError(f"không có hồ sơ '{text_name}' (no such profile); có: {known}")
    return parse_profile(res.read_text(encoding="utf-8"), text_name)


def parse_profile(text: str, default_name: str = "profile") -> DeviceProfile:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ProfileError(f"YAML sai (invalid YAML): {exc}") from exc
    if not isinstance(data, dict):
        raise ProfileError("hồ sơ phải là một bảng khoá: giá trị (a mapping)")
    try:
        return _build(data, default_name)
    except (KeyError, TypeError, ValueError, re.error) as exc:
        if isinstance(exc, ProfileError):
            raise
        raise ProfileError(f"hồ sơ '{data.get('name', default_name)}' sai: {exc}") from exc


def _text(value: object) -> str:
    """YAML 1.1 reads a bare off/on/no/yes as a boolean; a profile means the word."""
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value)


def _build(d: dict[str, Any], default_name: str) -> DeviceProfile:
    name = str(d.get("name", default_name))
    kind = str(d.get("kind", "serial"))
    if kind not in ("serial", "keyboard", "rcv"):
        raise ProfileError(f"{name}: kind phải là serial, keyboard hoặc rcv")
    fmt = str(d.get("format", "regex"))
    keys = {_text(k): _text(v).upper() for k, v in (d.get("keys") or {}).items()}
    for raw, key in keys.items():
        if key not in KEYS or len(key) != 1:
            raise ProfileError(f"{name}: phím '{raw}' → '{key}' không thuộc A–F")
    pattern = re.compile(d["pattern"]) if d.get("pattern") else None
    fields = {str(k): str(v) for k, v in (d.get("fields") or {}).items()}
    columns = {str(k): int(v) for k, v in (d.get("columns") or {}).items()}
    if kind == "serial":
        if fmt == "regex" and (pattern is None or "key" not in pattern.groupindex):
            raise ProfileError(f"{name}: format regex cần pattern có nhóm (?P<key>…)")
        if fmt == "json" and "key" not in fields:
            raise ProfileError(f"{name}: format json cần fields.key")
        if fmt == "csv" and "key" not in columns:
            raise ProfileError(f"{name}: format csv cần columns.key")
        if fmt not in ("regex", "json", "csv"):
            raise ProfileError(f"{name}: format phải là regex, json hoặc csv")
    commands = {str(k): str(v) for k, v in (d.get("commands") or {}).items() if v is not None}
    allowed = {
        "init": set(),
        "arm": {"question", "mode"},
        "lock": {"question"},
        "reset": set(),
        "led": {"seat", "state"},
    }
    for cname, template in commands.items():
        if cname not in allowed:
            raise ProfileError(f"{name}: lệnh '{cname}' không biết (init/arm/lock/reset/led)")
        used = {f for _, f, _, _ in string.Formatter().parse(template) if f}
        if not used <= allowed[cname]:
            raise ProfileError(f"{name}: lệnh {cname} dùng {sorted(used - allowed[cname])}")
    led_states: dict[LedState, str] = {}
    for k, v in (d.get("led_states") or {}).items():
        if _text(k) not in _LED_NAMES:
            raise ProfileError(
                f"{name}: led_states '{_text(k)}' không biết ({', '.join(_LED_NAMES)})"
            )
        led_states[_LED_NAMES[_text(k)]] = _text(v)
    bindings: dict[str, tuple[int, str]] = {}
    for k, v in (d.get("bindings") or {}).items():
        seat, key = (v["seat"], v["key"]) if isinstance(v, dict) else str(v).split(":")
        if str(key).upper() not in KEYS:
            raise ProfileError(f"{name}: phím gõ '{k}' → '{key}' không thuộc A–F")
        bindings[str(k)] = (int(seat), str(key).upper())
    if kind == "keyboard" and not bindings:
        raise ProfileError(f"{name}: hồ sơ bàn phím cần bindings")
    seats = d.get("seats")
    return DeviceProfile(
        name=name,
        kind=kind,
        title=str(d.get("title", "")),
        baud=int(d.get("baud", 115200)),
        format=fmt,
        pattern=pattern,
        fields=fields,
        columns=columns,
        separator=str(d.get("separator", ",")),
        keys=keys,
        seat_offset=int(d.get("seat_offset", 0)),
        seats=(int(seats[0]), int(seats[1])) if seats else None,
        ignore=tuple(re.compile(p) for p in d.get("ignore") or ()),
        debounce_ms=int(d.get("debounce_ms", 250)),
        heartbeat_ms=int(d["heartbeat_ms"]) if d.get("heartbeat_ms") else None,
        boot_ms=int(d.get("boot_ms", 0)),
        commands=commands,
        led_states=led_states,
        bindings=bindings,
        simulate=dict(d.get("simulate") or {}),
        max_line=int(d.get("max_line", 256)),
        line_end=str(d.get("line_end", "\n")),
    )
