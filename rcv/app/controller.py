"""The one controller the console and the projector display observe.

It owns the open event (file + :class:`~rcv.core.show.Show`), turns the MC's actions and the
keypads' presses into core commands stamped with the clock, and broadcasts each resulting
:class:`~rcv.core.show.Change` once on ``changed``, in log order (a command issued while a change
is being broadcast waits until every subscriber has seen it). Views keep no state of their own.
Refusals go out on ``refused`` (a code the console words), storage failures on
``storageFailed``: the controller never opens a dialog. A failed write changes nothing: the step
is refused, presses stay queued, the show holds and retries (:mod:`rcv.app.write_hold`).
Keypad presses are written by group commit (docs/architecture.md). What the projector shows
besides the show — the override, the results and ceremony — is kept here, never in the log
(:mod:`rcv.app.presentation`), announced on ``displayChanged``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from rcv.app.presentation import PRESENTATION_KINDS, Projection
from rcv.app.write_hold import WriteHold
from rcv.clock import Clock
from rcv.core.audience import AudienceAward, AudienceView, Presentation, Scene, scene_of
from rcv.core.commands import Arrival
from rcv.core.errors import CommandRefused
from rcv.core.events import LogEntry
from rcv.core.model import EventInfo, QuestionSet, Roster
from rcv.core.press_figures import PressTally
from rcv.core.ranking import Ranking, rank
from rcv.core.rules import RescueMethod, Rules
from rcv.core.show import Change, Show
from rcv.core.state import Phase, ShowSetup, ShowState
from rcv.core.suggest import Action, ActionKind, act, suggest
from rcv.storage.errors import EventFileError
from rcv.storage.event_file import EventFile

log = logging.getLogger(__name__)

PRESS_FLUSH_MS = 30  # the heartbeat: the deadline, retries, anything a group commit left


class ShowController(QObject):
    changed = Signal(object)  # Change, or None when an event was opened or closed
    refused = Signal(object)  # CommandRefused
    storageFailed = Signal(object)  # the EventFileError: a code with its facts, for the console
    storageRecovered = Signal()
    displayChanged = Signal()  # the override or the presentation changed (what the hall sees)

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self._file: EventFile | None = None
        self._show: Show | None = None
        self._pending: list[Arrival] = []
        self._projection = Projection()  # the override; the presentation after the finish
        self._ranking: Ranking | None = None
        self._suggestion: Action | None = None
        self._tally = PressTally()
        self._broadcasting = False
        self._deferred: list[Callable[[], object]] = []
        self._hold = WriteHold()  # what a failed write left: why, the MC's step, the next try
        self.unlogged_presses = 0  # arrived while no event was open: there was no log
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(PRESS_FLUSH_MS)
        self._heartbeat.timeout.connect(self.tick)
        self._heartbeat.start()
        self._group = QTimer(self)  # group commit: a write as soon as the writer is free
        self._group.setSingleShot(True)
        self._group.setInterval(0)
        self._group.timeout.connect(self._write_group)

    # -- the event ---------------------------------------------------------------------------
    def attach(self, event_file: EventFile) -> None:
        """Play the show in this (open, verified) event file; replays its log."""
        self._close()
        self._file = event_file
        entries = event_file.entries
        self._show = Show(event_file.setup, entries, event_file.append)
        self._tally = PressTally(entries)
        self._broadcast(None)

    def detach(self) -> None:
        self._close()
        self._broadcast(None)

    # -- the event's lifecycle: each one broadcast; storage errors are raised for the caller
    def open_event(self, path: Path, read_only: bool = False) -> None:
        """Open an event file and play (resume) its show. Raises
        :class:`~rcv.storage.errors.EventFileError` (locked, read-only media, damaged …)."""
        self.attach(EventFile.open(path, read_only=read_only))

    def create_event(self, path: Path, info: EventInfo) -> None:
        """A new, empty event (contestants, questions and rules come next)."""
        self.attach(EventFile.create(path, ShowSetup(Roster(()), QuestionSet(()), Rules()), info))

    def replace_setup(self, setup: ShowSetup, media: Mapping[str, bytes] | None = None) -> None:
        """New contestants, questions or rules, before the show starts; ``media`` are the
        questions' pictures, kept in the event file. One broadcast."""
        event_file = self._file
        if event_file is None or self._show is None:
            raise CommandRefused("no_event")
        if self._show.started:
            raise CommandRefused("setup_fixed")
        event_file.replace_setup(setup, media)  # raises EventFileError: nothing changed
        self._show = Show(event_file.setup, (), event_file.append)
        self._ranking = self._suggestion = None
        self._broadcast(None)

    def update_info(self, info: EventInfo) -> None:
        """The event's name, date, venue, organiser (before the show: they are in the chain)."""
        if self._file is None:
            raise CommandRefused("no_event")
        self._file.update_info(info)
        self._broadcast(None)

    def _close(self) -> None:
        self.flush_presses()
        if self._file is not None:
            self._file.close()
        self._file, self._show = None, None
        self._ranking = self._suggestion = None
        self._projection.forget_event()
        self._tally = PressTally()
        if self._pending:  # the file could not be written before closing (the banner said so)
            log.error("closed with %d keypad records not written", len(self._pending))
            self.unlogged_presses += len(self._pending)
            self._pending = []
        if self._hold.problem is not None:
            self._hold.forget()
            self.storageRecovered.emit()

    @property
    def event_file(self) -> EventFile | None:
        return self._file

    @property
    def read_only(self) -> bool:
        """The open event is only viewed (another program writes it, or read-only media)."""
        return self._file is not None and self._file.read_only

    @property
    def show(self) -> Show | None:
        return self._show

    @property
    def state(self) -> ShowState | None:
        return self._show.state if self._show else None

    @property
    def setup(self) -> ShowSetup | None:
        return self._show.setup if self._show else None

    def ranking(self) -> Ranking | None:
        if self._show is None:
            return None
        if self._ranking is None:
            self._ranking = rank(self._show.state, self._show.setup)
        return self._ranking

    def press_figures(self) -> PressTally:
        """Every press of the open event so far, per hub (kept up to date with each change)."""
        return self._tally

    @property
    def storage_problem(self) -> EventFileError | None:
        """Why the last write failed (None: the file is being written)."""
        return self._hold.problem

    @property
    def pending_presses(self) -> int:
        """Presses received and not yet written (a burst in flight, or held by a failed write)."""
        return len(self._pending)

    def suggestion(self) -> Action | None:
        """The next sensible step; worked out once per change (every view asks for it)."""
        if self._show is None:
            return None
        if self._suggestion is None:
            action = suggest(self._show.state, self._show.setup)
            if action.kind is ActionKind.NONE:  # over: the next presentation step, if any
                action = self._projection.action(self._show.state, self._awards()) or action
            self._suggestion = action
        return self._suggestion

    # -- the projector -----------------------------------------------------------------------
    @property
    def display_override(self) -> Scene | None:
        return self._projection.override

    def set_display_override(self, scene: Scene | None) -> None:
        self._projection.override = scene
        self.displayChanged.emit()

    @property
    def presentation(self) -> Presentation | None:
        """The presentation step after the finish (None: the show's own scene)."""
        return self._projection.step

    def present(self, step: Presentation | None) -> None:
        """Put a presentation step up (None: the show's own scene) once the show has finished,
        lifting any override. Nothing is written: a read-only event can be presented too."""
        state = self.state
        if state is None or state.phase is not Phase.FINISHED:
            return
        self._projection.step = step
        self._projection.override = self._suggestion = None
        self.displayChanged.emit()

    def step_presentation(self, forward: bool = True) -> None:
        """The next presentation step (results, each award from the lowest prize, results
        again), or one step back (``forward=False``: the previous award … the winner)."""
        state = self.state
        if state is not None:
            self.present(self._projection.following(state, len(self._awards()), forward))

    def _awards(self) -> tuple[AudienceAward, ...]:  # the ceremony's, lowest prize first
        return self._projection.awards(self.state, self.setup, self.ranking())

    def audience_view(self) -> AudienceView | None:
        """What the projector shows now (public data only)."""
        if self._show is None or self._file is None:
            return None
        return self._projection.view(self._file, self._show.state, self._show.setup, self.ranking)

    # -- the MC's commands -------------------------------------------------------------------
    def primary(self) -> Change | None:
        """Do the suggested next step (the Space key). Nothing while the clock runs."""
        action = self.suggestion()
        if action is None or action.idle:
            return None
        return self.perform(action)

    def perform(self, action: Action) -> Change | None:
        """Carry out an action the console offered (the primary one or a menu entry); a
        presentation step changes what the projector shows, not the show."""
        if action.kind in PRESENTATION_KINDS and self.state is not None:
            self.present(self._projection.step_for(action, self.state, len(self._awards())))
            return None
        return self._call(lambda s, at: act(s, action, at))

    def show_question(self, question_id: str) -> Change | None:
        return self._call(lambda s, at: s.show_question(question_id, at))

    def start_timer(self, seconds: float | None = None) -> Change | None:
        return self._call(lambda s, at: s.start_timer(at, seconds))

    def stop_early(self) -> Change | None:
        self.flush_presses()
        return self._call(lambda s, at: s.time_up(at, early=True))

    def reveal(self) -> Change | None:
        return self._call(lambda s, at: s.reveal(at))

    def apply_eliminations(self) -> Change | None:
        return self._call(lambda s, at: s.apply_eliminations(at))

    def set_answer(self, seat: int, answer: str | None, reason: str = "") -> Change | None:
        return self._call(lambda s, at: s.set_answer(seat, answer, at, reason))

    def whiteboard(self, wrong: Sequence[int], reason: str) -> Change | None:
        """The referees' verdict on the whiteboards: one step, every participant's answer."""
        return self._call(lambda s, at: s.whiteboard(wrong, reason, at))

    def eliminate(self, seat: int, reason: str) -> Change | None:
        return self._call(lambda s, at: s.eliminate(seat, reason, at))

    def revive(self, seat: int, reason: str) -> Change | None:
        return self._call(lambda s, at: s.revive(seat, reason, at))

    def rescue(
        self, method: RescueMethod, seats: Sequence[int] = (), count: int | None = None
    ) -> Change | None:
        return self._call(lambda s, at: s.rescue(method, at, seats, count))

    def start_tiebreak(self, seats: Sequence[int], places: int, reason: str = "") -> Change | None:
        return self._call(lambda s, at: s.start_tiebreak(seats, places, at, reason))

    def end_tiebreak(self) -> Change | None:
        return self._call(lambda s, at: s.end_tiebreak(at))

    def start_final(self, seats: Sequence[int] = ()) -> Change | None:
        return self._call(lambda s, at: s.start_final(at, seats))

    def pause(self) -> Change | None:
        return self._call(lambda s, at: s.pause(at))

    def resume(self) -> Change | None:
        return self._call(lambda s, at: s.resume(at))

    def finish(self, reason: str = "") -> Change | None:
        return self._call(lambda s, at: s.finish(at, reason))

    def undo(self) -> Change | None:
        self.flush_presses()
        return self._call(lambda s, at: s.undo(at))

    def undo_target(self) -> list[LogEntry] | None:
        """The entries an undo would cancel (the MC's last step), for the console to word."""
        return self._show.undo_target() if self._show else None

    # -- keypads -----------------------------------------------------------------------------
    def add_presses(self, arrivals: Sequence[Arrival]) -> None:
        """What the keypad link hands over (on this thread): presses, line noise counts, lost
        frames. Written as soon as the writer is free, in the order they came; while a
        failed write is held, with the retry."""
        if self._show is None or self.read_only:
            self.unlogged_presses += len(arrivals)
            return
        self._pending.extend(arrivals)
        if self.storage_problem is None and not self._group.isActive():
            self._group.start()

    def _write_group(self) -> None:
        """The group commit: everything that arrived since the last write, in one transaction
        (not while a failed write is held: the tick retries at its pace)."""
        if self.storage_problem is None:
            self.flush_presses()

    def flush_presses(self) -> Change | None:
        if not self._pending or self._show is None:
            return None
        if self._broadcasting:
            return None  # written once every subscriber has seen the change being broadcast
        batch, self._pending = self._pending, []
        show = self._show

        def keep() -> None:  # not written: kept, in order, for the retry
            self._pending[:0] = batch

        return self._run(lambda at: show.presses(batch, at), on_storage_failure=keep)

    def retry_storage(self) -> bool:
        """The MC's "try again": write the held presses, then the step that failed; True when
        everything held is written."""
        self.flush_presses()
        if not self._pending:  # the MC's step only after the presses that came before it
            step = self._hold.take_step()
            if step is not None:
                step()
        return self.storage_problem is None and not self._pending

    def tick(self) -> None:
        """Every ~30 ms: write pending presses, and lock the answers when time is up. After a
        failed write, at most once a second (each try is a write that may fail again)."""
        if not self._hold.may_try(self.clock.now_ms()):
            return
        self.flush_presses()
        if self._pending:
            return  # still not written: no automatic step on top of a failing file
        state = self.state
        if state is None or state.paused or state.phase is not Phase.TIMER_RUNNING:
            return
        deadline = state.questions[-1].deadline_ms
        if deadline is not None and self.clock.now_ms() >= deadline:
            self._call(lambda s, at: s.time_up(at))

    # -- internals ---------------------------------------------------------------------------
    def _call(self, command: Callable[[Show, int], Change]) -> Change | None:
        if self._broadcasting:  # wait until every subscriber has seen the change on its way
            self._deferred.append(lambda: self._call(command))
            return None
        show = self._show
        if show is None:
            return None
        if self.read_only:
            self.refused.emit(CommandRefused("read_only"))
            return None
        self.flush_presses()  # presses that came first are written first
        change = self._run(lambda at: command(show, at))
        if change is None and self.storage_problem is not None:
            self._hold.step = lambda: self._call(command)
        return change

    def _run(
        self,
        command: Callable[[int], Change],
        on_storage_failure: Callable[[], None] | None = None,
    ) -> Change | None:
        before = scene_of(self._show.state) if self._show is not None else None
        try:
            change = command(self.clock.now_ms())
        except CommandRefused as exc:
            self.refused.emit(exc)
            return None
        except EventFileError as exc:
            if on_storage_failure is not None:
                on_storage_failure()
            self._hold.failed(exc, self.clock.now_ms())
            self.storageFailed.emit(exc)
            return None
        if self._hold.succeeded():
            self.storageRecovered.emit()
        self._ranking = self._suggestion = None
        for event in change.events:
            self._tally.add(event)
        state = self.state
        lifted = state is not None and before is not None and self._projection.follow(before, state)
        self._broadcast(change)
        if lifted:  # a new question or stage: the override is gone
            self.displayChanged.emit()
        return change

    def _broadcast(self, change: Change | None) -> None:
        """Emit ``changed`` once; commands issued meanwhile run after it, in order."""
        if self._broadcasting:
            self._deferred.append(lambda: self._broadcast(change))
            return
        self._broadcasting = True
        try:
            self.changed.emit(change)
        finally:
            self._broadcasting = False
        while self._deferred and not self._broadcasting:
            self._deferred.pop(0)()
