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
    assert len(display) == 32
    assert display[0] == "01_welcome.png" and display[-1] == "32_blackout.png"
    assert {"22_results.png", "23_prize_1.png", "26_prize_4.png", "13_picture.png"} <= set(names)
    assert {"09_units.png", "27_prize_5.png", "30_prize_8.png"} <= set(names)  # the units'
    image = QImage(str(out / "06_reveal.png"))
    assert (image.width(), image.height()) == (640, 360)
    printed = capsys.readouterr().out
    assert "32 ảnh" in printed


def test_a_bad_size_is_refused(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        main(["screenshots", "--out", "x", "--size", "big"])
    assert "1920x1080" in capsys.readouterr().err


def test_screenshots_of_a_small_show(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """--seats: two contestants reach the golden bell, the results and the ceremony."""
    out = tmp_path / "two"
    assert main(["screenshots", "--out", str(out), "--size", "640x360", "--seats", "2"]) == 0
    names = {p.name.split("_", 1)[1] for p in out.glob("*_*.png")}
    assert {"final.png", "winner.png", "results.png", "prize_1.png", "blackout.png"} <= names


def test_screenshots_at_many_units(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """--units: the contestants sent by that many units, for the units scene and ceremony."""
    out = tmp_path / "units"
    args = ["screenshots", "--out", str(out), "--size", "640x360", "--seats", "120"]
    assert main([*args, "--units", "60"]) == 0
    names = {p.name.split("_", 1)[1] for p in out.glob("*_*.png")}
    assert "units.png" in names
