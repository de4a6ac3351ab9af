"""What the keypad link tells the console about the hardware: hubs, when each was last heard,
silent keypads. The link publishes a :class:`HardwareStatus` on a :class:`HardwareFeed`; the
console's hardware panel shows it. Plain data and one signal: no knowledge of serial ports."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True, slots=True)
class HubStatus:
    name: str
    port: str
    connected: bool
    last_heard_ms: int | None  # on the show clock
    keypads: int = 0
    note: str = ""


@dataclass(frozen=True, slots=True)
class HardwareStatus:
    hubs: tuple[HubStatus, ...]
    silent_seats: tuple[int, ...] = ()
    source: str = ""  # who reports: "bộ thu", "bàn phím mô phỏng" …


class HardwareFeed(QObject):
    """The seam between the keypad link and the console: emit ``statusChanged``."""

    statusChanged = Signal(object)  # HardwareStatus
