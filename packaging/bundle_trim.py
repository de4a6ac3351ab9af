"""What of Qt goes into the bundle: used by ``build.spec`` to trim PyInstaller's collection.

PyInstaller's PySide6 hooks collect every QML module of the wheel (Quick 3D, Charts, Controls,
WebView …), every plugin of the categories they know, all of Qt's translations, and every Qt
library those pull in. ``excludes`` cannot remove them (they are binaries, not Python modules),
so the spec filters ``a.binaries`` and ``a.datas`` with :func:`trim`:

- **QML**: only the modules rcv's QML imports (found by reading its ``import`` lines) and what
  their ``qmldir`` files import or depend on, recursively;
- **plugins**: a short list by category and name (:data:`KEEP_PLUGINS`);
- **translations**: Qt's own ``.qm`` for the languages rcv speaks (:data:`KEEP_LANGUAGES`);
- **libraries** shipped in the PySide6 wheel (Qt, ICU, FFmpeg): only those some kept binary
  links to, followed transitively (:func:`needed_libraries`); a few loaded at run time without
  being linked are kept by name (:data:`KEEP_UNLINKED`); PyInstaller's symbolic links to a
  library left out go too.

The names work for both layouts of the wheel: ``PySide6/Qt/{lib,plugins,qml,translations}`` on
Linux and macOS, ``PySide6/{plugins,qml,translations}`` with the DLLs in ``PySide6/`` on
Windows. Pure functions, except :func:`needed_libraries`, which reads the binaries' import tables
(through PyInstaller).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

TocEntry = tuple[str, str, str]  # (destination name, source path, typecode)

# Plugin category -> the plugin files kept (matched on the name without "lib"/extension).
KEEP_PLUGINS: dict[str, frozenset[str]] = {
    # windows: Windows; xcb: Linux desktops (X11, XWayland); offscreen/minimal: CI and tests;
    # cocoa: macOS
    "platforms": frozenset({"qwindows", "qxcb", "qoffscreen", "qminimal", "qcocoa"}),
    "xcbglintegrations": frozenset({"qxcb-glx-integration", "qxcb-egl-integration"}),
    "imageformats": frozenset({"qsvg", "qico", "qjpeg", "qgif"}),  # logos: svg, png, jpg
    "iconengines": frozenset({"qsvgicon"}),
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle"}),  # native look on Windows
    "multimedia": frozenset({"ffmpegmediaplugin", "windowsmediaplugin", "darwinmediaplugin"}),
    # typing Vietnamese on Linux goes through IBus (ibus-unikey, ibus-bamboo)
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
}

# Qt's own translations kept: the languages rcv offers (Qt ships no Vietnamese; rcv carries
# the few words it needs in rcv/i18n/qtbase_vi.ts).
KEEP_LANGUAGES = ("vi", "en")
KEEP_QT_CATALOGS = ("qt", "qtbase", "qtdeclarative", "qtmultimedia", "qtserialport")

# Libraries Qt opens at run time without linking to them: software OpenGL and the shader
# compiler on Windows laptops with poor graphics drivers.
KEEP_UNLINKED = ("opengl32sw", "d3dcompiler")

_LIB_SUFFIX = re.compile(r"(\.so(\.\d+)*|\.dll|\.dylib|\.pyd)$", re.IGNORECASE)
_IMPORT_LINE = re.compile(r"^\s*import\s+([A-Za-z_][\w.]*)", re.MULTILINE)
_QMLDIR_LINE = re.compile(r"^\s*(?:import|depends)\s+([A-Za-z_][\w.]*)", re.MULTILINE)


# -- where an entry sits -------------------------------------------------------------------------
@dataclass(frozen=True)
class Place:
    """An entry of the bundle seen from the PySide6 wheel's layout."""

    kind: str  # "qml", "plugin", "translation", "pyside" (other file of the wheel), "other"
    rest: tuple[str, ...] = ()  # path parts after qml/, plugins/, translations/


def place_of(dest: str) -> Place:
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if not parts or parts[0] != "PySide6":
        return Place("other")
    for i in (1, 2):  # PySide6/qml/… (Windows) or PySide6/Qt/qml/… (Linux, macOS)
        if len(parts) > i + 1 and parts[i] in ("qml", "plugins", "translations"):
            if i == 2 and parts[1] != "Qt":
                continue
            kind = {"qml": "qml", "plugins": "plugin", "translations": "translation"}[parts[i]]
            return Place(kind, tuple(parts[i + 1 :]))
    return Place("pyside", tuple(parts[1:]))


def stem(filename: str) -> str:
    """``libqxcb.so`` / ``qwindows.dll`` / ``libQt6Core.so.6`` -> ``qxcb`` / ``qwindows`` /
    ``Qt6Core``."""
    name = _LIB_SUFFIX.sub("", filename)
    return name[3:] if name.startswith("lib") else name


def is_library(filename: str) -> bool:
    return bool(_LIB_SUFFIX.search(filename))


# -- QML -------------------------------------------------------------------------------------------
def qml_imports(sources: Iterable[Path]) -> set[str]:
    """Module names imported by QML files (``import QtQuick``, ``import QtQuick.Shapes 1.0``);
    quoted imports of local files and folders are not modules."""
    found: set[str] = set()
    for path in sources:
        found.update(_IMPORT_LINE.findall(path.read_text(encoding="utf-8")))
    return found


def qml_module_closure(modules: Iterable[str], qml_root: Path) -> set[str]:
    """``modules`` and every module their ``qmldir`` imports or depends on, as folder paths
    under the QML root (``QtQuick``, ``QtQml/Models``). Modules with no folder (built into the
    engine, like ``QML``) are left out."""
    todo = list(modules)
    seen: set[str] = set()
    folders: set[str] = set()
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        folder = module.replace(".", "/")
        qmldir = qml_root / folder / "qmldir"
        if not qmldir.is_file():
            continue
        folders.add(folder)
        todo.extend(_QMLDIR_LINE.findall(qmldir.read_text(encoding="utf-8")))
    return folders


