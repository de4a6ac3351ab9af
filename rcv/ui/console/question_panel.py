"""The question on stage, for the MC's eyes: its text, the options with how many chose each, the
correct answer and the explanation (never on the projector before the reveal), and what comes
next.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from rcv.app.controller import ShowController
from rcv.core.model import LETTERS, Question, QuestionKind
from rcv.core.show import Change
from rcv.core.state import QuestionRecord, ShowSetup, ShowState
from rcv.core.suggest import STAGE_POOLS, ActionKind, next_question
from rcv.i18n import Words
from rcv.i18n.phrases.show import question_title

MAX_OPTIONS = len(LETTERS)
AREA_SHARE, AREA_MIN, AREA_MAX = 0.25, 150, 290  # of the window's height, in pixels


class QuestionArea(QScrollArea):
    """The question panel in a scroll area whose height follows only the window's (a quarter
    of it, within bounds): a longer question, more options or an explanation scroll inside it
    and never change the space the seat grid gets."""

    def __init__(self, panel: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._watched: QWidget | None = None
        self.setObjectName("questionArea")
        self.setWidget(panel)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(AREA_MAX)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self._watched and window is not self:
            window.installEventFilter(self)
            self._watched = window
            self.fit(window.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Resize:
            self.fit(self._watched.height())
            return False
        return super().eventFilter(watched, event)  # the scroll area's own (its viewport)

    def fit(self, window_height: int) -> None:
        self.setFixedHeight(max(AREA_MIN, min(AREA_MAX, int(window_height * AREA_SHARE))))


def fixed_area(panel: QWidget) -> QuestionArea:
    """``panel`` in a :class:`QuestionArea`."""
    return QuestionArea(panel)


class QuestionPanel(QWidget):
    def __init__(
        self, controller: ShowController, words: Words, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._words = words
        self.title = QLabel(self)
        self.title.setObjectName("phaseLine")
        self.text = QLabel(self)
        self.text.setObjectName("questionText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.correct = QLabel(self)
        self.correct.setObjectName("correctAnswer")
        self.correct.setWordWrap(True)
        self.mc_only = QLabel(self.tr("Chỉ MC thấy — màn chiếu chưa hiện đáp án"), self)
        self.mc_only.setObjectName("mcOnly")
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.next_line = QLabel(self)
        self.next_line.setObjectName("mcOnly")
        self.next_line.setWordWrap(True)
        self._letters: list[QLabel] = []
        self._options: list[QLabel] = []
        self._counts: list[QLabel] = []
        self._shown: str | None = "-"  # the question whose options are laid out
        options = QGridLayout()
        options.setHorizontalSpacing(12)
        options.setVerticalSpacing(2)
        for row in range(MAX_OPTIONS):
            letter, option, count = QLabel(self), QLabel(self), QLabel(self)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            option.setWordWrap(True)
            options.addWidget(letter, row, 0)
            options.addWidget(option, row, 1)
            options.addWidget(count, row, 2)
            self._letters.append(letter)
            self._options.append(option)
            self._counts.append(count)
        options.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(options)
        layout.addWidget(self.correct)
        layout.addWidget(self.mc_only)
        layout.addWidget(self.explanation)
        layout.addWidget(self.next_line)
        controller.changed.connect(self.on_changed)
        self.on_changed(None)

    def option_count(self, letter: str) -> int | None:
        """How many chose ``letter`` (as shown), or None when the option is not shown."""
        text = self._counts[LETTERS.index(letter)].text()
        return int(text) if text else None

    def on_changed(self, change: Change | None) -> None:
        state, setup = self._controller.state, self._controller.setup
        if state is None or setup is None:
            self._show(
                None, None, QCoreApplication.translate("QuestionPanel", "Chưa mở sự kiện nào."), ""
            )
            self.next_line.setText("")
            return
        record = state.current
        if record is not None:
            question = setup.questions.by_id(record.question_id)
            head = f"{question_title(record.stage, record.number, self._words)} · {question.id}"
            self._show(question, record, head, question.source)
        else:
            upcoming = self._upcoming(state, setup)
            if upcoming is None:
                self._show(
                    None,
                    None,
                    QCoreApplication.translate("QuestionPanel", "Không có câu hỏi đang diễn ra."),
                    "",
                )
            else:
                self._show(
                    upcoming,
                    None,
                    QCoreApplication.translate("QuestionPanel", "Câu sắp hỏi: ") + upcoming.id,
                    upcoming.source,
                )
        self.next_line.setText(self._after(state, setup, record))

    # -- internals ---------------------------------------------------------------------------
    def _upcoming(self, state: ShowState, setup: ShowSetup) -> Question | None:
        action = self._controller.suggestion()
        if action is not None and action.kind is ActionKind.SHOW_QUESTION and action.question_id:
            return setup.questions.by_id(action.question_id)
        return None

    def _after(self, state: ShowState, setup: ShowSetup, record: QuestionRecord | None) -> str:
        if record is None:
            return ""
        following = next_question(state, setup, STAGE_POOLS[state.stage])
        if following is None:
            return QCoreApplication.translate("QuestionPanel", "Sau câu này: hết câu hỏi của vòng.")
        return (
            QCoreApplication.translate("QuestionPanel", "Câu kế tiếp: ")
            + f"{following.id} — {following.text[:90]}"
        )

    def _show(
        self, question: Question | None, record: QuestionRecord | None, head: str, source: str
    ) -> None:
        self.title.setText(head + (f" · {source}" if source else ""))
        key = question.id if question is not None else None
        if key != self._shown:
            self._shown = key
            self._set_question(question)
        letters = question.letters if question else ""
        counts = _counts(record, letters)
        for row, letter in enumerate(letters):
            self._counts[row].setText(str(counts.get(letter, 0)) if record is not None else "")
        revealed = record is not None and record.revealed_at_ms is not None
        self.mc_only.setVisible(question is not None and not revealed)

    def _set_question(self, question: Question | None) -> None:
        self.text.setText(question.text if question else "")
        letters = question.letters if question else ""
        for row in range(MAX_OPTIONS):
            shown = question is not None and row < len(letters)
            for label in (self._letters[row], self._options[row], self._counts[row]):
                label.setVisible(shown)
                label.setText("")
            if not shown or question is None:
                continue
            letter = letters[row]
            weight = "font-weight: bold; color: #56d364;" if letter == question.correct else ""
            self._letters[row].setText(letter)
            self._letters[row].setStyleSheet(f"font-size: 16px; {weight}")
            self._options[row].setText(question.options[row])
            self._options[row].setStyleSheet(f"font-size: 16px; {weight}")
        if question is None:
            self.correct.setText("")
            self.explanation.setText("")
            return
        answer = question.correct_text()
        if question.kind is QuestionKind.SHORT:
            answer = QCoreApplication.translate("QuestionPanel", "chấp nhận: ") + answer
        self.correct.setText(QCoreApplication.translate("QuestionPanel", "Đáp án: ") + answer)
        self.explanation.setText(
            (QCoreApplication.translate("QuestionPanel", "Giải thích: ") + question.explanation)
            if question.explanation
            else ""
        )


def _counts(record: QuestionRecord | None, letters: str) -> dict[str, int]:
    if record is None or not letters:
        return {}
    counts = dict.fromkeys(letters, 0)
    for answer in record.answers.values():
        if answer.answer in counts:
            counts[answer.answer] += 1
    return counts
