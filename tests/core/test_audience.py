"""The projector's view holds nothing secret before the reveal."""

from __future__ import annotations

from rcv.core.audience import Scene, audience_view
from rcv.core.commands import Press
from tests.core.helpers import T0, make_show


def test_the_correct_answer_appears_only_after_the_reveal() -> None:
    show = make_show(4)
    seen = []

    def look() -> None:
        view = audience_view(show.state, show.setup, "Thi thử")
        seen.append(view)
        return view

    look()
    show.show_question("M01", T0)
    view = look()
    assert view.scene is Scene.QUESTION and view.question is not None
    assert view.correct is None and view.option_counts is None and view.explanation is None
    show.start_timer(T0 + 1000)
    show.presses([Press(1, "B", T0 + 2000), Press(2, "A", T0 + 2100)], T0 + 2200)
    view = look()
    assert view.answered == 2 and view.correct is None and view.option_counts is None
    show.time_up(T0 + 21000)
    view = look()
    assert view.scene is Scene.TIME_UP and view.correct is None
    show.reveal(T0 + 22000)
    view = look()
    assert view.scene is Scene.REVEAL
    assert view.correct == "B" and view.option_counts == (1, 1, 0, 0)
    show.apply_eliminations(T0 + 23000)
    view = look()
    assert view.scene is Scene.ELIMINATIONS
    assert {s.seat for s in view.seats if s.eliminated_now} == {2, 3, 4}
    assert view.standing == 1 and view.total == 4
    for before_reveal in seen[:4]:
        assert before_reveal.correct_text is None


def test_seats_brought_back_by_a_rescue_are_shown_coming_back() -> None:
    from rcv.core.rules import RescueMethod, RescueRules, Rules
    from tests.core.helpers import Host

    show = make_show(4, Rules(rescue=RescueRules(after_question=1)))
    host = Host(show)
    host.ask("M01", {1: "B", 2: "B"})
    show.rescue(RescueMethod.SEATS, host.tick(), seats=[3])
    view = audience_view(show.state, show.setup)
    assert view.scene is Scene.RESCUE
    assert {s.seat for s in view.seats if s.returned_now} == {3}
    assert not any(s.eliminated_now for s in view.seats)
    show.show_question("M02", host.tick())
    view = audience_view(show.state, show.setup)
    assert view.scene is Scene.QUESTION and not any(s.returned_now for s in view.seats)
