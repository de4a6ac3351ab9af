"""The countdown is computed from the deadline (ManualClock, no sleeping, no tick counting)."""

from __future__ import annotations

import random

from PySide6.QtCore import QMetaObject

from rcv.core.suggest import ActionKind
from rcv.ui.display.render import SceneRenderer
from tests.ui.display.conftest import Show


def start_question(show: Show) -> int:
    """Show the first question and start its clock; returns the deadline."""
    c = show.controller
    action = c.suggestion()
    assert action is not None and action.kind is ActionKind.SHOW_QUESTION
    c.perform(action)
    show.clock.advance(3000)
    c.start_timer()
    record = c.state.questions[-1]
    assert record.deadline_ms is not None
    return record.deadline_ms


def shown(renderer: SceneRenderer) -> tuple[str, bool]:
    countdown = renderer.find("countdown")
    QMetaObject.invokeMethod(countdown, "refresh")  # what every frame does
    return countdown.property("shown"), countdown.property("urgent")


def test_remaining_follows_the_deadline(show: Show) -> None:
    deadline = start_question(show)
    model = show.model
    assert model.value("timerRunning") is True
    assert model.remaining_ms() == 20_000
    rng = random.Random(5)
    for _ in range(200):  # irregular "frames", none of them counted
        show.clock.advance(rng.randint(1, 90))
        assert model.remaining_ms() == max(0, deadline - show.clock.now_ms())
    show.clock.set(deadline + 500)
    assert model.remaining_ms() == 0


def test_the_qml_countdown_and_its_last_five_seconds(show: Show, renderer: SceneRenderer) -> None:
    deadline = start_question(show)
    assert shown(renderer) == ("20", False)
    show.clock.set(deadline - 12_300)  # no model update: only the frames see the clock move
    assert shown(renderer) == ("13", False)
    show.clock.set(deadline - 5_000)
    assert shown(renderer) == ("5", True)
    show.clock.set(deadline - 4_999)
    assert shown(renderer) == ("5", True)
    show.clock.set(deadline - 1)
    assert shown(renderer) == ("1", True)
    show.clock.set(deadline)
    show.controller.tick()  # the controller closes the answers at the deadline
    assert show.model.value("scene") == "time_up"
    assert shown(renderer) == ("0", False)
    assert renderer.find("countdown").property("over") is True


def test_a_pause_freezes_the_countdown(show: Show, renderer: SceneRenderer) -> None:
    deadline = start_question(show)
    show.clock.set(deadline - 8_000)
    show.controller.pause()
    model = show.model
    assert model.value("scene") == "paused" and model.value("paused") is True
    show.clock.advance(60_000)  # a long pause
    assert model.remaining_ms() == 8_000
    show.controller.resume()
    assert model.value("timerRunning") is True
    assert model.remaining_ms() == 8_000
    show.clock.advance(2_500)
    assert model.remaining_ms() == 5_500
    assert shown(renderer) == ("6", False)


def test_the_time_bar_shrinks_with_the_time_left(show: Show, renderer: SceneRenderer) -> None:
    deadline = start_question(show)
    show.clock.set(deadline - 5_000)
    shown(renderer)
    bar = renderer.find("timeBar")
    assert abs(bar.property("width") - renderer.root().property("width") * 0.25) < 1
