"""The fold: how each event changes the state. No decisions are made here.

Commands (:mod:`rcv.core.commands`) decide which events happen; this module only applies them,
so replaying a log gives exactly the state the live show had.
"""

from __future__ import annotations

from collections.abc import Iterable

from rcv.core import events as ev
from rcv.core.events import LogEntry, Stage
from rcv.core.rules import RescueMethod
from rcv.core.state import (
    QUESTION_PHASES,
    Answer,
    Buzz,
    Phase,
    QuestionRecord,
    ShowSetup,
    ShowState,
    TieBreak,
)

# why a seat left the floor, when the MC typed no reason (codes; the words are at the edge)
ELIMINATED_WRONG = "wrong"
ELIMINATED_ALL_WRONG = "all_wrong"
ELIMINATED_BY_ORGANISERS = "by_organisers"


def replay(setup: ShowSetup, entries: Iterable[LogEntry]) -> ShowState:
    """The state after the given (already undo-resolved) entries."""
    state = ShowState.initial(setup)
    for entry in entries:
        apply(state, setup, entry)
    return state


def apply(state: ShowState, setup: ShowSetup, entry: LogEntry) -> None:
    """Apply one entry to the state, in place."""
    e = entry.event
    at = entry.at_ms
    state.last_seq, state.last_step, state.last_at_ms = entry.seq, entry.step, at
    handler = _HANDLERS.get(type(e))
    if handler is not None:
        handler(state, setup, e, at)


def _question_shown(state: ShowState, setup: ShowSetup, e: ev.QuestionShown, at: int) -> None:
    state.questions.append(
        QuestionRecord(
            question_id=e.question_id,
            stage=e.stage,
            number=e.number,
            participants=e.participants,
            shown_at_ms=at,
        )
    )
    state.asked.add(e.question_id)
    state.just_returned = ()
    if e.stage is Stage.MAIN:
        state.main_number = e.number
    state.phase = Phase.QUESTION_SHOWN


def _timer_started(state: ShowState, setup: ShowSetup, e: ev.TimerStarted, at: int) -> None:
    q = state.questions[-1]
    q.timer_started_at_ms = at
    q.duration_ms = e.duration_ms
    q.deadline_ms = at + e.duration_ms
    state.phase = Phase.TIMER_RUNNING


def _answer_received(state: ShowState, setup: ShowSetup, e: ev.AnswerReceived, at: int) -> None:
    state.questions[-1].answers[e.seat] = Answer(e.answer, e.pressed_at_ms, "keypad", e.hub)


def _buzz_opened(state: ShowState, setup: ShowSetup, e: ev.BuzzOpened, at: int) -> None:
    state.questions[-1].buzz = e


def _buzz_received(state: ShowState, setup: ShowSetup, e: ev.BuzzReceived, at: int) -> None:
    record = state.questions[-1]
    record.buzzes[e.seat] = Buzz(e.key, e.pressed_at_ms, len(record.buzzes), e.hub)


def _press_rejected(state: ShowState, setup: ShowSetup, e: ev.PressRejected, at: int) -> None:
    if state.questions:
        record = state.questions[-1]
        record.rejected += 1
        if state.phase in QUESTION_PHASES and e.seat in state.seats:
            record.refused[e.seat] = e.reason  # the console marks the seat


def _time_up(state: ShowState, setup: ShowSetup, e: ev.TimeUp, at: int) -> None:
    q = state.questions[-1]
    q.time_up_at_ms = at
    if e.early:
        q.deadline_ms = at
    state.phase = Phase.TIME_UP


def _revealed(state: ShowState, setup: ShowSetup, e: ev.AnswerRevealed, at: int) -> None:
    state.questions[-1].revealed_at_ms = at
    state.phase = Phase.REVEALED


def _applied(state: ShowState, setup: ShowSetup, e: ev.EliminationsApplied, at: int) -> None:
    record = state.questions[-1]
    record.outcome = e
    stage = record.stage
    if stage in (Stage.MAIN, Stage.FINAL):
        question = setup.questions.by_id(record.question_id)
        for seat in record.participants:
            a = record.answers.get(seat)
            if a is not None and question.is_correct(a.answer):
                rec = state.seats[seat]
                rec.correct += 1
                rec.correct_time_ms += record.response_ms(seat) or 0
    for seat in e.eliminated:
        _eliminate(state, seat, ELIMINATED_WRONG if not e.all_wrong else ELIMINATED_ALL_WRONG)
    for seat in e.returned:
        _revive(state, seat)
    if e.returned:
        state.just_returned = e.returned
    for seat in e.rung:
        state.seats[seat].bell = True
    tb = state.tiebreak
    if stage is Stage.TIEBREAK and tb is not None:
        tb.rounds += 1
        for seat in e.dropped:
            tb.in_play.discard(seat)
            state.seats[seat].tiebreaks[tb.number] = tb.rounds
    if stage is Stage.RESCUE:
        state.stage = Stage.MAIN
    state.phase = Phase.RESULTS


