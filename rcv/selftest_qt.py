"""Self-test checks that need Qt: the application and its platform plugin, the bundled font's
Vietnamese letters, the sound cues, the display's QML and the translations.

The first check creates the ``QApplication`` (or uses the one that exists); the others reuse
it. Before creating it, the platform plugin is looked for on disk and its shared libraries are
checked with ``ldd``, because a Qt that cannot load its plugin ends the process instead of
raising. The sound check does the same for QtMultimedia: a missing library is named with its
package (:func:`rcv.selftest.explain_missing`), a missing audio device is only a note.
"""

from __future__ import annotations

import functools
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
from rcv.selftest import (
    CheckFailed,
    Outcome,
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

_app: QGuiApplication | None = None
_fallback_note: str | None = None
_qt_messages: list[str] = []
_handler_installed = False


# -- Qt's own messages -------------------------------------------------------------------------
def _on_qt_message(mode: QtMsgType, _context: Any, message: str) -> None:
    """Keep Qt's warnings for the report instead of scattering them over the terminal; a
    fatal message still goes to stderr (the process ends after it)."""
    if mode == QtMsgType.QtFatalMsg:
        sys.stderr.write(message + "\n")
        return
    if mode != QtMsgType.QtDebugMsg and len(_qt_messages) < 50:
        _qt_messages.append(message.strip())


def qt_check(check: Callable[[], Outcome]) -> Callable[[], Outcome]:
    """A check whose failure detail ends with what Qt said while it ran."""

    @functools.wraps(check)
    def wrapped() -> Outcome:
        global _handler_installed
        if not _handler_installed:
            qInstallMessageHandler(_on_qt_message)
            _handler_installed = True
        _qt_messages.clear()
        try:
            return check()
        except ImportError as exc:  # a Qt module whose shared libraries are not all there
            why = explain_import_error(exc, qt_files("qt"))
            raise CheckFailed(f"Qt không nạp được — Qt cannot load: {why}") from exc
        except CheckFailed as exc:
            said = "; ".join(dict.fromkeys(_qt_messages))[:400]
            raise CheckFailed(f"{exc} (Qt: {said})" if said else str(exc)) from exc

    return wrapped


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


def application() -> QGuiApplication:
    """The running QApplication, created on first use."""
    global _app, _fallback_note
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise CheckFailed("đã có một QCoreApplication không có giao diện")
    if _app is not None:
        return _app
    wanted = requested_platform()
    available = platform_plugins()
    problem = None
    missing = missing_libraries(qt_files("platform", wanted))
    if available and wanted not in available:  # no folder found at all: let Qt look itself
        problem = f"thiếu plugin nền tảng '{wanted}' (có: {', '.join(available) or 'không có'})"
    elif missing:  # Qt would end the process: "could not load the Qt platform plugin"
        problem = (
            f"plugin nền tảng '{wanted}' không nạp được — platform plugin '{wanted}' cannot "
            f"load: {explain_missing(missing)}"
        )
    elif wanted == "xcb" and not os.environ.get("DISPLAY"):
        problem = "không có màn hình X (DISPLAY trống)"
    if problem is not None:
        if "offscreen" not in available or missing_libraries(qt_files("platform")):
            raise CheckFailed(problem)
        # check the rest without a screen; the Qt check itself still fails
        _fallback_note = problem
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    _app = QApplication([sys.argv[0] or "rcv"])
    return _app


@qt_check
def check_qt() -> Outcome:
    import PySide6
    from PySide6.QtWidgets import QApplication

    app = application()
    if _fallback_note is not None:
        raise CheckFailed(f"{_fallback_note}; các mục sau chạy với nền tảng offscreen")
    if not isinstance(app, QApplication):
        raise CheckFailed("ứng dụng không có Qt Widgets (bảng điều khiển cần nó)")
    screens = app.screens()
    if not screens:
        raise CheckFailed(f"nền tảng '{app.platformName()}' không có màn hình nào")
    sizes = ", ".join(f"{s.size().width()}×{s.size().height()}" for s in screens)
    detail = (
        f"nền tảng '{app.platformName()}', Qt {qVersion()} (PySide6 {PySide6.__version__}), "
        f"{len(screens)} màn hình: {sizes}"
    )
    notes = []
    if len(screens) < 2:
        notes.append("chỉ có 1 màn hình: cắm máy chiếu để chiếu sang màn hình thứ hai")
    return Outcome(detail, notes)


# -- fonts -----------------------------------------------------------------------------------------
@qt_check
def check_fonts() -> Outcome:
    from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics, QRawFont

    from rcv.ui.display.assets import FONT_FILES, font_path

    application()
    families: set[str] = set()
    for name in FONT_FILES:
        path = font_path(name)
        if not path.is_file():
            raise CheckFailed(f"thiếu tệp phông chữ {path}")
        font_id = QFontDatabase.addApplicationFont(str(path))
        loaded = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not loaded:
            raise CheckFailed(f"Qt không nạp được phông chữ {path.name}")
        families.update(loaded)
        raw = QRawFont(str(path), 96)
        if not raw.isValid():
            raise CheckFailed(f"Qt không đọc được phông chữ {path.name}")
        missing = [c for c in VIETNAMESE if not raw.supportsCharacter(ord(c))]
        if missing:
            raise CheckFailed(f"{path.name} thiếu chữ: {''.join(missing)}")
    family = sorted(families)[0]
    font = QFont(family, 96)
    if QFontInfo(font).family() != family:
        raise CheckFailed(f"Qt dùng '{QFontInfo(font).family()}' thay cho '{family}'")
    metrics = QFontMetrics(font)
    missing = [c for c in STACKED if not metrics.inFontUcs4(ord(c))]
    if missing:
        raise CheckFailed(f"'{family}' thiếu chữ: {''.join(missing)}")
    return Outcome(
        f"{', '.join(sorted(families))} ({len(FONT_FILES)} tệp) có đủ "
        f"{len(set(VIETNAMESE))} chữ tiếng Việt, cả {STACKED}"
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


@qt_check
def check_sounds() -> Outcome:
    from rcv.ui.display.assets import sound_path
    from rcv.ui.display.sound import CUES

    application()
    seconds = 0.0
    for name in CUES.values():
        path = sound_path(name)
        if not path.is_file():
            raise CheckFailed(f"thiếu tệp âm thanh {path}")
        try:
            with wave.open(str(path)) as w:
                seconds += w.getnframes() / w.getframerate()
        except (wave.Error, EOFError, OSError) as exc:
            raise CheckFailed(f"{name} không phải WAV PCM đọc được: {exc}") from exc
    missing = missing_libraries(qt_files("sound"))
    if missing:  # QtMultimedia or its backend cannot load: no sound at all, whatever the device
        why = explain_missing(missing)
        raise CheckFailed(f"QtMultimedia không nạp được — QtMultimedia cannot load: {why}")
    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except ImportError as exc:
        why = explain_import_error(exc, qt_files("sound"))
        raise CheckFailed(f"QtMultimedia không nạp được — QtMultimedia cannot load: {why}") from exc
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
        notes.append(f"loa: {QMediaDevices.defaultAudioOutput().description()}")
    else:
        notes.append("không có thiết bị âm thanh: chương trình sẽ im lặng (không phải lỗi)")
    if len(ready) < len(effects):
        not_ready = [n for n, e in effects if e.status() != QSoundEffect.Status.Ready]
        if outputs:
            raise CheckFailed(f"QSoundEffect không nạp được: {', '.join(not_ready)}")
        notes.append(f"QSoundEffect chưa nạp: {', '.join(not_ready)} (vì không có loa)")
    for _, effect in effects:
        effect.deleteLater()
    return Outcome(
        f"{len(CUES)} tệp WAV đọc được ({seconds:.1f} s); QSoundEffect nạp {len(ready)}/"
        f"{len(effects)}",
        notes,
    )


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


@qt_check
def check_qml() -> Outcome:
    from PySide6.QtGui import QImageReader
    from PySide6.QtQml import QQmlComponent, QQmlEngine

    from rcv.ui.display.assets import logo_path

    application()
    files = sorted(qml_dir().glob("*.qml"))
    if not files:
        raise CheckFailed(f"không thấy tệp QML nào trong {qml_dir()}")
    engine = QQmlEngine()
    try:
        for path in files:
            component = QQmlComponent(engine, QUrl.fromLocalFile(str(path)))
            _wait(lambda c=component: not c.isLoading())
            if component.isError():
                errors = "; ".join(e.toString() for e in component.errors()[:3])
                raise CheckFailed(f"{path.name}: {errors}")
        formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
        if "svg" not in formats:
            raise CheckFailed("Qt không đọc được ảnh SVG (thiếu plugin imageformats/qsvg)")
        logo = logo_path()
        probe = QQmlComponent(engine)
        source = PROBE_QML % QUrl.fromLocalFile(str(logo)).toString()
        probe.setData(source.encode("utf-8"), QUrl.fromLocalFile(str(qml_dir() / "probe.qml")))
        item = probe.create()
        if item is None:
            errors = "; ".join(e.toString() for e in probe.errors()[:3])
            raise CheckFailed(f"không tạo được cảnh QML thử: {errors}")
        _wait(lambda: item.property("logoStatus") != 2)  # Image.Loading
        status = item.property("logoStatus")
        item.deleteLater()
        if status != 1:  # Image.Ready
            raise CheckFailed(f"logo {logo.name} không hiện được trong QML (status {status})")
    finally:
        engine.deleteLater()
    return Outcome(f"{len(files)} tệp QML của màn chiếu dịch được; logo SVG hiện được")


# -- translations ----------------------------------------------------------------------------------
@qt_check
def check_translations() -> Outcome:
    from rcv import i18n
    from rcv.ui import translators

    application()
    languages = i18n.available_languages()
    if "en" not in languages:
        raise CheckFailed(f"thiếu bản dịch tiếng Anh (có: {', '.join(languages)})")
    english = translators.load_translator("en")
    if english is None:
        raise CheckFailed("không nạp được bản dịch tiếng Anh (rcv_en.qm)")
    word = english.translate(translators.PROBE_CONTEXT, translators.PROBE_SOURCE)
    if word != translators.PROBE_ENGLISH:
        raise CheckFailed(
            f"bản dịch tiếng Anh không dịch '{translators.PROBE_SOURCE}' (được {word!r})"
        )
    qt_vi = translators.load_translator("vi", translators.QT_DOMAIN)
    cancel = qt_vi.translate(*QT_BUTTON) if qt_vi is not None else ""
    if not cancel or cancel == "Cancel":
        raise CheckFailed("thiếu chữ tiếng Việt cho nút của Qt (qtbase_vi.qm)")
    names = ", ".join(f"{i18n.language_name(lang)} ({lang})" for lang in languages)
    probe = translators.PROBE_SOURCE
    return Outcome(f"{names}: '{probe}' → '{word}', nút 'Cancel' → '{cancel}'")
