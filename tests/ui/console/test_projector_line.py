""" "Khán giả thấy:" names the scene the projector renders — read from the display's own model —
at the transitions where it used to lag: a pause, the rescue, the golden bell, a tie-break."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from rcv.clock import ManualClock
from rcv.core.commands import Press
from rcv.core.rules import RescueMethod, RescueRules, Rules
from rcv.core.state import ShowSetup
from rcv.entry.compose import build
from rcv.i18n.phrases.show import scene_name
from rcv.storage.event_file import EventFile
from rcv.ui.console.settings import ConsoleSettings
from tests.core.helpers import questions, roster


@pytest.fixture
def program(qtbot, tmp_path: Path):
    app = QApplication.instance()
    clock = ManualClock()
    built = build(app, clock=clock, settings=ConsoleSettings(tmp_path / "c.json"), crash_log=False)
    rules = Rules(rescue=RescueRules(after_question=1, method=RescueMethod.ALL))
    setup = ShowSetup(roster(4), questions(), rules)
    built.controller.attach(EventFile.create(tmp_path / "s.rcv", setup))
    yield built
    built.close()


def says(program) -> str:
    return program.console.projector.audience.text()


def shown(program) -> str:
    """What the console should say: the scene of the view the display model holds now."""
    view = program.display.model.view
    return "Khán giả thấy: " + scene_name(view.scene, program.console.services.words)


def step(program, expected_scene: str) -> None:
    assert program.display.model.value("scene") == expected_scene
    assert says(program).startswith(shown(program))


def test_the_audience_line_follows_the_projector_at_every_transition(program) -> None:
    c, clock = program.controller, program.clock
    assert program.console.projector.has_preview
    step(program, "welcome")
    assert says(program) == shown(program)
    c.primary()  # question 1
    c.primary()  # the clock runs
    step(program, "question")
    c.pause()
    step(program, "paused")  # not "câu hỏi" while the hall sees the pause
    c.resume()
    record = c.state.questions[-1]
    c.add_presses([Press(1, "B", record.timer_started_at_ms + 100, "hub-1")])
    clock.set(record.deadline_ms + 1)
    c.tick()
    c.primary()  # reveal
    c.primary()  # 2, 3, 4 leave
    step(program, "eliminations")
    c.primary()  # the rules allow a rescue of all: they come back
    step(program, "rescue")  # not "thí sinh bị loại" while the rescue is on screen
    for seat in (2, 3, 4):
        c.eliminate(seat, "ban tổ chức")
    c.start_final((1,))
    step(program, "final")  # not "sàn thi đấu" during the golden-bell intro
    program.console.commands.logo.trigger()  # the MC's override reaches it too
    step(program, "logo")
    assert says(program).endswith("(MC chọn)")
