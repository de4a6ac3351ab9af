"""Hardware set-up: which serial ports the keypad hubs are on, and what kind of device each is.

Ports are listed by ``rcv.hardware.ports.list_serial_ports`` in a pool thread (it can be slow,
and it never sees pseudo-terminals or network ports), so a port can also be typed by hand
("/dev/ttyUSB0", "COM5", "usb:1A86:7523", "socket://host:port"). Profiles are the shipped
device profiles, listed by their human titles (:func:`kind_title`), rcv's own hub protocol
("rcv-hub") first and chosen unless the MC picks another. A row is proposed only for a USB
adapter found by the scan — never for a built-in serial port such as /dev/ttyS0 or COM1, which
is almost never a hub. The choice is remembered in the console's settings. Connecting is the
keypad link's job: the dialog hands its choices to ``connect`` when the composition root
provides one, and otherwise says plainly that it cannot connect yet.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from rcv.app.jobs import start_job
from rcv.ui.console.settings import ConsoleSettings


class PortEntry(Protocol):
    @property
    def device(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def opener_name(self) -> str: ...
    @property
    def hint(self) -> str: ...


@dataclass(frozen=True, slots=True)
class HubChoice:
    port: str  # a device path, a pyserial URL, or usb:VID:PID[:SERIAL]
    profile: str  # a shipped profile name ("rcv-hub" for rcv's own protocol)


Connect = Callable[[Sequence[HubChoice]], str | None]  # the error in words, or None
OWN = "rcv-hub"  # rcv's own hub protocol: first in the list, and the default


def kind_title(profile: str) -> str:
    """A device profile by what it is, in the console's language ("Hub rcv …" rather than
    "rcv-hub"); a profile rcv does not ship is named by its own ``title``, else its name."""

    titles = {
        OWN: QCoreApplication.translate("HardwareSetup", "Hub rcv (giao thức của rcv) — nên dùng"),
        "arduino-p-lines": QCoreApplication.translate(
            "HardwareSetup", "Arduino tự làm, in dòng P3:B"
        ),
        "esp32-jsonl": QCoreApplication.translate(
            "HardwareSetup", "ESP32, dòng JSON (bàn phím không dây)"
        ),
        "team-csv-buzzer": QCoreApplication.translate(
            "HardwareSetup", "Bàn bấm theo đội, dòng đội,nút"
        ),
        "usb-keyboard-buzzers": QCoreApplication.translate(
            "HardwareSetup", "Nút bấm USB giả làm bàn phím"
        ),
    }
    if profile in titles:
        return titles[profile]
    try:
        from rcv.hardware.profile import load_profile

        return load_profile(profile).title or profile
    except Exception:  # a profile that cannot be read is still listed, by its name
        return profile


def ordered_kinds(profiles: Sequence[str]) -> list[str]:
    """rcv's own protocol first, then the others by title."""
    rest = sorted((p for p in profiles if p != OWN), key=kind_title)
    return [OWN, *rest]


def is_usb(port: PortEntry) -> bool:
    """A USB adapter (a hub is one): its opener names it by USB id."""
    return port.opener_name.startswith("usb:")


