"""What the keypad link tells the console about the hardware: hubs, when each was last heard,
every press each one sent (received = accepted + refused + noise), silent keypads, and what
rose during the question on stage. The link publishes a :class:`HardwareStatus` on a
:class:`HardwareFeed`; the console's hardware panel words it. Plain data and one signal: no
knowledge of serial ports, and no sentences — the console chooses the words.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from rcv.core.press_figures import HubFigures
from rcv.hardware.hubs import SetupProblem


@dataclass(frozen=True, slots=True)
class HubStatus:
    name: str
    port: str
    connected: bool
    last_heard_ms: int | None  # on the show clock
    keypads: int = 0
    said: str = ""  # the LinkEvent value of the link's last status (worded by the console)
    detail: str = ""  # the link's own detail with it, if any
    figures: HubFigures | None = None  # every press of this hub in the log so far


@dataclass(frozen=True, slots=True)
class QuestionAlarm:
    """What went wrong with presses during the question on stage, as counts."""

    refused: tuple[tuple[str, int], ...] = ()  # (RejectReason value, count), most first
    noise: int = 0  # frames naming no seat (noise, bad checksums)
    lost: int = 0  # frames a hub could not resend
    silent: int = 0  # keypads in play that have not pressed, once half the time is gone

    @property
    def raised(self) -> bool:
        return bool(self.refused or self.noise or self.lost or self.silent)


@dataclass(frozen=True, slots=True)
class HardwareStatus:
    hubs: tuple[HubStatus, ...]
    silent_seats: tuple[int, ...] = ()
    source: str = ""  # who reports, a code: "hubs"
    alarm: QuestionAlarm = QuestionAlarm()
    pending: int = 0  # received, not yet written (a burst on its way, or a failing file)
    unlogged: int = 0  # arrived while no event was open
    problems: tuple[SetupProblem, ...] = ()  # to fix before the show (overlapping seats …)


class HardwareFeed(QObject):
    """The seam between the keypad link and the console: emit ``statusChanged``."""

    statusChanged = Signal(object)  # HardwareStatus
