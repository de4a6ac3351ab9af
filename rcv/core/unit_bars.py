"""The units (đơn vị) on the floor as the hall may see them: for each, how many of its
contestants stand, and how many left or came back at the last step — public facts of the floor,
counted for the units scene (:attr:`rcv.core.audience.Scene.UNITS`)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from rcv.core.state import ShowSetup, ShowState
from rcv.core.units import Unit, units_of


@dataclass(frozen=True, slots=True)
class AudienceUnit:
    """A unit on the floor as the hall may see it: how many of its contestants stand."""

    key: str
    name: str
    group: str
    size: int
    standing: int
    fell_now: int = 0  # of its contestants, left the floor at the last question
    back_now: int = 0  # came back at the last rescue


def unit_bars(
    state: ShowState,
    setup: ShowSetup,
    eliminated_now: Collection[int] = (),
    returned_now: Collection[int] = (),
    units: Sequence[Unit] | None = None,
) -> tuple[AudienceUnit, ...]:
    """Every unit with how many of its contestants stand now (and how many left or came back
    at the last step): most standing first, then the larger share of the unit, then by name.
    ``units``: the roster's (:func:`units_of`), when the caller keeps them."""
    bars = [
        AudienceUnit(
            key=u.key,
            name=u.name,
            group=u.group,
            size=u.size,
            standing=sum(1 for s in u.seats if state.seats[s].standing),
            fell_now=sum(1 for s in u.seats if s in eliminated_now),
            back_now=sum(1 for s in u.seats if s in returned_now),
        )
        for u in (units_of(setup.roster) if units is None else units)
    ]
    return tuple(sorted(bars, key=lambda b: (-b.standing, -b.standing / b.size, b.key)))
