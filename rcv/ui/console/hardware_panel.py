"""Hardware status: the receiver hubs, when each was last heard, and the keypads gone silent.

The console does not talk to hubs. The keypad link (:mod:`rcv.app.keypads`, to real or
simulated hubs) publishes a :class:`HardwareStatus` on a :class:`HardwareFeed`; with no feed
the panel says so plainly.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rcv.app.hardware_status import HardwareFeed, HardwareStatus
from rcv.ui.console.style import DANGER

SILENT_AFTER_MS = 5000


class HardwarePanel(QWidget):
    def __init__(
        self,
        now_ms: Callable[[], int],
        feed: HardwareFeed | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._now_ms = now_ms
        self._status: HardwareStatus | None = None
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Bộ thu"),
                self.tr("Cổng"),
                self.tr("Trạng thái"),
                self.tr("Nghe lần cuối"),
                self.tr("Bàn phím"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.silent = QLabel(self)
        self.silent.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.silent)
        self._ages = QTimer(self)
        self._ages.setInterval(1000)
        self._ages.timeout.connect(self._refresh)
        if feed is None:
            self.source.setText(
                self.tr(
                    "Chưa nối bộ thu: trạng thái phần cứng sẽ hiện ở đây khi mô-đun phần cứng "
                    "(rcv.hardware) được nối vào bảng điều khiển."
                )
            )
            self.table.setEnabled(False)
        else:
            self.source.setText(self.tr("Đang chờ tin từ bộ thu…"))
            feed.statusChanged.connect(self.set_status)
            self._ages.start()

    @property
    def status(self) -> HardwareStatus | None:
        return self._status

    def set_status(self, status: HardwareStatus) -> None:
        self._status = status
        self._refresh()

    def _refresh(self) -> None:
        status = self._status
        if status is None:
            return
        self.source.setText(self.tr("Nguồn: ") + status.source)
        now = self._now_ms()
        self.table.setRowCount(len(status.hubs))
        for row, hub in enumerate(status.hubs):
            heard = "—"
            late = not hub.connected
            if hub.last_heard_ms is not None:
                age = max(0, now - hub.last_heard_ms)
                heard = self.tr("{n} giây trước").replace("{n}", str(age // 1000))
                late = late or age > SILENT_AFTER_MS
            state = self.tr("đã kết nối") if hub.connected else self.tr("MẤT KẾT NỐI")
            cells = [
                hub.name,
                hub.port,
                state + (f" — {hub.note}" if hub.note else ""),
                heard,
                str(hub.keypads),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if late and col in (2, 3):
                    item.setForeground(QBrush(QColor(DANGER)))
                self.table.setItem(row, col, item)
        if status.silent_seats:
            seats = ", ".join(str(s) for s in status.silent_seats[:40])
            more = f" … (+{len(status.silent_seats) - 40})" if len(status.silent_seats) > 40 else ""
            self.silent.setText(self.tr("Bàn phím im lặng: ghế ") + seats + more)
        else:
            self.silent.setText(self.tr("Không có bàn phím im lặng."))
