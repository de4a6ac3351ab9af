"""Write :class:`~rcv.results.table.Sheet` values into an .xlsx workbook made for printing.

openpyxl in write-only mode (rows are streamed: 60,000 answer rows stay quick and small in
memory). Every sheet: styled headers, column widths, frozen header rows, A4 landscape fitted to
the page width, header row repeated on every printed page, page header with the title and page
footer with the page number ("Trang N / M", "Page N of M"). Values keep their types: numbers and
times are numbers, SBD is text, and text that starts with "=" stays text (never a formula). The
workbook's language is recorded as its document property ``language``.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.properties import PageSetupProperties

from rcv.results.fingerprint import qr_png
from rcv.results.table import Book, CellValue, Column, Kind, Mark, Sheet, layout, stored_value

Tick = Callable[[int], None]  # called with the number of rows just written

FONT = "Calibri"  # Excel's default font (plain cells use it), with Vietnamese glyphs
NUMBER_FORMATS = {
    Kind.TEXT: "@",
    Kind.WRAP: "@",
    Kind.INT: "0",
    Kind.SECONDS: "0.000",
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
FORMATTED = (Kind.SECONDS, Kind.DATETIME, Kind.DATETIME_MS)
PLAIN = (Kind.TEXT, Kind.INT)  # plain cells need no style of their own (gridlines are printed)
BORDERED_CELLS = 60_000  # sheets up to this many data cells get real borders, bigger ones gridlines
LINE_PT = 15.0  # height of one line of 11 pt text
QR_PX = 132
_THIN = Side(style="thin", color="A6A6A6")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


class _Styles:
    """Prepared cell styles, copied onto each cell (much faster than setting fonts one by one)."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self._ws = ws
        self._cache: dict[tuple[str, Kind | None, Mark | None], object] = {}

    def apply(
        self, cell: WriteOnlyCell, part: str, kind: Kind | None = None, mark: Mark | None = None
    ) -> WriteOnlyCell:
        key = (part, kind, mark)
        style = self._cache.get(key)
        if style is None:
            proto = WriteOnlyCell(self._ws)
            _dress(proto, part, kind, mark)
            style = proto._style
            self._cache[key] = style
        cell._style = style.__copy__()  # type: ignore[attr-defined]
        return cell


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


def _data_cell(
    ws: WriteOnlyWorksheet,
    styles: _Styles,
    value: CellValue,
    kind: Kind,
    mark: Mark | None,
    bordered: bool,
) -> CellValue | WriteOnlyCell:
    """A plain value when no style is needed (fast), else a styled cell."""
    kind = _kind_of(value, kind)
    if not bordered:
        if value is None and mark is None:
            return None
        formula_like = isinstance(value, str) and value.startswith("=")
        if mark is None and kind in PLAIN and not formula_like:
            return stored_value(value)
    return styles.apply(_cell(ws, value), "bordered" if bordered else "data", kind, mark)


def _row_height(row: Sequence[CellValue], columns: Sequence[Column]) -> float | None:
    """Enough height for the wrapped text of the row (Excel does not grow rows it is given)."""
    lines = 1
    for value, column in zip(row, columns, strict=True):
        if column.kind is Kind.WRAP and isinstance(value, str) and value:
            per_line = max(1.0, column.width * 1.3)  # average text is narrower than "0"
            wanted = sum(max(1, math.ceil(len(part) / per_line)) for part in value.split("\n"))
            lines = max(lines, wanted)
    return LINE_PT * lines + 2 if lines > 1 else None


def _kind_of(value: CellValue, kind: Kind) -> Kind:
    """The column's kind, unless a text column holds a date or a number in this row."""
    if kind in (Kind.TEXT, Kind.WRAP):
        if isinstance(value, datetime):
            return Kind.DATETIME
        if isinstance(value, int | float) and not isinstance(value, bool):
            return Kind.INT if isinstance(value, int) else Kind.SECONDS
    return kind


def _header_footer_text(text: str) -> str:
    """Text for a page header/footer: "&" escaped, kept under Excel's 255-character limit."""
    return text.replace("&", "&&")[:120]


def write_sheet(wb: Workbook, sheet: Sheet, tick: Tick, footer: tuple[str, str]) -> None:
    """Append one sheet to a write-only workbook (``footer``: page number, time printed)."""
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

    kinds = [c.kind for c in sheet.columns]
    wraps = any(k is Kind.WRAP for k in kinds)
    bordered = _bordered(sheet)
    pending = 0
    for i, row in enumerate(sheet.rows):
        mark = sheet.marks.get(i)
        if wraps and (height := _row_height(row, sheet.columns)) is not None:
            ws.row_dimensions[at.first_data_row + i].height = height
        ws.append(
            [_data_cell(ws, styles, v, k, mark, bordered) for v, k in zip(row, kinds, strict=True)]
        )
        pending += 1
        if pending == 500:
            tick(pending)
            pending = 0
    tick(pending)
    if sheet.closing:
        ws.append([])
        for row in sheet.closing:
            ws.append(
                [styles.apply(_cell(ws, v), "closing") if v is not None else None for v in row]
            )


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


def write_workbook(path: Path, book: Book, tick: Tick) -> None:
    """Write the sheets, in order, to ``path`` (a temporary file: the caller renames it). The
    workbook's language is its document property "language" (Dublin Core ``dc:language``)."""
    wb = Workbook(write_only=True)
    wb.properties.creator = "rcv"
    wb.properties.language = book.language
    footer = (book.page_number, book.printed_at)
    for sheet in book.sheets:
        write_sheet(wb, sheet, tick, footer)
    wb.save(path)
