"""How a simulated hub looks on the wire: rcv protocol frames, or the messages of a device profile.

A wire turns the simulator's frames into bytes and the bytes rcv sends into commands (and, for
a box that sends back what it is sent, into that copy). For a profile, the messages come from
its ``simulate`` section — a press as ``{seat}`` (the box's own), ``{raw}`` (its own key),
``{key}`` (A–F), ``{hub_ms}``, ``{id}`` (a made-up keypad ID: ``simulate.ids`` + seat, in
hex) or ``{code}`` (the ``codes`` entry of that seat) — and commands are recognised by turning
its command templates back into patterns (or, for commands without a line end, as they are
sent byte by byte). Pure.
"""

from __future__ import annotations

import re
import string
from itertools import count
from typing import Protocol

from rcv.hardware.lines import LineSplitter
from rcv.hardware.profile import DeviceProfile
from rcv.hardware.protocol import (
    Arm,
    ArmMode,
    Bad,
    Command,
    Heartbeat,
    Hello,
    HubFrame,
    Led,
    LedState,
    Lock,
    PressFrame,
    Reset,
    encode,
    parse_line,
)


class Wire(Protocol):
    def encode(self, frame: HubFrame) -> bytes: ...
    def commands(self, data: bytes) -> list[Command]: ...
    def reply(self, data: bytes) -> bytes: ...


class RcvWire:
    """The rcv hub protocol, version 1."""

    def __init__(self) -> None:
        self._splitter = LineSplitter()

    def encode(self, frame: HubFrame) -> bytes:
        return encode(frame)

    def reply(self, data: bytes) -> bytes:
        return b""

    def commands(self, data: bytes) -> list[Command]:
        found: list[Command] = []
        for line in self._splitter.feed(data):
            if isinstance(line, Bad):
                continue
            frame = parse_line(line)
            if not isinstance(frame, Bad) and not hasattr(frame, "hub_ms"):
                found.append(frame)  # type: ignore[arg-type]
        return found


_GROUPS = {
    "question": r"(?P<question>.+?)",
    "mode": r"(?P<mode>\S+?)",
    "seat": r"(?P<seat>\d+)",
    "state": r"(?P<state>.+?)",
}


def template_pattern(template: str) -> re.Pattern[str]:
    """A command template ("LED {seat} {state}\\n") as a pattern matching one sent line."""
    parts = []
    for literal, name, _, _ in string.Formatter().parse(template.strip("\r\n")):
        parts.append(re.escape(literal))
        if name:
            parts.append(_GROUPS.get(name, rf"(?P<{name}>.+?)"))
    return re.compile("".join(parts))


class ProfileWire:
    """A device described by a profile, as its ``simulate`` section says it talks."""

    def __init__(self, profile: DeviceProfile) -> None:
        self.profile = profile
        sim = profile.simulate
        if "press" not in sim:
            raise ValueError(f"{profile.name}: hồ sơ không có simulate.press")
        self._press = str(sim["press"])
        self._heartbeat = sim.get("heartbeat")
        self._banner = [str(x) for x in sim.get("banner") or ()]
        self._raw = {key: raw for raw, key in sorted(profile.keys.items(), reverse=True)}
        self._patterns = {
            n: template_pattern(t) for n, t in profile.commands.items() if n != "init"
        }
        self._states = {v: k for k, v in profile.led_states.items()}
        self._splitter = LineSplitter(sync=None)
        self._questions = count(1)
        # commands sent without a line end (a byte-stream box): recognised as they come
        self._literals = {
            profile.command_bytes(t): n
            for n, t in profile.commands.items()
            if n != "init" and "{" not in t and not profile.command_bytes(t).endswith(b"\n")
        }
        self._codes = {seat: code for code, (seat, _) in profile.codes.items()}
        self._ids = int(sim.get("ids") or 0)

    def encode(self, frame: HubFrame) -> bytes:
        if isinstance(frame, PressFrame):
            p = self.profile
            raw = "" if p.buzz_only else self._raw.get(frame.key, frame.key)
            seat = frame.seat - p.seat_offset
            text = self._press.format(
                seat=seat,
                raw=raw,
                key=frame.key,
                hub_ms=frame.hub_ms,
                id=f"{self._ids + seat:06x}",
                code=self._codes.get(seat, ""),
            )
            end = "" if p.framing == "bytes" else "\n"
            return (text + end).encode("latin-1" if p.framing == "bytes" else "utf-8")
        if isinstance(frame, Heartbeat) and self._heartbeat:
            return (str(self._heartbeat).format(hub_ms=frame.hub_ms) + "\n").encode("utf-8")
        if isinstance(frame, Hello):
            return "".join(f"{line}\r\n" for line in self._banner).encode("utf-8")
        return b""

    def reply(self, data: bytes) -> bytes:
        """A box that sends back what it is sent (``echo: true``) does."""
        return data if self.profile.echo else b""

    def commands(self, data: bytes) -> list[Command]:
        found: list[Command] = []
        for byte in data if self._literals else b"":
            name = self._literals.get(bytes([byte]))
            command = self._command(name, {}) if name else None
            if command is not None:
                found.append(command)
        for line in self._splitter.feed(data):
            if isinstance(line, Bad):
                continue
            text = line.decode("latin-1")
            for name, pattern in self._patterns.items():
                m = pattern.fullmatch(text)
                if m:
                    command = self._command(name, m.groupdict())
                    if command is not None:
                        found.append(command)
                    break
        return found

    def _command(self, name: str, g: dict[str, str]) -> Command | None:
        question = g.get("question") or f"q{next(self._questions)}"
        if name == "arm":
            mode = ArmMode.BUZZ if g.get("mode") == ArmMode.BUZZ.value else ArmMode.ANSWER
            return Arm(question, mode)
        if name == "lock":
            return Lock(question)
        if name == "reset":
            return Reset()
        if name == "led" and "seat" in g:
            seat = int(g["seat"]) + self.profile.seat_offset
            state = self._states.get(g.get("state", ""), LedState.OFF)
            return Led(seat, seat, state) if seat >= 1 else None
        return None
