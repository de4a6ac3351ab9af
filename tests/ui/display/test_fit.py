"""Every scene of a whole show, at 2, 60, 500 and 1,000 seats, at 1920×1080: no text runs out of
its box or off the screen, nothing is elided but a unit, and every name shown is at least
Theme.nameMin (2.6 % of the height: 28 px at 1080p) — read from the scene's own items."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtQuick import QQuickItem

from rcv.entry.tour import tour
from rcv.ui.display.render import SceneRenderer
from tests.ui.display.conftest import Show

WIDTH, HEIGHT = 1920, 1080
NAME_MIN = 2.6 * HEIGHT / 100
MAY_ELIDE = {"detailText"}  # a unit under a name, or after it in the results: names never


def text_items(renderer: SceneRenderer) -> list[QQuickItem]:
    """The texts the hall sees now: visible Text items with something written."""
    found = []
    for item in renderer.items():
        if not isinstance(item, QQuickItem) or not item.isVisible() or item.opacity() <= 0:
            continue
        if item.property("truncated") is None or not item.property("text"):
            continue
        found.append(item)
    return found


def problems(renderer: SceneRenderer, moment: str) -> list[str]:
    found = []
    for item in text_items(renderer):
        name = item.objectName() or item.metaObject().className()
        text = str(item.property("text"))[:40]
        where = f"{moment}: {name} {text!r}"
        width, height = item.width(), item.height()
        painted_w, painted_h = item.property("contentWidth"), item.property("contentHeight")
        if painted_w > width + 1 or painted_h > height + 1:
            found.append(
                f"{where} paints {painted_w:.0f}×{painted_h:.0f} in {width:.0f}×{height:.0f}"
            )
        box = item.mapRectToScene(item.boundingRect())
        if (
            box.left() < -1
            or box.top() < -1
            or box.right() > WIDTH + 1
            or box.bottom() > HEIGHT + 1
        ):
            found.append(f"{where} leaves the screen: {box}")
        if item.property("truncated") and item.objectName() not in MAY_ELIDE:
            found.append(f"{where} is cut")
        if item.objectName() == "nameText":
            size = item.property("font").pixelSize()
            if size < NAME_MIN - 0.5:
                found.append(f"{where} is a name at {size} px (< {NAME_MIN:.0f})")
    return found


@pytest.mark.parametrize("seats", [2, 60, 500, 1000])
def test_every_scene_fits_at_every_count(font_family: str, tmp_path: Path, seats: int) -> None:
    show = Show(tmp_path / "show.rcv", seats=seats, font_family=font_family)
    renderer = SceneRenderer(show.model, QSize(WIDTH, HEIGHT))
    seen, found, names = [], [], 0
    try:
        for moment in tour(show.controller, show.clock):
            show.model.refresh()
            renderer.settle()
            seen.append(moment)
            found += problems(renderer, moment)
            names += sum(1 for i in text_items(renderer) if i.objectName() == "nameText")
    finally:
        renderer.close()
        show.close()
    assert not found, "\n".join(found)
    assert {"eliminations", "final", "winner", "results", "prize_1"} <= set(seen)
    if seats >= 60:
        assert {"rescue_intro", "tiebreak", "maths_reveal", "picture"} <= set(seen)
    assert names > 0  # the check saw names (a test that cannot fail is no test)


def test_the_check_catches_a_cut_name_and_a_small_one(show: Show) -> None:
    """The checker itself: a name squeezed into a tiny box is reported (cut, too small)."""
    renderer = SceneRenderer(show.model, QSize(WIDTH, HEIGHT))
    try:
        for moment in tour(show.controller, show.clock):
            if moment == "final":
                break
        renderer.settle()
        name = next(i for i in text_items(renderer) if i.objectName() == "nameText")
        name.setProperty("minSize", 12)
        name.setProperty("maxSize", 12)
        name.setProperty("name", "Nguyễn Thị Phương Thảo Nguyên " * 12)
        renderer.settle()
        found = problems(renderer, "final")
        assert any("is cut" in p for p in found) and any("is a name at" in p for p in found)
    finally:
        renderer.close()
