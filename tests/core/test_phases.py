"""The show moves through its phases in order; commands out of turn change nothing."""

from __future__ import annotations

import copy

import pytest

from rcv.core.commands import Press
from rcv.core.errors import CommandRefused
from rcv.core.events import LogEntry, RejectReason
from rcv.core.rules import Rules
from rcv.core.show import Show
from rcv.core.state import Phase, ShowSetup
from rcv.i18n import Words
from rcv.i18n.phrases.show import refusal
from tests.core.helpers import T0, Host, make_show, questions, roster


def test_phases_follow_the_show_order() -> None:
    show = make_show(5)
    seen = [show.state.phase]
    show.show_question("M01", T0 + 1000)
    seen.append(show.state.phase)
    show.start_timer(T0 + 2000)
    seen.append(show.state.phase)
    show.time_up(T0 + 22000)
    seen.append(show.state.phase)
    show.reveal(T0 + 23000)
    seen.append(show.state.phase)
    show.apply_eliminations(T0 + 24000)
    seen.append(show.state.phase)
    show.finish(T0 + 25000)
    seen.append(show.state.phase)
    assert seen == [
        Phase.LOBBY,
        Phase.QUESTION_SHOWN,
        Phase.TIMER_RUNNING,
        Phase.TIME_UP,
        Phase.REVEALED,
        Phase.RESULTS,
        Phase.FINISHED,
    ]


@pytest.mark.parametrize(
    ("prepare", "command", "code"),
    [
        (0, lambda s: s.start_timer(T0 + 5), "wrong_phase"),
        (0, lambda s: s.reveal(T0 + 5), "wrong_phase"),
        (0, lambda s: s.apply_eliminations(T0 + 5), "wrong_phase"),
        (0, lambda s: s.show_question("NOPE", T0 + 5), "unknown_question"),
        (1, lambda s: s.show_question("M02", T0 + 5), "wrong_phase"),
        (1, lambda s: s.time_up(T0 + 5), "wrong_phase"),
        (2, lambda s: s.reveal(T0 + 5), "wrong_phase"),
        (2, lambda s: s.time_up(T0 + 3000), "too_early"),
        (2, lambda s: s.finish(T0 + 5), "question_open"),
        (3, lambda s: s.apply_eliminations(T0 + 60000), "wrong_phase"),
        (0, lambda s: s.resume(T0 + 5), "not_paused"),
        (0, lambda s: s.undo(T0 + 5), "nothing_to_undo"),
    ],
)
def test_refused_commands_change_neither_state_nor_log(prepare, command, code) -> None:
    written: list[LogEntry] = []
    show = Show(ShowSetup(roster(5), questions(), Rules()), journal=written.extend)
    steps = [
        lambda: show.show_question("M01", T0 + 1),
        lambda: show.start_timer(T0 + 2),
        lambda: show.time_up(T0 + 30000),
    ]
    for step in steps[:prepare]:
        step()
    before_state, before_log = copy.deepcopy(show.state), list(written)
    with pytest.raises(CommandRefused) as refused:
        command(show)
    assert refused.value.code == code
    for lang in ("vi", "en"):  # a sentence for the MC in either language, never the bare code
        said = refusal(refused.value, Words(lang))
        assert said and said != code and "{" not in said
    assert show.state == before_state
    assert written == before_log
    assert list(show.log) == before_log


def test_a_question_is_used_only_once() -> None:
    show = make_show(5)
    Host(show).ask("M01", {s: "B" for s in range(1, 6)})
    with pytest.raises(CommandRefused) as refused:
        show.show_question("M01", T0 + 10**6)
    assert refused.value.code == "question_used"


def test_the_question_limit_of_the_rules_is_enforced() -> None:
    show = make_show(5, Rules(question_limit=2))
    host = Host(show)
    host.ask("M01", {s: "B" for s in range(1, 6)})
    host.ask("M02", {s: "B" for s in range(1, 6)})
    with pytest.raises(CommandRefused) as refused:
        show.show_question("M03", host.tick())
    assert refused.value.code == "question_limit"


def test_time_per_question_uses_override_then_rules() -> None:
    from tests.core.helpers import choice

    qs = questions()
    qs = type(qs)((choice("X1", time_s=7), *qs.questions))
    show = make_show(3, Rules(time_per_question_s=25), qs)
    show.show_question("X1", T0)
    show.start_timer(T0 + 1000)
    assert show.state.questions[-1].deadline_ms == T0 + 1000 + 7000
    show.time_up(T0 + 8000)
    show.reveal(T0 + 9000)
    show.apply_eliminations(T0 + 9500)
    show.show_question("M01", T0 + 10000)
    show.start_timer(T0 + 11000)
    assert show.state.questions[-1].deadline_ms == T0 + 11000 + 25000


def test_stopping_early_locks_answers_at_that_moment() -> None:
    show = make_show(3)
    show.show_question("M01", T0)
    show.start_timer(T0 + 1000)
    show.time_up(T0 + 5000, early=True)
    assert show.state.questions[-1].deadline_ms == T0 + 5000
    change = show.presses([Press(1, "B", T0 + 6000)], T0 + 6100)
    assert change.events[0].reason == RejectReason.LATE


def test_pause_freezes_the_clock_and_resume_gives_the_time_back() -> None:
    show = make_show(3)
    show.show_question("M01", T0)
    show.start_timer(T0 + 1000)  # deadline T0 + 21000
    show.pause(T0 + 11000)  # 10 s left
    assert show.state.paused and show.state.paused_remaining_ms == 10000
    rejected = show.presses([Press(1, "B", T0 + 12000)], T0 + 12000)
    assert rejected.events[0].reason == RejectReason.PAUSED
    with pytest.raises(CommandRefused):
        show.time_up(T0 + 40000)
    show.resume(T0 + 100000)
    assert show.state.questions[-1].deadline_ms == T0 + 110000
    accepted = show.presses([Press(1, "B", T0 + 105000)], T0 + 105000)
    assert accepted.events[0].TYPE == "answer_received"


def test_a_failing_journal_leaves_the_show_unchanged() -> None:
    def broken(entries: object) -> None:
        raise OSError("disk full")

    show = Show(ShowSetup(roster(3), questions(), Rules()), journal=broken)
    before = copy.deepcopy(show.state)
    with pytest.raises(OSError):
        show.show_question("M01", T0)
    assert show.state == before
    assert show.log == ()
