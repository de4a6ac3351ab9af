"""Exporting the results from the console: off the GUI thread, read back, retry when locked."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QThreadPool

from rcv.app.controller import ShowController
from rcv.clock import ManualClock
from rcv.core.ranking import rank
from rcv.demo.builtin import builtin_questions
from rcv.demo.headless import open_or_create, run_headless
from rcv.i18n import Words
from rcv.i18n.phrases.results import column_title, sheet_name
from rcv.results.errors import TargetInUse
from rcv.storage.event_file import EventFile
from rcv.ui.console import exporting
from rcv.ui.console.main_window import ConsoleWindow
from rcv.ui.console.services import ConsoleServices
from rcv.ui.console.settings import ConsoleSettings


@pytest.fixture(params=["vi", "en"])
def console(qtbot, tmp_path: Path, request: pytest.FixtureRequest):
    path = tmp_path / "show.rcv"
    played = open_or_create(path, 30, 5, builtin_questions())
    with played:
        run_headless(played, 5, open("/dev/null", "w"))  # noqa: SIM115 - closed with the file
    controller = ShowController(ManualClock())
    controller.attach(EventFile.open(path))
    services = ConsoleServices(
        settings=ConsoleSettings.ephemeral(),
        thread_pool=QThreadPool(),
        words=Words(request.param),  # the operator's language
    )
    window = ConsoleWindow(controller, services)
    qtbot.addWidget(window)
    yield window
    services.thread_pool.waitForDone(10_000)
    controller.detach()


def test_the_secretary_exports_the_official_ranking_from_the_console(console, qtbot, tmp_path):
    target = tmp_path / "ket-qua.xlsx"
    assert console.commands.export_results.isEnabled()
    dialog = console.event_commands.export_results(target)
    with qtbot.waitSignal(dialog.finishedExport, timeout=30_000):
        pass
    assert dialog.summary is not None and dialog.summary.finished
    assert dialog.progress.value() == dialog.progress.maximum()
    assert dialog.summary.fingerprint.text in dialog.status.text()
    words = console.services.words  # the workbook is in the operator's language
    assert dialog.summary.language == words.lang
    book = openpyxl.load_workbook(target, read_only=True)
    assert book.properties.language == words.lang
    sheet = book[sheet_name("ranking", words)]
    table = list(sheet.iter_rows(values_only=True))
    sbd_title = column_title("sbd", words)
    header = next(r for r in table if r and sbd_title in r)
    sbd = header.index(sbd_title)
    rows = [r for r in table if r and isinstance(r[0], int)]
    controller = console.controller
    expected = rank(controller.state, controller.setup).placings
    roster = controller.setup.roster
    assert [r[sbd] for r in rows] == [roster.at(p.seat).sbd for p in expected]


def test_a_workbook_open_in_excel_gets_a_retry(console, qtbot, tmp_path, monkeypatch):
    real = exporting.export_results
    calls = []

    def locked_once(event, target, words, **kwargs):
        calls.append(target)
        if len(calls) == 1:
            raise TargetInUse("in_use", target)  # open in Excel
        return real(event, target, words, **kwargs)

    monkeypatch.setattr(exporting, "export_results", locked_once)
    dialog = console.event_commands.export_results(tmp_path / "ket-qua.xlsx")
    with qtbot.waitSignal(dialog.finishedExport, timeout=30_000):
        pass
    assert "Excel" in dialog.status.text() and not dialog.retry_button.isHidden()
    with qtbot.waitSignal(dialog.finishedExport, timeout=30_000):
        dialog.retry_button.click()
    assert dialog.summary is not None and (tmp_path / "ket-qua.xlsx").is_file()
    assert len(calls) == 2
