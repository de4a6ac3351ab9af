"""``rcv self-test``: every check passes on a good installation, and each one reports a broken
part by a code with its facts instead of crashing; the report is in the reader's language."""

from __future__ import annotations

import ctypes
import io
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from rcv import userdirs
from rcv.cli.main import main as rcv_main
from rcv.i18n import Words
from rcv.i18n.phrases import selftest as phrases
from rcv.selftest import files, hub, libraries, qt, runner
from rcv.selftest.checks import Check, CheckFailed, Outcome, Result, run_check, said

ROOT = Path(__file__).resolve().parents[1]
NAMES = [name for name, _ in runner.all_checks()]
VI, EN = Words("vi"), Words("en")


@pytest.fixture(autouse=True)
def portable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Everything the self-test writes goes to a temporary portable folder."""
    monkeypatch.setenv("RCV_PORTABLE", str(tmp_path / "portable"))
    yield tmp_path / "portable"


def run(
    checks: list[tuple[str, Check]] | None = None, lang: str = "vi"
) -> tuple[list[Result], str]:
    out = io.StringIO()
    results = runner.run(Words(lang), out, checks)
    return results, out.getvalue()


def one(name: str) -> Result:
    checks = dict(runner.all_checks())
    return run_check(name, checks[name])


def text(result: Result, words: Words = VI) -> str:
    """A result's detail as the report words it."""
    return phrases.detail(result.detail, words)


# -- a good installation ------------------------------------------------------------------------
def test_every_check_passes_here(qapp: QApplication) -> None:
    results, report = run()
    failed = [f"{r.name}: {text(r)}" for r in results if not r.ok]
    assert not failed, report
    assert [r.name for r in results] == NAMES == [*NAMES[:5], *runner.QT_CHECKS]
    lines = report.splitlines()
    assert lines[0].startswith("rcv ") and "tự kiểm tra" in lines[0]
    for name in NAMES:
        assert any(line.startswith("[OK ] " + phrases.check_name(name, VI)) for line in lines)
    assert lines[-1].startswith(f"Kết quả: {len(NAMES)}/{len(NAMES)} mục OK")


