"""Event files for the results tests: a finished demo show, an unfinished one, and a small
crafted show with what secretaries worry about (SBD "007" and "7", a name that looks like a
formula, a late press, an answer set by hand, an undo, a contestant removed by hand)."""

from __future__ import annotations

import io
from pathlib import Path

from rcv.clock import ManualClock
from rcv.core.commands import Press
from rcv.core.model import Contestant, EventInfo, Roster
from rcv.core.rules import Prize, Rules
from rcv.core.show import Show
from rcv.core.state import ShowSetup
from rcv.demo.autopilot import Autopilot
from rcv.demo.builtin import builtin_questions
from rcv.demo.headless import run_headless
from rcv.sim.floor import FloorModel
from rcv.sim.people import make_roster
from rcv.storage.event_file import EventFile

T0 = 1_795_500_000_000  # a Tuesday morning in November 2026, epoch ms
INFO = EventInfo(
    name="Rung chuông vàng THPT tỉnh Đắk Lắk 2026",
    date="24/11/2026",
    venue="Nhà văn hoá Thanh niên tỉnh",
    organiser="Tỉnh đoàn Đắk Lắk",
)


def finished_event(path: Path, seats: int = 40, seed: int = 3) -> Path:
    setup = ShowSetup(make_roster(seats, seed), builtin_questions(), Rules())
    with EventFile.create(path, setup, INFO) as event_file:
        run_headless(event_file, seed, io.StringIO(), now_ms=lambda: T0)
    return path


def unfinished_event(path: Path, seats: int = 30, steps: int = 25) -> Path:
    setup = ShowSetup(make_roster(seats, 5), builtin_questions(), Rules())
    with EventFile.create(path, setup, INFO) as event_file:
        show = Show(setup, (), event_file.append)
        pilot = Autopilot(show, FloorModel(seed=5), ManualClock(T0))
        for _ in range(steps):
            pilot.step()
    return path


CRAFTED_ROSTER = Roster(
    (
        Contestant("007", 1, "=Nguyễn Văn Ẩn", "Trường THPT Chu Văn An", "Cụm 1"),
        Contestant("7", 2, "Trần Thị Ầu", "Trường THPT Lê Lợi", "Cụm 1"),
        Contestant("TS-03", 3, "Lê Ngọc Ặng", "Đoàn xã Ea Tu", "Cụm 2"),
        Contestant("TS-04", 4, "Phạm Gia Ễ", "Bưu điện tỉnh", "Cụm 2"),
        Contestant("TS-05", 5, "Võ Minh Ự", "Công an phường Tân Lợi", "Cụm 3", "CK-5"),
        Contestant("TS-06", 6, "Hồ Thu Hà", "", "Cụm 3"),
    )
)


def crafted_event(path: Path) -> Path:
    """Question 1 by hand (late press, hand correction, an undone step), then the autopilot."""
    rules = Rules(question_limit=6, prizes=(Prize("Giải Nhất", 1), Prize("Giải Nhì", 2)))
    setup = ShowSetup(CRAFTED_ROSTER, builtin_questions(main=10), rules)
    q1 = setup.questions.by_id("M01")
    wrong = next(k for k in q1.letters if k != q1.correct)
    with EventFile.create(path, setup, INFO) as event_file:
        show = Show(setup, (), event_file.append)
        t = T0
        show.show_question("M01", t)
        show.start_timer(t + 3000)
        show.presses(
            [
                Press(1, q1.correct, t + 5000, "h1"),
                Press(2, wrong, t + 5200, "h1"),
                Press(3, q1.correct, t + 6100, "h1"),
                Press(4, q1.correct, t + 7000, "h1"),
            ],
            t + 7050,
        )
        show.time_up(t + 23000)
        show.presses([Press(5, q1.correct, t + 23500, "h1")], t + 23550)  # late: rejected
        show.set_answer(5, q1.correct, t + 25000, reason="bấm trước giờ, phiếu giấy")
        show.reveal(t + 28000)
        show.apply_eliminations(t + 31000)
        show.undo(t + 33000)  # the MC undoes the eliminations …
        show.apply_eliminations(t + 35000)  # … and applies them again
        show.eliminate(4, "vi phạm quy chế", t + 37000)
        pilot = Autopilot(show, FloorModel(seed=11, skill_low=0.85), ManualClock(t + 40000))
        pilot.run()
    return path


def tied_event(path: Path) -> Path:
    """Seat 1 wins; seats 2 and 3 fall together, equal in everything, with one second prize for
    the two of them: nobody may guess who gets it."""
    rules = Rules(question_limit=2, prizes=(Prize("Giải Nhất", 1), Prize("Giải Nhì", 1)))
    setup = ShowSetup(CRAFTED_ROSTER, builtin_questions(main=3), rules)
    with EventFile.create(path, setup, INFO) as event_file:
        show = Show(setup, (), event_file.append)
        t = T0
        for qid, right in (("M01", (1, 2, 3)), ("M02", (1,))):
            q = setup.questions.by_id(qid)
            wrong = next(k for k in q.letters if k != q.correct)
            show.show_question(qid, t)
            show.start_timer(t + 1000)
            presses = [Press(s, q.correct if s in right else wrong, t + 5000) for s in (2, 3)]
            presses += [Press(1, q.correct, t + 2000)]
            presses += [Press(s, wrong, t + 6000) for s in (4, 5, 6) if qid == "M01"]
            show.presses(sorted(presses, key=lambda p: p.pressed_at_ms), t + 6050)
            show.time_up(t + 21000)
            show.reveal(t + 22000)
            show.apply_eliminations(t + 23000)
            t += 30000
        show.finish(t, "Hết câu hỏi chính")
    return path
