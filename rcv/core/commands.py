"""The rules of the game as decisions: each command checks the state and returns the events it
causes, or raises :class:`CommandRefused`. Nothing here changes the state; the fold does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rcv.core import events as ev
from rcv.core.errors import CommandRefused
from rcv.core.events import Event, RejectReason, Stage
from rcv.core.guards import known_seat, need_phase, not_paused
from rcv.core.model import QuestionKind
from rcv.core.rules import AllWrongPolicy, AnswerPolicy, PausePolicy
from rcv.core.state import Phase, ShowSetup, ShowState

ALL_WRONG_REASON = "all_wrong"  # the tie-break the rules open when the whole floor was wrong


def show_question(state: ShowState, setup: ShowSetup, question_id: str) -> list[Event]:
    need_phase(state, "show_question", Phase.LOBBY, Phase.RESULTS)
    not_paused(state)
    try:
        setup.questions.by_id(question_id)
    except KeyError:
        raise CommandRefused("unknown_question", qid=question_id) from None
    if question_id in state.asked:
        raise CommandRefused("question_used", qid=question_id)
    stage = state.stage
    if stage is Stage.MAIN:
        limit = setup.rules.question_limit
        if limit is not None and state.main_number >= limit:
            raise CommandRefused("question_limit", limit=limit)
        participants = state.standing
        number = state.main_number + 1
    elif stage is Stage.RESCUE:
        participants = state.eliminated
        number = state.rescues_used
    elif stage is Stage.TIEBREAK:
        tb = state.tiebreak
        assert tb is not None
        participants = sorted(tb.in_play)
        number = tb.rounds + 1
    else:
        if state.questions and state.questions[-1].stage is Stage.FINAL:
            raise CommandRefused("final_played")
        participants = list(state.final_seats)
        number = 1
    if not participants:
        raise CommandRefused("no_participants")
    return [ev.QuestionShown(question_id, stage, number, tuple(sorted(participants)))]


def start_timer(
    state: ShowState, setup: ShowSetup, seconds: float | None = None, buzz: bool | None = None
) -> list[Event]:
    """Start the countdown. The question is played buzz-in when the rules say so for its
    stage (``rules.buzz.stages``), or when ``buzz`` says so for this one question."""
    need_phase(state, "start_timer", Phase.QUESTION_SHOWN)
    not_paused(state)
    record = state.questions[-1]
    if seconds is None:
        question = setup.questions.by_id(record.question_id)
        rules = setup.rules
        default = {
            Stage.TIEBREAK: rules.tiebreak_time_s,
            Stage.FINAL: rules.final_time_s,
        }.get(record.stage, rules.time_per_question_s)
        seconds = question.time_limit_s or default
    if seconds <= 0:
        raise CommandRefused("zero_time")
    events: list[Event] = [ev.TimerStarted(round(seconds * 1000))]
    rules_buzz = setup.rules.buzz
    if record.stage.value in rules_buzz.stages if buzz is None else buzz:
        events.append(ev.BuzzOpened(rules_buzz.winners, rules_buzz.window_ms))
    return events


@dataclass(frozen=True, slots=True)
class Press:
    """A key pressed on a keypad, its time already mapped to the show clock.

    ``frame`` is the hub's id of the frame that carried it ("boot:seq"; empty for devices
    without one). ``refused`` is set when the keypad link already knows the press cannot count
    (a :class:`RejectReason` value: a seat outside the hub's range, a bouncing key…): it is
    logged as refused for that reason without being judged. ``typed``: a number or words typed
    on a device that has a keyboard (a phone), the only kind of press a short-answer question
    takes; kept as typed, not upper-cased."""

    seat: int
    key: str
    pressed_at_ms: int
    hub: str = ""
    frame: str = ""
    refused: str = ""
    typed: bool = False


# What the keypad link hands over: presses, and what it counted or lost on a hub's line.
Arrival = Press | ev.LineNoise | ev.PressesLost


def presses(state: ShowState, setup: ShowSetup, batch: Sequence[Arrival]) -> list[Event]:
    """A burst from the keypads: each press is logged, as an answer or a rejection with its
    reason; line noise counts and lost frames are logged as they come.

    Presses are judged in the order given, each seeing the answers accepted before it.
    """
    events: list[Event] = []
    pending: dict[int, int] = {}
    buzz = bool(state.questions) and state.questions[-1].buzz is not None
    for p in batch:
        if not isinstance(p, Press):
            events.append(p)
            continue
        key = p.key.strip() if p.typed else p.key.strip().upper()
        if p.refused:
            reason: RejectReason | None = RejectReason(p.refused)
        else:
            reason = _press_problem(state, setup, p.seat, key, p.pressed_at_ms, pending, p.typed)
        if reason is None:
            pending[p.seat] = p.pressed_at_ms
            if buzz:  # accepted in a buzz-in question: a buzz, not an answer
                events.append(ev.BuzzReceived(p.seat, key, p.pressed_at_ms, p.hub, p.frame))
            else:
                events.append(ev.AnswerReceived(p.seat, key, p.pressed_at_ms, p.hub, p.frame))
        else:
            events.append(
                ev.PressRejected(p.seat, key, p.pressed_at_ms, reason.value, p.hub, p.frame)
            )
    return events


def _press_problem(
    state: ShowState,
    setup: ShowSetup,
    seat: int,
    key: str,
    pressed_at_ms: int,
    pending: dict[int, int],
    typed: bool = False,
) -> RejectReason | None:
    if seat not in state.seats:
        return RejectReason.UNKNOWN_SEAT
    if state.phase not in (Phase.TIMER_RUNNING, Phase.TIME_UP):
        return RejectReason.NOT_ACCEPTING
    record = state.questions[-1]
    assert record.deadline_ms is not None and record.timer_started_at_ms is not None
    if pressed_at_ms < record.timer_started_at_ms:
        return RejectReason.NOT_ACCEPTING
    # judged by when the key went down: a press made during a pause but read after the
    # resume is still a press made during the pause
    in_pause = record.paused_at(pressed_at_ms)
    if in_pause and setup.rules.pause_presses is PausePolicy.REFUSE:
        return RejectReason.PAUSED
    if not in_pause and pressed_at_ms > record.deadline_ms:
        return RejectReason.LATE
    # a rescue question is for the eliminated, a tie-break for its group (eliminated ones too,
    # when they tie for a prize): there the question's participants are who may answer
    if seat not in record.participants or (
        record.stage not in (Stage.RESCUE, Stage.TIEBREAK) and not state.seats[seat].standing
    ):
        return RejectReason.NOT_IN_PLAY
    if record.buzz is not None:
        return _buzz_problem(state, seat, pressed_at_ms, pending)
    if not key:
        return RejectReason.NO_KEY
    question = setup.questions.by_id(record.question_id)
    if question.kind is QuestionKind.SHORT:
        if not (typed and key):  # a keypad's letter is no answer to a short question
            return RejectReason.INVALID_KEY
    elif key not in question.letters:
        return RejectReason.INVALID_KEY
    if seat in pending:
        earlier: int | None = pending[seat]
    elif seat in record.answers:
        earlier = record.answers[seat].pressed_at_ms
    else:
        return None
    if setup.rules.answer_policy is AnswerPolicy.FIRST_LOCKS or earlier is None:
        return RejectReason.DUPLICATE  # locked, or set by the operator (who always wins)
    if earlier > pressed_at_ms:  # an older press arriving after a newer one
        return RejectReason.DUPLICATE
    return None


def _buzz_problem(
    state: ShowState, seat: int, pressed_at_ms: int, pending: dict[int, int]
) -> RejectReason | None:
    """A buzz-in press: a seat buzzes once; once the first ``winners`` presses are in, presses
    later than ``window_ms`` after the last of them (by time, wherever they arrive from) are
    locked out. Presses inside the window are kept: near-ties the MC may want to see."""
    record = state.questions[-1]
    assert record.buzz is not None
    if seat in record.buzzes or seat in pending:
        return RejectReason.DUPLICATE
    times = sorted([b.pressed_at_ms for b in record.buzzes.values()] + list(pending.values()))
    winners = record.buzz.winners
    if len(times) >= winners and pressed_at_ms > times[winners - 1] + record.buzz.window_ms:
        return RejectReason.LOCKED_OUT
    return None


def time_up(state: ShowState, setup: ShowSetup, at_ms: int, early: bool = False) -> list[Event]:
    need_phase(state, "time_up", Phase.TIMER_RUNNING)
    not_paused(state)
    deadline = state.questions[-1].deadline_ms
    assert deadline is not None
    if at_ms < deadline and not early:
        raise CommandRefused("too_early", left=round((deadline - at_ms) / 1000, 1))
    return [ev.TimeUp(early=at_ms < deadline)]


def reveal(state: ShowState, setup: ShowSetup) -> list[Event]:
    need_phase(state, "reveal", Phase.TIME_UP)
    not_paused(state)
    return [ev.AnswerRevealed()]


def apply_eliminations(state: ShowState, setup: ShowSetup) -> list[Event]:
    """Apply the revealed question's outcome according to the stage and the rules."""
    need_phase(state, "apply", Phase.REVEALED)
    not_paused(state)
    record = state.questions[-1]
    question = setup.questions.by_id(record.question_id)
    rules = setup.rules
    verdicts = state.verdicts(question)
    right = [s for s, ok in verdicts.items() if ok]
    answered = record.answers.keys()
    buzz = record.buzz is not None  # only the seats that won the buzz are judged
    out = [
        s
        for s, ok in verdicts.items()
        if not ok and (s in answered or rules.missing_answer_is_wrong or buzz)
    ]
    if record.stage is Stage.RESCUE:
        back = [s for s in right if not state.seats[s].standing]
        return [ev.EliminationsApplied(returned=tuple(back))]
    if record.stage is Stage.FINAL:
        return [ev.EliminationsApplied(rung=tuple(right))]
    if record.stage is Stage.TIEBREAK:
        tb = state.tiebreak
        assert tb is not None
        in_play = [s for s in record.participants if s in tb.in_play]
        dropped = [s for s in out if s in tb.in_play]
        if buzz and right:  # buzz-in: a right answer wins the places over everybody else
            dropped = [s for s in in_play if s not in right]
        everyone = bool(in_play) and len(dropped) == len(in_play)
        if everyone:
            dropped = []
        result: list[Event] = [ev.EliminationsApplied(dropped=tuple(dropped), all_wrong=everyone)]
        if len(in_play) - len(dropped) <= tb.places:
            left = tuple(sorted(tb.in_play - set(dropped)))
            result.append(ev.TieBreakEnded(decided=True, seats=left))
        return result
    in_play = [s for s in record.participants if state.seats[s].standing]
    out = [s for s in out if state.seats[s].standing]
    if not in_play or len(out) < len(in_play):
        return [ev.EliminationsApplied(eliminated=tuple(out))]
    policy = rules.all_wrong
    if policy is AllWrongPolicy.KEEP:
        return [ev.EliminationsApplied(all_wrong=True)]
    events: list[Event] = [ev.EliminationsApplied(eliminated=tuple(out), all_wrong=True)]
    if policy is AllWrongPolicy.TIEBREAK and len(out) > 1:
        events.append(ev.TieBreakStarted(tuple(out), 1, ALL_WRONG_REASON))
    return events


def set_answer(
    state: ShowState, setup: ShowSetup, seat: int, answer: str | None, reason: str = ""
) -> list[Event]:
    need_phase(state, "set_answer", Phase.TIMER_RUNNING, Phase.TIME_UP, Phase.REVEALED)
    known_seat(state, seat)
    record = state.questions[-1]
    if seat not in record.participants:
        raise CommandRefused("not_participant", seat=seat)
    if record.buzz is not None and answer is not None and seat not in record.buzz_winners():
        raise CommandRefused("not_buzz_winner", seat=seat)
    question = setup.questions.by_id(record.question_id)
    if answer is not None:
        answer = answer.strip()
        if question.kind is not QuestionKind.SHORT:
            answer = answer.upper()
            if answer not in question.letters:
                raise CommandRefused(
                    "invalid_answer", answer=answer, letters=", ".join(question.letters)
                )
        elif not answer:
            raise CommandRefused("invalid_answer", answer=answer, letters="…")
    return [ev.AnswerSet(seat, answer, reason)]


WRONG_MARK = "✗"  # a wrong answer seen on a whiteboard (what was written is not typed in)


def whiteboard(
    state: ShowState, setup: ShowSetup, wrong: Iterable[int], reason: str
) -> list[Event]:
    """The referees' verdict on the whiteboards, after time-up: every participant's answer is
    set at once, in one step (one undo) — the seats in ``wrong`` to :data:`WRONG_MARK`, the
    others to the correct answer — as :class:`~rcv.core.events.AnswerSet` with ``reason``."""
    need_phase(state, "set_answer", Phase.TIME_UP, Phase.REVEALED)
    record = state.questions[-1]
    out = sorted(set(wrong))
    for seat in out:
        known_seat(state, seat)
        if seat not in record.participants:
            raise CommandRefused("not_participant", seat=seat)
    question = setup.questions.by_id(record.question_id)
    right = question.accepted[0] if question.kind is QuestionKind.SHORT else question.correct
    return [
        ev.AnswerSet(seat, WRONG_MARK if seat in out else right, reason)
        for seat in record.participants
    ]


def eliminate(state: ShowState, setup: ShowSetup, seat: int, reason: str) -> list[Event]:
    known_seat(state, seat)
    if state.phase is Phase.FINISHED:
        raise CommandRefused("finished")
    if not state.seats[seat].standing:
        raise CommandRefused("not_standing", seat=seat)
    return [ev.ContestantEliminated(seat, reason)]


def revive(state: ShowState, setup: ShowSetup, seat: int, reason: str) -> list[Event]:
    known_seat(state, seat)
    if state.phase is Phase.FINISHED:
        raise CommandRefused("finished")
    if state.seats[seat].standing:
        raise CommandRefused("already_standing", seat=seat)
    return [ev.ContestantRevived(seat, reason)]


def pause(state: ShowState, setup: ShowSetup) -> list[Event]:
    if state.phase is Phase.FINISHED:
        raise CommandRefused("finished")
    if state.paused:
        raise CommandRefused("paused")
    return [ev.ShowPaused()]


def resume(state: ShowState, setup: ShowSetup) -> list[Event]:
    if not state.paused:
        raise CommandRefused("not_paused")
    return [ev.ShowResumed()]


def finish(state: ShowState, setup: ShowSetup, reason: str = "") -> list[Event]:
    if state.phase in (Phase.QUESTION_SHOWN, Phase.TIMER_RUNNING, Phase.TIME_UP, Phase.REVEALED):
        raise CommandRefused("question_open")
    need_phase(state, "finish", Phase.LOBBY, Phase.RESULTS)
    result: list[Event] = []
    if state.tiebreak is not None:
        result.append(ev.TieBreakEnded(decided=False, seats=tuple(sorted(state.tiebreak.in_play))))
    result.append(ev.ShowFinished(reason))
    return result
