"""One connection to the answer server, as the server keeps it: who is on it (a seat's phone,
a spectator, the overlay, a referee), its session generation, and its measured round trip — half
of which corrects the time of its presses (docs/phones.md, fairness)."""

from __future__ import annotations

import statistics
from collections import deque
from dataclasses import dataclass, field

from websockets.asyncio.server import ServerConnection

from rcv.hardware.events import KeyPress
from rcv.web.wire import HUB_ID, PORT, Devices, Message, TypedAnswer

RTT_SAMPLES = 5
MIN_CORRECTION_MS = 5  # below this, half a round trip is jitter: no correction
MAX_CORRECTION_MS = 250  # a slower round trip is not trusted further than this


@dataclass(eq=False, slots=True)
class PhoneLink:
    """A connection and what the server knows of it."""

    ws: ServerConnection
    peer: str
    role: str = ""  # "", "seat", "audience", "overlay", "referee"
    seat: int | None = None
    generation: int = 0
    device: str = ""
    name: str = ""
    rtts: deque[float] = field(default_factory=lambda: deque(maxlen=RTT_SAMPLES))
    pings: dict[int, float] = field(default_factory=dict)
    next_ping: float = 0.0
    strikes: int = 0

    def correction_ms(self) -> int:
        if not self.rtts:
            return 0
        half = statistics.median(self.rtts) / 2
        return 0 if half < MIN_CORRECTION_MS else int(min(half, MAX_CORRECTION_MS))


def peer_of(connection: ServerConnection) -> str:
    """The connection's remote address (the rate limits count by it)."""
    address = connection.remote_address
    return str(address[0]) if address else "?"


def answer_of(
    conn: PhoneLink, message: Message, seat: int, at: int, received: int
) -> KeyPress | TypedAnswer:
    """A seat's answer as the keypad link's press (a key) or a typed answer, numbered by the
    page and its session generation like a hub's frames (boot:seq)."""
    f = message.fields
    if message.kind == "type":
        return TypedAnswer(PORT, HUB_ID, seat, f["text"], at, received, f["n"], conn.generation)
    return KeyPress(
        port=PORT, hub_id=HUB_ID, seat=seat, key=f.get("key") or "", hub_ms=received, at_ms=at,
        received_ms=received, seq=f["n"], boot=conn.generation,
    )  # fmt: skip


def devices_of(
    holders: dict[int, PhoneLink], conns: set[PhoneLink], waiting: dict[int, PhoneLink]
) -> Devices:
    """Who is connected: each held seat with its median round trip (-1: not yet measured),
    spectators, referees, and seats whose takeover waits for the MC."""
    return Devices(
        tuple(
            (s, round(statistics.median(c.rtts)) if c.rtts else -1)
            for s, c in sorted(holders.items())
        ),
        sum(1 for c in conns if c.role == "audience"),
        sum(1 for c in conns if c.role == "referee"),
        tuple(sorted(waiting)),
    )
