"""What the hardware layer hands to its consumer: immutable events, one class per kind.

Every event names the ``port`` (the link's label: a path, a URL or ``usb:VID:PID:SERIAL``)
and the ``hub_id`` once the hub has said hello. The controller turns a :class:`KeyPress` into
an engine command; everything else is for the console's status panel and the log.

Nothing is lost and nothing is hidden: every line that arrives ends as exactly one
:class:`KeyPress`, :class:`RejectedFrame` (with its reason) or control record
(:class:`HubMessage`, or a :class:`LinkStatus` carrying a hello), and every press frame a hub
sent is received, refused with a reason, or named in a :class:`FramesLost`. A press frame is
identified across reboots by ``(hub_id, boot, seq)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar

from rcv.hardware.frames import Ack, Diag, Heartbeat, Hello, RejectReason, RunFrame


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
    replayed: bool = False  # recovered with REPLAY/RECALL after a gap
    boot: int | None = None  # the hub's boot number (None: a device without one)
    device_id: str | None = None  # the keypad's own ID, for keypads paired with seats


class LinkEvent(StrEnum):
    CONNECTED = "connected"  # port opened (first time)
    RECONNECTED = "reconnected"  # port opened again after being lost; outage_ms says how long
    HELLO = "hello"  # the hub said who it is (hello holds the frame)
    REBOOTED = "rebooted"  # a hello with a new boot number: clock and sequence restarted
    NO_HELLO = "no_hello"  # connected but no hello yet after hello_timeout_ms
    SILENT = "silent"  # no frame for silent_ms (heartbeats stopped)
    ALIVE = "alive"  # frames again after silence
    GAP = "gap"  # sequence numbers skipped: detail says how many; rcv asks for them again
    RESYNC = "resync"  # a sequence number that fits nothing made rcv ask the hub who it is;
    # detail says what was found (noise that passed the checksum, a reboot without a hello…)
    LOST = "lost"  # the port failed (cable pulled, adapter gone); reconnection follows
    OPEN_FAILED = "open_failed"  # could not open the port (once per outage)
    WRITE_FAILED = "write_failed"
    OVERLAP = "overlap"  # two hubs claim the same seats (wiring or hub configuration error)
    STOPPED = "stopped"  # the link was stopped by its owner
    FRAMES_LOST = "frames_lost"  # the kind of a FramesLost event (see there)


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
    """A line or frame refused by the hardware layer, with the reason; log it.

    ``seq``, ``key`` and ``boot`` are filled when the frame could be parsed (and its boot is
    known), so a refused press can be matched with the hub's ``(hub_id, boot, seq)``.
    """

    port: str
    hub_id: str
    reason: RejectReason
    at_ms: int
    detail: str = ""
    raw: bytes = b""
    seat: int | None = None  # when the frame named a seat (unknown seat, repeat)
    seq: int | None = None
    key: str | None = None
    boot: int | None = None
    device_id: str | None = None  # a keypad's own ID (an unpaired keypad is named by it)


@dataclass(frozen=True, slots=True)
class DeviceLine:
    """A device-profile line that is not a press but is expected (banner, heartbeat, echo of a
    command): matched by the profile's ``ignore`` patterns."""

    text: str


@dataclass(frozen=True, slots=True)
class HubMessage:
    """A hub frame that is not a press: heartbeat, acknowledgement, self-test result, hello, a
    hub's account of old sequence numbers (RUN), or an ignored device-profile line."""

    port: str
    hub_id: str
    frame: Hello | Heartbeat | Ack | Diag | RunFrame | DeviceLine
    at_ms: int


@dataclass(frozen=True, slots=True)
class FramesLost:
    """Frames a hub sent that will never arrive, by sequence number: log them and tell the MC.

    ``runs`` are inclusive ``(first, last)`` runs of sequence numbers of ``boot`` (modulo
    65536, so a run may wrap: ``(65530, 3)``); ``count`` is how many numbers they hold.
    ``certain``: the hub said each of them was a press it no longer holds; otherwise it could
    not say (an old hub without RECALL, a hub that restarted, the line never answered), and
    some may have been heartbeats. ``after_seq``: the hub restarted and whatever this boot sent
    after that number, if anything, never came (-1: a whole boot rcv never heard of, between
    two it did); ``runs`` is then empty and ``detail`` says so in words.
    """

    port: str
    hub_id: str
    boot: int | None
    runs: tuple[tuple[int, int], ...]
    count: int
    at_ms: int
    detail: str = ""
    certain: bool = True
    after_seq: int | None = None

    # for consumers that file events by status kind (a console's status line)
    kind: ClassVar[LinkEvent] = LinkEvent.FRAMES_LOST
    hello: ClassVar[None] = None


HardwareEvent = KeyPress | LinkStatus | RejectedFrame | HubMessage | FramesLost
