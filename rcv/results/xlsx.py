"""Write :class:`~rcv.results.table.Sheet` values into an .xlsx workbook made for printing.

Every sheet: styled headers, column widths, frozen header rows, A4 landscape fitted to the page
width, header row repeated on every printed page, page header with the title and page footer
with the page number ("Trang N / M", "Page N of M"). Values keep their types: numbers and times
are numbers, SBD is text, and text that starts with "=" stays text (never a formula). The
workbook's language is recorded as its document property ``language``.

Two writers share the work, each where it is fast. openpyxl (write-only mode) writes the
workbook's frame: the styles, each sheet's top rows (title, banner, lines, column headers), page
set-up, merged cells, the QR picture, the document properties. The table rows — up to 115,000
rows and a million cells for 1,000 contestants × 60 questions — are written here as
SpreadsheetML text, with the style numbers openpyxl gave the same styles, and spliced into each
sheet's XML as openpyxl puts it into the archive: a million cells through openpyxl's cell objects
take ~8 s, as text well under 1 s (``bench/bench_export.py`` measures both, and xlsxwriter,
beside the export).
"""

from __future__ import annotations

import datetime as dt
import io
import math
import os
import zipfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.writer.excel import ExcelWriter

from rcv.results.fingerprint import qr_png
from rcv.results.table import Book, CellValue, Column, Kind, Mark, Sheet, layout, stored_value

Tick = Callable[[int], None]  # called with the number of rows just written
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
PLAIN = (Kind.TEXT, Kind.INT)  # plain cells need no style of their own (gridlines are printed)
BORDERED_CELLS = 60_000  # sheets up to this many data cells get real borders, bigger ones gridlines
LINE_PT = 15.0  # height of one line of 11 pt text
QR_PX = 132
ZIP_LEVEL = 1  # zlib level: 6 (zipfile's default) costs ~3× the time for a file ~15 % smaller
ROWS_PER_CHUNK = 500  # rows joined into one string before they go to the archive (and a tick)
_THIN = Side(style="thin", color="A6A6A6")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_XML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


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


class _RowWriter:
    """The table's rows (and the closing block) of one sheet as SpreadsheetML text.

    Cell by cell what openpyxl would write for the same values and styles: text as inline
    strings (never a formula), numbers and times as numbers, a style number where the cell
    needs one (plain text and whole numbers in a big sheet need none: gridlines are printed).
    """

    def __init__(self, sheet: Sheet, styles: _Styles, epoch: dt.datetime) -> None:
        self._sheet = sheet
        self._styles = styles
        self._epoch = epoch
        self._part = "bordered" if _bordered(sheet) else "data"
        self._style_attr: dict[tuple[Kind, Mark | None, bool], str] = {}
        self._by_mark: dict[Mark | None, list[dict[object, str]]] = {}
        self._text: dict[str, str] = {}

    def _s(self, kind: Kind, mark: Mark | None, formula_like: bool = False) -> str:
        key = (kind, mark, formula_like)
        attr = self._style_attr.get(key)
        if attr is None:
            plain = self._part == "data" and mark is None and kind in PLAIN and not formula_like
            attr = "" if plain else f' s="{self._styles.number(self._part, kind, mark)}"'
            self._style_attr[key] = attr
        return attr

    def _styles_of(self, mark: Mark | None) -> list[dict[object, str]]:
        """For each column, the style attribute by the type of the value (``"="``: text that
        looks like a formula; ``None``: an empty cell that is drawn all the same)."""
        styles = self._by_mark.get(mark)
        if styles is None:
            styles = []
            for kind in self._kinds:
                texty = kind in (Kind.TEXT, Kind.WRAP)
                styles.append(
                    {
                        str: self._s(kind, mark),
                        "=": self._s(kind, mark, formula_like=True),
                        int: self._s(Kind.INT if texty else kind, mark),
                        bool: self._s(Kind.INT if texty else kind, mark),
                        float: self._s(Kind.SECONDS if texty else kind, mark),
                        dt.datetime: self._s(Kind.DATETIME if texty else kind, mark),
                        None: self._s(kind, mark),
                    }
                )
            self._by_mark[mark] = styles
        return styles

    def _inline(self, value: str) -> str:
        """``t="inlineStr"…`` for a text value (cleaned, escaped, spaces kept)."""
        clean = str(stored_value(value))
        space = ' xml:space="preserve"' if clean != clean.strip() else ""
        tail = f' t="inlineStr"><is><t{space}>{clean.translate(_XML_ESCAPES)}</t></is></c>'
        self._text[value] = tail
        return tail

    def _row(self, r: int, row: Sequence[CellValue], mark: Mark | None) -> str:
        height = self._heights and _row_height(row, self._sheet.columns)
        out = [f'<row r="{r}" ht="{height}" customHeight="1">' if height else f'<row r="{r}">']
        drawn_empty = self._part == "bordered" or mark is not None
        text = self._text
        for value, letter, styles in zip(row, self._letters, self._styles_of(mark), strict=True):
            t = type(value)
            if t is str:
                if value:
                    s = styles["=" if value[0] == "=" else str]  # type: ignore[index]
                    tail = text.get(value) or self._inline(value)  # type: ignore[arg-type]
                    out.append(f'<c r="{letter}{r}"{s}{tail}')
                    continue
            elif t is int:
                out.append(f'<c r="{letter}{r}"{styles[int]}><v>{value}</v></c>')
                continue
            elif t is float:
                number = repr(value) if math.isfinite(value) else ""  # type: ignore[arg-type]
                out.append(f'<c r="{letter}{r}"{styles[float]}><v>{number}</v></c>')
                continue
            elif t is dt.datetime:
                serial = repr(to_excel(value, self._epoch))
                out.append(f'<c r="{letter}{r}"{styles[dt.datetime]}><v>{serial}</v></c>')
                continue
            elif t is bool:
                out.append(f'<c r="{letter}{r}"{styles[bool]} t="b"><v>{int(value)}</v></c>')  # type: ignore[arg-type]
                continue
            elif value is not None:
                raise TypeError(f"a results cell holds {t.__name__}: {value!r}")
            if drawn_empty:  # empty, but bordered or highlighted
                out.append(f'<c r="{letter}{r}"{styles[None]}/>')
        out.append("</row>")
        return "".join(out)

    def rows(self, tick: Tick) -> Iterator[str]:
        """The data rows, an empty row and the closing block, in chunks of text."""
        sheet = self._sheet
        at = layout(sheet)
        self._letters = [get_column_letter(i) for i in range(1, len(sheet.columns) + 1)]
        self._kinds = [c.kind for c in sheet.columns]
        self._heights = any(k is Kind.WRAP for k in self._kinds)
        marks = sheet.marks
        chunk: list[str] = []
        for i, row in enumerate(sheet.rows):
            chunk.append(self._row(at.first_data_row + i, row, marks.get(i)))
            if len(chunk) == ROWS_PER_CHUNK:
                yield "".join(chunk)
                tick(len(chunk))
                chunk = []
        yield "".join(chunk)
        tick(len(chunk))
        if sheet.closing:
            yield self._closing(at.first_closing_row)

    def _closing(self, first: int) -> str:
        s = f' s="{self._styles.number("closing")}"'
        out = []
        for r, row in enumerate(self._sheet.closing, start=first):
            out.append(f'<row r="{r}">')
            for value, letter in zip(row, self._letters, strict=False):
                if value is None:
                    continue
                if isinstance(value, str):
                    out.append(f'<c r="{letter}{r}"{s}{self._inline(value)}')
                else:  # closing blocks hold text; a number is written as one all the same
                    out.append(f'<c r="{letter}{r}"{s}><v>{value}</v></c>')
            out.append("</row>")
        return "".join(out)


