"""The status bar's lasting line about automatic backups: where the last verified copy went,
that none is made (no folder chosen), or — in amber — why the last one failed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from rcv.app.backups import AutoBackup
from rcv.i18n import Words
from rcv.i18n.phrases.storage import storage_error
from rcv.storage.backup import BackupResult
from rcv.storage.errors import EventFileError
from rcv.ui.console import style
from rcv.ui.console.backup_words import (
    backup_failed_words,
    backup_off_words,
    backup_on_words,
    backup_words,
)


class BackupLine(QLabel):
    """Says the backup keeper's state; ``backed_up`` and ``failed`` take its signals."""

    def __init__(self, keeper: AutoBackup | None, words: Words, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("backupState")
        self._keeper = keeper
        self._words = words

    def show_state(self, text: str | None = None) -> None:
        """``text``, or what the keeper is set to do."""
        if text is None:
            if self._keeper is None:
                text = ""
            elif self._keeper.folder is None:
                text = backup_off_words()
            else:
                text = backup_on_words(self._keeper.folder)
        failed = text.startswith("⚠")
        self.setStyleSheet(f"color: {style.WARNING};" if failed else "")
        self.setText(text)

    def backed_up(self, result: BackupResult) -> None:
        self.show_state(backup_words(result))

    def failed(self, problem: EventFileError) -> None:
        self.show_state(backup_failed_words(storage_error(problem, self._words)))
