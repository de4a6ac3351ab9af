"""The checks every command starts with: the phase it needs, not during a pause, a seat that
exists. Each raises :class:`CommandRefused` with a code; the words are at the edge."""

from __future__ import annotations

from rcv.core.errors import CommandRefused
from rcv.core.state import Phase, ShowState


def need_phase(state: ShowState, action: str, *phases: Phase) -> None:
    """``action`` is the command's code (its words are at the edge)."""
    if state.phase is Phase.FINISHED and Phase.FINISHED not in phases:
        raise CommandRefused("finished")
    if state.phase not in phases:
        raise CommandRefused("wrong_phase", action=action, phase=state.phase.value)


def not_paused(state: ShowState) -> None:
    if state.paused:
        raise CommandRefused("paused")


def known_seat(state: ShowState, seat: int) -> None:
    if seat not in state.seats:
        raise CommandRefused("unknown_seat", seat=seat)
