"""Where rcv writes: the user's folders, or beside the program in portable mode."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest

from rcv import userdirs

PYTHON = sys.executable  # the real one: the bundle fixture pretends to be rcv.exe


@pytest.fixture(autouse=True)
def clean(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(userdirs.PORTABLE_ENV, raising=False)
    userdirs.disable_portable()
    yield
    userdirs.disable_portable()


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend to run from a one-folder bundle in ``tmp_path/rcv``."""
    folder = tmp_path / "rcv"
    folder.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "rcv.exe"))
    return folder


def test_by_default_everything_goes_to_the_users_folders(bundle: Path) -> None:
    assert not userdirs.is_portable()
    assert userdirs.data_dir() == Path(platformdirs.user_data_dir("rcv", appauthor=False))
    assert userdirs.log_dir() == Path(platformdirs.user_log_dir("rcv", appauthor=False))
    assert userdirs.config_dir() == Path(platformdirs.user_config_dir("rcv", appauthor=False))
    assert userdirs.events_dir() == Path(platformdirs.user_documents_dir()) / "rcv"
    assert userdirs.settings_path() == userdirs.config_dir() / "console.json"
    assert userdirs.portable_mode() == userdirs.PortableMode(None, userdirs.PortableReason.OFF)


def test_a_portable_txt_beside_the_program_keeps_everything_there(bundle: Path) -> None:
    (bundle / "portable.txt").write_text("", encoding="utf-8")
    assert userdirs.program_dir() == bundle
    assert userdirs.portable_root() == bundle
    data = bundle / "data"
    assert userdirs.data_dir() == data
    assert userdirs.events_dir() == data / "events"
    assert userdirs.log_dir() == data / "logs"
    assert userdirs.settings_path() == data / "settings" / "console.json"
    assert userdirs.settings_path("screens.json") == data / "settings" / "screens.json"
    assert userdirs.cache_dir() == data / "cache"
    assert userdirs.portable_mode().reason is userdirs.PortableReason.MARKER


def test_the_portable_flag_is_taken_off_the_command_line(bundle: Path) -> None:
    args = userdirs.strip_portable_flag(["--portable", "self-test"])
    assert args == ["self-test"]
    assert userdirs.portable_root() == bundle
    assert userdirs.portable_mode().reason is userdirs.PortableReason.FLAG
    # said in the environment, so a process rcv starts is portable too
    assert os.environ[userdirs.PORTABLE_ENV] == "--portable"
    done = subprocess.run(
        [PYTHON, "-c", "import os; print(os.environ.get('RCV_PORTABLE'))"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert done.stdout.strip() == "--portable"


def test_the_flag_wins_over_rcv_portable_off(bundle: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (bundle / "portable.txt").touch()
    monkeypatch.setenv("RCV_PORTABLE", "0")
    assert not userdirs.is_portable()
    userdirs.strip_portable_flag(["--portable"])
    assert userdirs.portable_root() == bundle


def test_the_folders_are_a_function_of_the_environment_given(bundle: Path, tmp_path: Path) -> None:
    environ: dict[str, str] = {}
    assert userdirs.strip_portable_flag(["--portable", "demo"], environ) == ["demo"]
    assert environ == {"RCV_PORTABLE": "--portable"} and not userdirs.is_portable()
    assert userdirs.data_dir(environ) == bundle / "data"
    usb = {"RCV_PORTABLE": str(tmp_path / "usb")}
    assert userdirs.portable_mode(usb) == userdirs.PortableMode(
        tmp_path / "usb", userdirs.PortableReason.ENV, str(tmp_path / "usb")
    )
    assert userdirs.summary(usb)["logs"] == tmp_path / "usb" / "data" / "logs"
    userdirs.disable_portable(environ)
    assert environ == {}


def test_no_flag_leaves_the_arguments_and_the_mode_alone(bundle: Path) -> None:
    assert userdirs.strip_portable_flag(["demo", "--seats", "5"]) == ["demo", "--seats", "5"]
    assert not userdirs.is_portable()


@pytest.mark.parametrize("value", ["1", "yes", "TRUE", "on"])
def test_rcv_portable_on_means_beside_the_program(
    bundle: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("RCV_PORTABLE", value)
    assert userdirs.portable_root() == bundle


@pytest.mark.parametrize("value", ["0", "no", "false", ""])
def test_rcv_portable_off_wins_over_the_marker(
    bundle: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    (bundle / "portable.txt").touch()
    monkeypatch.setenv("RCV_PORTABLE", value)
    assert not userdirs.is_portable()


def test_rcv_portable_may_name_a_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RCV_PORTABLE", str(tmp_path / "usb"))
    assert userdirs.data_dir() == tmp_path / "usb" / "data"


def test_in_a_checkout_the_program_folder_is_the_repository() -> None:
    assert (userdirs.program_dir() / "pyproject.toml").is_file()


def test_qsettings_are_an_ini_file_in_the_settings_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RCV_PORTABLE", str(tmp_path))
    settings = userdirs.qsettings()
    settings.setValue("projector/screen", "HDMI-1")
    settings.sync()
    ini = tmp_path / "data" / "settings" / "rcv.ini"
    assert ini.is_file() and "HDMI-1" in ini.read_text(encoding="utf-8")


def test_check_writable(tmp_path: Path) -> None:
    assert userdirs.check_writable(tmp_path / "new" / "folder") is None
    assert (tmp_path / "new" / "folder").is_dir()
    assert not list((tmp_path / "new" / "folder").iterdir())  # the probe is gone
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    problem = userdirs.check_writable(blocker / "sub")
    assert problem is not None and str(blocker / "sub") in problem


def test_summary_names_every_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RCV_PORTABLE", str(tmp_path))
    assert set(userdirs.summary()) == {"data", "events", "logs", "settings", "cache"}
    assert all(p.is_relative_to(tmp_path) for p in userdirs.summary().values())
