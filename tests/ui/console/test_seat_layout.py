"""The seat grid: one layout per show, from the number of seats only; readable at 500 and 1,000
seats (zooming in rather than shrinking the numbers); distinct looks, all in the legend."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize

from rcv.app.controller import ShowController
from rcv.clock import ManualClock
from rcv.core.rules import Rules
from rcv.core.state import ShowSetup
from rcv.i18n import Words
from rcv.storage.event_file import EventFile
from rcv.ui.console.seat_cells import SeatLook
from rcv.ui.console.seat_grid import SeatGrid, SeatGridModel
from rcv.ui.console.seat_layout import SeatLayout
from rcv.ui.console.seat_painter import FILLS, MIN_NUMBER_PX, legend, number_px
from tests.core.helpers import questions, roster


@pytest.mark.parametrize("count", [1, 12, 60, 100, 150, 500, 1000])
def test_every_seat_has_one_place_and_is_found_there(count: int) -> None:
    layout = SeatLayout.for_seats(count)
    cell = layout.fit(QSize(1100, 480))
    places = {layout.place(row) for row in range(count)}
    assert len(places) == count
    for row in range(count):
        assert layout.row_at(*layout.place(row)) == row
        assert layout.row_at_point(layout.rect(row, cell).center(), cell) == row
    whole = QRect(QPoint(0, 0), layout.size(cell))
    assert sorted(layout.rows_in(whole, cell)) == list(range(count))
    assert layout.columns == min(count, 10)  # rows of ten, as a hall numbers them


@pytest.mark.parametrize("count", [1, 7, 60, 100, 150, 500, 1000])
def test_a_repaint_looks_at_exactly_the_cells_it_meets(count: int) -> None:
    """rows_in is worked out from the edges; every rectangle (in a gap, across blocks, beyond
    the grid, partly negative) gives exactly the seats whose cells it meets."""
    import random

    layout = SeatLayout.for_seats(count)
    rng = random.Random(count)
    for cell in (layout.fit(QSize(1100, 480)), QSize(30, 19), QSize(9, 7)):
        whole = layout.size(cell)
        for _ in range(300):
            x, y = rng.randrange(-40, whole.width() + 40), rng.randrange(-40, whole.height() + 40)
            rect = QRect(x, y, rng.randrange(1, cell.width() * 4), rng.randrange(1, 60))
            expected = {r for r in range(count) if layout.rect(r, cell).intersects(rect)}
            assert set(layout.rows_in(rect, cell)) == expected, (cell, rect)


def test_the_layout_depends_on_the_number_of_seats_only() -> None:
    assert SeatLayout.for_seats(60) == SeatLayout.for_seats(60)
    assert SeatLayout.for_seats(60).place(59) == (9, 5)
    assert SeatLayout.for_seats(500).blocks_across == 3  # blocks of a hundred, three across
    assert SeatLayout.for_seats(500).place(100) == (10, 0)  # seat 101 starts the second block


@pytest.fixture
def grid_of(qtbot, tmp_path: Path):
    made = []

    def make(seats: int) -> SeatGrid:
        controller = ShowController(ManualClock())
        event = EventFile.create(
            tmp_path / f"g{seats}.rcv", ShowSetup(roster(seats), questions(), Rules())
        )
        controller.attach(event)
        grid = SeatGrid(SeatGridModel(controller, Words()))
        qtbot.addWidget(grid)
        grid.resize(1100, 480)
        grid.show()
        qtbot.waitExposed(grid)
        grid.fit_cells()
        made.append(controller)
        return grid

    yield make
    for controller in made:
        controller.detach()


@pytest.mark.parametrize("seats", [500, 1000])
def test_a_big_hall_stays_readable(grid_of, seats: int) -> None:
    grid = grid_of(seats)
    assert grid.readable() and number_px(grid.cell_size()) >= MIN_NUMBER_PX
    place = grid.seat_place(seats)
    grid.zoom_to_fit()  # every seat in view: colours only, blocks named
    assert grid.layout_of_seats.size(grid.cell_size()).height() <= grid.viewport().height()
    grid.zoom_in()
    grid.zoom_to_read()
    assert grid.readable() and grid.seat_place(seats) == place  # nobody moved


def test_every_look_has_its_own_colour_and_the_legend_names_them(qtbot) -> None:
    colours = [FILLS[look].name() for look in SeatLook]
    assert len(set(colours)) == len(colours)
    assert FILLS[SeatLook.WAITING].lightness() - FILLS[SeatLook.OUT].lightness() > 60
    named = {colour.name() for colour, _mark, _words in legend()}
    fills = {FILLS[look].name() for look in SeatLook if look is not SeatLook.OUT}
    assert fills <= named and len(legend()) >= len(SeatLook) + 2  # and the two marks
