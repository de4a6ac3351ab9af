"""The issue's acceptance test — "A real show from a blank laptop: the MC and the hall never
stumble" — driven as a new user would, through the program the composition root builds.

New event (the New event dialog); a 60-seat roster and a question workbook written as real
.xlsx files and taken in through the import dialog after its preview; the rules in the rules
dialog; a simulated hub connected in the hub set-up dialog (its port typed by hand); then the
whole show with the MC's keys while the contestants press on their keypads: main questions, the
rescue round, the golden bell, the tie-breaks for the prizes, the finish and the results and
prize ceremony on the projector; the results exported. The console's language is switched to
English after the rescue and back to Vietnamese before the golden bell. At each step the big
button's words, the projector's scene (the display model), the console's "audience sees" line
and the log (the event file, and the timeline telling it) must agree.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from rcv.app.keypads import KeypadLink
from rcv.clock import SystemClock
from rcv.core import events as ev
from rcv.core.rules import RescueMethod
from rcv.entry.compose import build
from rcv.sim.pressing import People
from rcv.sim.run import SimOptions, build_hubs
from rcv.ui import translators
from rcv.ui.console.hardware_setup import HardwareSetupDialog
from rcv.ui.console.new_event_dialog import NewEventDialog
from rcv.ui.console.settings import ConsoleSettings

from .conftest import Prompts
from .stage_hands import MC, SEATS, name, right_answer, write_questions, write_roster, wrong_answer

pytestmark = pytest.mark.skipif(os.name == "nt", reason="the simulated hub uses a pseudo-terminal")


@pytest.fixture
def stage(qtbot, tmp_path: Path, prompts: Prompts):
    app = QApplication.instance()
    translators.switch_language(app, "vi")
    program = build(
        app,
        clock=SystemClock(),
        settings=ConsoleSettings(tmp_path / "console.json"),
        keypads=lambda controller: KeypadLink(controller, controller.clock),
        log_dir=tmp_path / "logs",
        crash_log=False,
    )
    # a hub whose contestants press only when the test says so
    options = SimOptions(seats=SEATS, seed=7, people=People(no_answer=1.0), baud=None)
    hub = build_hubs(options)[0]
    hub.start()
    program.console.show()
    qtbot.waitExposed(program.console)
    try:
        yield MC(qtbot, program, hub)
    finally:
        program.close()
        hub.stop()
        translators.switch_language(app, "vi")


def test_a_real_show_from_a_blank_laptop(stage: MC, qtbot, tmp_path: Path, prompts: Prompts):
    mc, program = stage, stage.program
    c = program.controller
    t = QCoreApplication.translate

    # -- a new event, from the welcome page's button --------------------------------------------
    assert mc.console.pages.currentWidget() is mc.console.welcome
    mc.console.welcome.newRequested.emit()
    dialog = mc.console.findChild(NewEventDialog)
    dialog.name.setText("Rung chuông vàng — THPT Lê Lợi")
    dialog.path.setText(str(tmp_path / "su-kien.rcv"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert c.event_file is not None and c.event_file.info.name == "Rung chuông vàng — THPT Lê Lợi"
    mc.agree("Chưa có thí sinh: Sự kiện › Nhập danh sách thí sinh")
    assert mc.console.primary.hint.text().startswith("Space: chưa có gì để làm")

    # -- the roster and the questions, each previewed before use --------------------------------
    roster = mc.console.event_commands.import_file(True, write_roster(tmp_path / "ds.xlsx"))
    with qtbot.waitSignal(roster.finishedReading, timeout=10_000):
        pass
    assert roster.preview.rows()[0] == ["1", "001", name(1), "THPT Chu Văn An"]
    assert "60 thí sinh" in roster.preview.caption.text() and roster.use_button.isEnabled()
    roster.use_button.click()
    mc.agree("Chưa có câu hỏi: Sự kiện › Nhập bộ câu hỏi")
    questions = mc.console.event_commands.import_file(False, write_questions(tmp_path / "ch.xlsx"))
    with qtbot.waitSignal(questions.finishedReading, timeout=10_000):
        pass
    assert questions.preview.headers()[:3] == ["Mã", "Phần thi", "Loại"]
    assert questions.preview.rows()[0][:3] == ["M01", "Câu hỏi chính", "trắc nghiệm"]
    questions.use_button.click()
    mc.agree("Hiện câu 1", "welcome")
    place_of_60 = mc.console.grid.seat_place(60)
    assert place_of_60 == (9, 5)  # rows of ten: seat 60 ends the sixth row

    # -- the rules: a rescue question after question 2, three prizes -----------------------------
    rules = mc.console.event_commands.edit_rules()
    rules.time_s.setValue(20)
    rules.rescue_after.setValue(2)
    rules.rescue_method.setCurrentIndex(rules.rescue_method.findData(RescueMethod.QUESTION))
    while rules.prizes.rowCount() > 3:  # Nhất, Nhì, Ba
        rules.prizes.removeRow(rules.prizes.rowCount() - 1)
    assert rules.never.text() == ""  # no setting that could never apply
    rules.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert len(c.setup.rules.prizes) == 3 and c.setup.rules.rescue.after_question == 2

    # -- the hub: its port typed by hand in the set-up dialog ------------------------------------
    mc.console.commands.hardware_setup.trigger()
    setup = mc.console.findChild(HardwareSetupDialog)
    with qtbot.waitSignal(setup.scanned, timeout=5_000):
        pass
    setup.add_row(str(mc.hub.url), "rcv-hub")
    setup.connect_button.click()
    link = program.keypads
    qtbot.waitUntil(
        lambda: bool(link.hubs.links) and link.hubs.links[0].hello is not None, timeout=10_000
    )

    # -- question 1: ten leave (five wrong, five silent) -----------------------------------------
    mc.space()
    mc.agree("Bắt đầu tính giờ", "question", ev.QuestionShown)
    mc.console.commands.finish.trigger()  # ending now is refused, and said beside the button
    assert "câu hỏi đang diễn ra" in mc.console.primary.notice_text() and not prompts.asked
    mc.space()
    mc.agree("Đang tính giờ…", "question", ev.TimerStarted)
    assert mc.console.primary.hint.text().startswith("Space không làm gì")
    mc.press({**{s: "B" for s in range(1, 51)}, **{s: "A" for s in range(51, 56)}})
    mc.stop_early()
    mc.agree("Công bố đáp án", "time_up", ev.TimeUp)
    mc.space()
    mc.agree("Loại 10 thí sinh", "reveal", ev.AnswerRevealed)
    mc.space()
    mc.agree("Hiện câu 2", "eliminations", ev.EliminationsApplied)
    assert mc.console.primary.standing_text() == "50 / 60"
    assert "chưa trả lời" in mc.console.grid.cell_text(60) or "loại" in mc.console.grid.cell_text(
        60
    )

    # -- question 2 leaves twenty; the rules now allow the rescue question -----------------------
    q2 = {s: right_answer("M02") for s in range(1, 21)} | {
        s: wrong_answer("M02") for s in range(21, 51)
    }
    mc.question(q2, "Loại 30 thí sinh")
    mc.agree("Cứu trợ: câu hỏi cứu trợ", "eliminations", ev.EliminationsApplied)
    mc.space()
    mc.agree("Cứu trợ: hiện câu hỏi", "rescue", ev.RescueApplied)
    # the eliminated answer the rescue question on their keypads; ten get it right
    rescue = {s: "A" for s in range(21, 31)} | {s: "B" for s in range(31, 41)}
    mc.question(rescue, "Đưa 10 thí sinh trở lại sàn")
    assert mc.console.primary.standing_text() == "30 / 60"
    assert set(range(21, 31)) <= set(c.state.standing)

    # -- English, midway -------------------------------------------------------------------------
    before = mc.console
    mc.switch_language("en")
    assert mc.console is not before and "&Event" in [
        a.text() for a in mc.console.menuBar().actions()
    ]
    mc.agree("Show question 3", "rescue", ev.EliminationsApplied)
    assert mc.console.grid.seat_place(60) == place_of_60  # the grid did not move
    q3 = {s: right_answer("M03") for s in range(1, 6)} | {
        s: wrong_answer("M03") for s in range(6, 31)
    }
    mc.question(q3, "Eliminate 25")
    assert mc.console.primary.standing_text() == "5 / 60"
    q4 = {1: right_answer("M04")} | {s: wrong_answer("M04") for s in range(2, 6)}
    mc.question(q4, "Eliminate 4")
    mc.agree("Open the golden-bell question", "eliminations", ev.EliminationsApplied)

    # -- back to Vietnamese, then the golden bell --------------------------------------------------
    mc.switch_language("vi")
    mc.agree("Mở câu hỏi chuông vàng", "eliminations", ev.EliminationsApplied)
    assert mc.console.grid.seat_place(60) == place_of_60
    mc.key(Qt.Key.Key_L)  # the logo while the MC introduces the golden bell, then back
    assert mc.scene() == "logo" and mc.console.projector.scene().value == "logo"
    mc.key(Qt.Key.Key_L)
    mc.agree("Mở câu hỏi chuông vàng", "eliminations")
    mc.space()
    mc.agree("Hiện câu hỏi chuông vàng", "final", ev.FinalStarted)
    mc.question({1: "D"}, "Rung chuông vàng: 1 thí sinh")
    assert c.state.seats[1].bell

    # -- the four who fell at question 4 share place 2: tie-breaks for Nhì, then Ba ---------------
    mc.agree("Câu hỏi phụ cho 4 thí sinh đồng hạng 2", "winner", ev.EliminationsApplied)
    mc.space()
    mc.agree("Hiện câu hỏi phụ 1", "tiebreak", ev.TieBreakStarted)
    mc.question({2: "A", 3: "B", 4: "B", 5: "B"}, "Câu hỏi phụ: dừng 3 thí sinh")
    # (the scene between two tie-breaks is the audience view's to choose: only agreement here)
    mc.agree("Câu hỏi phụ cho 3 thí sinh đồng hạng 3", None, ev.TieBreakEnded)
    mc.space()
    mc.question({3: "C", 4: "A", 5: "A"}, "Câu hỏi phụ: dừng 2 thí sinh")
    finish = t("Show", "Kết thúc chương trình ({why})")
    mc.agree(finish.format(why="đã trả lời câu hỏi chuông vàng"), None, ev.TieBreakEnded)
    mc.space()
    assert c.state.phase.value == "finished"
    ranking = c.ranking()
    assert [p.seat for p in ranking.placings[:3]] == [1, 2, 3]
    assert [p.prize for p in ranking.placings[:3]] == ["Giải Nhất", "Giải Nhì", "Giải Ba"]

    # -- the results and the prize ceremony on the projector, with Space -------------------------
    scenes = [mc.scene()]
    for _ in range(12):
        if not mc.console.commands.primary.isEnabled():
            break
        mc.agree(mc.console.primary.label())  # the button, the menu and the hint agree
        mc.space()
        scenes.append(mc.scene())
        view = program.display.model.view
        assert mc.console.projector.scene() is view.scene
    assert mc.label() == "Đã kết thúc"
    assert scenes[0] in ("winner", "ranking")
    if "ceremony" in {s.value for s in type(program.display.model.view.scene)}:
        assert "ranking" in scenes and "ceremony" in scenes

    # -- the results workbook --------------------------------------------------------------------
    export = mc.console.event_commands.export_results(tmp_path / "ket-qua.xlsx")
    with qtbot.waitSignal(export.finishedExport, timeout=30_000):
        pass
    assert export.summary is not None and export.summary.finished
    assert (tmp_path / "ket-qua.xlsx").stat().st_size > 0
    assert mc.console.grid.seat_place(60) == place_of_60
