"""Write :class:`~rcv.results.table.Sheet` values into an .xlsx workbook made for printing.

Every sheet: styled headers, column widths, frozen header rows, A4 landscape fitted to the page
width, header row repeated on every printed page, page header with the title and page footer
with the page number ("Trang N / M", "Page N of M"). Values keep their types: numbers and times
are numbers, SBD is text, and text that starts with "=" stays text (never a formula). The
workbook's language is recorded as its document property ``language``.

Two writers share the work, each where it is fast. openpyxl (write-only mode) writes the
workbook's frame: the styles, each sheet's top rows (title, banner, lines, column headers), page
set-up, merged cells, the QR picture, the document properties. The table rows — up to 120,000
rows and a million cells for 1,000 contestants × 60 questions — are written by
:mod:`rcv.results.xlsx_rows` as SpreadsheetML text, with the style numbers openpyxl gave the
same styles, and spliced into each sheet's XML as openpyxl puts it into the archive, with the
sheet's ``<dimension>`` (so that a reader in read-only mode, ``rcv verify`` among them, need not
parse the big sheets to learn their size). ``bench/bench_export.py`` measures the export beside
openpyxl write-only and xlsxwriter constant_memory writing the same cells.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import os
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.writer.excel import ExcelWriter

from rcv.results.fingerprint import qr_png
from rcv.results.table import Book, CellValue, Kind, Mark, Sheet, layout, stored_value
from rcv.results.xlsx_rows import RowWriter, Tick

Rows = Callable[[], Iterator[str]]  # a sheet's rows as SpreadsheetML text, from its first data row

FONT = "Calibri"  # Excel's default font (plain cells use it), with Vietnamese glyphs
NUMBER_FORMATS = {
    Kind.TEXT: "@",
    Kind.WRAP: "@",
    Kind.INT: "0",
    Kind.SECONDS: "0.000",
    Kind.DECIMAL: "0.00",
    Kind.PERCENT: "0.0%",
    Kind.DATETIME: "dd/mm/yyyy hh:mm:ss",
    Kind.DATETIME_MS: "dd/mm/yyyy hh:mm:ss.000",
}
FILLS = {
    Mark.PRIZE: "FFF2CC",
    Mark.PENDING: "F8CBAD",
    Mark.UNDONE: "D9D9D9",
    Mark.CORRECTION: "DDEBF7",
    Mark.MUTED: None,
    Mark.SECTION: "D9E1F2",
}
FORMATTED = (Kind.SECONDS, Kind.DECIMAL, Kind.PERCENT, Kind.DATETIME, Kind.DATETIME_MS)
BORDERED_CELLS = 60_000  # sheets up to this many data cells get real borders, bigger ones gridlines
QR_PX = 132
ZIP_LEVEL = 1  # zlib level: 6 (zipfile's default) costs ~3× the time for a file ~15 % smaller
_THIN = Side(style="thin", color="A6A6A6")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


class _Styles:
    """Prepared cell styles: copied onto openpyxl's cells, or their number in the workbook's
    style table for the rows written as text (the same table: openpyxl writes it)."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self._ws = ws
        self._cache: dict[tuple[str, Kind | None, Mark | None], WriteOnlyCell] = {}

    def _proto(self, part: str, kind: Kind | None, mark: Mark | None) -> WriteOnlyCell:
        key = (part, kind, mark)
        proto = self._cache.get(key)
        if proto is None:
            proto = WriteOnlyCell(self._ws)
            _dress(proto, part, kind, mark)
            self._cache[key] = proto
        return proto

    def apply(
        self, cell: WriteOnlyCell, part: str, kind: Kind | None = None, mark: Mark | None = None
    ) -> WriteOnlyCell:
        cell._style = self._proto(part, kind, mark)._style.__copy__()  # type: ignore[attr-defined]
        return cell

    def number(self, part: str, kind: Kind | None = None, mark: Mark | None = None) -> int:
        """The style's index in the workbook's cell formats (``s="…"`` of a cell)."""
        return self._proto(part, kind, mark).style_id


