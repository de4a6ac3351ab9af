"""What a roster's units and groups (cụm, khối) look like to the team standings, as warnings of
the roster report — never errors, and nothing is merged or renamed here:

- ``unit_spellings`` / ``group_spellings``: one unit (group) written in several ways that rcv
  counts as one — case, spacing, composed or decomposed letters, a look-alike Đ, "Hoà"/"Hòa"
  (:func:`~rcv.core.unitnames.name_key`);
- ``unit_likely_duplicate``: two units rcv counts apart but whose names differ only by
  diacritics, punctuation or an administrative prefix ("UBND huyện X" beside "Huyện X", "Dak"
  beside "Đắk": :func:`~rcv.core.unitnames.loose_key`) — the secretary decides;
- ``unit_groups``: the contestants of one unit name several groups, in a roster whose groups
  gather units (:func:`~rcv.core.units.groups_gather_units`; the classes of a school divide it
  and are no mistake); the team standings count the unit in the group most of them name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rcv.core.unitnames import loose_key, spelled
from rcv.core.units import groups_gather_units, keyer
from rcv.importers.report import Location, Report


@dataclass(frozen=True, slots=True)
class UnitRow:
    """A contestant's unit and group as written, and where."""

    unit: str
    group: str
    unit_at: Location
    group_at: Location


def _tidy(text: str) -> str:
    return " ".join(text.split())


def _quoted(names: Sequence[str]) -> str:
    return ", ".join(f'"{n}"' for n in names)


def _spellings(
    rows: list[UnitRow], field: str, code: str, report: Report, key_of: Callable[[str], str]
) -> dict[str, str]:
    """Warn about a name written in several ways; the name each key is shown by."""
    seen: dict[str, list[tuple[str, Location]]] = {}
    for r in rows:
        text = _tidy(getattr(r, field))
        if key_of(text):
            seen.setdefault(key_of(text), []).append((text, getattr(r, f"{field}_at")))
    shown = {}
    for key, found in seen.items():
        names = [t for t, _ in found]
        shown[key] = spelled(names)
        distinct = list(dict.fromkeys(names))
        if len(distinct) > 1:
            odd = next(where for text, where in found if text != shown[key])
            others = [n for n in distinct if n != shown[key]]
            report.warn(code, odd, field, name=shown[key], spellings=_quoted(others))
    return shown


def check_units(rows: list[UnitRow], report: Report) -> None:
    """Add the roster's unit and group warnings to ``report``."""
    key_of = keyer()
    units = _spellings(rows, "unit", "unit_spellings", report, key_of)
    _spellings(rows, "group", "group_spellings", report, key_of)
    first: dict[str, Location] = {}
    groups: dict[str, list[tuple[str, Location]]] = {}
    for r in rows:
        key = key_of(r.unit)
        if not key:
            continue
        first.setdefault(key, r.unit_at)
        if key_of(r.group):
            groups.setdefault(key, []).append((_tidy(r.group), r.group_at))
    loose: dict[str, str] = {}
    for key in first:
        near = loose_key(units[key])
        if near and near in loose:
            other = loose[near]
            report.warn(
                "unit_likely_duplicate",
                first[key],
                "unit",
                name=units[key],
                other_name=units[other],
                other=first[other],
            )
        else:
            loose.setdefault(near, key)
    if not groups_gather_units(((r.unit, r.group) for r in rows), key_of):
        return
    for key, named in groups.items():
        by_key: dict[str, list[str]] = {}
        for g, _ in named:
            by_key.setdefault(key_of(g), []).append(g)
        if len(by_key) > 1:
            counted = max(by_key.values(), key=len)
            # the first group cell that names another group than the one the unit is counted in
            odd = next(at for g, at in named if key_of(g) != key_of(counted[0]))
            report.warn(
                "unit_groups",
                odd,
                "group",
                name=units[key],
                groups=_quoted([spelled(v) for v in by_key.values()]),
                group=spelled(counted),
            )
