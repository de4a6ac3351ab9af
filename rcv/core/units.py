"""The units (đơn vị) of a roster and their groups (cụm, khối thi đua), and how many of each
unit's contestants are on the floor.

A unit is every contestant whose unit name has the same :func:`~rcv.core.unitnames.name_key`
("Hoà Bình" and "Hòa Bình" are one unit); a contestant with no unit belongs to none.

A roster's groups either gather units (cụm, khối thi đua: every huyện of a cluster) or divide
them (lớp: the classes of a school). They gather units when most units whose members name a
group name only one (:func:`groups_gather_units`); only then are units ranked in groups. A unit
then belongs to the group its members name; when they name several (a roster mistake the roster
report points out), it is counted in the group most of them name — the first member's, by seat,
among equals — and :attr:`Unit.groups` lists them all, for the results to say so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rcv.core.model import Roster
from rcv.core.state import ShowState
from rcv.core.unitnames import name_key, spelled


@dataclass(frozen=True, slots=True)
class Unit:
    """One unit of the roster."""

    key: str  # its identity (name_key)
    name: str  # as most of its members write it
    spellings: tuple[str, ...]  # every way its members write it, the shown one first
    seats: tuple[int, ...]  # its contestants, by seat
    group: str  # the group it is counted in, as written ("" none)
    group_key: str
    groups: tuple[str, ...] = ()  # every group its members name, when more than one

    @property
    def size(self) -> int:
        return len(self.seats)


@dataclass(frozen=True, slots=True)
class Group:
    """One group of units."""

    key: str
    name: str
    units: tuple[str, ...]  # unit keys, by name


@dataclass(frozen=True, slots=True)
class UnitCount:
    """A unit on the floor right now."""

    key: str
    name: str
    group: str
    size: int
    standing: int


def _tidy(text: str) -> str:
    return " ".join(text.split())


def keyer() -> Callable[[str], str]:
    """:func:`name_key` computed once per distinct name, for the length of one call: a roster of
    1,000 writes a few dozen names, and a key costs tens of microseconds."""
    cache: dict[str, str] = {}

    def key(name: str) -> str:
        found = cache.get(name)
        if found is None:
            found = cache[name] = name_key(name)
        return found

    return key


def groups_gather_units(
    pairs: Iterable[tuple[str, str]], key_of: Callable[[str], str] | None = None
) -> bool:
    """Whether the groups of these (unit, group) names gather units rather than divide them:
    at most half of the units with two or more members in a group name more than one group."""
    key_of = key_of or keyer()
    named: dict[str, set[str]] = {}
    counts: dict[str, int] = {}
    for unit, group in pairs:
        key, group_key = key_of(unit), key_of(group)
        if key and group_key:
            named.setdefault(key, set()).add(group_key)
            counts[key] = counts.get(key, 0) + 1
    evidence = [k for k, n in counts.items() if n >= 2]
    split = [k for k in evidence if len(named[k]) > 1]
    return 2 * len(split) <= len(evidence)


def units_of(roster: Roster) -> tuple[Unit, ...]:
    """The units of the roster, by name (their key); contestants without a unit are left out."""
    key_of = keyer()
    seats: dict[str, list[int]] = {}
    spellings: dict[str, list[str]] = {}
    group_names: dict[str, list[str]] = {}
    for c in sorted(roster.contestants, key=lambda c: c.seat):
        key = key_of(c.unit)
        if not key:
            continue
        seats.setdefault(key, []).append(c.seat)
        spellings.setdefault(key, []).append(_tidy(c.unit))
        if key_of(c.group):
            group_names.setdefault(key, []).append(_tidy(c.group))
    if not groups_gather_units(((c.unit, c.group) for c in roster.contestants), key_of):
        group_names = {}  # the groups divide units (classes of a school): no group standings
    units = []
    for key, members in seats.items():
        shown = spelled(spellings[key])
        names = group_names.get(key, [])
        by_key: dict[str, list[str]] = {}
        for g in names:
            by_key.setdefault(key_of(g), []).append(g)
        group_key = max(by_key, key=lambda k: len(by_key[k])) if by_key else ""
        distinct = tuple(spelled(v) for v in by_key.values())
        units.append(
            Unit(
                key=key,
                name=shown,
                spellings=(shown, *(s for s in dict.fromkeys(spellings[key]) if s != shown)),
                seats=tuple(members),
                group=spelled(by_key[group_key]) if group_key else "",
                group_key=group_key,
                groups=distinct if len(distinct) > 1 else (),
            )
        )
    return tuple(sorted(units, key=lambda u: (u.key, u.name)))


def groups_of(roster: Roster, units: tuple[Unit, ...] | None = None) -> tuple[Group, ...]:
    """The groups the units are counted in, by name; units without a group are in none."""
    units = units_of(roster) if units is None else units
    members: dict[str, list[Unit]] = {}
    for u in units:
        if u.group_key:
            members.setdefault(u.group_key, []).append(u)
    key_of = keyer()
    spellings: dict[str, list[str]] = {key: [] for key in members}
    for c in roster.contestants:
        named = spellings.get(key_of(c.group))
        if named is not None:
            named.append(_tidy(c.group))
    return tuple(
        Group(key, spelled(spellings[key]), tuple(u.key for u in us))
        for key, us in sorted(members.items())
    )


def unit_counts(state: ShowState, roster: Roster) -> tuple[UnitCount, ...]:
    """Every unit with how many of its contestants are on the floor now: most standing first,
    then the larger share of the unit, then by name."""
    counts = [
        UnitCount(
            u.key, u.name, u.group, u.size, sum(1 for s in u.seats if state.seats[s].standing)
        )
        for u in units_of(roster)
    ]
    return tuple(sorted(counts, key=lambda c: (-c.standing, -c.standing / max(1, c.size), c.key)))
