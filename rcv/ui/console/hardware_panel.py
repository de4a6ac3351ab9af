"""Hardware status: the receiver hubs, when each was last heard, every press each one sent and
what became of it, the keypads gone silent, and a warning the moment presses go wrong during a
question.

The console does not talk to hubs. The keypad link (:mod:`rcv.app.keypads`, to real or
simulated hubs) publishes a :class:`HardwareStatus` on a :class:`HardwareFeed`; this panel words
it. A hub's figures always add up: received = accepted + refused + noise (counted from the log).
With no feed the panel says so plainly.
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

from rcv.app.hardware_status import HardwareFeed, HardwareStatus, HubStatus, QuestionAlarm
from rcv.core.press_figures import HubFigures
from rcv.hardware.hubs import SetupProblem
from rcv.i18n import Words
from rcv.i18n.phrases.hardware import link_note, setup_problem
from rcv.i18n.phrases.presses import noise_reason, reject_reason
from rcv.ui.console.style import DANGER, WARNING

SILENT_AFTER_MS = 5000
COLUMNS = ("hub", "state", "received", "accepted", "refused", "noise", "lost")


class HardwarePanel(QWidget):
    def __init__(
        self,
        now_ms: Callable[[], int],
        feed: HardwareFeed | None,
        words: Words,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._now_ms = now_ms
        self._words = words
        self._status: HardwareStatus | None = None
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        self.alarm = QLabel(self)
        self.alarm.setWordWrap(True)
        self.alarm.setStyleSheet(f"color: {WARNING}; font-weight: bold;")
        self.alarm.hide()
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Bộ thu"),
                self.tr("Trạng thái"),
                self.tr("Nhận"),
                self.tr("Hợp lệ"),
                self.tr("Từ chối"),
                self.tr("Nhiễu"),
                self.tr("Mất"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("state"), QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.silent = QLabel(self)
        self.silent.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addWidget(self.alarm)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
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
        self.source.setText(self.tr("Nguồn: bộ thu") if status.source == "hubs" else "")
        self._show_alarm(status.alarm, status.problems)
        now = self._now_ms()
        self.table.setRowCount(len(status.hubs))
        for row, hub in enumerate(status.hubs):
            self._fill_row(row, hub, now)
        self.totals.setText(self._totals(status))
        if status.silent_seats:
            seats = ", ".join(str(s) for s in status.silent_seats[:40])
            more = f" … (+{len(status.silent_seats) - 40})" if len(status.silent_seats) > 40 else ""
            self.silent.setText(self.tr("Bàn phím im lặng: ghế ") + seats + more)
        else:
            self.silent.setText(self.tr("Không có bàn phím im lặng."))

    def _fill_row(self, row: int, hub: HubStatus, now: int) -> None:
        late = not hub.connected
        state = "✓" if hub.connected else "✗ " + self.tr("MẤT KẾT NỐI")
        if hub.last_heard_ms is not None and hub.connected:
            age = max(0, now - hub.last_heard_ms)
            state += " " + self.tr("{n} giây trước").replace("{n}", str(age // 1000))
            late = late or age > SILENT_AFTER_MS
        where = self.tr("{port} · {n} bàn phím").format(port=hub.port, n=hub.keypads)
        f = hub.figures or HubFigures(hub.name)
        cells = {
            "hub": (hub.name, where),
            "state": (state, link_note(hub.said, hub.detail, self._words)),
            "received": (str(f.received), ""),
            "accepted": (str(f.accepted), ""),
            "refused": (str(f.refused_total), self._breakdown(f.refused, reject_reason)),
            "noise": (str(f.noise_total), self._breakdown(f.noise, noise_reason)),
            "lost": (str(f.lost), ""),
        }
        for col, key in enumerate(COLUMNS):
            text, tip = cells[key]
            item = QTableWidgetItem(text)
            if (late and key == "state") or (key == "lost" and f.lost):
                item.setForeground(QBrush(QColor(DANGER)))
            if tip:
                item.setToolTip(tip)
            self.table.setItem(row, col, item)

    def _breakdown(self, counts: dict[str, int], name: Callable[[str, Words], str]) -> str:
        ordered = sorted(counts.items(), key=lambda i: -i[1])
        return "\n".join(f"{name(r, self._words)}: {n}" for r, n in ordered)

    def _totals(self, status: HardwareStatus) -> str:
        total = HubFigures("")
        for hub in status.hubs:
            if hub.figures is not None:
                total.accepted += hub.figures.accepted
                total.refused.update(hub.figures.refused)
                total.noise.update(hub.figures.noise)
                total.lost += hub.figures.lost
        line = self.tr(
            "Tổng: nhận {received} = hợp lệ {accepted} + từ chối {refused} + nhiễu {noise}; "
            "mất {lost}."
        ).format(
            received=total.received,
            accepted=total.accepted,
            refused=total.refused_total,
            noise=total.noise_total,
            lost=total.lost,
        )
        if status.pending:
            line += " " + self.tr("Đang chờ ghi: {n}.").format(n=status.pending)
        if status.unlogged:
            line += " " + self.tr("Nhận khi chưa mở sự kiện (không có nhật ký): {n}.").format(
                n=status.unlogged
            )
        return line

    def _show_alarm(self, alarm: QuestionAlarm, problems: tuple[SetupProblem, ...]) -> None:
        parts = [setup_problem(p, self._words) for p in problems]
        if alarm.refused:
            said = ", ".join(f"{n} {reject_reason(r, self._words)}" for r, n in alarm.refused)
            parts.append(self.tr("Câu này: lần bấm bị từ chối — {what}").format(what=said))
        if alarm.noise:
            parts.append(self.tr("Câu này: {n} khung nhiễu hoặc hỏng").format(n=alarm.noise))
        if alarm.lost:
            parts.append(self.tr("Câu này: mất {n} khung không lấy lại được").format(n=alarm.lost))
        if alarm.silent:
            parts.append(
                self.tr("{n} bàn phím chưa bấm khi đã quá nửa thời gian").format(n=alarm.silent)
            )
        self.alarm.setText("⚠ " + "\n⚠ ".join(parts) if parts else "")
        self.alarm.setVisible(bool(parts))
