"""The composition root, the demo's simulated keypads and the crash log."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication

from rcv.app.compose import build, run_console, run_gui_demo
from rcv.app.controller import ShowController
from rcv.app.crash import CrashHandler
from rcv.app.demo_keypads import DemoKeypads
from rcv.clock import ManualClock, SystemClock
from rcv.core.state import Phase
from rcv.sim.floor import FloorModel
from rcv.storage.event_file import EventFile
from rcv.ui.console.settings import ConsoleSettings

from .conftest import Prompts


def test_demo_keypads_press_when_the_timer_runs_and_forget_on_undo(
    qtbot: object, controller: ShowController, clock: ManualClock, event_path: Path
) -> None:
    controller.attach(EventFile.open(event_path))
    keypads = DemoKeypads(controller, FloorModel(seed=3))
    controller.primary()
    assert keypads.pending == ()
    controller.primary()  # the timer starts: the floor's presses are drawn and scheduled
    record = controller.state.questions[-1]  # type: ignore[union-attr]
    drawn = keypads.pending
    assert drawn and all(p.seat in record.participants for p in drawn)
    assert drawn == tuple(FloorModel(seed=3).presses(
        controller.setup.questions.by_id(record.question_id),  # type: ignore[union-attr]
        record.participants, record.timer_started_at_ms or 0))  # fmt: skip
    clock.advance(4000)
    handed = keypads.deliver_due()
    assert 0 < handed < len(drawn)
    controller.flush_presses()
    assert len(record.answers) == handed
    controller.pause()
    clock.advance(60_000)
    assert keypads.deliver_due() == 0  # held while paused
    left = keypads.pending
    controller.resume()
    assert keypads.pending[0].pressed_at_ms == left[0].pressed_at_ms + 60_000  # shifted
    controller.undo()  # resume undone
    controller.undo()  # pause undone
    controller.undo()  # the timer start undone: the drawn presses are forgotten
    assert controller.state.phase is Phase.QUESTION_SHOWN  # type: ignore[union-attr]
    assert keypads.pending == ()
    statuses: list[object] = []
    keypads.feed.statusChanged.connect(statuses.append)
    keypads.publish_status()
    assert statuses and statuses[0].hubs[0].keypads == 12  # type: ignore[attr-defined]


def test_demo_keypads_deliver_on_their_own_with_a_real_timer(
    qtbot: object, event_path: Path
) -> None:
    controller = ShowController(SystemClock())  # QTimer delays follow the show clock
    controller.attach(EventFile.open(event_path))
    keypads = DemoKeypads(controller, FloorModel(seed=1, median_ms=30, spread=0.1, no_answer=0.0))
    controller.primary()
    controller.primary()
    record = controller.state.questions[-1]  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: len(record.answers) == 12, timeout=3000)  # type: ignore[attr-defined]
    assert keypads.pending == ()
    controller.detach()


def test_build_wires_console_display_and_keypads(
    qtbot: object, clock: ManualClock, event_path: Path, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    program = build(
        app,
        clock=clock,
        settings=ConsoleSettings(tmp_path / "s.json"),
        keypads=lambda c: DemoKeypads(c, FloorModel(seed=2)),
        hardware_feed=lambda k: k.feed if isinstance(k, DemoKeypads) else None,
        log_dir=tmp_path / "logs",
    )
    try:
        console = program.console
        qtbot.addWidget(console)  # type: ignore[attr-defined]
        assert program.controller.clock is clock
        assert console.hardware.table.isEnabled()  # fed by the simulated keypads
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
    assert sys.excepthook is not handler.handle  # the previous hook is back


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
    assert seen[0].startswith("Câu 1") and seen[1] == "Bắt đầu tính giờ"
    with EventFile.open(event) as reopened:
        assert len(reopened.setup.roster) == 20 and reopened.entries  # the step was written
