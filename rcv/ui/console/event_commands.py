"""The Event menu: new, open, recent, import, rules, backup, close — before and around the show.

Setup changes (contestants, questions, rules) go through ``EventFile.replace_setup``, which
refuses once the show has started; the console then says why.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QMenu

from rcv.app.jobs import Job, start_job
from rcv.core.model import QuestionSet, Roster
from rcv.storage.backup import backup_event
from rcv.ui.console import file_dialogs
from rcv.ui.console.backup_words import backup_words
from rcv.ui.console.importing import ImportDialog, Importer
from rcv.ui.console.new_event_dialog import NewEventDialog
from rcv.ui.console.prompts import ask, warn
from rcv.ui.console.rules_dialog import RulesDialog
from rcv.userdirs import events_dir

if TYPE_CHECKING:
    from rcv.ui.console.exporting import ExportDialog
    from rcv.ui.console.host import ConsoleHost


class EventCommands(QObject):
    def __init__(self, window: ConsoleHost) -> None:
        super().__init__(window.widget())
        self._window = window
        self._parent = window.widget()  # dialogs open over the console
        self._session = window.session

    def _fail(self, error: str | None) -> bool:
        if error is not None:
            warn(self._parent, self.tr("Sự kiện"), error)
            return True
        return False

    def _may_leave_show(self) -> bool:
        """Before another event replaces this one mid-show: ask."""
        if not self._session.in_progress():
            return True
        return ask(
            self._parent,
            self.tr("Chương trình đang diễn ra"),
            self.tr(
                "Chương trình đang diễn ra và đã được lưu trong tệp sự kiện. Đóng nó? "
                "Mở lại tệp này để chơi tiếp."
            ),
        )

    # -- opening -----------------------------------------------------------------------------
    def new_event(self) -> NewEventDialog:
        folder = events_dir()
        dialog = NewEventDialog(folder, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and self._may_leave_show():
                path = dialog.file_path()
                path.parent.mkdir(parents=True, exist_ok=True)
                self._fail(self._session.create(path, dialog.info()))

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def open_event(self) -> None:
        start = str(self._session.path.parent if self._session.path else events_dir())
        chosen = file_dialogs.open_file(
            self._parent, self.tr("Mở sự kiện"), start, self.tr("Sự kiện rcv (*.rcv);;Mọi tệp (*)")
        )
        if chosen:
            self.open_path(Path(chosen))

    def open_path(self, path: Path) -> bool:
        if not self._may_leave_show():
            return False
        error = self._session.open_path(path)
        if error is not None and self._session.view_only_possible:
            if ask(
                self._parent,
                self.tr("Không mở được để điều khiển"),
                error + "\n\n" + self.tr("Mở tệp chỉ để xem (không ghi gì vào tệp)?"),
            ):
                error = self._session.open_path(path, read_only=True)
            else:
                return False
        return not self._fail(error)

    def fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        recent = self._session.settings.recent()
        if not recent:
            menu.addAction(self.tr("(chưa có)")).setEnabled(False)
            return
        for path in recent:
            action = menu.addAction(f"{path.name} — {path.parent}")
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))

    def close_event(self) -> None:
        if self._may_leave_show():
            self._session.close()

    def backup(self, target: Path | None = None) -> Job | None:
        """A verified copy of the event file, written off the GUI thread."""
        path = self._session.path
        if path is None:
            return None
        if target is None:
            suggested = path.with_name(path.stem + "-saoluu" + path.suffix)
            chosen = file_dialogs.save_file(
                self._parent,
                self.tr("Sao lưu tệp sự kiện"),
                str(suggested),
                self.tr("Sự kiện rcv (*.rcv);;Mọi tệp (*)"),
            )
            if not chosen:
                return None
            target = Path(chosen)
        self._window.say(self.tr("Đang sao lưu vào {path}…").format(path=target))
        return start_job(
            lambda _progress: backup_event(path, target),
            lambda result: self._window.say(backup_words(result)),
            lambda exc: self._fail(str(exc)),
            self._window.services.thread_pool,
        )

    def choose_backup_folder(self, folder: Path | None = None) -> None:
        """Where a verified copy goes after every question (a USB stick); empty: none."""
        keeper = self._window.services.auto_backup
        if keeper is None:
            return
        if folder is None:
            start = keeper.folder or (self._session.path.parent if self._session.path else "")
            chosen = file_dialogs.choose_folder(
                self._parent, self.tr("Thư mục sao lưu tự động (sau mỗi câu hỏi)"), str(start)
            )
            if not chosen:
                return
            folder = Path(chosen)
        keeper.set_folder(folder)
        self._session.settings.backup_folder = folder
        self._window.show_backup_state()
        keeper.back_up_now()  # at once: a folder that cannot be written is found now

    def export_results(self, target: Path | None = None) -> ExportDialog | None:
        """The results workbook, written off the GUI thread with progress (and a retry when
        the file is open in Excel)."""
        from rcv.ui.console.exporting import ExportDialog, snapshot

        event = snapshot(self._window.controller)
        path = self._session.path
        if event is None or path is None:
            return None
        if target is None:
            chosen = file_dialogs.save_file(
                self._parent,
                self.tr("Xuất kết quả Excel"),
                str(path.with_name(path.stem + "-ket-qua.xlsx")),
                self.tr("Sổ tính Excel (*.xlsx)"),
            )
            if not chosen:
                return None
            target = Path(chosen)
        dialog = ExportDialog(
            event,
            target,
            self._window.services.words,
            self._window.services.thread_pool,
            self._parent,
        )
        dialog.open()
        return dialog

    # -- the setup ---------------------------------------------------------------------------
    def import_file(self, contestants: bool, path: Path | None = None) -> ImportDialog | None:
        importers = self._window.services.importers
        if importers is None or self._window.controller.setup is None:
            return None
        if self._session.started():
            self._fail(self.tr("Chương trình đã bắt đầu: không thể thay thí sinh hay câu hỏi."))
            return None
        if path is None:
            title = (
                self.tr("Chọn danh sách thí sinh") if contestants else self.tr("Chọn bộ câu hỏi")
            )
            pattern = (
                self.tr("Excel (*.xlsx);;Mọi tệp (*)")
                if contestants
                else self.tr("Câu hỏi (*.xlsx *.docx *.yaml *.yml *.json);;Mọi tệp (*)")
            )
            chosen = file_dialogs.open_file(self._parent, title, "", pattern)
            if not chosen:
                return None
            path = Path(chosen)
        importer: Importer = importers.contestants if contestants else importers.questions
        title = self.tr("Nhập danh sách thí sinh") if contestants else self.tr("Nhập bộ câu hỏi")
        dialog = ImportDialog(
            title,
            importer,
            path,
            self._window.services.thread_pool,
            self._window,
            words=self._window.services.words,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

        def done(result: int) -> None:
            imported = dialog.result_file
            setup = self._window.controller.setup
            if result != QDialog.DialogCode.Accepted or imported is None or setup is None:
                return
            value = imported.value
            if isinstance(value, Roster):
                new = replace(setup, roster=value)
            elif isinstance(value, QuestionSet):
                new = replace(setup, questions=value)
            else:
                return
            if not self._fail(self._session.replace_setup(new, imported.media)):
                self._window.say(self.tr("Đã lưu vào sự kiện."))

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def edit_rules(self) -> RulesDialog | None:
        setup = self._window.controller.setup
        if setup is None:
            return None
        dialog = RulesDialog(
            setup.rules, self._session.started(), self._window.services.words, self._parent
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

        def done(result: int) -> None:
            current = self._window.controller.setup
            if result != QDialog.DialogCode.Accepted or current is None:
                return
            if not self._fail(self._session.replace_setup(replace(current, rules=dialog.rules()))):
                self._window.say(self.tr("Đã lưu thể lệ."))

        dialog.finished.connect(done)
        dialog.open()
        return dialog
