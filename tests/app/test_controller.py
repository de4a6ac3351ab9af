"""The controller: one broadcast per command, refusals reported, time-up at the deadline,
keypad presses written by group commit, all on an injected clock and a real event file."""

from __future__ import annotations

import pytest

from rcv.app.controller import ShowController
from rcv.clock import ManualClock
from rcv.core.audience import Scene
from rcv.core.commands import Press
from rcv.core.rules import Rules
from rcv.core.state import Phase, ShowSetup
from rcv.storage.event_file import EventFile
from tests.core.helpers import questions, roster


@pytest.fixture
def controller(qtbot, tmp_path):
    clock = ManualClock()
    event_file = EventFile.create(tmp_path / "show.rcv", ShowSetup(roster(6), questions(), Rules()))
    ctl = ShowController(clock)
    ctl.attach(event_file)
    yield ctl
    ctl.detach()


def test_each_command_is_broadcast_once(controller, qtbot) -> None:
    seen = []
    controller.changed.connect(seen.append)
    controller.primary()  # show the first question
    assert len(seen) == 1 and seen[0].events[0].TYPE == "question_shown"
    controller.primary()  # start the timer
    assert len(seen) == 2 and controller.state.phase is Phase.TIMER_RUNNING


def test_space_does_nothing_while_the_clock_runs(controller) -> None:
    controller.primary()
    controller.primary()
    assert controller.primary() is None
    assert controller.state.phase is Phase.TIMER_RUNNING


def test_a_refused_command_is_reported_with_its_code(controller) -> None:
    refusals = []
    controller.refused.connect(refusals.append)
    assert controller.reveal() is None
    assert refusals and refusals[0].code == "wrong_phase"
    assert refusals[0].params == {"action": "reveal", "phase": "lobby"}


def test_answers_lock_when_the_clock_passes_the_deadline(controller) -> None:
    clock: ManualClock = controller.clock
    controller.show_question("M01")
    controller.start_timer()
    deadline = controller.state.questions[-1].deadline_ms
    clock.set(deadline - 1)
    controller.tick()
    assert controller.state.phase is Phase.TIMER_RUNNING
    clock.set(deadline)
    controller.tick()
    assert controller.state.phase is Phase.TIME_UP


def test_presses_are_written_in_one_burst_before_the_next_command(controller) -> None:
    clock: ManualClock = controller.clock
    seen = []
    controller.show_question("M01")
    controller.start_timer()
    controller.changed.connect(seen.append)
    start = clock.now_ms()
    controller.add_presses([Press(s, "B", start + 100 * s) for s in range(1, 7)])
    assert controller.state.questions[-1].answers == {}  # not yet written
    clock.advance(30)
    controller.tick()
    assert len(seen) == 1 and len(seen[0].entries) == 6
    assert len({e.step for e in seen[0].entries}) == 1
    assert len(controller.state.questions[-1].answers) == 6
    on_disk = EventFile.open(controller.event_file.path, read_only=True)
    try:
        assert len(on_disk.entries) == len(controller.show.log)  # durable already
    finally:
        on_disk.close()


def test_presses_are_written_as_soon_as_the_writer_is_free_in_groups(controller, qtbot) -> None:
    """Group commit: no tick needed (the heartbeat is stopped here); what arrives before the
    writer is free goes in one transaction, what arrives after it in the next."""
    controller._heartbeat.stop()  # only the group commit may write
    clock: ManualClock = controller.clock
    controller.show_question("M01")
    controller.start_timer()
    seen = []
    controller.changed.connect(seen.append)
    start = clock.now_ms()
    controller.add_presses([Press(1, "A", start + 10)])
    controller.add_presses([Press(2, "B", start + 20), Press(3, "C", start + 30)])
    assert controller.pending_presses == 3  # the link's handler returns at once
    qtbot.waitUntil(lambda: controller.pending_presses == 0, timeout=2000)
    assert len(seen) == 1 and len({e.step for e in seen[0].entries}) == 1  # one transaction
    assert len(controller.state.questions[-1].answers) == 3
    controller.add_presses([Press(4, "D", start + 40)])
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=2000)
    assert [e.event.seat for e in seen[1].entries] == [4]
    with EventFile.open(controller.event_file.path, read_only=True) as on_disk:
        assert len(on_disk.entries) == len(controller.show.log)  # durable already


def test_presses_waiting_are_written_before_the_mc_stops_the_clock(controller) -> None:
    clock: ManualClock = controller.clock
    controller.show_question("M01")
    controller.start_timer()
    controller.add_presses([Press(1, "B", clock.now_ms() + 10)])
    clock.advance(500)
    controller.stop_early()
    assert 1 in controller.state.questions[-1].answers


def test_the_display_gets_a_public_view_and_the_mc_can_override_the_scene(controller) -> None:
    controller.show_question("M01")
    view = controller.audience_view()
    assert view.scene is Scene.QUESTION and view.correct is None
    controller.set_display_override(Scene.BLACKOUT)
    assert controller.audience_view().scene is Scene.BLACKOUT
    controller.set_display_override(None)
    assert controller.audience_view().scene is Scene.QUESTION


def test_reopening_the_event_resumes_where_it_stopped(controller, tmp_path) -> None:
    controller.show_question("M01")
    controller.start_timer()
    path = controller.event_file.path
    before = controller.state
    controller.detach()
    again = ShowController(controller.clock)
    again.attach(EventFile.open(path))
    assert again.state == before
    assert again.suggestion().kind.value == "wait_time_up"
    again.detach()


def test_the_event_lifecycle_is_the_controllers_with_one_broadcast_each(qtbot, tmp_path) -> None:
    from dataclasses import replace

    from rcv.core.errors import CommandRefused
    from rcv.core.model import EventInfo

    controller = ShowController(ManualClock())
    seen = []
    controller.changed.connect(seen.append)
    controller.create_event(tmp_path / "new.rcv", EventInfo(name="Thử"))
    assert len(seen) == 1 and controller.setup is not None and not controller.setup.roster
    setup = ShowSetup(roster(5), questions(), Rules())
    controller.replace_setup(setup)
    assert len(seen) == 2  # one broadcast, not a close and a reopen
    assert len(controller.setup.roster) == 5 and controller.state.phase is Phase.LOBBY
    controller.replace_setup(replace(controller.setup, rules=Rules(time_per_question_s=33)))
    assert controller.setup.rules.time_per_question_s == 33 and len(seen) == 3
    controller.primary()
    with pytest.raises(CommandRefused):
        controller.replace_setup(setup)  # fixed once the show has started
    controller.detach()
    controller.open_event(tmp_path / "new.rcv")
    assert controller.setup.rules.time_per_question_s == 33 and len(controller.show.log) == 1
    controller.detach()
