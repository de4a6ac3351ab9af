"""Every command of the console as a QAction: its words, its key, and when it is available.

The window builds its menus from these and connects them to its handlers; the panels' buttons
trigger the same actions, so a button and its key can never disagree. Single-letter keys are
safe: :class:`~rcv.ui.console.typing_guard.TypingGuard` gives them to text fields first.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from rcv.app.controller import ShowController
from rcv.core.audience import Scene
from rcv.core.round_commands import rescue_allowed
from rcv.core.state import Phase
from rcv.i18n import Words, available_languages, language_name
from rcv.i18n.phrases.events import describe_step
from rcv.i18n.phrases.show import refusal
from rcv.ui.console.next_step import next_step


class ConsoleActions(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

        def make(text: str, keys: str | QKeySequence.StandardKey | None = None) -> QAction:
            action = QAction(text, window)
            if keys is not None:
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)  # works with the menu bar hidden, too
            return action

        # the event
        self.new_event = make(self.tr("Sự kiện mới…"), "Ctrl+N")
        self.open_event = make(self.tr("Mở sự kiện…"), "Ctrl+O")
        self.import_contestants = make(self.tr("Nhập danh sách thí sinh…"))
        self.import_questions = make(self.tr("Nhập bộ câu hỏi…"))
        self.edit_rules = make(self.tr("Thể lệ…"))
        self.backup = make(self.tr("Sao lưu tệp sự kiện…"), "Ctrl+Shift+S")
        self.backup_folder = make(self.tr("Thư mục sao lưu tự động…"))
        self.export_results = make(self.tr("Xuất kết quả Excel…"), "Ctrl+E")
        self.close_event = make(self.tr("Đóng sự kiện"))
        self.quit = make(self.tr("Thoát"), "Ctrl+Q")
        # the show
        self.primary = make(self.tr("Bước tiếp theo"), "Space")
        self.stop_early = make(self.tr("Dừng sớm, khoá đáp án"), "Ctrl+Return")
        self.pause = make(self.tr("Tạm dừng / tiếp tục"), "P")
        self.undo = make(self.tr("Hoàn tác"), "Ctrl+Z")
        self.rescue = make(self.tr("Cứu trợ…"), "R")
        self.tiebreak = make(self.tr("Câu hỏi phụ…"), "T")
        self.end_tiebreak = make(self.tr("Kết thúc vòng câu hỏi phụ"))
        self.finish = make(self.tr("Kết thúc chương trình…"))
        self.find_seat = make(self.tr("Tìm thí sinh"), "Ctrl+F")
        # the projector
        self.blackout = make(self.tr("Màn đen"), "B")
        self.logo = make(self.tr("Logo"), "L")
        self.floor = make(self.tr("Sàn thi đấu"), "S")
        self.units = make(self.tr("Đơn vị còn nhiều thí sinh nhất"), "U")  # when it has units
        self.follow_show = make(self.tr("Theo chương trình (bỏ màn đen/logo)"))
        self.picture = make(self.tr("Hình của câu hỏi (toàn màn hình)"), "H")
        self.picture.setCheckable(True)
        # after the finish (presentation only, nothing is logged): results, prize ceremony
        self.results = make(self.tr("Kết quả chung cuộc"))
        self.ceremony_next = make(self.tr("Trao giải: bước tiếp theo"))
        self.ceremony_back = make(self.tr("Trao giải: quay lại"))
        self.show_projector = make(self.tr("Hiện cửa sổ màn chiếu"), "F11")
        self.swap_screens = make(self.tr("Đổi màn hình chiếu"))
        for action in (self.blackout, self.logo, self.floor, self.units, self.show_projector):
            action.setCheckable(True)
        # the projector's language (the hall's), one entry per language, apart from the console's
        self.projector_language = QActionGroup(self)
        for lang in available_languages():
            action = self.projector_language.addAction(language_name(lang))
            action.setCheckable(True)
            action.setData(lang)
        # hardware, help
        self.hardware_setup = make(self.tr("Bộ thu và bàn phím…"))
        self.shortcuts = make(self.tr("Phím tắt"), "F1")
        self.open_log_folder = make(self.tr("Thư mục nhật ký lỗi"))

    def scene_actions(self) -> dict[Scene, QAction]:
        return {
            Scene.BLACKOUT: self.blackout,
            Scene.LOGO: self.logo,
            Scene.FLOOR: self.floor,
            Scene.PICTURE: self.picture,
            Scene.UNITS: self.units,
        }

    def refresh(self, controller: ShowController, ready: bool, started: bool, words: Words) -> None:
        """Enable what makes sense now; the undo entry says what it would undo."""
        state = controller.state
        opened = state is not None
        for action in (
            self.edit_rules,
            self.backup,
            self.export_results,
            self.close_event,
            self.find_seat,
        ):
            action.setEnabled(opened)
        for action in (self.import_contestants, self.import_questions):
            if action.data() != "unavailable":
                action.setEnabled(opened and not started)
        step = next_step(controller, words)  # the same words as the big button's
        self.primary.setEnabled(ready and step.enabled)
        self.primary.setText(step.label if step.enabled else self.tr("Bước tiếp theo"))
        running = state is not None and state.phase is Phase.TIMER_RUNNING and not state.paused
        self.stop_early.setEnabled(running)
        finished = state is not None and state.phase is Phase.FINISHED
        self.pause.setEnabled(opened and started and not finished)
        target = controller.undo_target()
        preview = describe_step(target, words) if target else None
        self.undo.setEnabled(preview is not None)
        self.undo.setText(self.tr("Hoàn tác: ") + preview if preview else self.tr("Hoàn tác"))
        setup = controller.setup
        if state is not None and setup is not None:
            refused = rescue_allowed(state, setup)
            self.rescue.setToolTip(
                refusal(refused, words) if refused else self.tr("Thể lệ cho phép")
            )
        self.rescue.setEnabled(opened and started and not finished)
        self.tiebreak.setEnabled(opened and not finished)
        self.end_tiebreak.setEnabled(state is not None and state.tiebreak is not None)
        self.finish.setEnabled(opened and not finished)
        override = controller.display_override
        for scene, action in self.scene_actions().items():
            action.setEnabled(opened)
            action.setChecked(scene is override)
        self.follow_show.setEnabled(override is not None)
        roster = controller.setup.roster if controller.setup is not None else None
        self.units.setEnabled(
            roster is not None and any(c.unit.strip() for c in roster.contestants)
        )
        record, setup = (state.current if state else None), controller.setup
        question = setup.questions.by_id(record.question_id) if record and setup else None
        self.picture.setEnabled(question is not None and bool(question.media))
        for action in (self.results, self.ceremony_next, self.ceremony_back):
            action.setEnabled(finished)

    @staticmethod
    def unavailable(action: QAction, why: str) -> None:
        """A command whose module is not wired yet: greyed out, with the reason as tooltip."""
        action.setEnabled(False)
        action.setData("unavailable")
        action.setToolTip(why)
        action.setStatusTip(why)
