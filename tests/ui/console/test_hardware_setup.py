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


@dataclass(frozen=True)
class BuiltInPort:
    device: str = "/dev/ttyS0"
    description: str = "ttyS0"
    hint: str = ""

    @property
    def opener_name(self) -> str:
        return self.device  # not a USB adapter: no usb: id


def kind_texts(dialog: HardwareSetupDialog, row: int) -> list[str]:
    box = dialog.table.cellWidget(row, 1)
    return [box.itemText(i) for i in range(box.count())]  # type: ignore[union-attr]


def test_device_kinds_are_shown_by_title_with_rcvs_own_protocol_first(
    qtbot: object, tmp_path: Path
) -> None:
    from rcv.hardware.profile_library import shipped_profiles

    dialog = HardwareSetupDialog(
        ConsoleSettings(tmp_path / "s.json"), lambda: [FakePort("/dev/ttyUSB0")], shipped_profiles()
    )
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.scanned, timeout=3000):  # type: ignore[attr-defined]
        pass
    texts = kind_texts(dialog, 0)
    assert texts[0].startswith("Hub rcv") and len(texts) == len(shipped_profiles())
    assert not any(name in texts for name in shipped_profiles())  # titles, not file names
    assert dialog.choices() == [HubChoice("usb:1A86:7523:0", "rcv-hub")]  # preselected


def test_a_built_in_serial_port_is_not_proposed_as_a_hub(qtbot: object, tmp_path: Path) -> None:
    from rcv.hardware.profile_library import shipped_profiles

    dialog = HardwareSetupDialog(
        ConsoleSettings(tmp_path / "s.json"), lambda: [BuiltInPort()], shipped_profiles()
    )
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.scanned, timeout=3000):  # type: ignore[attr-defined]
        pass
    assert dialog.table.rowCount() == 0 and dialog.choices() == []
    assert "Không thấy bộ chuyển USB" in dialog.found.text()
    dialog.add_row("/dev/ttyS0", "rcv-hub")  # typed by hand: rcv's own protocol, still first
    assert dialog.choices() == [HubChoice("/dev/ttyS0", "rcv-hub")]
