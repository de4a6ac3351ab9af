"""Device profiles: a small YAML file describing buzzer hardware that does not speak the rcv
protocol — how to read a seat (or a keypad's ID) and a key from its lines or bytes, what to
ignore, how to tell a held button from a new press, what to send it — and how the simulator
imitates it. The profile itself is :class:`~rcv.hardware.device.DeviceProfile`.

Reading is pure and checks the whole file: :func:`check_profile` returns every problem with
the line it is on, as codes (``rcv hw profile check`` and the console word them with
``rcv.i18n.phrases.hardware``); :func:`parse_profile` raises :class:`ProfileError` carrying
them. Finding a profile by name or file: :mod:`rcv.hardware.profile_library`.
``docs/hardware.md`` explains how a technician writes one.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from typing import Any

import yaml

from rcv.hardware.device import Decoded, DeviceProfile
from rcv.hardware.keyboard import KeyboardMapper
from rcv.hardware.pairing import ID_BASES
from rcv.hardware.profile_rules import COMMAND_FIELDS, LED_NAMES, SETTINGS, Problem, check_fields
from rcv.hardware.protocol import KEYS, LedState
from rcv.yamlsafe import load_yaml

__all__ = [
    "Decoded",
    "DeviceProfile",
    "KeyboardMapper",
    "Problem",
    "ProfileCheck",
    "ProfileError",
    "check_profile",
    "parse_profile",
]


class ProfileError(ValueError):
    """A profile that cannot be used: ``problems`` (codes with their line and facts); ``code``
    and ``params`` are the first one's, like every coded error of rcv."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems) or (Problem(0, "invalid"),)
        first = self.problems[0]
        self.code, self.params = first.code, dict(first.params, line=first.line)
        super().__init__("; ".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class ProfileCheck:
    """What :func:`check_profile` found: the profile (None when it cannot be used) and every
    problem, errors and warnings, each with its line."""

    profile: DeviceProfile | None
    problems: tuple[Problem, ...] = ()

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if not p.warning)

    @property
    def ok(self) -> bool:
        return self.profile is not None and not self.errors


# -- checking --------------------------------------------------------------------------------
def _key_lines(text: str) -> dict[tuple[str, ...], int]:
    """The 1-based line of each key of the file's mappings, by path ("commands", "arm")."""
    lines: dict[tuple[str, ...], int] = {}
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return lines

    def walk(node: Any, path: tuple[str, ...]) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                name = (*path, str(key.value))
                lines[name] = key.start_mark.line + 1
                walk(value, name)

    walk(root, ())
    return lines


def check_profile(text: str, default_name: str = "profile") -> ProfileCheck:
    """Every problem of a profile file, each on its line; never raises."""
    try:
        data = load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else 0
        detail = str(getattr(exc, "problem", None) or exc).splitlines()[0][:120]
        return ProfileCheck(None, (Problem(line, "yaml", {"detail": detail}),))
    if not isinstance(data, dict):
        return ProfileCheck(None, (Problem(1, "not_mapping"),))
    lines = _key_lines(text)
    problems: list[Problem] = []
    profile = _build(data, default_name, lambda *path: lines.get(tuple(path), 0), problems)
    problems.sort(key=lambda p: (p.line == 0, p.line, p.warning))  # the whole file last
    errors = [p for p in problems if not p.warning]
    return ProfileCheck(None if errors else profile, tuple(problems))


def parse_profile(text: str, default_name: str = "profile") -> DeviceProfile:
    """The profile in ``text``; :class:`ProfileError` with every error (warnings are not)."""
    check = check_profile(text, default_name)
    if check.profile is None or check.errors:
        raise ProfileError(list(check.errors))
    return check.profile


def _text(value: object) -> str:
    """YAML 1.1 reads a bare off/on/no/yes as a boolean; a profile means the word."""
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value)


