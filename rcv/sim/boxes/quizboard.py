"""A quiz board that speaks one character at a time, as its published serial protocol says::

    'A' switch to async mode        -> 'A'          'S' switch to sync mode (polling) -> 'S'
    'Q' poll for pressed button     -> '0' or N     'R' reset board      -> 'A' (or N: pressed)
    'F' false answer (disable current button) -> 'A' (or N)
    'O' oops, ignore last button    -> 'A' (or N)   'N' switch off all buttons and lamps -> 'A'
    '1','2',… simulate button pressed

In async mode a button sends its number as one character, with no line end; the first button
locks the others out until the board is reset. This one, like many on an RS-485 pair or with a
naive firmware, also sends back every command character it receives before its answer, and
repeats a button's number while it is held down.
"""

from __future__ import annotations

from rcv.sim.boxes.base import Box


class QuizBoard(Box):
    baud = 9600
    name = "quiz-board"

    def __init__(self, buttons: int = 8, repeat_ms: int = 60, echo: bool = True) -> None:
        super().__init__()
        self.buttons = buttons
        self.repeat_ms = repeat_ms
        self.echo = echo
        self.async_mode = False
        self.enabled = True  # N switches every button off; R switches them on
        self.current: int | None = None  # the button that won, until R/F/O
        self.disabled: set[int] = set()  # F: wrong answers, out until R
        self._held: dict[int, int] = {}  # button -> held until
        self._next_repeat: dict[int, int] = {}

    def press(self, button: int, now_ms: int, hold_ms: int = 0) -> None:
        """A player presses ``button`` and keeps it down ``hold_ms``."""
        if not 1 <= button <= self.buttons:
            raise ValueError(f"no button {button}")
        self._held[button] = now_ms + hold_ms
        if not self.enabled or button in self.disabled or self.current is not None:
            return  # locked out
        self.current = button
        if self.async_mode:
            self.send(str(button).encode("ascii"), now_ms)
            self._next_repeat[button] = now_ms + self.repeat_ms

    def tick(self, now_ms: int) -> None:
        for button, due in list(self._next_repeat.items()):
            while due <= now_ms and due <= self._held.get(button, 0):
                self.send(str(button).encode("ascii"), due)
                due += self.repeat_ms
            if due > self._held.get(button, 0):
                del self._next_repeat[button]
            else:
                self._next_repeat[button] = due

    def next_due(self) -> int | None:
        times = [t for t in (super().next_due(), *self._next_repeat.values()) if t is not None]
        return min(times) if times else None

    def _pressed(self, now_ms: int) -> bytes:
        held = [b for b, until in self._held.items() if until > now_ms]
        return str(held[0]).encode("ascii") if held else b"A"

    def on_bytes(self, data: bytes, now_ms: int) -> None:
        for byte in data:
            char = chr(byte)
            if self.echo:
                self.send(bytes([byte]), now_ms)
            reply = self._command(char, now_ms)
            if reply:
                self.send(reply, now_ms)

    def _command(self, char: str, now_ms: int) -> bytes:
        if char == "A":
            self.async_mode = True
        elif char == "S":
            self.async_mode = False
        elif char == "Q":
            return str(self.current or 0).encode("ascii")
        elif char == "R":
            self.enabled, self.current = True, None
            self.disabled.clear()
        elif char == "F":
            if self.current is not None:
                self.disabled.add(self.current)
            self.current = None
        elif char == "O":
            self.current = None
        elif char == "N":
            self.enabled, self.current = False, None
        elif char.isdigit() and char != "0":
            self.press(int(char), now_ms)
            return b""
        else:
            return b""
        self.heard.append(char)
        if char in "AS":
            return char.encode("ascii")
        return self._pressed(now_ms) if char in "RFO" else b"A"
