"""Reading an .xlsx workbook into :class:`~rcv.importers.grid.Grid` tables of displayed text.

A sheet's size is taken from its real data, never from its declared ``<dimension>`` (one stray
cell at XFD1048576 declares 17 billion cells). Each sheet is first looked over at byte level
(:mod:`rcv.importers.sheetscan`: cell count, merged ranges, hidden rows, where the last value
is), then read lazily with openpyxl's read-only mode, row by row, columns A–CV only, until a run
of empty rows ends the table. Every step has a bound from :mod:`rcv.importers.limits`; going
past one is a report line naming the sheet and row, never a crash.

Values are read with ``data_only=True`` (what Excel last calculated). A formula cell whose cached
value is missing (the file was written by a program, never saved in Excel) is marked so the
report can ask for the file to be saved in Excel; the formulas are read, in step with the
values, only when the sheet holds any. Merged ranges, hidden rows and hidden sheets are kept for
the importers to judge.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import repeat
from operator import is_
from typing import Any

from openpyxl import load_workbook
from openpyxl.cell.read_only import EMPTY_CELL
from openpyxl.utils.cell import get_column_letter
from openpyxl.workbook.workbook import Workbook

from rcv.importers.grid import Cell, CellIssue, Grid
from rcv.importers.limits import (
    EMPTY_RUN,
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_DATA_ROWS,
    MAX_MERGED_CELLS,
    MAX_ROW_SLOTS,
    MAX_SHEET_CELLS,
    MAX_SHEET_ELEMENTS,
)
from rcv.importers.report import Location, Report
from rcv.importers.sheetscan import SheetFacts, scan_sheet
from rcv.importers.values import clean_text, date_text, number_text

_EXCEL_ERRORS = {
    "#N/A",
    "#REF!",
    "#VALUE!",
    "#DIV/0!",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
}


class WorkbookUnreadable(Exception):
    """openpyxl could not read the workbook; the message says why."""


@dataclass(slots=True)
class _Budget:
    """What is left of the workbook's bounds while its sheets are read."""

    cells: int = MAX_SHEET_CELLS
    elements: int = MAX_SHEET_ELEMENTS
    data_rows: int = MAX_DATA_ROWS
    row_slots: int = MAX_ROW_SLOTS
    merged_cells: int = MAX_MERGED_CELLS


class _Stop(Exception):
    """A bound of the whole workbook was passed: reported, nothing more is read."""


def read_workbook(data: bytes, where: Location, report: Report) -> list[Grid]:
    """Every sheet of the workbook, in order, as grids of displayed text.

    Problems of size are reported; when a bound of the whole workbook is passed (too many
    cells or rows) the import cannot be used and no grid is returned.
    """
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl and zipfile raise many kinds on damaged files
        raise WorkbookUnreadable(f"{type(exc).__name__}: {exc}"[:200]) from exc
    formulas: Workbook | None = None
    budget = _Budget()
    grids = []
    try:
        for number, ws in enumerate(book.worksheets, start=1):
            place = where.at(sheet=ws.title, sheet_no=number)
            facts = _scan(book, ws, budget, place, report)
            if facts.formulas and formulas is None:
                formulas = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
            formula_ws = formulas.worksheets[number - 1] if facts.formulas and formulas else None
            grids.append(_grid(ws, formula_ws, facts, place, budget, report))
    except _Stop:
        return []
    except Exception as exc:  # a sheet damaged part-way through
        raise WorkbookUnreadable(f"{type(exc).__name__}: {exc}"[:200]) from exc
    finally:
        book.close()
        if formulas is not None:
            formulas.close()
    return grids


def _scan(book: Workbook, ws: Any, budget: _Budget, place: Location, report: Report) -> SheetFacts:
    # openpyxl keeps the sheet's part name privately; the read-only sheet reads it from there
    part = ws._worksheet_path
    with book._archive.open(part) as stream:  # type: ignore[attr-defined]
        facts = scan_sheet(stream, budget.cells, budget.elements)
    budget.cells -= facts.cells
    budget.elements -= facts.elements
    if budget.cells < 0:
        report.error("sheet_too_many_cells", place, count=facts.cells, limit=MAX_SHEET_CELLS)
        raise _Stop
    if budget.elements < 0:
        report.error("file_too_complex", place, part=part, limit=MAX_SHEET_ELEMENTS)
        raise _Stop
    return facts


def _rows(ws: Any, values_only: bool) -> Iterator[tuple[Any, ...]]:
    """The sheet's rows from row 1, each MAX_COLUMNS wide, ignoring the declared dimension."""
    ws.reset_dimensions()
    return ws.iter_rows(min_row=1, min_col=1, max_col=MAX_COLUMNS, values_only=values_only)


