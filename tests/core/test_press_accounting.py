"""Every press that arrives ends in the log, accepted or refused with a reason; a pause stops
the countdown and decides, by the rules, what a press made during it is worth."""

from __future__ import annotations

from collections import Counter

import pytest

from rcv.core import events as ev
from rcv.core.commands import Press
from rcv.core.events import RejectReason
from rcv.core.press_figures import PressTally
from rcv.core.rules import PausePolicy, Rules
from rcv.core.state import Phase
from tests.core.helpers import Host, make_show


def _running(rules: Rules | None = None) -> Host:
    host = Host(make_show(6, rules))
    host.show.show_question("M01", host.tick())
    host.show.start_timer(host.tick())
    return host


def test_a_press_during_a_pause_is_refused_and_marked_on_its_seat() -> None:
    host = _running()
    show = host.show
    start = show.state.questions[-1].timer_started_at_ms
    assert start is not None
    show.presses([Press(1, "B", start + 2000, "H1", "1:7")], host.tick(2500))
    paused_at = host.tick(1000)
    show.pause(paused_at)
    show.presses([Press(2, "B", paused_at + 500, "H1", "1:8")], host.tick(1000))
    record = show.state.questions[-1]
    assert 2 not in record.answers
    assert record.refused == {2: RejectReason.PAUSED.value}
    last = show.log[-1].event
    assert isinstance(last, ev.PressRejected)
    assert (last.reason, last.hub, last.frame) == ("paused", "H1", "1:8")


def test_a_press_made_in_the_pause_but_read_after_the_resume_is_still_refused() -> None:
    host = _running()
    show = host.show
    paused_at = host.tick(3000)
    show.pause(paused_at)
    show.resume(host.tick(60_000))
    show.presses([Press(3, "B", paused_at + 100, "H1")], host.tick(50))
    assert show.state.questions[-1].refused == {3: "paused"}


def test_the_countdown_stops_during_a_pause_and_runs_on_after_it() -> None:
    host = _running(Rules(time_per_question_s=20))
    show = host.show
    record = show.state.questions[-1]
    started, deadline = record.timer_started_at_ms, record.deadline_ms
    assert started is not None and deadline is not None
    show.pause(started + 5000)
    assert show.state.paused_remaining_ms == 15_000
    show.resume(started + 65_000)
    assert show.state.questions[-1].deadline_ms == started + 80_000
    # a press 10 s of countdown in (5 s before the pause, 5 s after) took 10 s, not 70
    show.presses([Press(4, "B", started + 70_000)], started + 70_050)
    assert show.state.questions[-1].response_ms(4) == 10_000
    # pressed after the old deadline but before the new one: in time
    show.presses([Press(5, "B", started + 75_000)], started + 75_050)
    assert 5 in show.state.questions[-1].answers


def test_rules_may_keep_presses_made_during_a_pause() -> None:
    host = _running(Rules(pause_presses=PausePolicy.KEEP))
    show = host.show
    started = show.state.questions[-1].timer_started_at_ms
    assert started is not None
    show.pause(started + 4000)
    # the pause lasts longer than the time that was left: still counts
    show.presses([Press(1, "B", started + 40_000)], started + 40_010)
    record = show.state.questions[-1]
    assert 1 in record.answers and record.refused == {}
    assert record.response_ms(1) == 4000


def test_undoing_a_pause_restores_the_countdown() -> None:
    host = _running()
    show = host.show
    record = show.state.questions[-1]
    deadline = record.deadline_ms
    show.pause(host.tick())
    show.undo(host.tick())
    assert not show.state.paused
    assert show.state.questions[-1].deadline_ms == deadline
    assert show.state.questions[-1].pauses == []


def test_presses_the_link_already_refused_are_logged_with_its_reason() -> None:
    host = _running()
    show = host.show
    now = host.tick()
    show.presses(
        [
            Press(99, "A", now, "H2", "3:1", refused=RejectReason.OUT_OF_RANGE.value),
            Press(2, "B", now, "H2", "3:2", refused=RejectReason.REPEAT.value),
            ev.LineNoise("H2", now - 5000, now, (("checksum", 3), ("noise", 2))),
            ev.PressesLost("H2", 3, ((10, 14),), 5, "outage"),
        ],
        now + 10,
    )
    types = [type(e.event) for e in show.log[-4:]]
    assert types == [ev.PressRejected, ev.PressRejected, ev.LineNoise, ev.PressesLost]
    assert 2 not in show.state.questions[-1].answers  # a refused press never counts
    figures = PressTally(show.log).hubs["H2"]
    assert figures.refused == Counter({"out_of_range": 1, "repeat": 1})
    assert figures.noise == Counter({"checksum": 3, "noise": 2})
    assert figures.lost == 5
    assert figures.received == 7


@pytest.mark.parametrize("phase_steps", [0, 1])
def test_every_press_of_a_burst_ends_as_exactly_one_record(phase_steps: int) -> None:
    host = Host(make_show(5))
    show = host.show
    if phase_steps:
        show.show_question("M01", host.tick())
        show.start_timer(host.tick())
    now = host.tick()
    burst = [Press(s % 7 + 1, "ABCE"[s % 4], now + s, "H1", f"1:{s}") for s in range(30)]
    show.presses(burst, now + 100)
    records = [
        e.event for e in show.log if isinstance(e.event, ev.AnswerReceived | ev.PressRejected)
    ]
    assert [r.frame for r in records] == [p.frame for p in burst]
    tally = PressTally(show.log).hubs["H1"]
    assert tally.received == len(burst) == tally.accepted + tally.refused_total
    if not phase_steps:
        assert show.state.phase is Phase.LOBBY and tally.accepted == 0
