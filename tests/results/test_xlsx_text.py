"""The table rows written as SpreadsheetML text (rcv.results.xlsx_rows): what hostile text, odd
numbers and big sheets become, read back with openpyxl and checked by a strict reading of the
archive (tests/results/xlsx_strict.py)."""

from __future__ import annotations

import math
import zipfile
from dataclasses import replace
from datetime import datetime
from enum import IntEnum, StrEnum
from pathlib import Path

import pytest
from openpyxl import load_workbook

from rcv.i18n import Words
from rcv.results.table import Column, Kind, Mark, Sheet, book, placed_cells, stored_value
from rcv.results.xlsx import BORDERED_CELLS, write_workbook
from tests.results.xlsx_strict import check_archive


class Answer(StrEnum):
    A = "A"


class Seat(IntEnum):
    TWELVE = 12


HOSTILE = [
    "=SUM(A1:A3)",  # a formula typed as a name: stays text
    "=",
    "<b>Tom & Jerry</b> \"quoted\" 'single'",
    "  spaces kept  ",
    "tab\there\nnew line\r\nand CRLF",
    "bell\x07 null\x00 escape\x1b",  # control characters: Excel refuses them
    "lone \ud800 surrogate, \ufffe and \uffff",  # not XML at all
    "Đặng Thị Ầ Ẫ Ặ Ễ Ự",
    "emoji 🔔 and ]]> end",
    "\x01\x02",  # nothing left once cleaned
]
WHEN = datetime(2026, 11, 24, 20, 15, 30, 250_000)
COLUMNS = (
    Column("Text", 20),
    Column("Wrapped", 10, Kind.WRAP),
    Column("Int", 6, Kind.INT),
    Column("Seconds", 8, Kind.SECONDS),
    Column("When", 20, Kind.DATETIME_MS),
)


def odd_sheet(name: str = "Odd") -> Sheet:
    rows: list[tuple[object, ...]] = [
        (text, text, i, i + 0.125, WHEN) for i, text in enumerate(HOSTILE)
    ]
    rows += [
        (Answer.A, None, Seat.TWELVE, 1e-7, None),
        ("", "", 0, -0.0, None),
        (None, None, True, 1.5e300, None),
        ("nan", None, None, math.nan, None),
        ("inf", None, None, math.inf, None),
    ]
    return Sheet(
        name=name,
        title="Title & <co>",
        columns=COLUMNS,
        rows=rows,  # type: ignore[arg-type]
        lines=("a line",),
        banner="PROVISIONAL",
        closing=(("sign here", None, "=not a formula", 7, None),),
        marks={0: Mark.PRIZE, 3: Mark.UNDONE, 11: Mark.SECTION},
    )


def big_sheet(rows: int) -> Sheet:
    """Past the bordered size: plain cells without a style, gridlines printed."""
    return Sheet(
        name="Big",
        title="Big",
        columns=COLUMNS,
        rows=[(f"TS{i:04d}", "x" * (i % 40), i, i / 8, WHEN) for i in range(rows)],
        marks={5: Mark.MUTED},
    )


def write(tmp_path: Path, *sheets: Sheet) -> Path:
    path = tmp_path / "odd.xlsx"
    ticks: list[int] = []
    write_workbook(path, book(sheets, Words("vi")), ticks.append)
    assert sum(ticks) == sum(len(s.rows) for s in sheets)
    return path


