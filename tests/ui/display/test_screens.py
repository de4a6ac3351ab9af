"""Screens: the projector fullscreen on its own screen, the fallback when it is unplugged
mid-show, back to fullscreen when plugged in again; choosing and remembering by name."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from rcv.ui.console.settings import ConsoleSettings
from rcv.ui.display.screens import Remembered, ScreenChooser, list_screens

# The offscreen platform adds screens in name order; the first is the primary (the console).
CONSOLE = {"name": "DP-1", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96}
PROJECTOR = {"name": "HDMI-1", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96}


@pytest.mark.skipif(sys.platform != "linux", reason="the probe reaches Qt's libraries by name")
def test_unplugging_and_replugging_the_projector(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [CONSOLE, PROJECTOR]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    run = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("screens_probe.py")), str(config)],
        capture_output=True, text=True, timeout=60, env=env, cwd=Path(__file__).parents[3],
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    out = json.loads(run.stdout.strip().splitlines()[-1])
    assert out["screens"] == [["DP-1", 1366, 768, True], ["HDMI-1", 1920, 1080, False]]

    plugged = out["plugged"]
    assert plugged == {
        "visible": True, "fullscreen": True, "frameless": True, "screen": "HDMI-1",
        "geometry": [1366, 0, 1920, 1080], "takes_focus": False,
    }  # fmt: skip

    unplugged = out["unplugged"]  # a normal window on the console's screen, out of the way
    assert out["projector_when_unplugged"]
    assert unplugged["visible"] and not unplugged["fullscreen"] and not unplugged["frameless"]
    assert unplugged["screen"] == "DP-1"
    x, y, w, h = unplugged["geometry"]
    assert x >= 0 and x + w <= 1366 and y >= 0 and y + h <= 768
    assert w * h < 0.25 * 1366 * 768  # it does not cover the console
    assert x > 1366 / 2 and y > 768 / 3  # in the bottom-right corner

    assert out["replugged"]["fullscreen"] and out["replugged"]["screen"] == "HDMI-1"
    assert out["replugged"]["geometry"] == [1366, 0, 1920, 1080]

    assert out["chosen_console"]["screen"] == "DP-1"
    assert out["chosen_console"]["geometry"] == [0, 0, 1366, 768]
    assert out["remembered"] == "DP-1"
    assert out["swapped_back"]["screen"] == "HDMI-1" and out["swapped_back"]["fullscreen"]
    assert not out["errors"]


def test_one_screen_means_no_projector_screen(qapp) -> None:  # type: ignore[no-untyped-def]
    memory = Remembered("HDMI-9")  # remembered, but not connected
    chooser = ScreenChooser(memory)
    screens = list_screens()
    assert len(screens) == len(QGuiApplication.screens())
    if len(screens) == 1:
        assert chooser.projector_screen() is None
        assert chooser.console_screen() is QGuiApplication.primaryScreen()
        chooser.swap()  # nothing to swap with
        assert memory.projector_screen == "HDMI-9"
    assert screens[0].label.startswith(f"{screens[0].name} — {screens[0].width}×")


def test_the_screen_is_remembered_in_the_console_settings_file(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """One store: the chooser reads and writes ``ConsoleSettings.projector_screen``."""
    path = tmp_path / "console.json"
    settings = ConsoleSettings(path)
    settings.projector_screen = "HDMI-2"
    chooser = ScreenChooser(ConsoleSettings(path))  # as the composition root hands it over
    assert chooser.remembered == "HDMI-2"
    chooser.choose("DP-3")
    assert ConsoleSettings(path).projector_screen == "DP-3"  # written to the file
    chooser.forget()
    assert ConsoleSettings(path).projector_screen is None
    assert chooser.remembered is None
