"""Keypads that say who they are, not where they sit (RF clicker receivers print each keypad's
own ID, often in hex): a pairing table says which seat each ID sits at, and a pairing walk
builds it by pressing each keypad in turn. A seat is never ``int()`` of an ID.

Pure: the table is an immutable value (stored with the event's hardware settings, see
:mod:`rcv.hardware.settings`); the walk is a small state machine fed with (ID, key) presses.
Its outcomes are codes (:class:`PairStep`), worded at the edge by ``rcv.i18n.phrases.hardware``.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

ID_BASES = ("16", "10", "text")  # how a keypad's ID is written
_HEX = frozenset(string.hexdigits)
MAX_ID = 32  # characters


def normalise_id(raw: object, base: str = "16") -> str:
    """An ID as the pairing table keeps it: hex upper-cased (leading zeros kept: "090fd3" is
    "090FD3"), decimal as written, text stripped. ValueError for what is not an ID."""
    if isinstance(raw, bool) or raw is None:
        raise ValueError(f"id {raw!r}")
    text = format(raw, "X" if base == "16" else "d") if isinstance(raw, int) else str(raw)
    text = text.strip()
    if not text or len(text) > MAX_ID:
        raise ValueError(f"id {text[:MAX_ID]!r}")
    if base == "16":
        if text[:2].lower() == "0x":
            text = text[2:]
        if not text or not set(text) <= _HEX:
            raise ValueError(f"id {text!r} (hex)")
        return text.upper()
    if base == "10" and not text.isdigit():
        raise ValueError(f"id {text!r} (decimal)")
    return text


@dataclass(frozen=True)
class PairingTable:
    """Keypad ID -> seat. One ID sits at one seat; a seat may (by mistake) hold two IDs: the
    walk reports it, the table keeps both so that nothing pressed is lost."""

    pairs: tuple[tuple[str, int], ...] = ()
    _by_id: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", dict(self.pairs))

    @classmethod
    def of(cls, mapping: Mapping[str, int]) -> PairingTable:
        return cls(tuple(sorted(mapping.items(), key=lambda kv: (kv[1], kv[0]))))

    def seat_of(self, device_id: str) -> int | None:
        return self._by_id.get(device_id)

    def ids_of(self, seat: int) -> list[str]:
        return [i for i, s in self.pairs if s == seat]

    def id_of(self, seat: int) -> str | None:
        """The keypad at ``seat`` (the first, if two were paired there)."""
        ids = self.ids_of(seat)
        return ids[0] if ids else None

    def paired(self, device_id: str, seat: int) -> PairingTable:
        """This table with ``device_id`` at ``seat`` (wherever it sat before)."""
        table = dict(self._by_id)
        table[device_id] = seat
        return PairingTable.of(table)

    def without(self, seats: Iterable[int]) -> PairingTable:
        drop = set(seats)
        return PairingTable.of({i: s for i, s in self.pairs if s not in drop})

    @property
    def seats(self) -> list[int]:
        return sorted({s for _, s in self.pairs})

    def shared_seats(self) -> list[int]:
        """Seats that hold more than one keypad."""
        counts: dict[int, int] = {}
        for _, seat in self.pairs:
            counts[seat] = counts.get(seat, 0) + 1
        return sorted(s for s, n in counts.items() if n > 1)

    def __len__(self) -> int:
        return len(self.pairs)

    def to_plain(self) -> dict[str, int]:
        return dict(self.pairs)

    @classmethod
    def from_plain(cls, data: object) -> PairingTable:
        if not isinstance(data, dict):
            raise ValueError("a pairing table is a mapping id: seat")
        table: dict[str, int] = {}
        for key, seat in data.items():
            if isinstance(seat, bool) or not isinstance(seat, int) or seat < 1:
                raise ValueError(f"seat {seat!r} of id {key!r}")
            table[str(key)] = seat
        return cls.of(table)


@dataclass(frozen=True, slots=True)
class PairStep:
    """What one press did to the walk. ``code``: ``paired`` (the ID now sits at ``seat``),
    ``moved`` (it sat at ``other`` and now sits at ``seat``: a seat typed by hand), ``again``
    (the keypad just paired, pressed once more: nothing changes), ``duplicate`` (the keypad
    already sits at ``other``: pressed out of turn, or two seats share it — nothing changes),
    ``done`` (every seat is paired; the press changed nothing)."""

    code: str
    device_id: str
    seat: int | None = None
    other: int | None = None
    key: str = ""


class PairingWalk:
    """Pair the seats ``first..last``: walk the floor pressing each keypad in seat order (each
    new ID goes to the next seat without one), or :meth:`choose` a seat and press the keypad
    that sits there. Seats passed over with :meth:`skip` are listed, as are seats still
    without a keypad."""

    def __init__(self, first: int, last: int, table: PairingTable | None = None) -> None:
        if not 1 <= first <= last:
            raise ValueError(f"seats {first}-{last}")
        self.first, self.last = first, last
        self.table = table or PairingTable()
        self.skipped: list[int] = []
        self.steps: list[PairStep] = []
        self._chosen = False
        self._last_paired: str | None = None
        self.cursor: int | None = self._next_free(first)

    def _next_free(self, start: int) -> int | None:
        taken = set(self.table.seats) | set(self.skipped)
        for seat in range(start, self.last + 1):
            if seat not in taken:
                return seat
        return None

    def choose(self, seat: int) -> None:
        """The next press pairs the keypad that sits at ``seat`` (moving it if it sat
        elsewhere): typed by hand."""
        if not self.first <= seat <= self.last:
            raise ValueError(f"seat {seat} is outside {self.first}-{self.last}")
        self.cursor, self._chosen = seat, True
        if seat in self.skipped:
            self.skipped.remove(seat)

    def skip(self) -> None:
        """No keypad at the seat asked for now (an empty seat, a dead keypad): go on."""
        if self.cursor is not None:
            self.skipped.append(self.cursor)
            self.cursor = self._next_free(self.cursor)
            self._chosen = False

    def press(self, device_id: str, key: str = "") -> PairStep:
        step = self._press(device_id, key)
        self.steps.append(step)
        return step

    def _press(self, device_id: str, key: str) -> PairStep:
        where = self.table.seat_of(device_id)
        if where is not None and device_id == self._last_paired and not self._chosen:
            return PairStep("again", device_id, where, key=key)
        seat = self.cursor
        if seat is None:
            return PairStep("done", device_id, None, where, key)
        if where is not None and not self._chosen:
            return PairStep("duplicate", device_id, seat, where, key)
        self.table = self.table.paired(device_id, seat)
        self._last_paired = device_id
        self._chosen = False
        self.cursor = self._next_free(seat)
        if where is not None and where != seat:
            return PairStep("moved", device_id, seat, where, key)
        return PairStep("paired", device_id, seat, key=key)

    @property
    def missing(self) -> list[int]:
        """Seats of the range without a keypad (skipped ones included)."""
        paired = set(self.table.seats)
        return [s for s in range(self.first, self.last + 1) if s not in paired]

    @property
    def duplicates(self) -> list[PairStep]:
        return [s for s in self.steps if s.code == "duplicate"]

    @property
    def done(self) -> bool:
        return self.cursor is None
