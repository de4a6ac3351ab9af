"""Phones, referee tablets, the audience and the overlay: the answer server bridged to the show.

:class:`PhoneHub` owns one event's :class:`~rcv.web.server.AnswerServer`. What the server
reports arrives on its worker thread and is handed over a queued signal, like a keypad hub's:
on the GUI thread a phone's answer goes to the :class:`~rcv.app.keypads.KeypadLink` (its
press ledger, then the controller's bursts: accepted or refused with a reason, in the log);
spectators' answers to the :class:`~rcv.app.audience_game.AudienceGame`; referees' reports and
takeover requests to the console (signals). In the other direction, every change the
controller broadcasts becomes each seat's own view and the public view, published to the
pages. The server stops when the event closes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from rcv.app.audience_game import AudienceGame
from rcv.app.controller import ShowController
from rcv.app.keypads import KeypadLink
from rcv.core import events as ev
from rcv.core.show import Change
from rcv.hardware.events import KeyPress, LinkStatus, RejectedFrame
from rcv.web.limits import Limits
from rcv.web.pages import load_pages
from rcv.web.server import AnswerServer
from rcv.web.store import WebStore
from rcv.web.views import public_view, seat_view
from rcv.web.wire import AudienceAnswer, Devices, RefereeReport, TakeoverRequest, TypedAnswer

PUBLIC_MS = 200

# a change with one of these redraws every seat's page (else only the seats it touched)
EVERY_SEAT = (
    ev.QuestionShown,
    ev.TimerStarted,
    ev.TimeUp,
    ev.AnswerRevealed,
    ev.EliminationsApplied,
    ev.ShowPaused,
    ev.ShowResumed,
    ev.RescueApplied,
    ev.TieBreakStarted,
    ev.TieBreakEnded,
    ev.FinalStarted,
    ev.ShowFinished,
)


@dataclass(frozen=True, slots=True)
class Address:
    """Where the pages are: ``http://host:port`` and each page's address with its key."""

    host: str
    port: int
    audience_key: str
    referee_key: str

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    def seat(self, token: str) -> str:
        return f"{self.base}/p#t={token}"

    @property
    def phone(self) -> str:
        return f"{self.base}/p"

    @property
    def audience(self) -> str:
        return f"{self.base}/a#k={self.audience_key}"

    @property
    def overlay(self) -> str:
        return f"{self.base}/o#k={self.audience_key}"

    @property
    def referee(self) -> str:
        return f"{self.base}/r#k={self.referee_key}"


class PhoneHub(QObject):
    """One event's answer server and what it hands to the show."""

    _arrived = Signal(object)  # a list of reports, emitted on the server's thread
    takeoverRequested = Signal(object)  # TakeoverRequest
    refereeReported = Signal(object)  # RefereeReport
    devicesChanged = Signal(object)  # Devices
    running = Signal(bool)

    def __init__(
        self,
        controller: ShowController,
        keypads: KeypadLink,
        texts: dict[str, dict[str, str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._keypads = keypads
        self._texts = texts
        self.server: AnswerServer | None = None
        self.address: Address | None = None
        self.devices = Devices((), 0, 0, ())
        self.audience = AudienceGame(controller, self._publish_round, self._publish_public, self)
        self._arrived.connect(self._on_reports, Qt.ConnectionType.QueuedConnection)
        controller.changed.connect(self._on_change)
        # answers go the keypads' way (the controller's group commit writes them as soon as the
        # writer is free, and holds them while a failed write waits for its retry); the public
        # view follows a burst of answers at most every PUBLIC_MS
        self._public = QTimer(self, singleShot=True, interval=PUBLIC_MS)
        self._public.timeout.connect(self._publish_public)

    # -- lifecycle ---------------------------------------------------------------------------
    def start(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        limits: Limits | None = None,
        store: WebStore | None = None,
    ) -> Address:
        """Serve the open event's pages on ``host`` (the interface the operator chose; port 0:
        any free port). The event's secret is kept beside its file (``store``: another
        place, e.g. memory only). Raises OSError when the address cannot be bound."""
        event_file, setup = self._controller.event_file, self._controller.setup
        if event_file is None or setup is None:
            raise RuntimeError("no event is open")
        self.stop()
        path = Path(event_file.path)
        store = store or WebStore.load_or_create(WebStore.beside(path))
        keys = store.keys(path.stem)
        server = AnswerServer(
            keys,
            store,
            set(setup.roster.seats),
            load_pages(),
            self._texts,
            self._arrived.emit,
            self._controller.clock,
            limits,
        )
        bound = server.start(host, port)
        self.server = server
        self.address = Address(host, bound, keys.page_key("audience"), keys.page_key("referee"))
        self._publish_everything()
        self.running.emit(True)
        return self.address

    def stop(self) -> None:
        server, self.server = self.server, None
        if server is None:
            return
        server.stop()
        QCoreApplication.sendPostedEvents(self)  # what it reported before stopping
        self.address = None
        self.devices = Devices((), 0, 0, ())
        self.running.emit(False)

    def join_token(self, seat: int) -> str:
        assert self.server is not None, "the server is not running"
        return self.server.keys.join_token(seat)

    def pin(self, seat: int) -> str:
        assert self.server is not None, "the server is not running"
        return self.server.keys.pin(seat)

    def approve(self, seat: int) -> None:
        if self.server is not None:
            self.server.approve(seat)

    def refuse(self, seat: int) -> None:
        if self.server is not None:
            self.server.refuse(seat)

    # -- from the server (GUI thread) --------------------------------------------------------
    def _on_reports(self, reports: list[Any]) -> None:
        for report in reports:
            if isinstance(report, KeyPress | RejectedFrame | TypedAnswer | LinkStatus):
                self._keypads.report(report)
            elif isinstance(report, AudienceAnswer):
                self.audience.take(report)
            elif isinstance(report, RefereeReport):
                self.refereeReported.emit(report)
            elif isinstance(report, TakeoverRequest):
                self.takeoverRequested.emit(report)
            elif isinstance(report, Devices):
                self.devices = report
                self.devicesChanged.emit(report)

    # -- to the pages ------------------------------------------------------------------------
    def _on_change(self, change: Change | None) -> None:
        if self.server is None:
            return
        if change is None and self._controller.event_file is None:
            self.stop()  # the server stops with the show
            return
        state, setup = self._controller.state, self._controller.setup
        if state is None or setup is None:
            return
        every = (
            change is None or change.undone or any(isinstance(e, EVERY_SEAT) for e in change.events)
        )
        seats = setup.roster.seats if every else sorted(change.seats if change else ())
        now = self._controller.clock.now_ms()
        if seats:
            self.server.publish_seats({s: seat_view(state, setup, s, now) for s in seats})
        if every:
            self._publish_public()
        elif not self._public.isActive():
            self._public.start()

    def _publish_everything(self) -> None:
        self._on_change(None)
        self.audience.republish()

    def _publish_public(self) -> None:
        view = self._controller.audience_view()
        if self.server is None or view is None:
            return
        extra = {"audience": self.audience.figures()} if self.audience.active else None
        self.server.publish_public(public_view(view, self._controller.clock.now_ms(), extra))

    def _publish_round(self, data: dict[str, Any]) -> None:
        if self.server is not None:
            self.server.publish_round(data)
