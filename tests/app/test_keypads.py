"""Keypads end to end: a simulated hub on a real pseudo-terminal, the hub link's worker thread,
the queued hand-over to the GUI thread, the controller and the event file."""

from __future__ import annotations

import pytest

from rcv.app.controller import ShowController
from rcv.app.keypads import KeypadLink
from rcv.clock import SystemClock
from rcv.core.events import AnswerReceived
from rcv.core.rules import Rules
from rcv.core.state import Phase, ShowSetup
from rcv.sim.hub import People
from rcv.sim.run import SimOptions, build_hubs
from rcv.storage.event_file import EventFile
from tests.core.helpers import choice, questions, roster

SEATS = 12


@pytest.fixture
def show_with_hub(qtbot, tmp_path):
    qs = questions()
    qs = type(qs)((choice("LONG", "C", time_s=120), *qs.questions))
    event_file = EventFile.create(tmp_path / "show.rcv", ShowSetup(roster(SEATS), qs, Rules()))
    clock = SystemClock()
    controller = ShowController(clock)
    controller.attach(event_file)
    hubs = build_hubs(
        SimOptions(seats=SEATS, hubs=2, seed=3, people=People(median_ms=300, no_answer=0.0))
    )
    link = KeypadLink(controller, clock, tell_answers=True)
    for hub in hubs:
        hub.start()
        link.add_port(hub.opener())
    link.start()
    qtbot.waitUntil(lambda: sum(h.connected for h in link._hub_info.values()) == 2, timeout=10000)
    yield controller, link, hubs
    link.stop()
    for hub in hubs:
        hub.stop()
    controller.detach()


def test_every_seat_answers_through_the_hubs_and_lands_in_the_log(show_with_hub, qtbot) -> None:
    controller, link, hubs = show_with_hub
    statuses = []
    link.feed.statusChanged.connect(statuses.append)
    controller.show_question("LONG")
    controller.start_timer()
    record = controller.state.questions[-1]
    qtbot.waitUntil(lambda: len(record.answers) == SEATS, timeout=15000)
    controller.flush_presses()
    logged = [e for e in controller.show.log if isinstance(e.event, AnswerReceived)]
    assert sorted({e.event.seat for e in logged}) == list(range(1, SEATS + 1))
    assert {e.event.hub for e in logged} == {h.sim.spec.hub_id for h in hubs}
    # hub times are mapped onto the show clock: every press lies within the question's window
    assert all(
        record.timer_started_at_ms <= e.event.pressed_at_ms <= record.deadline_ms for e in logged
    )
    controller.stop_early()
    controller.reveal()
    controller.apply_eliminations()
    assert controller.state.phase is Phase.RESULTS
    link.publish_status()
    assert statuses and all(h.connected for h in statuses[-1].hubs)
    assert sum(h.keypads for h in statuses[-1].hubs) == SEATS


def test_a_pause_locks_the_keypads_refuses_visibly_and_resume_rearms(qtbot, tmp_path) -> None:
    from rcv.hardware.events import KeyPress
    from rcv.hardware.protocol import HubState
    from rcv.i18n import Words
    from rcv.ui.console.seat_cells import seat_cell

    qs = questions()
    qs = type(qs)((choice("LONG", "C", time_s=120), *qs.questions))
    event_file = EventFile.create(tmp_path / "show.rcv", ShowSetup(roster(SEATS), qs, Rules()))
    clock = SystemClock()
    controller = ShowController(clock)
    controller.attach(event_file)
    (hub,) = build_hubs(
        SimOptions(
            seats=SEATS, hubs=1, seed=5, people=People(median_ms=2500, spread=0.3, no_answer=0)
        )
    )
    link = KeypadLink(controller, clock, tell_answers=True)
    hub.start()
    link.add_port(hub.opener())
    link.start()
    try:
        qtbot.waitUntil(lambda: any(h.connected for h in link._hub_info.values()), timeout=10000)
        controller.show_question("LONG")
        controller.start_timer()
        qtbot.waitUntil(lambda: hub.sim.state is HubState.ARMED, timeout=5000)
        controller.pause()
        record = controller.state.questions[-1]
        qtbot.waitUntil(lambda: hub.sim.state is HubState.LOCKED, timeout=5000)  # hubs told
        answered_at_pause = len(record.answers)
        assert answered_at_pause < SEATS
        # a press made during the pause (one already on its way, a device that cannot be
        # locked) comes through the link's own queued hand-over: refused, and shown
        seat = next(s for s in range(1, SEATS + 1) if s not in record.answers)
        now = clock.now_ms()
        link._arrived.emit(KeyPress(hub.opener().label, "SIM1", seat, "C", 0, now, now))
        qtbot.waitUntil(lambda: controller.state.questions[-1].refused.get(seat) == "paused")
        cell = seat_cell(controller.state, seat, "x", controller.state.questions[-1], None)
        assert cell.refused == "paused"
        assert "tạm dừng" in cell.words(Words("vi")) and "pause" in cell.words(Words("en"))
        qtbot.wait(600)  # the pause goes on: the locked hub sends nothing
        controller.flush_presses()
        assert len(controller.state.questions[-1].answers) == answered_at_pause
        controller.resume()
        qtbot.waitUntil(lambda: hub.sim.state is HubState.ARMED, timeout=5000)  # re-armed
        qtbot.waitUntil(lambda: len(controller.state.questions[-1].answers) == SEATS, timeout=15000)
        record = controller.state.questions[-1]
        assert not any(record.paused_at(a.pressed_at_ms) for a in record.answers.values())
    finally:
        link.stop()
        hub.stop()
        controller.detach()
