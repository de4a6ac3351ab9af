"""Translations: rcv_en.ts is complete and current, every string of the code can reach it, and
the translators install, switch and reach widgets and QML.

When a test here fails after a UI change: run ``./scripts/update-translations``, translate the
entries it reports in ``rcv/i18n/rcv_en.ts``, and fix any call it warns about.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QUrl
from PySide6.QtQuick import QQuickView
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

from rcv import i18n
from rcv.i18n import catalog
from rcv.ui import translators

EN_TS = catalog.I18N_DIR / "rcv_en.ts"
PLACEHOLDER = re.compile(r"\{[A-Za-z_]\w*\}|%L?\d|%n")


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Compiled translations go to a temporary cache; the app is back to Vietnamese after."""
    monkeypatch.setenv("RCV_PORTABLE", str(tmp_path / "portable"))
    yield
    app = QCoreApplication.instance()
    if app is not None:
        translators.install_translator(app, "vi")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[catalog.Message]:
    """What lupdate finds in the code now (a fresh .ts, with locations)."""
    ts = tmp_path_factory.mktemp("lupdate") / "now_en.ts"
    catalog.run_lupdate(ts, "en", locations="absolute")
    return catalog.read_ts(ts)


def _where(message: catalog.Message) -> str:
    return message.locations[0] if message.locations else "?"


# -- the .ts sources -----------------------------------------------------------------------------
def test_every_english_entry_is_translated() -> None:
    messages = [m for m in catalog.read_ts(EN_TS) if m.live]
    assert messages, "rcv_en.ts is empty: run ./scripts/update-translations"
    unfinished = [f"[{m.context}] {m.source!r}" for m in messages if not m.finished]
    assert not unfinished, (
        f"{len(unfinished)} of {len(messages)} strings in rcv/i18n/rcv_en.ts have no finished "
        "English translation:\n  " + "\n  ".join(unfinished)
    )


def test_english_translations_keep_placeholders_and_spacing() -> None:
    wrong = []
    for m in catalog.read_ts(EN_TS):
        if not m.finished:
            continue
        if sorted(PLACEHOLDER.findall(m.source)) != sorted(PLACEHOLDER.findall(m.translation)):
            wrong.append(f"placeholders differ: {m.source!r} -> {m.translation!r}")
        for side in (str.startswith, str.endswith):
            for blank in (" ", "\n"):
                if side(m.source, blank) != side(m.translation, blank):
                    wrong.append(
                        f"leading/trailing blank differs: {m.source!r} -> {m.translation!r}"
                    )
        if m.source.count("\n") != m.translation.count("\n"):
            wrong.append(f"line count differs: {m.source!r} -> {m.translation!r}")
    assert not wrong, "\n".join(sorted(set(wrong)))


def test_rcv_en_ts_is_current_with_the_code(extracted: list[catalog.Message]) -> None:
    in_code = {(m.context, m.source): m for m in extracted}
    in_file = {(m.context, m.source) for m in catalog.read_ts(EN_TS) if m.live}
    new = sorted(set(in_code) - in_file)
    gone = sorted(in_file - set(in_code))
    assert not new and not gone, (
        "rcv/i18n/rcv_en.ts is not current: run ./scripts/update-translations and translate.\n"
        f"new in the code: {new[:20]}\nno longer in the code: {gone[:20]}"
    )


def test_every_string_lupdate_finds_has_a_context(extracted: list[catalog.Message]) -> None:
    """An entry without context never matches at run time (self.tr looks up the class name)."""
    orphans = [m for m in extracted if not m.context]
    assert not orphans, (
        f"{len(orphans)} strings have no context, so they will never be translated "
        '(a `tr = self.tr` alias? call self.tr("…") directly):\n  '
        + "\n  ".join(f"{m.source!r} ({_where(m)})" for m in orphans[:30])
    )


