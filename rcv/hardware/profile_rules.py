"""What a device profile file may say: its settings, their kinds of value, the commands and their
placeholders, and a problem found in a file (a code, its line, its facts). Pure data and one
checker for the plain settings; :mod:`rcv.hardware.profile` checks the rest."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rcv.hardware.protocol import LedState

LED_NAMES = {
    "off": LedState.OFF,
    "answered": LedState.ANSWERED,
    "correct": LedState.CORRECT,
    "wrong": LedState.WRONG,
    "eliminated": LedState.ELIMINATED,
}
# command -> the placeholders its template may use
COMMAND_FIELDS: Mapping[str, frozenset[str]] = {
    "init": frozenset(),
    "arm": frozenset({"question", "mode", "window"}),
    "arm_buzz": frozenset({"question", "mode", "window"}),
    "lock": frozenset({"question"}),
    "reset": frozenset(),
    "led": frozenset({"seat", "id", "state"}),
    "leds": frozenset({"first", "last", "state"}),
}
# the plain settings: name -> (kind of value, default, allowed values or None)
PLAIN: Mapping[str, tuple[type, Any, tuple[Any, ...] | None]] = {
    "name": (str, "", None),
    "kind": (str, "serial", ("serial", "keyboard", "rcv")),
    "format": (str, "regex", ("regex", "json", "csv", "fixed", "codes")),
    "framing": (str, "line", ("line", "bytes")),
    "chunk": (int, 1, None),
    "baud": (int, 115200, None),
    "seat_base": (int, 10, (10, 16)),
    "id_base": (str, "16", None),
    "seat_offset": (int, 0, None),
    "debounce_ms": (int, 250, None),
    "hold_ms": (int, 0, None),
    "echo": (bool, False, None),
    "echo_ms": (int, 500, None),
    "heartbeat_ms": (int, 0, None),
    "boot_ms": (int, 0, None),
    "max_line": (int, 256, None),
}
SETTINGS = frozenset(PLAIN) | {
    "title",
    "pattern",
    "fields",
    "columns",
    "slices",
    "codes",
    "separator",
    "keys",
    "seats",
    "ignore",
    "line_end",
    "commands",
    "led_states",
    "bindings",
    "simulate",
}


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a profile file: ``code`` with its facts, on ``line`` (1-based; 0:
    the whole file). A ``warning`` does not stop the profile from being used."""

    line: int
    code: str
    params: Mapping[str, object] = field(default_factory=dict)
    warning: bool = False

    def __str__(self) -> str:
        facts = ", ".join(f"{k}={v}" for k, v in self.params.items())
        return f"line {self.line}: {self.code}" + (f" ({facts})" if facts else "")


def check_fields(d: Mapping[str, Any], bad: Callable[..., None]) -> dict[str, Any]:
    """The plain settings of ``d``, each of the right kind; a wrong one is reported through
    ``bad`` and its default used, so that the rest of the file is still checked."""
    values: dict[str, Any] = {}
    for name, (kind, default, allowed) in PLAIN.items():
        raw = d.get(name, default)
        if raw is None:
            raw = default
        try:
            if kind is bool:
                if not isinstance(raw, bool):
                    raise ValueError
                value: Any = raw
            elif kind is int:
                if isinstance(raw, bool) or not isinstance(raw, int | str):
                    raise ValueError
                value = int(raw)
                if value < 0:
                    raise ValueError
            else:
                value = str(raw)
            if allowed is not None and value not in allowed:
                raise ValueError
        except ValueError:
            expected = ", ".join(str(a) for a in allowed) if allowed else kind.__name__
            bad("bad_value", name, setting=name, value=str(raw)[:40], expected=expected)
            value = default
        values[name] = value
    if values["chunk"] < 1:
        bad("bad_value", "chunk", setting="chunk", value=str(values["chunk"]), expected=">= 1")
        values["chunk"] = 1
    return values
