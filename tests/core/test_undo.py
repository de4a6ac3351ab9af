"""Undo: any number of steps, by appending an event; the state is exactly what it was before."""

from __future__ import annotations

import copy

from rcv.core.commands import Press
from rcv.core.events import Undone
from rcv.core.rules import RescueMethod, RescueRules, Rules
from rcv.i18n import Words
from rcv.i18n.phrases.events import describe_step
from tests.core.helpers import T0, Host, make_show


def test_undo_restores_the_exact_state_before_each_command() -> None:
    show = make_show(5, Rules(rescue=RescueRules(after_question=1)))
    host = Host(show)
    commands = [
        lambda: show.show_question("M01", host.tick()),
        lambda: show.start_timer(host.tick()),
        lambda: show.set_answer(3, "A", host.tick(), "bảng"),
        lambda: show.set_answer(2, "B", host.tick(), "bảng"),
        lambda: show.time_up(host.tick(30000)),
        lambda: show.reveal(host.tick()),
        lambda: show.apply_eliminations(host.tick()),
        lambda: show.eliminate(2, "rời ghế", host.tick()),
        lambda: show.revive(3, "xem lại", host.tick()),
        lambda: show.rescue(RescueMethod.ALL, host.tick()),
        lambda: show.pause(host.tick()),
    ]
    for command in commands:
        before = copy.deepcopy(show.state)
        log_length = len(show.log)
        command()
        show.undo(host.tick())
        assert show.state == before
        assert len(show.log) == log_length + 2  # the command and the undo, nothing deleted
        command()  # play it for real and go on


def test_several_undos_step_back_several_commands() -> None:
    show = make_show(4)
    host = Host(show)
    snapshots = [copy.deepcopy(show.state)]
    host.ask("M01", {1: "B", 2: "B"})
    snapshots.append(copy.deepcopy(show.state))
    show.show_question("M02", host.tick())
    show.start_timer(host.tick())
    for _ in range(2):
        show.undo(host.tick())
    assert show.state == snapshots[1]
    for _ in range(5):  # apply, reveal, time up, start timer, show question of M01
        show.undo(host.tick())
    assert show.state == snapshots[0]
    assert sum(isinstance(e.event, Undone) for e in show.log) == 7


def test_undoing_the_timer_start_cancels_the_presses_that_followed() -> None:
    show = make_show(3)
    show.show_question("M01", T0)
    show.start_timer(T0 + 1000)
    show.presses([Press(1, "B", T0 + 2000), Press(2, "A", T0 + 2100)], T0 + 2200)
    target = show.undo_target()  # the MC's last step, not the presses after it
    assert target is not None and [e.event.TYPE for e in target] == ["timer_started"]
    show.undo(T0 + 3000)
    assert show.state.questions[-1].answers == {}
    assert show.state.questions[-1].timer_started_at_ms is None
    presses = [e for e in show.log if e.event.TYPE == "answer_received"]
    assert len(presses) == 2  # still in the log, for the record


def test_the_undo_menu_says_what_will_be_undone() -> None:
    show = make_show(3)
    host = Host(show)
    host.ask("M01", {1: "B"})
    target = show.undo_target()
    assert target is not None
    said = describe_step(target, Words("vi"))
    assert said.startswith("Xử lý kết quả: loại 2 ghế")
    assert describe_step(target, Words("en")).startswith("Results applied: out 2 seats")
    show.undo(host.tick())
    target = show.undo_target()
    assert target is not None and [e.event.TYPE for e in target] == ["answer_revealed"]
