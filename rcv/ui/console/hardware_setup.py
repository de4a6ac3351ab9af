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

A port that serves one seat or team (one clicker per USB port) is given its seat, or a box its
seat range, in the seats column (kept as ``PORT@SEATS``). With a console's ``Words`` the dialog
also imports profile files (:mod:`rcv.ui.console.hardware_tools`: checked, problems on their
rows), tries a row live in its monitor pane before anything is saved, and — given the event's
hardware settings (``store``) — pairs keypads that say their own ID with seats
(:mod:`rcv.ui.console.pairing_dialog`) and keeps the ports and tables in the event file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from rcv.app.jobs import start_job
from rcv.hardware.settings import HardwareSettings, PortSetting, parse_seats, seats_text
from rcv.i18n import Words
from rcv.ui.console.hardware_tools import SetupTools
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


class HardwareStore(Protocol):
    """The open event's hardware settings (ports, pairing tables)."""

    def load(self) -> HardwareSettings: ...
    def save(self, settings: HardwareSettings) -> str | None: ...  # the problem in words


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
        "clicker-id-seat": QCoreApplication.translate(
            "HardwareSetup", "Clicker có CLICKER_ID = số ghế (007:C)"
        ),
        "clicker-per-port": QCoreApplication.translate(
            "HardwareSetup", "Một clicker mỗi cổng USB (CLICKER_ID:đáp án), ghế đặt theo cổng"
        ),
        "espnow-teams": QCoreApplication.translate(
            "HardwareSetup", "Chuông không dây ESP-NOW, 4 đội × 4 người (A1…D4)"
        ),
        "quiz-board-bytes": QCoreApplication.translate(
            "HardwareSetup", "Bàn bấm giành quyền, mỗi lần bấm một ký tự (không xuống dòng)"
        ),
        "quiz-bowl-buzzer": QCoreApplication.translate(
            "HardwareSetup", "Chuông giành quyền 10 người (Quiz Bowl), không có phím đáp án"
        ),
        "turning-rcrf03": QCoreApplication.translate(
            "HardwareSetup", "Bộ thu clicker Turning RCRF-03 (Arduino + nRF24), mã hệ 16"
        ),
    }
    if profile in titles:
        return titles[profile]
    try:
        from rcv.hardware.profile_library import load_profile, user_profiles_dir

        return load_profile(profile, (user_profiles_dir(),)).title or profile
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
        words: Words | None = None,
        store: HardwareStore | None = None,
        profiles_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bộ thu và bàn phím"))
        self._settings = settings
        self._scan = scan
        self._profiles = ordered_kinds(profiles)
        self._connect = connect
        self._pool = pool or QThreadPool.globalInstance()
        self._ports: list[PortEntry] = []
        self._words, self._store, self._profiles_dir = words, store, profiles_dir
        self._titles: dict[str, str] = {}
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
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Cổng"), self.tr("Loại thiết bị"), self.tr("Ghế của cổng")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeaderItem(2).setToolTip(
            self.tr(
                "Để trống khi thiết bị tự nói ghế. Một cổng một ghế hoặc một đội: số ghế (7); "
                "một hộp có ghế 1–16 đặt ở ghế 17–32 của sàn: 17-32."
            )
        )
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
        self.tools = SetupTools(self, words) if words is not None else None
        if self.tools is not None:
            split = QSplitter(Qt.Orientation.Vertical, self)
            split.addWidget(self.table)
            split.addWidget(self.tools.monitor)
            layout.addWidget(split, 1)
            layout.addLayout(self.tools.buttons)
            layout.addWidget(self.tools.report)
        else:
            layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addLayout(rows)
        for hub in settings.hubs():
            spec = PortSetting.from_spec(hub.get("port", ""))
            seats = seats_text(spec.first_seat, spec.last_seat) if spec.first_seat else ""
            self.add_row(spec.port, hub.get("profile") or OWN, seats)
        self.resize(820, 620 if self.tools else 420)
        self.rescan()

    def done(self, result: int) -> None:
        if self.tools is not None:
            self.tools.monitor.stop()  # the port is free again once the dialog is gone
        super().done(result)

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

    def add_row(self, port: str, profile: str, seats: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        ports = QComboBox(self.table)
        ports.setEditable(True)
        self._fill_ports(ports)
        ports.setEditText(port)
        kinds = QComboBox(self.table)
        for name in self._profiles:
            kinds.addItem(self._title(name), name)
            kinds.setItemData(kinds.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        if profile not in self._profiles:  # a profile file chosen by hand earlier
            kinds.addItem(self._title(profile), profile)
        kinds.setCurrentIndex(kinds.findData(profile))
        self.table.setCellWidget(row, 0, ports)
        self.table.setCellWidget(row, 1, kinds)
        seat_box = QLineEdit(seats, self.table)
        seat_box.setPlaceholderText(self.tr("tự nói"))
        self.table.setCellWidget(row, 2, seat_box)
        self.table.setCurrentCell(row, 0)

    def add_profile(self, name: str, title: str = "") -> None:
        """A profile imported just now: offered in every row's list, by its title."""
        if title:
            self._titles[name] = title
        if name in self._profiles:
            return
        self._profiles.append(name)
        for row in range(self.table.rowCount()):
            self._kind_box(row).addItem(self._title(name), name)

    def _title(self, name: str) -> str:
        return self._titles.get(name) or kind_title(name)

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

    def _kind_box(self, row: int) -> QComboBox:
        box = self.table.cellWidget(row, 1)
        assert isinstance(box, QComboBox)
        return box

    def row_choice(self, row: int) -> HubChoice | None:
        """The row's port (``PORT@SEATS`` when it has seats) and profile; None when empty.
        ValueError for seats that are not a number or a range."""
        port = self._port_box(row).currentText().strip()
        seats = self.table.cellWidget(row, 2)
        assert isinstance(seats, QLineEdit)
        if not port:
            return None
        if seats.text().strip():
            first, last = parse_seats(seats.text())
            port = f"{PortSetting.from_spec(port).port}@{seats_text(first, last)}"
        return HubChoice(port, str(self._kind_box(row).currentData()))

    def choices(self) -> list[HubChoice]:
        """Every row with a port; a row whose seats cannot be read is left out (see
        :meth:`bad_rows`)."""
        out = []
        for row in range(self.table.rowCount()):
            try:
                choice = self.row_choice(row)
            except ValueError:
                continue
            if choice is not None:
                out.append(choice)
        return out

    def bad_rows(self) -> list[int]:
        """Rows (1-based) whose seats are neither a number nor a range."""
        bad = []
        for row in range(self.table.rowCount()):
            try:
                self.row_choice(row)
            except ValueError:
                bad.append(row + 1)
        return bad

    def _save(self) -> bool:
        bad = self.bad_rows()
        if bad:
            self.problem.setText(
                self.tr("Ghế của dòng {rows} phải là một số (7) hoặc một dải (17-32).").format(
                    rows=", ".join(map(str, bad))
                )
            )
            self.problem.setStyleSheet("color: #f85149;")
            return False
        choices = self.choices()
        self._settings.set_hubs([{"port": c.port, "profile": c.profile} for c in choices])
        if self._store is not None:  # the event keeps its ports too
            ports = tuple(PortSetting.from_spec(c.port, c.profile) for c in choices)
            self._store.save(self._store.load().with_ports(ports))
        self.problem.setText(self.tr("Đã lưu cấu hình bộ thu."))
        self.problem.setStyleSheet("color: #56d364;")
        return True

    def _save_and_connect(self) -> None:
        if not self._save():
            return
        if self.tools is not None:
            self.tools.monitor.stop()  # the show's link takes the port over
        if self._connect is None:
            return
        error = self._connect(self.choices())
        if error:
            self.problem.setText(error)
            self.problem.setStyleSheet("color: #f85149;")
        else:
            self.accept()
