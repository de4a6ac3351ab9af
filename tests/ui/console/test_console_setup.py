"""Before the show: a new event, importing off the GUI thread with the report, the rules editor;
and the setup refused once the show has started."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from rcv.app.controller import ShowController
from rcv.clock import ManualClock
from rcv.core.model import EventInfo
from rcv.core.rules import AllWrongPolicy
from rcv.ui.console.importing import ImportDialog, ImportedFile, Importers
from rcv.ui.console.main_window import ConsoleWindow
from rcv.ui.console.rules_dialog import RulesDialog
from rcv.ui.console.services import ConsoleServices
from rcv.ui.console.settings import ConsoleSettings

from .conftest import Prompts, questions, roster
from .driver import space


def test_a_new_event_waits_for_contestants_and_questions(
    qtbot: object, controller: ShowController, tmp_path: Path, prompts: Prompts
) -> None:
    threads: list[str] = []

    def contestants(path: Path) -> ImportedFile:
        threads.append(threading.current_thread().name)
        return ImportedFile(roster(30), f"Đã đọc 30 thí sinh từ {path.name}.")

    def bad_questions(path: Path) -> ImportedFile:
        return ImportedFile(None, 'Lỗi: dòng 4 › Đáp án: "E" không phải phương án.')

    importers = Importers(contestants, lambda p: ImportedFile(questions(), "Đã đọc 12 câu."))
    services = ConsoleServices(settings=ConsoleSettings(tmp_path / "s.json"), importers=importers)
    w = ConsoleWindow(controller, services)
    qtbot.addWidget(w)  # type: ignore[attr-defined]
    assert w.pages.currentWidget() is w.welcome
    assert w.session.create(tmp_path / "moi.rcv", EventInfo(name="Hội thi xã")) is None
    assert w.pages.currentIndex() == 1
    assert w.primary.label() == "Chưa có thí sinh: Sự kiện › Nhập danh sách thí sinh"
    assert not w.commands.primary.isEnabled()

    dialog = w.event_commands.import_file(True, tmp_path / "thi-sinh.xlsx")
    assert isinstance(dialog, ImportDialog)
    with qtbot.waitSignal(dialog.finishedReading, timeout=5000):  # type: ignore[attr-defined]
        pass
    assert threads and threads[0] != threading.main_thread().name  # read off the GUI thread
    assert "Đã đọc 30 thí sinh" in dialog.report.toPlainText()
    assert dialog.use_button.isEnabled()
    dialog.use_button.click()
    assert controller.setup is not None and len(controller.setup.roster) == 30
    assert w.grid.seat_model.rowCount() == 30
    assert w.primary.label() == "Chưa có câu hỏi: Sự kiện › Nhập bộ câu hỏi"

    w.services.importers = Importers(contestants, bad_questions)
    dialog = w.event_commands.import_file(False, tmp_path / "cau-hoi.docx")
    assert dialog is not None
    with qtbot.waitSignal(dialog.finishedReading, timeout=5000):  # type: ignore[attr-defined]
        pass
    assert "không phải phương án" in dialog.report.toPlainText()
    assert not dialog.use_button.isEnabled()  # a file with errors is never half-used
    dialog.reject()

    w.services.importers = importers
    dialog = w.event_commands.import_file(False, tmp_path / "cau-hoi.xlsx")
    assert dialog is not None
    with qtbot.waitSignal(dialog.finishedReading, timeout=5000):  # type: ignore[attr-defined]
        pass
    dialog.use_button.click()
    assert w.primary.label() == "Hiện câu 1"
    assert (tmp_path / "moi.rcv").resolve() in w.session.settings.recent()


def test_rules_are_edited_before_the_show_and_fixed_after(
    qtbot: object, console: ConsoleWindow, clock: ManualClock, prompts: Prompts
) -> None:
    w, c = console, console.controller
    dialog = w.event_commands.edit_rules()
    assert isinstance(dialog, RulesDialog)
    dialog.time_s.setValue(25)
    dialog.all_wrong.setCurrentIndex(1)  # everyone wrong: all leave
    dialog.rescue_after.setValue(0)  # shown as "không": no rescue after a fixed question
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    rules = c.setup.rules  # type: ignore[union-attr]
    assert rules.time_per_question_s == 25
    assert rules.all_wrong is AllWrongPolicy.ELIMINATE
    assert rules.rescue.after_question is None
    assert [p.name for p in rules.prizes] == ["Giải Nhất", "Giải Nhì", "Giải Ba"]
    reopened = ShowController(clock)
    reopened_file = type(c.event_file).open(c.event_file.path, read_only=True)  # type: ignore[union-attr]
    assert reopened_file.setup.rules.time_per_question_s == 25  # stored in the event file
    reopened_file.close()
    del reopened

    space(qtbot, w)  # the show starts: the setup is fixed
    fixed = w.event_commands.edit_rules()
    assert fixed is not None
    assert not fixed.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    fixed.reject()
    assert not w.commands.import_questions.isEnabled()
    error = w.session.replace_setup(c.setup)  # type: ignore[arg-type]
    assert error is not None and "đã bắt đầu" in error


def test_import_is_greyed_out_with_a_reason_without_importers(
    qtbot: object, controller: ShowController, tmp_path: Path
) -> None:
    w = ConsoleWindow(controller, ConsoleServices(settings=ConsoleSettings(tmp_path / "s.json")))
    qtbot.addWidget(w)  # type: ignore[attr-defined]
    assert not w.commands.import_contestants.isEnabled()
    assert "rcv.importers" in w.commands.import_contestants.toolTip()
    assert not w.commands.hardware_setup.isEnabled()
    assert "rcv.hardware" in w.commands.hardware_setup.toolTip()


def test_an_event_another_program_writes_opens_to_view_only(
    qtbot: object, console: ConsoleWindow, event_path: Path, tmp_path: Path, prompts: Prompts
) -> None:
    from rcv.app.controller import ShowController
    from rcv.clock import ManualClock
    from rcv.ui.console.services import ConsoleServices
    from rcv.ui.console.settings import ConsoleSettings

    # a second console on the same machine: the first one holds the file
    second = ConsoleWindow(
        ShowController(ManualClock()),
        ConsoleServices(settings=ConsoleSettings(tmp_path / "second.json")),
    )
    qtbot.addWidget(second)  # type: ignore[attr-defined]
    assert second.event_commands.open_path(event_path)
    assert "đang được mở để ghi" in prompts.asked[-1]  # names the holder, offers to view
    assert second.controller.read_only and "CHỈ XEM" in second.windowTitle()
    refusals: list[object] = []
    second.controller.refused.connect(refusals.append)
    assert not second.commands.primary.isEnabled()  # Space does nothing, and the hint says why
    assert second.primary.hint.text().startswith("Chỉ xem")
    second.controller.primary()
    assert refusals and getattr(refusals[0], "code", None) == "read_only"
    assert "chỉ để xem" in second.primary.notice_text()  # said beside the big button
    assert second.controller.state.phase.value == "lobby"
    console.controller.primary()  # the writer goes on
    assert console.controller.state.phase.value == "question_shown"
    second.controller.detach()


def test_the_rules_dialog_points_out_a_rescue_rule_that_could_never_apply(qtbot: object) -> None:
    from rcv.core.rules import Rules
    from rcv.i18n import Words

    for lang in ("vi", "en"):
        dialog = RulesDialog(Rules(), False, Words(lang))
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        assert dialog.unreachable_words() == [] and dialog.never.text() == ""  # the defaults
        assert dialog.rescue_fewer.text() == dialog.rescue_fewer.specialValueText()  # off
        dialog.rescue_fewer.setValue(1)  # "fewer than 1 on the floor": an empty floor
        said = dialog.never.text()
        assert said and ("sàn trống" in said if lang == "vi" else "empty floor" in said)
        dialog.all_wrong.setCurrentIndex(1)  # an all-wrong floor leaves: now it can happen
        assert dialog.never.text() == ""
        dialog.rescue_fewer.setValue(10)
        assert dialog.rules().rescue.when_fewer_than == 10
