"""Qt's side of rcv's one catalogue (:mod:`rcv.i18n`): translators for widgets and QML.

The words in the code are Vietnamese (``self.tr("Bước tiếp theo")``, ``qsTr("Hết giờ")``), so
Vietnamese needs no translation of rcv's own strings. The catalogue lives in ``rcv/i18n``,
refreshed from the code by ``scripts/update-translations``:

- ``rcv_en.ts``: every string of rcv in English (a test fails while one is unfinished);
- ``rcv_vi.ts``: the source language's own file, plural forms only (``lupdate -pluralonly``);
- ``qtbase_vi.ts``: Qt's own words in Vietnamese (Yes/No/Cancel buttons, message boxes, the
  file dialogs, the text-field menu), which Qt does not ship; hand-written, lupdate never
  touches it.

Qt's own words come from Qt's own catalogue when Qt ships one for the language
(``qtbase_<lang>.qm`` in Qt's translations folder: PySide6's wheel, or the bundle, which keeps
those of rcv's languages) — it is complete; rcv's hand-written ``qtbase_<lang>.ts`` only where
Qt has none (Vietnamese). See :func:`qt_own_translator`.

Compiled ``.qm`` files are build products, never committed. The bundle (``build.spec``) compiles
them at build time and ships them in this package's folder; in a checkout or an installed wheel
without them, :func:`qm_file` compiles the ``.ts`` with ``lrelease`` (in the PySide6-Essentials
wheel) into the user's cache folder, again whenever the ``.ts`` is newer.

Use :func:`install_translator` once after creating the application, and
:func:`switch_language` from the language menu: widgets retranslate in ``changeEvent``
(``QEvent.LanguageChange``), QML re-evaluates its ``qsTr`` bindings.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTranslator

from rcv.i18n.words import DOMAIN, I18N_DIR, SOURCE_LANGUAGE, available_languages

log = logging.getLogger(__name__)

QT_DOMAIN = "qtbase"  # qtbase_<lang>.ts: Qt's own strings that Qt does not translate itself
TRANSLATOR_NAME = "rcv-translator"  # rcv's translators among the application's children
LANGUAGE_PROPERTY = "rcvLanguage"  # the application's property: the language installed

# A string of this module, translated in rcv_en.ts: the language menu's title, and what the
# self-test translates to see that the English translation works.
PROBE_CONTEXT, PROBE_SOURCE, PROBE_ENGLISH = "Language", "Ngôn ngữ", "Language"


class TranslationError(RuntimeError):
    """A translation could not be compiled or loaded."""


def menu_title() -> str:
    """The language menu's title in the language now installed ("Ngôn ngữ" / "Language")."""
    return QCoreApplication.translate("Language", "Ngôn ngữ")


# -- compiling ---------------------------------------------------------------------------------
def lrelease_path() -> Path | None:
    """Qt's ``lrelease`` from the PySide6-Essentials wheel (absent in a bundle)."""
    try:
        import PySide6
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        return None
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    tool = Path(PySide6.__file__).resolve().parent / name
    if tool.is_file():
        return tool
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return Path(found) if found else None


