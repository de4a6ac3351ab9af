"""The hub set-up dialog: ports found off the GUI thread, typed ports, profiles, remembered."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rcv.ui.console.hardware_setup import HardwareSetupDialog, HubChoice
from rcv.ui.console.settings import ConsoleSettings


@dataclass(frozen=True)
class FakePort:
    device: str
    description: str = "USB-Serial CH340"
    hint: str = ""

    @property
    def opener_name(self) -> str:
        return f"usb:1A86:7523:{self.device[-1]}"


def test_ports_are_listed_chosen_and_remembered(qtbot: object, tmp_path: Path) -> None:
    settings = ConsoleSettings(tmp_path / "s.json")
    dialog = HardwareSetupDialog(
        settings, lambda: [FakePort("/dev/ttyUSB0")], ["rcv-hub", "arduino-p-lines"]
    )
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.scanned, timeout=3000):  # type: ignore[attr-defined]
        pass
    assert "/dev/ttyUSB0 — USB-Serial CH340" in dialog.found.text()
    assert dialog.choices() == [HubChoice("usb:1A86:7523:0", "rcv-hub")]
    dialog.add_row("socket://192.168.1.20:7000", "arduino-p-lines")  # typed by hand
    assert not dialog.connect_button.isEnabled()  # no keypad link wired: it says so
    assert "chưa được lắp" in dialog.connect_button.toolTip()
    dialog.save_button.click()
    again = ConsoleSettings(tmp_path / "s.json")
    assert again.hubs() == [
        {"port": "usb:1A86:7523:0", "profile": "rcv-hub"},
        {"port": "socket://192.168.1.20:7000", "profile": "arduino-p-lines"},
    ]


def test_connect_hands_the_choices_over(qtbot: object, tmp_path: Path) -> None:
    given: list[list[HubChoice]] = []

    def connect(choices: object) -> str | None:
        given.append(list(choices))  # type: ignore[call-overload]
        return "Không mở được cổng /dev/ttyUSB9." if len(given) == 1 else None

    dialog = HardwareSetupDialog(ConsoleSettings(tmp_path / "s.json"), list, ["rcv-hub"], connect)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.scanned, timeout=3000):  # type: ignore[attr-defined]
        pass
    assert "Không tìm thấy cổng" in dialog.found.text()
    dialog.add_row("/dev/ttyUSB9", "rcv-hub")
    dialog.connect_button.click()
    assert "Không mở được cổng" in dialog.problem.text() and dialog.result() == 0
    dialog.connect_button.click()
    assert given[-1] == [HubChoice("/dev/ttyUSB9", "rcv-hub")]
