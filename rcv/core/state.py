"""Where a show stands: the state folded from its log.

The state is plain data owned by :class:`rcv.core.show.Show`; views read it, only the fold
(:mod:`rcv.core.fold`) writes it. Verdicts (right / wrong) are not stored: they are judged from
the answers and the question whenever asked, so an operator's correction after the reveal is
reflected everywhere at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from rcv.core.events import BuzzOpened, EliminationsApplied, Stage
from rcv.core.model import Question, QuestionSet, Roster
from rcv.core.rules import Rules


class Phase(StrEnum):
    """The step of the current question, or of the show around it."""

    LOBBY = "lobby"  # before the first question
    QUESTION_SHOWN = "question_shown"
    TIMER_RUNNING = "timer_running"
    TIME_UP = "time_up"  # answers locked
    REVEALED = "revealed"  # the correct answer is public
    RESULTS = "results"  # eliminations applied; waiting for what comes next
    FINISHED = "finished"


QUESTION_PHASES = (Phase.QUESTION_SHOWN, Phase.TIMER_RUNNING, Phase.TIME_UP, Phase.REVEALED)


@dataclass(frozen=True, slots=True)
class ShowSetup:
    """What a show is played with: fixed once the first event is logged."""

    roster: Roster
    questions: QuestionSet
    rules: Rules


@dataclass(slots=True)
class Answer:
    """A seat's answer to the current question."""

    answer: str
    pressed_at_ms: int | None  # None: set by the operator, no keypad time
    source: str = "keypad"  # "keypad" or "operator"
    hub: str = ""


@dataclass(frozen=True, slots=True)
class Buzz:
    """A seat's buzz in a buzz-in question: its key (empty for a buzzer without keys), when
    it went down, and the order it arrived in (which breaks no tie: time does)."""

    key: str
    pressed_at_ms: int
    arrived: int
    hub: str = ""


@dataclass(slots=True)
class SeatRecord:
    """One contestant's standing and record."""

    seat: int
    standing: bool = True
    fell_at: int | None = None  # the main question number at which they left the floor
    eliminated_reason: str = ""
    rescued: int = 0  # times brought back
    correct: int = 0  # right answers to main and golden-bell questions
    correct_time_ms: int = 0  # summed response time of those answers
    tiebreaks: dict[int, int] = field(default_factory=dict)  # tie-break no. -> score (higher wins)
    bell: bool = False  # rang the golden bell


@dataclass(slots=True)
class QuestionRecord:
    """One question as it was played."""

    question_id: str
    stage: Stage
    number: int
    participants: tuple[int, ...]
    shown_at_ms: int
    timer_started_at_ms: int | None = None
    duration_ms: int | None = None
    deadline_ms: int | None = None
    time_up_at_ms: int | None = None
    revealed_at_ms: int | None = None
    answers: dict[int, Answer] = field(default_factory=dict)
    rejected: int = 0
    refused: dict[int, str] = field(default_factory=dict)  # seat -> last refusal's reason
    pauses: list[tuple[int, int | None]] = field(default_factory=list)  # (from, to) on the clock
    outcome: EliminationsApplied | None = None
    buzz: BuzzOpened | None = None  # played buzz-in
    buzzes: dict[int, Buzz] = field(default_factory=dict)  # seat -> its buzz

    def buzz_order(self) -> list[int]:
        """The seats that buzzed, earliest first (by the time the button went down)."""
        return sorted(self.buzzes, key=lambda s: (self.buzzes[s].pressed_at_ms, s))

    def buzz_winners(self) -> tuple[int, ...]:
        """The seats that won the right to answer: the first ``winners`` by time, and any seat
        that pressed in the very same millisecond as the last of them (an exact tie)."""
        if self.buzz is None:
            return ()
        order = self.buzz_order()
        if len(order) <= self.buzz.winners:
            return tuple(order)
        cut = self.buzzes[order[self.buzz.winners - 1]].pressed_at_ms
        return tuple(s for s in order if self.buzzes[s].pressed_at_ms <= cut)

    @property
    def judged(self) -> tuple[int, ...]:
        """The seats whose answer is judged: every participant, or the buzz-in winners."""
        return self.participants if self.buzz is None else self.buzz_winners()

    def paused_at(self, at_ms: int) -> bool:
        """Was the countdown paused at this moment?"""
        return any(start <= at_ms and (end is None or at_ms < end) for start, end in self.pauses)

    def paused_before(self, at_ms: int) -> int:
        """How long the countdown was paused between its start and ``at_ms``."""
        if not self.pauses:  # most questions: no pause (the replay asks this for every answer)
            return 0
        return sum(
            max(0, min(at_ms if end is None else end, at_ms) - start) for start, end in self.pauses
        )

    def response_ms(self, seat: int) -> int | None:
        """How long the seat took to answer, from the start of the timer, pauses left out."""
        a = self.answers.get(seat)
        if a is None or self.timer_started_at_ms is None:
            return None
        pressed = a.pressed_at_ms
        if pressed is None and seat in self.buzzes:  # said aloud after buzzing: the buzz counts
            pressed = self.buzzes[seat].pressed_at_ms
        if pressed is None:  # set by hand: counts the whole time
            return self.duration_ms
        taken = pressed - self.timer_started_at_ms - self.paused_before(pressed)
        return max(0, taken)


