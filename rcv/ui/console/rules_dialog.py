"""The rules editor: everything the organisers set before the show (times, what a missing answer
means, all-wrong and answer policies, rescue, question limit, the golden bell, prizes).

It edits a :class:`~rcv.core.rules.Rules` value and nothing else; the console stores it through
``EventFile.replace_setup``, which refuses once the show has started. Opened read-only then.
A setting that could never apply (:func:`rcv.core.rules.unreachable`) is pointed out as it is
made, in amber under the fields.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rcv.core.rules import (
    AllWrongPolicy,
    AnswerPolicy,
    LimitPolicy,
    PausePolicy,
    Prize,
    RescueMethod,
    RescueRules,
    Rules,
    unreachable,
)
from rcv.i18n import Words
from rcv.i18n.phrases.show import policy, rescue_method, unreachable_rule


def _combo(parent: QWidget, words: dict, current: object) -> QComboBox:  # type: ignore[type-arg]
    box = QComboBox(parent)
    for value, text in words.items():
        box.addItem(text, value)
    box.setCurrentIndex(list(words).index(current))
    return box


def _spin(parent: QWidget, low: int, high: int, value: int, none_text: str = "") -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    if none_text:
        spin.setSpecialValueText(none_text)  # shown at the minimum, which means "none"
    spin.setValue(value)
    return spin


class RulesDialog(QDialog):
    def __init__(
        self, rules: Rules, read_only: bool, words: Words, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thể lệ"))
        self._rules = rules
        self._words = words
        r, rescue = rules, rules.rescue
        self.time_s = _spin(self, 1, 600, r.time_per_question_s)
        self.tiebreak_s = _spin(self, 1, 600, r.tiebreak_time_s)
        self.final_s = _spin(self, 1, 600, r.final_time_s)
        self.missing_wrong = QCheckBox(self.tr("Không trả lời bị tính là sai"), self)
        self.missing_wrong.setChecked(r.missing_answer_is_wrong)

        def named(values: tuple) -> dict:  # type: ignore[type-arg]
            return {v: policy(v, words) for v in values}

        self.all_wrong = _combo(self, named(tuple(AllWrongPolicy)), r.all_wrong)
        self.answer_policy = _combo(self, named(tuple(AnswerPolicy)), r.answer_policy)
        self.pause_presses = _combo(self, named(tuple(PausePolicy)), r.pause_presses)
        none = self.tr("không")
        self.question_limit = _spin(self, 0, 999, r.question_limit or 0, self.tr("cả bộ câu hỏi"))
        self.at_limit = _combo(self, named(tuple(LimitPolicy)), r.at_limit)
        self.final_when = _spin(self, 0, 50, r.final_when_standing, none)
        self.rescue_after = _spin(self, 0, 999, rescue.after_question or 0, none)
        self.rescue_fewer = _spin(self, 0, 500, rescue.when_fewer_than or 0, none)
        self.rescue_times = _spin(self, 0, 10, rescue.max_times)
        methods = {m: rescue_method(m, words) for m in RescueMethod}
        self.rescue_method = _combo(self, methods, rescue.method)
        self.rescue_best = _spin(self, 1, 500, rescue.best_count)
        self.prizes = QTableWidget(0, 2, self)
        self.prizes.setHorizontalHeaderLabels([self.tr("Giải"), self.tr("Số lượng")])
        self.prizes.horizontalHeader().setStretchLastSection(True)
        self.prizes.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.prizes.verticalHeader().setVisible(False)
        self.prizes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for prize in r.prizes:
            self._add_prize(prize.name, prize.count)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #f85149;")
        self.problem.setWordWrap(True)
        self.never = QLabel(self)  # settings that can never apply, as they are made
        self.never.setStyleSheet("color: #d29922;")
        self.never.setWordWrap(True)
        self._layout(read_only)
        for spin in (self.rescue_after, self.rescue_fewer, self.rescue_times, self.rescue_best):
            spin.valueChanged.connect(self._check_reachable)
        for box in (self.all_wrong, self.rescue_method):
            box.currentIndexChanged.connect(self._check_reachable)
        self._check_reachable()

    def _layout(self, read_only: bool) -> None:
        play = QFormLayout()
        play.addRow(self.tr("Thời gian mỗi câu (giây)"), self.time_s)
        play.addRow(self.tr("Thời gian câu hỏi phụ (giây)"), self.tiebreak_s)
        play.addRow(self.tr("Thời gian câu chuông vàng (giây)"), self.final_s)
        play.addRow("", self.missing_wrong)
        play.addRow(self.tr("Khi cả sàn trả lời sai"), self.all_wrong)
        play.addRow(self.tr("Bấm nhiều lần"), self.answer_policy)
        play.addRow(self.tr("Bấm lúc tạm dừng"), self.pause_presses)
        play.addRow(self.tr("Số câu hỏi chính"), self.question_limit)
        play.addRow(self.tr("Hết câu hỏi chính mà còn nhiều người"), self.at_limit)
        play.addRow(self.tr("Câu chuông vàng khi còn (người)"), self.final_when)
        rescue = QFormLayout()
        rescue.addRow(self.tr("Được cứu trợ từ sau câu chính thứ"), self.rescue_after)
        rescue.addRow(self.tr("…hoặc ngay khi trên sàn còn dưới (người)"), self.rescue_fewer)
        rescue.addRow(self.tr("Số lượt cứu trợ"), self.rescue_times)
        rescue.addRow(self.tr("Cách cứu trợ đề xuất"), self.rescue_method)
        rescue.addRow(self.tr("Số thí sinh tốt nhất được cứu"), self.rescue_best)
        play_box, rescue_box = QGroupBox(self.tr("Thi đấu"), self), QGroupBox(self.tr("Cứu trợ"))
        play_box.setLayout(play)
        rescue_box.setLayout(rescue)
        add, remove = QPushButton(self.tr("Thêm giải"), self), QPushButton(self.tr("Bớt giải"))
        add.clicked.connect(lambda: self._add_prize(self.tr("Giải mới"), 1))
        remove.clicked.connect(lambda: self.prizes.removeRow(self.prizes.rowCount() - 1))
        prize_buttons = QHBoxLayout()
        prize_buttons.addWidget(add)
        prize_buttons.addWidget(remove)
        prize_buttons.addStretch(1)
        prize_box = QGroupBox(self.tr("Giải thưởng (theo thứ hạng)"), self)
        prize_layout = QVBoxLayout(prize_box)
        prize_layout.addWidget(self.prizes)
        prize_layout.addLayout(prize_buttons)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(play_box)
        left.addWidget(rescue_box)
        columns.addLayout(left)
        columns.addWidget(prize_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if read_only:
            fixed = QLabel(self.tr("Chương trình đã bắt đầu: thể lệ đã cố định, chỉ xem."), self)
            fixed.setStyleSheet("color: #d29922; font-weight: bold;")
            layout.addWidget(fixed)
            for box in (play_box, rescue_box, prize_box):
                box.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        layout.addLayout(columns)
        layout.addWidget(self.never)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _add_prize(self, name: str, count: int) -> None:
        row = self.prizes.rowCount()
        self.prizes.insertRow(row)
        self.prizes.setItem(row, 0, QTableWidgetItem(name))
        self.prizes.setItem(row, 1, QTableWidgetItem(str(count)))

    def _prizes(self) -> tuple[Prize, ...]:
        prizes = []
        for row in range(self.prizes.rowCount()):
            name_item, count_item = self.prizes.item(row, 0), self.prizes.item(row, 1)
            name = name_item.text().strip() if name_item else ""
            count_text = count_item.text().strip() if count_item else ""
            if not name:
                continue
            if not count_text.isdigit():
                raise ValueError(self.tr("Số lượng giải \"{name}\" phải là số.").replace(
                    "{name}", name))  # fmt: skip
            prizes.append(Prize(name, int(count_text)))
        return tuple(prizes)

    def rules(self) -> Rules:
        """The rules as edited (raises ValueError with a Vietnamese message when invalid)."""
        rescue = RescueRules(
            after_question=self.rescue_after.value() or None,
            when_fewer_than=self.rescue_fewer.value() or None,
            max_times=self.rescue_times.value(),
            method=RescueMethod(self.rescue_method.currentData()),
            best_count=self.rescue_best.value(),
        )
        return replace(
            self._rules,
            time_per_question_s=self.time_s.value(),
            tiebreak_time_s=self.tiebreak_s.value(),
            final_time_s=self.final_s.value(),
            missing_answer_is_wrong=self.missing_wrong.isChecked(),
            all_wrong=AllWrongPolicy(self.all_wrong.currentData()),
            answer_policy=AnswerPolicy(self.answer_policy.currentData()),
            pause_presses=PausePolicy(self.pause_presses.currentData()),
            rescue=rescue,
            question_limit=self.question_limit.value() or None,
            at_limit=LimitPolicy(self.at_limit.currentData()),
            final_when_standing=self.final_when.value(),
            prizes=self._prizes(),
        )

    def unreachable_words(self) -> list[str]:
        """What the dialog says about the settings now shown that could never apply."""
        try:
            codes = unreachable(self.rules())
        except ValueError:
            return []
        return [unreachable_rule(code, self._words) for code in codes]

    def _check_reachable(self, *_args: object) -> None:
        self.never.setText("\n".join("⚠ " + line for line in self.unreachable_words()))

    def _save(self) -> None:
        try:
            self.rules()
        except ValueError as exc:
            self.problem.setText(str(exc))
            return
        self.accept()
