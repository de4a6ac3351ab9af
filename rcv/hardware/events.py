"""What the hardware layer hands to its consumer: immutable events, one class per kind.

Every event names the ``port`` (the link's label: a path, a URL or ``usb:VID:PID:SERIAL``)
and the ``hub_id`` once the hub has said hello. The controller turns a :class:`KeyPress` into
an engine command; everything else is for the console's status panel and the log.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rcv.hardware.protocol import Ack, Diag, Heartbeat, Hello, RejectReason


@dataclass(frozen=True, slots=True)
class KeyPress:
    """A key pressed on a keypad.

    ``at_ms`` is the press time on the laptop's clock (epoch ms) mapped from the hub's own
    ``hub_ms``: compare it with the question's deadline. ``received_ms`` is when the frame was
    read, for diagnostics only.
    """

    port: str
    hub_id: str
    seat: int
    key: str
    hub_ms: int  # the hub's clock, unwrapped (grows past 2**32)
    at_ms: int
    received_ms: int
    seq: int = -1  # the hub's sequence number; -1 for devices that have none
    replayed: bool = False  # recovered with REPLAY after a gap


class LinkEvent(StrEnum):
    CONNECTED = "connected"  # port opened (first time)
    RECONNECTED = "reconnected"  # port opened again after being lost; outage_ms says how long
    HELLO = "hello"  # the hub said who it is (hello holds the frame)
    REBOOTED = "rebooted"  # a hello with a new boot number: clock and sequence restarted
    NO_HELLO = "no_hello"  # connected but no hello yet after hello_timeout_ms
    SILENT = "silent"  # no frame for silent_ms (heartbeats stopped)
    ALIVE = "alive"  # frames again after silence
    GAP = "gap"  # sequence numbers skipped: detail says how many frames were lost
    LOST = "lost"  # the port failed (cable pulled, adapter gone); reconnection follows
    OPEN_FAILED = "open_failed"  # could not open the port (once per outage)
    WRITE_FAILED = "write_failed"
    OVERLAP = "overlap"  # two hubs claim the same seats (wiring or hub configuration error)
    STOPPED = "stopped"  # the link was stopped by its owner


@dataclass(frozen=True, slots=True)
class LinkStatus:
    port: str
    hub_id: str
    kind: LinkEvent
    at_ms: int
    detail: str = ""
    outage_ms: int | None = None
    hello: Hello | None = None


@dataclass(frozen=True, slots=True)
class RejectedFrame:
    """A line or frame refused by the hardware layer, with the reason; log it."""

    port: str
    hub_id: str
    reason: RejectReason
    at_ms: int
    detail: str = ""
    raw: bytes = b""
    seat: int | None = None  # when the frame named a seat (unknown seat, repeat)


@dataclass(frozen=True, slots=True)
class HubMessage:
    """A hub frame that is not a press: heartbeat, acknowledgement, self-test result, hello."""

    port: str
    hub_id: str
    frame: Hello | Heartbeat | Ack | Diag
    at_ms: int


HardwareEvent = KeyPress | LinkStatus | RejectedFrame | HubMessage
