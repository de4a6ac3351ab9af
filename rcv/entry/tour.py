"""A whole show played through the controller, stopping at every display scene.

Used by ``rcv screenshots`` and by the display tests: a real event file, the simulated floor
answering, the MC's suggested step taken each time — the one autopilot
(:mod:`rcv.demo.autopilot`) on the live controller (:class:`~rcv.app.demo_stage.ControllerStage`),
so the display sees exactly what it sees in a live show. Time is a ``ManualClock`` moved by hand.

The event is the built-in arithmetic set with what makes a projector stumble: the second
question is typeset mathematics (fractions, roots, powers, in the question, the options and the
explanation), the third has a labelled diagram, and some contestants have long names. When the
main questions run out with a few still standing, the MC opens the golden-bell question for
them; after the winner, Space shows the results and the prize ceremony.

``tour()`` yields a name at each moment worth a picture; the display model attached to the
controller shows that moment while the generator is suspended (the clock may have moved since
the last command: a renderer refreshes the model before it grabs).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from rcv.app.controller import ShowController
from rcv.app.demo_stage import controller_autopilot
from rcv.clock import ManualClock
from rcv.core.audience import Scene
from rcv.core.model import Question, QuestionSet, Roster
from rcv.core.rules import Rules
from rcv.core.state import Phase, ShowSetup
from rcv.core.suggest import ActionKind, Why

TOUR_RULES = Rules()  # the default rules reach a rescue and the golden bell with seed 1
TIEBREAK_BELOW = 40  # the tour orders a few fallen contestants by a tie-break once fewer stand
FINAL_UP_TO = 30  # with this many or fewer left when the questions run out, the bell is played
MATHS_ID, PICTURE_ID = "M02", "M03"
PICTURE_NAME = "tam-giac.svg"
LONG_NAMES = (  # real long Vietnamese names: what a name list must carry whole
    "Nguyễn Thị Phương Thảo Nguyên",
    "Công Tôn Nữ Thị Minh Châu",
    "Trần Hoàng Bảo Ngọc Anh Thư",
    "Lê Nguyễn Khánh Huyền Trân",
    "Phạm Đặng Quỳnh Như Ý",
    "Âu Dương Thị Mỹ Lệ",
)
LONG_EVERY = 7  # every seventh contestant has one

# a right triangle with its sides labelled, drawn as the organisers' diagram would be
DIAGRAM = """<svg xmlns="http://www.w3.org/2000/svg" width="800" height="500" viewBox="0 0 800 500">
<rect width="800" height="500" fill="white"/>
<polygon points="120,420 620,420 120,80" fill="#e8f0ff" stroke="#0a1f4d" stroke-width="6"/>
<polyline points="120,380 160,380 160,420" fill="none" stroke="#0a1f4d" stroke-width="4"/>
<g font-family="Noto Sans, sans-serif" font-size="34" fill="#0a1f4d" font-weight="bold">
<text x="82" y="458">A</text><text x="632" y="458">B</text><text x="82" y="76">C</text>
<text x="340" y="470">AB = 4 cm</text><text x="20" y="260">AC = 3 cm</text>
<text x="400" y="240" fill="#c0392b">BC = ?</text></g></svg>"""


def tour_questions() -> QuestionSet:
    """The built-in set, its second question typeset maths and its third a diagram (the ids,
    correct letters and option counts kept: the simulated floor answers them the same)."""
    from rcv.demo.builtin import builtin_questions

    base = builtin_questions()
    out = []
    for q in base.questions:
        if q.id == MATHS_ID:
            q = _maths(q)
        elif q.id == PICTURE_ID:
            q = _picture(q)
        out.append(q)
    return QuestionSet(tuple(out), base.title)


def _maths(q: Question) -> Question:
    right = r"$\frac{3}{4}$"
    wrong = [r"$\frac{1}{2}$", r"$\sqrt{2}$", r"$2^{-1}$"]
    options = list(wrong)
    options.insert("ABCD".index(q.correct), right)
    return replace(
        q,
        text=r"Tính $\frac{1}{2} + \frac{1}{4}$ (gợi ý: $\sqrt{16} = 4$, "
        r"$x^2 = 49 \Rightarrow x = 7$)",
        options=tuple(options),
        explanation=r"$\frac{1}{2} + \frac{1}{4} = \frac{2}{4} + \frac{1}{4} = \frac{3}{4}$; "
        r"và $7^2 = 49$",
    )


def _picture(q: Question) -> Question:
    options = ["4 cm", "6 cm", "7 cm"]
    options.insert("ABCD".index(q.correct), "5 cm")
    return replace(
        q,
        text="Tam giác ABC vuông tại A (hình bên). Cạnh BC dài bao nhiêu?",
        options=tuple(options),
        explanation=r"$BC = \sqrt{AB^2 + AC^2} = \sqrt{16 + 9} = 5$ cm",
        media=PICTURE_NAME,
    )


def tour_roster(seats: int, seed: int, units: int | None = None) -> Roster:
    """The simulated roster, every :data:`LONG_EVERY`-th contestant with a long name; sent by
    ``units`` units when given (else the demo roster's own)."""
    from rcv.sim.people import make_roster
    from rcv.sim.units import with_units

    roster = make_roster(seats, seed)
    if units is not None:
        roster = with_units(roster, units, seed)
    people = tuple(
        replace(c, name=LONG_NAMES[(c.seat // LONG_EVERY) % len(LONG_NAMES)])
        if c.seat % LONG_EVERY == 0
        else c
        for c in roster.contestants
    )
    return Roster(people)


def open_tour_event(  # type: ignore[no-untyped-def]
    path: Path, seats: int = 100, seed: int = 1, units: int | None = None
):
    """A fresh event file for the tour (an existing file at ``path`` is replaced); its
    contestants sent by ``units`` units when given."""
    from rcv.core.model import EventInfo
    from rcv.storage.event_file import EventFile

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    setup = ShowSetup(tour_roster(seats, seed, units), tour_questions(), TOUR_RULES)
    info = EventInfo(name="Rung chuông vàng — chương trình thử")
    return EventFile.create(path, setup, info, media={PICTURE_NAME: DIAGRAM.encode()})


def tour(controller: ShowController, clock: ManualClock, seed: int = 1) -> Iterator[str]:
    """Play the attached show to its end, pausing (yielding a name) at each scene worth a look.

    Names, in order, where the show reaches them (how many stand decides which): welcome,
    question, countdown_last5, paused, time_up, reveal, eliminations, floor, units (the roster's
    units by contestants standing, when it has units), maths_question,
    maths_reveal, picture_question, picture, tiebreak, tiebreak_question, rescue_intro, rescue,
    final, golden_question, golden_reveal, winner, results, prize_1 … prize_N (the ceremony,
    lowest prize first, then the units' ranking and prizes), logo, blackout.
    """
    return _Tour(controller, clock, seed).run()


class _Tour:
    def __init__(self, controller: ShowController, clock: ManualClock, seed: int) -> None:
        self.controller = controller
        self.clock = clock
        self.pilot = controller_autopilot(controller, clock, seed)
        self.seen: set[str] = set()

    def first(self, name: str) -> bool:
        if name in self.seen:
            return False
        self.seen.add(name)
        return True

    def run(self) -> Iterator[str]:
        controller, clock, pilot = self.controller, self.clock, self.pilot
        yield "welcome"
        while (action := pilot.next_action()) is not None:
            state = controller.state
            assert state is not None
            if action.kind is ActionKind.WAIT_TIME_UP and state.stage.value == "main":
                record = state.questions[-1]
                assert record.deadline_ms is not None
                if self.first("question"):
                    pilot.answer(until_ms=record.deadline_ms - 12_400)
                    clock.at_least(record.deadline_ms - 12_400)
                    yield "question"
                    pilot.answer(until_ms=record.deadline_ms - 3_600)
                    clock.at_least(record.deadline_ms - 3_600)
                    yield "countdown_last5"
                    controller.pause()
                    yield "paused"
                    controller.resume()
                elif record.question_id == MATHS_ID and self.first("maths_question"):
                    yield "maths_question"
                elif record.question_id == PICTURE_ID and self.first("picture_question"):
                    yield "picture_question"
                    controller.set_display_override(Scene.PICTURE)
                    yield "picture"
                    controller.set_display_override(None)
            standing = state.standing
            if (
                action.kind is ActionKind.FINISH
                and action.reason == Why.QUESTIONS_OUT
                and 1 < len(standing) <= FINAL_UP_TO
                and not state.final_played
                and "final" not in self.seen
            ):
                controller.start_final(standing)  # the MC plays the bell for those left
            else:
                pilot.step()
            yield from self.moments()
        state = controller.state
        if state is not None and state.phase is Phase.FINISHED:
            yield from self.the_end()

    def moments(self) -> Iterator[str]:
        """The moments worth a picture right after a step."""
        controller, first = self.controller, self.first
        view, state = controller.audience_view(), controller.state
        assert view is not None and state is not None
        scene, stage = view.scene, state.stage.value
        qid = state.questions[-1].question_id if state.questions else ""
        returned = any(s.returned_now for s in view.seats)
        if scene is Scene.QUESTION and stage == "final" and first("golden_question"):
            if state.questions[-1].deadline_ms is None:
                controller.primary()  # start the clock so the countdown shows
                self.clock.advance(7_000)
            yield "golden_question"
        elif scene is Scene.REVEAL and stage == "final" and first("golden_reveal"):
            yield "golden_reveal"
        elif scene is Scene.QUESTION and stage == "tiebreak" and first("tiebreak_question"):
            yield "tiebreak_question"
        elif scene is Scene.TIME_UP and first("time_up"):
            yield "time_up"
        elif scene is Scene.REVEAL and stage == "main" and first("reveal"):
            yield "reveal"
        elif scene is Scene.REVEAL and qid == MATHS_ID and first("maths_reveal"):
            yield "maths_reveal"
        elif scene is Scene.ELIMINATIONS and len(view.seats) - view.standing > 0:
            yield from self.eliminations([s.seat for s in view.seats if s.eliminated_now])
        elif scene is Scene.RESCUE and view.playing and not returned and first("rescue_intro"):
            yield "rescue_intro"
        elif scene is Scene.RESCUE and returned and first("rescue"):
            yield "rescue"
        elif scene is Scene.FINAL and first("final"):
            yield "final"

    def eliminations(self, fallen: list[int]) -> Iterator[str]:
        controller, view = self.controller, self.controller.audience_view()
        assert view is not None
        if self.first("eliminations"):
            yield "eliminations"
            controller.set_display_override(Scene.FLOOR)  # the MC shows the floor (S)
            if self.first("floor"):
                yield "floor"
            controller.set_display_override(Scene.UNITS)  # the MC shows the units (U)
            shown = controller.audience_view()
            if shown is not None and shown.scene is Scene.UNITS and self.first("units"):
                yield "units"
            controller.set_display_override(None)
        elif view.standing < TIEBREAK_BELOW and len(fallen) >= 2 and "tiebreak" not in self.seen:
            # the MC orders the contestants who fell together for the prizes
            controller.start_tiebreak(fallen[:4], 1, "phân định thứ hạng")
            state = controller.state
            if state is not None and state.tiebreak is not None and self.first("tiebreak"):
                yield "tiebreak"

    def the_end(self) -> Iterator[str]:
        """The winner, then Space through the results and the ceremony, then logo and black."""
        controller = self.controller
        yield "winner"
        controller.set_display_override(Scene.FLOOR)  # Space lifts it: the hall sees the results
        controller.primary()
        yield "results"
        number = 0
        while (
            step := controller.suggestion()
        ) is not None and step.kind is ActionKind.REVEAL_PRIZE:
            controller.primary()
            number += 1
            yield f"prize_{number}"
        controller.set_display_override(Scene.LOGO)
        yield "logo"
        controller.set_display_override(Scene.BLACKOUT)
        yield "blackout"
        controller.set_display_override(None)
