"""The question on stage, for the MC's eyes: its text, the options with how many chose each, the
correct answer and the explanation (never on the projector before the reveal), a thumbnail of
its picture, and what comes next.

Maths (``$7^2 = 49$``) is typeset as on the projector, by
:func:`rcv.results.mathtext.render_math`: real fractions, roots and scripts in the label's
colour; text without a formula stays plain text.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rcv.app.controller import ShowController
from rcv.app.presentation import question_picture
from rcv.core.model import LETTERS, Question, QuestionKind
from rcv.core.show import Change
from rcv.core.state import QuestionRecord, ShowSetup, ShowState
from rcv.core.suggest import STAGE_POOLS, ActionKind, next_question
from rcv.i18n import Words
from rcv.i18n.phrases.show import question_title
from rcv.results.mathtext import render_math
from rcv.ui.console.style import TEXT

MAX_OPTIONS = len(LETTERS)
AREA_SHARE, AREA_MIN, AREA_MAX = 0.25, 150, 290  # of the window's height, in pixels
THUMBNAIL_W, THUMBNAIL_H = 160, 90  # the picture's thumbnail: small, the options stay in view
RIGHT = "#56d364"  # the correct answer's colour (style.py: QLabel#correctAnswer)
QUESTION_PX, OPTION_PX, NOTE_PX = 18, 16, 13  # the labels' font sizes (style.py)


def put_text(label: QLabel, text: str, size_px: int, color: str, prefix: str = "") -> None:
    """``prefix`` + ``text`` on ``label``, its formulas typeset at ``size_px`` in ``color``."""
    shown = render_math(text, size_px, color)
    if shown.has_math:
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(html.escape(prefix, quote=False) + shown.rich)
    else:
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(prefix + text)


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
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.picture = QLabel(self)  # the question's picture, small; H shows it full screen
        self.picture.setObjectName("questionPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.picture.hide()
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
        top = QHBoxLayout()
        top.addWidget(self.text, 1)
        top.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
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
        text = render_math(following.text).plain  # a plain line: maths in Unicode ("7²")
        return QCoreApplication.translate("QuestionPanel", "Câu kế tiếp: ") + (
            f"{following.id} — {text[:90]}"
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
        text = TEXT.name()
        put_text(self.text, question.text if question else "", QUESTION_PX, text)
        self._show_picture(question)
        letters = question.letters if question else ""
        for row in range(MAX_OPTIONS):
            shown = question is not None and row < len(letters)
            for label in (self._letters[row], self._options[row], self._counts[row]):
                label.setVisible(shown)
                label.setText("")
            if not shown or question is None:
                continue
            letter = letters[row]
            right = letter == question.correct
            weight = f"font-weight: bold; color: {RIGHT};" if right else ""
            self._letters[row].setText(letter)
            self._letters[row].setStyleSheet(f"font-size: {OPTION_PX}px; {weight}")
            put_text(self._options[row], question.options[row], OPTION_PX, RIGHT if right else text)
            self._options[row].setStyleSheet(f"font-size: {OPTION_PX}px; {weight}")
        if question is None:
            self.correct.setText("")
            self.explanation.setText("")
            return
        prefix = QCoreApplication.translate("QuestionPanel", "Đáp án: ")
        if question.kind is QuestionKind.SHORT:
            prefix += QCoreApplication.translate("QuestionPanel", "chấp nhận: ")
        put_text(self.correct, question.correct_text(), QUESTION_PX, RIGHT, prefix)
        if question.explanation:
            prefix = QCoreApplication.translate("QuestionPanel", "Giải thích: ")
            put_text(self.explanation, question.explanation, NOTE_PX, text, prefix)
        else:
            self.explanation.setText("")

    def _show_picture(self, question: Question | None) -> None:
        """A thumbnail of the question's picture beside its text; none when it has none (or it
        cannot be read: the show goes on without it)."""
        event_file = self._controller.event_file
        data = None
        if question is not None and question.media and event_file is not None:
            data = question_picture(event_file, question.media)
        pixmap = QPixmap()
        if data is None or not pixmap.loadFromData(data):
            self.picture.clear()
            self.picture.hide()
            return
        self.picture.setPixmap(
            pixmap.scaled(
                THUMBNAIL_W,
                THUMBNAIL_H,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.picture.setToolTip(
            QCoreApplication.translate("QuestionPanel", "Hình của câu hỏi (H: chiếu toàn màn hình)")
        )
        self.picture.show()


def _counts(record: QuestionRecord | None, letters: str) -> dict[str, int]:
    if record is None or not letters:
        return {}
    counts = dict.fromkeys(letters, 0)
    for answer in record.answers.values():
        if answer.answer in counts:
            counts[answer.answer] += 1
    return counts
