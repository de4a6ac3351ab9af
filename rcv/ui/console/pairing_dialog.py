"""Pair keypads that say their own ID (RF clickers) with seats, in the console: walk the floor
pressing each keypad in seat order, or choose a seat and press the keypad that sits there.
Each press is shown as it pairs (a keypad already at another seat, pressed out of turn, is a
duplicate, shown in red and not paired); skipped seats and seats still without a keypad are
listed. "Save" keeps the table with the event's hardware settings, so it travels with the
event file. The walk itself is :class:`rcv.hardware.pairing.PairingWalk`; its steps are worded
with the console's :class:`~rcv.i18n.Words`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rcv.app.port_listener import PortListener
from rcv.hardware.device import DeviceProfile
from rcv.hardware.events import HardwareEvent, KeyPress, RejectedFrame
from rcv.hardware.pairing import PairingTable, PairingWalk
from rcv.hardware.protocol import RejectReason
from rcv.hardware.settings import parse_seats, seats_text
from rcv.i18n import Words
from rcv.i18n.phrases.hardware import CTX, PAIR_ASK, pair_step, pair_summary
from rcv.ui.console.style import DANGER, WARNING

SaveTable = Callable[[PairingTable], str | None]  # the problem in words, or None


class PairingDialog(QDialog):
    def __init__(
        self,
        port: str,
        profile: DeviceProfile,
        table: PairingTable,
        seats: tuple[int, int],
        words: Words,
        save: SaveTable,
        listener: PortListener | None = None,
        parent: QWidget | None = None,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self._port, self._profile, self._words, self._save = port, profile, words, save
        self._start_table = table
        self.listener = listener or PortListener(parent=self)
        self.listener.heard.connect(self._heard)
        self.walk = PairingWalk(*seats, table)
        title = title or profile.title or profile.name  # the console's own words for it
        self.setWindowTitle(self.tr("Ghép bàn phím với ghế"))
        head = QLabel(self.tr("{title} ở cổng {port}").format(title=title, port=port), self)
        head.setWordWrap(True)
        self.seats = QLineEdit(seats_text(*seats), self)
        self.seats.setToolTip(self.tr("Các ghế cần ghép, ví dụ 1-500"))
        self.listen_button = QPushButton(self.tr("Bắt đầu nghe"), self)
        self.listen_button.clicked.connect(self.start)
        self.ask = QLabel(self)
        font = self.ask.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.ask.setFont(font)
        self.seat = QSpinBox(self)
        self.seat.setRange(seats[0], seats[1])
        self.choose_button = QPushButton(self.tr("Ghép ghế này tiếp theo"), self)
        self.choose_button.clicked.connect(self.choose)
        self.skip_button = QPushButton(self.tr("Bỏ qua ghế đang hỏi"), self)
        self.skip_button.clicked.connect(self.skip)
        self.steps = QListWidget(self)
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Lưu bảng ghép"), self)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Đóng"), self)
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ghế:"), self))
        top.addWidget(self.seats)
        top.addWidget(self.listen_button)
        top.addStretch(1)
        by_hand = QHBoxLayout()
        by_hand.addWidget(QLabel(self.tr("Hoặc gõ ghế:"), self))
        by_hand.addWidget(self.seat)
        by_hand.addWidget(self.choose_button)
        by_hand.addWidget(self.skip_button)
        by_hand.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problem, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(top)
        layout.addWidget(self.ask)
        layout.addLayout(by_hand)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.summary)
        layout.addLayout(bottom)
        self.resize(640, 480)
        self._refresh()

    def done(self, result: int) -> None:
        self.listener.stop()  # the port is free again once the dialog is gone
        super().done(result)

    # -- the walk ----------------------------------------------------------------------------
    def start(self) -> None:
        """Listen to the port (again), pairing the seats typed in the seats field."""
        try:
            first, last = parse_seats(self.seats.text())
        except ValueError:
            self._say(self.tr("Ghế phải là một số hoặc một dải, ví dụ 1-500."), DANGER)
            return
        if (first, last) != (self.walk.first, self.walk.last):
            self.walk = PairingWalk(first, last, self.walk.table)
            self.seat.setRange(first, last)
        try:
            self.listener.start(self._port, self._profile)
        except (OSError, ValueError) as exc:
            self._say(str(exc), DANGER)
            return
        self._say(self.tr("Đang nghe {port}…").format(port=self._port), "")
        self._refresh()

    def choose(self) -> None:
        self.walk.choose(self.seat.value())
        self._refresh()

    def skip(self) -> None:
        self.walk.skip()
        self._refresh()

    def press(self, device_id: str, key: str = "") -> None:
        """One keypad pressed (from the port, or typed in by a test)."""
        step = self.walk.press(device_id, key)
        item = QListWidgetItem(pair_step(step, self._words))
        if step.code == "duplicate":
            item.setForeground(QBrush(QColor(DANGER)))
        elif step.code in ("again", "done"):
            item.setForeground(QBrush(QColor(WARNING)))
        self.steps.addItem(item)
        self.steps.scrollToBottom()
        self._refresh()

    def _heard(self, event: HardwareEvent) -> None:
        if isinstance(event, KeyPress) and event.device_id:
            self.press(event.device_id, event.key)
        elif (
            isinstance(event, RejectedFrame)
            and event.reason is RejectReason.UNPAIRED
            and event.device_id
        ):
            self.press(event.device_id, event.key or "")

    def _refresh(self) -> None:
        cursor = self.walk.cursor
        self.ask.setText(
            self._words(CTX, PAIR_ASK, seat=cursor)
            if cursor is not None
            else self.tr("Mọi ghế đã có bàn phím.")
        )
        self.summary.setText("\n".join(pair_summary(self.walk, self._words)[:1]))
        shared = self.walk.table.shared_seats()
        if shared:
            self.summary.setText(
                self.summary.text() + "\n" + "\n".join(pair_summary(self.walk, self._words)[-1:])
            )
        self.skip_button.setEnabled(cursor is not None)

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        problem = self._save(self.walk.table)
        if problem:
            self._say(problem, DANGER)
            return
        self._say(self.tr("Đã lưu bảng ghép ({n} bàn phím).").format(n=len(self.walk.table)),
                  "#56d364")  # fmt: skip

    def _say(self, text: str, color: str) -> None:
        self.problem.setText(text)
        self.problem.setStyleSheet(f"color: {color};" if color else "")
