"""Wireless team buzzers: the published "Wireless-Buzzers" main board (Kavin Nimalarajan), an
ESP32 receiving ESP-NOW packets from four team boards of four players, at 115200 baud. Each
packet is printed over three lines::

    Data received: 20
    Button:
    B3

(team letter, player number). The board shows the first press of each team on its LCD and is
cleared by its reset button, which sends "clear" to the team boards and prints the send status.
This emulator also clears on a ``clear`` line from the laptop (the reset button's code, reached
over the serial line), so rcv can re-arm it.
"""

from __future__ import annotations

from rcv.sim.boxes.base import Box, LineReader

TEAMS = "ABCD"
PLAYERS = 4


class EspNowTeams(Box):
    baud = 115200
    name = "espnow-teams"

    def __init__(self) -> None:
        super().__init__()
        self._lines = LineReader()
        self.shown: list[str] = []  # the LCD: first press of each team

    def press(self, team: str, player: int, now_ms: int) -> None:
        if team not in TEAMS or len(team) != 1 or not 1 <= player <= PLAYERS:
            raise ValueError(f"no button {team}{player}")
        button = f"{team}{player}"
        self.send(f"Data received: 20\r\nButton: \r\n{button}\r\n".encode("ascii"), now_ms)
        if not any(b[0] == team for b in self.shown):
            self.shown.append(button)

    def reset_button(self, now_ms: int) -> None:
        self.shown.clear()
        self.send(b"\r\nLast Packet Send Status:\tDelivery Success\r\n", now_ms)

    def on_bytes(self, data: bytes, now_ms: int) -> None:
        for line in self._lines.feed(data):
            if line == "clear":
                self.heard.append(line)
                self.reset_button(now_ms)
