"""What can happen on stage: the events a show's log is made of.

Events are facts, written to the event file before the state changes; the state is a fold of
them (see :mod:`rcv.core.fold`). A log entry wraps an event with its sequence number, the step
(one operator command or one keypad press; an undo cancels whole steps) and its time on the show
clock, in epoch milliseconds supplied by the caller.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar

from rcv.core.codec import from_plain, to_plain
from rcv.core.rules import RescueMethod


class Stage(StrEnum):
    """Which part of the show a question belongs to."""

    MAIN = "main"
    RESCUE = "rescue"
    TIEBREAK = "tiebreak"
    FINAL = "final"


class Event:
    """Base of every event; ``TYPE`` is its stable name in the event file.

    ``touched_seats`` names the seats the event changes or concerns — each event that carries
    seats says so itself (the console repaints exactly those)."""

    TYPE: ClassVar[str] = ""
    OPERATOR: ClassVar[bool] = True  # a step the MC can undo (keypad presses are not)

    def touched_seats(self) -> tuple[int, ...]:
        return ()


@dataclass(frozen=True, slots=True)
class QuestionShown(Event):
    TYPE = "question_shown"
    question_id: str
    stage: Stage
    number: int  # main: the question number of the show; other stages: their own count
    participants: tuple[int, ...]  # the seats that may answer

    def touched_seats(self) -> tuple[int, ...]:
        return self.participants


@dataclass(frozen=True, slots=True)
class TimerStarted(Event):
    TYPE = "timer_started"
    duration_ms: int


@dataclass(frozen=True, slots=True)
class AnswerReceived(Event):
    TYPE = "answer_received"
    OPERATOR = False
    seat: int
    answer: str
    pressed_at_ms: int  # when the key went down, on the show clock (hub time mapped)
    hub: str = ""
    frame: str = ""  # the hub's own id of the frame ("boot:seq"), when it has one

    def touched_seats(self) -> tuple[int, ...]:
        return (self.seat,)


@dataclass(frozen=True, slots=True)
class PressRejected(Event):
    """A press that arrived and does not count, with the reason (a :class:`RejectReason`)."""

    TYPE = "press_rejected"
    OPERATOR = False
    seat: int
    answer: str
    pressed_at_ms: int
    reason: str  # a RejectReason value
    hub: str = ""
    frame: str = ""

    def touched_seats(self) -> tuple[int, ...]:
        return (self.seat,)


@dataclass(frozen=True, slots=True)
class BuzzOpened(Event):
    """The question on stage is played buzz-in (logged with its ``TimerStarted``): the first
    ``winners`` presses by time win the right to answer; presses more than ``window_ms`` after
    the last winner's are locked out."""

    TYPE = "buzz_opened"
    winners: int = 1
    window_ms: int = 0


@dataclass(frozen=True, slots=True)
class BuzzReceived(Event):
    """A seat buzzed in a buzz-in question (its first press, in time, before the lock-out).
    ``key`` is the key pressed, empty for a buzzer that has none; it is not an answer."""

    TYPE = "buzz_received"
    OPERATOR = False
    seat: int
    key: str
    pressed_at_ms: int  # when the button went down, on the show clock (hub time mapped)
    hub: str = ""
    frame: str = ""

    def touched_seats(self) -> tuple[int, ...]:
        return (self.seat,)


class RejectReason(StrEnum):
    """Why a press does not count. The game decides the first group; the keypad link the
    second, before the press reaches the game (it still reaches the log)."""

    NOT_ACCEPTING = "not_accepting"  # no question is open for answers
    LATE = "late"  # pressed after time-up
    DUPLICATE = "duplicate"  # already answered and the first answer locks
    UNKNOWN_SEAT = "unknown_seat"
    NOT_IN_PLAY = "not_in_play"  # eliminated, or not part of this tie-break / rescue question
    INVALID_KEY = "invalid_key"  # a key that is not an option of this question
    PAUSED = "paused"  # pressed while the show was paused (rules: refuse)
    NO_KEY = "no_key"  # a buzz (a button without keys) while every seat answers with a key
    LOCKED_OUT = "locked_out"  # buzz-in: pressed after the first presses locked the floor
    # decided by the keypad link
    OUT_OF_RANGE = "out_of_range"  # a seat outside the seats the hub serves
    REPEAT = "repeat"  # the same key again at once: a bouncing or stuck key
    DUPLICATE_FRAME = "duplicate_frame"  # the same frame received twice on the line
    BEFORE_HELLO = "before_hello"  # the hub never said who it is, so the press cannot be placed
    UNRECOGNISED = "unrecognised"  # a key the device profile does not know
    MALFORMED = "malformed"  # a frame with a seat but broken fields
    OUT_OF_SEQUENCE = "out_of_sequence"  # fits no sequence the hub sent (a copy, or noise)
    AFTER_LOST = "after_lost"  # came after it had been logged as lost (kept out of the game)


@dataclass(frozen=True, slots=True)
class LineNoise(Event):
    """What came in on a hub's line without naming a seat (noise, bad checksums, cut frames),
    counted per reason over ``from_ms``–``to_ms`` instead of one entry per piece."""

    TYPE = "line_noise"
    OPERATOR = False
    hub: str
    from_ms: int
    to_ms: int
    counts: tuple[tuple[str, int], ...]  # (reason, how many), reasons as the link names them

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)


@dataclass(frozen=True, slots=True)
class PressesLost(Event):
    """Frames a hub sent that could not be recovered (an outage longer than the hub can
    replay, or a reboot with frames missing): named, so nothing is lost without a trace."""

    TYPE = "presses_lost"
    OPERATOR = False
    hub: str
    boot: int | None
    runs: tuple[tuple[int, int], ...]  # (first seq, last seq) of each run that is gone
    count: int
    detail: str = ""
    certain: bool = True  # the hub said each was a press; else some may have been heartbeats
    after_seq: int | None = None  # the hub restarted: whatever it sent after this never came


