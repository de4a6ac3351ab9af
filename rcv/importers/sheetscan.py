"""A fast look at one worksheet's XML before openpyxl reads it: what a lazy reader cannot see.

openpyxl's read-only mode reads values row by row, which lets rcv stop at the end of the real
table, but it gives no merged ranges, no hidden rows and no way to tell how many cells lie
ahead. This pass inflates the sheet part in chunks and searches the bytes (at C speed, never
building a tree) for: the number of ``<c>`` elements and of all elements but empty rows (the
ones openpyxl may hold at once), whether any formula is present, merged
ranges, hidden rows, the last cell holding a value, and the first value right of the columns
rcv reads. Tags never contain ``<``, so cutting the stream after a ``</row>`` keeps them whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import IO

from openpyxl.utils.cell import column_index_from_string, range_boundaries

from rcv.importers.limits import MAX_HIDDEN_ROWS, MAX_MERGED_RANGES

CHUNK = 1 << 20
_WINDOW = 1 << 16
_OVERLAP = 1024
_ROOT = re.compile(rb"<(?:(\w+):)?worksheet\b")
# where a piece may end without cutting a cell in two
_BOUNDARY = re.compile(rb"<(?:\w+:)?(?:row|mergeCell)\b|</(?:\w+:)?(?:row|c)>")
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=[\"']([A-Z]+\d+(?::[A-Z]+\d+)?)[\"']")
_HIDDEN_ROW = re.compile(rb"<(?:\w+:)?row\b[^>]*?\bhidden=[\"'](?:1|true)[\"'][^>]*>")
_ROW_NUMBER = re.compile(rb"\br=[\"'](\d+)[\"']")
_VALUE_END = re.compile(rb"</(?:\w+:)?(?:v|t|f)>")
_CELL_START = re.compile(rb"<(?:\w+:)?c\b[^>]*>")
_CELL_REF = re.compile(rb"\br=[\"']([A-Z]+)(\d+)[\"']")
# a cell reference in column CW (MAX_COLUMNS + 1) or further right; the leading space lets the
# search skip ahead to each ' r="' at C speed
_FAR_REF = re.compile(rb' r=["\'](?:[A-Z]{3}|C[W-Z]|[D-Z][A-Z])\d+["\']')
_CELL_CONTENT = re.compile(rb"(.*?)</(?:\w+:)?c>", re.DOTALL)
_HAS_VALUE = re.compile(rb"<(?:\w+:)?(?:v|is|f)\b")


@dataclass(slots=True)
class SheetFacts:
    """What the bytes of one sheet say; rows and columns 1-based, as Excel numbers them."""

    cells: int = 0
    elements: int = 0
    formulas: bool = False
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2
    merges_dropped: int = 0
    hidden_rows: set[int] = field(default_factory=set)
    last_value: tuple[int, int] | None = None  # the last cell in the file holding a value
    far_value: tuple[int, int] | None = None  # the first value right of the columns read


def scan_sheet(stream: IO[bytes], cell_budget: int, element_budget: int) -> SheetFacts:
    """Facts about the sheet; stops reading once it holds more cells or XML elements than the
    budgets (openpyxl would build every element of a row, or of a part after the table)."""
    facts = SheetFacts()
    carry = b""
    cell_tags: tuple[bytes, ...] = ()
    while chunk := stream.read(CHUNK):
        buf = carry + chunk
        cell_tags = cell_tags or _cell_tags(buf)
        boundary = _last(_BOUNDARY, buf, 0, len(buf)) if cell_tags else None
        if boundary is None:
            carry = buf  # inside one long cell, or the root tag is not there yet
            continue
        cut = boundary.end() if boundary.group(0).startswith(b"</") else boundary.start()
        _piece(buf[:cut], facts, cell_tags)
        carry = buf[cut:]
        if facts.cells > cell_budget or facts.elements > element_budget:
            return facts
    if carry:
        _piece(carry, facts, cell_tags or _cell_tags(carry) or (b"<c ",))
    return facts


def _cell_tags(buf: bytes) -> tuple[bytes, ...]:
    """The byte strings that open a cell element, with the sheet's namespace prefix if any."""
    root = _ROOT.search(buf)
    if root is None:
        return ()
    start = b"<" + (root.group(1) + b":" if root.group(1) else b"") + b"c"
    return tuple(start + end for end in (b" ", b">", b"/", b"\t", b"\n", b"\r"))


