"""Importing contestants and questions off the GUI thread, with the validation report shown.

The reading itself is :mod:`rcv.importers` (``load_roster``, ``load_questions``); here
:func:`read_file` runs it in a pool thread through the one job helper
(:func:`rcv.app.jobs.start_job`), writes its report in the console's words
(:func:`rcv.i18n.phrases.importing.import_text`, still off the GUI thread) and hands the result
back on the GUI thread, and :class:`ImportDialog` shows progress, then a preview of the
first rows (:class:`~rcv.ui.console.import_preview.ImportPreview`) and the report, and lets the
MC use the data only when the file has no error.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from rcv.app.jobs import Job, start_job
from rcv.core.model import QuestionSet, Roster
from rcv.i18n import Words
from rcv.ui.console.import_preview import ImportPreview

ReportWriter = Callable[[Words], str]  # the report, written in the reader's words


@dataclass(frozen=True, slots=True)
class ImportedFile:
    """What one file gave: the data (None if the file has errors) and its report: the text, or
    what writes it in the reader's words (the dialog's job gives it the console's)."""

    value: Roster | QuestionSet | None
    report: str | ReportWriter
    media: dict[str, bytes] = field(default_factory=dict)

    def report_text(self, words: Words) -> str:
        return self.report if isinstance(self.report, str) else self.report(words)


Importer = Callable[[Path], ImportedFile]


@dataclass(frozen=True, slots=True)
class Importers:
    contestants: Importer
    questions: Importer


def default_importers() -> Importers:
    """The importers of :mod:`rcv.importers`, adapted to the console."""
    from rcv.i18n.phrases.importing import import_text
    from rcv.importers import load_questions, load_roster

    def contestants(path: Path) -> ImportedFile:
        result = load_roster(path)
        return ImportedFile(result.roster, partial(import_text, result))

    def questions(path: Path) -> ImportedFile:
        result = load_questions(path)
        return ImportedFile(result.questions, partial(import_text, result), dict(result.media))

    return Importers(contestants, questions)


def read_file(importer: Importer, path: Path, words: Words) -> ImportedFile:
    """Read one file and write its report in ``words`` (run off the GUI thread): the result
    carries the report as text."""
    result = importer(path)
    return replace(result, report=result.report_text(words))


class ImportDialog(QDialog):
    """Progress while reading, then the report; "Dùng dữ liệu này" only for a clean file."""

    finishedReading = Signal()

    def __init__(
        self,
        title: str,
        importer: Importer,
        path: Path,
        pool: QThreadPool | None = None,
        parent: QWidget | None = None,
        *,
        words: Words,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._words = words  # the console's language, for the importers' report
        self.result_file: ImportedFile | None = None
        self.file_label = QLabel(str(path), self)
        self.file_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the importers do not report a fraction
        self.status = QLabel(self.tr("Đang đọc và kiểm tra tệp…"), self)
        self.preview = ImportPreview(self)  # the first rows, once read
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.report.setFont(mono)
        self.buttons = QDialogButtonBox(self)
        self.use_button = self.buttons.addButton(
            self.tr("Dùng dữ liệu này"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.use_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.preview)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 640)
        self._job: Job = start_job(
            lambda _progress: read_file(importer, path, words), self._done, self._failed, pool
        )

    def _done(self, result: ImportedFile) -> None:
        self.result_file = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.report.setPlainText(result.report_text(self._words))
        self.preview.show_value(result.value, self._words)
        if result.value is None:
            self.status.setText(self.tr("Tệp có lỗi: hãy sửa theo báo cáo rồi nhập lại."))
            self.status.setStyleSheet("color: #f85149; font-weight: bold;")
        else:
            self.status.setText(self.tr("Tệp hợp lệ."))
            self.status.setStyleSheet("color: #56d364; font-weight: bold;")
            self.use_button.setEnabled(True)
        self.finishedReading.emit()

    def _failed(self, exc: Exception) -> None:
        """An importer bug must not take the console down: said, with its details below."""
        details = "".join(traceback.format_exception(exc))
        self.progress.setRange(0, 1)
        self.status.setText(self.tr("Không đọc được tệp (lỗi chương trình, đã ghi chi tiết)."))
        self.status.setStyleSheet("color: #f85149; font-weight: bold;")
        self.report.setPlainText(details)
        self.finishedReading.emit()
