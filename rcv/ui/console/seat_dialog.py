"""One seat, opened from the grid: correct its answer, or eliminate / bring back the contestant,
always with a reason that goes into the log. The dialog decides nothing; the console carries out
its :class:`SeatDecision` through the controller.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rcv.core.model import Contestant, Question, QuestionKind
from rcv.core.state import SeatRecord
from rcv.i18n import Words
from rcv.i18n.phrases.show import reason_text
from rcv.ui.console.seat_cells import SeatCell

CLEAR = ""  # the "no answer" choice


class SeatAction(Enum):
    SET_ANSWER = "set_answer"
    ELIMINATE = "eliminate"
    REVIVE = "revive"


@dataclass(frozen=True, slots=True)
class SeatDecision:
    action: SeatAction
    seat: int
    answer: str | None = None  # SET_ANSWER: None clears the answer
    reason: str = ""


class SeatDialog(QDialog):
    def __init__(
        self,
        contestant: Contestant,
        record: SeatRecord,
        cell: SeatCell,
        question: Question | None,
        can_answer: bool,
        words: Words,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ghế {seat}").replace("{seat}", str(contestant.seat)))
        self.decision: SeatDecision | None = None
        self._seat = contestant.seat
        self._question = question
        head = QLabel(f"<b>{contestant.seat} — {contestant.name}</b>", self)
        head.setStyleSheet("font-size: 18px;")
        who = " · ".join(p for p in (f"SBD {contestant.sbd}", contestant.unit) if p)
        status = QLabel(cell.words(words), self)
        status.setWordWrap(True)
        if not record.standing and record.eliminated_reason:
            why = reason_text(record.eliminated_reason, words)
            status.setText(status.text() + f" ({why})")
        self.answer_box = QGroupBox(self.tr("Đáp án cho câu đang diễn ra"), self)
        self.choices = QButtonGroup(self)
        self.choices.setExclusive(True)
        self.answer_edit = QLineEdit(self)
        self._build_answer(cell, question)
        self.answer_box.setEnabled(can_answer and question is not None)
        if not can_answer:
            self.answer_box.setToolTip(self.tr("Chỉ sửa được khi ghế tham gia câu đang diễn ra."))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Lý do (ghi vào nhật ký), ví dụ: bấm nhầm"))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #f85149;")
        self.set_button = QPushButton(self.tr("Đặt đáp án"), self)
        self.eliminate_button = QPushButton(self.tr("Loại thí sinh"), self)
        self.revive_button = QPushButton(self.tr("Đưa trở lại sàn"), self)
        close = QPushButton(self.tr("Đóng"), self)
        self.set_button.setEnabled(self.answer_box.isEnabled())
        self.eliminate_button.setEnabled(record.standing)
        self.revive_button.setEnabled(not record.standing)
        self.set_button.clicked.connect(self._set_answer)
        self.eliminate_button.clicked.connect(lambda: self._decide(SeatAction.ELIMINATE))
        self.revive_button.clicked.connect(lambda: self._decide(SeatAction.REVIVE))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.set_button, self.eliminate_button, self.revive_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(QLabel(who, self))
        layout.addWidget(status)
        layout.addWidget(self.answer_box)
        layout.addWidget(QLabel(self.tr("Lý do"), self))
        layout.addWidget(self.reason)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.resize(460, self.sizeHint().height())

    def _build_answer(self, cell: SeatCell, question: Question | None) -> None:
        row = QHBoxLayout(self.answer_box)
        if question is None or question.kind is QuestionKind.SHORT:
            self.answer_edit.setPlaceholderText(self.tr("Câu trả lời viết trên bảng"))
            self.answer_edit.setText(cell.answer or "")
            row.addWidget(self.answer_edit)
            return
        self.answer_edit.hide()
        for letter in (*question.letters, CLEAR):
            text = letter or self.tr("Không trả lời")
            button = QPushButton(text, self.answer_box)
            button.setCheckable(True)
            button.setProperty("answer", letter)
            button.setChecked(letter == (cell.answer or CLEAR))
            if letter:
                button.setMinimumSize(48, 40)
                button.setStyleSheet("font-size: 18px; font-weight: bold;")
            self.choices.addButton(button)
            row.addWidget(button)

    def choose(self, answer: str | None) -> None:
        """Pick an answer as the MC would (a letter, a written text, or None for no answer)."""
        if self._question is None or self._question.kind is QuestionKind.SHORT:
            self.answer_edit.setText(answer or "")
            return
        for button in self.choices.buttons():
            if button.property("answer") == (answer or CLEAR):
                button.setChecked(True)

    def chosen(self) -> str | None:
        if self._question is None or self._question.kind is QuestionKind.SHORT:
            return self.answer_edit.text().strip() or None
        button = self.choices.checkedButton()
        value = button.property("answer") if button is not None else CLEAR
        return str(value) or None

    def _set_answer(self) -> None:
        reason = self.reason.text().strip() or self.tr("sửa tay")
        self.decision = SeatDecision(SeatAction.SET_ANSWER, self._seat, self.chosen(), reason)
        self.accept()

    def _decide(self, action: SeatAction) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.problem.setText(self.tr("Hãy ghi lý do: nó được ghi vào nhật ký công khai."))
            self.reason.setFocus()
            return
        self.decision = SeatDecision(action, self._seat, None, reason)
        self.accept()
