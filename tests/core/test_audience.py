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


def test_the_tiebreak_and_golden_bell_intros_know_who_plays() -> None:
    from tests.core.helpers import Host

    show = make_show(5)
    host = Host(show)
    host.ask("M01", {1: "B", 2: "B", 3: "A", 4: "A"})  # 3, 4 and 5 leave together
    show.start_tiebreak([3, 4, 5], 1, host.tick(), "order")
    view = audience_view(show.state, show.setup)
    assert view.scene is Scene.TIEBREAK and view.playing == (3, 4, 5) and view.places == 1
    show.end_tiebreak(host.tick())
    show.start_final(host.tick(), [1, 2])
    view = audience_view(show.state, show.setup)
    assert view.scene is Scene.FINAL and view.playing == (1, 2) and view.places == 0


def test_the_picture_override_needs_a_picture() -> None:
    show = make_show(3)
    show.show_question("M01", T0)
    view = audience_view(show.state, show.setup, override=Scene.PICTURE)
    assert view.scene is Scene.QUESTION  # this question has no picture: the question stays


def test_the_ceremony_goes_from_the_lowest_prize_to_the_first() -> None:
    from rcv.core.audience import AudienceAward, AudienceRankRow, AwardKind, ceremony
    from rcv.core.rules import Prize

    prizes = (Prize("Nhất", 1), Prize("Nhì", 1), Prize("Ba", 2), Prize("KK", 3))
    rows = [
        AudienceRankRow(1, 7, "A", "U1", "Nhất"),
        AudienceRankRow(2, 3, "B", "U2", "Nhì"),
        AudienceRankRow(3, 1, "C", "U1", "Ba"),
        AudienceRankRow(3, 2, "D", "U3", "Ba"),
        AudienceRankRow(5, 9, "E", "U2", None),
    ]
    awards = ceremony(rows, prizes)
    assert [a.prize for a in awards] == ["Ba", "Nhì", "Nhất"]  # nobody got "KK": no step
    assert [r.seat for r in awards[0].winners] == [1, 2]
    assert all(a.kind is AwardKind.CONTESTANT for a in awards)
    team = AudienceAward(
        "Giải đồng đội", (AudienceRankRow(1, 0, "U1", "U1", None),), AwardKind.UNIT
    )
    assert ceremony(rows, prizes, [team])[-1] is team  # the units' prizes come after


def test_the_presentation_walks_results_awards_results() -> None:
    from rcv.core.audience import Presentation, presentation_after, presentation_before

    walk, step = [], None
    while (step := presentation_after(step, 3, Scene.WINNER)) is not None:
        walk.append(step)
    assert walk == [
        Presentation(Scene.RANKING),
        Presentation(Scene.CEREMONY, 0),
        Presentation(Scene.CEREMONY, 1),
        Presentation(Scene.CEREMONY, 2),
        Presentation(Scene.RANKING, done=True),
    ]
    back, step = [], walk[-1]
    while step is not None:
        step = presentation_before(step, 3)
        back.append(step)
    assert back == [*reversed(walk[:-1]), None]
    # a show that ended on its results (nobody standing) starts the ceremony at once
    assert presentation_after(None, 2, Scene.RANKING) == Presentation(Scene.CEREMONY, 0)
    assert presentation_after(None, 0, Scene.RANKING) is None  # no prizes: nothing more
