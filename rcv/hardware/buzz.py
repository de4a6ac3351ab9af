"""Buzz-in order: who pressed first, by the hubs' clocks, with exact ties kept as ties.

Pure. Presses are compared by their time on the laptop's clock (``at_ms``, mapped from each
hub's own clock); presses of one hub that map to the same millisecond are still told apart
by that hub's clock, which is exact between its own keypads.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby

from rcv.hardware.events import KeyPress


def order_buzz(presses: Iterable[KeyPress], first_per_seat: bool = True) -> list[list[KeyPress]]:
    """Groups of presses in the order they happened; a group of two or more is a tie.

    With ``first_per_seat`` only each seat's earliest press takes part (a buzzer pressed twice
    does not queue twice). Within a group presses are sorted by hub id and seat, so the result
    is the same whatever order the presses arrived in.
    """
    chosen: list[KeyPress] = list(presses)
    if first_per_seat:
        first: dict[int, KeyPress] = {}
        for p in chosen:
            best = first.get(p.seat)
            if best is None or _time_key(p) < _time_key(best):
                first[p.seat] = p
        chosen = list(first.values())
    chosen.sort(key=_time_key)
    groups: list[list[KeyPress]] = []
    for _, same_ms in groupby(chosen, key=lambda p: p.at_ms):
        ranked: dict[int, list[KeyPress]] = {}
        for _, hub_presses in groupby(
            sorted(same_ms, key=lambda p: (p.hub_id, p.hub_ms)), key=lambda p: p.hub_id
        ):
            for rank, (_, tied) in enumerate(groupby(hub_presses, key=lambda p: p.hub_ms)):
                ranked.setdefault(rank, []).extend(tied)
        for rank in sorted(ranked):
            groups.append(sorted(ranked[rank], key=lambda p: (p.hub_id, p.seat)))
    return groups


def _time_key(p: KeyPress) -> tuple[int, str, int, int]:
    return (p.at_ms, p.hub_id, p.hub_ms, p.seat)