def _dress(cell: WriteOnlyCell, part: str, kind: Kind | None, mark: Mark | None) -> None:
    if part == "title":
        cell.font = Font(name=FONT, size=14, bold=True, color="1F3864")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    elif part == "banner":
        cell.font = Font(name=FONT, size=12, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="C00000")
        cell.alignment = Alignment(horizontal="center", vertical="center")
    elif part == "line":
        cell.font = Font(name=FONT, size=10, italic=True)
        cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
    elif part == "header":
        cell.font = Font(name=FONT, size=10, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = _BORDER
    elif part == "closing":
        cell.font = Font(name=FONT, size=10, bold=True)
        cell.alignment = Alignment(horizontal="left", vertical="top")
    else:  # data: only what plain cells lack (a format, wrapping, a highlight, a border)
        muted = mark is Mark.MUTED
        if mark is not None:
            cell.font = Font(
                name=FONT,
                size=11,
                bold=mark in (Mark.PENDING, Mark.SECTION),
                italic=muted,
                strike=mark is Mark.UNDONE,
                color="808080" if muted or mark is Mark.UNDONE else None,
            )
        colour = FILLS.get(mark) if mark else None
        if colour:
            cell.fill = PatternFill("solid", fgColor=colour)
        assert kind is not None
        if kind in FORMATTED:
            cell.number_format = NUMBER_FORMATS[kind]
        cell.alignment = Alignment(vertical="top", wrap_text=kind is Kind.WRAP)
        if part == "bordered":
            cell.border = _BORDER


def _cell(ws: WriteOnlyWorksheet, value: CellValue) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, stored_value(value))
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # text, never a formula
    return cell


def _header_footer_text(text: str) -> str:
    """Text for a page header/footer: cleaned like a cell's, "&" escaped, kept under Excel's
    255-character limit."""
    return str(stored_value(text)).replace("&", "&&")[:120]


@dataclass(frozen=True, slots=True)
class Splice:
    """What goes into a sheet's XML besides openpyxl's frame: its used range (``A1:K1009``)
    and its rows from the first data row on."""

    dimension: str
    rows: Rows


def dimension(sheet: Sheet) -> str:
    """The sheet's used range, from A1 to the last column and the last row written."""
    at = layout(sheet)
    last_row = at.first_closing_row + len(sheet.closing) - 1 if sheet.closing else at.last_data_row
    return f"A1:{get_column_letter(len(sheet.columns))}{max(last_row, at.header_row)}"


