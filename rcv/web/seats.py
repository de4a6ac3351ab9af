"""Which device holds which seat: one device per seat, and another one only when the MC
approves. Pure bookkeeping over the event's keys and store; the server asks, then acts."""

from __future__ import annotations

from dataclasses import dataclass

from rcv.web.keys import EventKeys
from rcv.web.store import WebStore

# outcomes of a join
BIND = "bind"  # the seat is free: this device takes it
TAKEOVER = "takeover"  # another device has held it: the MC decides
RESUMED = "resumed"  # the same device again (its session key), e.g. after a reconnect
REPLACED = "replaced"  # a session the MC handed to another device
BAD_TOKEN = "bad_token"
BAD_PIN = "bad_pin"
UNKNOWN_SEAT = "unknown_seat"


@dataclass(frozen=True, slots=True)
class Join:
    outcome: str
    seat: int | None = None
    nonce: str | None = None  # a join token's, taken once the seat is bound


class SeatBook:
    def __init__(self, keys: EventKeys, store: WebStore, seats: set[int]) -> None:
        self.keys = keys
        self.store = store
        self.seats = seats

    def generation(self, seat: int) -> int:
        return self.store.generations.get(seat, 0)

    def by_token(self, token: str) -> Join:
        found = self.keys.read_join_token(token)
        if found is None or found[1] in self.store.used:
            return Join(BAD_TOKEN)
        seat, nonce = found
        if seat not in self.seats:
            return Join(UNKNOWN_SEAT)
        return Join(TAKEOVER if self.generation(seat) else BIND, seat, nonce)

    def by_pin(self, seat: int, pin: str) -> Join:
        if seat not in self.seats:
            return Join(UNKNOWN_SEAT)
        if not self.keys.pin_ok(seat, pin):
            return Join(BAD_PIN)
        return Join(TAKEOVER if self.generation(seat) else BIND, seat)

    def by_session(self, key: str) -> Join:
        found = self.keys.read_session_key(key)
        if found is None or found[0] not in self.seats:
            return Join(BAD_TOKEN)
        seat, generation = found
        if generation != self.generation(seat):
            return Join(REPLACED, seat)
        return Join(RESUMED, seat)

    def bind(self, seat: int, nonce: str | None = None) -> str:
        """Give the seat to a new device (its first, or one the MC approved): the older
        device's session stops working. The new session key."""
        generation = self.generation(seat) + 1
        self.store.generations[seat] = generation
        if nonce is not None:
            self.store.used.add(nonce)
        self.store.save()
        return self.keys.session_key(seat, generation)
