"""The table rows of a results sheet as SpreadsheetML text, spliced into the sheet openpyxl writes.

A million cells (1,000 contestants × 60 questions) through openpyxl's cell objects take seconds;
as text they take a fraction of that. Cell by cell this is what openpyxl would write for the same
values and styles: text as inline strings (never a formula, "=…" included), numbers and times as
numbers (times as Excel serials in the workbook's epoch), a style number from the workbook's own
style table where the cell needs one (plain text and whole numbers in a big sheet need none:
gridlines are printed). Text is stored as :func:`~rcv.results.table.stored_value` makes it, and
escaped here, "\\r" included (an XML reader would turn a bare one into "\\n").
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterator, Sequence
from typing import Literal

from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

from rcv.results.table import CellValue, Column, Kind, Mark, Sheet, layout, stored_value

Tick = Callable[[int], None]  # called with the number of rows just written
Part = Literal["data", "bordered", "closing"]
StyleNumber = Callable[[Part, Kind | None, Mark | None], int]  # index in the cell formats

PLAIN = (Kind.TEXT, Kind.INT)  # plain cells need no style of their own (gridlines are printed)
LINE_PT = 15.0  # height of one line of 11 pt text
ROWS_PER_CHUNK = 500  # rows joined into one string before they go to the archive (and a tick)
_XML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})


class RowWriter:
    """The data rows (and the closing block) of one sheet, from its first data row on."""

    def __init__(
        self, sheet: Sheet, style_number: StyleNumber, epoch: dt.datetime, bordered: bool
    ) -> None:
        self._sheet = sheet
        self._style_number = style_number
        self._epoch = epoch
        self._part: Part = "bordered" if bordered else "data"
        self._style_attr: dict[tuple[Kind, Mark | None, bool], str] = {}
        self._by_mark: dict[Mark | None, list[dict[object, str]]] = {}
        self._text: dict[str, str] = {}
        self._letters = [get_column_letter(i) for i in range(1, len(sheet.columns) + 1)]
        self._openings = [f'<c r="{letter}' for letter in self._letters]
        self._kinds = [c.kind for c in sheet.columns]
        self._wrapped = tuple(i for i, k in enumerate(self._kinds) if k is Kind.WRAP)
        self._epoch_day = epoch.toordinal()

    def _s(self, kind: Kind, mark: Mark | None, formula_like: bool = False) -> str:
        key = (kind, mark, formula_like)
        attr = self._style_attr.get(key)
        if attr is None:
            plain = self._part == "data" and mark is None and kind in PLAIN and not formula_like
            attr = "" if plain else f' s="{self._style_number(self._part, kind, mark)}"'
            self._style_attr[key] = attr
        return attr

    def _styles_of(self, mark: Mark | None) -> list[dict[object, str]]:
        """For each column, the style attribute by the type of the value (``"="``: text that
        looks like a formula; ``None``: an empty cell that is drawn all the same), each after
        the quote that closes the cell's reference: ``" s="5"``."""
        styles = self._by_mark.get(mark)
        if styles is None:
            styles = []
            q = '"'
            for kind in self._kinds:
                texty = kind in (Kind.TEXT, Kind.WRAP)
                styles.append(
                    {
                        str: q + self._s(kind, mark),
                        "=": q + self._s(kind, mark, formula_like=True),
                        int: q + self._s(Kind.INT if texty else kind, mark),
                        bool: q + self._s(Kind.INT if texty else kind, mark),
                        float: q + self._s(Kind.SECONDS if texty else kind, mark),
                        dt.datetime: q + self._s(Kind.DATETIME if texty else kind, mark),
                        None: q + self._s(kind, mark),
                    }
                )
            self._by_mark[mark] = styles
        return styles

    def _inline(self, value: str) -> str:
        """``t="inlineStr"…`` for a text value (cleaned, escaped, spaces kept); "" when nothing
        is left of it once cleaned."""
        tail = self._text.get(value)
        if tail is None:
            clean = str(stored_value(value))
            space = ' xml:space="preserve"' if clean != clean.strip() else ""
            text = clean.translate(_XML_ESCAPES)
            tail = f' t="inlineStr"><is><t{space}>{text}</t></is></c>' if clean else ""
            self._text[value] = tail
        return tail

    def _row(self, r: int, row: Sequence[CellValue], mark: Mark | None) -> str:
        """One row's XML: the hot loop of the export (a million cells), so by plain types first
        and with each column's ``<c r="K`` and style attribute made beforehand."""
        rs = str(r)
        height = self._wrapped and row_height(row, self._sheet.columns, self._wrapped)
        out = [f'<row r="{rs}" ht="{height}" customHeight="1">' if height else f'<row r="{rs}">']
        add = out.append
        text = self._text
        drawn_empty = self._part == "bordered" or mark is not None
        for value, opening, styles in zip(row, self._openings, self._styles_of(mark), strict=True):
            t = type(value)
            if t is str:
                if value:
                    tail = text.get(value)  # type: ignore[arg-type]
                    if tail is None:
                        tail = self._inline(value)  # type: ignore[arg-type]
                    if tail:
                        add(opening + rs + styles["=" if value[0] == "=" else str] + tail)  # type: ignore[index]
                        continue
            elif t is int:
                add(f"{opening}{rs}{styles[int]}><v>{value}</v></c>")
                continue
            elif t is float:
                if value - value == 0.0:  # type: ignore[operator]  # finite: not nan, not ±inf
                    add(f"{opening}{rs}{styles[float]}><v>{value!r}</v></c>")
                    continue
            elif t is dt.datetime:
                add(f"{opening}{rs}{styles[dt.datetime]}><v>{self._serial(value)!r}</v></c>")  # type: ignore[arg-type]
                continue
            elif value is not None:
                cell = self._other(value, opening[6:], r, styles)
                if cell:
                    add(cell)
                    continue
            if drawn_empty:  # empty, but bordered or highlighted
                add(f"{opening}{rs}{styles[None]}/>")
        add("</row>")
        return "".join(out)

    def _serial(self, value: dt.datetime) -> float:
        """Excel's serial of a time, as openpyxl's ``to_excel`` computes it, faster."""
        days = value.toordinal() - self._epoch_day
        if days <= 60:  # Excel's 29 February 1900 (and times before the epoch)
            return to_excel(value, self._epoch)  # type: ignore[no-any-return]
        seconds = value.hour * 3600 + value.minute * 60 + value.second
        return days + (seconds + value.microsecond / 10**6) / 86400

    def _other(self, value: object, letter: str, r: int, styles: dict[object, str]) -> str:
        """A cell for a value of a subclass (a bool, a StrEnum, an IntEnum): as its base type."""
        if isinstance(value, bool):
            return f'<c r="{letter}{r}{styles[bool]} t="b"><v>{int(value)}</v></c>'
        if isinstance(value, str):
            tail = self._inline(str.__str__(value))
            key = "=" if value.startswith("=") else str
            return f'<c r="{letter}{r}{styles[key]}{tail}' if tail else ""
        if isinstance(value, int):
            return f'<c r="{letter}{r}{styles[int]}><v>{int(value)}</v></c>'
        if isinstance(value, float):
            number = float(value)
            if not math.isfinite(number):
                return ""
            return f'<c r="{letter}{r}{styles[float]}><v>{number!r}</v></c>'
        if isinstance(value, dt.datetime):
            serial = repr(to_excel(value, self._epoch))
            return f'<c r="{letter}{r}{styles[dt.datetime]}><v>{serial}</v></c>'
        raise TypeError(f"a results cell holds {type(value).__name__}: {value!r}")

    def rows(self, tick: Tick) -> Iterator[str]:
        """The data rows, an empty row and the closing block, in chunks of text."""
        sheet = self._sheet
        at = layout(sheet)
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
        s = f'" s="{self._style_number("closing", None, None)}"'
        styles: dict[object, str] = dict.fromkeys((str, "=", int, bool, float, dt.datetime), s)
        out = []
        for r, row in enumerate(self._sheet.closing, start=first):
            out.append(f'<row r="{r}">')
            for value, letter in zip(row, self._letters, strict=False):
                if value is not None and value != "":
                    out.append(self._other(value, letter, r, styles))
            out.append("</row>")
        return "".join(out)


def row_height(
    row: Sequence[CellValue], columns: Sequence[Column], wrapped: Sequence[int]
) -> float | None:
    """Enough height for the wrapped text of the row (Excel does not grow rows it is given);
    ``wrapped``: the indexes of the columns of wrapped text."""
    lines = 1
    for i in wrapped:
        value, column = row[i], columns[i]
        if isinstance(value, str) and value:
            per_line = max(1.0, column.width * 1.3)  # average text is narrower than "0"
            if len(value) <= per_line and "\n" not in value:
                continue  # one line (most rows)
            wanted = sum(max(1, math.ceil(len(part) / per_line)) for part in value.split("\n"))
            lines = max(lines, wanted)
    return LINE_PT * lines + 2 if lines > 1 else None