def _row_height(row: Sequence[CellValue], columns: Sequence[Column]) -> float | None:
    """Enough height for the wrapped text of the row (Excel does not grow rows it is given)."""
    lines = 1
    for value, column in zip(row, columns, strict=True):
        if column.kind is Kind.WRAP and isinstance(value, str) and value:
            per_line = max(1.0, column.width * 1.3)  # average text is narrower than "0"
            if len(value) <= per_line and "\n" not in value:
                continue  # one line (most rows)
            wanted = sum(max(1, math.ceil(len(part) / per_line)) for part in value.split("\n"))
            lines = max(lines, wanted)
    return LINE_PT * lines + 2 if lines > 1 else None


def _header_footer_text(text: str) -> str:
    """Text for a page header/footer: "&" escaped, kept under Excel's 255-character limit."""
    return text.replace("&", "&&")[:120]


def write_sheet(wb: Workbook, sheet: Sheet, tick: Tick, footer: tuple[str, str]) -> Rows:
    """Add one sheet's frame to a write-only workbook (``footer``: page number, time printed);
    returns its rows from the first data row on, to be spliced into the sheet's XML."""
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
    writer = _RowWriter(sheet, styles, wb.epoch)
    # the style numbers the rows need are known before openpyxl writes its style table
    return lambda: writer.rows(tick)


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
    its rows spliced in before ``</sheetData>`` (streamed and compressed as they are made)."""

    def __init__(self, path: Path, rows: dict[str, Rows]) -> None:
        super().__init__(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True, compresslevel=ZIP_LEVEL)
        self._rows = rows

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):  # type: ignore[no-untyped-def,override]
        rows = self._rows.pop(str(arcname), None)
        if rows is None:
            return super().write(filename, arcname, compress_type, compresslevel)
        frame = Path(os.fspath(filename)).read_bytes()
        head, tail = _split_at_rows_end(frame)
        with self.open(str(arcname), "w", force_zip64=True) as out:
            out.write(head)
            for chunk in rows():
                out.write(chunk.encode())
            out.write(b"</sheetData>")
            out.write(tail)
        return None


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
    rows = {
        f"xl/worksheets/sheet{n}.xml": write_sheet(wb, sheet, tick, footer)
        for n, sheet in enumerate(book.sheets, start=1)
    }
    with _Archive(path, rows) as archive:
        ExcelWriter(wb, archive).write_data()
    if rows:  # a sheet whose rows were not spliced in: never hand out such a workbook
        raise RuntimeError(f"rows not written into {sorted(rows)}")
