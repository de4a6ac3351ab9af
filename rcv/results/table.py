"""A printed sheet as plain data, and where each of its values lands in the workbook.

Sheet builders (``sheets_*``) make :class:`Sheet` values; :mod:`rcv.results.xlsx` writes them
with openpyxl; :mod:`rcv.results.verify_workbook` rebuilds them from the event file and compares
cell by cell. Both use :func:`placed_cells`, so they agree on every coordinate.

Layout of every sheet: row 1 the title; row 2 the provisional banner when the show is not over;
then the description lines; an empty row; the column headers; the data; an empty row; the
closing block (signatures).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from rcv.i18n import Words
from rcv.i18n.phrases.results import PAGE, said

CellValue = str | int | float | datetime | None


class Kind(StrEnum):
    """What a column holds, which decides its number format and alignment."""

    TEXT = "text"  # short text, kept as text ("007" stays "007")
    WRAP = "wrap"  # long text, wrapped
    INT = "int"
    SECONDS = "seconds"  # a duration in seconds, as a number
    DECIMAL = "decimal"  # a number with decimals (a mean)
    PERCENT = "percent"  # a share, 0 to 1, shown in per cent
    DATETIME = "datetime"  # a date and time to the second
    DATETIME_MS = "datetime_ms"  # … to the millisecond (log entries)


class Mark(StrEnum):
    """How a data row is highlighted."""

    PRIZE = "prize"
    PENDING = "pending"  # a tie still to be broken by the organisers
    UNDONE = "undone"
    CORRECTION = "correction"
    MUTED = "muted"  # e.g. a question the contestant did not take part in
    SECTION = "section"  # a heading row inside the table


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    width: float  # in Excel character widths
    kind: Kind = Kind.TEXT


@dataclass(frozen=True, slots=True)
class Sheet:
    """One sheet: a titled table with an optional closing block."""

    name: str  # the tab name (≤ 31 characters)
    title: str
    columns: tuple[Column, ...]
    rows: Sequence[Sequence[CellValue]]
    lines: tuple[str, ...] = ()
    banner: str | None = None
    closing: tuple[tuple[CellValue, ...], ...] = ()
    marks: Mapping[int, Mark] = field(default_factory=dict)  # data row index -> mark
    qr_payload: str | None = None  # a QR code at the top right (the results fingerprint)
    page_title: str = ""  # printed in the page header
    page_note: str = ""  # printed in the page footer (left)
    autofilter: bool = True


@dataclass(frozen=True, slots=True)
class Book:
    """The whole workbook: its sheets, the language they are written in, the page footers."""

    sheets: Sequence[Sheet]
    language: str  # "vi", "en": recorded in the file, so that ``rcv verify`` reads it so
    page_number: str  # footer, centre, with Excel's codes: "Trang &P / &N"
    printed_at: str  # footer, right: "In lúc &D &T"


def book(sheets: Sequence[Sheet], words: Words) -> Book:
    """The sheets as a workbook in the language of ``words``."""
    return Book(
        tuple(sheets),
        words.lang,
        said(PAGE, "page_number", words, page="&P", pages="&N"),
        said(PAGE, "printed", words, date="&D", time="&T"),
    )


@dataclass(frozen=True, slots=True)
class Layout:
    """Row numbers (1-based) of each part of a sheet."""

    title_row: int
    banner_row: int | None
    first_line_row: int
    header_row: int
    first_data_row: int
    last_data_row: int  # first_data_row - 1 when there are no rows
    first_closing_row: int


def layout(sheet: Sheet) -> Layout:
    banner_row = 2 if sheet.banner else None
    first_line = 3 if sheet.banner else 2
    header = first_line + len(sheet.lines) + 1
    first_data = header + 1
    last_data = first_data + len(sheet.rows) - 1
    return Layout(1, banner_row, first_line, header, first_data, last_data, last_data + 2)


# what XML 1.0 refuses besides the control characters: lone surrogates (text decoded with
# "surrogateescape", a phone's "\ud800"), U+FFFE and U+FFFF
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def stored_value(value: CellValue) -> CellValue:
    """A value as it is stored in the workbook: text without the characters Excel refuses."""
    if isinstance(value, str):
        return _NOT_XML.sub("", ILLEGAL_CHARACTERS_RE.sub("", value))
    return value


def placed_cells(sheet: Sheet) -> Iterator[tuple[int, int, CellValue]]:
    """Every non-empty (row, column, stored value) of the sheet, row by row."""
    at = layout(sheet)
    yield at.title_row, 1, sheet.title
    if at.banner_row is not None:
        yield at.banner_row, 1, sheet.banner
    for i, line in enumerate(sheet.lines):
        yield at.first_line_row + i, 1, line
    for col, column in enumerate(sheet.columns, start=1):
        yield at.header_row, col, column.title
    for i, row in enumerate(sheet.rows):
        for col, value in enumerate(row, start=1):
            if value is not None and value != "":
                yield at.first_data_row + i, col, stored_value(value)
    for i, row in enumerate(sheet.closing):
        for col, value in enumerate(row, start=1):
            if value is not None and value != "":
                yield at.first_closing_row + i, col, stored_value(value)


def signature_block(columns: int, words: Words) -> tuple[tuple[CellValue, ...], ...]:
    """Three signatures spread over the width of the table: secretary, jury, organisers."""
    spots = (1, max(2, columns // 2), columns)
    titles = tuple(said(PAGE, who, words) for who in ("secretary", "jury", "organisers"))
    note = said(PAGE, "sign", words)

    def row(texts: Sequence[str]) -> tuple[CellValue, ...]:
        cells: list[CellValue] = [None] * columns
        for spot, text in zip(spots, texts, strict=True):
            cells[spot - 1] = text
        return tuple(cells)

    return (row(titles), row((note, note, note)))
