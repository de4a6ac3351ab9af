"""The event's secrets: seat tokens, PINs, session keys and the page keys, all derived from one
random per-event secret with HMAC-SHA256. Pure: no I/O (the secret is kept by the caller).

- A **join token** (the QR of a seat's join sheet) names its seat and a random nonce and is
  signed with the event's secret: it cannot be guessed, works for one seat of one event, and
  the server takes it once (:class:`SeatBook` remembers the nonces used).
- A **PIN** (typed with the seat number) is 6 digits derived from the secret and the seat.
- A **session key** is what a phone keeps to reconnect by itself; it carries the seat's
  generation, which goes up when the MC lets another device take the seat over, so the old
  device's key stops working.
- **Page keys** open the audience page (public), the overlay and the referees' tablet page.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

SECRET_BYTES = 32
NONCE_BYTES = 8
SIG_BYTES = 12
PIN_DIGITS = 6


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes | None:
    if not text or len(text) > 200:
        return None
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (ValueError, TypeError):
        return None


def new_secret() -> bytes:
    return secrets.token_bytes(SECRET_BYTES)


@dataclass(frozen=True, slots=True)
class EventKeys:
    """Everything signed for one event. ``event_id`` (the event's genesis hash) is mixed into
    every signature too, so a secret copied to another event signs nothing there."""

    secret: bytes
    event_id: str

    def _mac(self, *parts: object) -> bytes:
        text = "|".join([self.event_id, *(str(p) for p in parts)]).encode("utf-8")
        return hmac.new(self.secret, text, hashlib.sha256).digest()

    # -- seats -------------------------------------------------------------------------------
    def join_token(self, seat: int, nonce: bytes | None = None) -> str:
        nonce = nonce if nonce is not None else secrets.token_bytes(NONCE_BYTES)
        body = seat.to_bytes(2, "big") + nonce
        return _b64(body + self._mac("join", seat, nonce.hex())[:SIG_BYTES])

    def read_join_token(self, token: str) -> tuple[int, str] | None:
        """(seat, nonce) of a genuine token of this event, else None."""
        raw = _unb64(token)
        if raw is None or len(raw) != 2 + NONCE_BYTES + SIG_BYTES:
            return None
        seat, nonce, sig = (
            int.from_bytes(raw[:2], "big"),
            raw[2 : 2 + NONCE_BYTES],
            raw[-SIG_BYTES:],
        )
        if not hmac.compare_digest(sig, self._mac("join", seat, nonce.hex())[:SIG_BYTES]):
            return None
        return seat, nonce.hex()

    def pin(self, seat: int) -> str:
        value = int.from_bytes(self._mac("pin", seat)[:8], "big") % 10**PIN_DIGITS
        return f"{value:0{PIN_DIGITS}d}"

    def pin_ok(self, seat: int, pin: str) -> bool:
        return hmac.compare_digest(self.pin(seat).encode(), pin.strip().encode()[:16])

    def session_key(self, seat: int, generation: int) -> str:
        body = seat.to_bytes(2, "big") + generation.to_bytes(4, "big")
        return _b64(body + self._mac("session", seat, generation)[:SIG_BYTES])

    def read_session_key(self, key: str) -> tuple[int, int] | None:
        """(seat, generation) of a genuine session key, else None."""
        raw = _unb64(key)
        if raw is None or len(raw) != 6 + SIG_BYTES:
            return None
        seat, generation = int.from_bytes(raw[:2], "big"), int.from_bytes(raw[2:6], "big")
        if not hmac.compare_digest(raw[6:], self._mac("session", seat, generation)[:SIG_BYTES]):
            return None
        return seat, generation

    # -- pages -------------------------------------------------------------------------------
    def page_key(self, page: str) -> str:
        """The key in the address of a shared page: "audience" (the projector's QR, the
        overlay) or "referee" (the referees' tablets)."""
        return _b64(self._mac("page", page)[:SIG_BYTES])

    def page_ok(self, page: str, key: str) -> bool:
        return hmac.compare_digest(self.page_key(page).encode(), key.encode()[:64])