def _build(d: dict[str, Any], default: str, line: Any, out: list[Problem]) -> DeviceProfile | None:
    def bad(code: str, *path: str, warning: bool = False, **params: object) -> None:
        out.append(Problem(line(*path) if path else 0, code, params, warning))

    for key in d:
        if str(key) not in SETTINGS:
            bad("unknown_setting", str(key), name=str(key))
    values = check_fields(d, bad)
    kind, fmt = values["kind"], values["format"]
    keys = {_text(k): _text(v).upper() for k, v in (d.get("keys") or {}).items()}
    for raw, key in keys.items():
        if key not in KEYS or len(key) != 1:
            bad("bad_key", "keys", raw=raw, key=key)
    pattern = _regex(d.get("pattern"), bad, "pattern")
    ignore = tuple(p for p in (_regex(x, bad, "ignore") for x in d.get("ignore") or ()) if p)
    fields = {str(k): str(v) for k, v in _mapping(d, "fields", bad).items()}
    columns = _numbers(d, "columns", bad, 1)
    slices = _numbers(d, "slices", bad, 2)
    codes = _codes(d.get("codes") or {}, bad)
    sources = {
        "regex": set(pattern.groupindex) if pattern else set(),
        "json": set(fields),
        "csv": set(columns),
        "fixed": set(slices),
        "codes": {"seat"} if codes else set(),
    }.get(fmt, set())
    if kind == "serial":
        if _NEEDS[fmt] not in d:
            bad("format_needs", "format", format=fmt, what=_NEEDS[fmt])
        for name in sources - {"seat", "id", "key", "time"}:
            bad(
                "unused_source",
                "pattern" if fmt == "regex" else _NEEDS[fmt],
                warning=True,
                name=name,
            )
        if {"seat", "id"} <= sources:
            bad("seat_and_id", _NEEDS[fmt])
        if fmt == "fixed" and any(a < 0 or b <= a for a, b in slices.values()):
            bad(
                "bad_value",
                "slices",
                setting="slices",
                value=str(d.get("slices"))[:40],
                expected="[start, end]",
            )
    commands = {str(k): str(v) for k, v in (d.get("commands") or {}).items() if v is not None}
    for name, template in commands.items():
        allowed = COMMAND_FIELDS.get(name)
        if allowed is None:
            bad("unknown_command", "commands", name, name=name)
            continue
        try:
            used = {f for _, f, _, _ in string.Formatter().parse(template) if f}
        except ValueError as exc:
            bad("command_template", "commands", name, command=name, detail=str(exc))
            continue
        if not used <= allowed:
            bad(
                "command_fields",
                "commands",
                name,
                command=name,
                fields=", ".join(sorted(used - allowed)),
            )
        if "{id}" in template and "id" not in sources:
            bad("command_needs_id", "commands", name, command=name)
    led_states: dict[LedState, str] = {}
    for k, v in (d.get("led_states") or {}).items():
        if _text(k) not in LED_NAMES:
            bad("led_state", "led_states", _text(k), name=_text(k), known=", ".join(LED_NAMES))
        else:
            led_states[LED_NAMES[_text(k)]] = _text(v)
    bindings = _bindings(d.get("bindings") or {}, bad)
    if kind == "keyboard" and not bindings:
        bad("keyboard_needs_bindings", "kind")
    simulate = dict(d.get("simulate") or {})
    if kind == "serial" and "press" not in simulate:
        bad("no_simulation", warning=True)
    seats = d.get("seats")
    if seats is not None and not (
        isinstance(seats, list)
        and len(seats) == 2
        and all(isinstance(s, int) and not isinstance(s, bool) for s in seats)
        and 1 <= seats[0] <= seats[1]
    ):
        bad("bad_value", "seats", setting="seats", value=str(seats)[:40], expected="[first, last]")
        seats = None
    if values["id_base"] not in ID_BASES:
        bad(
            "bad_value",
            "id_base",
            setting="id_base",
            value=values["id_base"],
            expected=", ".join(ID_BASES),
        )
    if any(not p.warning for p in out):
        return None
    return DeviceProfile(
        name=values["name"] or default,
        kind=kind,
        title=str(d.get("title", "")),
        baud=values["baud"],
        framing=values["framing"],
        chunk=values["chunk"],
        format=fmt,
        pattern=pattern,
        fields=fields,
        columns=columns,
        slices=slices,
        codes=codes,
        separator=str(d.get("separator", ",")),
        seat_base=values["seat_base"],
        id_base=values["id_base"],
        keys=keys,
        seat_offset=values["seat_offset"],
        seats=(int(seats[0]), int(seats[1])) if seats else None,
        ignore=ignore,
        debounce_ms=values["debounce_ms"],
        hold_ms=values["hold_ms"],
        echo=values["echo"],
        echo_ms=values["echo_ms"],
        heartbeat_ms=values["heartbeat_ms"] or None,
        boot_ms=values["boot_ms"],
        commands=commands,
        led_states=led_states,
        bindings=bindings,
        simulate=simulate,
        max_line=values["max_line"],
        line_end=str(d.get("line_end", "\n")),
    )


