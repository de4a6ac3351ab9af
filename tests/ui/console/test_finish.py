"""Ending the show from the menu: refused with the reason beside the big button while a
question is open; otherwise a plain question, then done and said there."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from rcv.clock import ManualClock
from rcv.core.state import Phase
from rcv.ui.console.main_window import ConsoleWindow

from .conftest import Prompts
from .driver import play, space


def test_ending_the_show_says_why_not_then_asks_then_does_it(
    qtbot: object, console: ConsoleWindow, clock: ManualClock, prompts: Prompts
) -> None:
    w, c = console, console.controller
    space(qtbot, w)  # question 1 on stage
    w.commands.finish.trigger()
    assert not prompts.asked  # nothing asked: it cannot end now, and says why
    assert w.primary.notice_text() == "Hãy hoàn tất câu hỏi đang diễn ra trước."
    space(qtbot, w)  # the clock starts: a step was taken, the old reason goes
    assert w.primary.notice_text() == ""
    c.stop_early()
    space(qtbot, w)
    space(qtbot, w)
    play(qtbot, w, clock, {s: "B" for s in range(1, 13)})
    prompts.reply = QMessageBox.StandardButton.No
    w.commands.finish.trigger()
    assert "Còn 12 thí sinh trên sàn" in prompts.asked[-1]
    assert c.state.phase is not Phase.FINISHED
    prompts.reply = QMessageBox.StandardButton.Yes
    w.commands.finish.trigger()
    assert c.state.phase is Phase.FINISHED
    assert w.primary.notice_text() == "Đã kết thúc chương trình."
