"""Build the one-folder bundle (scripts/build-bundle -> dist/rcv/) and run its self-test
offscreen, as the crew will on the event laptop. Slow: about 40 s to build on two cores.

Set RCV_SKIP_BUNDLE=1 to skip it (for example when iterating on other tests).
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

import rcv

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "rcv"
BUILD_TIMEOUT_S = 480
MAX_SIZE_MB = 320  # Linux bundle measured at ~265 MB; a jump means Qt trimming broke

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("RCV_SKIP_BUNDLE") == "1",
        reason="RCV_SKIP_BUNDLE=1: the PyInstaller bundle is not built",
    ),
]


@pytest.fixture(scope="module")
def bundle() -> Iterator[Path]:
    done = subprocess.run(
        [str(ROOT / "scripts" / "build-bundle")],
        cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S,
    )  # fmt: skip
    assert done.returncode == 0, f"build failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    yield DIST


def files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]


def run(program: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "RCV_PORTABLE": str(home),  # write nothing to the user's folders or into dist/
    }
    env.pop("PYTHONPATH", None)
    return subprocess.run(
        [str(program), *args], capture_output=True, text=True, encoding="utf-8", env=env,
        cwd=home.parent, timeout=120,
    )  # fmt: skip


def test_the_bundle_passes_its_self_test(bundle: Path, tmp_path: Path) -> None:
    done = run(bundle / "rcv-cli", "self-test", home=tmp_path / "home")
    report = done.stdout
    assert done.returncode == 0, report + done.stderr
    lines = report.splitlines()
    assert lines[0] == f"rcv {rcv.__version__} — tự kiểm tra cài đặt (self-test)"
    assert "(bản đóng gói)" in lines[1] and "_internal" in lines[1]
    for name in (
        "Thư mục ghi", "Tệp mẫu", "Tệp sự kiện (SQLite)", "Excel", "Bàn phím (hub mô phỏng)",
        "Qt", "Phông chữ", "Âm thanh", "Màn chiếu (QML)", "Bản dịch",
    ):  # fmt: skip
        assert any(line.startswith(f"[OK ] {name}") for line in lines), f"{name}:\n{report}"
    assert lines[-1].startswith("Kết quả: 10/10 mục OK")


def test_both_programs_run_the_command_line(bundle: Path, tmp_path: Path) -> None:
    for name in ("rcv", "rcv-cli"):
        done = run(bundle / name, "--version", home=tmp_path / "home")
        assert done.returncode == 0 and done.stdout.strip() == f"rcv {rcv.__version__}", name
    done = run(
        bundle / "rcv-cli",
        "questions",
        "check",
        str(bundle / "_internal" / "questions" / "de-an-06-mau.yaml"),
        home=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr  # fmt: skip


def test_the_bundle_ships_data_and_compiled_translations(bundle: Path) -> None:
    inside = bundle / "_internal"
    for path in (
        "assets/fonts/NotoSans-Regular.ttf",
        "assets/fonts/OFL.txt",
        "assets/sounds/golden_bell.wav",
        "assets/branding/logo.svg",
        "questions/de-an-06-mau.yaml",
        "questions/templates/mau-cau-hoi.xlsx",
        "rcv/i18n/rcv_en.qm",
        "rcv/i18n/qtbase_vi.qm",
        "rcv/ui/display/qml/Main.qml",
        "rcv/ui/display/qml/qmldir",
    ):
        assert (inside / path).is_file(), path
    assert not list(inside.rglob("*.ts")), "translation sources are not shipped"
    assert (bundle / "HUONG-DAN.txt").is_file() and (bundle / "VERSION.txt").is_file()


def test_unused_qt_is_left_out(bundle: Path) -> None:
    names = [p.relative_to(bundle).as_posix() for p in files(bundle)]
    unwanted = (
        "WebEngine", "Quick3D", "Qt63D", "Charts", "DataVisualization", "Pdf",
        "QuickControls2", "VirtualKeyboard", "qmltooling", "Designer", "Graphs",
    )  # fmt: skip
    found = [n for n in names if any(u in n for u in unwanted)]
    assert not found, found[:20]
    dangling = [p.name for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling, f"links to files left out: {dangling[:20]}"
    qt_qm = [n for n in names if "/translations/" in n and n.endswith(".qm")]
    assert qt_qm and all(n.endswith(("_en.qm", "_vi.qm")) for n in qt_qm), qt_qm
    size_mb = sum(p.stat().st_size for p in files(bundle)) / 1e6
    assert size_mb < MAX_SIZE_MB, f"bundle is {size_mb:.0f} MB"
