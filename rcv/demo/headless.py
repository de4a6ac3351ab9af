"""The demo show in a terminal: a whole simulated show played to the end, printed as it goes.

The show is written to an event file as it is played; given an existing file it carries on
where that show stopped. Same seed, same result. The file is opened to write (locked for
``program``): a second demo on a file being played is refused, and a write that fails stops the
show with nothing lost — :class:`rcv.storage.errors.EventFileWriteError` reaches the caller, and
the same command carries on once the cause is fixed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from rcv.clock import ManualClock
from rcv.core.events import EliminationsApplied, QuestionShown
from rcv.core.model import EventInfo, QuestionSet
from rcv.core.ranking import rank
from rcv.core.rules import Rules
from rcv.core.show import Change, Show
from rcv.core.state import ShowSetup
from rcv.core.suggest import Action, ActionKind
from rcv.core.wording import STAGE_WORDS, describe_event
from rcv.demo.autopilot import Autopilot
from rcv.results.text import prize_lines, ranking_lines
from rcv.sim.floor import FloorModel
from rcv.sim.people import make_roster
from rcv.storage.event_file import EventFile

DEMO_PROGRAM = "rcv demo"


def open_or_create(
    path: Path,
    seats: int,
    seed: int,
    questions: QuestionSet,
    rules: Rules | None = None,
    program: str = DEMO_PROGRAM,
) -> EventFile:
    """Open ``path`` to carry on its show, or create it (complete or not at all)."""
    if path.exists():
        return EventFile.open(path, program=program)
    setup = ShowSetup(make_roster(seats, seed), questions, rules or Rules())
    info = EventInfo(name="Rung chuông vàng — chương trình thử")
    return EventFile.create(path, setup, info, program=program)


def run_headless(
    event_file: EventFile,
    seed: int,
    out: TextIO,
    pace_s: float = 0.0,
    now_ms: Callable[[], int] = lambda: int(time.time() * 1000),
    sleep: Callable[[float], None] = time.sleep,
) -> Show:
    """Play the show in ``event_file`` to its end, printing one line per question."""
    show = Show(event_file.setup, event_file.entries, event_file.append)
    log = event_file.entries
    start = log[-1].at_ms if log else now_ms()
    if log:
        print(f"Tiếp tục chương trình từ mục nhật ký {log[-1].seq}.", file=out, flush=True)
    pilot = Autopilot(show, FloorModel(seed=seed), ManualClock(start))

    def observe(action: Action, change: Change) -> None:
        line = _line_for(show, action, change)
        if line:
            print(
                f"[#{change.entries[-1].seq}] {line}" if change.entries else line,
                file=out,
                flush=True,
            )
        if pace_s > 0 and action.kind is not ActionKind.WAIT_TIME_UP:
            sleep(pace_s)

    pilot.run(observe)
    ranking = rank(show.state, show.setup)
    print("", file=out)
    print("KẾT QUẢ — 10 thí sinh dẫn đầu", file=out)
    for line in ranking_lines(ranking, show.setup, 10):
        print(line, file=out)
    print("", file=out)
    print("GIẢI THƯỞNG", file=out)
    for line in prize_lines(ranking, show.setup):
        print(line, file=out)
    print(f"\nTệp sự kiện: {event_file.path}", file=out, flush=True)
    return show


def _line_for(show: Show, action: Action, change: Change) -> str | None:
    state = show.state
    for entry in change.entries:
        event = entry.event
        if isinstance(event, QuestionShown):
            return None
        if isinstance(event, EliminationsApplied):
            record = state.questions[-1]
            question = show.setup.questions.by_id(record.question_id)
            right = sum(state.verdicts(question).values())
            outcome = describe_event(event).removeprefix("Xử lý kết quả: ")
            return (
                f"{STAGE_WORDS[record.stage]} {record.number} ({record.question_id}) · đáp án "
                f"{question.correct_text()[:30]} · đúng {right}/{len(record.participants)} · "
                f"{outcome} · còn {len(state.standing)}"
            )
    if action.kind in (
        ActionKind.RESCUE,
        ActionKind.START_TIEBREAK,
        ActionKind.END_TIEBREAK,
        ActionKind.START_FINAL,
        ActionKind.FINISH,
    ):
        return "; ".join(describe_event(e.event) for e in change.entries)
    return None
