"""The next sensible step of the show: what the console offers as its primary action (Space)
and what the headless demo's autopilot does. It never acts; it only proposes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from itertools import takewhile

from rcv.core.errors import CommandRefused
from rcv.core.events import Stage
from rcv.core.model import Pool, Question
from rcv.core.ranking import rank
from rcv.core.round_commands import rescue_allowed
from rcv.core.rules import LimitPolicy, RescueMethod
from rcv.core.show import Change, Show
from rcv.core.state import Phase, ShowSetup, ShowState


class ActionKind(StrEnum):
    SHOW_QUESTION = "show_question"
    START_TIMER = "start_timer"
    WAIT_TIME_UP = "wait_time_up"  # the clock runs; time-up comes at the deadline
    REVEAL = "reveal"
    APPLY = "apply"
    RESCUE = "rescue"
    START_TIEBREAK = "start_tiebreak"
    END_TIEBREAK = "end_tiebreak"
    START_FINAL = "start_final"
    FINISH = "finish"
    RESUME = "resume"
    # after the finish, presentation only (never in the log): the controller carries them out
    SHOW_RESULTS = "show_results"  # the final ranking, prizes and fingerprint on the projector
    REVEAL_PRIZE = "reveal_prize"  # the prize ceremony's next award (number of places)
    NONE = "none"  # the show is over


class Why(StrEnum):
    """Why the show ends or a tie-break opens, as stored in the log (words at the edge)."""

    QUESTIONS_OUT = "questions_out"  # the main questions (or the rules' number) are used up
    FLOOR_EMPTY = "floor_empty"  # nobody is left standing
    BELL_PLAYED = "bell_played"  # the golden-bell question has been answered
    NO_FINAL_QUESTION = "no_final_question"
    RESCUE_QUESTIONS_OUT = "rescue_questions_out"
    TIEBREAK_QUESTIONS_OUT = "tiebreak_questions_out"
    PRIZE_TIE = "prize_tie"  # a tie across a prize boundary
    FIND_WINNER = "find_winner"  # the question limit left several standing: the rules say play on
    ALL_WRONG = "all_wrong"  # the whole floor was wrong: a tie-break orders them
    MC = "mc"  # the MC ended the show


@dataclass(frozen=True, slots=True)
class Action:
    """A step the MC can take; the console words it (its primary button), the autopilot
    takes it. ``reason`` is a :class:`Why` code, or the rescue method for RESCUE."""

    kind: ActionKind
    question_id: str | None = None
    seats: tuple[int, ...] = ()
    places: int = 0
    reason: str = ""
    stage: Stage | None = None  # SHOW_QUESTION: the stage of the question
    number: int = 0  # SHOW_QUESTION: its number in that stage; REVEAL_PRIZE: the award's (1…)
    prize: str = ""  # REVEAL_PRIZE: the prize, as the organisers named it (of ``places``)

    @property
    def idle(self) -> bool:
        """Nothing for the MC to do now: the clock runs, or the show is over."""
        return self.kind in (ActionKind.NONE, ActionKind.WAIT_TIME_UP)


STAGE_POOLS = {
    Stage.MAIN: Pool.MAIN,
    Stage.RESCUE: Pool.RESCUE,
    Stage.TIEBREAK: Pool.TIEBREAK,
    Stage.FINAL: Pool.FINAL,
}


def next_question(state: ShowState, setup: ShowSetup, pool: Pool) -> Question | None:
    """The first question of the pool not yet used, in the organisers' order."""
    for q in setup.questions.pool(pool):
        if q.id not in state.asked:
            return q
    return None


def suggest(state: ShowState, setup: ShowSetup) -> Action:
    """The step the MC most likely wants next."""
    if state.paused:
        return Action(ActionKind.RESUME)
    phase = state.phase
    if phase is Phase.FINISHED:
        return Action(ActionKind.NONE)
    if phase is Phase.QUESTION_SHOWN:
        return Action(ActionKind.START_TIMER)
    if phase is Phase.TIMER_RUNNING:
        return Action(ActionKind.WAIT_TIME_UP)
    if phase is Phase.TIME_UP:
        return Action(ActionKind.REVEAL)
    if phase is Phase.REVEALED:
        return Action(ActionKind.APPLY)
    return _between_questions(state, setup)


def _ask(state: ShowState, setup: ShowSetup, stage: Stage) -> Action | None:
    q = next_question(state, setup, STAGE_POOLS[stage])
    if q is None:
        return None
    if stage is Stage.MAIN:
        number = state.main_number + 1
    elif stage is Stage.TIEBREAK and state.tiebreak is not None:
        number = state.tiebreak.rounds + 1
    else:
        number = state.rescues_used if stage is Stage.RESCUE else 1
    return Action(ActionKind.SHOW_QUESTION, question_id=q.id, stage=stage, number=number)


