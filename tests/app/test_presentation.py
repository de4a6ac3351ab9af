"""After the finish, Space walks the projector through the results and the prize ceremony (lowest
prize first) — presentation, never written to the log — and a new stage lifts any override."""

from __future__ import annotations

import pytest

from rcv.app.controller import ShowController
from rcv.app.demo_stage import controller_autopilot
from rcv.clock import ManualClock
from rcv.core.audience import Presentation, Scene
from rcv.core.rules import Prize, RescueRules, Rules
from rcv.core.state import Phase, ShowSetup
from rcv.core.suggest import Action, ActionKind
from rcv.i18n import Words
from rcv.i18n.phrases.show import action_label
from rcv.storage.event_file import EventFile
from tests.core.helpers import questions, roster

PRIZES = (Prize("Giải Nhất", 1), Prize("Giải Nhì", 1), Prize("Giải Ba", 2))


def played(tmp_path, seats: int = 8, rules: Rules | None = None) -> ShowController:
    """A controller whose show the autopilot has played to its end."""
    clock = ManualClock()
    setup = ShowSetup(roster(seats), questions(main=6), rules or Rules(prizes=PRIZES))
    controller = ShowController(clock)
    controller.attach(EventFile.create(tmp_path / "show.rcv", setup))
    controller_autopilot(controller, clock, seed=3).run()
    assert controller.state.phase is Phase.FINISHED
    return controller


@pytest.fixture
def finished(qtbot, tmp_path):
    controller = played(tmp_path)
    yield controller
    controller.detach()


def test_space_shows_the_results_then_each_prize_from_the_lowest(finished) -> None:
    c = finished
    entries = c.event_file.entry_count
    view = c.audience_view()
    assert view.scene in (Scene.WINNER, Scene.RANKING) and len(view.awards) >= 2
    given = [p.prize for p in c.ranking().placings]
    lowest_first = [p.name for p in reversed(PRIZES) if p.name in given]
    assert [a.prize for a in view.awards] == lowest_first
    assert [len(a.winners) for a in view.awards] == [given.count(n) for n in lowest_first]
    steps = []
    while (action := c.suggestion()).kind is not ActionKind.NONE:
        steps.append((action.kind, action.prize, action.number))
        assert c.primary() is None  # nothing for the log
        view = c.audience_view()
        steps.append((view.scene, view.award))
    ceremony = [
        step
        for i, name in enumerate(lowest_first)
        for step in ((ActionKind.REVEAL_PRIZE, name, i + 1), (Scene.CEREMONY, i))
    ]
    results = [(ActionKind.SHOW_RESULTS, "", 0), (Scene.RANKING, None)]
    assert steps == results + ceremony + results
    assert lowest_first[-1] == "Giải Nhất"
    assert c.event_file.entry_count == entries  # presentation is not a game event
    assert c.audience_view().fingerprint  # the results keep their fingerprint


def test_the_buttons_words_name_the_prize_in_both_languages(finished) -> None:
    c = finished
    c.primary()
    action = c.suggestion()
    assert action.kind is ActionKind.REVEAL_PRIZE
    vi, en = action_label(action, Words("vi")), action_label(action, Words("en"))
    prize, of = action.prize, f"(1/{action.places})"
    assert prize == c.audience_view().awards[0].prize
    assert prize in vi and of in vi and prize in en and of in en and vi != en
    results = action_label(Action(ActionKind.SHOW_RESULTS), Words("en"))
    assert results != action_label(Action(ActionKind.SHOW_RESULTS), Words("vi"))


def test_the_menu_can_show_the_results_and_step_back(finished) -> None:
    c = finished
    c.set_display_override(Scene.LOGO)
    c.perform(Action(ActionKind.SHOW_RESULTS))
    assert c.display_override is None  # a presentation step lifts the override
    assert c.audience_view().scene is Scene.RANKING
    c.step_presentation()
    c.step_presentation()
    assert c.presentation == Presentation(Scene.CEREMONY, 1)
    c.step_presentation(forward=False)
    assert c.presentation == Presentation(Scene.CEREMONY, 0)
    c.step_presentation(forward=False)
    assert c.audience_view().scene is Scene.RANKING
    c.step_presentation(forward=False)
    assert c.presentation is None and c.audience_view().scene is not Scene.RANKING
    last = len(c.audience_view().awards)
    c.perform(Action(ActionKind.REVEAL_PRIZE, number=last))  # straight to Giải Nhất
    view = c.audience_view()
    assert view.scene is Scene.CEREMONY and view.awards[view.award].prize == "Giải Nhất"


def test_each_presentation_step_is_announced(finished, qtbot) -> None:
    with qtbot.waitSignal(finished.displayChanged):
        finished.primary()


def test_undoing_the_finish_forgets_the_presentation(finished) -> None:
    c = finished
    c.primary()
    assert c.presentation is not None
    c.undo()
    assert c.state.phase is not Phase.FINISHED
    assert c.presentation is None and c.audience_view().scene is not Scene.RANKING
    assert c.suggestion().kind not in (ActionKind.SHOW_RESULTS, ActionKind.REVEAL_PRIZE)


def test_before_the_finish_there_is_nothing_to_present(qtbot, tmp_path) -> None:
    clock = ManualClock()
    c = ShowController(clock)
    c.attach(EventFile.create(tmp_path / "s.rcv", ShowSetup(roster(4), questions(), Rules())))
    c.present(Presentation(Scene.RANKING))
    c.perform(Action(ActionKind.SHOW_RESULTS))
    assert c.presentation is None and c.audience_view().scene is Scene.WELCOME
    c.detach()


def test_a_read_only_event_can_show_its_ceremony(finished, tmp_path) -> None:
    path = finished.event_file.path
    finished.detach()
    viewer = ShowController(ManualClock())
    viewer.open_event(path, read_only=True)
    assert viewer.suggestion().kind is ActionKind.SHOW_RESULTS
    viewer.primary()
    viewer.primary()
    assert viewer.audience_view().scene is Scene.CEREMONY
    viewer.detach()


def test_space_into_a_new_stage_lifts_the_floor_override(qtbot, tmp_path) -> None:
    """The MC showed the floor (S) after the eliminations; Space opens the rescue: the hall
    must see the rescue's intro, not the floor."""
    clock = ManualClock()
    rules = Rules(rescue=RescueRules(after_question=1))
    setup = ShowSetup(roster(8), questions(main=6), rules)
    c = ShowController(clock)
    c.attach(EventFile.create(tmp_path / "r.rcv", setup))
    pilot = controller_autopilot(c, clock, seed=3)
    while (action := pilot.next_action()) is not None and action.kind is not ActionKind.RESCUE:
        pilot.step()
        if c.audience_view().scene is Scene.REVEAL:
            c.set_display_override(Scene.BLACKOUT)  # kept inside a question …
    assert action is not None and action.kind is ActionKind.RESCUE
    assert c.display_override is Scene.BLACKOUT
    c.set_display_override(Scene.FLOOR)
    with qtbot.waitSignal(c.displayChanged):
        c.primary()
    view = c.audience_view()
    assert c.display_override is None and view.scene is Scene.RESCUE
    assert view.playing and set(view.playing) == set(c.state.eliminated)
    c.detach()