def test_the_cli_command_runs_the_self_test(
    qapp: QApplication, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert rcv_main(["self-test"]) == 0
    out = capsys.readouterr().out
    assert "[OK ] Bàn phím (hub mô phỏng)" in out and "Kết quả:" in out
    monkeypatch.setenv("RCV_LANG", "en")  # RCV_LANG=en rcv self-test: the report in English
    assert rcv_main(["--self-test"]) == 0
    out = capsys.readouterr().out
    assert "installation self-test" in out.splitlines()[0]
    assert "[OK  ] Keypads (simulated hub)" in out and "[OK  ] Fonts" in out
    assert out.rstrip().splitlines()[-1].startswith(f"Result: {len(NAMES)}/{len(NAMES)} OK")
    assert not vietnamese(out.replace(files.TEST_TEXT, "")), out


def vietnamese(report: str) -> list[str]:
    """The lines of ``report`` with a Vietnamese letter, other than the checks' own test text
    (the font's stacked letters, the language menu's own name)."""
    allowed = (qt.STACKED, "Ầ Ẫ Ặ Ễ Ự", "Tiếng Việt", "Ngôn ngữ", "Hủy", "Huỷ", "Thôi")
    found = []
    for line in report.splitlines():
        for word in allowed:
            line = line.replace(word, "")
        if re.search(r"[ăâđêôơưĂÂĐÊÔƠƯ]|[\u0300-\u0323]|[à-ỹ]", line.lower()):
            found.append(line)
    return found


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
        return Outcome(said("excel_ok"), [said("no_audio_device")])

    def broken() -> Outcome:
        raise CheckFailed("font_missing", path="/x/NotoSans.ttf")

    def crashing() -> Outcome:
        raise ZeroDivisionError("chia cho 0")

    results, report = run([("excel", fine), ("fonts", broken), ("hub", crashing)])
    assert [r.ok for r in results] == [True, False, False]
    assert results[1].detail == said("font_missing", path="/x/NotoSans.ttf")
    assert results[2].detail == said("unexpected", kind="ZeroDivisionError", message="chia cho 0")
    assert "[OK ] Excel                    ghi rồi đọc lại được chữ tiếng Việt" in report
    assert "ghi chú: không có thiết bị âm thanh" in report
    assert "[LỖI] Phông chữ                thiếu tệp phông chữ /x/NotoSans.ttf" in report
    assert "[LỖI] Bàn phím (hub mô phỏng)  lỗi không mong đợi: ZeroDivisionError: chia cho 0" in (
        report
    )
    assert report.rstrip().splitlines()[-1] == (
        "Kết quả: 2/3 mục LỖI (Phông chữ, Bàn phím (hub mô phỏng)) — chưa sẵn sàng, xem chi tiết "
        "ở trên."
    )
    results, report = run([("excel", fine), ("fonts", broken), ("hub", crashing)], lang="en")
    assert "[FAIL] Fonts" in report and "font file /x/NotoSans.ttf is missing" in report
    assert "[OK  ] Excel" in report and "note: no audio device" in report
    assert "unexpected error: ZeroDivisionError: chia cho 0" in report
    assert report.rstrip().splitlines()[-1].startswith("Result: 2/3 FAILED (Fonts, Keypads")


def test_main_returns_one_when_a_check_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> Outcome:
        raise CheckFailed("excel_differs", back="[]")

    monkeypatch.setattr(runner, "all_checks", lambda: [("excel", broken)])
    assert runner.main(VI, io.StringIO()) == 1
    monkeypatch.setattr(
        runner, "all_checks", lambda: [("excel", lambda: Outcome(said("excel_ok")))]
    )
    assert runner.main(VI, io.StringIO()) == 0


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
    result = one("fonts")
    assert not result.ok and result.detail.code == "font_missing"
    assert result.detail.params["path"].endswith("NotoSans-Bold.ttf")
    assert "NotoSans-Bold.ttf" in text(result) and "NotoSans-Bold.ttf" in text(result, EN)


def test_a_letter_the_font_lacks_is_named(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(qt, "VIETNAMESE", qt.VIETNAMESE + "漢")
    result = one("fonts")
    assert not result.ok and result.detail.code == "font_lacks"
    assert result.detail.params["letters"] == "漢" and "thiếu chữ: 漢" in text(result)


def test_a_damaged_sound_is_named(qapp: QApplication, assets_copy: Path) -> None:
    (assets_copy / "sounds" / "tick.wav").write_bytes(b"RIFF\x00\x00not a wave file")
    result = one("sounds")
    assert not result.ok and result.detail.code == "sound_not_wav"
    assert result.detail.params["name"] == "tick.wav" and "tick.wav" in text(result)


def test_missing_qml_is_reported(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(qt, "qml_dir", lambda: tmp_path / "no-qml")
    result = one("qml")
    assert not result.ok and result.detail == said("qml_missing", folder=str(tmp_path / "no-qml"))
    assert "không thấy tệp QML" in text(result) and "no QML file" in text(result, EN)


def test_a_qml_error_names_the_file(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "Broken.qml").write_text("import QtQuick.NoSuchModule\nItem {}\n", "utf-8")
    monkeypatch.setattr(qt, "qml_dir", lambda: tmp_path)
    result = one("qml")
    assert not result.ok and result.detail.code == "qml_error"
    assert result.detail.params["name"] == "Broken.qml"
    assert "Broken.qml" in text(result) and "NoSuchModule" in text(result)


def test_an_unwritable_data_folder_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("RCV_PORTABLE", str(blocker))
    result = one("folders")
    assert not result.ok and result.detail.code == "folders_unwritable"
    assert "không ghi được" in text(result) and str(blocker) in text(result)


def test_folders_report_portable_mode(portable: Path) -> None:
    result = one("folders")
    assert result.ok and result.detail.code == "folders_ok_portable"
    assert result.detail.params["reason"] == "env"
    assert result.detail.params["root"] == str(portable)
    assert "chế độ mang theo" in text(result) and str(portable) in text(result)
    assert "portable mode" in text(result, EN)


def test_folders_say_why_portable_mode_is_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RCV_PORTABLE")
    userdirs.strip_portable_flag(["--portable"])  # the flag, as the command line gives it
    try:
        detail = files.check_folders().detail
    finally:
        userdirs.disable_portable()
    assert detail.params["reason"] == "flag"
    assert "bật bởi --portable" in phrases.detail(detail, VI)
    assert "on with --portable" in phrases.detail(detail, EN)


def test_missing_sample_questions_fail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "questions_dir", lambda: tmp_path)
    result = one("samples")
    assert not result.ok and result.detail.code == "sample_missing"
    assert "de-an-06-mau.yaml" in text(result)


def test_the_event_file_check_leaves_nothing_behind(portable: Path) -> None:
    assert one("event_file").ok
    assert one("excel").ok
    events = portable / "data" / "events"
    assert events.is_dir() and not list(events.iterdir())


def test_an_event_file_error_is_said_as_the_event_files_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from rcv.storage.errors import EventFileWriteError, WriteFailure

    def full() -> None:
        raise EventFileWriteError(
            "/x/tu-kiem-tra.rcv", WriteFailure.DISK_FULL, written="new_file",
            consequence="unchanged", detail="No space left on device",
        )  # fmt: skip

    monkeypatch.setattr(files, "_event_file_round_trip", full)
    result = one("event_file")
    assert not result.ok and result.detail.code == "event_file_error"
    assert result.detail.params["error"].code == "write_failed"
    assert "ổ đĩa chứa tệp đã đầy" in text(result)
    assert "the disk holding the file is full" in text(result, EN)


def test_a_hub_that_never_says_hello_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    from rcv.sim.host import TcpTransport, VirtualHub
    from rcv.sim.wire import RcvWire

    class Mute(RcvWire):
        """A port that opens but where nothing answers (wrong device, hub without power)."""

        def encode(self, frame: object) -> bytes:
            return b""  # rcv's WHO goes unanswered

    monkeypatch.setattr(
        hub,
        "loopback_hub",
        lambda sim: VirtualHub(sim, TcpTransport(), Mute(), reset_on_connect=True),
    )
    monkeypatch.setattr(hub, "WAIT_S", 0.5)
    result = one("hub")
    assert not result.ok and result.detail.code == "hub_no_hello"
    assert "không chào" in text(result) and "did not say hello" in text(result, EN)


def test_the_hub_round_trip_reports_the_press() -> None:
    result = one("hub")
    assert result.ok, text(result)
    assert result.detail.code == "hub_ok" and result.detail.params["key"] == "B"
    said_vi = text(result)
    assert "ARM → ghế" in said_vi and "bấm B" in said_vi and "LOCK" in said_vi
    assert "chào qua socket://127.0.0.1:" in said_vi
    assert result.notes and result.notes[0].code.startswith("serial_ports")
    assert "serial" in phrases.detail(result.notes[0], VI)


def test_missing_platform_plugin_is_reported_before_qt_starts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(qt.QCoreApplication, "instance", staticmethod(lambda: None))
    monkeypatch.setattr(qt, "platform_plugins", lambda: ["minimal"])
    monkeypatch.setenv("QT_QPA_PLATFORM", "windows")
    run = qt.QtRun()  # the state one self-test's Qt checks share: nothing yet
    with pytest.raises(CheckFailed) as caught:
        run.application()
    assert caught.value.code == "platform_missing"
    assert caught.value.params == {"wanted": "windows", "available": "minimal"}
    assert "thiếu plugin nền tảng 'windows'" in phrases.detail(caught.value.said, VI)
    assert run.app is None and run.fallback is None


def test_each_self_test_has_its_own_qt_state(qapp: QApplication) -> None:
    first, second = qt.QtRun(), qt.QtRun()
    assert first.run(qt.check_qt).detail.code == "qt_ok"
    first.messages.append("a warning from the first run")
    assert second.messages == [] and second.fallback is None
    assert second.application() is qapp  # both use the application that exists


def test_vietnamese_letters_cover_every_tone_of_every_vowel() -> None:
    letters = set(qt.VIETNAMESE)
    assert len(letters) == 12 * 6 * 2 + 2
    assert set("ẦẪẶỄỰđĐ") <= letters and "ỹ" in letters and "Ỵ" in letters


# -- the words ------------------------------------------------------------------------------------
def test_every_sentence_of_the_report_has_english() -> None:
    missing = [
        source
        for source in [
            *phrases.NAMES.values(),
            *phrases.SAID.values(),
            *phrases.PORTABLE_REASONS.values(),
            *(v for k, v in vars(phrases).items() if k.isupper() and isinstance(v, str)),
        ]
        if source != phrases.CTX and not EN.has(phrases.CTX, source)
    ]
    assert not missing, missing
    assert set(phrases.NAMES) == set(NAMES)


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
    assert libraries.missing_libraries(libraries.qt_files("sound")) == []
    assert libraries.missing_libraries(libraries.qt_files("platform", "xcb")) == []
    report = self_test_without(tmp_path, ["libpulse.so.0", "libxcb-icccm.so.4"], "xcb")
    qt_line = report_line(report, "Qt")
    assert qt_line.startswith("[LỖI]") and "plugin nền tảng 'xcb' không nạp được" in qt_line
    assert "libxcb-icccm.so.4 (gói libxcb-icccm4)" in qt_line and "sudo apt-get install" in qt_line
    sound = report_line(report, "Âm thanh")
    assert sound.startswith("[LỖI]") and "QtMultimedia không nạp được" in sound
    assert "libpulse.so.0 (gói libpulse0)" in sound
    assert "không có thiết bị âm thanh" not in sound
    for name in ("Phông chữ", "Màn chiếu (QML)", "Bản dịch", "Tệp sự kiện (SQLite)"):
        assert report_line(report, name).startswith("[OK ]"), report
    assert report.rstrip().splitlines()[-1].startswith("Kết quả: 2/10 mục LỖI (Qt, Âm thanh)")


@pytest.mark.slow
def test_a_qt_that_cannot_load_at_all_names_the_library(tmp_path: Path) -> None:
    """Without libEGL, QtGui does not import: the Qt line names libEGL.so.1 and libegl1, the
    other Qt lines say they did not run, and the checks without Qt still report."""
    report = self_test_without(tmp_path, ["libEGL.so.1"], "offscreen")
    qt_line = report_line(report, "Qt")
    assert qt_line.startswith("[LỖI]") and "libEGL.so.1 (gói libegl1)" in qt_line, report
    assert "sudo apt-get install libegl1" in qt_line
    for code in runner.QT_CHECKS[1:]:
        assert "Qt không nạp được" in report_line(report, phrases.check_name(code, VI))
    assert report_line(report, "Excel").startswith("[OK ]")


def test_ldd_finds_the_qt_libraries_a_copied_plugin_lacks(tmp_path: Path) -> None:
    """A platform plugin copied away from PySide6 genuinely lacks the Qt libraries beside it."""
    if shutil.which("ldd") is None:
        pytest.skip("no ldd (not Linux)")
    plugin = libraries.qt_files("platform", "xcb")[0]
    copy = tmp_path / "plugins" / "platforms" / plugin.name
    copy.parent.mkdir(parents=True)
    shutil.copy2(plugin, copy)
    assert libraries.missing_libraries([plugin]) == []
    missing = libraries.missing_libraries([copy])
    assert "libQt6XcbQpa.so.6" in missing and "libQt6Gui.so.6" in missing
    explained = libraries.explain_missing(missing)
    assert explained.code == "missing_libraries" and explained.params["fix"] == "pip"
    assert ("libQt6XcbQpa.so.6", "pyside6") in explained.params["libraries"]
    vi, en = phrases.detail(explained, VI), phrases.detail(explained, EN)
    assert "libQt6XcbQpa.so.6 (của PySide6)" in vi and "libQt6XcbQpa.so.6 (part of PySide6)" in en
    assert "pip install --force-reinstall PySide6-Essentials" in vi
    with pytest.raises(OSError) as loading:  # the loader's own words
        ctypes.CDLL(str(copy))
    named = libraries.LOADER_ERROR.search(str(loading.value))
    assert named is not None and named.group(1).startswith("libQt6"), loading.value
    why = libraries.explain_import_error(ImportError(str(loading.value)), [])
    assert f"{named.group(1)} (của PySide6)" in phrases.detail(why, VI)
