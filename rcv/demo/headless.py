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
from rcv.demo.autopilot import Autopilot
from rcv.i18n import QT_TRANSLATE_NOOP, Words
from rcv.i18n.phrases.events import describe_event, seat_list
from rcv.i18n.phrases.show import question_title
from rcv.results.standings_text import team_lines
from rcv.results.text import prize_lines, ranking_lines
from rcv.sim.floor import FloorModel
from rcv.sim.people import make_roster
from rcv.storage.event_file import EventFile

DEMO_PROGRAM = "rcv demo"
CTX = "Demo"
T = {
    "resume": QT_TRANSLATE_NOOP("Demo", "Tiếp tục chương trình từ mục nhật ký {seq}."),
    "top": QT_TRANSLATE_NOOP("Demo", "KẾT QUẢ — 10 thí sinh dẫn đầu"),
    "prizes": QT_TRANSLATE_NOOP("Demo", "GIẢI THƯỞNG"),
    "file": QT_TRANSLATE_NOOP("Demo", "Tệp sự kiện: {path}"),
    "question": QT_TRANSLATE_NOOP(
        "Demo",
        "{title} ({qid}) · đáp án {answer} · đúng {right}/{of} · {outcome} · còn {left}",
    ),
    "nobody_out": QT_TRANSLATE_NOOP("Demo", "không ai bị loại"),
    "all_wrong": QT_TRANSLATE_NOOP("Demo", "cả sàn sai"),
    "out": QT_TRANSLATE_NOOP("Demo", "loại {seats}"),
    "back": QT_TRANSLATE_NOOP("Demo", "trở lại {seats}"),
    "dropped": QT_TRANSLATE_NOOP("Demo", "dừng câu hỏi phụ {seats}"),
    "rung": QT_TRANSLATE_NOOP("Demo", "rung chuông vàng {seats}"),
}


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
    words: Words | None = None,
) -> Show:
    """Play the show in ``event_file`` to its end, printing one line per question in the
    reader's language (``words``; Vietnamese by default)."""
    w = words or Words()
    show = Show(event_file.setup, event_file.entries, event_file.append)
    log = event_file.entries
    start = log[-1].at_ms if log else now_ms()
    if log:
        print(w(CTX, T["resume"], seq=log[-1].seq), file=out, flush=True)
    pilot = Autopilot(show, FloorModel(seed=seed), ManualClock(start))

    def observe(action: Action, change: Change) -> None:
        line = line_for(show, action, change, w)
        if line:
            print(
                f"[#{change.entries[-1].seq}] {line}" if change.entries else line,
                file=out,
                flush=True,
            )
        if pace_s > 0 and action.kind is not ActionKind.WAIT_TIME_UP:
            sleep(pace_s)

    pilot.run(observe)
    print_results(show, event_file, out, w)
    return show


def print_results(show: Show, event_file: EventFile, out: TextIO, w: Words) -> None:
    """The top ten and the prizes, then where the event file is."""
    ranking = rank(show.state, show.setup)
    print("", file=out)
    print(w(CTX, T["top"]), file=out)
    for line in ranking_lines(ranking, show.setup, w, 10):
        print(line, file=out)
    print("", file=out)
    print(w(CTX, T["prizes"]), file=out)
    for line in prize_lines(ranking, show.setup, w):
        print(line, file=out)
    for line in team_lines(show.state, show.setup, ranking, w):
        print(line, file=out)
    print("\n" + w(CTX, T["file"], path=event_file.path), file=out, flush=True)


def line_for(show: Show, action: Action, change: Change, words: Words) -> str | None:
    state = show.state
    for entry in change.entries:
        event = entry.event
        if isinstance(event, QuestionShown):
            return None
        if isinstance(event, EliminationsApplied):
            record = state.questions[-1]
            question = show.setup.questions.by_id(record.question_id)
            right = sum(state.verdicts(question).values())
            return words(
                CTX,
                T["question"],
                title=question_title(record.stage, record.number, words),
                qid=record.question_id,
                answer=question.correct_text()[:30],
                right=right,
                of=len(record.participants),
                outcome=_outcome(event, words),
                left=len(state.standing),
            )
    if action.kind in (
        ActionKind.RESCUE,
        ActionKind.START_TIEBREAK,
        ActionKind.END_TIEBREAK,
        ActionKind.START_FINAL,
        ActionKind.FINISH,
    ):
        return "; ".join(describe_event(e.event, words) for e in change.entries)
    return None


def _outcome(event: EliminationsApplied, words: Words) -> str:
    parts = [words(CTX, T["all_wrong"])] if event.all_wrong else []
    for key, seats in (
        ("out", event.eliminated),
        ("back", event.returned),
        ("dropped", event.dropped),
        ("rung", event.rung),
    ):
        if seats:
            parts.append(words(CTX, T[key], seats=seat_list(seats, words)))
    return "; ".join(parts) or words(CTX, T["nobody_out"])
