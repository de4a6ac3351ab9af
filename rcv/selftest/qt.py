"""Self-test checks that need Qt: the application and its platform plugin, the bundled font's
Vietnamese letters, the sound cues, the display's QML and the translations.

The runner makes one :class:`QtRun` and hands it to every check here: the first check creates
the ``QApplication`` through it (or uses the one that exists), the others reuse it, and it keeps
what Qt said while a check ran. Before creating the application, the platform plugin is looked
for on disk and its shared libraries are checked with ``ldd``, because a Qt that cannot load its
plugin ends the process instead of raising. The sound check does the same for QtMultimedia: a
missing library is named with its package (:func:`rcv.selftest.libraries.explain_missing`), a
missing audio device is only a note.
"""

from __future__ import annotations

import os
import sys
import time
import unicodedata
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QtMsgType,
    QUrl,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QGuiApplication

import rcv
from rcv.selftest.checks import CheckFailed, Outcome, Said, said
from rcv.selftest.libraries import (
    explain_import_error,
    explain_missing,
    missing_libraries,
    qt_files,
)

# Every Vietnamese letter: 12 vowels × 6 tones, both cases, and đ/Đ — the hard ones first.
STACKED = "ẦẪẶỄỰđĐ"
_VOWELS = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
VIETNAMESE = STACKED + "".join(
    unicodedata.normalize("NFC", v + t) for v in _VOWELS + _VOWELS.upper() for t in _TONES
)
WAIT_S = 3.0
QT_BUTTON = ("QPlatformTheme", "Cancel")  # one of Qt's words rcv carries in Vietnamese

MESSAGES_KEPT = 50


class QtRun:
    """What the Qt checks of one self-test share: the application (created by the first check
    that needs it), a problem that made it fall back to the offscreen platform, and what Qt
    said while the current check ran (instead of scattering it over the terminal)."""

    def __init__(self) -> None:
        self.app: QGuiApplication | None = None
        self.fallback: Said | None = None
        self.messages: list[str] = []
        self._listening = False

    def on_qt_message(self, mode: QtMsgType, _context: Any, message: str) -> None:
        """Keep Qt's warnings for the report; a fatal message still goes to stderr (the
        process ends after it)."""
        if mode == QtMsgType.QtFatalMsg:
            sys.stderr.write(message + "\n")
            return
        if mode != QtMsgType.QtDebugMsg and len(self.messages) < MESSAGES_KEPT:
            self.messages.append(message.strip())

    def run(self, check: Callable[[QtRun], Outcome]) -> Outcome:
        """Run a Qt check: its failure ends with what Qt said while it ran."""
        if not self._listening:
            qInstallMessageHandler(self.on_qt_message)
            self._listening = True
        self.messages.clear()
        try:
            return check(self)
        except ImportError as exc:  # a Qt module whose shared libraries are not all there
            why = explain_import_error(exc, qt_files("qt"))
            raise CheckFailed("qt_cannot_load", why=why) from exc
        except CheckFailed as exc:
            heard = "; ".join(dict.fromkeys(self.messages))[:400]
            if not heard:
                raise
            raise CheckFailed(exc.code, **exc.params, qt_said=heard) from exc

    def bind(self, check: Callable[[QtRun], Outcome]) -> Callable[[], Outcome]:
        """``check`` as the runner calls it: with this run, through :meth:`run`."""
        return lambda: self.run(check)

    def application(self) -> QGuiApplication:
        """The running QApplication, created on first use."""
        existing = QCoreApplication.instance()
        if isinstance(existing, QGuiApplication):
            return existing
        if existing is not None:
            raise CheckFailed("qt_core_only")
        if self.app is not None:
            return self.app
        wanted = requested_platform()
        available = platform_plugins()
        problem = None
        missing = missing_libraries(qt_files("platform", wanted))
        if available and wanted not in available:  # no folder found at all: let Qt look itself
            problem = said("platform_missing", wanted=wanted, available=", ".join(available))
        elif missing:  # Qt would end the process: "could not load the Qt platform plugin"
            problem = said("platform_cannot_load", wanted=wanted, why=explain_missing(missing))
        elif wanted == "xcb" and not os.environ.get("DISPLAY"):
            problem = said("no_x_display")
        if problem is not None:
            if "offscreen" not in available or missing_libraries(qt_files("platform")):
                raise CheckFailed(problem.code, **problem.params)
            # check the rest without a screen; the Qt check itself still fails
            self.fallback = problem
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication

        self.app = QApplication([sys.argv[0] or "rcv"])
        return self.app


