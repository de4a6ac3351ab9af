"""The composition root, the demo's simulated keypads and the crash log."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication

from rcv.app.controller import ShowController
from rcv.app.crash import CrashHandler
from rcv.app.demo_stage import BoardReader
from rcv.app.keypads import KeypadLink
from rcv.clock import ManualClock
from rcv.core.state import Phase
from rcv.entry.compose import build
from rcv.entry.programs import run_console, run_gui_demo
from rcv.sim.floor import FloorModel
from rcv.storage.event_file import EventFile
from rcv.ui.console.settings import ConsoleSettings

from .conftest import Prompts


def test_the_board_reader_types_in_short_answers_at_time_up(
    qtbot: object, controller: ShowController, clock: ManualClock, tmp_path: Path
) -> None:
    from rcv.core.model import QuestionSet
    from rcv.core.rules import Rules
    from rcv.core.state import ShowSetup
    from tests.core.helpers import questions, roster

    qs = questions()
    short_first = QuestionSet(tuple(sorted(qs.questions, key=lambda q: q.kind != "short")))
    event = EventFile.create(tmp_path / "b.rcv", ShowSetup(roster(8), short_first, Rules()))
    controller.attach(event)
    BoardReader(controller, FloorModel(seed=4, no_answer=0.0))
    controller.show_question(short_first.questions[0].id)
    controller.start_timer()
    record = controller.state.questions[-1]  # type: ignore[union-attr]
    assert record.answers == {}
    clock.advance(60_000)
    controller.tick()  # time-up: the boards are read
    assert len(record.answers) == 8
    assert all(a.source == "operator" for a in record.answers.values())
    controller.undo()  # the MC takes one board answer back: it is not typed in again
    assert controller.state.phase is Phase.TIME_UP  # type: ignore[union-attr]
    assert len(controller.state.questions[-1].answers) == 7  # type: ignore[union-attr]


def test_build_wires_console_display_and_keypads(
    qtbot: object, clock: ManualClock, event_path: Path, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    program = build(
        app,
        clock=clock,
        settings=ConsoleSettings(tmp_path / "s.json"),
        keypads=lambda c: KeypadLink(c, c.clock),
        hardware_feed=lambda k: k.feed if isinstance(k, KeypadLink) else None,
        log_dir=tmp_path / "logs",
    )
    try:
        console = program.console
        qtbot.addWidget(console)  # type: ignore[attr-defined]
        assert program.controller.clock is clock
        assert console.hardware.table.isEnabled()  # fed by the keypad link
        if program.display is not None:
            assert console.projector.has_preview
            assert console.commands.show_projector.isEnabled()
        assert console.commands.import_contestants.isEnabled() is False  # no event yet
        assert console.session.open_path(event_path) is None
        assert console.commands.import_contestants.isEnabled()  # rcv.importers is wired
    finally:
        program.close()


def test_crash_handler_logs_and_tells_once(tmp_path: Path) -> None:
    told: list[str] = []
    handler = CrashHandler(tmp_path / "logs", lambda text, path: told.append(text))
    before = (sys.excepthook, threading.excepthook)
    handler.install()
    try:
        try:
            raise ValueError("hỏng")
        except ValueError as exc:
            handler.handle(type(exc), exc, exc.__traceback__)
    finally:
        handler.uninstall()
    text = (tmp_path / "logs" / "rcv.log").read_text(encoding="utf-8")
    assert "ValueError: hỏng" in text and "Traceback" in text
    assert told == ["ValueError: hỏng"]
    assert (sys.excepthook, threading.excepthook) == before  # the previous hooks are back


def _isolate(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


def _quit_soon() -> None:
    def close_all() -> None:
        app = QApplication.instance()
        assert app is not None
        for widget in QApplication.topLevelWidgets():
            widget.close()
        app.quit()

    QTimer.singleShot(300, close_all)


def _drop_stray_quit() -> None:
    """Closing the last window and quit() each post a Quit: the second would end the next
    test's event loop at once."""
    QCoreApplication.removePostedEvents(None, QEvent.Type.Quit)


def test_run_console_opens_and_closes(
    qtbot: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, prompts: Prompts
) -> None:
    _isolate(monkeypatch, tmp_path)
    _quit_soon()
    assert run_console(["rcv"]) == 0
    _drop_stray_quit()


def test_run_gui_demo_plays_with_space(
    qtbot: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, prompts: Prompts
) -> None:
    _isolate(monkeypatch, tmp_path)
    seen: list[str] = []

    def step_and_quit() -> None:
        from rcv.ui.console.main_window import ConsoleWindow

        console = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ConsoleWindow) and w.controller.event_file is not None
        )
        seen.append(console.primary.label())
        console.commands.primary.trigger()
        seen.append(console.primary.label())

    QTimer.singleShot(100, step_and_quit)
    _quit_soon()
    event = tmp_path / "demo.rcv"
    assert run_gui_demo(20, 7, event) == 0
    _drop_stray_quit()
    assert seen[0] == "Hiện câu 1" and seen[1] == "Bắt đầu tính giờ"
    with EventFile.open(event) as reopened:
        assert len(reopened.setup.roster) == 20 and reopened.entries  # the step was written
