"""Pairing and profiles in the console, on emulated boxes behind real ptys: the pairing dialog
walks a clicker floor (duplicates and skipped seats shown) and saves the table into the event
file; the set-up dialog gives a one-port box its seat, imports a profile file with a row-exact
report, lists it by title, and tries a port live in its monitor pane before saving."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from rcv.app.controller import ShowController
from rcv.app.hardware_store import EventHardware
from rcv.app.keypads import KeypadLink
from rcv.clock import SystemClock
from rcv.core.rules import Rules
from rcv.core.state import ShowSetup
from rcv.hardware.pairing import PairingTable
from rcv.hardware.profile_library import load_profile
from rcv.hardware.settings import HardwareSettings, PortSetting
from rcv.i18n import Words
from rcv.sim.boxes.clicker import ColladoClicker
from rcv.sim.boxes.host import BoxHost
from rcv.sim.boxes.turning import TurningReceiver
from rcv.storage.event_file import EventFile
from rcv.ui.console.hardware_setup import HardwareSetupDialog, HubChoice, kind_title
from rcv.ui.console.pairing_dialog import PairingDialog
from rcv.ui.console.settings import ConsoleSettings
from rcv.ui.console.style import DANGER

from .conftest import questions, roster

WAIT_MS = 15000
VI, EN = Words("vi"), Words("en")


@pytest.fixture
def boxes() -> Iterator[list[BoxHost]]:
    running: list[BoxHost] = []
    yield running
    for host in running:
        host.stop()


@pytest.fixture
def event_store(tmp_path: Path) -> Iterator[EventHardware]:
    event_file = EventFile.create(
        tmp_path / "show.rcv", ShowSetup(roster(12), questions(), Rules(prizes=()))
    )
    controller = ShowController(SystemClock())
    controller.attach(event_file)
    link = KeypadLink(controller, controller.clock)
    yield EventHardware(controller, link, VI)
    link.stop()
    controller.detach()


def test_pairing_dialog_walks_the_floor_and_keeps_the_table_in_the_event(
    qtbot, boxes, event_store: EventHardware
) -> None:
    box = TurningReceiver()
    host = BoxHost(box).start()
    boxes.append(host)
    profile = load_profile("turning-rcrf03")
    saved: list[PairingTable] = []

    def save(table: PairingTable) -> str | None:
        saved.append(table)
        return event_store.save(event_store.load().with_pairing(profile.name, table))

    dialog = PairingDialog(host.path, profile, PairingTable(), (1, 50), VI, save)
    qtbot.addWidget(dialog)
    dialog.seats.setText("1-4")
    dialog.start()
    assert "ghế 1…" in dialog.ask.text()
    host.call(lambda now: box.click(0x090F10, "1", now + 300))  # hex "…10": seat 1
    qtbot.waitUntil(lambda: "ghế 2…" in dialog.ask.text(), timeout=WAIT_MS)
    host.call(lambda now: box.click(0x090F16, "2", now))
    qtbot.waitUntil(lambda: "ghế 3…" in dialog.ask.text(), timeout=WAIT_MS)
    dialog.skip()  # seat 3 is empty tonight
    host.call(lambda now: box.click(0x090F10, "3", now))  # seat 1's keypad, out of turn
    qtbot.waitUntil(lambda: dialog.steps.count() == 3, timeout=WAIT_MS)
    duplicate = dialog.steps.item(2)
    assert duplicate.text().startswith("TRÙNG: bàn phím 090F10 đã ở ghế 1")
    assert duplicate.foreground().color() == QColor(DANGER)
    dialog.seat.setValue(4)
    dialog.choose()
    host.call(lambda now: box.click(0x0A0B0C, "4", now))
    qtbot.waitUntil(lambda: dialog.steps.count() == 4, timeout=WAIT_MS)
    assert "Chưa có bàn phím: 3. Bỏ qua: 3." in dialog.summary.text()
    dialog.save_button.click()
    assert "Đã lưu bảng ghép (3 bàn phím)" in dialog.problem.text()
    dialog.reject()  # the port is let go
    stored = event_store.load().pairing("turning-rcrf03")
    assert stored.to_plain() == {"090F10": 1, "090F16": 2, "0A0B0C": 4}
    assert saved[-1] == stored


GOOD = """\
name: school-box
title: "Hộp bấm của trường (S12=C)"
pattern: '^S(?P<seat>\\d+)=(?P<key>[A-D])$'
simulate:
  press: "S{seat}={key}"
