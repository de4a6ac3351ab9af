"""The phones panel's seat table: every seat of the roster, its PIN (while the server runs),
whether a phone holds it (with its measured round trip) and whether another device asks to
take it over — which the MC approves or refuses here (one device per seat)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rcv.app.controller import ShowController
from rcv.app.phones import PhoneHub
from rcv.web.wire import Devices

SEAT, NAME, PIN, PHONE = range(4)
WAITING_COLOUR = "#fff3cd"


class SeatTable(QWidget):
    """Seats and phones; ``approve``/``refuse`` act on the selected seat if it waits, else on
    the first seat that waits."""

    def __init__(
        self,
        controller: ShowController,
        hub: PhoneHub,
        say: Callable[..., str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller, self._hub, self._say = controller, hub, say
        self.counts = QLabel()
        self.counts.setObjectName("phoneCounts")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("phoneSeats")
        self.table.setHorizontalHeaderLabels(
            [say("col_seat"), say("col_name"), say("col_pin"), say("col_phone")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.takeover = QLabel()
        self.takeover.setObjectName("takeoverNotice")
        self.takeover.setWordWrap(True)
        self.approve_button = QPushButton(say("approve"))
        self.refuse_button = QPushButton(say("refuse"))
        self.approve_button.clicked.connect(self.approve)
        self.refuse_button.clicked.connect(self.refuse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.takeover, 1)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.refuse_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._rows: dict[int, int] = {}
        self.fill()

    def fill(self) -> None:
        """The roster's seats again (an event opened, the server started or stopped)."""
        setup = self._controller.setup
        people = sorted(setup.roster.contestants, key=lambda c: c.seat) if setup else []
        running = self._hub.server is not None
        self.table.setRowCount(len(people))
        self._rows = {}
        for row, c in enumerate(people):
            self._rows[c.seat] = row
            seat = QTableWidgetItem(str(c.seat))
            seat.setData(Qt.ItemDataRole.UserRole, c.seat)
            seat.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, SEAT, seat)
            self.table.setItem(row, NAME, QTableWidgetItem(c.name))
            pin = QTableWidgetItem(self._hub.pin(c.seat) if running else "")
            pin.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, PIN, pin)
            self.table.setItem(row, PHONE, QTableWidgetItem(""))
        self.table.resizeColumnToContents(SEAT)
        self.show_devices(self._hub.devices)

    def show_devices(self, devices: Devices) -> None:
        say = self._say
        phones = dict(devices.seats)
        waiting = set(devices.waiting)
        for seat, row in self._rows.items():
            item = self.table.item(row, PHONE)
            if item is None:
                continue
            if seat in waiting:
                text = say("phone_waiting")
            elif seat in phones:
                rtt = phones[seat]
                text = say("phone_rtt", ms=rtt) if rtt >= 0 else say("phone_on")
            else:
                text = "—"
            item.setText(text)
            brush = QBrush(QColor(WAITING_COLOUR)) if seat in waiting else QBrush()
            for column in range(self.table.columnCount()):
                cell = self.table.item(row, column)
                if cell is not None:
                    cell.setBackground(brush)
        self.counts.setText(
            say(
                "counts",
                seats=len(phones),
                total=len(self._rows),
                audience=devices.audience,
                referees=devices.referees,
            )
        )
        first = self.waiting_seat()
        self.takeover.setText(say("takeover", seat=first) if first else say("no_takeover"))
        self.approve_button.setEnabled(first is not None)
        self.refuse_button.setEnabled(first is not None)

    def waiting_seat(self) -> int | None:
        """The seat a decision applies to: the selected one if it waits, else the first."""
        waiting = self._hub.devices.waiting
        if not waiting:
            return None
        rows = self.table.selectionModel().selectedRows()
        if rows:
            item = self.table.item(rows[0].row(), SEAT)
            seat = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
            if seat in waiting:
                return int(seat)
        return int(waiting[0])

    def approve(self) -> None:
        seat = self.waiting_seat()
        if seat is not None:
            self._hub.approve(seat)

    def refuse(self) -> None:
        seat = self.waiting_seat()
        if seat is not None:
            self._hub.refuse(seat)
