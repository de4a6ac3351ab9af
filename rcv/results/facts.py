"""The results of a show as facts: read once from the event, shared by every sheet and check.

:func:`read_event` is the only place that touches the event file: it opens it, copies what it
holds and closes it, so exports never change the file. Everything else here is pure: the same
record always gives the same :class:`ShowResults`. Facts hold data and log entries, never
sentences: the sheets put them in words, in the workbook's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from rcv.core import events as ev
from rcv.core.events import LogEntry, effective_entries
from rcv.core.fold import replay
from rcv.core.model import Contestant, EventInfo, Question
from rcv.core.ranking import Placing, Ranking, rank
from rcv.core.state import Phase, QuestionRecord, ShowSetup, ShowState
from rcv.storage import chain
from rcv.storage.event_file import EventFile


@dataclass(frozen=True, slots=True)
class EventRecord:
    """Everything an event file holds, as read at one moment."""

    setup: ShowSetup
    info: EventInfo
    entries: tuple[LogEntry, ...]
    head: str  # the storage head hash after the last entry

    def prefix(self, count: int) -> EventRecord:
        """The event as it stood after its first ``count`` log entries (head recomputed)."""
        start = chain.genesis_for(self.setup, self.info, self.entries, self.head)
        kept = self.entries[:count]
        return EventRecord(self.setup, self.info, kept, chain.head_of(start, kept))


def read_event(path: Path | str) -> EventRecord:
    """Open the event file read-only (its hash chain is checked), copy it, close it. Works while
    the show is being played, and on read-only media.

    Raises :class:`rcv.storage.errors.EventFileError` when the file cannot be used.
    """
    with EventFile.open(path, read_only=True) as event_file:
        return EventRecord(event_file.setup, event_file.info, event_file.entries, event_file.head)


@dataclass(frozen=True, slots=True)
class QuestionFacts:
    """One question as played, with what happened around it until the next one."""

    order: int  # 1, 2, 3 … in the order the questions were shown
    record: QuestionRecord
    question: Question
    eliminated: tuple[int, ...]  # by the outcome, and by hand while it was on stage
    returned: tuple[int, ...]  # rescues and revivals while it was the last question shown
    notes: tuple[LogEntry, ...]  # beyond the outcome (``record.outcome``): rescue, tie-break…
    corrections: tuple[LogEntry, ...]  # answers set by hand, manual eliminations, undos


@dataclass(frozen=True, slots=True)
class Window:
    """Seats and log entries gathered for one question (or for the time before the first)."""

    eliminated: list[int]
    returned: list[int]
    notes: list[LogEntry]
    corrections: list[LogEntry]


@dataclass(frozen=True, slots=True)
class ShowResults:
    """The results of one event at one moment of its log."""

    event: EventRecord
    state: ShowState
    ranking: Ranking
    questions: tuple[QuestionFacts, ...]
    before_first: Window  # what happened before the first question (e.g. an absentee removed)
    undone: frozenset[int]  # the seq numbers of log entries cancelled by an undo
    by_seat: Mapping[int, Contestant] = field(default_factory=dict)

    @property
    def finished(self) -> bool:
        return self.state.phase is Phase.FINISHED

    @property
    def setup(self) -> ShowSetup:
        return self.event.setup

    @property
    def info(self) -> EventInfo:
        return self.event.info

    def contestant(self, seat: int) -> Contestant:
        if self.by_seat:
            return self.by_seat[seat]
        return self.event.setup.roster.at(seat)

    def placing(self, seat: int) -> Placing:
        return next(p for p in self.ranking.placings if p.seat == seat)


def compute_results(event: EventRecord) -> ShowResults:
    """Replay the log and gather the facts every sheet needs."""
    setup = event.setup
    effective = effective_entries(event.entries)
    state = replay(setup, effective)
    kept = {e.seq for e in effective}
    undone = frozenset(e.seq for e in event.entries if e.seq not in kept)
    windows = _windows(event.entries, kept)
    facts = []
    for i, record in enumerate(state.questions):
        w = windows[i + 1]
        outcome = record.outcome
        eliminated = list(outcome.eliminated) if outcome else []
        returned = list(outcome.returned) if outcome else []
        facts.append(
            QuestionFacts(
                order=i + 1,
                record=record,
                question=setup.questions.by_id(record.question_id),
                eliminated=tuple(_unique(eliminated + w.eliminated)),
                returned=tuple(_unique(returned + w.returned)),
                notes=tuple(w.notes),
                corrections=tuple(w.corrections),
            )
        )
    by_seat = {c.seat: c for c in setup.roster.contestants}
    ranking = rank(state, setup)
    return ShowResults(event, state, ranking, tuple(facts), windows[0], undone, by_seat)


def _windows(entries: tuple[LogEntry, ...], kept: set[int]) -> list[Window]:
    """Split the log at each question that counts; window 0 is before the first question."""
    windows = [Window([], [], [], [])]
    for entry in entries:
        e = entry.event
        w = windows[-1]
        if isinstance(e, ev.Undone):
            w.corrections.append(entry)
            continue
        if entry.seq not in kept:
            continue
        if isinstance(e, ev.QuestionShown):
            windows.append(Window([], [], [], []))
        elif isinstance(e, ev.ContestantEliminated):
            w.eliminated.append(e.seat)
            w.corrections.append(entry)
        elif isinstance(e, ev.ContestantRevived):
            w.returned.append(e.seat)
            w.corrections.append(entry)
        elif isinstance(e, ev.RescueApplied):
            w.returned.extend(e.seats)
            w.notes.append(entry)
        elif isinstance(e, ev.AnswerSet):
            w.corrections.append(entry)
        elif isinstance(e, ev.TieBreakStarted | ev.TieBreakEnded | ev.FinalStarted):
            w.notes.append(entry)
    return windows


def _unique(seats: list[int]) -> list[int]:
    return list(dict.fromkeys(seats))
