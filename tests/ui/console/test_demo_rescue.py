"""The GUI demo's simulated hubs play the rescue round: the eliminated, whose seats are in play,
answer the rescue question; the ones standing, not in play, stay silent (their keypads dark).

Real simulated hubs on pseudo-terminals, the real keypad link, the system clock: the people
press a few seconds after the ARM, as in ``rcv demo``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rcv.app.controller import ShowController
from rcv.app.keypads import KeypadLink, simulated_hubs
from rcv.clock import SystemClock
from rcv.core.events import RejectReason
from rcv.core.rules import RescueMethod, RescueRules, Rules
from rcv.core.state import Phase, ShowSetup
from rcv.core.suggest import ActionKind
from rcv.hardware.protocol import LedState
from rcv.storage.event_file import EventFile
from tests.core.helpers import questions, roster

SEATS = 20
OUT = tuple(range(1, 9))  # eliminated by the organisers before the rescue

pytestmark = pytest.mark.skipif(os.name == "nt", reason="pseudo-terminals")


def test_the_eliminated_answer_the_rescue_question_and_the_standing_stay_silent(
    qtbot: object, tmp_path: Path
) -> None:
    clock = SystemClock()
    controller = ShowController(clock)
    rules = Rules(
        time_per_question_s=30,
        rescue=RescueRules(after_question=1, method=RescueMethod.QUESTION),
    )
    event = EventFile.create(tmp_path / "d.rcv", ShowSetup(roster(SEATS), questions(), rules))
    link = KeypadLink(controller, clock, tell_answers=True)
    simulated_hubs(link, SEATS, seed=5)
    try:
        qtbot.waitUntil(  # type: ignore[attr-defined]
            lambda: all(h.hello is not None for h in link.hubs.links), timeout=10_000
        )
        controller.attach(event)
        controller.primary()  # question 1, closed at once: nobody is out by it
        controller.primary()
        controller.stop_early()
        controller.primary()
        controller.primary()
        for seat in OUT:
            controller.eliminate(seat, "ban tổ chức")
        assert controller.suggestion().kind is ActionKind.RESCUE  # type: ignore[union-attr]
        controller.primary()  # the rescue round, by a question
        controller.primary()  # the rescue question is shown
        state = controller.state
        assert state is not None and state.phase is Phase.QUESTION_SHOWN
        record = state.questions[-1]
        assert set(record.participants) == set(OUT)
        sim = link.simulated[0].sim
        qtbot.waitUntil(  # type: ignore[attr-defined]
            lambda: sim.eliminated == set(range(9, SEATS + 1)), timeout=5_000
        )  # the standing are dark for this question, the players' keypads cleared
        assert all(sim.leds.get(seat) is LedState.OFF for seat in OUT)
        controller.primary()  # the clock starts: the players press
        qtbot.waitUntil(  # type: ignore[attr-defined]
            lambda: len(controller.state.questions[-1].answers) >= len(OUT) - 2,  # type: ignore[union-attr]
            timeout=25_000,
        )
        record = controller.state.questions[-1]  # type: ignore[union-attr]
        assert set(record.answers) <= set(OUT)
        refused = set(record.refused.values())
        assert RejectReason.NOT_IN_PLAY.value not in refused  # the standing did not press
        controller.stop_early()
        controller.primary()  # reveal
        controller.primary()  # apply: the right ones come back
        state = controller.state
        assert state is not None and state.phase is Phase.RESULTS
        # relit: the floor takes keys again, the eliminated who stay out are dark
        qtbot.waitUntil(  # type: ignore[attr-defined]
            lambda: sim.eliminated == set(state.eliminated), timeout=5_000
        )
        assert set(state.standing) > set(range(9, SEATS + 1))  # some came back
    finally:
        link.stop()
        if controller.event_file is not None:
            controller.detach()
