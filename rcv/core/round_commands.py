"""The rounds beside the main questions, as decisions: the rescue (cứu trợ) and who it brings
back, the tie-break (câu hỏi phụ) and the golden-bell final. Each checks the state and returns the
events it causes, or raises :class:`CommandRefused`; the fold changes the state."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rcv.core import events as ev
from rcv.core.errors import CommandRefused
from rcv.core.events import Event, Stage
from rcv.core.guards import known_seat, need_phase, not_paused
from rcv.core.rules import RescueMethod
from rcv.core.state import Phase, ShowSetup, ShowState


def rescue_allowed(state: ShowState, setup: ShowSetup) -> CommandRefused | None:
    """Why a rescue is not allowed now by the rules, or None when it is."""
    r = setup.rules.rescue
    if state.rescues_used >= r.max_times:
        return CommandRefused("rescue_used_up", times=r.max_times)
    if not state.eliminated:
        return CommandRefused("nobody_eliminated")
    after_ok = r.after_question is not None and state.main_number >= r.after_question
    fewer_ok = r.when_fewer_than is not None and len(state.standing) < r.when_fewer_than
    if not (after_ok or fewer_ok):
        return CommandRefused(
            "rescue_not_allowed",
            after=r.after_question if r.after_question is not None else "—",
            fewer=r.when_fewer_than if r.when_fewer_than is not None else "—",
        )
    return None


def rescue(
    state: ShowState,
    setup: ShowSetup,
    method: RescueMethod,
    seats: Sequence[int] = (),
    count: int | None = None,
) -> list[Event]:
    need_phase(state, "rescue", Phase.RESULTS)
    not_paused(state)
    _main_stage(state)
    refusal = rescue_allowed(state, setup)
    if refusal is not None:
        raise refusal
    eliminated = state.eliminated
    if method is RescueMethod.ALL:
        back = eliminated
    elif method is RescueMethod.SEATS:
        if not seats or any(s not in eliminated for s in seats):
            raise CommandRefused("rescue_needs_seats")
        back = list(seats)
    elif method is RescueMethod.BEST:
        k = setup.rules.rescue.best_count if count is None else count
        if k <= 0:
            raise CommandRefused("rescue_count")
        back = best_eliminated(state, k)
    else:
        back = []
    return [ev.RescueApplied(method, tuple(sorted(back)))]


def best_eliminated(state: ShowState, k: int) -> list[int]:
    """The K best eliminated contestants by their record; all those tied with the K-th come too."""

    def key(seat: int) -> tuple[int, int, int]:
        r = state.seats[seat]
        return (-(r.fell_at or 0), -r.correct, r.correct_time_ms)

    ordered = sorted(state.eliminated, key=lambda s: (key(s), s))
    if len(ordered) <= k:
        return ordered
    cut = key(ordered[k - 1])
    return [s for s in ordered if key(s) <= cut]


def _main_stage(state: ShowState) -> None:
    if state.stage is not Stage.MAIN:
        raise CommandRefused("not_main_stage", stage=state.stage.value)


def start_tiebreak(
    state: ShowState, setup: ShowSetup, seats: Iterable[int], places: int, reason: str = ""
) -> list[Event]:
    need_phase(state, "start_tiebreak", Phase.RESULTS, Phase.LOBBY)
    not_paused(state)
    if state.tiebreak is not None:
        raise CommandRefused("tiebreak_active")
    if not (state.stage is Stage.FINAL and state.final_played):
        _main_stage(state)
    chosen = sorted(set(seats))
    for s in chosen:
        known_seat(state, s)
    if len(chosen) < 2 or not 1 <= places < len(chosen):
        raise CommandRefused("tiebreak_seats", most=max(1, len(chosen) - 1))
    return [ev.TieBreakStarted(tuple(chosen), places, reason)]


def end_tiebreak(state: ShowState, setup: ShowSetup) -> list[Event]:
    need_phase(state, "end_tiebreak", Phase.RESULTS)
    tb = state.tiebreak
    if tb is None:
        raise CommandRefused("no_tiebreak")
    return [ev.TieBreakEnded(decided=len(tb.in_play) <= tb.places, seats=tuple(sorted(tb.in_play)))]


def start_final(state: ShowState, setup: ShowSetup, seats: Sequence[int] = ()) -> list[Event]:
    need_phase(state, "start_final", Phase.RESULTS)
    not_paused(state)
    _main_stage(state)
    chosen = sorted(seats) if seats else state.standing
    if not chosen or any(s not in state.seats or not state.seats[s].standing for s in chosen):
        raise CommandRefused("final_seats")
    return [ev.FinalStarted(tuple(chosen))]
