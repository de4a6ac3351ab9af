"""``rcv demo --port PORT --profile P --seat S``: the GUI demo with an emulated box on a real
pty at one seat and simulated keypads at the others; the MC steps with Space and the box's
press is an answer in the event file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from rcv.cli.main import main
from rcv.core import events as ev
from rcv.sim.boxes.clicker import ColladoClicker
from rcv.sim.boxes.host import BoxHost
from rcv.storage.event_file import EventFile

from .conftest import Prompts
from .test_demo_and_compose import _drop_stray_quit, _isolate


def _console():
    from rcv.ui.console.main_window import ConsoleWindow

    return next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ConsoleWindow) and w.controller.event_file is not None
        ),
        None,
    )


def test_rehearsal_demo_takes_the_real_boxs_press_at_its_seat(
    qtbot: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, prompts: Prompts
) -> None:
    _isolate(monkeypatch, tmp_path)
    box = ColladoClicker()
    host = BoxHost(box).start()
    port = host.path
    steps: list[str] = []
    poll = QTimer()

    def next_step() -> None:  # a small script: step to the question's clock, press, quit
        console = _console()
        if console is None:
            return
        state = console.controller.state
        if not steps:
            console.commands.primary.trigger()  # show question 1
            console.commands.primary.trigger()  # start the clock
            steps.append("armed")
        elif steps == ["armed"]:
            host.call(lambda now: box.press("C", now))
            steps.append("pressed")
        elif 7 in state.questions[-1].answers or len(steps) > 100:
            poll.stop()
            steps.append("answered" if 7 in state.questions[-1].answers else "timeout")
            for widget in QApplication.topLevelWidgets():
                widget.close()
            QApplication.instance().quit()
        else:
            steps.append("waiting")

    poll.timeout.connect(next_step)
    poll.start(150)
    event = tmp_path / "rehearsal.rcv"
    args = ["demo", "--port", port, "--profile", "clicker-per-port", "--seat", "7"]
    try:
        assert main([*args, "--seats", "10", "--event", str(event)]) == 0
    finally:
        poll.stop()
        host.stop()
        _drop_stray_quit()
    assert steps[-1] == "answered"
    with EventFile.open(event, read_only=True) as done:
        answers = [e.event for e in done.entries if isinstance(e.event, ev.AnswerReceived)]
    assert [(a.seat, a.answer, a.hub) for a in answers if a.seat == 7] == [
        (7, "C", "clicker-per-port")
    ]


def test_rehearsal_demo_says_when_a_devices_seats_are_unknown(
    qtbot: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, prompts: Prompts, capsys
) -> None:
    _isolate(monkeypatch, tmp_path)
    event = tmp_path / "rehearsal.rcv"
    args = ["demo", "--port", "/dev/null", "--profile", "turning-rcrf03", "--event", str(event)]
    assert main(args) == 2  # no pairing table yet: which seats?
    assert "--seat" in capsys.readouterr().out
    _drop_stray_quit()
    assert main([*args, "--headless"]) == 2
    assert "--headless" in capsys.readouterr().out
