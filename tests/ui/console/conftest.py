"""Fixtures for the console tests: a real event file, a manual clock, the console window, and
answers for the yes/no questions it asks (QMessageBox replaced; every question is recorded)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from rcv.app.controller import ShowController
from rcv.clock import ManualClock
from rcv.core.model import Contestant, Pool, Question, QuestionSet, Roster
from rcv.core.rules import Prize, RescueMethod, RescueRules, Rules
from rcv.core.state import ShowSetup
from rcv.storage.event_file import EventFile
from rcv.ui.console.main_window import ConsoleWindow
from rcv.ui.console.services import ConsoleServices
from rcv.ui.console.settings import ConsoleSettings

SEATS = 12
NAMES = {1: "Nguyễn Văn An", 2: "Trần Thị Bình", 3: "Lê Minh Châu"}


def roster(n: int = SEATS) -> Roster:
    return Roster(
        tuple(
            Contestant(f"TS{i:03d}", i, NAMES.get(i, f"Thí sinh số {i}"), "Trường THPT Lê Lợi")
            for i in range(1, n + 1)
        )
    )


def choice(qid: str, correct: str, pool: Pool = Pool.MAIN) -> Question:
    return Question(
        id=qid,
        text=f"Câu hỏi {qid}: chọn {correct}",
        pool=pool,
        options=("một", "hai", "ba", "bốn"),
        correct=correct,
        explanation=f"Đáp án đúng là {correct}.",
    )


def questions() -> QuestionSet:
    qs = [choice(f"M{i:02d}", "B") for i in range(1, 7)]
    qs += [choice(f"P{i:02d}", "A", Pool.TIEBREAK) for i in range(1, 5)]
    qs += [choice("R01", "C", Pool.RESCUE), choice("F01", "D", Pool.FINAL)]
    return QuestionSet(tuple(qs), "Bộ câu hỏi thử")


def rules() -> Rules:
    return Rules(
        time_per_question_s=10,
        tiebreak_time_s=10,
        rescue=RescueRules(
            after_question=2, when_fewer_than=1, max_times=1, method=RescueMethod.BEST, best_count=2
        ),
        prizes=(Prize("Giải Nhất", 1), Prize("Giải Nhì", 1), Prize("Giải Ba", 1)),
    )


def setup() -> ShowSetup:
    return ShowSetup(roster(), questions(), rules())


@dataclass
class Prompts:
    """Stands in for QMessageBox: answers yes/no questions and records what was asked."""

    reply: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    asked: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def question(self, parent: object, title: str, text: str, *args: object) -> object:
        self.asked.append(f"{title}: {text}")
        return self.reply

    def warning(self, parent: object, title: str, text: str, *args: object) -> object:
        self.warnings.append(text)
        return QMessageBox.StandardButton.Ok


@pytest.fixture
def prompts(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    answers = Prompts()
    monkeypatch.setattr(QMessageBox, "question", answers.question)
    monkeypatch.setattr(QMessageBox, "warning", answers.warning)
    return answers


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread() -> Iterator[None]:
    """Windows, dialogs and their lambdas make reference cycles. Collected here, after each
    test, on the GUI thread — not whenever a pool thread of a later test (an export, an import)
    happens to trigger the collector, which would delete Qt objects from the wrong thread."""
    yield
    gc.collect()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def event_path(tmp_path: Path) -> Path:
    path = tmp_path / "thu.rcv"
    EventFile.create(path, setup()).close()
    return path


@pytest.fixture
def controller(clock: ManualClock) -> Iterator[ShowController]:
    c = ShowController(clock)
    yield c
    if c.event_file is not None:
        c.detach()


@pytest.fixture
def console(
    qtbot: object,
    controller: ShowController,
    event_path: Path,
    tmp_path: Path,
    prompts: Prompts,
) -> ConsoleWindow:
    services = ConsoleServices(settings=ConsoleSettings(tmp_path / "console.json"))
    window = ConsoleWindow(controller, services)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    window.activateWindow()
    assert window.session.open_path(event_path) is None
    window.grid.setFocus()
    return window