# -- the application -------------------------------------------------------------------------------
def requested_platform() -> str:
    """The platform plugin Qt will load: ``QT_QPA_PLATFORM`` or the system's default."""
    env = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if env:
        return env
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "cocoa"
    if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return "wayland"
    return "xcb"


def platform_plugins() -> list[str]:
    """Names of the platform plugins on disk (``xcb``, ``offscreen``, ``windows`` …)."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"]
    extra = os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep)
    folders += [Path(p) / "platforms" for p in extra if p]
    if os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH"):
        folders.append(Path(os.environ["QT_QPA_PLATFORM_PLUGIN_PATH"]))
    names: set[str] = set()
    for folder in folders:
        if folder.is_dir():
            for path in folder.iterdir():
                stem = path.name.split(".")[0].removeprefix("lib")
                names.add(stem.removeprefix("q"))
    return sorted(names)


def check_qt(run: QtRun) -> Outcome:
    import PySide6
    from PySide6.QtWidgets import QApplication

    app = run.application()
    if run.fallback is not None:
        raise CheckFailed("qt_fell_back", problem=run.fallback)
    if not isinstance(app, QApplication):
        raise CheckFailed("qt_no_widgets")
    screens = app.screens()
    if not screens:
        raise CheckFailed("qt_no_screens", platform=app.platformName())
    detail = said(
        "qt_ok",
        platform=app.platformName(),
        qt=qVersion(),
        pyside=PySide6.__version__,
        count=len(screens),
        sizes=", ".join(f"{s.size().width()}×{s.size().height()}" for s in screens),
    )
    return Outcome(detail, [said("one_screen")] if len(screens) < 2 else [])


# -- fonts -----------------------------------------------------------------------------------------
def check_fonts(run: QtRun) -> Outcome:
    from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics, QRawFont

    from rcv.ui.display.assets import FONT_FILES, font_path

    run.application()
    families: set[str] = set()
    for name in FONT_FILES:
        path = font_path(name)
        if not path.is_file():
            raise CheckFailed("font_missing", path=str(path))
        font_id = QFontDatabase.addApplicationFont(str(path))
        loaded = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not loaded:
            raise CheckFailed("font_not_loaded", name=path.name)
        families.update(loaded)
        raw = QRawFont(str(path), 96)
        if not raw.isValid():
            raise CheckFailed("font_unreadable", name=path.name)
        missing = [c for c in VIETNAMESE if not raw.supportsCharacter(ord(c))]
        if missing:
            raise CheckFailed("font_lacks", name=path.name, letters="".join(missing))
    family = sorted(families)[0]
    font = QFont(family, 96)
    if QFontInfo(font).family() != family:
        raise CheckFailed("font_replaced", used=QFontInfo(font).family(), family=family)
    metrics = QFontMetrics(font)
    missing = [c for c in STACKED if not metrics.inFontUcs4(ord(c))]
    if missing:
        raise CheckFailed("family_lacks", family=family, letters="".join(missing))
    return Outcome(
        said(
            "fonts_ok",
            families=", ".join(sorted(families)),
            files=len(FONT_FILES),
            letters=len(set(VIETNAMESE)),
            stacked=STACKED,
        )
    )


# -- sounds ----------------------------------------------------------------------------------------
def _wait(predicate: object, timeout: float = WAIT_S) -> bool:
    """Run Qt's events until ``predicate()`` holds or ``timeout`` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        QCoreApplication.processEvents()
        time.sleep(0.01)
    return bool(predicate())  # type: ignore[operator]


def check_sounds(run: QtRun) -> Outcome:
    from rcv.ui.display.assets import sound_path
    from rcv.ui.display.sound import CUES

    run.application()
    seconds = 0.0
    for name in CUES.values():
        path = sound_path(name)
        if not path.is_file():
            raise CheckFailed("sound_missing", path=str(path))
        try:
            with wave.open(str(path)) as w:
                seconds += w.getnframes() / w.getframerate()
        except (wave.Error, EOFError, OSError) as exc:
            raise CheckFailed("sound_not_wav", name=name, detail=str(exc)) from exc
    missing = missing_libraries(qt_files("sound"))
    if missing:  # QtMultimedia or its backend cannot load: no sound at all, whatever the device
        raise CheckFailed("multimedia_cannot_load", why=explain_missing(missing))
    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except ImportError as exc:
        why = explain_import_error(exc, qt_files("sound"))
        raise CheckFailed("multimedia_cannot_load", why=why) from exc
    outputs = QMediaDevices.audioOutputs()
    effects = []
    for name in CUES.values():
        effect = QSoundEffect()
        effect.setSource(QUrl.fromLocalFile(str(sound_path(name))))
        effects.append((name, effect))
    done = (QSoundEffect.Status.Ready, QSoundEffect.Status.Error)
    _wait(lambda: all(e.status() in done for _, e in effects))
    ready = [n for n, e in effects if e.status() == QSoundEffect.Status.Ready]
    notes = []
    if outputs:
        notes.append(said("speaker", name=QMediaDevices.defaultAudioOutput().description()))
    else:
        notes.append(said("no_audio_device"))
    if len(ready) < len(effects):
        not_ready = ", ".join(n for n, e in effects if e.status() != QSoundEffect.Status.Ready)
        if outputs:
            raise CheckFailed("sound_effects_failed", names=not_ready)
        notes.append(said("sound_effects_not_loaded", names=not_ready))
    for _, effect in effects:
        effect.deleteLater()
    detail = said(
        "sounds_ok",
        count=len(CUES),
        seconds=f"{seconds:.1f}",
        ready=len(ready),
        total=len(effects),
    )
    return Outcome(detail, notes)


