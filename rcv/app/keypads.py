"""The keypad link: real (or simulated) hubs on serial ports, bridged to the controller.

Hub links read their ports on worker threads; the only thing a worker thread does here is emit
a Qt signal, which Qt queues to the GUI thread. There the :class:`PressLedger` turns every
report into what the log records — a press to judge, a press the link already refused, noise
counts, lost frames — handed to the controller (which writes them by group commit); link events
feed the console's hardware panel. In the other direction, each
:class:`~rcv.core.show.Change` the controller broadcasts arms, locks (also during a pause) and
lights the keypads.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from rcv.app.controller import ShowController
from rcv.app.hardware_status import HardwareFeed, HardwareStatus, HubStatus, QuestionAlarm
from rcv.app.press_ledger import PressLedger
from rcv.clock import Clock
from rcv.core import events as ev
from rcv.core.show import Change
from rcv.core.state import Phase, QuestionRecord
from rcv.hardware.events import (
    FramesLost,
    HardwareEvent,
    HubMessage,
    KeyPress,
    LinkEvent,
    LinkStatus,
    RejectedFrame,
)
from rcv.hardware.hubs import HubSet
from rcv.hardware.ports import PortOpener
from rcv.hardware.profile import DeviceProfile
from rcv.hardware.profile_library import load_profile, user_profiles_dir
from rcv.hardware.protocol import ArmMode, LedState
from rcv.hardware.settings import HardwareSettings, PortSetting
from rcv.sim.host import VirtualHub
from rcv.sim.hub import People
from rcv.sim.run import SimOptions, build_hubs
from rcv.web.wire import TypedAnswer

STATUS_MS = 1000
DOWN = (LinkEvent.LOST, LinkEvent.OPEN_FAILED, LinkEvent.STOPPED)
# refusals that are part of a normal question (a change of mind, a press after the bell)
ORDINARY = frozenset(
    {ev.RejectReason.DUPLICATE.value, ev.RejectReason.LATE.value, ev.RejectReason.LOCKED_OUT.value}
)
EXPECTED_NOISE = frozenset({"held", "echo"})  # what some boxes always send: counted, no alarm
SILENT_SHARE = 0.5  # silent keypads are worth a warning once this share of the time is gone


@dataclass(slots=True)
class _Hub:
    port: str
    hub_id: str = ""
    connected: bool = False
    last_heard_ms: int | None = None
    seats: tuple[int, int] | None = None
    said: str = ""  # the LinkEvent value of the link's last status
    detail: str = ""


class KeypadLink(QObject):
    """All the show's hubs, seen from the GUI thread."""

    _arrived = Signal(object)  # emitted on link worker threads, delivered queued

    def __init__(
        self,
        controller: ShowController,
        clock: Clock,
        *,
        tell_answers: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._tell_answers = tell_answers  # simulated hubs only: they need the right key
        self.hubs = HubSet(self._arrived.emit, clock=clock)
        self.feed = HardwareFeed(self)
        self.ledger = PressLedger()
        self.rejected_frames = 0
        self.simulated: list[VirtualHub] = []  # the demo's hubs, stopped with the link
        self._clock = clock
        self._hub_info: dict[str, _Hub] = {}
        self._refused: dict[str, int] = {}  # this question's refusals by reason
        self._noise = self._lost = 0  # this question's
        self._alarm = QuestionAlarm()
        self._arrived.connect(self._on_event, Qt.ConnectionType.QueuedConnection)
        controller.changed.connect(self._on_change)
        self._status = QTimer(self)
        self._status.setInterval(STATUS_MS)
        self._status.timeout.connect(self.publish_status)

    # -- ports -------------------------------------------------------------------------------
    def add_port(
        self,
        port: str | PortOpener,
        profile: DeviceProfile | str | None = None,
        seat: int | None = None,
        last_seat: int | None = None,
    ) -> None:
        """Add a port: a path or URL, written with its seats if it has some (``COM5@7``,
        ``/dev/ttyUSB0@17-32``: see :mod:`rcv.hardware.settings`), or an opener. A device
        profile by name may be a shipped one or one imported into the user's profiles; keypads
        that say their ID are paired with seats by the open event's pairing table."""
        if isinstance(port, str):
            spec = PortSetting.from_spec(port)
            port, seat, last_seat = spec.port, seat or spec.first_seat, last_seat or spec.last_seat
        if isinstance(profile, str):
            profile = load_profile(profile, (user_profiles_dir(),))
        pairing = self.settings().pairing(profile.name) if profile is not None else None
        link = self.hubs.add(port, profile=profile, seat=seat, last_seat=last_seat, pairing=pairing)
        self._hub_info.setdefault(link.label, _Hub(link.label))

    def start(self) -> None:
        """Start the links not started yet (and the status every second)."""
        for link in self.hubs.links:
            if not link.started:
                link.start()
        self._status.start()

    def connect_ports(self, ports: Sequence[tuple[str, str]]) -> Exception | None:
        """Add (port, profile) pairs chosen in the set-up dialog and start them; what went
        wrong (worded by the caller: :func:`rcv.i18n.phrases.hardware.connect_problem`), or
        None. "rcv-hub" is rcv's own protocol (no profile); a port may carry its seats
        (``COM5@7``)."""
        try:
            for port, profile in ports:
                known = {link.label for link in self.hubs.links}
                if PortSetting.from_spec(port).port not in known:
                    self.add_port(port, None if profile in ("", "rcv-hub") else profile)
        except (OSError, ValueError, KeyError) as exc:
            return exc
        self.start()
        return None

    # -- the event's hardware settings (ports, pairing tables) -------------------------------
    def settings(self) -> HardwareSettings:
        """The open event's hardware settings (none without an event, or unreadable ones)."""
        event_file = self._controller.event_file
        if event_file is None:
            return HardwareSettings()
        try:
            return HardwareSettings.from_plain(event_file.hardware())
        except (ValueError, OSError):
            return HardwareSettings()

    def save_settings(self, settings: HardwareSettings) -> None:
        """Keep them in the open event file (raises EventFileError) and pair the running
        devices' keypads by them at once."""
        event_file = self._controller.event_file
        if event_file is not None:
            event_file.save_hardware(settings.to_plain())
        self._apply_pairings(settings)

    def _apply_pairings(self, settings: HardwareSettings) -> None:
        for profile, table in settings.pairings:
            self.hubs.set_pairing(profile, table)

    def stop(self) -> None:
        """Stop the links (their threads close the ports) and any simulated hubs behind them;
        the noise counted so far goes to the log."""
        self._status.stop()
        self.hubs.stop()
        QCoreApplication.sendPostedEvents(self)  # what the links reported before stopping
        for hub in self.simulated:
            hub.stop()
        self.simulated = []
        self._flush_noise(everything=True)
        self._controller.flush_presses()

    # -- from the hubs (GUI thread) ----------------------------------------------------------
    def report(self, event: HardwareEvent | TypedAnswer) -> None:
        """A report from a hub that is not a serial link — the phones' answer server
        (:mod:`rcv.app.phones`) — on the GUI thread: the same path as a keypad's."""
        self._on_event(event)

    def _on_event(self, event: HardwareEvent | TypedAnswer) -> None:
        hub = self._hub_info.get(event.port)
        if hub is None:
            hub = self._hub_info[event.port] = _Hub(event.port)
        if event.hub_id:
            hub.hub_id = event.hub_id
        if isinstance(event, KeyPress | RejectedFrame | FramesLost | TypedAnswer):
            # a replayed press is old news, not a sign of life
            if isinstance(event, KeyPress | TypedAnswer):
                hub.last_heard_ms = event.received_ms
            else:
                self.rejected_frames += not isinstance(event, FramesLost)
            arrivals = self.ledger.take(event)
            if arrivals:
                self._controller.add_presses(arrivals)
            return
        if isinstance(event, HubMessage):
            hub.last_heard_ms = event.at_ms
            return
        self._on_status(hub, event)

    def _on_status(self, hub: _Hub, event: LinkStatus) -> None:
        if event.kind in DOWN:
            hub.connected = False
        elif event.kind in (LinkEvent.CONNECTED, LinkEvent.RECONNECTED, LinkEvent.HELLO):
            hub.connected = True
            hub.last_heard_ms = event.at_ms
        if event.hello is not None:
            hub.seats = (event.hello.first_seat, event.hello.last_seat)
        hub.said, hub.detail = event.kind.value, event.detail
        self.publish_status()
        # no relighting here: the hub's session restores what the hub should show after a
        # hello (armed question, answer lights), which a blanket relight would wipe mid-reveal

    def publish_status(self) -> None:
        """Every second (and the moment something rises during a question): the hubs, their
        figures from the log, and what went wrong during the question on stage."""
        self._flush_noise()
        figures = self._controller.press_figures().hubs
        hubs = tuple(
            HubStatus(
                name=h.hub_id or h.port,
                port=h.port,
                connected=h.connected,
                last_heard_ms=h.last_heard_ms,
                keypads=(h.seats[1] - h.seats[0] + 1) if h.seats else 0,
                said=h.said,
                detail=h.detail,
                figures=figures.get(self.ledger.hub_name(h.port, h.hub_id)),
            )
            for h in self._hub_info.values()
        )
        silent = self.silent_seats()
        self._alarm = self._question_alarm(len(silent))
        self.feed.statusChanged.emit(
            HardwareStatus(
                hubs,
                silent,
                "hubs",
                self._alarm,
                pending=self._controller.pending_presses + self.ledger.noise_waiting,
                unlogged=self._controller.unlogged_presses,
                problems=tuple(self.hubs.problems()) if hasattr(self.hubs, "problems") else (),
            )
        )

    def _flush_noise(self, everything: bool = False) -> None:
        noise = self.ledger.due_noise(self._clock.now_ms(), everything)
        if noise:
            self._controller.add_presses(noise)

    def _question_alarm(self, silent: int) -> QuestionAlarm:
        state = self._controller.state
        record = state.current if state is not None else None
        if record is None or record.timer_started_at_ms is None:
            return QuestionAlarm()
        refused = sorted(
            ((r, n) for r, n in self._refused.items() if r not in ORDINARY),
            key=lambda item: -item[1],
        )
        late_enough = False
        if state is not None and state.phase is Phase.TIMER_RUNNING and record.duration_ms:
            gone = self._clock.now_ms() - record.timer_started_at_ms
            gone -= record.paused_before(self._clock.now_ms())
            late_enough = gone >= SILENT_SHARE * record.duration_ms
        elif state is not None and state.phase is Phase.TIME_UP:
            late_enough = True
        return QuestionAlarm(tuple(refused), self._noise, self._lost, silent if late_enough else 0)

    def silent_seats(self) -> tuple[int, ...]:
        """Seats in play that have not pressed during the question on stage."""
        state = self._controller.state
        record = state.current if state is not None else None
        if record is None or record.timer_started_at_ms is None or record.buzz is not None:
            return ()  # in a buzz-in question not pressing is no sign of a dead keypad
        return tuple(s for s in record.participants if s not in record.answers)

    # -- to the hubs -------------------------------------------------------------------------
    def _on_change(self, change: Change | None) -> None:
        state, setup = self._controller.state, self._controller.setup
        if change is None:  # an event was opened (or closed): its keypads' pairing
            self._apply_pairings(self.settings())
        if change is None or state is None or setup is None:
            return
        record = state.questions[-1] if state.questions else None
        rose = False
        for event in change.events:
            if isinstance(event, ev.PressRejected):
                self._refused[event.reason] = self._refused.get(event.reason, 0) + 1
                rose = rose or event.reason not in ORDINARY
            elif isinstance(event, ev.LineNoise):
                unexpected = sum(n for r, n in event.counts if r not in EXPECTED_NOISE)
                self._noise += unexpected
                rose = rose or unexpected > 0
            elif isinstance(event, ev.PressesLost):
                self._lost += event.count
                rose = True
            elif isinstance(event, ev.ShowPaused | ev.ShowResumed):
                self._sync_mode()
            elif isinstance(event, ev.TimerStarted) and record is not None:
                if self._tell_answers:
                    question = setup.questions.by_id(record.question_id)
                    if question.letters:
                        self.hubs.tell_answer(record.question_id, question.correct)
                self.hubs.arm(record.question_id, *arm_mode(record))
            elif isinstance(event, ev.BuzzReceived) and record is not None:
                self.hubs.led(record.buzz_winners(), LedState.ANSWERED)  # who won lights up
            elif isinstance(event, ev.TimeUp) and record is not None:
                self.hubs.lock(record.question_id)
            elif isinstance(event, ev.AnswerRevealed) and record is not None:
                verdicts = state.verdicts(setup.questions.by_id(record.question_id))
                right = [s for s, ok in verdicts.items() if ok]
                self.hubs.led(right, LedState.CORRECT)
                self.hubs.led(sorted(verdicts.keys() - set(right)), LedState.WRONG)
            elif isinstance(event, ev.QuestionShown):
                self._refused, self._noise, self._lost = {}, 0, 0
                self._light_participants(record)
        if rose and state.current is not None:
            self.publish_status()  # the MC sees it the moment it happens
        if change.undone:
            self._sync_mode()
        if change.undone or any(
            isinstance(
                e,
                ev.EliminationsApplied
                | ev.ContestantEliminated
                | ev.ContestantRevived
                | ev.RescueApplied,
            )
            for e in change.events
        ):
            self._relight()

    def _sync_mode(self) -> None:
        """Armed while the countdown runs, locked while it is paused (the keypads show it):
        after a pause, a resume, or an undo of either."""
        state = self._controller.state
        record = state.current if state is not None else None
        if state is None or record is None:
            return
        if state.phase is Phase.TIMER_RUNNING and not state.paused:
            self.hubs.arm(record.question_id, *arm_mode(record))
        else:
            self.hubs.lock(record.question_id)

    def _light_participants(self, record: QuestionRecord | None) -> None:
        """A question is shown: the keypads of those who answer it are cleared and take keys —
        in a rescue round the eliminated, in a tie-break or the golden bell only those playing —
        and every other keypad is dark and ignores its keys until the question is settled
        (:meth:`_relight`). Without this a rescue question went unanswered: its players' keypads
        still showed them eliminated."""
        state = self._controller.state
        if state is None or record is None:
            return
        players = set(record.participants)
        self.hubs.led(sorted(players), LedState.OFF)
        self.hubs.led(sorted(set(state.seats) - players), LedState.ELIMINATED)

    def _relight(self) -> None:
        """Eliminated seats' keypads show it and stop answering; the others are cleared."""
        state = self._controller.state
        if state is None:
            return
        self.hubs.led(state.eliminated, LedState.ELIMINATED)
        self.hubs.led(state.standing, LedState.OFF)


def arm_mode(record: QuestionRecord) -> tuple[ArmMode, int]:
    """How the hubs are armed for a question: every key of every seat, or buzz-in — a hub
    locks itself ``window_ms`` after its first press when one press wins, and only at the end
    of the question when several do (it cannot know which of its presses are first overall)."""
    if record.buzz is None:
        return ArmMode.ANSWER, 0
    if record.buzz.winners == 1:
        return ArmMode.BUZZ, record.buzz.window_ms
    return ArmMode.BUZZ, record.duration_ms or 0


def simulated_hubs(link: KeypadLink, seats: int, seed: int, per_hub: int = 100) -> None:
    """Start virtual hubs for ``seats`` keypads (one per ``per_hub`` seats) and link them: the
    whole show runs through the real link without hardware. Pseudo-terminals on Linux and
    macOS, TCP on loopback on Windows."""
    options = SimOptions(
        seats=seats,
        hubs=max(1, -(-seats // per_hub)),
        seed=seed,
        people=People(accuracy=0.85),
        tcp_port=0 if os.name == "nt" else None,
    )
    for hub in build_hubs(options):
        hub.start()
        link.simulated.append(hub)
        link.add_port(hub.opener())
    link.start()
