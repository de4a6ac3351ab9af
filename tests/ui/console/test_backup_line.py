"""The console's backup line: it says where automatic backups go, where the last checked copy
went after a question, and — in amber, in the operator's words — why one failed."""

from __future__ import annotations

from pathlib import Path

from rcv.app.backups import AutoBackup
from rcv.app.controller import ShowController
from rcv.clock import ManualClock
from rcv.core.rules import Rules
from rcv.core.state import ShowSetup
from rcv.storage.event_file import EventFile
from rcv.ui.console import style
from rcv.ui.console.main_window import ConsoleWindow
from rcv.ui.console.services import ConsoleServices
from rcv.ui.console.settings import ConsoleSettings
from tests.core.helpers import questions, roster


def _console(qtbot, tmp_path: Path, folder: Path | None) -> tuple[ConsoleWindow, AutoBackup]:
    controller = ShowController(ManualClock())
    controller.attach(
        EventFile.create(tmp_path / "show.rcv", ShowSetup(roster(4), questions(), Rules()))
    )
    keeper = AutoBackup(controller, folder)
    services = ConsoleServices(settings=ConsoleSettings(tmp_path / "s.json"), auto_backup=keeper)
    window = ConsoleWindow(controller, services)
    qtbot.addWidget(window)
    return window, keeper


def test_the_line_says_the_folder_then_each_checked_copy(qtbot, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    window, keeper = _console(qtbot, tmp_path, stick)
    assert str(stick) in window.backup_state.text()
    with qtbot.waitSignal(keeper.backedUp, timeout=10000):
        assert keeper.back_up_now()
    said = window.backup_state.text()
    assert "Đã sao lưu và kiểm tra" in said and "show" in said
    assert style.WARNING not in window.backup_state.styleSheet()
    window.controller.detach()


def test_a_failed_backup_is_said_in_amber_and_no_folder_is_said_too(qtbot, tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    window, keeper = _console(qtbot, tmp_path, blocker / "inside")
    with qtbot.waitSignal(keeper.failed, timeout=10000):
        assert keeper.back_up_now()
    assert window.backup_state.text().startswith("⚠ SAO LƯU TỰ ĐỘNG THẤT BẠI")
    assert style.WARNING in window.backup_state.styleSheet()
    keeper.set_folder(None)
    window.show_backup_state()
    assert "chưa chọn thư mục" in window.backup_state.text()
    window.controller.detach()