"""
BAD = """\
name: school-box
pattern: '^S(?P<seat>\\d+'
commands:
  lock: "STOP {seat}"
"""


def test_set_up_dialog_imports_tries_live_and_saves_a_seat_per_port(
    qtbot, boxes, tmp_path: Path, event_store: EventHardware
) -> None:
    settings = ConsoleSettings(tmp_path / "s.json")
    folder = tmp_path / "profiles"
    dialog = HardwareSetupDialog(
        settings, list, ["rcv-hub", "clicker-per-port"], words=EN, store=event_store,
        profiles_dir=folder,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.scanned, timeout=3000):
        pass
    assert dialog.tools is not None
    # a profile file with mistakes: every one on its row, in the operator's words
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD, encoding="utf-8")
    assert not dialog.tools.import_file(bad)
    report = dialog.tools.report.text().splitlines()
    assert report[0] == "bad.yaml: cannot be used (errors: 2)."
    assert report[1].startswith('line 2: The regular expression "^S(?P<seat>\\d+"')
    assert report[2].startswith("line 4: Command lock uses placeholders that do not exist")
    good = tmp_path / "good.yaml"
    good.write_text(GOOD, encoding="utf-8")
    dialog.add_row("", "rcv-hub")
    assert dialog.tools.import_file(good)
    kinds = dialog._kind_box(0)
    assert kinds.currentData() == "school-box"
    assert kinds.currentText() == "Hộp bấm của trường (S12=C)"  # its title, not its name
    assert (folder / "school-box.yaml").is_file()
    # one clicker on its own port: seat 7, tried live before saving
    box = ColladoClicker()
    host = BoxHost(box).start()
    boxes.append(host)
    dialog.table.removeRow(0)
    dialog.add_row(host.path, "clicker-per-port", "7")
    assert dialog.choices() == [HubChoice(f"{host.path}@7", "clicker-per-port")]
    dialog.tools.try_live()
    host.call(lambda now: box.press("B", now + 1500))  # after its boot blinks
    pane = dialog.tools.monitor.text
    qtbot.waitUntil(lambda: "ghế 7 bấm B" in pane.toPlainText(), timeout=WAIT_MS)
    assert "← CLICKER_READY:001\\r\\n\n" in pane.toPlainText()  # the bytes as they came
    assert "← 001:B\\nDEBUG: Bot\\xc3\\xb3n B presionado\\r\\n\n" in pane.toPlainText()
    dialog.save_button.click()
    assert settings.hubs() == [{"port": f"{host.path}@7", "profile": "clicker-per-port"}]
    assert event_store.load().ports == (PortSetting(host.path, "clicker-per-port", 7),)
    dialog.add_row("/dev/ttyUSB1", "rcv-hub", "seven")
    dialog.save_button.click()
    assert "dòng 2" in dialog.problem.text()  # no translator installed here: Qt says Vietnamese
    # a clicker receiver's row: its pairing walk opens on that port, by the profile's title
    dialog.table.removeRow(1)
    dialog.add_row("/dev/ttyUSB1", "turning-rcrf03")
    dialog.tools.pair()
    walk = dialog.tools.pairing
    assert (
        walk.windowTitle() == "Ghép bàn phím với ghế"
        and "/dev/ttyUSB1" in walk.findChild(type(dialog.problem)).text()
    )
    walk.reject()
    dialog.table.setCurrentCell(0, 0)  # one clicker per port says its own seat: nothing to pair
    dialog.tools.pair()
    assert "không cần ghép" in dialog.problem.text()
    dialog.reject()  # the port is let go
    assert kind_title("clicker-per-port") == load_profile("clicker-per-port").title
    assert isinstance(event_store.load(), HardwareSettings)