def test_hostile_text_reads_back_as_it_is_stored(tmp_path: Path):
    sheet = odd_sheet()
    path = write(tmp_path, sheet)
    check_archive(path)
    ws = load_workbook(path)["Odd"]
    expected = {(r, c): v for r, c, v in placed_cells(sheet)}
    found = {
        (cell.row, cell.column): cell.value
        for row in ws.iter_rows()
        for cell in row
        if cell.value is not None
    }
    nan_inf = {k for k, v in expected.items() if isinstance(v, float) and not math.isfinite(v)}
    emptied = {k for k, v in expected.items() if v == ""}
    assert nan_inf and emptied  # both kinds are in the sheet, and neither is written
    for key in nan_inf | emptied:
        del expected[key]
    assert found.keys() == expected.keys()
    for key, value in expected.items():
        if isinstance(value, datetime):
            assert abs((found[key] - value).total_seconds()) < 0.001, key
        elif isinstance(value, float):
            assert found[key] == pytest.approx(value, rel=1e-15), key
        else:
            base = next(t for t in (bool, int, str) if isinstance(value, t))
            assert found[key] == value and type(found[key]) is base, key  # enums as their base
    # data from row 6 (title, banner, line, gap, headers); text starting with "=" is text
    assert ws["A6"].data_type == "s" and ws["A6"].value == "=SUM(A1:A3)"
    assert ws["A7"].value == "=" and ws["C27"].value is None
    assert stored_value(HOSTILE[5]) == "bell null escape" == ws["A11"].value
    assert ws["B10"].value == "tab\there\nnew line\r\nand CRLF"  # "\r" survives
    assert ws["A12"].value == "lone  surrogate,  and "
    assert ws["D16"].value == 1e-7 and ws["C16"].value == 12 and ws["C18"].value is True
    assert ws["D19"].value is None and ws["D20"].value is None  # nan, inf: no number
    assert ws["C22"].value == "=not a formula" and ws["D22"].value == 7


def test_styles_of_the_text_rows_are_the_ones_openpyxl_would_give(tmp_path: Path):
    path = write(tmp_path, odd_sheet())
    ws = load_workbook(path)["Odd"]
    assert ws["D8"].number_format == "0.000"
    assert ws["E8"].number_format == "dd/mm/yyyy hh:mm:ss.000"
    assert ws["A6"].fill.fgColor.rgb.endswith("FFF2CC")  # the prize row
    assert ws["A9"].font.strike and ws["B9"].alignment.wrap_text  # an undone row
    assert ws["A17"].font.bold and ws["E17"].fill.fgColor.rgb.endswith("D9E1F2")  # a section
    assert ws["A8"].border.left.style == "thin"  # a small sheet has borders
    assert ws["C8"].number_format == "General" and ws["D9"].number_format == "0.000"
    assert ws.row_dimensions[7].height is None  # one line
    assert ws.row_dimensions[10].height > 15  # three wrapped lines
    assert ws["A22"].value == "sign here" and ws["A22"].font.bold


def test_a_big_sheet_has_gridlines_instead_of_styled_cells(tmp_path: Path):
    n = BORDERED_CELLS // len(COLUMNS) + 1
    path = write(tmp_path, big_sheet(n), odd_sheet())
    rows = {int(row.get("r")): row for row in check_archive(path)["xl/worksheets/sheet1.xml"]}
    # a data row: plain text and whole numbers carry no style; wrapped text, seconds
    # and times carry theirs; a highlighted row styles every cell
    assert [c.get("s") is None for c in rows[5]] == [True, False, True, False, False]
    assert all(c.get("s") for c in rows[9]) and len(rows[9]) == 5
    ws = load_workbook(path, read_only=True)["Big"]
    assert ws.calculate_dimension() == f"A1:E{3 + n}"
    last = next(ws.iter_rows(min_row=3 + n, values_only=True))
    assert last[:3] == (f"TS{n - 1:04d}", "x" * ((n - 1) % 40) or None, n - 1)
    with zipfile.ZipFile(path) as z:
        assert b'gridLines="1"' in z.read("xl/worksheets/sheet1.xml")


def test_every_sheet_declares_its_size_so_readers_need_not_parse_it(tmp_path: Path):
    path = write(tmp_path, odd_sheet("One"), Sheet("Empty", "Nothing yet", COLUMNS, []))
    wb = load_workbook(path, read_only=True)
    assert wb["One"].calculate_dimension() == "A1:E22"  # the closing row is the last
    assert wb["Empty"].calculate_dimension() == "A1:E3"  # title, gap, headers
    check_archive(path)


def test_page_headers_and_footers_are_cleaned_like_cells(tmp_path: Path):
    sheet = odd_sheet()
    dirty = "Show\x07 & co \ufffe\ud800"
    path = write(tmp_path, replace(sheet, page_title=dirty, page_note=dirty))
    check_archive(path)
    ws = load_workbook(path)["Odd"]
    assert ws.oddHeader.center.text == "&BShow && co "
    assert ws.oddFooter.left.text == "Show && co "
