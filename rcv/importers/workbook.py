"""Reading an .xlsx workbook into :class:`~rcv.importers.grid.Grid` tables of displayed text.

Values are read with ``data_only=True`` (what Excel last calculated). A formula cell whose cached
value is missing (the file was written by a program, never saved in Excel) is marked so the
report can ask for the file to be saved in Excel; the formulas are only looked up when the sheet
XML holds any. Merged ranges, hidden rows and hidden sheets are kept for the importers to judge.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Mapping

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from rcv.importers.grid import Cell, CellIssue, Grid
from rcv.importers.report import Location
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
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")


class WorkbookUnreadable(Exception):
    """openpyxl could not read the workbook; the message says why."""


def read_workbook(data: bytes, where: Location) -> list[Grid]:
    """Every sheet of the workbook, in order, as grids of displayed text."""
    try:
        wb = load_workbook(io.BytesIO(data), data_only=True)
        formulas = _formulas(data) if _has_formulas(data) else {}
    except Exception as exc:  # openpyxl and zipfile raise many kinds on damaged files
        raise WorkbookUnreadable(f"{type(exc).__name__}: {exc}"[:200]) from exc
    grids = []
    for number, ws in enumerate(wb.worksheets, start=1):
        place = where.at(sheet=ws.title, sheet_no=number)
        grids.append(_grid(ws, place, formulas.get(ws.title, {})))
    wb.close()
    return grids


def _has_formulas(data: bytes) -> bool:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            sheet = name.startswith("xl/worksheets/") and name.endswith(".xml")
            if sheet and _FORMULA_TAG.search(z.read(name)):
                return True
    return False


def _formulas(data: bytes) -> dict[str, dict[tuple[int, int], str]]:
    """The formula text of every formula cell, by sheet and (row, column)."""
    wb = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    out: dict[str, dict[tuple[int, int], str]] = {}
    for ws in wb.worksheets:
        found: dict[tuple[int, int], str] = {}
        for row in ws.iter_rows():
            for c in row:
                if getattr(c, "data_type", None) == "f" and c.value is not None:
                    found[(c.row, c.column)] = str(c.value)
        out[ws.title] = found
    wb.close()
    return out


def _grid(ws: Worksheet, where: Location, formulas: Mapping[tuple[int, int], str]) -> Grid:
    grid = Grid(name=ws.title, where=where, hidden=ws.sheet_state != "visible")
    for row in ws.iter_rows():
        cells = [
            _cell(
                c.value, c.number_format, c.data_type, formulas.get((c.row, c.column)), c.coordinate
            )
            for c in row
        ]
        while cells and cells[-1].empty:
            cells.pop()
        if cells:
            grid.rows[row[0].row] = cells
    grid.hidden_rows = frozenset(
        r for r, dim in ws.row_dimensions.items() if dim.hidden and r in grid.rows
    )
    for rng in ws.merged_cells.ranges:
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                if (r, c) != (rng.min_row, rng.min_col):
                    grid.merged_from[(r, c)] = (rng.min_row, rng.min_col)
    return grid


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
    return Cell(clean_text(str(value)))