# -- the display's QML -----------------------------------------------------------------------------
def qml_dir() -> Path:
    return Path(rcv.__file__).resolve().parent / "ui" / "display" / "qml"


PROBE_QML = """
import QtQuick
Item {
    width: 64; height: 64
    property int logoStatus: logo.status
    Image { id: logo; source: "%s"; sourceSize.width: 64; sourceSize.height: 64 }
    Text { text: "Ầ Ẫ Ặ Ễ Ự" }
}
"""


def check_qml(run: QtRun) -> Outcome:
    from PySide6.QtGui import QImageReader
    from PySide6.QtQml import QQmlComponent, QQmlEngine

    from rcv.ui.display.assets import logo_path

    run.application()
    files = sorted(qml_dir().glob("*.qml"))
    if not files:
        raise CheckFailed("qml_missing", folder=str(qml_dir()))
    engine = QQmlEngine()
    try:
        for path in files:
            component = QQmlComponent(engine, QUrl.fromLocalFile(str(path)))
            _wait(lambda c=component: not c.isLoading())
            if component.isError():
                errors = "; ".join(e.toString() for e in component.errors()[:3])
                raise CheckFailed("qml_error", name=path.name, errors=errors)
        formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
        if "svg" not in formats:
            raise CheckFailed("svg_unsupported")
        logo = logo_path()
        probe = QQmlComponent(engine)
        source = PROBE_QML % QUrl.fromLocalFile(str(logo)).toString()
        probe.setData(source.encode("utf-8"), QUrl.fromLocalFile(str(qml_dir() / "probe.qml")))
        item = probe.create()
        if item is None:
            errors = "; ".join(e.toString() for e in probe.errors()[:3])
            raise CheckFailed("qml_probe_failed", errors=errors)
        _wait(lambda: item.property("logoStatus") != 2)  # Image.Loading
        status = item.property("logoStatus")
        item.deleteLater()
        if status != 1:  # Image.Ready
            raise CheckFailed("logo_not_shown", name=logo.name, status=status)
    finally:
        engine.deleteLater()
    return Outcome(said("qml_ok", count=len(files)))


# -- translations ----------------------------------------------------------------------------------
def check_translations(run: QtRun) -> Outcome:
    from rcv import i18n
    from rcv.ui import translators

    run.application()
    languages = i18n.available_languages()
    if "en" not in languages:
        raise CheckFailed("english_missing", languages=", ".join(languages))
    english = translators.load_translator("en")
    if english is None:
        raise CheckFailed("english_not_loaded")
    word = english.translate(translators.PROBE_CONTEXT, translators.PROBE_SOURCE)
    if word != translators.PROBE_ENGLISH:
        raise CheckFailed("english_wrong", probe=translators.PROBE_SOURCE, got=repr(word))
    qt_vi = translators.load_translator("vi", translators.QT_DOMAIN)
    cancel = qt_vi.translate(*QT_BUTTON) if qt_vi is not None else ""
    if not cancel or cancel == "Cancel":
        raise CheckFailed("qt_vietnamese_missing")
    names = ", ".join(f"{i18n.language_name(lang)} ({lang})" for lang in languages)
    return Outcome(
        said(
            "translations_ok",
            languages=names,
            probe=translators.PROBE_SOURCE,
            word=word,
            cancel=cancel,
        )
    )


# -- the checks, in the order they run -------------------------------------------------------------
CHECKS: tuple[tuple[str, Callable[[QtRun], Outcome]], ...] = (
    ("qt", check_qt),
    ("fonts", check_fonts),
    ("sounds", check_sounds),
    ("qml", check_qml),
    ("translations", check_translations),
)
