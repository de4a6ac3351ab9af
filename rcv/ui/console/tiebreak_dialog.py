"""A tie-break (câu hỏi phụ): which contestants play it and how many places it decides.

Opened with the seats the show suggests (a tie across a prize boundary, or those still standing);
the MC may change them. The ranking column says why they are level.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rcv.core.ranking import Ranking
from rcv.core.state import ShowSetup, ShowState
from rcv.ui.console.seat_checklist import SeatChecklist


@dataclass(frozen=True, slots=True)
class TieBreakChoice:
    seats: tuple[int, ...]
    places: int
    reason: str


class TieBreakDialog(QDialog):
    def __init__(
        self,
        state: ShowState,
        setup: ShowSetup,
        ranking: Ranking,
        preset: Sequence[int] = (),
        places: int = 1,
        reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Câu hỏi phụ"))
        note = self.tr(
            "Chọn các thí sinh dự câu hỏi phụ và số vị trí cần phân định. Vòng câu hỏi phụ "
            "kết thúc khi còn không quá số vị trí đó."
        )
        intro = QLabel(note, self)
        intro.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Lọc theo ghế hoặc tên"))
        rows = []
        for p in ranking.placings:
            name = setup.roster.at(p.seat).name
            status = (
                self.tr("còn trên sàn") if p.standing else self.tr("loại ở câu ") + str(p.fell_at)
            )
            rank = self.tr("hạng {rank}").format(rank=p.rank)
            rows.append((p.seat, f"{p.seat} — {name} · {rank} · {status}"))
        self.seats = SeatChecklist(rows, preset, self)
        self.places = QSpinBox(self)
        self.places.setRange(1, max(1, len(state.seats) - 1))
        self.places.setValue(max(1, places))
        self.reason = QLineEdit(reason, self)
        self.reason.setPlaceholderText(self.tr("Lý do, ví dụ: đồng hạng giải Nhì"))
        self.summary = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mở câu hỏi phụ"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Số vị trí cần phân định"), self.places)
        form.addRow(self.tr("Lý do"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.seats, 1)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.filter.textChanged.connect(self._filter)
        self.seats.itemChanged.connect(lambda *_: self._update())
        self.places.valueChanged.connect(lambda *_: self._update())
        self._update()
        self.resize(520, 600)

    def check_seats(self, seats: set[int]) -> None:
        self.seats.check_seats(seats)

    def checked_seats(self) -> tuple[int, ...]:
        return self.seats.checked_seats()

    def choice(self) -> TieBreakChoice:
        return TieBreakChoice(self.checked_seats(), self.places.value(), self.reason.text().strip())

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.seats.count()):
            item = self.seats.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _update(self) -> None:
        n = len(self.checked_seats())
        places = self.places.value()
        ok = n >= 2 and 1 <= places < n
        text = self.tr("{n} thí sinh, phân định {p} vị trí").replace("{n}", str(n))
        self.summary.setText(text.replace("{p}", str(places)))
        self.summary.setStyleSheet("" if ok else "color: #f85149;")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
