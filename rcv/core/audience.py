"""What the audience may see: the projector display is fed this view and nothing else.

Before the reveal it holds no correct answer, no explanation and no per-option counts; the
display cannot leak what it never receives. The scene follows the show's phase; the console may
put a different scene up (floor, ranking, logo, blackout) through ``override``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rcv.core.events import Stage
from rcv.core.model import QuestionKind
from rcv.core.ranking import Ranking
from rcv.core.state import Phase, ShowSetup, ShowState


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


def audience_view(
    state: ShowState,
    setup: ShowSetup,
    event_name: str = "",
    ranking: Ranking | None = None,
    fingerprint: str | None = None,
    override: Scene | None = None,
    fingerprint_payload: str | None = None,
) -> AudienceView:
    """The public view of the show. ``ranking`` and ``fingerprint`` are shown when finished."""
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
    rows: tuple[AudienceRankRow, ...] = ()
    if ranking is not None and state.phase is Phase.FINISHED:
        rows = tuple(
            AudienceRankRow(p.rank, p.seat, roster.at(p.seat).name, roster.at(p.seat).unit, p.prize)
            for p in ranking.placings
        )
    return AudienceView(
        scene=override or _scene(state),
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
    )


def _scene(state: ShowState) -> Scene:
    if state.paused:
        return Scene.PAUSED
    phase = state.phase
    if phase is Phase.LOBBY:
        return Scene.WELCOME
    if phase is Phase.FINISHED:
        return (
            Scene.WINNER
            if any(r.bell or r.standing for r in state.seats.values())
            else (Scene.RANKING)
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
