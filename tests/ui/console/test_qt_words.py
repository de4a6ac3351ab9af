"""Qt's own words (file dialogs, message boxes, standard buttons) in the MC's language, and Qt's
dialogs in the console's dark theme: rcv opens Qt's own file dialog, a child of the console."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QWidget

from rcv.i18n.words import I18N_DIR
from rcv.ui import translators
from rcv.ui.console import file_dialogs, style

from .qm_reader import qm_sources

OURS = I18N_DIR / "qtbase_vi.ts"
ABOUT_QT = "<p>Qt is a C++ toolkit"  # the About Qt box: rcv never opens it


def our_messages() -> dict[str, dict[str, str]]:
    root = ET.parse(OURS).getroot()
    return {
        c.findtext("name", ""): {
            m.findtext("source", ""): m.findtext("translation", "") for m in c.iter("message")
        }
        for c in root.iter("context")
    }


def test_our_vietnamese_covers_every_word_qt_translates_in_the_contexts_we_carry() -> None:
    reference = translators.qt_translations_dir() / "qtbase_de.qm"
    if not reference.is_file():
        pytest.skip("Qt's German catalogue is not installed here")
    ours = our_messages()
    assert {"QFileDialog", "QFileSystemModel", "QMessageBox", "QPlatformTheme"} <= ours.keys()
    missing = sorted(
        (context, source)
        for context, source in qm_sources(reference)
        if context in ours and source not in ours[context] and not source.startswith(ABOUT_QT)
    )
    assert not missing, f"rcv/i18n/qtbase_vi.ts lacks Qt's words: {missing}"
    empty = [(c, s) for c, msgs in ours.items() for s, t in msgs.items() if not t.strip()]
    assert not empty


@pytest.fixture
def vietnamese(qtbot: object):
    app = QApplication.instance()
    translators.switch_language(app, "vi")
    yield app
    translators.switch_language(app, "vi")


def labels(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_the_file_dialog_speaks_the_console_language_and_is_dark(qtbot, vietnamese) -> None:
    console = QWidget()
    console.setStyleSheet(style.STYLESHEET)
    qtbot.addWidget(console)
    dialog = file_dialogs.file_dialog(
        console, "Chọn bộ câu hỏi", str(Path.home()), "Excel (*.xlsx)"
    )
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "&Tìm trong:" in labels(dialog) and "&Loại tệp:" in labels(dialog)
    image = dialog.grab().toImage()
    corner = QColor(image.pixel(4, image.height() - 4))
    assert corner.lightness() < 60, corner.name()  # the console's background, not white
    dialog.close()

    translators.switch_language(vietnamese, "en")
    english = file_dialogs.file_dialog(console, "Questions", "", "Excel (*.xlsx)")
    english.show()
    assert "&Look in:" in labels(english)
    english.close()


def test_message_box_buttons_are_vietnamese(qtbot, vietnamese) -> None:
    seen: list[list[str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append([b.text() for b in box.buttons()])
            box.reject()

    QTimer.singleShot(0, answer)
    QMessageBox.question(
        None, "?", "?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    QCoreApplication.processEvents()
    assert seen and sorted(seen[0]) == ["&Có", "&Không"]


def test_english_takes_qts_own_catalogue_when_qt_ships_one() -> None:
    shipped = translators.qt_translations_dir() / "qtbase_en.qm"
    translator = translators.qt_own_translator("en")
    if shipped.is_file():
        assert translator is not None and Path(translator.filePath()) == shipped
    vietnamese = translators.qt_own_translator("vi")
    assert vietnamese is not None and not vietnamese.isEmpty()  # rcv's own, compiled
    assert vietnamese.translate("QFileDialog", "&Look in:") == "&Tìm trong:"
