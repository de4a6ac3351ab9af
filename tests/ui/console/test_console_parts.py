"""The panels around the show: the projector preview, hardware status, refusals and storage
failures, eliminating and reviving by hand, the screenshot hook, the grid's partial repaints."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel

from rcv.app.controller import ShowController
from rcv.app.hardware_status import HardwareFeed, HardwareStatus, HubStatus
from rcv.clock import ManualClock
from rcv.storage.errors import EventFileWriteError, WriteFailure
from rcv.ui.console.main_window import ConsoleWindow
from rcv.ui.console.screenshot import grab_console
from rcv.ui.console.seat_cells import SeatCell
from rcv.ui.console.seat_dialog import SeatDialog
from rcv.ui.console.seat_painter import SeatPainter
from rcv.ui.console.services import ConsoleServices
from rcv.ui.console.settings import ConsoleSettings

from .conftest import Prompts
from .driver import press, space


def test_without_the_display_the_preview_is_a_labelled_placeholder(
    console: ConsoleWindow,
) -> None:
    assert not console.projector.has_preview
    assert isinstance(console.projector.preview, QLabel)
    assert "chỗ giữ chỗ" in console.projector.preview.text()


def test_with_the_display_the_preview_is_the_display_itself(
    qtbot: object, controller: ShowController, event_path: Path, tmp_path: Path
) -> None:
    display = pytest.importorskip("rcv.ui.display.preview")
    from rcv.entry.compose import build_display

    parts = build_display(controller)
    assert parts is not None and parts.preview_factory is not None
    services = ConsoleServices(
        settings=ConsoleSettings(tmp_path / "s.json"), preview_factory=parts.preview_factory
    )
    w = ConsoleWindow(controller, services)
    qtbot.addWidget(w)  # type: ignore[attr-defined]
    assert w.session.open_path(event_path) is None
    assert w.projector.has_preview
    assert isinstance(w.projector.preview, display.DisplayPreview)
    assert w.projector.preview.errors_text() == ""
    assert parts.model.value("eventName") == controller.event_file.info.name  # type: ignore[union-attr]
    if parts.window is not None:
        parts.window.hide()


def test_hardware_panel_follows_its_feed(
    qtbot: object, controller: ShowController, clock: ManualClock, tmp_path: Path
) -> None:
    feed = HardwareFeed()
    services = ConsoleServices(settings=ConsoleSettings(tmp_path / "s.json"), hardware_feed=feed)
    w = ConsoleWindow(controller, services)
    qtbot.addWidget(w)  # type: ignore[attr-defined]
    now = clock.now_ms()
    feed.statusChanged.emit(
        HardwareStatus(
            (HubStatus("hub-1", "/dev/ttyUSB0", True, now - 2000, 50),
             HubStatus("hub-2", "/dev/ttyUSB1", False, now - 9000, 50, "lost", "EIO")),
            (57, 58),
            "hubs",
        )
    )  # fmt: skip
    table = w.hardware.table
    assert table.rowCount() == 2
    assert table.item(0, 1).text() == "✓ 2 giây trước"
    assert table.item(1, 1).text() == "✗ MẤT KẾT NỐI"
    assert table.item(1, 1).toolTip() == "mất cổng — đang nối lại — EIO"
    assert w.hardware.source.text() == "Nguồn: bộ thu"
    assert table.item(0, 0).toolTip() == "/dev/ttyUSB0 · 50 bàn phím"
    assert w.hardware.silent.text() == "Bàn phím im lặng: ghế 57, 58"
    assert w.hardware.alarm.isHidden()


def test_hardware_panel_figures_add_up_and_warn_during_a_question(
    qtbot: object, controller: ShowController, clock: ManualClock, tmp_path: Path
) -> None:
    from collections import Counter

    from rcv.app.hardware_status import QuestionAlarm
    from rcv.core.press_figures import HubFigures

    feed = HardwareFeed()
    services = ConsoleServices(settings=ConsoleSettings(tmp_path / "s.json"), hardware_feed=feed)
    w = ConsoleWindow(controller, services)
    qtbot.addWidget(w)  # type: ignore[attr-defined]
    figures = HubFigures("hub-1", 40, Counter({"paused": 2, "repeat": 1}), Counter(noise=5), 3)
    alarm = QuestionAlarm((("paused", 2),), noise=5, lost=3)
    hub = HubStatus("hub-1", "/dev/ttyUSB0", True, clock.now_ms(), 50, figures=figures)
    feed.statusChanged.emit(HardwareStatus((hub,), (), "hubs", alarm, pending=4))
    cells = [w.hardware.table.item(0, c).text() for c in range(2, 7)]
    assert cells == ["48", "40", "3", "5", "3"]  # received = accepted + refused + noise
    assert "bấm lúc đang tạm dừng: 2" in w.hardware.table.item(0, 4).toolTip()
    assert not w.hardware.alarm.isHidden()
    words = w.hardware.alarm.text()
    assert "2 bấm lúc đang tạm dừng" in words and "5 khung nhiễu" in words and "mất 3" in words
    assert "nhận 48 = hợp lệ 40 + từ chối 3 + nhiễu 5; mất 3" in w.hardware.totals.text()
    assert "Đang chờ ghi: 4" in w.hardware.totals.text()


def test_without_a_feed_the_hardware_panel_says_so(console: ConsoleWindow) -> None:
    assert "Chưa nối bộ thu" in console.hardware.source.text()


def test_refusals_go_to_the_status_bar_and_storage_failures_to_a_banner(
    qtbot: object, console: ConsoleWindow
) -> None:
    w, c = console, console.controller
    c.reveal()  # out of turn: refused, nothing changes
    assert "Không thể công bố đáp án lúc này" in w.statusBar().currentMessage()

    path = c.event_file.path  # type: ignore[union-attr]
    full = EventFileWriteError(
        path, WriteFailure.DISK_FULL, written="step", consequence="unchanged", detail="ENOSPC"
    )

    def broken(entries: object) -> None:
        raise full

    show = c.show
    assert show is not None
    journal = show._journal
    show._journal = broken
    space(qtbot, w)
    assert c.state.phase.value == "lobby"  # nothing happened
    assert c.storage_problem is full  # the code, for whoever words it
    assert w.banner.isVisibleTo(w)
    words = w.banner.text.text()
    assert "KHÔNG GHI ĐƯỢC VÀO TỆP SỰ KIỆN" in words and "ổ đĩa chứa tệp đã đầy" in words
    assert str(path) in words and "ổ đĩa chứa tệp đã đầy" in w.statusBar().currentMessage()
    w.services.words.switch("en")  # the operator's language: the file's words follow it
    space(qtbot, w)
    assert "the disk holding the file is full" in w.banner.text.text()
    assert "Free some space" in w.statusBar().currentMessage()
    w.services.words.switch("vi")
    show._journal = journal
    space(qtbot, w)
    assert not w.banner.isVisibleTo(w)  # written again: the banner goes
    assert c.storage_problem is None


def test_eliminate_and_revive_by_hand_need_a_reason(
    qtbot: object, console: ConsoleWindow, prompts: Prompts
) -> None:
    w, c = console, console.controller
    space(qtbot, w)
    dialog = w.show_commands.open_seat(7)
    assert isinstance(dialog, SeatDialog)
    assert not dialog.answer_box.isEnabled()  # no timer yet: nothing to answer
    dialog.eliminate_button.click()
    assert dialog.isVisible() and "lý do" in dialog.problem.text()
    dialog.reason.setText("rời sàn thi đấu")
    dialog.eliminate_button.click()
    assert not c.state.seats[7].standing
    assert "Loại tay ghế 7 — rời sàn thi đấu" in w.timeline.model().lines()[0]
    assert "đã bị loại" in w.grid.cell_text(7)
    again = w.show_commands.open_seat(7)
    assert again is not None and again.revive_button.isEnabled()
    again.reason.setText("ban giám khảo xem lại")
    again.revive_button.click()
    assert c.state.seats[7].standing


def test_the_grid_repaints_only_the_seats_a_press_touched(
    qtbot: object, console: ConsoleWindow
) -> None:
    w = console
    space(qtbot, w)
    space(qtbot, w)
    changed: list[tuple[int, int]] = []
    w.grid.seat_model.dataChanged.connect(
        lambda top, bottom, roles: changed.append((top.row(), bottom.row()))
    )
    painted: list[int] = []

    class Counting(SeatPainter):
        def paint(self, painter: QPainter, rect: QRect, cell: SeatCell, current: bool) -> None:
            painted.append(cell.seat)
            super().paint(painter, rect, cell, current)

    w.grid.set_painter(Counting())
    qtbot.waitUntil(lambda: bool(painted))  # type: ignore[attr-defined]
    QApplication.processEvents()
    painted.clear()
    press(w, {1: "A", 12: "D"})  # opposite corners of the floor
    assert sorted(changed) == [(0, 0), (11, 11)]
    QApplication.processEvents()
    assert sorted(painted) == [1, 12]  # those two cells, not the rectangle between them


def test_render_console_saves_a_picture_and_keeps_the_show(
    qtbot: object, console: ConsoleWindow, tmp_path: Path
) -> None:
    c = console.controller
    space(qtbot, console)
    space(qtbot, console)
    press(console, {1: "B", 2: "A"})
    out = tmp_path / "shots" / "console.png"
    grab_console(console, out, (1280, 800))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    assert c.event_file is not None and c.state.phase.value == "timer_running"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_set_up_problem_is_said_in_the_operators_words(
    qtbot: object, controller: ShowController, tmp_path: Path, lang: str
) -> None:
    """Two boxes claiming the same seats: said above the table, in the operator's language
    (it was handed over as an object the pane could not word, and broke the pane)."""
    from rcv.hardware.hubs import SetupProblem
    from rcv.i18n import Words

    feed = HardwareFeed()
    services = ConsoleServices(
        settings=ConsoleSettings(tmp_path / "s.json"), hardware_feed=feed, words=Words(lang)
    )
    w = ConsoleWindow(controller, services)
    qtbot.addWidget(w)  # type: ignore[attr-defined]
    facts = {"first": 12, "last": 16, "who_a": "esp32", "port_a": "COM5", "from_a": 1,
             "to_a": 16, "who_b": "team", "port_b": "COM7", "from_b": 12, "to_b": 20}  # fmt: skip
    problem = SetupProblem("overlap", ("COM5", "COM7"), facts)
    feed.statusChanged.emit(HardwareStatus((), (), "hubs", problems=(problem,)))
    said = w.hardware.alarm.text()
    assert not w.hardware.alarm.isHidden() and "12–16" in said and "COM7" in said
    assert ("Trùng ghế" in said) == (lang == "vi") and ("Seats" in said) == (lang == "en")
