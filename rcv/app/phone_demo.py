"""``rcv demo --headless --phones N``: a whole show answered by N simulated phones over real
WebSockets on 127.0.0.1, through the same answer server, keypad link, press ledger and
controller as a show in a hall, printed as it goes.

The MC is the autopilot on the live controller (:class:`~rcv.app.demo_stage.ControllerStage`)
with a :class:`~rcv.clock.ManualClock`: time moves by the autopilot's steps, not the wall clock,
so the same seed plays the same show. Each burst of the floor's answers is sent by the phones
of those seats (letters pressed, short answers typed), and the autopilot waits until the log
has every one of them before it moves on. Phones join with their seat's one-time token.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TextIO

from PySide6.QtCore import QCoreApplication

from rcv.app.controller import ShowController
from rcv.app.demo_stage import ControllerStage
from rcv.app.keypads import KeypadLink
from rcv.app.phones import PhoneHub
from rcv.clock import ManualClock
from rcv.core import events as ev
from rcv.core.commands import Press
from rcv.core.model import QuestionKind
from rcv.core.show import Change
from rcv.core.suggest import Action, ActionKind
from rcv.demo.autopilot import BATCH_MS, LATE_MS, Autopilot
from rcv.demo.headless import line_for, print_results
from rcv.i18n import QT_TRANSLATE_NOOP, Words
from rcv.sim.floor import FloorModel
from rcv.sim.phones import SimPhones
from rcv.storage.event_file import EventFile
from rcv.web.limits import Limits
from rcv.web.pages import page_texts
from rcv.web.store import WebStore
from rcv.web.views import ANSWERED, ARMED
from rcv.web.wire import HUB_ID

CTX = "Demo"
T = {
    "server": QT_TRANSLATE_NOOP("Demo", "Máy chủ trả lời: {url} · {n} điện thoại đã vào ghế"),
    "figures": QT_TRANSLATE_NOOP(
        "Demo",
        "Điện thoại: {sent} câu trả lời gửi, {logged} trong nhật ký ({accepted} hợp lệ, "
        "{refused} bị từ chối)",
    ),
}
WAIT_S = 20.0  # the most a burst may take to reach the log before the demo gives up


class PhoneStage(ControllerStage):
    """The controller, its presses coming from the phones instead of being handed over."""

    def __init__(self, controller: ShowController, clock: ManualClock, phones: SimPhones) -> None:
        super().__init__(controller, clock)
        self.phones = phones
        self.sent = self.logged = self.accepted = 0
        controller.changed.connect(self._count)

    def _count(self, change: Change | None) -> None:
        for event in change.events if change is not None else ():
            if isinstance(event, ev.AnswerReceived | ev.PressRejected) and event.hub == HUB_ID:
                self.logged += 1
                self.accepted += isinstance(event, ev.AnswerReceived)

    def presses(self, batch: Sequence[Press], at_ms: int) -> Change | None:
        self.clock.at_least(at_ms)
        seats = [p.seat for p in batch]
        pump_until(lambda: self.phones.wait_for(seats, {ARMED, ANSWERED}, 0.0))
        self.phones.press((p.seat, p.key, p.typed) for p in batch)
        self.sent += len(batch)
        if not pump_until(lambda: self.logged >= self.sent):
            raise TimeoutError(f"{self.sent - self.logged} phone answers did not reach the log")
        return None


class PhoneAutopilot(Autopilot):
    """Short-answer questions are typed on the phones too (no boards to type in)."""

    def answer(self, until_ms: int | None = None) -> None:
        record, question = self._on_stage()
        if question.kind is not QuestionKind.SHORT:
            super().answer(until_ms)
            return
        assert record.timer_started_at_ms is not None and record.deadline_ms is not None
        typed = []
        for seat in record.participants:
            drawn = self.floor.answer(question, seat)
            if seat not in record.answers and drawn is not None:
                at = record.timer_started_at_ms + drawn[1]
                if at + BATCH_MS <= record.deadline_ms + LATE_MS:
                    typed.append(Press(seat, drawn[0], at, typed=True))
        for press in sorted(typed, key=lambda p: (p.pressed_at_ms, p.seat)):
            self.stage.presses([press], self.clock.at_least(press.pressed_at_ms + BATCH_MS))

    def board_answers(self) -> list[tuple[int, str]]:
        return []


def pump_until(done: object, timeout_s: float = WAIT_S) -> bool:
    """Run Qt's events (the server's reports, the controller's bursts) until ``done()``."""
    end = time.monotonic() + timeout_s
    app = QCoreApplication.instance()
    while time.monotonic() < end:
        if done():  # type: ignore[operator]
            return True
        if app is not None:
            app.processEvents()
        time.sleep(0.001)
    return bool(done())  # type: ignore[operator]


def run_phone_demo(
    event_file: EventFile, seed: int, phones: int, out: TextIO, words: Words, limits: Limits
) -> int:
    """Play the show in ``event_file`` with ``phones`` simulated phones; 0 when it ended."""
    app = QCoreApplication.instance() or QCoreApplication(["rcv-demo"])
    log = event_file.entries
    clock = ManualClock(log[-1].at_ms if log else ManualClock().now_ms())
    controller = ShowController(clock)
    controller.attach(event_file)
    keypads = KeypadLink(controller, clock)
    texts = {lang: page_texts(Words(lang)) for lang in ("vi", "en")}
    hub = PhoneHub(controller, keypads, texts)
    address = hub.start("127.0.0.1", 0, limits, WebStore.load_or_create(None))
    seats = list(controller.setup.roster.seats)[:phones] if controller.setup else []
    sim = SimPhones(f"ws://127.0.0.1:{address.port}/ws", {s: hub.join_token(s) for s in seats})
    try:
        sim.start()
        pump_until(lambda: len(hub.devices.seats) >= len(seats), 10)
        print(words(CTX, T["server"], url=address.phone, n=len(hub.devices.seats)), file=out)
        stage = PhoneStage(controller, clock, sim)
        pilot = PhoneAutopilot(stage, FloorModel(seed=seed), clock)
        show = controller.show
        assert show is not None

        def observe(action: Action, change: Change | None) -> None:
            if change is None:
                return
            line = line_for(show, action, change, words)
            if line:
                print(f"[#{change.entries[-1].seq}] {line}", file=out, flush=True)
            if action.kind is ActionKind.WAIT_TIME_UP:
                return

        pilot.run(observe)
        controller.flush_presses()
        print(
            words(
                CTX, T["figures"], sent=stage.sent, logged=stage.logged,
                accepted=stage.accepted, refused=stage.logged - stage.accepted,
            ),
            file=out,
        )  # fmt: skip
        print_results(show, event_file, out, words)
    finally:
        sim.stop()
        hub.stop()
        keypads.stop()
        controller.detach()
        del app
    return 0
