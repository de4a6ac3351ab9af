"""A whole simulated show driven through the console with the MC's keys, checking at each step
what the MC sees (the primary button, a seat's cell in the grid, the count on the floor, the
timeline) and what the projector shows (its scene, and no answer before the reveal). Real event
file, manual clock, no sleeping."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from rcv.clock import ManualClock
from rcv.core.rules import RescueMethod
from rcv.core.state import Phase
from rcv.core.suggest import ActionKind
from rcv.i18n import Words
from rcv.i18n.phrases.show import action_label
from rcv.ui.console.main_window import ConsoleWindow
from rcv.ui.console.next_step import apply_outcome
from rcv.ui.console.rescue_dialog import RescueDialog
from rcv.ui.console.seat_dialog import SeatDialog
from rcv.ui.console.tiebreak_dialog import TieBreakDialog
from rcv.ui.display.model import DisplayModel

from .conftest import Prompts
from .driver import key, play, press, space, time_up


def label(window: ConsoleWindow) -> str:
    return window.primary.label()


def cell(window: ConsoleWindow, seat: int) -> str:
    return window.grid.cell_text(seat)


def test_a_whole_show_through_the_console(
    qtbot: object, console: ConsoleWindow, clock: ManualClock, prompts: Prompts
) -> None:
    w, c = console, console.controller
    projector = DisplayModel(c)  # the display observes the same controller

    def scene() -> str:
        return str(projector.value("scene"))

    assert scene() == "welcome"
    assert label(w) == "Hiện câu 1"
    assert w.primary.standing_text() == "12 / 12"
    assert "Câu sắp hỏi: M01" in w.question.title.text()

    # -- question 1, step by step ------------------------------------------------------------
    space(qtbot, w)
    assert c.state.phase is Phase.QUESTION_SHOWN
    assert label(w) == "Bắt đầu tính giờ"
    assert w.question.correct.text() == "Đáp án: B. hai"  # the MC sees it before the hall
    assert w.question.mc_only.isVisibleTo(w)
    assert scene() == "question" and not projector.value("correctLetter")  # the hall does not
    space(qtbot, w)
    assert c.state.phase is Phase.TIMER_RUNNING
    assert label(w) == "Đang tính giờ…"
    assert not w.primary.primary_button.isEnabled()
    space(qtbot, w)  # Space while the clock runs does nothing
    assert c.state.phase is Phase.TIMER_RUNNING
    assert cell(w, 10) == "Ghế 10 — Thí sinh số 10: chưa trả lời"
    press(w, {**{s: "B" for s in range(1, 10)}, 10: "A", 11: "A"})
    assert cell(w, 10) == "Ghế 10 — Thí sinh số 10: đã trả lời, chọn A sau 0,6 giây"
    assert w.question.option_count("A") == 2 and w.question.option_count("B") == 9
    assert w.primary.answered_label.text() == "11 / 12"
    time_up(w, clock)
    assert c.state.phase is Phase.TIME_UP
    assert label(w) == "Công bố đáp án"
    assert scene() == "time_up" and not projector.value("correctLetter")

    # -- a manual correction through the seat dialog: seat 12 wrote B on the board -------------
    w.grid.seatActivated.emit(12)  # what a click on the seat does
    dialog = w.findChild(SeatDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.answer_box.isEnabled()
    dialog.choose("B")
    dialog.reason.setText("bàn phím hỏng, bảng ghi B")
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert c.state.questions[-1].answers[12].answer == "B"
    assert cell(w, 12) == "Ghế 12 — Thí sinh số 12: đã trả lời, chọn B (sửa tay)"
    assert (
        "Sửa tay ghế 12: đặt đáp án B — bàn phím hỏng, bảng ghi B" in w.timeline.model().lines()[0]
    )

    space(qtbot, w)  # reveal
    assert label(w) == "Loại 2 thí sinh"  # what applying will do: seats 10 and 11 answered A
    assert w.primary.hint.text() == "Space: Loại 2 thí sinh"
    assert scene() == "reveal" and projector.value("correctLetter") == "B"
    assert cell(w, 10).endswith("sai, chọn A sau 0,6 giây")
    assert cell(w, 1).startswith("Ghế 1 — Nguyễn Văn An: đúng")
    assert not w.question.mc_only.isVisibleTo(w)
    space(qtbot, w)  # apply
    assert sorted(c.state.eliminated) == [10, 11]
    assert w.primary.standing_text() == "10 / 12"
    assert scene() == "eliminations"
    assert "đã bị loại" in cell(w, 10) and "bị loại ở câu này" in cell(w, 10)
    assert "loại 2 ghế: 10, 11" in w.timeline.model().lines()[0]

    # -- undo (Ctrl+Z) shows what it undoes, and the grid goes back ----------------------------
    assert w.commands.undo.text() == "Hoàn tác: Xử lý kết quả: loại 2 ghế: 10, 11"
    key(qtbot, w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Xử lý kết quả: loại 2 ghế: 10, 11" in prompts.asked[-1]
    assert c.state.phase is Phase.REVEALED
    assert c.state.eliminated == []
    assert scene() == "reveal"  # the projector went back too
    assert w.primary.standing_text() == "12 / 12"
    assert cell(w, 10) == "Ghế 10 — Thí sinh số 10: sai, chọn A sau 0,6 giây"
    lines = w.timeline.model().lines()
    assert lines[0].endswith("Hoàn tác bước 7: Xử lý kết quả: loại 2 ghế: 10, 11")
    assert lines[1].endswith("— đã hoàn tác")
    assert label(w) == "Loại 2 thí sinh"
    space(qtbot, w)  # apply again
    assert sorted(c.state.eliminated) == [10, 11]

    # -- question 2: four more leave -----------------------------------------------------------
    assert label(w) == "Hiện câu 2"
    play(qtbot, w, clock, {1: "B", 2: "B", 3: "B", 4: "B", 5: "B", 6: "A", 7: "A", 8: "A",
                           9: "A", 12: "B"})  # fmt: skip
    assert sorted(c.state.standing) == [1, 2, 3, 4, 5, 12]
    assert w.primary.standing_text() == "6 / 12"

    # -- the rules allow a rescue after question 2: R opens the dialog --------------------------
    assert label(w) == "Cứu trợ: những thí sinh có thành tích tốt nhất"
    key(qtbot, w, Qt.Key.Key_R)
    rescue = w.findChild(RescueDialog)
    assert rescue is not None and rescue.allowed
    assert rescue.method() is RescueMethod.BEST  # the rules' method comes first
    rescue.set_method(RescueMethod.SEATS)
    rescue.check_seats({10, 11})
    assert "Sẽ trở lại sàn: 2 thí sinh" in rescue.preview.text()
    rescue.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert sorted(c.state.standing) == [1, 2, 3, 4, 5, 10, 11, 12]
    assert w.primary.standing_text() == "8 / 12"
    assert scene() == "rescue"
    assert "Cứu trợ: các ghế do ban tổ chức chọn, 2 ghế: 10, 11" in w.timeline.model().lines()[0]
    assert cell(w, 10) == "Ghế 10 — Thí sinh số 10: được cứu trợ, trở lại sàn"

    # -- question 3 leaves two on the floor ----------------------------------------------------
    assert label(w) == "Hiện câu 3"
    play(qtbot, w, clock, {1: "B", 2: "B", 3: "A", 4: "A", 5: "A", 10: "C", 11: "C", 12: "D"})
    assert sorted(c.state.standing) == [1, 2]

    # -- a tie-break chosen by the MC (T): seats 1 and 2 for one place ---------------------------
    key(qtbot, w, Qt.Key.Key_T)
    tiebreak = w.findChild(TieBreakDialog)
    assert tiebreak is not None
    assert tiebreak.checked_seats() == (1, 2)  # those standing, preselected
    tiebreak.reason.setText("chọn người vào câu chuông vàng")
    tiebreak.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert c.state.tiebreak is not None and c.state.tiebreak.seats == (1, 2)
    assert label(w) == "Hiện câu hỏi phụ 1"
    assert scene() == "tiebreak"
    play(qtbot, w, clock, {1: "A", 2: "C"})
    assert c.state.tiebreak is None  # decided: seat 2 dropped out of it
    assert "dừng câu hỏi phụ ghế 2" in "\n".join(w.timeline.model().lines()[:3])

    # -- on to the end with Space, every contestant answering right ----------------------------
    for _ in range(60):
        action = c.suggestion()
        assert action is not None
        if action.kind is ActionKind.NONE:
            break
        if c.state.phase is Phase.TIMER_RUNNING:
            record = c.state.questions[-1]
            right = c.setup.questions.by_id(record.question_id).correct
            press(w, {s: right for s in record.participants})
            time_up(w, clock)
            continue
        record = c.state.current
        stage = record.stage if record is not None else c.state.stage
        outcome = apply_outcome(c.state, c.setup)
        assert label(w) == action_label(action, Words(), outcome, stage)
        space(qtbot, w)
    assert c.state.phase is Phase.FINISHED
    assert label(w) == "Đã kết thúc"
    assert scene() in ("winner", "ranking")
    assert projector.value("fingerprint")  # the results fingerprint is on the projector
    assert not w.primary.primary_button.isEnabled()
    assert w.timeline.model().lines()[0].split("  ", 1)[1].startswith("Kết thúc chương trình")
    ranking = c.ranking()
    assert ranking is not None and ranking.placings[0].seat in (1, 2)


def test_undo_of_a_question_shown_takes_the_grid_back(
    qtbot: object, console: ConsoleWindow, clock: ManualClock, prompts: Prompts
) -> None:
    w, c = console, console.controller
    space(qtbot, w)
    space(qtbot, w)
    press(w, {3: "C"})
    assert "chọn C" in w.grid.cell_text(3)
    prompts.reply = prompts.reply.No  # the MC changes their mind at the confirmation
    key(qtbot, w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.state.phase is Phase.TIMER_RUNNING
    prompts.reply = prompts.reply.Yes
    key(qtbot, w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Bắt đầu tính giờ 10 giây" in prompts.asked[-1]
    assert c.state.phase is Phase.QUESTION_SHOWN
    assert w.grid.cell_text(3) == "Ghế 3 — Lê Minh Châu: chưa trả lời"  # the press went too
    assert label(w) == "Bắt đầu tính giờ"


def test_each_button_follows_its_key(qtbot: object, console: ConsoleWindow) -> None:
    """In the lobby P does nothing, so the Pause button must not look live either."""
    w = console
    pairs = [
        (w.primary.primary_button, w.commands.primary),
        (w.primary.stop_button, w.commands.stop_early),
        (w.primary.pause_button, w.commands.pause),
    ]
    assert not w.commands.pause.isEnabled() and not w.primary.pause_button.isEnabled()
    for _ in range(2):  # question shown, then the clock running
        space(qtbot, w)
        assert [b.isEnabled() for b, _a in pairs] == [a.isEnabled() for _b, a in pairs]
    assert w.primary.pause_button.isEnabled() and w.primary.stop_button.isEnabled()
    assert not w.primary.primary_button.isEnabled()  # Space waits for the clock