def compile_ts(ts: Path, qm: Path) -> Path:
    """Compile ``ts`` into ``qm`` with lrelease (unfinished entries left out); returns ``qm``."""
    tool = lrelease_path()
    if tool is None:
        raise TranslationError("không tìm thấy lrelease (cần gói PySide6-Essentials)")
    qm.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [str(tool), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0 or not qm.is_file():
        detail = (done.stderr or done.stdout).strip()[:300]
        raise TranslationError(f"lrelease không dịch được {ts.name}: {detail}")
    return qm


def _compiled_cache() -> Path:
    from rcv.userdirs import cache_dir

    return cache_dir() / "i18n"


def qm_file(lang: str, domain: str = DOMAIN, folder: Path = I18N_DIR) -> Path | None:
    """The compiled translation ``<domain>_<lang>.qm``: shipped beside this module (bundle),
    or compiled from the ``.ts`` into the cache when missing or older. None when there is no
    source for it, or it cannot be compiled here (logged)."""
    name = f"{domain}_{lang}"
    ts, shipped = folder / f"{name}.ts", folder / f"{name}.qm"
    if shipped.is_file() and (not ts.is_file() or _mtime(shipped) >= _mtime(ts)):
        return shipped
    if not ts.is_file():
        return None
    cached = _compiled_cache() / f"{name}.qm"
    if cached.is_file() and _mtime(cached) >= _mtime(ts):
        return cached
    try:
        return compile_ts(ts, cached)
    except (OSError, TranslationError) as exc:
        log.warning("translation %s unavailable: %s", name, exc)
        return shipped if shipped.is_file() else None


def _mtime(path: Path) -> float:
    return path.stat().st_mtime


# -- installing --------------------------------------------------------------------------------
def load_translator(
    lang: str,
    domain: str = DOMAIN,
    parent: QCoreApplication | None = None,
    folder: Path = I18N_DIR,
) -> QTranslator | None:
    """A translator loaded with ``<domain>_<lang>.qm``, or None when there is none."""
    path = qm_file(lang, domain, folder)
    if path is None:
        return None
    translator = QTranslator(parent)
    if not translator.load(str(path)):
        log.warning("cannot load translation %s", path)
        return None
    return translator


def qt_translations_dir() -> Path:
    """Where Qt keeps its own catalogues (PySide6's wheel, or the bundle's copy)."""
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def qt_own_translator(lang: str, parent: QCoreApplication | None = None) -> QTranslator | None:
    """Qt's own words (buttons, message boxes, file dialogs) in ``lang``: Qt's shipped
    ``qtbase_<lang>.qm`` when there is one (complete), else rcv's ``qtbase_<lang>.ts``
    (Vietnamese, which Qt does not ship); None when neither exists."""
    shipped = qt_translations_dir() / f"{QT_DOMAIN}_{lang}.qm"
    if shipped.is_file():
        translator = QTranslator(parent)
        if translator.load(str(shipped)):
            return translator
        log.warning("cannot load Qt's translation %s", shipped)
    return load_translator(lang, QT_DOMAIN, parent)


def install_translator(app: QCoreApplication, lang: str, folder: Path = I18N_DIR) -> QTranslator:
    """Install rcv's translation into ``lang`` (and Qt's own words where rcv carries them),
    removing what an earlier call installed. Returns rcv's translator: empty for Vietnamese,
    the source language, and for a language with no compiled translation (the words then stay
    Vietnamese; a warning is logged).

    The application itself holds what was installed (the translators are its children, named
    :data:`TRANSLATOR_NAME`) and the language now spoken (its :data:`LANGUAGE_PROPERTY`): no
    state of this module."""
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setObjectName("")
        old.deleteLater()
    main = None if lang == SOURCE_LANGUAGE else load_translator(lang, DOMAIN, app, folder)
    if main is None:
        if lang not in (SOURCE_LANGUAGE, *available_languages()):
            log.warning("no translation for %r: keeping Vietnamese", lang)
        main = QTranslator(app)  # empty: every string stays as written
    qt_own = qt_own_translator(lang, app)
    for translator in (qt_own, main):
        # an empty (never loaded) translator is not installed: with one installed, loading QML
        # hangs (seen with PySide6 6.11) — and it would translate nothing anyway
        if translator is not None and not translator.isEmpty():
            translator.setObjectName(TRANSLATOR_NAME)
            app.installTranslator(translator)
    spoken = lang if lang == SOURCE_LANGUAGE or not main.isEmpty() else SOURCE_LANGUAGE
    app.setProperty(LANGUAGE_PROPERTY, spoken)
    return main


def current_language(app: QCoreApplication | None = None) -> str:
    """The language the application's widgets speak now: the last one :func:`install_translator`
    could load (Vietnamese before, and after asking for a language rcv does not have)."""
    app = app or QCoreApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return value if isinstance(value, str) else SOURCE_LANGUAGE


def switch_language(app: QCoreApplication, lang: str, folder: Path = I18N_DIR) -> QTranslator:
    """Change the language of a running program's widgets.

    Re-installs the translators — Qt then posts ``QEvent.LanguageChange`` to every widget,
    delivered at the next turn of the event loop: retranslate in ``changeEvent`` — sends
    ``LanguageChange`` at once to the windows that are not widgets (a ``QQuickView``: override
    ``event``), and re-evaluates at once every ``qsTr`` binding of the QML engines behind the
    Quick views and Quick widgets.
    """
    translator = install_translator(app, lang, folder)
    _retranslate_windows_and_qml(app)
    return translator


def _retranslate_windows_and_qml(app: QCoreApplication) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlEngine
    from PySide6.QtQuick import QQuickView
    from PySide6.QtQuickWidgets import QQuickWidget
    from PySide6.QtWidgets import QApplication

    if not isinstance(app, QGuiApplication):
        return
    engines: list[QQmlEngine] = []
    for window in app.allWindows():
        if window.metaObject().className() == "QWidgetWindow":
            continue  # a widget's window: the widget got the event already
        QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
        if isinstance(window, QQuickView):
            engines.append(window.engine())
    if isinstance(app, QApplication):
        engines += [w.engine() for w in app.allWidgets() if isinstance(w, QQuickWidget)]
    seen: set[int] = set()
    for engine in engines:
        if engine is not None and id(engine) not in seen:
            seen.add(id(engine))
            engine.retranslate()
