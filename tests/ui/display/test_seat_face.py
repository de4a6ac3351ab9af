"""A seat without its name is one picture (seatface.py): it must look like the seat SeatCell.qml
draws with a name — the same fill, border and number colours for every look — and on a floor of
1,000 seats every seat must be that one picture, not a rectangle and a text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QSize, QTimer, QUrl
from PySide6.QtGui import QColor, QImage
from PySide6.QtQml import QQmlComponent, QQmlEngine

from rcv.core.audience import Scene
from rcv.ui.display.engine import QML_DIR
from rcv.ui.display.render import SceneRenderer
from rcv.ui.display.seatface import LOOKS, PROVIDER_ID, seat_face
from tests.ui.display.conftest import Show

FLAGS = {  # look -> SeatCell's properties
    "bell": {"hasBell": True},
    "leaving": {"isStanding": False, "leaving": True},
    "returning": {"returning": True},
    "standing": {"isStanding": True},
    "out": {"isStanding": False},
}


def _cell(engine: QQmlEngine, flags: dict[str, bool]):  # type: ignore[no-untyped-def]
    component = QQmlComponent(engine)
    url = QUrl.fromLocalFile(str(QML_DIR) + "/")
    component.setData(b"import QtQuick\nSeatCell { width: 600; height: 400 }", url)
    cell = component.createWithInitialProperties({"seatNumber": 7, **flags})
    assert cell is not None, component.errorString()
    QQmlEngine.setObjectOwnership(cell, QQmlEngine.ObjectOwnership.CppOwnership)
    return component, cell


@pytest.mark.parametrize("look", sorted(LOOKS))
def test_the_picture_has_the_cells_colours(qapp, look: str) -> None:  # type: ignore[no-untyped-def]
    engine = QQmlEngine()
    _component, cell = _cell(engine, FLAGS[look])
    assert cell.property("look") == look
    assert cell.property("showName")  # a large cell: the rectangle and text draw it
    fill, edge, ink = LOOKS[look]
    assert QColor(cell.property("color")) == QColor(fill)
    assert QColor(cell.property("edge")) == QColor(edge)
    items = [c for child in cell.childItems() for c in [child, *child.childItems()]]
    number = next(c for c in items if c.property("text") == "7")
    assert QColor(number.property("color")) == QColor(ink)

    image = seat_face(7, look, 60, 36, "Noto Sans")
    assert (image.width(), image.height()) == (60, 36)
    assert image.pixelColor(4, 18) == QColor(fill)  # inside, left of the number
    assert image.pixelColor(30, 0).alpha() > 0 and image.pixelColor(0, 0).alpha() == 0  # corner
    colours = {image.pixelColor(x, y).rgb() for x in range(18, 42) for y in range(8, 28)}
    assert QColor(ink).rgb() in colours  # the number is painted, in its colour


def test_a_floor_of_1000_seats_is_one_picture_per_seat(font_family: str, tmp_path: Path) -> None:
    show = Show(tmp_path / "show.rcv", seats=1000, font_family=font_family)
    r = SceneRenderer(show.model, QSize(1920, 1080))
    try:
        show.controller.set_display_override(Scene.FLOOR)
        r.settle()
        faces = [o for o in r.items() if o.objectName() == "seatFace"]
        assert len(faces) == 1000
        provider = r.view.engine().imageProvider(PROVIDER_ID)
        assert provider.painted == 1000  # once each, not once per size the layout passes through
        assert all(f.property("visible") and f.property("implicitWidth") > 0 for f in faces)
        numbers = [o for o in r.items() if o.property("text") == "1000"]
        assert not numbers  # no text beside the picture: not even built
        shot: QImage = r.grab()
        assert shot.width() == 1920
        # a resized window (the console's preview being dragged): the pictures are painted
        # again once, at the size the layout comes to rest at, not at every step
        for width in (1700, 1500, 1280):
            r.resize(QSize(width, width * 9 // 16))
        assert provider.painted == 1000  # still stretched while the size moves
        loop = QEventLoop()
        QTimer.singleShot(1000, loop.quit)  # Qt's rest timer (150 ms) fires within it
        loop.exec()
        assert provider.painted == 2000
        face = faces[0]
        assert face.property("sourceSize").width() == round(face.property("width"))
    finally:
        r.close()
        show.close()
