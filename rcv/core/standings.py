"""The standings of units (đơn vị) and of their groups (cụm, khối): the team prizes.

A unit's result comes from its contestants by the method the organisers chose before the show
(``rules.units``, :class:`~rcv.core.rules.StandingRules`); each method says how it treats units
of different sizes:

- ``points``: every contestant earns points for their individual place — the organisers' table
  (1st = N points …; places beyond it earn nothing) or, by default, one point more than the place
  below (n + 1 − place, n contestants) — and a unit scores its best K members' points. A unit
  with fewer than K members scores what they earn: the missing ones earn nothing.
- ``best_places``: the sum of its best K members' places, lower is better; a missing member
  counts as place n + 1, below everybody.
- ``survival``: after each main question, how many of its members were on the floor — the area
  under its survival curve — divided by its size and the number of questions: the mean share of
  its members standing. Time off the floor before a rescue does not count.
- ``reached``: the mean main question its members reached: where each finally fell (as the
  individual ranking counts a rescued contestant), or the last main question for those still
  standing. The mean sets size aside.

Then, whatever the method, ``places``: the places of the members that count (every member for
the normalised methods), best first, compared one by one (a missing member: n + 1). Contestants
tied individually share a place, so they add the same to their unit. Units still equal share a
rank and form an explicit tie, flagged when it straddles a prize boundary — never broken
silently, exactly like individual ties (:mod:`rcv.core.ranking`).

Groups are ranked by the mean of their units' results, then by the rank of their best unit.
Results are exact fractions: no rounding ever makes two units equal or different.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from itertools import groupby

from rcv.core.events import Stage
from rcv.core.ranking import Ranking, rank
from rcv.core.rules import Prize, StandingMethod, StandingRules
from rcv.core.state import ShowSetup, ShowState
from rcv.core.units import Unit, groups_of, units_of

DECIDERS: dict[StandingMethod, tuple[str, ...]] = {
    StandingMethod.POINTS: ("points", "places"),
    StandingMethod.BEST_PLACES: ("place_sum", "places"),
    StandingMethod.SURVIVAL: ("survival", "places"),
    StandingMethod.REACHED: ("reached", "places"),
}
GROUP_DECIDERS = ("unit_mean", "best_unit")
LOWER_IS_BETTER = frozenset({StandingMethod.BEST_PLACES})
BEST_OF = frozenset({StandingMethod.POINTS, StandingMethod.BEST_PLACES})


@dataclass(frozen=True, slots=True)
class Member:
    """One contestant of a unit, and what they add to its result."""

    seat: int
    place: int  # their individual rank
    standing: bool
    counted: bool  # among the members the method counts
    figure: int  # points, place, questions survived or question reached (by the method)


@dataclass(frozen=True, slots=True)
class Order:
    """A place in an order: the rank, what separated it from the one above, who shares it."""

    rank: int
    decided_by: str | None
    tied_with: tuple[str, ...]
    prize: str | None = None
    prize_pending: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class UnitStanding:
    unit: Unit
    members: tuple[Member, ...]  # best place first
    total: int  # the counted figures, summed (best_places: missing members included)
    score: Fraction  # the method's result (total, or normalised)
    places: tuple[int, ...]  # the places compared after the score, padded
    order: Order

    @property
    def key(self) -> str:
        return self.unit.key

    @property
    def standing(self) -> int:
        return sum(1 for m in self.members if m.standing)


@dataclass(frozen=True, slots=True)
class GroupStanding:
    key: str
    name: str
    units: tuple[str, ...]  # unit keys, best first
    score: Fraction  # the mean of its units' results
    best_unit: int  # the rank of its best unit
    order: Order


@dataclass(frozen=True, slots=True)
class Standings:
    """Units (or groups) in order, with the method, and who belongs to none."""

    method: StandingMethod
    rules: StandingRules
    units: tuple[UnitStanding, ...]
    groups: tuple[GroupStanding, ...]
    unassigned: tuple[int, ...]  # seats of contestants without a unit
    ungrouped: tuple[str, ...]  # keys of units without a group
    questions: int  # main questions played to their outcome (the survival curve's length)
    contestants: int

    def unit(self, key: str) -> UnitStanding:
        return next(u for u in self.units if u.key == key)

    def group(self, key: str) -> GroupStanding:
        return next(g for g in self.groups if g.key == key)

    @property
    def deciders(self) -> tuple[str, ...]:
        return DECIDERS[self.method]

    @property
    def lower_is_better(self) -> bool:
        return self.method in LOWER_IS_BETTER


def open_ties(rows: Sequence[UnitStanding] | Sequence[GroupStanding]) -> list[tuple[str, ...]]:
    """Keys that still share a rank."""
    return [
        tuple(r.key for r in g)
        for _, grp in groupby(rows, key=lambda r: r.order.rank)
        for g in [list(grp)]
        if len(g) > 1
    ]


def straddling_ties(
    rows: Sequence[UnitStanding] | Sequence[GroupStanding],
) -> list[tuple[str, ...]]:
    """Ties that decide who gets which prize: the organisers must break these."""
    return [
        tuple(r.key for r in g)
        for _, grp in groupby(rows, key=lambda r: r.order.rank)
        for g in [list(grp)]
        if g[0].order.prize_pending
    ]


def points_for(place: int, rules: StandingRules, contestants: int) -> int:
    """What an individual place earns in the ``points`` method."""
    if rules.points:
        return rules.points[place - 1] if 0 < place <= len(rules.points) else 0
    return max(0, contestants + 1 - place)


def _survived(state: ShowState) -> tuple[dict[int, int], int]:
    """Questions each seat was still standing after, over the main questions played."""
    survived: dict[int, int] = dict.fromkeys(state.seats, 0)
    played = 0
    for record in state.questions:
        if record.stage is not Stage.MAIN or record.outcome is None:
            continue
        played += 1
        out = set(record.outcome.eliminated)
        for seat in record.participants:
            if seat not in out:
                survived[seat] += 1
    return survived, played


def standings(state: ShowState, setup: ShowSetup, ranking: Ranking | None = None) -> Standings:
    """The units and groups of the show as it stands, in order, with their prizes."""
    ranking = ranking or rank(state, setup)
    rules = setup.rules.units
    method = rules.method
    n = len(state.seats)
    place = {p.seat: p.rank for p in ranking.placings}
    survived, played = _survived(state)
    units = units_of(setup.roster)
    pad = rules.best_of if method in BEST_OF else max((u.size for u in units), default=0)
    built: list[tuple[Unit, tuple[Member, ...], int, Fraction, tuple[int, ...]]] = []
    for unit in units:
        ordered = sorted(unit.seats, key=lambda s: (place[s], s))
        members = []
        for i, seat in enumerate(ordered):
            record = state.seats[seat]
            counted = i < rules.best_of if method in BEST_OF else True
            if method is StandingMethod.POINTS:
                figure = points_for(place[seat], rules, n) if counted else 0
            elif method is StandingMethod.BEST_PLACES:
                figure = place[seat]
            elif method is StandingMethod.SURVIVAL:
                figure = survived[seat]
            else:
                figure = state.main_number if record.standing else (record.fell_at or 0)
            members.append(Member(seat, place[seat], record.standing, counted, figure))
        counted_places = [m.place for m in members if m.counted]
        missing = max(0, pad - len(counted_places))
        places = (*counted_places, *([n + 1] * missing))
        total = sum(m.figure for m in members if m.counted)
        if method is StandingMethod.BEST_PLACES:
            total += (n + 1) * missing
        if method is StandingMethod.SURVIVAL:
            score = Fraction(total, unit.size * played) if played else Fraction(1)
        elif method is StandingMethod.REACHED:
            score = Fraction(total, unit.size)
        else:
            score = Fraction(total)
        built.append((unit, tuple(members), total, score, places))
    sign = 1 if method in LOWER_IS_BETTER else -1
    first = DECIDERS[method][0]
    orders = _order(
        [b[0].key for b in built],
        {b[0].key: {first: sign * b[3], "places": b[4]} for b in built},
        DECIDERS[method],
        rules.prizes,
    )
    rows = sorted(
        (UnitStanding(u, m, t, s, p, orders[u.key]) for u, m, t, s, p in built),
        key=lambda r: (r.order.rank, r.key),
    )
    groups = _groups(setup, units, tuple(rows), sign, rules.group_prizes)
    assigned = {s for u in units for s in u.seats}
    return Standings(
        method=method,
        rules=rules,
        units=tuple(rows),
        groups=groups,
        unassigned=tuple(s for s in sorted(state.seats) if s not in assigned),
        ungrouped=tuple(u.key for u in rows if not u.unit.group_key),
        questions=played,
        contestants=n,
    )


def _groups(
    setup: ShowSetup,
    units: tuple[Unit, ...],
    rows: tuple[UnitStanding, ...],
    sign: int,
    prizes: tuple[Prize, ...],
) -> tuple[GroupStanding, ...]:
    by_key = {r.key: r for r in rows}
    built = []
    for group in groups_of(setup.roster, units):
        members = sorted((by_key[k] for k in group.units), key=lambda r: (r.order.rank, r.key))
        mean = sum((r.score for r in members), Fraction(0)) / len(members)
        built.append((group, tuple(r.key for r in members), mean, members[0].order.rank))
    orders = _order(
        [g.key for g, *_ in built],
        {g.key: {"unit_mean": sign * mean, "best_unit": best} for g, _, mean, best in built},
        GROUP_DECIDERS,
        prizes,
    )
    out = [
        GroupStanding(g.key, g.name, keys, mean, best, orders[g.key])
        for g, keys, mean, best in built
    ]
    return tuple(sorted(out, key=lambda r: (r.order.rank, r.key)))


def _order(
    keys: list[str],
    figures: dict[str, dict[str, object]],
    deciders: tuple[str, ...],
    prizes: tuple[Prize, ...],
) -> dict[str, Order]:
    """Rank ``keys`` by their figures (lower is better, decider by decider), explain each
    place against the one above, and give the prizes; equals share a rank."""

    def full(key: str) -> tuple[object, ...]:
        return tuple(figures[key][d] for d in deciders)

    ordered = sorted(keys, key=lambda k: (full(k), k))
    placed: list[tuple[str, int, str | None, tuple[str, ...]]] = []
    previous: str | None = None
    for _, grp in groupby(ordered, key=full):
        members = list(grp)
        rank_no = len(placed) + 1
        decided = None
        if previous is not None:
            decided = _decider(figures[previous], figures[members[0]], deciders)
        for i, key in enumerate(members):
            others = tuple(k for k in members if k != key)
            placed.append((key, rank_no, decided if i == 0 else None, others))
        previous = members[-1]
    prized = award([r for _, r, _, _ in placed], prizes)
    return {
        key: Order(rank_no, decided, others, *prized[i])
        for i, (key, rank_no, decided, others) in enumerate(placed)
    }


def _decider(
    above: dict[str, object], below: dict[str, object], deciders: tuple[str, ...]
) -> str | None:
    return next((d for d in deciders if above[d] != below[d]), None)


def award(ranks: list[int], prizes: Sequence[Prize]) -> list[tuple[str | None, tuple[str, ...]]]:
    """(prize, prizes at stake) for each of ``ranks`` (in order, equal ranks together): a tie
    across a prize boundary gets no prize and names the prizes at stake."""
    slots = [p.name for p in prizes for _ in range(p.count)]
    out: list[tuple[str | None, tuple[str, ...]]] = []
    position = 0
    for _, grp in groupby(ranks):
        size = len(list(grp))
        at_stake = slots[position : position + size]
        position += size
        distinct = tuple(dict.fromkeys(at_stake))
        if len(distinct) == 1 and len(at_stake) == size:
            out.extend([(distinct[0], ())] * size)
        elif at_stake:
            out.extend([(None, distinct)] * size)
        else:
            out.extend([(None, ())] * size)
    return out
