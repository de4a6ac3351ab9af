"""Automatic backups: after every question a checked copy of the event file lands in the chosen
folder, current to that question; a folder that cannot be written is said, never fatal."""

from __future__ import annotations

from pathlib import Path

from rcv.app.backups import AutoBackup, backup_path
from rcv.app.controller import ShowController
from rcv.clock import ManualClock
from rcv.core.rules import Rules
from rcv.core.state import Phase, ShowSetup
from rcv.storage.errors import EventFileError
from rcv.storage.event_file import EventFile
from tests.core.helpers import questions, roster


def _play_question(controller: ShowController, clock: ManualClock) -> None:
    controller.primary()  # show
    controller.primary()  # start the timer
    clock.advance(60_000)
    controller.tick()  # time up
    controller.primary()  # reveal
    controller.primary()  # apply


def test_a_checked_copy_after_every_question(qtbot, tmp_path: Path) -> None:
    clock = ManualClock()
    controller = ShowController(clock)
    controller.attach(
        EventFile.create(tmp_path / "show.rcv", ShowSetup(roster(8), questions(), Rules()))
    )
    stick = tmp_path / "usb"
    stick.mkdir()
    keeper = AutoBackup(controller, stick)
    for _ in range(2):
        with qtbot.waitSignal(keeper.backedUp, timeout=10000) as done:
            _play_question(controller, clock)
        result = done.args[0]
        assert controller.state.phase is Phase.RESULTS
        assert result.path == backup_path(stick, tmp_path / "show.rcv")
        assert result.entries == len(controller.show.log)  # current to the last question
        assert result.head == controller.event_file.head
    with EventFile.open(result.path, read_only=True) as copy:  # it opens and verifies
        assert len(copy.entries) == len(controller.show.log)
    controller.detach()


def test_a_folder_that_cannot_be_written_is_said(qtbot, tmp_path: Path) -> None:
    controller = ShowController(ManualClock())
    controller.attach(
        EventFile.create(tmp_path / "show.rcv", ShowSetup(roster(4), questions(), Rules()))
    )
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")
    keeper = AutoBackup(controller, not_a_folder / "inside")
    with qtbot.waitSignal(keeper.failed, timeout=10000) as failed:
        assert keeper.back_up_now()
    problem = failed.args[0]
    assert isinstance(problem, EventFileError) and problem.code == "backup_no_folder"
    assert problem.params["folder"] == str(not_a_folder / "inside")
    assert controller.state.phase is Phase.LOBBY  # the show is untouched
    controller.detach()
