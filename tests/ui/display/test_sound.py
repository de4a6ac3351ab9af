"""The sound board follows the display and never blocks or raises, audio device or not."""

from __future__ import annotations

from rcv.app.demo_stage import controller_autopilot
from rcv.core.suggest import ActionKind
from rcv.entry.tour import tour
from rcv.ui.display.sound import CUES, SoundBoard
from tests.ui.display.conftest import Show


def test_cues_follow_a_show(show: Show) -> None:
    board = SoundBoard(show.model)
    heard: list[str] = []
    board.played.connect(heard.append)
    c, clock = show.controller, show.clock
    pilot = controller_autopilot(c, clock, seed=1)
    c.perform(c.suggestion())  # show question 1
    c.start_timer()
    deadline = c.state.questions[-1].deadline_ms
    pilot.answer(until_ms=deadline - 7_000)  # the floor presses
    clock.at_least(deadline - 7_000)
    while clock.now_ms() < deadline - 25:  # the board polls every 25 ms while the clock runs
        clock.advance(25)
        board.poll()
    assert heard == ["tick"] * 5
    pilot.close_answers()  # the deadline: the controller locks the answers
    assert heard[-1] == "time_up"
    c.reveal()
    assert heard[-1] == "correct"
    c.apply_eliminations()
    assert heard[-1] == "wrong"  # some contestants left the floor
    assert board.history == heard


def test_the_golden_bell_rings_for_the_final_and_the_winner(show: Show) -> None:
    board = SoundBoard(show.model, muted=True)
    for moment in tour(show.controller, show.clock):
        if moment in ("final", "winner"):
            assert board.history[-1] == "golden_bell"
    assert board.history.count("golden_bell") == 2
    assert board.history.count("correct") >= 10


def test_volume_mute_and_a_missing_device(show: Show) -> None:
    board = SoundBoard(show.model, volume=3.0)
    assert board.volume == 1.0
    board.set_volume(-1)
    assert board.volume == 0.0
    board.set_muted(True)
    for cue in CUES:
        board.play(cue)  # no audio device here: silent, but no exception and no wait
    assert board.history == list(CUES)
    assert show.controller.suggestion().kind is ActionKind.SHOW_QUESTION