def _eliminate(state: ShowState, seat: int, reason: str) -> None:
    rec = state.seats[seat]
    rec.standing = False
    rec.fell_at = state.main_number
    rec.eliminated_reason = reason


def _revive(state: ShowState, seat: int) -> None:
    rec = state.seats[seat]
    rec.standing = True
    rec.fell_at = None
    rec.eliminated_reason = ""
    rec.rescued += 1


def _answer_set(state: ShowState, setup: ShowSetup, e: ev.AnswerSet, at: int) -> None:
    answers = state.questions[-1].answers
    if e.answer is None:
        answers.pop(e.seat, None)
    else:
        answers[e.seat] = Answer(e.answer, None, "operator")


def _manual_eliminate(
    state: ShowState, setup: ShowSetup, e: ev.ContestantEliminated, at: int
) -> None:
    _eliminate(state, e.seat, e.reason or ELIMINATED_BY_ORGANISERS)


def _manual_revive(state: ShowState, setup: ShowSetup, e: ev.ContestantRevived, at: int) -> None:
    _revive(state, e.seat)


def _rescue(state: ShowState, setup: ShowSetup, e: ev.RescueApplied, at: int) -> None:
    state.rescues_used += 1
    for seat in e.seats:
        _revive(state, seat)
    if e.seats:
        state.just_returned = e.seats
    if e.method is RescueMethod.QUESTION:
        state.stage = Stage.RESCUE
    if state.phase is Phase.LOBBY:
        state.phase = Phase.RESULTS


def _tiebreak_started(state: ShowState, setup: ShowSetup, e: ev.TieBreakStarted, at: int) -> None:
    number = len(state.tiebreaks) + 1
    state.tiebreaks.append(TieBreak(number, e.seats, e.places, e.reason, set(e.seats)))
    state.stage = Stage.TIEBREAK
    state.phase = Phase.RESULTS


def _tiebreak_ended(state: ShowState, setup: ShowSetup, e: ev.TieBreakEnded, at: int) -> None:
    tb = state.tiebreaks[-1]
    tb.ended = True
    tb.decided = e.decided
    for seat in tb.in_play:
        state.seats[seat].tiebreaks[tb.number] = tb.rounds + 1
    state.stage = Stage.FINAL if state.final_seats else Stage.MAIN
    state.phase = Phase.RESULTS


def _final_started(state: ShowState, setup: ShowSetup, e: ev.FinalStarted, at: int) -> None:
    state.final_seats = e.seats
    state.stage = Stage.FINAL
    state.phase = Phase.RESULTS


def _paused(state: ShowState, setup: ShowSetup, e: ev.ShowPaused, at: int) -> None:
    state.paused = True
    q = state.questions[-1] if state.questions else None
    if state.phase is Phase.TIMER_RUNNING and q is not None and q.deadline_ms is not None:
        state.paused_remaining_ms = max(0, q.deadline_ms - at)
        q.pauses.append((at, None))  # the countdown stops


def _resumed(state: ShowState, setup: ShowSetup, e: ev.ShowResumed, at: int) -> None:
    state.paused = False
    if state.phase is Phase.TIMER_RUNNING and state.paused_remaining_ms is not None:
        q = state.questions[-1]
        q.deadline_ms = at + state.paused_remaining_ms
        if q.pauses and q.pauses[-1][1] is None:
            q.pauses[-1] = (q.pauses[-1][0], at)
    state.paused_remaining_ms = None


def _finished(state: ShowState, setup: ShowSetup, e: ev.ShowFinished, at: int) -> None:
    state.phase = Phase.FINISHED
    state.finished_reason = e.reason


_HANDLERS = {
    ev.QuestionShown: _question_shown,
    ev.TimerStarted: _timer_started,
    ev.AnswerReceived: _answer_received,
    ev.BuzzOpened: _buzz_opened,
    ev.BuzzReceived: _buzz_received,
    ev.PressRejected: _press_rejected,
    ev.TimeUp: _time_up,
    ev.AnswerRevealed: _revealed,
    ev.EliminationsApplied: _applied,
    ev.AnswerSet: _answer_set,
    ev.ContestantEliminated: _manual_eliminate,
    ev.ContestantRevived: _manual_revive,
    ev.RescueApplied: _rescue,
    ev.TieBreakStarted: _tiebreak_started,
    ev.TieBreakEnded: _tiebreak_ended,
    ev.FinalStarted: _final_started,
    ev.ShowPaused: _paused,
    ev.ShowResumed: _resumed,
    ev.ShowFinished: _finished,
}
