"""The bundled font renders Vietnamese, and stacked marks (Ầ Ẫ Ặ Ễ Ự) are never clipped."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QFontDatabase, QImage
from PySide6.QtQuick import QQuickView

from rcv.ui.display.assets import assets_dir, font_path, load_fonts
from rcv.ui.display.engine import QML_DIR

STACKED = "ẦẪẶỄỰ ẩẫặễự Ỗ"
BACKGROUND = QColor("#102040")


def test_the_font_is_bundled_with_its_licence_and_loads(qapp) -> None:  # type: ignore[no-untyped-def]
    assert (assets_dir() / "fonts" / "OFL.txt").is_file()
    assert font_path("NotoSans-Bold.ttf").is_file()
    family = load_fonts()
    assert family == "Noto Sans"
    systems = QFontDatabase.writingSystems(family)
    assert QFontDatabase.WritingSystem.Vietnamese in systems
    assert QFontDatabase.isScalable(family)


def ink_box(image: QImage) -> tuple[int, int, int, int] | None:
    """(left, top, right, bottom) of every pixel that is not the background."""
    bg = BACKGROUND.rgb()
    xs, ys = [], []
    for y in range(image.height()):
        for x in range(0, image.width(), 2):
            if image.pixel(x, y) != bg:
                xs.append(x)
                ys.append(y)
    if not xs:
        return None
    return min(xs), min(ys), max(xs), max(ys)


@pytest.mark.parametrize(("size", "bold"), [(48, False), (160, True), (260, True)])
def test_stacked_marks_fit_in_the_text_item(qapp, tmp_path: Path, size: int, bold: bool) -> None:  # type: ignore[no-untyped-def]
    load_fonts()
    qml = tmp_path / "Marks.qml"
    qml.write_text(
        f"""import QtQuick
import "{QUrl.fromLocalFile(str(QML_DIR)).toString()}"
Rectangle {{
    width: 2400; height: {size * 3}
    color: "{BACKGROUND.name()}"
    ShowText {{
        objectName: "marks"
        x: 40; y: {size}
        text: "{STACKED}"
        font.pixelSize: {size}
        font.bold: {str(bold).lower()}
        color: "white"
    }}
}}
""",
        encoding="utf-8",
    )
    view = QQuickView()
    view.setSource(QUrl.fromLocalFile(str(qml)))
    assert not view.errors(), view.errors()
    view.show()
    image = view.grabWindow().convertToFormat(QImage.Format.Format_RGB32)
    item = next(c for c in view.rootObject().childItems() if c.objectName() == "marks")
    x, y = item.property("x"), item.property("y")
    w, h = item.property("width"), item.property("height")
    box = ink_box(image)
    view.close()
    assert box is not None
    left, top, right, bottom = box
    assert top >= y, f"marks rise {y - top:.0f}px above the text item at {size}px"
    assert bottom <= y + h, f"descenders fall {bottom - y - h:.0f}px below the item"
    assert left >= x - 2 and right <= x + w + 2
    assert top - y < size * 0.5  # and the padding is not absurd either
