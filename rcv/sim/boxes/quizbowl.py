"""A lock-out buzzer: the published "Quiz Bowl Buzzer System program" for an Arduino Leonardo
(ten player buttons, a reset button, an LED matrix) with its debug output on, at 9600 baud::

    Player 3 hit the buzzer!
    Reset.

The first button locks every other out until the reset button; the buzzer has no answer keys.
This emulator also resets on an ``r`` from the laptop (the sketch's own ``performReset``,
reached over the serial line instead of the reset pin), so rcv can re-arm it.
"""

from __future__ import annotations

from rcv.sim.boxes.base import Box


class QuizBowlBuzzer(Box):
    baud = 9600
    name = "quiz-bowl-buzzer"

    def __init__(self, buzzers: int = 10) -> None:
        super().__init__()
        self.buzzers = buzzers
        self.lockout = False
        self.active: int | None = None

    def press(self, player: int, now_ms: int) -> None:
        if not 1 <= player <= self.buzzers:
            raise ValueError(f"no buzzer {player}")
        if self.lockout:
            return
        self.lockout, self.active = True, player
        self.send(f"Player {player} hit the buzzer!\r\n".encode("ascii"), now_ms)

    def reset_button(self, now_ms: int) -> None:
        self.lockout, self.active = False, None
        self.send(b"Reset.\r\n", now_ms)

    def on_bytes(self, data: bytes, now_ms: int) -> None:
        for _ in range(data.count(b"r")):
            self.heard.append("r")
            self.reset_button(now_ms)
