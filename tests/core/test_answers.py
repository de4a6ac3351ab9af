"""Keypad presses: which count, which are refused and why; every press is logged."""

from __future__ import annotations

import unicodedata

import pytest

from rcv.core.commands import Press
from rcv.core.errors import CommandRefused
from rcv.core.events import AnswerReceived, PressRejected, RejectReason
from rcv.core.model import Question, QuestionKind, true_false
from rcv.core.rules import AnswerPolicy, Rules
from tests.core.helpers import T0, make_show, questions


def open_question(rules: Rules | None = None, qs=None):
    show = make_show(5, rules, qs)
    show.show_question(show.setup.questions.questions[0].id, T0)
    show.start_timer(T0 + 1000)  # deadline T0 + 21000
    return show


def reasons(change) -> list[str]:
    return [e.reason if isinstance(e, PressRejected) else "ok" for e in change.events]


def test_first_answer_locks_by_default() -> None:
    show = open_question()
    change = show.presses([Press(1, "A", T0 + 2000), Press(1, "B", T0 + 3000)], T0 + 3100)
    assert reasons(change) == ["ok", RejectReason.DUPLICATE]
    assert show.state.questions[-1].answers[1].answer == "A"


def test_last_answer_before_time_up_counts_when_the_rules_say_so() -> None:
    show = open_question(Rules(answer_policy=AnswerPolicy.LAST_COUNTS))
    show.presses([Press(1, "A", T0 + 2000), Press(1, "B", T0 + 3000)], T0 + 3100)
    assert show.state.questions[-1].answers[1].answer == "B"
    # a press made earlier but delivered later does not overwrite the newer one
    late_delivery = show.presses([Press(1, "C", T0 + 2500)], T0 + 4000)
    assert reasons(late_delivery) == [RejectReason.DUPLICATE]
    assert show.state.questions[-1].answers[1].answer == "B"


def test_hub_time_decides_not_arrival_time() -> None:
    show = open_question()
    show.time_up(T0 + 21000)
    # pressed 1 ms before the deadline, delivered after time-up on a busy line: counts
    on_time = show.presses([Press(2, "B", T0 + 20999)], T0 + 21150)
    # pressed 1 ms after the deadline: refused as late
    late = show.presses([Press(3, "B", T0 + 21001)], T0 + 21160)
    assert reasons(on_time) == ["ok"]
    assert reasons(late) == [RejectReason.LATE]


def test_presses_outside_an_open_question_are_refused_and_logged() -> None:
    show = make_show(5)
    change = show.presses([Press(1, "A", T0)], T0)
    assert reasons(change) == [RejectReason.NOT_ACCEPTING]
    show.show_question("M01", T0 + 1)
    before_timer = show.presses([Press(1, "A", T0 + 2)], T0 + 2)
    assert reasons(before_timer) == [RejectReason.NOT_ACCEPTING]
    assert len(show.log) == 3  # both refusals are in the log


def test_unknown_seat_eliminated_seat_and_invalid_key() -> None:
    show = open_question()
    show.eliminate(4, "rời sân khấu", T0 + 1500)
    change = show.presses(
        [Press(99, "A", T0 + 2000), Press(4, "A", T0 + 2000), Press(5, "E", T0 + 2000)],
        T0 + 2100,
    )
    assert reasons(change) == [
        RejectReason.UNKNOWN_SEAT,
        RejectReason.NOT_IN_PLAY,
        RejectReason.INVALID_KEY,
    ]


def test_true_false_accepts_only_a_and_b() -> None:
    qs = questions()
    qs = type(qs)((true_false("TF", "Trái đất quay quanh Mặt trời.", True), *qs.questions))
    show = open_question(qs=qs)
    change = show.presses([Press(1, "A", T0 + 2000), Press(2, "C", T0 + 2000)], T0 + 2100)
    assert reasons(change) == ["ok", RejectReason.INVALID_KEY]


def test_every_press_goes_to_the_log() -> None:
    show = open_question()
    batch = [Press(s, "ABCDX"[s % 5], T0 + 1500 + s) for s in (1, 2, 3, 1, 7, 5)]
    change = show.presses(batch, T0 + 2000)
    assert len(change.entries) == len(batch)
    assert {type(e) for e in change.events} <= {AnswerReceived, PressRejected}
    assert len({e.step for e in change.entries}) == 1  # one burst, one step


def test_the_operator_sets_an_answer_and_keypads_cannot_override_it() -> None:
    show = open_question()
    show.set_answer(2, "c", T0 + 1500, "bàn phím hỏng")
    assert show.state.questions[-1].answers[2].answer == "C"
    assert show.state.questions[-1].answers[2].source == "operator"
    change = show.presses([Press(2, "A", T0 + 2000)], T0 + 2100)
    assert reasons(change) == [RejectReason.DUPLICATE]
    show.set_answer(2, None, T0 + 2200, "xoá nhầm")
    assert 2 not in show.state.questions[-1].answers


def test_the_operator_cannot_set_an_answer_that_is_not_an_option() -> None:
    show = open_question()
    with pytest.raises(CommandRefused) as refused:
        show.set_answer(2, "F", T0 + 1500)
    assert refused.value.code == "invalid_answer"
    assert refused.value.params["letters"] == "A, B, C, D"


@pytest.mark.parametrize(
    ("given", "accepted", "right"),
    [
        ("0,25", "0.25", True),
        ("0.25", "0,25", True),
        (" 12 ", "12", True),
        ("12.0", "12", True),
        ("13", "12", False),
        ("Hà Nội", "hà  nội", True),
        (unicodedata.normalize("NFD", "Căn cước"), "căn cước", True),
        ("Can cuoc", "căn cước", False),  # diacritics matter in Vietnamese
    ],
)
def test_short_answers_are_judged_like_people_read_them(given, accepted, right) -> None:
    q = Question(id="S", text="?", kind=QuestionKind.SHORT, accepted=(accepted,))
    assert q.is_correct(given) is right


def test_a_missing_answer_is_never_correct() -> None:
    q = Question(id="Q", text="?", options=("a", "b"), correct="A")
    assert q.is_correct(None) is False
