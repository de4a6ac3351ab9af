"""The console's preview is the display itself, scaled; the display fits 16:9 and 4:3, 720p–4K."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from rcv.entry.tour import tour
from rcv.ui.display.preview import DisplayPreview
from rcv.ui.display.render import SceneRenderer
from tests.ui.display.conftest import Show


def goto(show: Show, moment: str) -> None:
    for name in tour(show.controller, show.clock):
        if name == moment:
            return
    raise AssertionError(f"the tour has no {moment!r}")


def difference(a: QImage, b: QImage) -> float:
    """Mean absolute difference per channel, 0–255, on a coarse grid."""
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    total, n = 0, 0
    for y in range(0, min(a.height(), b.height()), 7):
        for x in range(0, min(a.width(), b.width()), 7):
            p, q = a.pixelColor(x, y), b.pixelColor(x, y)
            total += abs(p.red() - q.red()) + abs(p.green() - q.green()) + abs(p.blue() - q.blue())
            n += 3
    return total / n


def test_the_preview_shows_what_the_projector_shows(qtbot, show: Show) -> None:  # type: ignore[no-untyped-def]
    goto(show, "reveal")
    show.model.animate = False
    preview = DisplayPreview(show.model)
    qtbot.addWidget(preview)
    assert not preview.errors_text()
    preview.resize(640, 480)
    preview.show()
    qtbot.waitExposed(preview)
    quick = preview.quick.geometry()
    assert (quick.width(), quick.height()) == (640, 360)  # letterboxed at 16:9
    assert quick.y() == 60
    renderer = SceneRenderer(show.model, QSize(640, 360))
    try:
        projector = renderer.grab()
        seen = preview.quick.grabFramebuffer()
        assert seen.size() == projector.size()
        assert len({projector.pixel(x, 250) for x in range(0, 640, 4)}) > 10  # not a blank frame
        assert difference(seen, projector) < 2.0
        preview.set_aspect(1024, 768)
        assert preview.quick.geometry().size() == QSize(640, 480)
        assert preview.heightForWidth(800) == 600
    finally:
        renderer.close()


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768), (3840, 2160)])
def test_the_question_fits_every_screen(show: Show, size: tuple[int, int]) -> None:
    goto(show, "reveal")
    renderer = SceneRenderer(show.model, QSize(*size))
    try:
        renderer.settle()
        width, height = size
        u = height / 100
        text = renderer.find("questionText")
        assert text.property("font").pixelSize() == pytest.approx(6.6 * u, abs=1)
        for name in ("questionPanel", "option_A", "option_D", "countdown", "explanationText"):
            item = renderer.find(name)
            if item is None or not item.property("visible"):
                continue
            top_left = item.mapToScene(item.boundingRect().topLeft())
            bottom_right = item.mapToScene(item.boundingRect().bottomRight())
            assert top_left.x() >= 0 and top_left.y() >= 0, name
            assert bottom_right.x() <= width + 0.5 and bottom_right.y() <= height + 0.5, name
    finally:
        renderer.close()
