"""An event's hardware settings as plain data: each port with its device profile and, for boxes
that serve one seat or team per port, its seats; and the pairing tables of keypads that say
their own ID. Stored in the event file beside the show (outside its hash chain: re-pairing a
keypad whose battery was changed mid-event changes no result), so they travel with it.

A port may be written with its seats: ``COM5@7`` (every press on it is seat 7) or
``/dev/ttyUSB0@17-32`` (its seats 1–16 are the floor's 17–32) — the form the console's
settings and ``rcv demo --port`` keep.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from rcv.hardware.pairing import PairingTable

FORMAT_VERSION = 1
_SEATS = re.compile(r"^(\d{1,5})(?:-(\d{1,5}))?$")


def parse_seats(text: str) -> tuple[int, int]:
    """ "7" -> (7, 7); "17-32" -> (17, 32). ValueError otherwise."""
    m = _SEATS.match(text.strip())
    if not m:
        raise ValueError(f"seats {text!r}")
    first = int(m.group(1))
    last = int(m.group(2) or first)
    if not 1 <= first <= last:
        raise ValueError(f"seats {text!r}")
    return first, last


def seats_text(first: int, last: int | None) -> str:
    return str(first) if last is None or last == first else f"{first}-{last}"


@dataclass(frozen=True, slots=True)
class PortSetting:
    """One port: its device profile (``rcv-hub``: rcv's own protocol) and its seats — the seat
    of a one-port-per-seat box, or where a box's own seats 1… start on the floor (None: as the
    box says)."""

    port: str
    profile: str = "rcv-hub"
    first_seat: int | None = None
    last_seat: int | None = None

    @property
    def spec(self) -> str:
        """``PORT`` or ``PORT@SEATS``."""
        if self.first_seat is None:
            return self.port
        return f"{self.port}@{seats_text(self.first_seat, self.last_seat)}"

    @classmethod
    def from_spec(cls, spec: str, profile: str = "rcv-hub") -> PortSetting:
        """``COM5`` or ``COM5@7`` or ``COM5@17-32`` (an ``@`` not followed by seats is part of
        the port's name)."""
        port, at, seats = spec.strip().rpartition("@")
        if at and port and _SEATS.match(seats.strip()):
            first, last = parse_seats(seats)
            return cls(port, profile, first, last if last != first else None)
        return cls(spec.strip(), profile)


@dataclass(frozen=True)
class HardwareSettings:
    ports: tuple[PortSetting, ...] = ()
    pairings: tuple[tuple[str, PairingTable], ...] = ()  # device profile name -> its table

    def pairing(self, profile: str) -> PairingTable:
        return dict(self.pairings).get(profile) or PairingTable()

    def with_pairing(self, profile: str, table: PairingTable) -> HardwareSettings:
        tables = dict(self.pairings)
        tables[profile] = table
        return replace(self, pairings=tuple(sorted(tables.items())))

    def with_ports(self, ports: tuple[PortSetting, ...]) -> HardwareSettings:
        return replace(self, ports=ports)

    def to_plain(self) -> dict[str, Any]:
        return {
            "version": FORMAT_VERSION,
            "ports": [
                {
                    "port": p.port,
                    "profile": p.profile,
                    "first_seat": p.first_seat,
                    "last_seat": p.last_seat,
                }
                for p in self.ports
            ],
            "pairings": {name: table.to_plain() for name, table in self.pairings},
        }

    @classmethod
    def from_plain(cls, data: object) -> HardwareSettings:
        """ValueError for what is not hardware settings (a newer format included)."""
        if not data:
            return cls()
        if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
            raise ValueError("hardware settings of an unknown format")
        ports = []
        for item in data.get("ports") or ():
            if not isinstance(item, dict) or not isinstance(item.get("port"), str):
                raise ValueError(f"port {item!r}")
            first, last = item.get("first_seat"), item.get("last_seat")
            for value in (first, last):
                if value is not None and (not isinstance(value, int) or value < 1):
                    raise ValueError(f"seat {value!r}")
            ports.append(
                PortSetting(item["port"], str(item.get("profile") or "rcv-hub"), first, last)
            )
        tables = data.get("pairings") or {}
        if not isinstance(tables, dict):
            raise ValueError("pairings")
        pairings = tuple(sorted((str(k), PairingTable.from_plain(v)) for k, v in tables.items()))
        return cls(tuple(ports), pairings)