def _grid(
    ws: Any,
    formula_ws: Any,
    facts: SheetFacts,
    where: Location,
    budget: _Budget,
    report: Report,
) -> Grid:
    grid = Grid(name=ws.title, where=where, hidden=ws.sheet_state != "visible")
    formula_rows = _rows(formula_ws, True) if formula_ws is not None else repeat(())
    empty_run = 0
    row_no = 0
    rows = zip(_rows(ws, False), formula_rows, strict=False)  # formula_rows may never end
    for row_no, (row, formula_row) in enumerate(rows, start=1):
        budget.row_slots -= 1
        if budget.row_slots < 0:
            report.error("sheet_too_long", where.at(row=row_no), limit=MAX_ROW_SLOTS)
            raise _Stop
        cells = _row_cells(row, formula_row, row_no)
        if not cells:
            empty_run += 1
            if empty_run >= EMPTY_RUN:
                break
            continue
        empty_run = 0
        budget.data_rows -= 1
        if budget.data_rows < 0:
            report.error("sheet_too_many_rows", where.at(row=row_no), limit=MAX_DATA_ROWS)
            raise _Stop
        grid.rows[row_no] = cells
    _outside(facts, grid, where, report, stopped=empty_run >= EMPTY_RUN)
    grid.hidden_rows = frozenset(r for r in facts.hidden_rows if r in grid.rows)
    _merges(facts, grid, budget, report)
    return grid


def _row_cells(row: tuple[Any, ...], formula_row: tuple[Any, ...], row_no: int) -> list[Cell]:
    """The row's cells up to its last non-empty one; [] for an empty row."""
    if all(map(is_, row, repeat(EMPTY_CELL))) and not any(formula_row):
        return []
    end = len(row)  # rows come MAX_COLUMNS wide: skip the padding at their end first
    while (
        end
        and row[end - 1] is EMPTY_CELL
        and not (end <= len(formula_row) and formula_row[end - 1])
    ):
        end -= 1
    cells = []
    for i, c in enumerate(row[:end]):
        formula = formula_row[i] if i < len(formula_row) else None
        if c is EMPTY_CELL and formula is None:
            cells.append(Cell())
            continue
        # the formula pass gives a formula as "=…" (an array formula as an object with .text)
        text = getattr(formula, "text", formula)
        text = text if isinstance(text, str) and text.startswith("=") else None
        coordinate = f"{get_column_letter(i + 1)}{row_no}"
        cells.append(_cell(c.value, c.number_format, c.data_type, text, coordinate))
    while cells and cells[-1].empty:
        cells.pop()
    return cells


def _outside(facts: SheetFacts, grid: Grid, where: Location, report: Report, stopped: bool) -> None:
    """Warn about the data rcv did not read: below a long empty run, right of column CV."""
    last_row = grid.max_row
    below = facts.last_value if stopped else None
    if below is not None and below[0] > last_row:
        cell = f"{get_column_letter(below[1])}{below[0]}"
        place = where.at(row=below[0], column=get_column_letter(below[1]))
        report.warn("data_outside", place, cell=cell, run=EMPTY_RUN)
    far = facts.far_value
    if far is not None and far != below and (far[0] <= last_row or not stopped):
        cell = f"{get_column_letter(far[1])}{far[0]}"
        place = where.at(row=far[0], column=get_column_letter(far[1]))
        report.warn("data_beyond_columns", place, cell=cell, last=get_column_letter(MAX_COLUMNS))


def _merges(facts: SheetFacts, grid: Grid, budget: _Budget, report: Report) -> None:
    """Merged ranges, cut to the rows and columns read. A range larger than any table (A1:XFD…)
    is reported and ignored, as are ranges once the workbook's merged cells run out."""
    last_row = grid.max_row
    for min_row, min_col, max_row, max_col in facts.merges:
        if min_row > last_row or min_col > MAX_COLUMNS:
            continue
        declared = (max_row - min_row + 1) * (max_col - min_col + 1)
        ref = f"{get_column_letter(min_col)}{min_row}:{get_column_letter(max_col)}{max_row}"
        max_row, max_col = min(max_row, last_row), min(max_col, MAX_COLUMNS)
        size = (max_row - min_row + 1) * (max_col - min_col + 1)
        if declared > MAX_MERGED_CELLS or size > budget.merged_cells:
            report.warn("merge_too_big", grid.where.at(row=min_row), range=ref)
            continue
        budget.merged_cells -= size
        for r in range(min_row, max_row + 1):
            for c in range(min_col, max_col + 1):
                if (r, c) != (min_row, min_col):
                    grid.merged_from[(r, c)] = (min_row, min_col)


def _cell(
    value: object, number_format: str, data_type: str, formula: str | None, coordinate: str
) -> Cell:
    if value is None:
        if formula is not None:
            issue = CellIssue("formula_no_value", {"cell": coordinate, "formula": formula}, True)
            return Cell("", issue=issue)
        return Cell()
    if data_type == "e" or (isinstance(value, str) and value.strip() in _EXCEL_ERRORS):
        issue = CellIssue("formula_error", {"cell": coordinate, "value": str(value)}, True)
        return Cell("", issue=issue)
    if isinstance(value, bool):
        return Cell("TRUE" if value else "FALSE")
    if isinstance(value, int | float):
        if number_format.endswith("%"):
            return Cell(number_text(value * 100) + "%", is_number=True)
        return Cell(number_text(value, number_format), is_number=True)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        text = date_text(value)
        return Cell(text, issue=CellIssue("cell_date", {"cell": coordinate, "text": text}, False))
    if isinstance(value, dt.timedelta):
        return Cell(number_text(value.total_seconds()), is_number=True)
    text = str(value)
    if len(text) > MAX_CELL_CHARS:
        params = {"cell": coordinate, "length": len(text), "limit": MAX_CELL_CHARS}
        return Cell("", issue=CellIssue("cell_too_long", params, True))
    return Cell(clean_text(text))
