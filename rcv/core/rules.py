"""The rules of one event, set by the organisers before the show and enforced by the engine.

Defaults follow common practice (see shared rules-as-played notes): 20 s per question, a missing
answer is wrong, when the whole floor is wrong nobody is eliminated, one rescue allowed after
question 10 (and, only when the organisers set it, as soon as fewer than K remain on the floor),
the golden-bell question when one contestant is left.

No default may be a rule that can never apply: :func:`unreachable` names the settings that
cannot (a rescue "when the floor is empty" while a floor that is all wrong is kept, say), for
the rules editor to point out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class AllWrongPolicy(StrEnum):
    """What happens when every contestant still in play answers wrong."""

    KEEP = "keep"  # nobody is eliminated (the common house rule)
    ELIMINATE = "eliminate"  # they all leave the floor (a rescue may bring them back)
    TIEBREAK = "tiebreak"  # they all fall together and a tie-break among them orders them


class AnswerPolicy(StrEnum):
    """Which keypad press counts when a contestant presses more than once."""

    FIRST_LOCKS = "first"  # the first press locks the answer
    LAST_COUNTS = "last"  # the last press before time-up counts


class RescueMethod(StrEnum):
    """How eliminated contestants come back (cứu trợ)."""

    ALL = "all"  # everybody eliminated returns
    SEATS = "seats"  # a list of seats chosen by the organisers
    BEST = "best"  # the K best eliminated contestants by their record
    QUESTION = "question"  # a rescue question that only eliminated contestants answer


class PausePolicy(StrEnum):
    """What happens to a keypad press made while the show is paused during the countdown.

    The keypads are locked during a pause, so such presses are rare (a press already on its way,
    a device that cannot be locked); either way each one is logged and shown to the MC."""

    REFUSE = "refuse"  # the clock is stopped, so is answering: refused as "paused"
    KEEP = "keep"  # it counts as if made in time


class LimitPolicy(StrEnum):
    """What happens when the last main question has been played with several left standing."""

    CO_WINNERS = "co_winners"
    TIEBREAK = "tiebreak"


@dataclass(frozen=True, slots=True)
class RescueRules:
    """When a rescue is allowed, how often, and the method the console proposes first."""

    after_question: int | None = 10  # allowed once this many main questions have been played
    # …or whenever fewer than this many remain on the floor; off by default: "fewer than 1" (the
    # floor empty) never happens while an all-wrong floor is kept (see unreachable)
    when_fewer_than: int | None = None
    max_times: int = 1
    method: RescueMethod = RescueMethod.QUESTION
    best_count: int = 10  # K for RescueMethod.BEST


BUZZ_STAGES = ("main", "rescue", "tiebreak", "final")  # the values of rcv.core.events.Stage


@dataclass(frozen=True, slots=True)
class BuzzRules:
    """Buzz-in: in the stages named here a question is not answered by every seat with a key;
    the first press (by the hubs' clocks) wins the right to answer aloud, and the MC keys in
    what was said. ``winners`` first presses win; presses up to ``window_ms`` after the last
    winner's are kept as near-ties, later ones are locked out. None by default: a buzzer
    without keys is then refused with its reason (it cannot answer A–D)."""

    stages: tuple[str, ...] = ()  # values of Stage: "main", "rescue", "tiebreak", "final"
    winners: int = 1
    window_ms: int = 200

    def __post_init__(self) -> None:
        if any(s not in BUZZ_STAGES for s in self.stages):
            raise ValueError(f"buzz.stages must be among {', '.join(BUZZ_STAGES)}")
        if self.winners < 1:
            raise ValueError("buzz.winners must be at least 1")
        if self.window_ms < 0:
            raise ValueError("buzz.window_ms cannot be negative")


@dataclass(frozen=True, slots=True)
class Prize:
    """One prize level and how many contestants receive it, e.g. Prize("Nhì", 1)."""

    name: str
    count: int


DEFAULT_PRIZES = (
    Prize("Giải Nhất", 1),
    Prize("Giải Nhì", 1),
    Prize("Giải Ba", 1),
    Prize("Giải Khuyến khích", 5),
)


class StandingMethod(StrEnum):
    """How a unit's (đơn vị) result is computed from its contestants (see core/standings.py)."""

    POINTS = "points"  # points by individual place, summed over the unit's best K members
    SURVIVAL = "survival"  # members standing after each main question, per member (normalised)
    REACHED = "reached"  # the mean main question its members reached (normalised)
    BEST_PLACES = "best_places"  # the places of its best K members, summed (lower is better)


DEFAULT_UNIT_PRIZES = (
    Prize("Giải Nhất tập thể", 1),
    Prize("Giải Nhì tập thể", 1),
    Prize("Giải Ba tập thể", 1),
)


@dataclass(frozen=True, slots=True)
class StandingRules:
    """How units and their groups (cụm, khối thi đua) are ranked, and the team prizes
    (giải tập thể). ``best_of`` is K for the methods over a unit's best members; ``points``
    the points for 1st, 2nd … place (places beyond it earn 0; empty: every contestant earns
    one point more than the place below, the last one 1). Groups are ranked by the mean of
    their units' results; ``group_prizes`` none by default."""

    method: StandingMethod = StandingMethod.POINTS
    best_of: int = 3
    points: tuple[int, ...] = ()
    prizes: tuple[Prize, ...] = DEFAULT_UNIT_PRIZES
    group_prizes: tuple[Prize, ...] = ()

    def __post_init__(self) -> None:
        if self.best_of < 1:
            raise ValueError("units.best_of must be at least 1")
        if any(p < 0 for p in self.points):
            raise ValueError("units.points cannot be negative")
        if any(p.count < 0 for p in (*self.prizes, *self.group_prizes)):
            raise ValueError("a prize count cannot be negative")


@dataclass(frozen=True, slots=True)
class Rules:
    """Everything the organisers may set for one event."""

    time_per_question_s: int = 20
    tiebreak_time_s: int = 15
    final_time_s: int = 30
    missing_answer_is_wrong: bool = True
    all_wrong: AllWrongPolicy = AllWrongPolicy.KEEP
    answer_policy: AnswerPolicy = AnswerPolicy.FIRST_LOCKS
    rescue: RescueRules = field(default_factory=RescueRules)
    question_limit: int | None = None  # main questions in the show; None: the whole main pool
    at_limit: LimitPolicy = LimitPolicy.CO_WINNERS
    final_when_standing: int = 1  # the golden-bell question once this many or fewer remain
    prizes: tuple[Prize, ...] = DEFAULT_PRIZES
    pause_presses: PausePolicy = PausePolicy.REFUSE
    # left out of the setup's hash while it is the default, so files written before it verify
    buzz: BuzzRules = field(default_factory=BuzzRules)
    # units' and groups' standings; left out of the setup's hash while it is the default
    units: StandingRules = field(default_factory=StandingRules)

    def __post_init__(self) -> None:
        for name in ("time_per_question_s", "tiebreak_time_s", "final_time_s"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be positive")
        if self.rescue.max_times < 0:
            raise ValueError("rescue.max_times cannot be negative")
        if self.final_when_standing < 0:
            raise ValueError("final_when_standing cannot be negative")
        if any(p.count < 0 for p in self.prizes):
            raise ValueError("a prize count cannot be negative")


def unreachable(rules: Rules) -> tuple[str, ...]:
    """The settings of ``rules`` that can never apply, as codes (the rules editor words them):

    - ``rescue_floor_empty``: a rescue "when fewer than 1 remain" (the floor empty) while a
      floor that is all wrong is kept — questions alone never empty it;
    - ``rescue_never``: rescues are allowed (``max_times`` > 0) but on no condition;
    - ``rescue_best_none``: the proposed method brings back the best K, with K = 0."""
    found: list[str] = []
    rescue = rules.rescue
    if (
        rescue.max_times > 0
        and rescue.when_fewer_than is not None
        and rescue.when_fewer_than <= 1
        and rules.all_wrong is AllWrongPolicy.KEEP
    ):
        found.append("rescue_floor_empty")
    if rescue.max_times > 0 and rescue.after_question is None and not rescue.when_fewer_than:
        found.append("rescue_never")
    if rescue.method is RescueMethod.BEST and rescue.best_count <= 0:
        found.append("rescue_best_none")
    return tuple(found)


@dataclass(frozen=True, slots=True)
class AudienceRescue:
    """The audience rescue game (cứu trợ khán giả): for every ``per_correct`` spectators who
    answer the audience question right, one eliminated contestant returns — the best by their
    record (:attr:`RescueMethod.BEST` with that count) — and at most ``most`` (None: no limit).

    Kept beside :class:`Rules`, not in it: the rules are part of the event's fingerprint, and
    the rescue itself is logged with the seats it brought back."""

    per_correct: int = 10
    most: int | None = None

    def returns(self, correct: int) -> int:
        """How many contestants ``correct`` right answers from the hall bring back."""
        if self.per_correct <= 0:
            return 0
        count = max(0, correct) // self.per_correct
        return count if self.most is None else min(count, max(0, self.most))
