"""Exporting the results workbook from the console, off the GUI thread, with progress.

The export itself is :func:`rcv.results.workbook.export_results`, run on an in-memory copy of
the event (setup, entries, head hash) in a pool thread that only emits queued signals. The
workbook is written in the operator's language (the console's ``services.words``, as it was when
the export started). A target open in Excel (locked) is reported with a retry; the event file is
never touched.
"""

from __future__ import annotations

import copy
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from rcv.app.controller import ShowController
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


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)  # ExportSummary
    failed = Signal(str, bool)  # message, whether a retry may help (file open in Excel)


class ExportJob(QRunnable):
    """Writes the workbook in a pool thread; only emits signals (queued to the GUI thread)."""

    def __init__(self, event: EventRecord, target: Path, words: Words) -> None:
        super().__init__()
        self.signals = _Signals()  # created on the GUI thread, so its slots run there
        self._event = event
        self._target = target
        # a copy: switching the console's language mid-export must not mix two in one workbook
        self._words = copy.copy(words)
        self._shown = -1

    def _progress(self, done: int, total: int) -> None:
        percent = done * 100 // max(1, total)
        if percent != self._shown:  # at most a hundred updates
            self._shown = percent
            self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            summary = export_results(
                self._event, self._target, words=self._words, progress=self._progress
            )
        except TargetInUse as exc:
            self.signals.failed.emit(results_error(exc, self._words), True)
            return
        except ResultsError as exc:
            self.signals.failed.emit(results_error(exc, self._words), False)
            return
        except Exception:  # an exporter bug must not take the console down
            self.signals.failed.emit(traceback.format_exc(limit=3), False)
            return
        self.signals.done.emit(summary)


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
        self._job: ExportJob | None = None
        self.start()

    def start(self) -> None:
        self.retry_button.hide()
        self.progress.setRange(0, 0)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Đang xuất kết quả…"))
        self._job = ExportJob(self._event, self._target, self._words)
        self._job.signals.progress.connect(self._progress)
        self._job.signals.done.connect(self._done)
        self._job.signals.failed.connect(self._failed)
        self._pool.start(self._job)

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

    def _failed(self, message: str, retry: bool) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(message)
        self.status.setStyleSheet("color: #f85149; font-weight: bold;")
        self.retry_button.setVisible(retry)
        self.finishedExport.emit()
