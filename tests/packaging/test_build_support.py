"""The spec's helpers (packaging/build_support.py), the icon and the bundle's launcher."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from PIL import Image

import rcv
from rcv import userdirs

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import build_support  # noqa: E402
import rcv_launcher  # noqa: E402


def test_version_comes_from_the_package() -> None:
    assert build_support.read_version(ROOT) == rcv.__version__


@pytest.mark.parametrize(
    ("text", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1rc3", (2, 0, 1, 0)),
     ("3.4.5+local.7", (3, 4, 5, 0))],
)  # fmt: skip
def test_version_tuple_has_four_numbers(text: str, numbers: tuple[int, ...]) -> None:
    assert build_support.version_tuple(text) == numbers


def _evaluate(text: str) -> dict[str, object]:
    """Evaluate a version file the way PyInstaller does, with stand-ins for its classes."""

    def stand_in(name: str) -> object:
        return lambda *args, **kwargs: {"type": name, "args": args, **kwargs}

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct")  # fmt: skip
    return eval(text, {n: stand_in(n) for n in names})  # type: ignore[no-any-return]


def test_windows_version_resource_names_the_program(tmp_path: Path) -> None:
    path = build_support.write_version_resource(tmp_path, "0.1.0", "rcv-cli")
    info = _evaluate(path.read_text(encoding="utf-8"))
    assert info["type"] == "VSVersionInfo"
    ffi = info["ffi"]
    assert ffi["filevers"] == ffi["prodvers"] == (0, 1, 0, 0)  # type: ignore[index]
    string_info, var_info = info["kids"]  # type: ignore[misc]
    (table,) = string_info["args"][0]
    code, entries = table["args"]
    assert code == "042A04B0"
    strings = dict(e["args"] for e in entries)
    assert strings["FileVersion"] == strings["ProductVersion"] == "0.1.0"
    assert strings["OriginalFilename"] == "rcv-cli.exe"
    assert "Rung chuông vàng" in strings["FileDescription"]
    assert var_info["args"][0][0]["args"] == ("Translation", [0x042A, 1200])


def test_pyinstaller_reads_the_version_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With PyInstaller's own reader; its Windows-only imports are stood in for."""
    import types

    import PyInstaller.compat

    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    name = "PyInstaller.utils.win32.versioninfo"
    try:
        from PyInstaller.utils.win32 import versioninfo

        path = build_support.write_version_resource(tmp_path, "1.2.3", "rcv")
        info = versioninfo.load_version_info_from_text_file(str(path))
        assert isinstance(info, versioninfo.VSVersionInfo)
        assert "'ProductVersion', '1.2.3'" in str(info)
    finally:
        sys.modules.pop(name, None)


def test_shipped_files_cover_what_the_program_reads() -> None:
    pairs = build_support.shipped_files(ROOT)
    shipped = {f"{dest}/{Path(src).name}" for src, dest in pairs}
    for needed in (
        "assets/fonts/NotoSans-Regular.ttf",
        "assets/fonts/NotoSans-Bold.ttf",
        "assets/fonts/OFL.txt",
        "assets/sounds/golden_bell.wav",
        "assets/branding/logo.svg",
        "assets/certificates/default.yaml",
        "questions/de-an-06-mau.yaml",
        "questions/templates/mau-cau-hoi.xlsx",
        "questions/templates/mau-thi-sinh.xlsx",
    ):
        assert needed in shipped
    assert not any(name.endswith(".py") for name in shipped)  # generator scripts stay home


def test_translations_compile_into_the_build_folder(tmp_path: Path) -> None:
    pairs = build_support.translations(ROOT, tmp_path)
    names = {Path(src).name for src, _ in pairs}
    assert {"rcv_en.qm", "rcv_vi.qm", "qtbase_vi.qm"} <= names
    assert all(dest == "rcv/i18n" and Path(src).parent == tmp_path for src, dest in pairs)
    assert not list((ROOT / "rcv" / "i18n").glob("*.qm"))  # never into the source tree


def test_the_icon_has_every_windows_size() -> None:
    with Image.open(ROOT / "packaging" / "rcv.ico") as ico:
        sizes = ico.info["sizes"]
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(sizes)
    with Image.open(ROOT / "packaging" / "rcv.png") as png:
        assert png.size == (256, 256)
        assert png.getpixel((128, 128))[:3] != png.getpixel((4, 4))[:3]  # drawn, not blank


def test_the_launcher_takes_portable_off_and_logs_a_windowed_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """rcv.exe has no console (sys.stdout is None): output goes to the log folder."""
    seen: list[list[str]] = []

    def fake_main(argv: list[str]) -> int:
        seen.append(argv)
        print("xin chào từ rcv")
        return 3

    import rcv.cli.main

    monkeypatch.setattr(rcv.cli.main, "main", fake_main)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "rcv.exe"))
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.delenv("RCV_PORTABLE", raising=False)
    try:
        assert rcv_launcher.run(["--portable", "export", "x.rcv"]) == 3
        log = tmp_path / "data" / "logs" / "rcv-gui.log"
        assert seen == [["export", "x.rcv"]]
        sys.stdout.flush()
        assert "xin chào từ rcv" in log.read_text(encoding="utf-8")
    finally:
        stream = sys.stdout
        userdirs.disable_portable()
        if stream is not None and not isinstance(stream, io.StringIO):
            stream.close()


def test_the_launcher_leaves_a_console_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    import rcv.cli.main

    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(rcv.cli.main, "main", lambda argv: print(argv) or 0)
    assert rcv_launcher.run(["--version"]) == 0
    assert out.getvalue().strip() == "['--version']"
