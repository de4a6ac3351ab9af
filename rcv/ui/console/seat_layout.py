"""Where each seat sits in the console's grid: one layout for the whole show, chosen from the
number of seats alone.

Seats go in rows of ten, as a hall numbers them; above a hundred seats they are grouped in blocks
of a hundred (10 × 10, one keypad hub's worth), placed side by side — two across up to 200
seats, three across beyond — with a gap between blocks. Nothing that happens during the show
(a longer question, another language, a window resized) changes which column a seat is in: only
the size of the cells follows the space and the zoom. Pure geometry, no widgets.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize

BLOCK = 100  # seats per block
BLOCK_COLUMNS = 10  # seats per row of a block
GAP = 8  # pixels between blocks
ASPECT = 1.35  # a cell's width / height, when there is room for it
FLATTEST = 2.0  # a cell may be this much wider than tall, to fit many seats in a wide area
MAX_CELL = QSize(120, 89)


@dataclass(frozen=True, slots=True)
class SeatLayout:
    count: int  # seats in the grid
    columns: int  # seat columns of a block
    blocks_across: int

    @classmethod
    def for_seats(cls, count: int) -> SeatLayout:
        """The layout of ``count`` seats (and only of their number)."""
        columns = max(1, min(count, BLOCK_COLUMNS))
        blocks = max(1, math.ceil(count / BLOCK))
        return cls(count, columns, min(blocks, 2 if count <= 2 * BLOCK else 3))

    # -- in cells ----------------------------------------------------------------------------
    @property
    def block_rows(self) -> int:
        """Rows of cells in a block (a full block; the last one may be shorter)."""
        return math.ceil(min(max(self.count, 1), BLOCK) / self.columns)

    @property
    def blocks(self) -> int:
        return max(1, math.ceil(self.count / BLOCK))

    @property
    def blocks_down(self) -> int:
        return math.ceil(self.blocks / self.blocks_across)

    @property
    def grid_columns(self) -> int:
        return self.columns * self.blocks_across

    @property
    def grid_rows(self) -> int:
        if self.blocks == 1:
            return math.ceil(max(self.count, 1) / self.columns)
        return self.block_rows * self.blocks_down

    def place(self, row: int) -> tuple[int, int]:
        """(column, line) of the ``row``-th seat, counted in cells over the whole grid."""
        block, inside = divmod(row, BLOCK)
        bx, by = block % self.blocks_across, block // self.blocks_across
        line, column = divmod(inside, self.columns)
        return bx * self.columns + column, by * self.block_rows + line

    def row_at(self, column: int, line: int) -> int | None:
        """The seat (its row in the model) at (column, line) in cells, or None."""
        if not (0 <= column < self.grid_columns and 0 <= line < self.grid_rows):
            return None
        bx, c = divmod(column, self.columns)
        by, r = divmod(line, self.block_rows)
        row = (by * self.blocks_across + bx) * BLOCK + r * self.columns + c
        inside = r * self.columns + c
        return row if inside < BLOCK and row < self.count else None

    def block_range(self, block: int) -> tuple[int, int]:
        """The first and last row of a block."""
        return block * BLOCK, min(self.count, (block + 1) * BLOCK) - 1

    # -- in pixels ---------------------------------------------------------------------------
    def gaps_x(self, column: int) -> int:
        return (column // self.columns) * GAP

    def gaps_y(self, line: int) -> int:
        return (line // self.block_rows) * GAP if self.blocks > 1 else 0

    def rect(self, row: int, cell: QSize) -> QRect:
        """The seat's rectangle in the grid's own coordinates (before scrolling)."""
        column, line = self.place(row)
        x = column * cell.width() + self.gaps_x(column)
        y = line * cell.height() + self.gaps_y(line)
        return QRect(x, y, cell.width(), cell.height())

    def block_rect(self, block: int, cell: QSize) -> QRect:
        first, last = self.block_range(block)
        top_left = self.rect(first, cell).topLeft()
        bx = block % self.blocks_across
        right = (bx + 1) * self.columns
        bottom = self.place(last)[1] + 1
        width = (right - bx * self.columns) * cell.width()
        height = (bottom - self.place(first)[1]) * cell.height()
        return QRect(top_left, QSize(width, height))

    def size(self, cell: QSize) -> QSize:
        """The whole grid at this cell size."""
        columns, lines = self.grid_columns, self.grid_rows
        width = columns * cell.width() + (self.blocks_across - 1) * GAP
        down = self.blocks_down - 1 if self.blocks > 1 else 0
        return QSize(width, lines * cell.height() + down * GAP)

    def row_at_point(self, point: QPoint, cell: QSize) -> int | None:
        """The seat under ``point`` (grid coordinates), None in a gap or outside."""
        w, h = max(1, cell.width()), max(1, cell.height())
        block_w = self.columns * w + GAP
        bx, x = divmod(point.x(), block_w)
        if x >= self.columns * w or point.x() < 0 or point.y() < 0:
            return None
        if self.blocks > 1:
            block_h = self.block_rows * h + GAP
            by, y = divmod(point.y(), block_h)
            if y >= self.block_rows * h:
                return None
            line = by * self.block_rows + y // h
        else:
            line = point.y() // h
        return self.row_at(bx * self.columns + x // w, line)

    def rows_in(self, rect: QRect, cell: QSize) -> list[int]:
        """The seats whose cells meet ``rect`` (grid coordinates): the columns and lines under
        the rectangle's edges are worked out directly, so a one-cell repaint looks at one cell."""
        w, h = max(1, cell.width()), max(1, cell.height())
        lines_per_block = self.block_rows if self.blocks > 1 else self.grid_rows
        columns = _span(rect.left(), rect.right(), w, self.columns, self.grid_columns)
        lines = _span(rect.top(), rect.bottom(), h, lines_per_block, self.grid_rows)
        rows = []
        for line in lines:
            for column in columns:
                row = self.row_at(column, line)
                if row is not None:
                    rows.append(row)
        return rows

    def fit(self, area: QSize) -> QSize:
        """The largest cell (at most :data:`MAX_CELL`, between :data:`ASPECT` and
        :data:`FLATTEST` wide for its height) that shows every seat in ``area``."""
        columns, lines = self.grid_columns, self.grid_rows
        spare_w = area.width() - (self.blocks_across - 1) * GAP
        spare_h = area.height() - ((self.blocks_down - 1) * GAP if self.blocks > 1 else 0)
        w = min(MAX_CELL.width(), max(8, spare_w // columns))
        h = min(MAX_CELL.height(), max(6, spare_h // lines))
        w = min(w, int(h * FLATTEST))  # not flatter than FLATTEST …
        h = min(h, int(w / ASPECT))  # … nor taller than ASPECT
        return QSize(w, max(6, h))


def _span(low: int, high: int, size: int, per_block: int, total: int) -> range:
    """The cells (columns or lines) that pixels ``low``..``high`` meet, with blocks of
    ``per_block`` cells of ``size`` pixels separated by :data:`GAP`."""
    if high < 0 or high < low:
        return range(0)
    block = per_block * size + GAP

    def cell_at(x: int, after_gap: bool) -> int:
        b, inside = divmod(max(0, x), block)
        if inside >= per_block * size:  # in the gap: the next block's first, or this one's last
            return (b + 1) * per_block if after_gap else (b + 1) * per_block - 1
        return b * per_block + inside // size

    first, last = cell_at(low, True), min(total - 1, cell_at(high, False))
    return range(first, last + 1)
