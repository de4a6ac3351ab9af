"""Finding the header row of a table and reading its rows as records of named fields.

The header is not always row 1: titles, dates and signatures come first. Each of the first rows
is tried alone and together with the row below it (a merged "Phương án" over A, B, C, D); the
one naming the most known fields wins. Hidden rows are skipped and reported, merged cells in
"category" columns (pool, unit, group…) are filled down.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass

from rcv.importers.grid import Cell, Grid
from rcv.importers.headers import fold, match_header
from rcv.importers.report import Location, Report

HEADER_SCAN_ROWS = 20
Aliases = Mapping[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Header:
    """Where the header is and which column holds which field."""

    first_row: int
    last_row: int
    columns: Mapping[str, int]  # field → column number
    labels: Mapping[int, str]  # column number → header text as written
    fields_by_column: Mapping[int, str | None]


@dataclass(frozen=True, slots=True)
class Record:
    """One data row: its number, location and the cells of the fields it fills."""

    row: int
    where: Location
    cells: Mapping[str, Cell]
    columns: Mapping[str, str]  # field → column name, for messages

    def text(self, field: str) -> str:
        cell = self.cells.get(field)
        return cell.text if cell is not None else ""

    def at(self, field: str) -> Location:
        return self.where.at(column=self.columns[field]) if field in self.columns else self.where


def _label(grid: Grid, row: int, col: int, *, spread: bool) -> str:
    if not spread and grid.is_merged_tail(row, col):
        origin = grid.merged_from[(row, col)]
        if origin[1] != col:
            return ""
    return grid.merged(row, col).text


def _labels(grid: Grid, row: int, two_rows: bool, aliases: Aliases) -> dict[int, str]:
    out: dict[int, str] = {}
    for col in range(1, grid.max_col + 1):
        parent = _label(grid, row, col, spread=two_rows)
        if not two_rows:
            if parent:
                out[col] = parent
            continue
        child = _label(grid, row + 1, col, spread=False)
        if child and child != parent and parent:
            combined = f"{parent} {child}"
            chosen = combined if match_header(combined, aliases) else child
            out[col] = chosen if match_header(chosen, aliases) else combined
        elif child or parent:
            if grid.is_merged_tail(row, col) and grid.merged_from[(row, col)][1] != col:
                continue  # a parent spread over columns with nothing under it
            out[col] = child or parent
    return out


def _fields(labels: Mapping[int, str], aliases: Aliases) -> dict[int, str | None]:
    return {col: match_header(text, aliases) for col, text in labels.items()}


def find_header(
    grid: Grid, aliases: Aliases, good_enough: Callable[[set[str]], bool]
) -> Header | None:
    """The best header in the first rows, or None if no row names enough fields."""
    best: tuple[int, int, Header] | None = None
    top = min(grid.max_row, HEADER_SCAN_ROWS)
    for row in range(1, top + 1):
        if row not in grid.rows:
            continue
        for two_rows in (False, True):
            if two_rows and row + 1 not in grid.rows:
                continue
            labels = _labels(grid, row, two_rows, aliases)
            fields = _fields(labels, aliases)
            named = {f for f in fields.values() if f and f != "ignored"}
            if not good_enough(named):
                continue
            score = len(named)
            if best is None or score > best[0]:
                columns: dict[str, int] = {}
                for col, f in fields.items():
                    if f:
                        columns.setdefault(f, col)
                header = Header(row, row + int(two_rows), columns, labels, fields)
                best = (score, row, header)
    return best[2] if best else None


def check_header(grid: Grid, header: Header, report: Report) -> bool:
    """Report two columns naming the same field (error) and unknown headers (warning)."""
    ok = True
    seen: dict[str, int] = {}
    where = grid.where.at(row=header.first_row)
    for col, f in header.fields_by_column.items():
        if f is None:
            if fold(header.labels[col]):
                report.warn(
                    "column_unknown", where, column=grid.column_name(col), label=header.labels[col]
                )
            continue
        if f == "ignored":
            continue
        if f in seen:
            report.error(
                "column_duplicate",
                where,
                f,
                field=f,
                first=grid.column_name(seen[f]),
                second=grid.column_name(col),
            )
            ok = False
        else:
            seen[f] = col
    return ok


def records(
    grid: Grid, header: Header, report: Report, fill_down: Collection[str] = ()
) -> list[Record]:
    """The non-blank rows under the header, hidden ones reported and skipped."""
    out: list[Record] = []
    column_names = {f: grid.column_name(c) for f, c in header.columns.items()}
    for row in sorted(r for r in grid.rows if r > header.last_row):
        cells: dict[str, Cell] = {}
        for f, col in header.columns.items():
            cell = (
                grid.merged(row, col, vertical_only=True) if f in fill_down else grid.cell(row, col)
            )
            if not cell.empty:
                cells[f] = cell
        if not any(f not in ("ordinal", "ignored") for f in cells):
            continue  # blank, or a pre-numbered empty line of a template
        where = grid.where.at(row=row)
        if row in grid.hidden_rows:
            report.warn("row_hidden", where)
            continue
        out.append(Record(row, where, cells, column_names))
    return out


def report_cell_issue(record: Record, field: str, report: Report) -> bool:
    """Report a used cell that cannot be trusted; False when its value is unusable."""
    cell = record.cells.get(field)
    if cell is None or cell.issue is None:
        return True
    issue = cell.issue
    if issue.blocking:
        report.error(issue.code, record.at(field), field, **issue.params)
        return False
    report.warn(issue.code, record.at(field), field, **issue.params)
    return True
