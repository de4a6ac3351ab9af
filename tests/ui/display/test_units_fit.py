"""The units on the projector at 10 and 60 units, 1920×1080: the units scene shows every unit's
bar on one screen, inside it, nothing cut and no name below 2 % of the height; its bars follow
the floor (a unit that loses members shrinks, the rows are updated, not rebuilt); the prize
ceremony's units' ranking lists every unit, and the units' prizes name theirs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetricsF
from PySide6.QtQuick import QQuickItem

from rcv.core.audience import Scene
from rcv.entry.tour import open_tour_event, tour
from rcv.ui.display.render import SceneRenderer
from tests.ui.display.conftest import Show
from tests.ui.display.test_fit import HEIGHT, WIDTH, problems

UNIT_TEXT_MIN = 2.0 * HEIGHT / 100  # a unit's name on a dense chart: 21.6 px at 1080p


class UnitShow(Show):
    """The tour's show with its contestants sent by ``units`` units."""

    def __init__(self, path: Path, seats: int, units: int, font_family: str) -> None:
        super().__init__(path, seats=seats, font_family=font_family)
        self.controller.detach()
        self.controller.attach(open_tour_event(path.with_name("units.rcv"), seats, 1, units))
        self.model.refresh()


def shown(renderer: SceneRenderer, name: str) -> list[QQuickItem]:
    return [
        i
        for i in renderer.items()
        if isinstance(i, QQuickItem) and i.objectName() == name and i.isVisible()
    ]


def inside(item: QQuickItem) -> bool:
    box = item.mapRectToScene(item.boundingRect())
    return (
        box.left() >= -1
        and box.top() >= -1
        and box.right() <= WIDTH + 1
        and (box.bottom() <= HEIGHT + 1)
    )


def small_names(renderer: SceneRenderer, moment: str) -> list[str]:
    """Units' names the hall would read below :data:`UNIT_TEXT_MIN`: a fitted text shrinks
    to its width, so its size is its font's, scaled by how much of its natural width fits."""
    found = []
    for item in shown(renderer, "unitName"):
        font = item.property("font")
        natural = QFontMetricsF(font).horizontalAdvance(str(item.property("text")))
        size = font.pixelSize() * min(1.0, item.width() / max(1.0, natural))
        if size < UNIT_TEXT_MIN - 0.5:
            found.append(f"{moment}: {item.property('text')!r} at {size:.1f} px")
    return found


@pytest.mark.parametrize(("units", "seats"), [(10, 100), (60, 240)])
def test_every_unit_is_seen_whole_in_the_scene_and_the_ceremony(
    font_family: str, tmp_path: Path, units: int, seats: int
) -> None:
    show = UnitShow(tmp_path / "show.rcv", seats, units, font_family)
    renderer = SceneRenderer(show.model, QSize(WIDTH, HEIGHT))
    found: list[str] = []
    seen: dict[str, int] = {}
    try:
        for moment in tour(show.controller, show.clock):
            view = show.controller.audience_view()
            assert view is not None
            kind = view.awards[view.award].kind.value if view.award is not None else ""
            if moment != "units" and not kind.startswith("unit"):
                continue
            show.model.refresh()
            renderer.settle()
            found += problems(renderer, moment)
            if moment == "units":
                bars = shown(renderer, "unitBar")
                seen["bars"] = len(bars)
                found += [f"units: bar {i.property('y')} off screen" for i in bars if not inside(i)]
                seen["pages"] = int(not shown(renderer, "pageText"))
            elif kind == "unit_ranking":
                seen["ranked"] = len(shown(renderer, "unitName"))
            else:
                seen["prizes"] = seen.get("prizes", 0) + 1
            found += small_names(renderer, moment)
    finally:
        renderer.close()
        show.close()
    assert not found, "\n".join(found)
    assert seen["bars"] == units  # every unit's bar at once …
    assert seen["pages"] == 1  # … on one page
    assert seen["ranked"] == units
    assert seen["prizes"] >= 1


def test_the_bars_follow_the_floor_row_by_row(show: Show) -> None:
    """Eliminations applied while the units are up: the rows change in place (QML animates
    them), and a unit that lost members says how many."""
    controller, model = show.controller, show.model
    changed: list[int] = []
    resets: list[int] = []
    units = model.property("units")
    units.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    units.modelReset.connect(lambda: resets.append(1))
    for moment in tour(controller, show.clock):
        if moment == "floor":
            break
    controller.set_display_override(Scene.UNITS)
    before = {r["key"]: r for r in units.role_values()}
    assert len(before) > 1 and model.value("scene") == "units"
    resets.clear()
    state = controller.state
    assert state is not None
    seat = next(iter(sorted(state.standing)))
    controller.eliminate(seat, "thử")
    after = {r["key"]: r for r in units.role_values()}
    assert not resets and changed  # updated in place, not rebuilt
    lost = [k for k in after if after[k]["standing"] == before[k]["standing"] - 1]
    assert len(lost) == 1


def test_the_check_catches_a_unit_name_squeezed_small(font_family: str, tmp_path: Path) -> None:
    """The checker itself: a long unit name in a narrow box is reported."""
    show = UnitShow(tmp_path / "show.rcv", 40, 4, font_family)
    renderer = SceneRenderer(show.model, QSize(WIDTH, HEIGHT))
    try:
        for moment in tour(show.controller, show.clock):
            if moment == "units":
                break
        renderer.settle()
        name = shown(renderer, "unitName")[0]
        assert not small_names(renderer, "units")
        name.setProperty("text", "Trường Cao đẳng Sư phạm Đắk Lắk " * 6)
        renderer.settle()
        assert small_names(renderer, "units")
    finally:
        renderer.close()
        show.close()
