"""The rescue (cứu trợ): how eliminated contestants come back, and whether the rules allow it now.

The methods are the rules' own: everybody, seats chosen by the organisers, the best K by their
record, or a rescue question only the eliminated answer. The dialog shows who would come back
before the MC confirms; the engine still has the last word.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rcv.core.round_commands import best_eliminated, rescue_allowed
from rcv.core.rules import RescueMethod
from rcv.core.state import Phase, ShowSetup, ShowState
from rcv.i18n import Words
from rcv.i18n.phrases.show import refusal, rescue_method
from rcv.ui.console.seat_checklist import SeatChecklist


@dataclass(frozen=True, slots=True)
class RescueChoice:
    method: RescueMethod
    seats: tuple[int, ...] = ()
    count: int | None = None


METHOD_ORDER = (RescueMethod.ALL, RescueMethod.SEATS, RescueMethod.BEST, RescueMethod.QUESTION)


class RescueDialog(QDialog):
    def __init__(
        self, state: ShowState, setup: ShowSetup, words: Words, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cứu trợ"))
        self._state = state
        rules = setup.rules.rescue
        refused = rescue_allowed(state, setup)
        if state.phase is not Phase.RESULTS and refused is None:
            why = self.tr("Chỉ cứu trợ được sau khi đã xử lý loại của câu vừa hỏi.")
        else:
            why = refusal(refused, words) if refused is not None else ""
        self.allowed = not why
        used = self.tr("Lượt cứu trợ đã dùng: {used}/{most}")
        used = used.replace("{used}", str(state.rescues_used)).replace(
            "{most}", str(rules.max_times)
        )
        self.verdict = QLabel(
            (self.tr("Thể lệ cho phép cứu trợ lúc này.") if self.allowed else why) + "\n" + used,
            self,
        )
        self.verdict.setWordWrap(True)
        colour = "#56d364" if self.allowed else "#f85149"
        self.verdict.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.methods = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        for i, method in enumerate(METHOD_ORDER):
            radio = QRadioButton(rescue_method(method, words), self)
            if method is rules.method:
                radio.setText(radio.text() + self.tr(" (theo thể lệ)"))
            self.methods.addButton(radio, i)
            layout.addWidget(radio)
            if method is RescueMethod.BEST:
                self.count = QSpinBox(self)
                self.count.setRange(1, max(1, len(state.eliminated)))
                self.count.setValue(min(rules.best_count, max(1, len(state.eliminated))))
                self.count.setPrefix(self.tr("Số thí sinh: "))
                layout.addWidget(self.count)
        rows = []
        for seat in sorted(state.eliminated, key=lambda s: (-(state.seats[s].fell_at or 0), s)):
            name = setup.roster.at(seat).name
            fell = state.seats[seat].fell_at
            text = f"{seat} — {name}" + (self.tr(" (loại ở câu {n})").replace("{n}", str(fell))
                                         if fell else "")  # fmt: skip
            rows.append((seat, text))
        self.seats = SeatChecklist(rows, parent=self)
        layout.addWidget(QLabel(self.tr("Các ghế đã bị loại (đánh dấu để chọn):"), self))
        layout.addWidget(self.seats, 1)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Cứu trợ"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.methods.idToggled.connect(lambda *_: self._update())
        self.count.valueChanged.connect(lambda *_: self._update())
        self.seats.itemChanged.connect(lambda *_: self._update())
        self.set_method(rules.method)
        self.resize(480, 560)

    # -- for the console and its tests ---------------------------------------------------------
    def set_method(self, method: RescueMethod) -> None:
        button = self.methods.button(METHOD_ORDER.index(method))
        button.setChecked(True)
        self._update()

    def method(self) -> RescueMethod:
        return METHOD_ORDER[max(0, self.methods.checkedId())]

    def check_seats(self, seats: set[int]) -> None:
        self.seats.check_seats(seats)

    def checked_seats(self) -> tuple[int, ...]:
        return self.seats.checked_seats()

    def choice(self) -> RescueChoice:
        method = self.method()
        if method is RescueMethod.SEATS:
            return RescueChoice(method, self.checked_seats())
        if method is RescueMethod.BEST:
            return RescueChoice(method, count=self.count.value())
        return RescueChoice(method)

    def returning(self) -> tuple[int, ...] | None:
        """Who would come back now (None for a rescue question: its answers decide)."""
        choice = self.choice()
        if choice.method is RescueMethod.ALL:
            return tuple(sorted(self._state.eliminated))
        if choice.method is RescueMethod.SEATS:
            return choice.seats
        if choice.method is RescueMethod.BEST:
            return tuple(best_eliminated(self._state, choice.count or 1))
        return None

    def _update(self) -> None:
        method = self.method()
        self.seats.setEnabled(method is RescueMethod.SEATS)
        self.count.setEnabled(method is RescueMethod.BEST)
        back = self.returning()
        if back is None:
            text = self.tr(
                "Mở câu hỏi cứu trợ: các thí sinh đã bị loại trả lời, ai đúng thì trở lại."
            )
        else:
            shown = ", ".join(str(s) for s in back[:30]) + (" …" if len(back) > 30 else "")
            text = self.tr("Sẽ trở lại sàn: {n} thí sinh").replace("{n}", str(len(back)))
            text += f" ({shown})" if back else ""
        self.preview.setText(text)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.allowed and (back is None or len(back) > 0))