def _between_questions(state: ShowState, setup: ShowSetup) -> Action:
    rules = setup.rules
    if state.stage is Stage.TIEBREAK:
        return _ask(state, setup, Stage.TIEBREAK) or Action(
            ActionKind.END_TIEBREAK, reason=Why.TIEBREAK_QUESTIONS_OUT
        )
    if state.stage is Stage.RESCUE:
        return _ask(state, setup, Stage.RESCUE) or Action(
            ActionKind.FINISH, reason=Why.RESCUE_QUESTIONS_OUT
        )
    if state.stage is Stage.FINAL:
        if state.final_played:
            return _finish_or_break_ties(state, setup, Why.BELL_PLAYED)
        return _ask(state, setup, Stage.FINAL) or Action(
            ActionKind.FINISH, reason=Why.NO_FINAL_QUESTION
        )
    standing = state.standing
    if state.phase is not Phase.LOBBY and rescue_allowed(state, setup) is None:
        return Action(ActionKind.RESCUE, reason=rules.rescue.method.value)
    if not standing:
        return _finish_or_break_ties(state, setup, Why.FLOOR_EMPTY)
    if (
        state.phase is not Phase.LOBBY
        and len(standing) <= rules.final_when_standing
        and next_question(state, setup, Pool.FINAL) is not None
    ):
        return Action(ActionKind.START_FINAL, seats=tuple(standing))
    limit_reached = rules.question_limit is not None and state.main_number >= rules.question_limit
    ask = None if limit_reached else _ask(state, setup, Stage.MAIN)
    if ask is not None:
        return ask
    at_limit_tiebreak = rules.at_limit is LimitPolicy.TIEBREAK and len(standing) > 1
    if at_limit_tiebreak and _tiebreak_pool(state, setup):
        return Action(
            ActionKind.START_TIEBREAK, seats=tuple(standing), places=1, reason=Why.FIND_WINNER
        )
    return _finish_or_break_ties(state, setup, Why.QUESTIONS_OUT)


def _tiebreak_pool(state: ShowState, setup: ShowSetup) -> bool:
    return next_question(state, setup, Pool.TIEBREAK) is not None


def _finish_or_break_ties(state: ShowState, setup: ShowSetup, why: Why) -> Action:
    """Before finishing: a tie across a prize boundary is broken by tie-break questions.

    Each tie-break uses up questions of the tie-break pool, so this ends when the ties are
    broken or the pool is empty (the organisers then decide).
    """
    if _tiebreak_pool(state, setup):
        ranking = rank(state, setup)
        slots = [p.name for p in setup.rules.prizes for _ in range(p.count)]
        ties = ranking.straddling_ties
        if ties:
            group = ties[0]
            first = next(p for p in ranking.placings if p.seat == group[0])
            at_stake = slots[first.rank - 1 : first.rank - 1 + len(group)]
            places = sum(1 for _ in takewhile(lambda name: name == at_stake[0], at_stake))
            return Action(
                ActionKind.START_TIEBREAK,
                seats=group,
                places=min(places, len(group) - 1),
                reason=Why.PRIZE_TIE,
                number=first.rank,  # the rank they share
            )
    return Action(ActionKind.FINISH, reason=why)


def act(show: Show, action: Action, at_ms: int) -> Change:
    """Carry out a suggested action on the show (WAIT_TIME_UP stops the clock early)."""
    match action.kind:
        case ActionKind.SHOW_QUESTION:
            return show.show_question(action.question_id or "", at_ms)
        case ActionKind.START_TIMER:
            return show.start_timer(at_ms)
        case ActionKind.WAIT_TIME_UP:
            return show.time_up(at_ms, early=True)
        case ActionKind.REVEAL:
            return show.reveal(at_ms)
        case ActionKind.APPLY:
            return show.apply_eliminations(at_ms)
        case ActionKind.RESCUE:
            method = RescueMethod(action.reason)
            if method is RescueMethod.SEATS:  # seats are chosen in a dialog, not suggested
                method = RescueMethod.BEST
            return show.rescue(method, at_ms)
        case ActionKind.START_TIEBREAK:
            return show.start_tiebreak(action.seats, action.places, at_ms, action.reason)
        case ActionKind.END_TIEBREAK:
            return show.end_tiebreak(at_ms)
        case ActionKind.START_FINAL:
            return show.start_final(at_ms, action.seats)
        case ActionKind.RESUME:
            return show.resume(at_ms)
        case ActionKind.FINISH:
            return show.finish(at_ms, action.reason)
        case ActionKind.SHOW_RESULTS | ActionKind.REVEAL_PRIZE:
            pass  # presentation, not a game step: the controller shows them, the log never does
    raise CommandRefused("finished")
