"""The console's import and export dialogs run their work through the one job helper
(:func:`rcv.app.jobs.start_job`): progress reaches the bar while the work runs, and a failure —
an importer's bug, a workbook open in Excel — is said to the secretary in their language."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from rcv.i18n import Words
from rcv.results.errors import TargetInUse
from rcv.results.facts import EventRecord
from rcv.ui import translators
from rcv.ui.console import exporting
from rcv.ui.console.exporting import ExportDialog
from rcv.ui.console.importing import ImportDialog, ImportedFile
from tests.test_english import VIETNAMESE


@pytest.fixture(params=["vi", "en"])
def lang(request: pytest.FixtureRequest, qtbot: object):
    app = QApplication.instance()
    translators.switch_language(app, request.param)
    yield request.param
    translators.switch_language(app, "vi")


def said_in(lang: str, text: str) -> bool:
    """Vietnamese has its diacritics; the English words have none."""
    return bool(VIETNAMESE.search(text)) == (lang == "vi")


def test_an_importer_bug_is_said_in_the_secretarys_words_with_its_details(
    qtbot, lang: str, tmp_path: Path
) -> None:
    def broken(path: Path) -> ImportedFile:
        raise ValueError(f"a cell the importer did not expect in {path.name}")

    pool = QThreadPool()
    dialog = ImportDialog(
        "import", broken, tmp_path / "thi-sinh.xlsx", pool=pool, words=Words(lang)
    )
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finishedReading, timeout=10_000):
        pass
    pool.waitForDone(10_000)
    assert dialog.result_file is None and not dialog.use_button.isEnabled()
    assert said_in(lang, dialog.status.text())
    report = dialog.report.toPlainText()
    assert "ValueError: a cell the importer did not expect in thi-sinh.xlsx" in report
    assert "Traceback" in report  # the details, for whoever fixes it


def test_export_progress_reaches_the_bar_while_the_workbook_is_written(
    qtbot, lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    target = tmp_path / "ket-qua.xlsx"

    def slow_export(event, path, words, progress):
        for done in range(0, 1001):
            progress(done, 4000)  # a quarter written: 1001 reports, at most 26 reach the GUI
        release.wait(10)
        raise TargetInUse("in_use", path)  # then the file turns out open in Excel

    monkeypatch.setattr(exporting, "export_results", slow_export)
    pool = QThreadPool()
    event = EventRecord.__new__(EventRecord)  # never read: the export is stood in for
    dialog = ExportDialog(event, target, Words(lang), pool=pool)
    qtbot.addWidget(dialog)
    try:
        qtbot.waitUntil(lambda: dialog.progress.value() == 1000, timeout=10_000)
        assert dialog.progress.maximum() == 4000 and dialog.retry_button.isHidden()
    finally:
        release.set()
    with qtbot.waitSignal(dialog.finishedExport, timeout=10_000):
        pass
    pool.waitForDone(10_000)
    assert not dialog.retry_button.isHidden()  # a locked file: try again after closing Excel
    assert "Excel" in dialog.status.text() and said_in(lang, dialog.status.text())
    assert said_in(lang, dialog.retry_button.text())