_NEEDS = {
    "regex": "pattern",
    "json": "fields",
    "csv": "columns",
    "fixed": "slices",
    "codes": "codes",
}


def _mapping(d: dict[str, Any], name: str, bad: Any) -> dict[Any, Any]:
    value = d.get(name) or {}
    if not isinstance(value, dict):
        bad("bad_value", name, setting=name, value=str(value)[:40], expected="mapping")
        return {}
    return value


def _numbers(d: dict[str, Any], name: str, bad: Any, size: int) -> dict[str, Any]:
    """``columns`` (source: column) or ``slices`` (source: [start, end])."""
    out: dict[str, Any] = {}
    for key, value in _mapping(d, name, bad).items():
        items = value if isinstance(value, list) else [value]
        if len(items) != size or not all(
            isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in items
        ):
            expected = "[start, end]" if size == 2 else "a column number"
            bad(
                "bad_value",
                name,
                str(key),
                setting=f"{name}.{key}",
                value=str(value)[:40],
                expected=expected,
            )
            continue
        out[str(key)] = items[0] if size == 1 else (items[0], items[1])
    return out


def _regex(value: object, bad: Any, where: str) -> re.Pattern[str] | None:
    if value is None or value == "":
        return None
    try:
        return re.compile(str(value))
    except re.error as exc:
        bad("bad_pattern", where, pattern=str(value)[:60], detail=str(exc))
        return None


def _codes(raw: object, bad: Any) -> dict[str, tuple[int | None, str]]:
    """``codes``: a whole message → "seat", "seat:key" or {seat:, key:}."""
    codes: dict[str, tuple[int | None, str]] = {}
    if not isinstance(raw, dict):
        bad("bad_value", "codes", setting="codes", value=str(raw)[:40], expected="mapping")
        return codes
    for message, value in raw.items():
        seat, _, key = (
            (str(value.get("seat", "")), ":", str(value.get("key", "")))
            if isinstance(value, dict)
            else str(value).partition(":")
        )
        key = key.strip().upper()
        if not seat.strip().isdigit() or (key and key not in KEYS) or len(key) > 1:
            bad("bad_code", "codes", _text(message), code=_text(message), value=str(value))
            continue
        codes[_text(message)] = (int(seat), key)
    if len({bool(key) for _, key in codes.values()}) > 1:
        bad("codes_mixed", "codes")
    return codes


def _bindings(raw: object, bad: Any) -> dict[str, tuple[int, str]]:
    bindings: dict[str, tuple[int, str]] = {}
    for k, v in raw.items() if isinstance(raw, dict) else ():
        seat, _, key = (
            (str(v.get("seat", "")), ":", str(v.get("key", "")))
            if isinstance(v, dict)
            else str(v).partition(":")
        )
        if not seat.isdigit() or key.upper() not in KEYS or len(key) != 1:
            bad("binding", "bindings", str(k), key=str(k), value=str(v))
            continue
        bindings[str(k)] = (int(seat), key.upper())
    return bindings
