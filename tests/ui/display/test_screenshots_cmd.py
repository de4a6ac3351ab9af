"""``rcv screenshots`` writes one PNG per display scene (and the console's, when it can)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from rcv.cli.main import main


def test_screenshots_of_every_scene(qapp, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "shots"
    assert main(["screenshots", "--out", str(out), "--size", "640x360"]) == 0
    names = sorted(p.name for p in out.glob("*.png"))
    display = [n for n in names if n != "console.png"]
    assert len(display) == 18
    assert display[0] == "01_welcome.png" and display[-1] == "18_blackout.png"
    image = QImage(str(out / "06_reveal.png"))
    assert (image.width(), image.height()) == (640, 360)
    printed = capsys.readouterr().out
    assert "18 ảnh" in printed


def test_a_bad_size_is_refused(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        main(["screenshots", "--out", "x", "--size", "big"])
    assert "1920x1080" in capsys.readouterr().err
