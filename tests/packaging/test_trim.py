"""How build.spec trims Qt (packaging/bundle_trim.py), on made-up collections in both wheel
layouts, and on the real QML of rcv and the installed PySide6."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import bundle_trim  # noqa: E402
from bundle_trim import Place, place_of, stem  # noqa: E402


@pytest.mark.parametrize(
    ("dest", "place"),
    [
        ("PySide6/Qt/qml/QtQuick/qmldir", Place("qml", ("QtQuick", "qmldir"))),
        ("PySide6/qml/QtQuick/Controls/qmldir", Place("qml", ("QtQuick", "Controls", "qmldir"))),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", Place("plugin", ("platforms", "libqxcb.so"))),
        (
            "PySide6\\plugins\\platforms\\qwindows.dll",
            Place("plugin", ("platforms", "qwindows.dll")),
        ),
        ("PySide6/Qt/translations/qtbase_de.qm", Place("translation", ("qtbase_de.qm",))),
        ("PySide6/Qt/lib/libQt6Core.so.6", Place("pyside", ("Qt", "lib", "libQt6Core.so.6"))),
        ("PySide6/Qt6Core.dll", Place("pyside", ("Qt6Core.dll",))),
        ("PySide6/QtCore.pyd", Place("pyside", ("QtCore.pyd",))),
        ("lxml/etree.cpython-311-x86_64-linux-gnu.so", Place("other")),
        ("rcv/ui/display/qml/Main.qml", Place("other")),
    ],
)
def test_place_of_reads_both_layouts(dest: str, place: Place) -> None:
    assert place_of(dest) == place


def test_stem_drops_lib_and_extensions() -> None:
    assert stem("libqxcb.so") == "qxcb"
    assert stem("qwindows.dll") == "qwindows"
    assert stem("libQt6Core.so.6") == "Qt6Core"
    assert stem("libavcodec.so.61.19.100") == "avcodec"
    assert stem("opengl32sw.dll") == "opengl32sw"


@pytest.mark.parametrize(
    ("rest", "keep"),
    [
        (("platforms", "libqxcb.so"), True),
        (("platforms", "qwindows.dll"), True),
        (("platforms", "libqoffscreen.so"), True),
        (("platforms", "libqeglfs.so"), False),
        (("platforms", "libqwayland.so"), False),
        (("imageformats", "qsvg.dll"), True),
        (("imageformats", "libqtiff.so"), False),
        (("multimedia", "ffmpegmediaplugin.dll"), True),
        (("styles", "qmodernwindowsstyle.dll"), True),
        (("qmltooling", "libqmldbg_debugger.so"), False),
        (("tls", "qopensslbackend.dll"), False),
        (("platformthemes", "libqgtk3.so"), False),
        (("sqldrivers", "qsqlite.dll"), False),
    ],
)
def test_plugins_kept(rest: tuple[str, str], keep: bool) -> None:
    assert bundle_trim.keep_plugin(rest) is keep


@pytest.mark.parametrize(
    ("name", "keep"),
    [
        ("qtbase_en.qm", True),
        ("qt_en.qm", True),
        ("qtbase_vi.qm", True),
        ("qtbase_de.qm", False),
        ("qtwebengine_en.qm", False),
        ("qtbase_zh_CN.qm", False),
        ("designer_en.qm", False),
    ],
)
def test_translations_kept(name: str, keep: bool) -> None:
    assert bundle_trim.keep_translation((name,)) is keep


def _qml_tree(root: Path) -> Path:
    for module, lines in {
        "QtQuick": "module QtQuick\nimport QtQml auto\n",
        "QtQuick/Controls": "module QtQuick.Controls\nimport QtQuick.Templates auto\n",
        "QtQuick/Templates": "module QtQuick.Templates\n",
        "QtQuick/Shapes": "module QtQuick.Shapes\ndepends QtQuick\n",
        "QtQml": "module QtQml\nimport QML 1.0\nimport QtQml.Models auto\n",
        "QtQml/Models": "module QtQml.Models\n",
        "QtQuick3D": "module QtQuick3D\n",
    }.items():
        (root / module).mkdir(parents=True, exist_ok=True)
        (root / module / "qmldir").write_text(lines, encoding="utf-8")
    return root


def test_qml_closure_follows_qmldir_imports(tmp_path: Path) -> None:
    root = _qml_tree(tmp_path / "qml")
    scene = tmp_path / "Scene.qml"
    scene.write_text(
        'import QtQuick\nimport QtQuick.Shapes 1.0\nimport "layout.js" as L\nItem {}\n',
        encoding="utf-8",
    )
    modules = bundle_trim.qml_imports([scene])
    assert modules == {"QtQuick", "QtQuick.Shapes"}
    assert bundle_trim.qml_module_closure(modules, root) == {
        "QtQuick", "QtQuick/Shapes", "QtQml", "QtQml/Models"
    }  # fmt: skip


def test_qml_files_are_kept_by_their_own_module_folder() -> None:
    folders = {"QtQuick", "QtQml"}
    assert bundle_trim.keep_qml(("QtQuick", "qmldir"), folders)
    assert bundle_trim.keep_qml(("QtQuick", "libqtquick2plugin.so"), folders)
    assert not bundle_trim.keep_qml(("QtQuick", "Controls", "qmldir"), folders)
    assert not bundle_trim.keep_qml(("QtQuick3D", "qmldir"), folders)
    assert bundle_trim.keep_qml(("builtins.qmltypes",), folders)


def test_needed_libraries_follow_links_transitively_by_name() -> None:
    links = {
        "/src/plugin.so": ["libQt6Quick.so.6"],
        "/wheel/libQt6Quick.so.6": ["libQt6Qml.so.6", "libc.so.6"],
        "/wheel/libQt6Qml.so.6": ["libQt6Core.so.6"],
        "/wheel/libQt6Core.so.6": [],
        "/wheel/libQt6Charts.so.6": ["libQt6Core.so.6"],
        "C:\\w\\QtCore.pyd": ["QT6CORE.DLL"],  # Windows: any case, no path, back slashes
        "C:\\wheel\\Qt6Core.dll": [],
    }
    candidates = [
        (f"PySide6/Qt/lib/{Path(src).name}", src, "BINARY")
        for src in links if src.startswith("/wheel/")
    ] + [("PySide6\\Qt6Core.dll", "C:\\wheel\\Qt6Core.dll", "BINARY")]  # fmt: skip
    roots = [("PySide6/Qt/qml/QtQuick/plugin.so", "/src/plugin.so", "BINARY"),
             ("PySide6\\QtCore.pyd", "C:\\w\\QtCore.pyd", "EXTENSION")]  # fmt: skip
    needed = bundle_trim.needed_libraries(roots, candidates, lambda src: links.get(src, []))
    assert needed == {
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6\\Qt6Core.dll",
    }


def test_trim_on_a_windows_like_collection() -> None:
    binaries = [
        ("PySide6/QtCore.pyd", "w/QtCore.pyd", "EXTENSION"),
        ("PySide6/Qt6Core.dll", "w/Qt6Core.dll", "BINARY"),
        ("PySide6/Qt6Quick3D.dll", "w/Qt6Quick3D.dll", "BINARY"),
        ("PySide6/Qt6Quick.dll", "w/Qt6Quick.dll", "BINARY"),
        ("PySide6/opengl32sw.dll", "w/opengl32sw.dll", "BINARY"),
        ("PySide6/plugins/platforms/qwindows.dll", "w/qwindows.dll", "BINARY"),
        ("PySide6/plugins/platforms/qdirect2d.dll", "w/qdirect2d.dll", "BINARY"),
        ("PySide6/qml/QtQuick/qtquick2plugin.dll", "w/qtquick2plugin.dll", "BINARY"),
        ("PySide6/qml/QtQuick3D/qtquick3dplugin.dll", "w/qtquick3dplugin.dll", "BINARY"),
        ("python311.dll", "w/python311.dll", "BINARY"),
        ("Qt6Core.dll", "PySide6/Qt6Core.dll", "SYMLINK"),
        ("Qt6Quick3D.dll", "PySide6\\Qt6Quick3D.dll", "SYMLINK"),
    ]
    datas = [
        ("PySide6/qml/QtQuick/qmldir", "w/qmldir", "DATA"),
        ("PySide6/qml/QtQuick3D/qmldir", "w/qmldir3d", "DATA"),
        ("PySide6/translations/qtbase_fr.qm", "w/fr.qm", "DATA"),
        ("PySide6/translations/qtbase_en.qm", "w/en.qm", "DATA"),
        ("assets/fonts/NotoSans-Regular.ttf", "w/noto.ttf", "DATA"),
        ("Qt6Quick.dll", "PySide6/Qt6Quick.dll", "SYMLINK"),  # links come in datas too
        ("qtbase_fr.qm", "PySide6/translations/qtbase_fr.qm", "SYMLINK"),
    ]
    links = {
        "w/QtCore.pyd": ["Qt6Core.dll"],
        "w/qwindows.dll": ["Qt6Core.dll"],
        "w/qtquick2plugin.dll": ["Qt6Quick.dll"],
        "w/Qt6Quick.dll": ["Qt6Core.dll"],
        "w/qtquick3dplugin.dll": ["Qt6Quick3D.dll"],
    }
    out = bundle_trim.trim(binaries, datas, {"QtQuick"}, lambda src: links.get(src, []))
    kept = {e[0] for e in out.binaries} | {e[0] for e in out.datas}
    assert kept == {
        "PySide6/QtCore.pyd",
        "PySide6/Qt6Core.dll",
        "PySide6/Qt6Quick.dll",
        "PySide6/opengl32sw.dll",  # loaded without a link: kept by name
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/qml/QtQuick/qtquick2plugin.dll",
        "python311.dll",
        "Qt6Core.dll",  # links to kept files
        "Qt6Quick.dll",
        "PySide6/qml/QtQuick/qmldir",
        "PySide6/translations/qtbase_en.qm",
        "assets/fonts/NotoSans-Regular.ttf",
    }
    assert {e[0] for e in out.dropped} == {
        "PySide6/Qt6Quick3D.dll",
        "Qt6Quick3D.dll",  # links to files left out
        "qtbase_fr.qm",
        "PySide6/plugins/platforms/qdirect2d.dll",
        "PySide6/qml/QtQuick3D/qtquick3dplugin.dll",
        "PySide6/qml/QtQuick3D/qmldir",
        "PySide6/translations/qtbase_fr.qm",
    }


def test_rcv_qml_needs_only_the_core_quick_modules() -> None:
    """If the display starts importing another module, this shows what the bundle will add."""
    qml_root = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.QmlImportsPath))
    modules = bundle_trim.qml_imports((ROOT / "rcv").rglob("*.qml"))
    folders = bundle_trim.qml_module_closure(modules, qml_root)
    assert "QtQuick" in folders and "QtQml" in folders
    assert not any(f.startswith(("QtQuick3D", "QtWebEngine", "QtCharts")) for f in folders)
