"""``rcv self-test``: every check passes on a good installation, and each one reports a broken
part in Vietnamese instead of crashing."""

from __future__ import annotations

import ctypes
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from rcv import selftest, selftest_files, selftest_hub, selftest_qt, userdirs
from rcv.cli.main import main as rcv_main
from rcv.selftest import CheckFailed, Outcome, Result

ROOT = Path(__file__).resolve().parents[1]
NAMES = [name for name, _ in selftest.all_checks()]


@pytest.fixture(autouse=True)
def portable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Everything the self-test writes goes to a temporary portable folder."""
    monkeypatch.setenv("RCV_PORTABLE", str(tmp_path / "portable"))
    userdirs.disable_portable()
    yield tmp_path / "portable"


def run(checks: list[tuple[str, selftest.Check]] | None = None) -> tuple[list[Result], str]:
    out = io.StringIO()
    results = selftest.run(out, checks)
    return results, out.getvalue()


def one(name: str) -> Result:
    checks = dict(selftest.all_checks())
    return selftest.run_check(name, checks[name])


# -- a good installation ------------------------------------------------------------------------
def test_every_check_passes_here(qapp: QApplication) -> None:
    results, text = run()
    failed = [f"{r.name}: {r.detail}" for r in results if not r.ok]
    assert not failed, text
    assert [r.name for r in results] == NAMES
    lines = text.splitlines()
    assert lines[0].startswith("rcv ") and "tự kiểm tra" in lines[0]
    for name in NAMES:
        assert any(line.startswith("[OK ] " + name) for line in lines), name
    assert lines[-1].startswith(f"Kết quả: {len(NAMES)}/{len(NAMES)} mục OK")


def test_the_cli_command_runs_the_self_test(
    qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    assert rcv_main(["self-test"]) == 0
    out = capsys.readouterr().out
    assert "[OK ] Bàn phím (hub mô phỏng)" in out and "Kết quả:" in out


@pytest.mark.slow
def test_python_m_rcv_self_test_starts_its_own_qt(tmp_path: Path) -> None:
    """The real command in a fresh process, where the self-test creates the QApplication."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RCV_PORTABLE": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "rcv", "self-test"],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "[OK ] Qt" in done.stdout and "nền tảng 'offscreen'" in done.stdout
    assert done.stdout.rstrip().splitlines()[-1].startswith("Kết quả: 10/10 mục OK")


# -- the report -----------------------------------------------------------------------------------
def test_a_failing_check_is_reported_and_the_exit_code_is_one() -> None:
    def fine() -> Outcome:
        return Outcome("tốt", ["một ghi chú"])

    def broken() -> Outcome:
        raise CheckFailed("thiếu tệp X")

    def crashing() -> Outcome:
        raise ZeroDivisionError("chia cho 0")

    results, text = run([("Một", fine), ("Hai", broken), ("Ba", crashing)])
    assert [r.ok for r in results] == [True, False, False]
    assert "[OK ] Một  tốt" in text and "ghi chú: một ghi chú" in text
    assert "[LỖI] Hai  thiếu tệp X" in text
    assert "[LỖI] Ba   lỗi không mong đợi: ZeroDivisionError: chia cho 0" in text
    assert text.rstrip().splitlines()[-1] == (
        "Kết quả: 2/3 mục LỖI (Hai, Ba) — chưa sẵn sàng, xem chi tiết ở trên."
    )


def test_main_returns_one_when_a_check_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> Outcome:
        raise CheckFailed("hỏng")

    monkeypatch.setattr(selftest, "all_checks", lambda: [("Hỏng", broken)])
    assert selftest.main(io.StringIO()) == 1
    monkeypatch.setattr(selftest, "all_checks", lambda: [("Tốt", lambda: Outcome("ok"))])
    assert selftest.main(io.StringIO()) == 0


