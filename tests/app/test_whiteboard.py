"""Whiteboard mode: the MC's typed list, the referees' reports, and the verdict in one step."""

from __future__ import annotations

from rcv.app.whiteboard import WHITEBOARD_REASON, WhiteboardReports, parse_seats
from rcv.clock import ManualClock
from rcv.core.commands import WRONG_MARK
from rcv.core.events import AnswerSet
from rcv.web.wire import RefereeReport
from tests.core.helpers import make_show


def test_the_mc_types_seats_and_ranges() -> None:
    parsed = parse_seats("12 15 27-30, 3 – 4 x 9-2")
    assert parsed.seats == (3, 4, 12, 15, 27, 28, 29, 30)
    assert parsed.problems == ("x", "9-2")


def test_the_latest_report_of_each_referee_and_block_counts() -> None:
    reports = WhiteboardReports()
    reports.add(RefereeReport("An", 1, 10, (3, 4), 0))
    reports.add(RefereeReport("An", 1, 10, (4,), 1))  # corrected
    reports.add(RefereeReport("Bình", 11, 20, (15,), 2))
    assert reports.wrong == (4, 15) and reports.covered == ((1, 10), (11, 20))


def test_the_verdict_is_one_step_and_one_undo() -> None:
    show = make_show(6)
    clock = ManualClock()
    question = show.setup.questions.questions[0]
    show.show_question(question.id, clock.now_ms())
    show.start_timer(clock.advance(100))
    show.time_up(clock.advance(60_000))
    show.reveal(clock.advance(100))
    change = show.whiteboard([2, 5], WHITEBOARD_REASON, clock.advance(100))
    assert len({e.step for e in change.entries}) == 1
    answers = {e.seat: e.answer for e in change.events if isinstance(e, AnswerSet)}
    assert answers[2] == answers[5] == WRONG_MARK
    assert {answers[s] for s in (1, 3, 4, 6)} == {question.correct}
    show.apply_eliminations(clock.advance(100))
    assert sorted(show.state.eliminated) == [2, 5]
    show.undo(clock.advance(100))  # the eliminations
    show.undo(clock.advance(100))  # the whole verdict at once
    assert not show.state.questions[-1].answers