@dataclass(frozen=True, slots=True)
class TimeUp(Event):
    TYPE = "time_up"
    early: bool = False  # the MC stopped the clock before the deadline


@dataclass(frozen=True, slots=True)
class AnswerRevealed(Event):
    TYPE = "answer_revealed"


@dataclass(frozen=True, slots=True)
class EliminationsApplied(Event):
    """The outcome of a revealed question: who leaves the floor, who comes back, who rings."""

    TYPE = "eliminations_applied"
    eliminated: tuple[int, ...] = ()
    returned: tuple[int, ...] = ()  # rescue question: its correct answerers come back
    all_wrong: bool = False  # everybody in play was wrong
    dropped: tuple[int, ...] = ()  # tie-break: leave the tie-break (ranked below the others)
    rung: tuple[int, ...] = ()  # golden-bell question answered right

    def touched_seats(self) -> tuple[int, ...]:
        return self.eliminated + self.returned + self.dropped + self.rung


@dataclass(frozen=True, slots=True)
class AnswerSet(Event):
    """The operator sets (or with ``answer=None`` clears) a seat's answer by hand."""

    TYPE = "answer_set"
    seat: int
    answer: str | None
    reason: str = ""

    def touched_seats(self) -> tuple[int, ...]:
        return (self.seat,)


@dataclass(frozen=True, slots=True)
class ContestantEliminated(Event):
    TYPE = "contestant_eliminated"
    seat: int
    reason: str = ""

    def touched_seats(self) -> tuple[int, ...]:
        return (self.seat,)


@dataclass(frozen=True, slots=True)
class ContestantRevived(Event):
    TYPE = "contestant_revived"
    seat: int
    reason: str = ""

    def touched_seats(self) -> tuple[int, ...]:
        return (self.seat,)


@dataclass(frozen=True, slots=True)
class RescueApplied(Event):
    """A rescue: ``seats`` come back now (empty for the QUESTION method, which opens a round)."""

    TYPE = "rescue_applied"
    method: RescueMethod
    seats: tuple[int, ...] = ()

    def touched_seats(self) -> tuple[int, ...]:
        return self.seats


@dataclass(frozen=True, slots=True)
class TieBreakStarted(Event):
    TYPE = "tiebreak_started"
    seats: tuple[int, ...]
    places: int  # the tie-break goes on until no more than this many are left in it
    reason: str = ""

    def touched_seats(self) -> tuple[int, ...]:
        return self.seats


@dataclass(frozen=True, slots=True)
class TieBreakEnded(Event):
    """The tie-break is over; ``seats`` are those still in it, who share its best place."""

    TYPE = "tiebreak_ended"
    decided: bool = True
    seats: tuple[int, ...] = ()

    def touched_seats(self) -> tuple[int, ...]:
        return self.seats


@dataclass(frozen=True, slots=True)
class FinalStarted(Event):
    TYPE = "final_started"
    seats: tuple[int, ...]

    def touched_seats(self) -> tuple[int, ...]:
        return self.seats


@dataclass(frozen=True, slots=True)
class ShowPaused(Event):
    TYPE = "show_paused"


@dataclass(frozen=True, slots=True)
class ShowResumed(Event):
    TYPE = "show_resumed"


@dataclass(frozen=True, slots=True)
class ShowFinished(Event):
    TYPE = "show_finished"
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Undone(Event):
    """Cancels step ``step`` and every step after it; the entries stay in the log. ``what``
    is the sentence older files stored; the words are now made at the edge from the step."""

    TYPE = "undone"
    OPERATOR = False
    step: int
    what: str = ""


EVENT_TYPES: dict[str, type[Event]] = {
    cls.TYPE: cls
    for cls in (
        QuestionShown,
        TimerStarted,
        AnswerReceived,
        PressRejected,
        TimeUp,
        AnswerRevealed,
        EliminationsApplied,
        AnswerSet,
        ContestantEliminated,
        ContestantRevived,
        RescueApplied,
        TieBreakStarted,
        TieBreakEnded,
        FinalStarted,
        ShowPaused,
        ShowResumed,
        ShowFinished,
        Undone,
        LineNoise,
        PressesLost,
        BuzzOpened,
        BuzzReceived,
    )
}


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One line of the show's log."""

    seq: int  # 1, 2, 3 … without gaps
    step: int  # entries of one command share a step
    at_ms: int  # show clock, epoch milliseconds
    event: Event

    def to_plain(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "step": self.step,
            "at_ms": self.at_ms,
            "type": self.event.TYPE,
            "data": to_plain(self.event),
        }

    @staticmethod
    def from_plain(data: dict[str, Any]) -> LogEntry:
        cls = EVENT_TYPES.get(data["type"])
        if cls is None:
            raise ValueError(f"unknown event type {data['type']!r}")
        return LogEntry(
            seq=int(data["seq"]),
            step=int(data["step"]),
            at_ms=int(data["at_ms"]),
            event=from_plain(cls, data["data"]),
        )


def effective_entries(entries: list[LogEntry] | tuple[LogEntry, ...]) -> list[LogEntry]:
    """The entries that still count after the undos in the log, in order."""
    kept: list[LogEntry] = []
    for entry in entries:
        if isinstance(entry.event, Undone):
            target = entry.event.step
            while kept and kept[-1].step >= target:
                kept.pop()
        else:
            kept.append(entry)
    return kept
