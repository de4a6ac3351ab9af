"""What the audience may see: the projector display is fed this view and nothing else.

Before the reveal it holds no correct answer, no explanation and no per-option counts; the
display cannot leak what it never receives. The scene follows the show's phase; the console may
put a different scene up (floor, ranking, logo, blackout, the question's picture) through
``override``.

Once the show has finished, what the hall sees is *presentation*, not a game event: the final
results, then the prize ceremony one award at a time (lowest prize first, Giải Nhất last). The
controller keeps where the presentation stands (a :class:`Presentation`, never written to the
log) and hands it in; :func:`presentation_after` / :func:`presentation_before` are the steps
Space and the console's Projector menu walk through. The ceremony is a sequence of
:class:`AudienceAward` of any :class:`AwardKind`: after the contestants' prizes come the units'
(team prizes, :func:`unit_awards`): their final ranking, then each unit prize from the lowest;
every step, screen and menu works unchanged.

Between questions the MC may put up the units (:attr:`Scene.UNITS`): every unit with how many of
its contestants still stand — public facts of the floor, counted here (:func:`unit_bars`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from rcv.core.events import Stage
from rcv.core.model import QuestionKind
from rcv.core.ranking import Ranking
from rcv.core.rules import Prize
from rcv.core.standings import Standings, standings
from rcv.core.state import Phase, ShowSetup, ShowState
from rcv.core.unit_bars import AudienceUnit, unit_bars
from rcv.core.units import Unit


class Scene(StrEnum):
    WELCOME = "welcome"
    QUESTION = "question"
    TIME_UP = "time_up"
    REVEAL = "reveal"
    ELIMINATIONS = "eliminations"
    FLOOR = "floor"
    RESCUE = "rescue"
    TIEBREAK = "tiebreak"
    FINAL = "final"
    WINNER = "winner"
    RANKING = "ranking"
    PAUSED = "paused"
    LOGO = "logo"
    BLACKOUT = "blackout"
    CEREMONY = "ceremony"  # the prize ceremony: one award at a time (presentation)
    PICTURE = "picture"  # the current question's picture, full screen (an override)
    UNITS = "units"  # units by contestants still standing (an override between questions)


# a new stage or a new question begins: the console's override (black, logo, floor, picture) is
# lifted so the hall never misses what comes up
INTRO_SCENES = frozenset(
    {Scene.QUESTION, Scene.RESCUE, Scene.TIEBREAK, Scene.FINAL, Scene.WINNER, Scene.RANKING}
)


@dataclass(frozen=True, slots=True)
class AudienceQuestion:
    number: int
    stage: Stage
    text: str
    kind: QuestionKind
    options: tuple[str, ...]
    media: str | None
    duration_ms: int | None  # set once the timer has started
    deadline_ms: int | None  # on the show clock; the display computes what is left
    paused_remaining_ms: int | None
    picture: bytes | None = None  # the picture's bytes, filled in by whoever reads the file


@dataclass(frozen=True, slots=True)
class AudienceSeat:
    seat: int
    name: str
    standing: bool
    eliminated_now: bool = False  # left the floor at the last question
    returned_now: bool = False  # came back at the last rescue
    bell: bool = False


@dataclass(frozen=True, slots=True)
class AudienceRankRow:
    rank: int
    seat: int
    name: str
    unit: str
    prize: str | None


class AwardKind(StrEnum):
    CONTESTANT = "contestant"  # a prize of the individual ranking
    UNIT = "unit"  # a unit's (team's) prize: its rows name the unit (seat 0)
    UNIT_RANKING = "unit_ranking"  # every unit in its final order, prizes beside (no prize of
    # its own: ``prize`` is empty), before the units' prizes


@dataclass(frozen=True, slots=True)
class AudienceAward:
    """One prize of the ceremony and who receives it."""

    prize: str  # as the organisers named it ("Giải Nhất")
    winners: tuple[AudienceRankRow, ...]
    kind: AwardKind = AwardKind.CONTESTANT


@dataclass(frozen=True, slots=True)
class Presentation:
    """Where the presentation after the finish stands (kept by the controller, not the log).

    ``scene``: :attr:`Scene.RANKING` (the final results) or :attr:`Scene.CEREMONY` (the award
    ``award``, an index into :attr:`AudienceView.awards`); ``done``: the whole ceremony has
    been shown, Space has nothing more to offer."""

    scene: Scene
    award: int = 0
    done: bool = False


@dataclass(frozen=True, slots=True)
class AudienceView:
    """Everything the projector shows, all of it public."""

    scene: Scene
    event_name: str
    stage: Stage
    question: AudienceQuestion | None
    answered: int  # how many have answered (not what)
    participants: int
    correct: str | None  # the correct letter, only once revealed
    correct_text: str | None
    explanation: str | None
    option_counts: tuple[int, ...] | None  # how many chose each option, only once revealed
    seats: tuple[AudienceSeat, ...]
    standing: int
    total: int
    ranking: tuple[AudienceRankRow, ...] = ()
    fingerprint: str | None = None
    fingerprint_payload: str | None = None  # what the results QR code carries
    playing: tuple[int, ...] = ()  # who takes part in the stage: rescue, tie-break, golden bell
    places: int = 0  # a tie-break: how many places it decides
    awards: tuple[AudienceAward, ...] = ()  # the prize ceremony, lowest prize first (finished)
    award: int | None = None  # the ceremony's award on the screen (scene CEREMONY)
    units: tuple[AudienceUnit, ...] = ()  # scene UNITS only: most standing first


def audience_view(
    state: ShowState,
    setup: ShowSetup,
    event_name: str = "",
    ranking: Ranking | None = None,
    fingerprint: str | None = None,
    override: Scene | None = None,
    fingerprint_payload: str | None = None,
    presentation: Presentation | None = None,
    awards: Sequence[AudienceAward] | None = None,
    units: Sequence[Unit] | None = None,
) -> AudienceView:
    """The public view of the show. ``ranking`` and ``fingerprint`` are shown when finished,
    and so is the ``presentation`` (results, prize ceremony) the controller is at. ``awards``
    (the ceremony, :func:`ceremony_of`) and ``units`` (the roster's, :func:`units_of`) may be
    handed in by a caller that keeps them: they are worked out here otherwise."""
    record = state.current
    question = None
    revealed = False
    answered = participants = 0
    counts: tuple[int, ...] | None = None
    correct = correct_text = explanation = None
    eliminated_now: set[int] = set()
    returned_now: set[int] = set()
    if record is not None:
        q = setup.questions.by_id(record.question_id)
        question = AudienceQuestion(
            number=record.number,
            stage=record.stage,
            text=q.text,
            kind=q.kind,
            options=q.options,
            media=q.media,
            duration_ms=record.duration_ms,
            deadline_ms=record.deadline_ms,
            paused_remaining_ms=state.paused_remaining_ms,
        )
        answered, participants = len(record.answers), len(record.participants)
        revealed = record.revealed_at_ms is not None
        if revealed:
            correct = q.correct or None
            correct_text = q.correct_text()
            explanation = q.explanation or None
            counts = tuple(
                sum(1 for a in record.answers.values() if a.answer == letter)
                for letter in q.letters
            )
        if record.outcome is not None and not state.just_returned:
            eliminated_now = set(record.outcome.eliminated)
    returned_now = set(state.just_returned)
    roster = setup.roster
    seats = tuple(
        AudienceSeat(
            seat=c.seat,
            name=c.name,
            standing=state.seats[c.seat].standing,
            eliminated_now=c.seat in eliminated_now,
            returned_now=c.seat in returned_now,
            bell=state.seats[c.seat].bell,
        )
        for c in roster.contestants
    )
    finished = state.phase is Phase.FINISHED
    rows: tuple[AudienceRankRow, ...] = ()
    if ranking is not None and finished:
        rows = rank_rows(ranking, setup)
    if awards is None:
        awards = ceremony_of(state, setup, ranking) if finished and ranking is not None else ()
    awards = tuple(awards) if finished else ()
    scene = scene_of(state)
    if finished and presentation is not None:
        scene = presentation.scene
    if override is Scene.PICTURE and (question is None or not question.media):
        override = None  # no picture to show: the show's own scene
    bars: tuple[AudienceUnit, ...] = ()
    if override is Scene.UNITS:
        bars = unit_bars(state, setup, eliminated_now, returned_now, units)
        override = override if bars else None  # a roster without units: the show's own
    scene = override or scene
    return AudienceView(
        scene=scene,
        event_name=event_name,
        stage=state.stage,
        question=question,
        answered=answered,
        participants=participants,
        correct=correct,
        correct_text=correct_text,
        explanation=explanation,
        option_counts=counts,
        seats=seats,
        standing=len(state.standing),
        total=len(state.seats),
        ranking=rows,
        fingerprint=fingerprint if state.phase is Phase.FINISHED else None,
        fingerprint_payload=fingerprint_payload if state.phase is Phase.FINISHED else None,
        playing=_playing(state),
        places=state.tiebreak.places if state.tiebreak is not None else 0,
        awards=awards,
        award=(
            min(presentation.award, len(awards) - 1)
            if scene is Scene.CEREMONY and presentation is not None and awards
            else None
        ),
        units=bars,
    )


def rank_rows(ranking: Ranking, setup: ShowSetup) -> tuple[AudienceRankRow, ...]:
    """The final ranking as the hall sees it."""
    roster = setup.roster
    return tuple(
        AudienceRankRow(p.rank, p.seat, roster.at(p.seat).name, roster.at(p.seat).unit, p.prize)
        for p in ranking.placings
    )


def ceremony(
    rows: Sequence[AudienceRankRow],
    prizes: Sequence[Prize],
    more: Sequence[AudienceAward] = (),
) -> tuple[AudienceAward, ...]:
    """The prize ceremony: one award per prize that someone receives, lowest prize first and the
    first prize last (the organisers list their prizes from the highest). ``more``: awards of
    other kinds (the units', :func:`unit_awards`), in their own order, after the contestants'."""
    order = {p.name: i for i, p in reversed(list(enumerate(prizes)))}
    given: dict[str, list[AudienceRankRow]] = {}
    for row in rows:
        if row.prize:
            given.setdefault(row.prize, []).append(row)
    names = sorted(given, key=lambda name: -order.get(name, len(prizes)))
    return (*(AudienceAward(name, tuple(given[name])) for name in names), *more)


def ceremony_of(state: ShowState, setup: ShowSetup, ranking: Ranking) -> tuple[AudienceAward, ...]:
    """The whole ceremony of a finished show: the contestants' prizes, then the units'."""
    units = unit_awards(standings(state, setup, ranking))
    return ceremony(rank_rows(ranking, setup), setup.rules.prizes, units)


def unit_awards(table: Standings) -> tuple[AudienceAward, ...]:
    """The units' part of the ceremony: their final ranking (every unit, its prize beside it),
    then one award per unit prize that a unit receives, the lowest first. None when the
    roster has no units or the organisers give no unit prize."""
    if not table.units or not any(p.count for p in table.rules.prizes):
        return ()
    rows = tuple(
        AudienceRankRow(u.order.rank, 0, u.unit.name, u.unit.group, u.order.prize)
        for u in table.units
    )
    ranking = AudienceAward("", rows, AwardKind.UNIT_RANKING)
    prizes = ceremony(rows, table.rules.prizes)
    return (ranking, *(AudienceAward(a.prize, a.winners, AwardKind.UNIT) for a in prizes))


def presentation_after(
    current: Presentation | None, awards: int, own: Scene
) -> Presentation | None:
    """The next step after the finish (Space), from ``current`` (None: the show's own scene,
    ``own``); None when there is nothing more to show. The results come first, then each award
    from the lowest prize, then the results again."""
    if current is None:
        if own is not Scene.RANKING:
            return Presentation(Scene.RANKING)
        current = Presentation(Scene.RANKING)  # the show ended on its results already
    if current.scene is Scene.CEREMONY:
        if current.award + 1 < awards:
            return Presentation(Scene.CEREMONY, current.award + 1)
        return Presentation(Scene.RANKING, done=True)
    if current.done or awards == 0:
        return None
    return Presentation(Scene.CEREMONY, 0)


def presentation_before(current: Presentation | None, awards: int) -> Presentation | None:
    """One step back (the console's "back"); None is the show's own scene."""
    if current is None:
        return None
    if current.scene is Scene.CEREMONY:
        if current.award > 0:
            return Presentation(Scene.CEREMONY, current.award - 1)
        return Presentation(Scene.RANKING)
    if current.done and awards:
        return Presentation(Scene.CEREMONY, awards - 1)
    return None


def _playing(state: ShowState) -> tuple[int, ...]:
    """Who takes part in the stage being played (its intro names them)."""
    if state.phase is Phase.FINISHED:
        return ()
    if state.stage is Stage.TIEBREAK and state.tiebreak is not None:
        return tuple(sorted(state.tiebreak.in_play))
    if state.stage is Stage.FINAL:
        return tuple(sorted(state.final_seats))
    if state.stage is Stage.RESCUE:
        record = state.questions[-1] if state.questions else None
        if record is not None and record.stage is Stage.RESCUE:
            return record.participants
        return tuple(sorted(state.eliminated))
    return ()


def scene_of(state: ShowState) -> Scene:
    """The scene the show itself is at (no override, no presentation)."""
    if state.paused:
        return Scene.PAUSED
    phase = state.phase
    if phase is Phase.LOBBY:
        return Scene.WELCOME
    if phase is Phase.FINISHED:
        return (
            Scene.WINNER
            if any(r.bell or r.standing for r in state.seats.values())
            else Scene.RANKING
        )
    if phase in (Phase.QUESTION_SHOWN, Phase.TIMER_RUNNING):
        return Scene.QUESTION
    if phase is Phase.TIME_UP:
        return Scene.TIME_UP
    if phase is Phase.REVEALED:
        return Scene.REVEAL
    # between questions
    if state.stage is Stage.TIEBREAK:
        return Scene.TIEBREAK
    if state.stage is Stage.FINAL:
        last = state.questions[-1] if state.questions else None
        if last is not None and last.stage is Stage.FINAL and last.outcome is not None:
            return Scene.WINNER
        return Scene.FINAL
    if state.stage is Stage.RESCUE:
        return Scene.RESCUE
    if state.just_returned:
        return Scene.RESCUE
    last = state.questions[-1] if state.questions else None
    if last is not None and last.outcome is not None and last.outcome.eliminated:
        return Scene.ELIMINATIONS
    return Scene.FLOOR