@dataclass(slots=True)
class TieBreak:
    """A tie-break (câu hỏi phụ) round among a set of contestants."""

    number: int
    seats: tuple[int, ...]
    places: int
    reason: str
    in_play: set[int]
    rounds: int = 0
    ended: bool = False
    decided: bool = False


@dataclass(slots=True)
class ShowState:
    """The whole state of a show."""

    seats: dict[int, SeatRecord]
    phase: Phase = Phase.LOBBY
    stage: Stage = Stage.MAIN
    paused: bool = False
    paused_remaining_ms: int | None = None
    main_number: int = 0
    questions: list[QuestionRecord] = field(default_factory=list)
    asked: set[str] = field(default_factory=set)
    rescues_used: int = 0
    just_returned: tuple[int, ...] = ()  # seats the last rescue brought back (until next question)
    tiebreaks: list[TieBreak] = field(default_factory=list)
    final_seats: tuple[int, ...] = ()
    finished_reason: str = ""
    last_seq: int = 0
    last_step: int = 0
    last_at_ms: int = 0

    @staticmethod
    def initial(setup: ShowSetup) -> ShowState:
        return ShowState(seats={s: SeatRecord(seat=s) for s in setup.roster.seats})

    @property
    def current(self) -> QuestionRecord | None:
        """The question on stage (shown, running, locked, revealed or just applied)."""
        if self.phase in (*QUESTION_PHASES, Phase.RESULTS) and self.questions:
            last = self.questions[-1]
            if self.phase is not Phase.RESULTS or last.outcome is not None:
                return last
        return None

    @property
    def standing(self) -> list[int]:
        return [s for s, r in self.seats.items() if r.standing]

    @property
    def eliminated(self) -> list[int]:
        return [s for s, r in self.seats.items() if not r.standing]

    @property
    def tiebreak(self) -> TieBreak | None:
        """The tie-break being played, if any."""
        if self.tiebreaks and not self.tiebreaks[-1].ended:
            return self.tiebreaks[-1]
        return None

    @property
    def final_played(self) -> bool:
        """The golden-bell question has been answered and judged."""
        return any(q.stage is Stage.FINAL and q.outcome is not None for q in self.questions)

    def verdicts(self, question: Question) -> dict[int, bool]:
        """Right or wrong for each seat judged on the current question (missing counts): every
        participant, or in a buzz-in question the seats that won the right to answer."""
        record = self.questions[-1]
        return {
            seat: question.is_correct(a.answer if (a := record.answers.get(seat)) else None)
            for seat in record.judged
        }
