"""Automatic backups: after every question (and at the end), a verified copy of the event file
in a folder the crew chose — typically a USB stick — so a dead laptop loses nothing.

Each copy is :func:`rcv.storage.backup.backup_event` (SQLite's backup API, then the copy's whole
chain checked) on a pool thread; one at a time, and a question that ends meanwhile is backed up
right after. The copy replaces the previous one atomically, so the folder always holds one
complete, checked event file: ``<event name>-saoluu.rcv``. Results and failures come back as
signals — a failure as an :class:`~rcv.storage.errors.EventFileError`, a code the console words
— and a failed backup never touches the show.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from rcv.app.controller import ShowController
from rcv.app.jobs import Job, start_job
from rcv.core import events as ev
from rcv.core.show import Change
from rcv.storage.backup import BackupResult, backup_event
from rcv.storage.errors import EventFileError

BACKUP_SUFFIX = "-saoluu"
AFTER = (ev.EliminationsApplied, ev.ShowFinished)


def backup_path(folder: Path, event: Path) -> Path:
    """The backup of ``event`` in ``folder``: never the event file itself."""
    return folder / f"{event.stem}{BACKUP_SUFFIX}{event.suffix or '.rcv'}"


class AutoBackup(QObject):
    backedUp = Signal(object)  # BackupResult
    failed = Signal(object)  # EventFileError: why, as a code with its facts

    def __init__(
        self,
        controller: ShowController,
        folder: Path | None = None,
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or controller)
        self._controller = controller
        self.folder = folder
        self._pool = pool
        self._job: Job | None = None
        self._source = Path()  # the event file being backed up
        self._again = False
        self.last: BackupResult | None = None
        controller.changed.connect(self._on_changed)

    def set_folder(self, folder: Path | None) -> None:
        """Where copies go from now on (None: no automatic backup)."""
        self.folder = folder

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _on_changed(self, change: Change | None) -> None:
        if change is None or change.undone:
            return
        if any(isinstance(e, AFTER) for e in change.events):
            self.back_up_now()

    def back_up_now(self) -> bool:
        """Start a backup (or queue one after the running one); False when there is nothing
        to back up or no folder."""
        event_file = self._controller.event_file
        if self.folder is None or event_file is None:
            return False
        if self._job is not None:
            self._again = True
            return True
        source = self._source = event_file.path
        target = backup_path(self.folder, source)
        if target.resolve() == source.resolve():
            self.failed.emit(EventFileError(target, "backup_is_source", original=source.name))
            return False
        self._job = start_job(
            lambda _progress: backup_event(source, target), self._done, self._failed, self._pool
        )
        return True

    def _done(self, result: BackupResult) -> None:
        self._job = None
        self.last = result
        self.backedUp.emit(result)
        self._next()

    def _failed(self, exc: Exception) -> None:
        self._job = None
        if not isinstance(exc, EventFileError):  # an unexpected failure: said as it is
            detail = str(exc) if isinstance(exc, OSError) else repr(exc)
            exc = EventFileError(self._source, "backup_failed", detail=detail)
        self.failed.emit(exc)
        self._next()

    def _next(self) -> None:
        if self._again:
            self._again = False
            self.back_up_now()
