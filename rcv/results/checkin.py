"""Seat-card QR codes and check-in by scanner: pure functions, no Qt, no I/O.

A seat card's QR code says ``RCV-TS:<SBD>`` (SBD exactly as the organisers wrote it). A USB
barcode scanner "types" what it reads like a keyboard and ends with Enter; the console passes
that text to :func:`find_scanned`. Scanners set to another keyboard layout or a Caps Lock left on
change case and sometimes ":" into ";", so the prefix is read leniently; the SBD itself is
matched exactly first ("007" and "7" are different contestants), then ignoring case only when
that leaves a single contestant. A printed code from the organisers (the contestant's
``checkin_code``) or a bare SBD also works.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rcv.core.model import Contestant, Roster

SEAT_CARD_PREFIX = "RCV-TS:"
_PREFIX = re.compile(r"^rcv[-_ ]?ts[:;]\s*", re.IGNORECASE)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff"), None)


def seat_card_payload(contestant: Contestant) -> str:
    """The text of a contestant's seat-card QR code."""
    return f"{SEAT_CARD_PREFIX}{contestant.sbd}"


@dataclass(frozen=True, slots=True)
class ScanMatch:
    contestant: Contestant
    how: str  # "sbd", "checkin_code"
    exact: bool  # False: matched only when case was ignored


def scanned_code(typed: str) -> str:
    """What the scanner read: Enter, spaces and invisible characters removed, prefix dropped."""
    text = unicodedata.normalize("NFC", typed).translate(_INVISIBLE).strip()
    return _PREFIX.sub("", text, count=1).strip()


def find_scanned(roster: Roster, typed: str) -> ScanMatch | None:
    """The contestant whose card (or check-in code, or SBD) the scanner just typed, or None."""
    code = scanned_code(typed)
    if not code:
        return None
    for how, key in (("sbd", _sbd), ("checkin_code", _checkin)):
        exact = [c for c in roster.contestants if key(c) == code]
        if len(exact) == 1:
            return ScanMatch(exact[0], how, True)
    folded = code.casefold()
    for how, key in (("sbd", _sbd), ("checkin_code", _checkin)):
        loose = [c for c in roster.contestants if (key(c) or "").casefold() == folded]
        if len(loose) == 1:
            return ScanMatch(loose[0], how, False)
    return None


def _sbd(c: Contestant) -> str | None:
    return c.sbd


def _checkin(c: Contestant) -> str | None:
    return c.checkin_code.strip() if c.checkin_code else None
