"""A tie-break for a prize among contestants who have left the floor is answered on the keypads:
its group's presses count, like the eliminated's in a rescue round; others' are not in play."""

from __future__ import annotations

from rcv.core.commands import Press
from rcv.core.events import RejectReason
from rcv.core.model import Pool, QuestionSet
from rcv.core.rules import Prize, Rules
from rcv.core.suggest import ActionKind, suggest

from .helpers import Host, choice, make_show, questions


def test_an_eliminated_tie_group_answers_a_choice_tiebreak_on_its_keypads() -> None:
    others = tuple(q for q in questions().questions if q.pool is not Pool.TIEBREAK)
    keyed = QuestionSet((*others, choice("K01", "A", Pool.TIEBREAK)), "a keyed tie-break")
    show = make_show(4, Rules(prizes=(Prize("Nhất", 1), Prize("Nhì", 1))), keyed)
    host = Host(show)
    host.ask("M01", {1: "B"})  # 2, 3, 4 leave together
    show.start_final(host.tick())
    host.ask("F01", {1: "D"})
    action = suggest(show.state, show.setup)
    assert action.kind is ActionKind.START_TIEBREAK and action.seats == (2, 3, 4)
    show.start_tiebreak(action.seats, action.places, host.tick(), action.reason)
    show.show_question("K01", host.tick())
    show.start_timer(host.tick())
    started = show.state.questions[-1].timer_started_at_ms or 0
    batch = [
        Press(2, "A", started + 500),
        Press(3, "C", started + 510),
        Press(1, "A", started + 520),
    ]
    show.presses(batch, host.tick(100))
    record = show.state.questions[-1]
    assert {s: a.answer for s, a in record.answers.items()} == {2: "A", 3: "C"}
    assert record.refused == {1: RejectReason.NOT_IN_PLAY.value}  # the winner is not in it
