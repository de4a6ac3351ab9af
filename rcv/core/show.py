"""A show being played: its setup, its log and its state, and the commands the MC and the
keypads give it.

Every command is decided against the current state (:mod:`rcv.core.commands`), written through
the journal (the event file) and only then applied (:mod:`rcv.core.fold`). If the journal
raises, nothing changed. Each command returns a :class:`Change` describing what it changed,
which the controller broadcasts once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rcv.core import commands as cmd
from rcv.core import round_commands as rounds
from rcv.core.commands import Arrival
from rcv.core.errors import CommandRefused
from rcv.core.events import Event, LogEntry, Undone, effective_entries
from rcv.core.fold import apply, replay
from rcv.core.rules import RescueMethod
from rcv.core.state import ShowSetup, ShowState

Journal = Callable[[Sequence[LogEntry]], None]


@dataclass(frozen=True, slots=True)
class Change:
    """What one command changed: the entries it logged and the seats it touched."""

    entries: tuple[LogEntry, ...]
    seats: frozenset[int]
    phase_changed: bool
    undone: bool = False

    @property
    def events(self) -> tuple[Event, ...]:
        return tuple(e.event for e in self.entries)


def _no_journal(entries: Sequence[LogEntry]) -> None:
    return None


class Show:
    """One show. Not thread-safe: the controller calls it from one thread."""

    def __init__(
        self,
        setup: ShowSetup,
        entries: Iterable[LogEntry] = (),
        journal: Journal = _no_journal,
    ) -> None:
        self.setup = setup
        self._log: list[LogEntry] = list(entries)
        self._effective = effective_entries(self._log)
        self.state: ShowState = replay(setup, self._effective)
        self._journal = journal

    @property
    def log(self) -> tuple[LogEntry, ...]:
        """Every entry ever written, undone ones included."""
        return tuple(self._log)

    @property
    def effective_log(self) -> tuple[LogEntry, ...]:
        """The entries that still count after undos."""
        return tuple(self._effective)

    # -- the MC's commands -------------------------------------------------------------------
    def show_question(self, question_id: str, at_ms: int) -> Change:
        return self._commit(at_ms, cmd.show_question(self.state, self.setup, question_id))

    def start_timer(
        self, at_ms: int, seconds: float | None = None, buzz: bool | None = None
    ) -> Change:
        """``buzz``: play this question buzz-in (True) or with keys (False) whatever the rules
        say for its stage (None: as they say)."""
        return self._commit(at_ms, cmd.start_timer(self.state, self.setup, seconds, buzz))

    def time_up(self, at_ms: int, early: bool = False) -> Change:
        return self._commit(at_ms, cmd.time_up(self.state, self.setup, at_ms, early))

    def reveal(self, at_ms: int) -> Change:
        return self._commit(at_ms, cmd.reveal(self.state, self.setup))

    def apply_eliminations(self, at_ms: int) -> Change:
        return self._commit(at_ms, cmd.apply_eliminations(self.state, self.setup))

    def set_answer(self, seat: int, answer: str | None, at_ms: int, reason: str = "") -> Change:
        return self._commit(at_ms, cmd.set_answer(self.state, self.setup, seat, answer, reason))

    def whiteboard(self, wrong: Iterable[int], reason: str, at_ms: int) -> Change:
        """The referees' verdict on the whiteboards (see :func:`rcv.core.commands.whiteboard`)."""
        return self._commit(at_ms, cmd.whiteboard(self.state, self.setup, wrong, reason))

    def eliminate(self, seat: int, reason: str, at_ms: int) -> Change:
        return self._commit(at_ms, cmd.eliminate(self.state, self.setup, seat, reason))

    def revive(self, seat: int, reason: str, at_ms: int) -> Change:
        return self._commit(at_ms, cmd.revive(self.state, self.setup, seat, reason))

    def rescue(
        self,
        method: RescueMethod,
        at_ms: int,
        seats: Sequence[int] = (),
        count: int | None = None,
    ) -> Change:
        return self._commit(at_ms, rounds.rescue(self.state, self.setup, method, seats, count))

    def start_tiebreak(
        self, seats: Iterable[int], places: int, at_ms: int, reason: str = ""
    ) -> Change:
        return self._commit(
            at_ms, rounds.start_tiebreak(self.state, self.setup, seats, places, reason)
        )

    def end_tiebreak(self, at_ms: int) -> Change:
        return self._commit(at_ms, rounds.end_tiebreak(self.state, self.setup))

    def start_final(self, at_ms: int, seats: Sequence[int] = ()) -> Change:
        return self._commit(at_ms, rounds.start_final(self.state, self.setup, seats))

    def pause(self, at_ms: int) -> Change:
        return self._commit(at_ms, cmd.pause(self.state, self.setup))

    def resume(self, at_ms: int) -> Change:
        return self._commit(at_ms, cmd.resume(self.state, self.setup))

    def finish(self, at_ms: int, reason: str = "") -> Change:
        return self._commit(at_ms, cmd.finish(self.state, self.setup, reason))

    # -- the keypads -------------------------------------------------------------------------
    def presses(self, batch: Sequence[Arrival], at_ms: int) -> Change:
        """A burst from the keypads (presses, line noise counts, lost frames), written in one
        go (one transaction in the event file)."""
        if not batch:
            return Change((), frozenset(), False)
        return self._commit(at_ms, cmd.presses(self.state, self.setup, batch))

    # -- undo --------------------------------------------------------------------------------
    @property
    def started(self) -> bool:
        """Anything logged yet (from then on the setup is fixed)."""
        return bool(self._log)

    def undo_target(self) -> list[LogEntry] | None:
        """The entries of the step an undo would cancel (the MC's last command), or None.

        Asked on every change (the console's undo menu says what it would undo), so it walks
        back from the end instead of over the whole log."""
        entries = self._effective
        i = len(entries) - 1
        while i >= 0 and not entries[i].event.OPERATOR:
            i -= 1
        if i < 0:
            return None
        step, first = entries[i].step, i
        while first > 0 and entries[first - 1].step == step:
            first -= 1
        last = i
        while last + 1 < len(entries) and entries[last + 1].step == step:
            last += 1
        return entries[first : last + 1]

    def undo(self, at_ms: int) -> Change:
        """Cancel the MC's last command (and any keypad press logged after it)."""
        target = self.undo_target()
        if not target:
            raise CommandRefused("nothing_to_undo")
        step = target[0].step
        entry = LogEntry(len(self._log) + 1, self._next_step(), at_ms, Undone(step))
        self._journal([entry])
        self._log.append(entry)
        self._effective = effective_entries(self._log)
        before = self.state.phase
        self.state = replay(self.setup, self._effective)
        return Change(
            (entry,), frozenset(self.state.seats), before is not self.state.phase, undone=True
        )

    # -- internals ---------------------------------------------------------------------------
    def _next_step(self) -> int:
        return self._log[-1].step + 1 if self._log else 1

    def _commit(self, at_ms: int, events: list[Event]) -> Change:
        step = self._next_step()
        first = len(self._log) + 1
        entries = tuple(LogEntry(first + i, step, at_ms, event) for i, event in enumerate(events))
        self._journal(entries)  # durable before the state changes
        before = self.state.phase
        seats: set[int] = set()
        for entry in entries:
            self._log.append(entry)
            self._effective.append(entry)
            apply(self.state, self.setup, entry)
            seats.update(entry.event.touched_seats())
        return Change(entries, frozenset(seats), before is not self.state.phase)
