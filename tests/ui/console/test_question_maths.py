"""The MC's question panel typesets maths as the projector does (no raw ``$…$``) and shows a
thumbnail of the question's picture, read from the event file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from rcv.app.controller import ShowController
from rcv.clock import ManualClock
from rcv.entry.tour import MATHS_ID, PICTURE_ID, open_tour_event
from rcv.i18n import Words
from rcv.ui.console.question_panel import THUMBNAIL_H, THUMBNAIL_W, QuestionPanel


@pytest.fixture
def panel(qtbot, tmp_path: Path):
    controller = ShowController(ManualClock())
    controller.attach(open_tour_event(tmp_path / "tour.rcv", seats=10))
    widget = QuestionPanel(controller, Words("vi"))
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    yield widget
    controller.detach()


def typeset(label: QLabel) -> bool:
    """Rich text with the formulas as pictures and no dollar left."""
    text = label.text()
    return label.textFormat() is Qt.TextFormat.RichText and "<img" in text and "$" not in text


def test_maths_in_the_question_options_answer_and_explanation_is_typeset(panel) -> None:
    controller = panel._controller
    question = controller.setup.questions.by_id(MATHS_ID)
    assert "$" in question.text and "$" in question.explanation  # the source is TeX
    controller.show_question(MATHS_ID)
    assert typeset(panel.text)
    options = [label for label in panel._options if label.isVisibleTo(panel)]
    assert len(options) == len(question.options) and all(typeset(o) for o in options)
    assert typeset(panel.correct) and typeset(panel.explanation)
    assert panel.correct.text().startswith("Đáp án: B.")  # the words before the formula stay
    assert not panel.picture.isVisibleTo(panel)  # no picture to this question


def test_a_question_with_a_picture_shows_its_thumbnail(panel) -> None:
    controller = panel._controller
    controller.show_question(PICTURE_ID)
    assert panel.picture.isVisibleTo(panel)
    pixmap = panel.picture.pixmap()
    assert not pixmap.isNull()
    assert 0 < pixmap.width() <= THUMBNAIL_W and 0 < pixmap.height() <= THUMBNAIL_H
    assert panel.text.textFormat() is Qt.TextFormat.PlainText  # no formula: plain as written
    assert panel.text.text() == controller.setup.questions.by_id(PICTURE_ID).text
    assert "$" not in panel.next_line.text()
    controller.undo()  # back before it: the upcoming question, another one, has no picture
    controller.show_question("M01")
    assert not panel.picture.isVisibleTo(panel)