def write_sheet(wb: Workbook, sheet: Sheet, tick: Tick, footer: tuple[str, str]) -> Splice:
    """Add one sheet's frame to a write-only workbook (``footer``: page number, time printed);
    returns what is to be spliced into the sheet's XML."""
    ws = wb.create_sheet(sheet.name[:31])
    at = layout(sheet)
    ncols = len(sheet.columns)
    last = get_column_letter(ncols)
    text_cols = ncols - 1 if sheet.qr_payload and ncols > 2 else ncols
    styles = _Styles(ws)

    for i, column in enumerate(sheet.columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = column.width
    top_rows = at.header_row - 1
    top_height = max(18.0, math.ceil((QR_PX * 0.75 + 6) / top_rows)) if sheet.qr_payload else 18
    for r in range(1, at.header_row):
        ws.row_dimensions[r].height = top_height
    ws.row_dimensions[at.title_row].height = max(top_height, 24)
    ws.row_dimensions[at.header_row].height = 42
    for r in range(1, at.header_row - 1):
        ws.merged_cells.add(f"A{r}:{get_column_letter(text_cols)}{r}")

    _page_setup(ws, sheet, at.header_row, at.first_data_row, last, at.last_data_row)
    ws.oddFooter.center.text, ws.oddFooter.right.text = footer
    if sheet.qr_payload:
        image = XLImage(io.BytesIO(qr_png(sheet.qr_payload)))
        image.width = image.height = QR_PX
        ws.add_image(image, f"{get_column_letter(ncols)}1")

    ws.append([styles.apply(_cell(ws, sheet.title), "title")])
    if at.banner_row is not None:
        ws.append([styles.apply(_cell(ws, sheet.banner), "banner")])
    for line in sheet.lines:
        ws.append([styles.apply(_cell(ws, line), "line")])
    ws.append([])
    ws.append([styles.apply(_cell(ws, c.title), "header") for c in sheet.columns])
    writer = RowWriter(sheet, styles.number, wb.epoch, _bordered(sheet))
    # openpyxl writes its style table after the sheets: every number the rows took is in it
    return Splice(dimension(sheet), lambda: writer.rows(tick))


def _bordered(sheet: Sheet) -> bool:
    return len(sheet.rows) * len(sheet.columns) <= BORDERED_CELLS


def _page_setup(
    ws: WriteOnlyWorksheet, sheet: Sheet, header_row: int, first_data: int, last: str, end: int
) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.25
    ws.print_options.horizontalCentered = True
    # big sheets: lines between cells on paper without styling each cell; small ones have borders
    ws.print_options.gridLines = not _bordered(sheet)
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.freeze_panes = f"A{first_data}"
    if sheet.autofilter and sheet.rows:
        ws.auto_filter.ref = f"A{header_row}:{last}{end}"
    ws.oddHeader.center.text = "&B" + _header_footer_text(sheet.page_title or sheet.name)
    if sheet.banner:
        ws.oddHeader.right.text = _header_footer_text(sheet.banner)
        ws.oddHeader.right.color = "C00000"
    if sheet.page_note:
        ws.oddFooter.left.text = _header_footer_text(sheet.page_note)


class _Archive(zipfile.ZipFile):
    """The .xlsx archive openpyxl writes into: each worksheet's XML, as openpyxl adds it, gets
    its dimension and its rows spliced in (streamed and compressed as they are made)."""

    def __init__(self, path: Path, splices: dict[str, Splice]) -> None:
        super().__init__(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True, compresslevel=ZIP_LEVEL)
        self._splices = splices

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):  # type: ignore[no-untyped-def,override]
        splice = self._splices.pop(str(arcname), None)
        if splice is None:
            return super().write(filename, arcname, compress_type, compresslevel)
        frame = _with_dimension(Path(os.fspath(filename)).read_bytes(), splice.dimension)
        head, tail = _split_at_rows_end(frame)
        with self.open(str(arcname), "w", force_zip64=True) as out:
            out.write(head)
            for chunk in splice.rows():
                out.write(chunk.encode())
            out.write(b"</sheetData>")
            out.write(tail)
        return None


# the elements a worksheet may open with before <dimension> (CT_Worksheet's order)
_BEFORE_DIMENSION = re.compile(
    rb"<worksheet\b[^>]*>(?:<sheetPr\b[^>]*/>|<sheetPr\b.*?</sheetPr>)?", re.S
)


def _with_dimension(frame: bytes, ref: str) -> bytes:
    """The worksheet's XML with ``<dimension ref="…"/>`` where the schema wants it."""
    if b"<dimension " in frame:
        return frame
    start = _BEFORE_DIMENSION.search(frame)
    if start is None:
        raise ValueError("not a worksheet")
    at = start.end()
    return frame[:at] + f'<dimension ref="{ref}"/>'.encode() + frame[at:]


def _split_at_rows_end(frame: bytes) -> tuple[bytes, bytes]:
    """A worksheet's XML cut where its last row ends: (up to the rows' end, after it)."""
    if b"</sheetData>" in frame:
        head, tail = frame.rsplit(b"</sheetData>", 1)
        return head, tail
    head, tail = frame.split(b"<sheetData/>", 1)  # no rows of openpyxl's own
    return head + b"<sheetData>", tail


def write_workbook(path: Path, book: Book, tick: Tick) -> None:
    """Write the sheets, in order, to ``path`` (a temporary file: the caller renames it). The
    workbook's language is its document property "language" (Dublin Core ``dc:language``)."""
    wb = Workbook(write_only=True)
    wb.properties.creator = "rcv"
    wb.properties.language = book.language
    wb.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)
    footer = (book.page_number, book.printed_at)
    # openpyxl names the n-th worksheet xl/worksheets/sheet<n>.xml
    splices = {
        f"xl/worksheets/sheet{n}.xml": write_sheet(wb, sheet, tick, footer)
        for n, sheet in enumerate(book.sheets, start=1)
    }
    with _Archive(path, splices) as archive:
        ExcelWriter(wb, archive).write_data()
    if splices:  # a sheet whose rows were not spliced in: never hand out such a workbook
        raise RuntimeError(f"rows not written into {sorted(splices)}")
