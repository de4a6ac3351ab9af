"""Exporting the results workbook from the console, off the GUI thread, with progress.

The export itself is :func:`rcv.results.workbook.export_results`, run on an in-memory copy of
the event (setup, entries, head hash) in a pool thread through the one job helper
(:func:`rcv.app.jobs.start_job`), which calls back on the GUI thread. The
workbook is written in the operator's language (the console's ``services.words``, as it was when
the export started). A target open in Excel (locked) is reported with a retry; the event file is
never touched.
"""

from __future__ import annotations

import copy
import traceback
from pathlib import Path

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from rcv.app.controller import ShowController
from rcv.app.jobs import Job, Progress, Work, start_job
from rcv.i18n import Words
from rcv.i18n.phrases.results import results_error
from rcv.results.errors import ResultsError, TargetInUse
from rcv.results.facts import EventRecord
from rcv.results.workbook import ExportSummary, export_results


def snapshot(controller: ShowController) -> EventRecord | None:
    """The event as it stands now, detached from the live show (entries are immutable)."""
    event_file = controller.event_file
    if event_file is None:
        return None
    return EventRecord(event_file.setup, event_file.info, event_file.entries, event_file.head)


def export_work(event: EventRecord, target: Path, words: Words) -> Work:
    """The export as a job's work: ``work(progress)`` writes the workbook in ``words`` and
    reports progress at most a hundred times."""

    def work(progress: Progress) -> ExportSummary:
        shown = -1

        def step(done: int, total: int) -> None:
            nonlocal shown
            percent = done * 100 // max(1, total)
            if percent != shown:
                shown = percent
                progress(done, total)

        return export_results(event, target, words=words, progress=step)

    return work


class ExportDialog(QDialog):
    """Progress, then where the workbook went and its fingerprint; "Thử lại" when locked."""

    finishedExport = Signal()

    def __init__(
        self,
        event: EventRecord,
        target: Path,
        words: Words,
        pool: QThreadPool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Xuất kết quả Excel"))
        self.summary: ExportSummary | None = None
        self._event, self._target, self._words = event, target, words
        self._pool = pool or QThreadPool.globalInstance()
        self.target_label = QLabel(str(target), self)
        self.target_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.retry_button = self.buttons.addButton(
            self.tr("Thử lại"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.retry_button.hide()
        self.retry_button.clicked.connect(self.start)
        self.buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.target_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(620, 200)
        self._job: Job | None = None
        self._job_words = words
        self.start()

    def start(self) -> None:
        self.retry_button.hide()
        self.progress.setRange(0, 0)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Đang xuất kết quả…"))
        # a copy: switching the console's language mid-export must not mix two in one workbook
        self._job_words = copy.copy(self._words)
        self._job = start_job(
            export_work(self._event, self._target, self._job_words),
            self._done,
            self._failed,
            self._pool,
            progress=self._progress,
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _done(self, summary: ExportSummary) -> None:
        self.summary = summary
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        text = self.tr("Đã xuất {n} thí sinh. Dấu vân tay kết quả: {fp}").format(
            n=summary.contestants, fp=summary.fingerprint.text
        )
        if not summary.finished:
            text += "\n" + self.tr("Chương trình chưa kết thúc: đây là KẾT QUẢ TẠM THỜI.")
        self.status.setText(text)
        self.status.setStyleSheet("color: #56d364; font-weight: bold;")
        self.finishedExport.emit()

    def _failed(self, exc: Exception) -> None:
        """Said in the export's words; a file open in Excel offers a retry; an exporter bug
        must not take the console down."""
        retry = isinstance(exc, TargetInUse)
        if isinstance(exc, ResultsError):
            message = results_error(exc, self._job_words)
        else:
            message = "".join(traceback.format_exception(exc, limit=3))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(message)
        self.status.setStyleSheet("color: #f85149; font-weight: bold;")
        self.retry_button.setVisible(retry)
        self.finishedExport.emit()
