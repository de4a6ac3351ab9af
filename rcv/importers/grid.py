"""A table of displayed cell texts, from an Excel sheet or a Word table, with its row numbers.

A :class:`Cell` carries the text the secretary sees and, when the cell cannot be trusted, an
:class:`CellIssue` (a formula never calculated, an Excel error, a date Excel made of typed text).
Issues are reported only for cells the importer actually uses.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from rcv.importers.report import Location


@dataclass(frozen=True, slots=True)
class CellIssue:
    code: str  # "formula_no_value" | "formula_error" | "cell_date"
    params: Mapping[str, str]
    blocking: bool  # an error (the value cannot be used) or a warning


@dataclass(frozen=True, slots=True)
class Cell:
    text: str = ""
    is_number: bool = False
    issue: CellIssue | None = None

    @property
    def empty(self) -> bool:
        return not self.text and self.issue is None


EMPTY = Cell()


@dataclass(slots=True)
class Grid:
    """Rows of cells, 1-based, as the file numbers them; merged ranges point at their origin."""

    name: str
    where: Location
    rows: dict[int, list[Cell]] = field(default_factory=dict)
    hidden_rows: frozenset[int] = frozenset()
    hidden: bool = False
    merged_from: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    column_letters: bool = True

    @property
    def max_row(self) -> int:
        return max(self.rows, default=0)

    @property
    def max_col(self) -> int:
        return max((len(cells) for cells in self.rows.values()), default=0)

    def cell(self, row: int, col: int) -> Cell:
        cells = self.rows.get(row)
        if cells is None or col > len(cells):
            return EMPTY
        return cells[col - 1]

    def merged(self, row: int, col: int, *, vertical_only: bool = False) -> Cell:
        """The cell's value, or the value of the merged range it belongs to."""
        origin = self.merged_from.get((row, col))
        if origin is None or (vertical_only and origin[1] != col):
            return self.cell(row, col)
        return self.cell(*origin)

    def is_merged_tail(self, row: int, col: int) -> bool:
        return (row, col) in self.merged_from

    def column_name(self, col: int) -> str:
        if not self.column_letters:
            return str(col)
        name = ""
        while col:
            col, rem = divmod(col - 1, 26)
            name = chr(65 + rem) + name
        return name

    def coordinate(self, row: int, col: int) -> str:
        return f"{self.column_name(col)}{row}" if self.column_letters else f"{row}/{col}"

    def is_blank_row(self, row: int) -> bool:
        return all(c.empty for c in self.rows.get(row, ()))