def _piece(piece: bytes, facts: SheetFacts, cell_tags: tuple[bytes, ...]) -> None:
    """Add what one piece of whole rows says. Each regular expression runs only where a plain
    substring search (much faster) shows it can match."""
    row = cell_tags[0][:-2] + b"row"
    empty_rows = piece.count(row) - piece.count(b"</" + row[1:] + b">")  # <row …/>: no children
    starts = piece.count(b"<") - piece.count(b"</") - piece.count(b"<?") - piece.count(b"<!")
    facts.elements += starts - empty_rows
    if piece.count(cell_tags[0][:-1]):  # any '<c' at all: then count the real cell tags
        facts.cells += sum(piece.count(tag) for tag in cell_tags)
    if not facts.formulas and (b"<f" in piece or b":f" in piece) and _FORMULA.search(piece):
        facts.formulas = True
    if b"mergeCell" in piece:
        _add_merges(piece, facts)
    if len(facts.hidden_rows) < MAX_HIDDEN_ROWS and b"hidden=" in piece:
        for m in _HIDDEN_ROW.finditer(piece):
            number = _ROW_NUMBER.search(m.group(0))
            if number:
                facts.hidden_rows.add(int(number.group(1)))
    last = _last_value(piece)
    if last is not None:
        facts.last_value = last
    if facts.far_value is None:
        facts.far_value = _far_value(piece)


def _add_merges(piece: bytes, facts: SheetFacts) -> None:
    for m in _MERGE.finditer(piece):
        if len(facts.merges) >= MAX_MERGED_RANGES:
            facts.merges_dropped += 1
            continue
        try:
            min_col, min_row, max_col, max_row = range_boundaries(m.group(1).decode("ascii"))
        except ValueError:  # "A0", a column past XFD: not a range Excel could have written
            continue
        facts.merges.append((min_row, min_col, max_row, max_col))


def _last(pattern: re.Pattern[bytes], buf: bytes, start: int, end: int) -> re.Match[bytes] | None:
    """The last match of ``pattern`` in ``buf[start:end]``, searching back window by window."""
    high = end
    while high > start:
        low = max(start, high - _WINDOW)
        found = None
        for found in pattern.finditer(buf, low, high):  # noqa: B007 - the last one is wanted
            pass
        if found is not None or low == start:
            return found
        high = low + _OVERLAP  # a tag may straddle ``low``: look a little past it again
    return None


def _coordinate(tag: bytes) -> tuple[int, int] | None:
    ref = _CELL_REF.search(tag)
    if ref is None:
        return None
    try:
        return int(ref.group(2)), column_index_from_string(ref.group(1).decode("ascii"))
    except ValueError:  # a column past XFD
        return None


def _last_value(piece: bytes) -> tuple[int, int] | None:
    value = _last(_VALUE_END, piece, 0, len(piece))
    if value is None:
        return None
    cell = _last(_CELL_START, piece, 0, value.start())
    return _coordinate(cell.group(0)) if cell is not None else None


def _far_value(piece: bytes) -> tuple[int, int] | None:
    for ref in _FAR_REF.finditer(piece):
        start = piece.rfind(b"<", 0, ref.start())
        cell = _CELL_START.match(piece, start)
        if cell is None or cell.end() < ref.end() or cell.group(0).endswith(b"/>"):
            continue  # not a cell's own reference, or an empty formatted cell
        content = _CELL_CONTENT.match(piece, cell.end())
        if content is not None and _HAS_VALUE.search(content.group(1)):
            return _coordinate(cell.group(0))
    return None
