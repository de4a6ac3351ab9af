"""The official order of every contestant, with how each place was decided, and the prizes.

Order: contestants still standing first (those who rang the golden bell before those who did
not); then by the main question at which they fell (later is better); then by tie-break results;
then by the number of correct answers; then by the summed response time of those answers (lower
is better). When the show ends at its question limit with several standing and the rules make
them co-winners, they share first place and the first prize. Contestants still equal on all of
these share a rank and form an explicit tie that the organisers must break: the order is never
decided silently. A tie that straddles a prize boundary is flagged.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import groupby

from rcv.core.rules import LimitPolicy
from rcv.core.state import Phase, ShowSetup, ShowState

DECIDERS = ("standing", "bell", "fell_at", "tiebreak", "correct", "time")


@dataclass(frozen=True, slots=True)
class Placing:
    """One contestant's place in the ranking."""

    rank: int  # competition ranking: 1, 2, 2, 4 …
    seat: int
    standing: bool
    bell: bool
    fell_at: int | None
    correct: int
    correct_time_ms: int
    rescued: int
    decided_by: str | None  # what separated this contestant from the one above (None: tied)
    tied_with: tuple[int, ...]  # the other seats sharing this rank
    co_winner: bool = False  # shares first place by the rules (question limit, co-winners)
    prize: str | None = None
    prize_pending: tuple[str, ...] = ()  # a tie across a prize boundary: these prizes at stake


@dataclass(frozen=True, slots=True)
class Ranking:
    placings: tuple[Placing, ...]

    @property
    def open_ties(self) -> list[tuple[int, ...]]:
        """Groups of seats that still share a rank."""
        groups: dict[int, list[int]] = {}
        for p in self.placings:
            groups.setdefault(p.rank, []).append(p.seat)
        return [tuple(g) for g in groups.values() if len(g) > 1]

    @property
    def straddling_ties(self) -> list[tuple[int, ...]]:
        """Ties that decide who gets which prize: the organisers must break these."""
        return [
            tuple(p.seat for p in ps)
            for _, ps in groupby(self.placings, key=lambda p: p.rank)
            for ps in [list(ps)]
            if ps[0].prize_pending
        ]

    def top(self, n: int) -> tuple[Placing, ...]:
        return self.placings[:n]


def co_winners(state: ShowState, setup: ShowSetup) -> frozenset[int]:
    """Those who share first place because the show ended at its limit with them standing."""
    standing = state.standing
    if (
        state.phase is Phase.FINISHED
        and setup.rules.at_limit is LimitPolicy.CO_WINNERS
        and len(standing) > 1
        and not state.final_played
        and not state.tiebreaks
    ):
        return frozenset(standing)
    return frozenset()


def _key(state: ShowState, seat: int, together: frozenset[int]) -> dict[str, object]:
    r = state.seats[seat]
    if seat in together:
        return {"standing": 0, "bell": 0, "fell_at": 0, "tiebreak": (), "correct": 0, "time": 0}
    tiebreaks = tuple(-r.tiebreaks.get(tb.number, 0) for tb in state.tiebreaks)
    return {
        "standing": 0 if r.standing else 1,
        "bell": 0 if r.bell else 1,
        "fell_at": -(r.fell_at or 0) if not r.standing else 0,
        "tiebreak": tiebreaks,
        "correct": -r.correct,
        "time": r.correct_time_ms,
    }


def rank(state: ShowState, setup: ShowSetup) -> Ranking:
    """The ranking of every contestant, with prizes from the rules."""
    together = co_winners(state, setup)
    keys = {seat: _key(state, seat, together) for seat in state.seats}

    def full(seat: int) -> tuple[object, ...]:
        return tuple(keys[seat][d] for d in DECIDERS)

    order = sorted(state.seats, key=lambda s: (full(s), s))
    rows: list[Placing] = []
    rank_no = 0
    previous: int | None = None
    groups = [list(g) for _, g in groupby(order, key=full)]
    for group in groups:
        rank_no = len(rows) + 1
        decided = _decider(keys[previous], keys[group[0]]) if previous is not None else None
        for i, seat in enumerate(group):
            r = state.seats[seat]
            rows.append(
                Placing(
                    rank=rank_no,
                    seat=seat,
                    standing=r.standing,
                    bell=r.bell,
                    fell_at=r.fell_at,
                    correct=r.correct,
                    correct_time_ms=r.correct_time_ms,
                    rescued=r.rescued,
                    decided_by=decided if i == 0 else None,
                    tied_with=tuple(s for s in group if s != seat),
                    co_winner=seat in together,
                )
            )
        previous = group[-1]
    return Ranking(_award(tuple(rows), setup))


def _decider(above: dict[str, object], below: dict[str, object]) -> str | None:
    for d in DECIDERS:
        if above[d] != below[d]:
            return d
    return None


def _award(placings: tuple[Placing, ...], setup: ShowSetup) -> tuple[Placing, ...]:
    slots = [p.name for p in setup.rules.prizes for _ in range(p.count)]
    out: list[Placing] = []
    position = 0
    for _, group in groupby(placings, key=lambda p: p.rank):
        members = list(group)
        at_stake = slots[position : position + len(members)]
        position += len(members)
        distinct = tuple(dict.fromkeys(at_stake))
        full_group = len(at_stake) == len(members)
        for p in members:
            if p.co_winner and at_stake:
                out.append(replace(p, prize=at_stake[0]))
            elif len(distinct) == 1 and full_group:
                out.append(replace(p, prize=distinct[0]))
            elif at_stake:
                out.append(replace(p, prize_pending=distinct))
            else:
                out.append(p)
    return tuple(out)