# -- broken installations -------------------------------------------------------------------------
@pytest.fixture
def assets_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of assets/ that a test may break (the display reads RCV_ASSETS)."""
    copy = tmp_path / "assets"
    shutil.copytree(ROOT / "assets", copy)
    monkeypatch.setenv("RCV_ASSETS", str(copy))
    return copy


def test_a_missing_font_is_named(qapp: QApplication, assets_copy: Path) -> None:
    (assets_copy / "fonts" / "NotoSans-Bold.ttf").unlink()
    result = one("Phông chữ")
    assert not result.ok and "NotoSans-Bold.ttf" in result.detail


def test_a_letter_the_font_lacks_is_named(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(selftest_qt, "VIETNAMESE", selftest_qt.VIETNAMESE + "漢")
    result = one("Phông chữ")
    assert not result.ok and "thiếu chữ: 漢" in result.detail


def test_a_damaged_sound_is_named(qapp: QApplication, assets_copy: Path) -> None:
    (assets_copy / "sounds" / "tick.wav").write_bytes(b"RIFF\x00\x00not a wave file")
    result = one("Âm thanh")
    assert not result.ok and "tick.wav" in result.detail


def test_missing_qml_is_reported(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(selftest_qt, "qml_dir", lambda: tmp_path / "no-qml")
    result = one("Màn chiếu (QML)")
    assert not result.ok and "không thấy tệp QML" in result.detail


def test_a_qml_error_names_the_file(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "Broken.qml").write_text("import QtQuick.NoSuchModule\nItem {}\n", "utf-8")
    monkeypatch.setattr(selftest_qt, "qml_dir", lambda: tmp_path)
    result = one("Màn chiếu (QML)")
    assert not result.ok and "Broken.qml" in result.detail and "NoSuchModule" in result.detail


def test_an_unwritable_data_folder_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("RCV_PORTABLE", str(blocker))
    result = one("Thư mục ghi")
    assert not result.ok and "không ghi được" in result.detail and str(blocker) in result.detail


def test_folders_report_portable_mode(portable: Path) -> None:
    result = one("Thư mục ghi")
    assert result.ok and "chế độ mang theo" in result.detail and str(portable) in result.detail


def test_missing_sample_questions_fail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest_files, "questions_dir", lambda: tmp_path)
    result = one("Tệp mẫu")
    assert not result.ok and "de-an-06-mau.yaml" in result.detail


def test_the_event_file_check_leaves_nothing_behind(portable: Path) -> None:
    assert one("Tệp sự kiện (SQLite)").ok
    assert one("Excel").ok
    events = portable / "data" / "events"
    assert events.is_dir() and not list(events.iterdir())


def test_a_hub_that_never_says_hello_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    from rcv.hardware.simhost import TcpTransport, VirtualHub
    from rcv.hardware.simwire import RcvWire

    class Mute(RcvWire):
        """A port that opens but where nothing answers (wrong device, hub without power)."""

        def encode(self, frame: object) -> bytes:
            return b""  # rcv's WHO goes unanswered

    monkeypatch.setattr(
        selftest_hub,
        "loopback_hub",
        lambda sim: VirtualHub(sim, TcpTransport(), Mute(), reset_on_connect=True),
    )
    monkeypatch.setattr(selftest_hub, "WAIT_S", 0.5)
    result = one("Bàn phím (hub mô phỏng)")
    assert not result.ok and "không chào" in result.detail


def test_the_hub_round_trip_reports_the_press() -> None:
    result = one("Bàn phím (hub mô phỏng)")
    assert result.ok, result.detail
    assert "ARM → ghế" in result.detail and "bấm B" in result.detail and "LOCK" in result.detail
    assert "chào qua socket://127.0.0.1:" in result.detail
    assert result.notes and "serial" in result.notes[0]


def test_missing_platform_plugin_is_reported_before_qt_starts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(selftest_qt.QCoreApplication, "instance", staticmethod(lambda: None))
    monkeypatch.setattr(selftest_qt, "_app", None)
    monkeypatch.setattr(selftest_qt, "platform_plugins", lambda: ["minimal"])
    monkeypatch.setenv("QT_QPA_PLATFORM", "windows")
    with pytest.raises(CheckFailed, match="thiếu plugin nền tảng 'windows'"):
        selftest_qt.application()


def test_vietnamese_letters_cover_every_tone_of_every_vowel() -> None:
    letters = set(selftest_qt.VIETNAMESE)
    assert len(letters) == 12 * 6 * 2 + 2
    assert set("ẦẪẶỄỰđĐ") <= letters and "ỹ" in letters and "Ỵ" in letters


# -- missing system libraries -----------------------------------------------------------------
HIDE = ROOT / "tests" / "packaging" / "hide_libraries.py"


def self_test_without(tmp_path: Path, sonames: list[str], platform: str) -> str:
    """The real ``python -m rcv self-test`` on this machine with ``sonames`` genuinely missing
    (hidden from the dynamic loader in a private mount namespace: hide_libraries.py)."""
    if shutil.which("ldd") is None:
        pytest.skip("no ldd (not Linux)")
    env = {**os.environ, "QT_QPA_PLATFORM": platform, "RCV_PORTABLE": str(tmp_path / "home")}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [sys.executable, str(HIDE), str(tmp_path / "ns"), ",".join(sonames), "--",
         sys.executable, "-m", "rcv", "self-test"],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=120,
    )  # fmt: skip
    if done.returncode == 77:
        pytest.skip(f"cannot hide libraries here: {done.stderr.strip()}")
    assert done.returncode == 1, done.stdout + done.stderr
    return done.stdout


def report_line(report: str, name: str) -> str:
    lines = [line for line in report.splitlines() if line[6:].startswith(name + " ")]
    assert len(lines) == 1, report
    return lines[0]


@pytest.mark.slow
def test_missing_libpulse_and_xcb_libraries_are_named_with_their_packages(tmp_path: Path) -> None:
    """No libpulse: QtMultimedia cannot load, whatever the audio device; no libxcb-icccm: the
    xcb plugin cannot load (Qt would end the process). Each line names the library and the
    package; the other Qt checks still run, offscreen."""
    assert selftest.missing_libraries(selftest.qt_files("sound")) == []
    assert selftest.missing_libraries(selftest.qt_files("platform", "xcb")) == []
    report = self_test_without(tmp_path, ["libpulse.so.0", "libxcb-icccm.so.4"], "xcb")
    qt = report_line(report, "Qt")
    assert qt.startswith("[LỖI]") and "platform plugin 'xcb' cannot load" in qt
    assert "libxcb-icccm.so.4 (gói libxcb-icccm4)" in qt and "sudo apt-get install" in qt
    sound = report_line(report, "Âm thanh")
    assert sound.startswith("[LỖI]") and "QtMultimedia cannot load" in sound
    assert "libpulse.so.0 (gói libpulse0)" in sound and "(package libpulse0)" in sound
    assert "không có thiết bị âm thanh" not in sound
    for name in ("Phông chữ", "Màn chiếu (QML)", "Bản dịch", "Tệp sự kiện (SQLite)"):
        assert report_line(report, name).startswith("[OK ]"), report
    assert report.rstrip().splitlines()[-1].startswith("Kết quả: 2/10 mục LỖI (Qt, Âm thanh)")


@pytest.mark.slow
def test_a_qt_that_cannot_load_at_all_names_the_library(tmp_path: Path) -> None:
    """Without libEGL, QtGui does not import: the Qt line names libEGL.so.1 and libegl1, the
    other Qt lines say they did not run, and the checks without Qt still report."""
    report = self_test_without(tmp_path, ["libEGL.so.1"], "offscreen")
    qt = report_line(report, "Qt")
    assert qt.startswith("[LỖI]") and "libEGL.so.1 (gói libegl1)" in qt, report
    assert "sudo apt-get install libegl1" in qt
    for name in selftest.QT_CHECKS[1:]:
        assert "Qt cannot load" in report_line(report, name)
    assert report_line(report, "Excel").startswith("[OK ]")


def test_ldd_finds_the_qt_libraries_a_copied_plugin_lacks(tmp_path: Path) -> None:
    """A platform plugin copied away from PySide6 genuinely lacks the Qt libraries beside it."""
    if shutil.which("ldd") is None:
        pytest.skip("no ldd (not Linux)")
    plugin = selftest.qt_files("platform", "xcb")[0]
    copy = tmp_path / "plugins" / "platforms" / plugin.name
    copy.parent.mkdir(parents=True)
    shutil.copy2(plugin, copy)
    assert selftest.missing_libraries([plugin]) == []
    missing = selftest.missing_libraries([copy])
    assert "libQt6XcbQpa.so.6" in missing and "libQt6Gui.so.6" in missing
    text = selftest.explain_missing(missing)
    assert "libQt6XcbQpa.so.6 (của PySide6)" in text and "(part of PySide6)" in text
    assert "pip install --force-reinstall PySide6-Essentials" in text
    with pytest.raises(OSError) as loading:  # the loader's own words
        ctypes.CDLL(str(copy))
    named = selftest.LOADER_ERROR.search(str(loading.value))
    assert named is not None and named.group(1).startswith("libQt6"), loading.value
    why = selftest.explain_import_error(ImportError(str(loading.value)), [])
    assert f"{named.group(1)} (của PySide6)" in why