class HardwareSetupDialog(QDialog):
    scanned = Signal()

    def __init__(
        self,
        settings: ConsoleSettings,
        scan: Callable[[], Sequence[PortEntry]],
        profiles: Sequence[str],
        connect: Connect | None = None,
        pool: QThreadPool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bộ thu và bàn phím"))
        self._settings = settings
        self._scan = scan
        self._profiles = ordered_kinds(profiles)
        self._connect = connect
        self._pool = pool or QThreadPool.globalInstance()
        self._ports: list[PortEntry] = []
        intro = QLabel(
            self.tr(
                "Mỗi bộ thu (hub) nối qua một cổng nối tiếp. Chọn cổng đã tìm thấy hoặc gõ "
                "đường dẫn (ví dụ /dev/ttyUSB0, COM5, usb:1A86:7523, socket://máy:cổng), rồi "
                "chọn loại thiết bị."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.found = QLabel(self.tr("Đang dò cổng…"), self)
        self.found.setWordWrap(True)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Cổng"), self.tr("Loại thiết bị")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        rescan = QPushButton(self.tr("Dò lại cổng"), self)
        add = QPushButton(self.tr("Thêm bộ thu"), self)
        remove = QPushButton(self.tr("Bớt bộ thu"), self)
        self.save_button = QPushButton(self.tr("Lưu"), self)
        self.connect_button = QPushButton(self.tr("Lưu và kết nối"), self)
        close = QPushButton(self.tr("Đóng"), self)
        if connect is None:
            self.connect_button.setEnabled(False)
            self.connect_button.setToolTip(
                self.tr(
                    "Chưa kết nối được từ bảng điều khiển: bộ nối giữa rcv.hardware và "
                    "chương trình chưa được lắp vào. Cấu hình vẫn được lưu."
                )
            )
        rescan.clicked.connect(self.rescan)
        add.clicked.connect(lambda: self.add_row("", OWN))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.rowCount() - 1))
        self.save_button.clicked.connect(self._save)
        self.connect_button.clicked.connect(self._save_and_connect)
        close.clicked.connect(self.reject)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #f85149;")
        self.problem.setWordWrap(True)
        rows = QHBoxLayout()
        for button in (rescan, add, remove):
            rows.addWidget(button)
        rows.addStretch(1)
        for button in (self.save_button, self.connect_button, close):
            rows.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.found)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addLayout(rows)
        for hub in settings.hubs():
            self.add_row(hub.get("port", ""), hub.get("profile") or OWN)
        self.resize(720, 420)
        self.rescan()

    def rescan(self) -> None:
        scan = self._scan

        def ports(_progress: object) -> list[PortEntry]:
            try:
                return list(scan())
            except Exception:  # no ports module, no permission: an empty list, typed ports work
                return []

        self._job = start_job(ports, self._scanned, pool=self._pool)

    def _scanned(self, ports: list[PortEntry]) -> None:
        self._ports = ports
        if ports:
            lines = [f"{p.device} — {p.description}" + (f" ({p.hint})" if p.hint else "")
                     for p in ports]  # fmt: skip
            self.found.setText(self.tr("Cổng tìm thấy:") + "\n" + "\n".join(lines))
        else:
            self.found.setText(self.tr("Không tìm thấy cổng nối tiếp nào: gõ đường dẫn cổng."))
        for row in range(self.table.rowCount()):
            self._fill_ports(self._port_box(row))
        usb = [p for p in ports if is_usb(p)]
        if self.table.rowCount() == 0 and usb:
            self.add_row(usb[0].opener_name, OWN)
        elif ports and not usb:
            self.found.setText(
                self.found.text()
                + "\n"
                + self.tr(
                    "Không thấy bộ chuyển USB nào: cổng trên chưa chắc là bộ thu. Cắm bộ thu "
                    "rồi bấm Dò lại cổng, hoặc gõ cổng."
                )
            )
        self.scanned.emit()

    def add_row(self, port: str, profile: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        ports = QComboBox(self.table)
        ports.setEditable(True)
        self._fill_ports(ports)
        ports.setEditText(port)
        kinds = QComboBox(self.table)
        for name in self._profiles:
            kinds.addItem(kind_title(name), name)
            kinds.setItemData(kinds.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        if profile not in self._profiles:  # a profile file chosen by hand earlier
            kinds.addItem(kind_title(profile), profile)
        kinds.setCurrentIndex(kinds.findData(profile))
        self.table.setCellWidget(row, 0, ports)
        self.table.setCellWidget(row, 1, kinds)

    def _fill_ports(self, box: QComboBox) -> None:
        text = box.currentText()
        box.clear()
        for p in self._ports:
            box.addItem(p.opener_name)
        box.setEditText(text)

    def _port_box(self, row: int) -> QComboBox:
        box = self.table.cellWidget(row, 0)
        assert isinstance(box, QComboBox)
        return box

    def choices(self) -> list[HubChoice]:
        out = []
        for row in range(self.table.rowCount()):
            port = self._port_box(row).currentText().strip()
            kind = self.table.cellWidget(row, 1)
            assert isinstance(kind, QComboBox)
            if port:
                out.append(HubChoice(port, str(kind.currentData())))
        return out

    def _save(self) -> None:
        self._settings.set_hubs([{"port": c.port, "profile": c.profile} for c in self.choices()])
        self.problem.setText(self.tr("Đã lưu cấu hình bộ thu."))
        self.problem.setStyleSheet("color: #56d364;")

    def _save_and_connect(self) -> None:
        self._save()
        if self._connect is None:
            return
        error = self._connect(self.choices())
        if error:
            self.problem.setText(error)
            self.problem.setStyleSheet("color: #f85149;")
        else:
            self.accept()
