"""The projector goes up on the second screen by itself when there is one, and the console says
plainly when there is none (Qt's offscreen platform fakes the screens: a subprocess each)."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = """
import tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from rcv.clock import ManualClock
from rcv.entry.compose import build
from rcv.entry.programs import put_up_projector
from rcv.ui.console.settings import ConsoleSettings
p = build(app, clock=ManualClock(), settings=ConsoleSettings(Path(tempfile.mkdtemp()) / "c.json"),
          crash_log=False)
up = put_up_projector(p)
w = p.display.window
print(repr((up, w.isVisible(), w.screen().name() if w.isVisible() else "", w.fullscreen,
            p.console.commands.show_projector.isChecked(), p.console.screen_line.text(),
            p.console.statusBar().currentMessage())))
p.close()
"""


def run(tmp_path: Path, screens: list[dict[str, object]] | None) -> tuple:
    platform = "offscreen"
    if screens is not None:
        config = tmp_path / "screens.json"
        config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
        platform = f"offscreen:configfile={config}"
    env = {**os.environ, "QT_QPA_PLATFORM": platform, "PYTHONPATH": str(ROOT), "RCV_LANG": "vi"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    last = [line for line in done.stdout.splitlines() if line.startswith("(")][-1]
    return ast.literal_eval(last)


def screen(name: str, x: int, width: int, height: int) -> dict[str, object]:
    return {"name": name, "x": x, "y": 0, "width": width, "height": height, "logicalDpi": 96}


def test_with_a_second_screen_the_projector_goes_up_on_it(tmp_path: Path) -> None:
    # the offscreen platform sorts the screens by name and makes the first one the primary
    up, visible, where, fullscreen, checked, line, _said = run(
        tmp_path, [screen("Built-in", 0, 1600, 900), screen("HDMI-1", 1600, 1920, 1080)]
    )
    assert (up, visible, where, fullscreen, checked) == (True, True, "HDMI-1", True, True)
    assert line == "Màn chiếu: HDMI-1 — 1920×1080"


def test_with_one_screen_the_console_says_so(tmp_path: Path) -> None:
    up, visible, _where, _fullscreen, checked, line, said = run(tmp_path, None)
    assert (up, visible, checked) == (False, False, False)
    assert line.startswith("Không thấy màn hình thứ hai") and "Cắm máy chiếu" in line
    assert said.startswith("Chỉ có một màn hình")
