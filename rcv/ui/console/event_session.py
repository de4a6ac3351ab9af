"""The open event as the console sees it: the controller's lifecycle operations (open, create,
replace the setup, change the event's details), their errors in words, and the recent files.

Errors come back as text for the console to show; nothing here opens a dialog. The show itself
lives in the event file, so opening a file whose show was interrupted simply resumes it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from rcv.app.controller import ShowController
from rcv.core.errors import CommandRefused
from rcv.core.model import EventInfo
from rcv.core.state import Phase, ShowSetup
from rcv.i18n import Words
from rcv.i18n.phrases.show import refusal
from rcv.i18n.phrases.storage import storage_error
from rcv.storage.errors import EventFileError, EventFileLocked, EventFileReadOnly
from rcv.storage.event_file import EventFile
from rcv.ui.console.settings import ConsoleSettings


def setup_problem(controller: ShowController) -> str | None:
    """Why the show cannot start yet (no contestants, no questions), or None."""
    setup, state = controller.setup, controller.state
    if setup is None or state is None:
        return QCoreApplication.translate("EventSession", "Hãy mở hoặc tạo một sự kiện")
    if state.phase is not Phase.LOBBY or controller.show is None or controller.show.started:
        return None
    if not setup.roster.contestants:
        return QCoreApplication.translate(
            "EventSession", "Chưa có thí sinh: Sự kiện › Nhập danh sách thí sinh"
        )
    if not setup.questions.questions:
        return QCoreApplication.translate(
            "EventSession", "Chưa có câu hỏi: Sự kiện › Nhập bộ câu hỏi"
        )
    return None


class EventSession(QObject):
    opened = Signal(object)  # Path
    closed = Signal()

    def __init__(
        self,
        controller: ShowController,
        settings: ConsoleSettings,
        words: Words,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = settings
        self.words = words
        self.view_only_possible = False

    @property
    def path(self) -> Path | None:
        ef = self.controller.event_file
        return ef.path if ef is not None else None

    def started(self) -> bool:
        """Has anything been logged? (then the setup is fixed)"""
        show = self.controller.show
        return show is not None and show.started

    def in_progress(self) -> bool:
        """Started and not finished: closing now interrupts a show."""
        state = self.controller.state
        return self.started() and state is not None and state.phase is not Phase.FINISHED

    # -- opening and closing -----------------------------------------------------------------
    def open_path(self, path: Path, read_only: bool = False) -> str | None:
        """Open (and resume) the event in ``path``; the error in words, or None. After a
        refusal, :attr:`view_only_possible` says whether it could be opened to view only
        (another program writes it, or it sits on read-only media)."""
        self.view_only_possible = False
        try:
            self.controller.open_event(path, read_only=read_only)
        except (EventFileLocked, EventFileReadOnly) as exc:
            self.view_only_possible = not read_only
            return storage_error(exc, self.words)
        except EventFileError as exc:
            return storage_error(exc, self.words)
        except OSError as exc:
            return QCoreApplication.translate(
                "EventSession", "Không mở được tệp {path}: {why}"
            ).format(path=path, why=exc)
        self._opened()
        return None

    def create(self, path: Path, info: EventInfo) -> str | None:
        try:
            self.controller.create_event(path, info)
        except EventFileError as exc:
            return storage_error(exc, self.words)
        except OSError as exc:
            return QCoreApplication.translate(
                "EventSession", "Không tạo được tệp {path}: {why}"
            ).format(path=path, why=exc)
        self._opened()
        return None

    def attach(self, event_file: EventFile) -> None:
        """Play an already opened event file (the demo creates its own)."""
        self.controller.attach(event_file)
        self._opened()

    def close(self) -> None:
        if self.controller.event_file is not None:
            self.controller.detach()
            self.closed.emit()

    def _opened(self) -> None:
        event_file = self.controller.event_file
        if event_file is None:
            return
        if not event_file.read_only:
            self.settings.remember(event_file.path)
        self.opened.emit(event_file.path)

    # -- changing the setup ------------------------------------------------------------------
    def replace_setup(
        self, setup: ShowSetup, media: Mapping[str, bytes] | None = None
    ) -> str | None:
        """Store a new roster / questions / rules (refused once the show started); ``media``
        are the imported questions' pictures, kept in the event file."""
        try:
            self.controller.replace_setup(setup, media)
        except CommandRefused as exc:
            return refusal(exc, self.words)
        except EventFileError as exc:
            return storage_error(exc, self.words)
        return None

    def update_info(self, info: EventInfo) -> str | None:
        try:
            self.controller.update_info(info)
        except CommandRefused as exc:
            return refusal(exc, self.words)
        except EventFileError as exc:
            return storage_error(exc, self.words)
        return None