def test_every_translatable_call_in_python_reaches_the_catalogue(
    extracted: list[catalog.Message],
) -> None:
    calls, problems = catalog.python_calls(catalog.source_files())
    assert calls, "no self.tr/translate call found at all: is the scan broken?"
    unseen = catalog.unseen_calls(calls, extracted)
    problems += [
        f"{c.where}: lupdate does not see {c.source!r} in context {c.context} "
        "(self.tr inside an f-string? translate into a variable first)"
        for c in unseen
    ]
    assert not problems, (
        f"{len(problems)} translatable strings cannot reach rcv_en.ts:\n  " + "\n  ".join(problems)
    )


def test_the_source_language_file_is_vietnamese() -> None:
    text = (catalog.I18N_DIR / catalog.SOURCE_FILE).read_text(encoding="utf-8")
    assert 'language="vi"' in text and 'sourcelanguage="vi"' in text


def test_catalog_scan_finds_aliases_fstrings_and_variables(tmp_path: Path) -> None:
    code = tmp_path / "panel.py"
    code.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "WORDS = ('Một', 'Hai')\n"
        "class Panel:\n"
        "    def build(self):\n"
        "        tr = self.tr\n"
        "        tr('Bí danh')\n"
        "        self.tr('Được')\n"
        "        self.tr(WORDS[0])\n"
        "        x = f\"{self.tr('Trong f-string')}\"\n"
        "        QCoreApplication.translate('Ngữ cảnh', 'Cũng được')\n",
        encoding="utf-8",
    )
    calls, problems = catalog.python_calls([code], tmp_path)
    assert {(c.context, c.source) for c in calls} == {
        ("Panel", "Được"),
        ("Panel", "Trong f-string"),
        ("Ngữ cảnh", "Cũng được"),
    }
    assert [p.split(":")[1] for p in problems] == ["6", "8"]
    ts = tmp_path / "panel_en.ts"
    catalog.run_lupdate(ts, "en", [code], cwd=tmp_path)
    unseen = catalog.unseen_calls(calls, catalog.read_ts(ts))
    assert [c.source for c in unseen] == ["Trong f-string"]


# -- installing and switching ----------------------------------------------------------------------
def test_available_languages_are_vietnamese_then_english() -> None:
    assert i18n.available_languages() == ["vi", "en"]
    assert i18n.language_name("vi") == "Tiếng Việt"
    assert i18n.language_name("en") == "English"


def test_english_translator_translates_and_vietnamese_leaves_the_source(
    qapp: QApplication,
) -> None:
    translators.install_translator(qapp, "en")
    assert translators.current_language() == "en"
    assert translators.menu_title() == "Language"
    translators.install_translator(qapp, "vi")
    assert translators.current_language() == "vi"
    assert translators.menu_title() == "Ngôn ngữ"


def test_every_english_entry_translates_at_run_time(qapp: QApplication) -> None:
    translator = translators.install_translator(qapp, "en")
    for m in catalog.read_ts(EN_TS):
        if m.finished and not m.numerus:
            assert translator.translate(m.context, m.source) == m.translation, m.source


def test_an_unknown_language_keeps_vietnamese(qapp: QApplication) -> None:
    translator = translators.install_translator(qapp, "fr")
    assert translator.isEmpty()
    assert translators.menu_title() == "Ngôn ngữ"
    assert translators.current_language() == "vi"


def test_default_language_follows_rcv_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RCV_LANG", "en_US.UTF-8")
    assert i18n.default_language() == "en"
    monkeypatch.setenv("RCV_LANG", "de")
    assert i18n.default_language() == "vi"
    monkeypatch.delenv("RCV_LANG")
    assert i18n.default_language() == "vi"