def keep_qml(rest: tuple[str, ...], folders: set[str]) -> bool:
    """A file under qml/ is kept when its own folder is one of the needed module folders (a
    module's sub-folders are other modules: ``QtQuick/Controls`` is not part of ``QtQuick``),
    or it is one of the type-information files at the top."""
    if len(rest) == 1:
        return rest[0].endswith(".qmltypes")
    return "/".join(rest[:-1]) in folders


# -- plugins and translations ----------------------------------------------------------------------
def keep_plugin(rest: tuple[str, ...]) -> bool:
    if len(rest) != 2:
        return False
    category, filename = rest
    return stem(filename) in KEEP_PLUGINS.get(category, frozenset())


def keep_translation(rest: tuple[str, ...]) -> bool:
    match = re.fullmatch(r"([a-z_]+?)_([a-z]{2})(_[A-Z]{2})?\.qm", rest[-1])
    return bool(match) and match[1] in KEEP_QT_CATALOGS and match[2] in KEEP_LANGUAGES


def _posix(name: str) -> str:
    return name.replace("\\", "/")


# -- libraries -------------------------------------------------------------------------------------
ImportsOf = Callable[[str], Iterable[str]]  # source path -> names of the libraries it links to


def needed_libraries(
    roots: Iterable[TocEntry], candidates: Iterable[TocEntry], imports_of: ImportsOf
) -> set[str]:
    """Destination names of the ``candidates`` (libraries of the wheel) that the ``roots``
    link to, directly or through other candidates. Matching is by file name, case-insensitive
    (Windows import tables name DLLs without a path, in any case)."""
    by_name: dict[str, TocEntry] = {}
    for entry in candidates:  # by the source file's name and by the name in the bundle
        by_name[PurePosixPath(_posix(entry[1])).name.lower()] = entry
        by_name[PurePosixPath(_posix(entry[0])).name.lower()] = entry
    needed: set[str] = set()
    todo = [entry[1] for entry in roots]
    seen: set[str] = set()
    while todo:
        src = todo.pop()
        if src in seen:
            continue
        seen.add(src)
        for name in imports_of(src):
            entry = by_name.get(Path(name).name.lower())
            if entry is not None and entry[0] not in needed:
                needed.add(entry[0])
                todo.append(entry[1])
    return needed


def pyinstaller_imports(src: str) -> list[str]:
    """The libraries a binary links to, read by PyInstaller (ldd, pefile or macholib)."""
    from PyInstaller.depend.bindepend import get_imports

    try:
        return [name for name, _ in get_imports(src)]
    except Exception:  # a file PyInstaller cannot read links to nothing we could drop
        return []


# -- the whole trim --------------------------------------------------------------------------------
@dataclass
class Trimmed:
    binaries: list[TocEntry]
    datas: list[TocEntry]
    dropped: list[TocEntry] = field(default_factory=list)

    def dropped_bytes(self) -> int:
        return sum(
            Path(src).stat().st_size
            for _, src, kind in self.dropped
            if kind != "SYMLINK" and Path(src).is_file()
        )


def trim(
    binaries: Iterable[TocEntry],
    datas: Iterable[TocEntry],
    qml_folders: set[str],
    imports_of: ImportsOf = pyinstaller_imports,
) -> Trimmed:
    """Filter PyInstaller's ``a.binaries`` and ``a.datas`` (see the module's docstring)."""
    kept_bin: list[TocEntry] = []
    candidates: list[TocEntry] = []
    dropped: list[TocEntry] = []
    symlinks: list[TocEntry] = []
    for entry in binaries:
        if entry[2] == "SYMLINK":  # (link, target's destination name, "SYMLINK")
            symlinks.append(entry)
            continue
        where = place_of(entry[0])
        filename = PurePosixPath(entry[0].replace("\\", "/")).name
        if where.kind == "qml":
            (kept_bin if keep_qml(where.rest, qml_folders) else dropped).append(entry)
        elif where.kind == "plugin":
            (kept_bin if keep_plugin(where.rest) else dropped).append(entry)
        elif (
            where.kind == "pyside"
            and entry[2] != "EXTENSION"
            and is_library(filename)
            and not stem(filename).lower().startswith(KEEP_UNLINKED)
            and not filename.lower().startswith(("pyside6", "shiboken6"))
        ):
            candidates.append(entry)
        else:
            kept_bin.append(entry)
    needed = needed_libraries(kept_bin, candidates, imports_of)
    for entry in candidates:
        (kept_bin if entry[0] in needed else dropped).append(entry)
    kept_data: list[TocEntry] = []
    data_links: list[TocEntry] = []
    for entry in datas:
        if entry[2] == "SYMLINK":
            data_links.append(entry)
            continue
        where = place_of(entry[0])
        if where.kind == "qml":
            keep = keep_qml(where.rest, qml_folders)
        elif where.kind == "translation":
            keep = keep_translation(where.rest)
        elif where.kind == "plugin":
            keep = keep_plugin(where.rest)
        else:
            keep = True
        (kept_data if keep else dropped).append(entry)
    # PyInstaller's links (in either list): one to a file left out would dangle
    targets = {_posix(entry[0]) for entry in kept_bin + kept_data}
    for links, kept in ((symlinks, kept_bin), (data_links, kept_data)):
        for entry in links:
            (kept if _posix(entry[1]) in targets else dropped).append(entry)
    return Trimmed(kept_bin, kept_data, dropped)
