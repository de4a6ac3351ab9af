"""A whole show played through the controller, stopping at every display scene.

Used by ``rcv screenshots`` and by the display tests: a real event file, the simulated floor
answering, the MC's suggested step taken each time — the one autopilot
(:mod:`rcv.demo.autopilot`) on the live controller (:class:`~rcv.app.demo_stage.ControllerStage`),
so the display sees exactly what it sees in a live show. Time is a ``ManualClock`` moved by hand.

``tour()`` yields a name at each moment worth a picture; the display model attached to the
controller shows that moment while the generator is suspended (the clock may have moved since
the last command: a renderer refreshes the model before it grabs).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from rcv.app.controller import ShowController
from rcv.app.demo_stage import controller_autopilot
from rcv.clock import ManualClock
from rcv.core.audience import Scene
from rcv.core.rules import Rules
from rcv.core.state import Phase
from rcv.core.suggest import ActionKind

TOUR_RULES = Rules()  # the default rules reach a rescue and the golden bell with seed 1
TIEBREAK_BELOW = 40  # the tour orders a few fallen contestants by a tie-break once fewer stand


def open_tour_event(path: Path, seats: int = 100, seed: int = 1):  # type: ignore[no-untyped-def]
    """A fresh event file for the tour (an existing file at ``path`` is replaced)."""
    from rcv.demo.builtin import builtin_questions
    from rcv.demo.headless import open_or_create

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return open_or_create(path, seats, seed, builtin_questions(), TOUR_RULES)


def tour(controller: ShowController, clock: ManualClock, seed: int = 1) -> Iterator[str]:
    """Play the attached show to its end, pausing (yielding a name) at each scene worth a look.

    Names: welcome, question, countdown_last5, paused, time_up, reveal, eliminations, floor,
    tiebreak, tiebreak_question, rescue, final, golden_question, golden_reveal, winner, ranking,
    logo, blackout.
    """
    pilot = controller_autopilot(controller, clock, seed)
    seen: set[str] = set()

    def first(name: str) -> bool:
        if name in seen:
            return False
        seen.add(name)
        return True

    yield "welcome"
    while (action := pilot.next_action()) is not None:
        state = controller.state
        assert state is not None
        if action.kind is ActionKind.WAIT_TIME_UP and state.stage.value == "main":
            record = state.questions[-1]
            assert record.deadline_ms is not None
            if first("question"):
                pilot.answer(until_ms=record.deadline_ms - 12_400)
                clock.at_least(record.deadline_ms - 12_400)
                yield "question"
                pilot.answer(until_ms=record.deadline_ms - 3_600)
                clock.at_least(record.deadline_ms - 3_600)
                yield "countdown_last5"
                controller.pause()
                yield "paused"
                controller.resume()
        pilot.step()
        view = controller.audience_view()
        assert view is not None
        scene, stage = view.scene, (controller.state.stage.value if controller.state else "")
        if scene is Scene.QUESTION and stage == "final" and first("golden_question"):
            record = controller.state.questions[-1] if controller.state else None
            if record is not None and record.deadline_ms is None:
                pilot.step()  # start the clock so the countdown shows
                clock.advance(7_000)
            yield "golden_question"
        elif scene is Scene.REVEAL and stage == "final" and first("golden_reveal"):
            yield "golden_reveal"
        elif scene is Scene.QUESTION and stage == "tiebreak" and first("tiebreak_question"):
            yield "tiebreak_question"
        elif scene is Scene.TIME_UP and first("time_up"):
            yield "time_up"
        elif scene is Scene.REVEAL and stage == "main" and first("reveal"):
            yield "reveal"
        elif scene is Scene.ELIMINATIONS and len(view.seats) - view.standing > 0:
            fallen = [s.seat for s in view.seats if s.eliminated_now]
            if first("eliminations"):
                yield "eliminations"
            elif view.standing < view.total * 0.7 and first("floor"):
                controller.set_display_override(Scene.FLOOR)
                yield "floor"
                controller.set_display_override(None)
            elif view.standing < TIEBREAK_BELOW and len(fallen) >= 2 and "tiebreak" not in seen:
                # the MC orders the contestants who fell together for the prizes
                controller.start_tiebreak(fallen[:4], 1, "phân định thứ hạng")
                if controller.state and controller.state.tiebreak is not None and first("tiebreak"):
                    yield "tiebreak"
        elif scene is Scene.RESCUE and any(s.returned_now for s in view.seats):
            if first("rescue"):
                yield "rescue"
        elif scene is Scene.FINAL and first("final"):
            yield "final"
    if controller.state is not None and controller.state.phase is Phase.FINISHED:
        yield "winner"
        controller.set_display_override(Scene.RANKING)
        yield "ranking"
        controller.set_display_override(Scene.LOGO)
        yield "logo"
        controller.set_display_override(Scene.BLACKOUT)
        yield "blackout"
        controller.set_display_override(None)