def test_qt_standard_buttons_speak_vietnamese(qapp: QApplication) -> None:
    translators.install_translator(qapp, "vi")
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Có"
    assert box.button(QMessageBox.StandardButton.No).text() == "&Không"
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Huỷ"
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Lưu"
    translators.install_translator(qapp, "en")
    fresh = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert fresh.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_missing_qm_is_compiled_into_the_cache_and_refreshed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "i18n"
    folder.mkdir()
    shutil.copy(EN_TS, folder / "rcv_en.ts")
    first = translators.qm_file("en", folder=folder)
    assert first is not None and first.is_file()
    assert first.parent == tmp_path / "portable" / "data" / "cache" / "i18n"
    stamp = first.stat().st_mtime_ns
    assert translators.qm_file("en", folder=folder) == first
    assert first.stat().st_mtime_ns == stamp  # cached
    later = (folder / "rcv_en.ts").stat().st_mtime + 5
    os.utime(folder / "rcv_en.ts", (later, later))
    assert translators.qm_file("en", folder=folder) == first
    assert first.stat().st_mtime_ns != stamp  # recompiled
    shipped = folder / "rcv_en.qm"
    shutil.copy(first, shipped)
    os.utime(shipped, (later + 1, later + 1))
    assert translators.qm_file("en", folder=folder) == shipped  # a bundle's compiled file wins


PROBE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context><name>Probe</name>
<message><source>Xin chào</source><translation>Hello</translation></message></context>
<context><name>ProbeWidget</name>
<message><source>Bắt đầu</source><translation>Start</translation></message></context>
</TS>
"""


class ProbeWidget(QWidget):
    """A widget that retranslates in changeEvent, as the console's widgets do."""

    def __init__(self) -> None:
        super().__init__()
        self.changes = 0
        self.label = self.tr("Bắt đầu")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.changes += 1
            self.label = self.tr("Bắt đầu")
        super().changeEvent(event)


def test_switch_language_retranslates_widgets_and_qml(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "i18n"
    folder.mkdir()
    (folder / "rcv_en.ts").write_text(PROBE_TS, encoding="utf-8")
    qml = tmp_path / "Probe.qml"
    qml.write_text('import QtQuick\nText { text: qsTr("Xin chào") }\n', encoding="utf-8")
    widget = ProbeWidget()
    view = QQuickView()
    view.setSource(QUrl.fromLocalFile(str(qml)))
    root = view.rootObject()
    assert root is not None and root.property("text") == "Xin chào"
    assert widget.label == "Bắt đầu"

    translators.switch_language(qapp, "en", folder)
    assert root.property("text") == "Hello"  # QML at once
    qapp.processEvents()  # widgets: Qt posts them LanguageChange
    assert widget.changes >= 1 and widget.label == "Start"
    assert root.property("text") == "Hello"

    translators.switch_language(qapp, "vi", folder)
    qapp.processEvents()
    assert widget.label == "Bắt đầu"
    assert root.property("text") == "Xin chào"
    view.deleteLater()
    widget.deleteLater()


def test_words_speak_from_the_catalogue_without_qt() -> None:
    """The edge's words (CLI, workbook, reports) come from the same catalogue as Qt's."""
    english, vietnamese = i18n.Words("en"), i18n.Words("vi")
    assert english("Language", "Ngôn ngữ") == "Language"
    assert vietnamese("Language", "Ngôn ngữ") == "Ngôn ngữ"
    assert (
        english("HardwarePanel", "{port} · {n} bàn phím", port="COM3", n=50) == "COM3 · 50 keypads"
    )
    assert english("Nowhere", "Chưa dịch {x}", x=1) == "Chưa dịch 1"  # no entry: the source
    english.switch("vi")
    assert english("Language", "Ngôn ngữ") == "Ngôn ngữ"
    assert i18n.Words("fr").lang == "vi"  # no catalogue: the source language


def test_every_policy_has_its_own_words() -> None:
    """Policies of different rules share values ("keep", "tiebreak"): each keeps its words."""
    from rcv.core.rules import AllWrongPolicy, AnswerPolicy, LimitPolicy, PausePolicy
    from rcv.i18n.phrases.show import policy

    words = i18n.Words("vi")
    said = {
        (type(v), v): policy(v, words)
        for t in (AllWrongPolicy, AnswerPolicy, LimitPolicy, PausePolicy)
        for v in t
    }
    assert len(set(said.values())) == len(said)
    assert policy(AllWrongPolicy.KEEP, words) == "Không ai bị loại"
    assert policy(PausePolicy.KEEP, words) == "Vẫn tính lần bấm lúc tạm dừng"
