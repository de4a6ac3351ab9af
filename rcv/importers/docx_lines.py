"""A Word document as a stream of lines, each knowing its paragraph, formatting and pictures.

Lines are what a secretary sees: a paragraph split at its line breaks (Shift+Enter). For each
character the line keeps which visible marks it carries (bold, underline, a colour, a
highlight), so an option marked as correct can be found; pictures are kept with the offset
where they sit. Tables come out as :class:`~rcv.importers.grid.Grid` values.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from docx.document import Document
from docx.enum.dml import MSO_COLOR_TYPE, MSO_THEME_COLOR
from docx.oxml.ns import qn
from docx.shared import RGBColor
from docx.table import Table, _Cell
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from rcv.core.model import nfc
from rcv.importers.grid import Cell, CellIssue, Grid
from rcv.importers.limits import MAX_CELL_CHARS, MAX_COLUMNS
from rcv.importers.report import Location
from rcv.importers.values import clean_text

_NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "v": "urn:schemas-microsoft-com:vml",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
}

_PICTURE_IDS = etree.XPath(".//a:blip/@r:embed | .//v:imagedata/@r:id", namespaces=_NS)
_EQUATIONS = etree.XPath(".//m:oMath | .//w:object", namespaces=_NS)
_TEXT_THEMES = (MSO_THEME_COLOR.TEXT_1, MSO_THEME_COLOR.DARK_1)
_LENGTH = etree.XPath("string-length(.)")  # all text below an element, counted in C
# the pieces python-docx's Run.text joins (each element's str() is its text), compiled once
_RUN_PIECES = etree.XPath("w:br | w:cr | w:noBreakHyphen | w:ptab | w:t | w:tab", namespaces=_NS)
_RUN_PROPERTIES = qn("w:rPr")
_INNER = etree.XPath("./w:r | ./w:hyperlink", namespaces=_NS)  # = Paragraph.iter_inner_content
_RUN = qn("w:r")
_ROW = qn("w:tr")
_CELL = qn("w:tc")


def text_length(element: object) -> int:
    """How many characters of text an element holds, without building the text in Python."""
    return int(_LENGTH(element))


@dataclass(frozen=True, slots=True)
class Picture:
    offset: int  # character offset in the line where the picture sits
    data: bytes
    extension: str  # ".png"


@dataclass(slots=True)
class Line:
    """One visual line of a paragraph."""

    text: str
    paragraph: int  # 1-based number of the paragraph in the document body
    where: Location
    marks: list[frozenset[str]] = field(default_factory=list)  # per character of ``text``
    pictures: list[Picture] = field(default_factory=list)
    numbered: bool = False  # the paragraph uses Word's automatic numbering
    heading_style: bool = False
    equation: bool = False  # holds an Equation-editor or embedded object
    too_long: int = 0  # the paragraph's length when over MAX_CELL_CHARS: only its head is read


@dataclass(frozen=True, slots=True)
class TableBlock:
    number: int
    grid: Grid
    lines: list[Line]  # every cell's lines, row by row, for options laid out in a table


def _marks(run: Run) -> frozenset[str]:
    marks = set()
    if run.bold:
        marks.add("bold")
    if run.underline not in (None, False):
        marks.add("underline")
    color = run.font.color
    if color.type is MSO_COLOR_TYPE.RGB and color.rgb not in (None, RGBColor(0, 0, 0)):
        marks.add(f"color:{color.rgb}")
    elif color.type is MSO_COLOR_TYPE.THEME and color.theme_color not in _TEXT_THEMES:
        marks.add(f"color:{color.theme_color}")
    if run.font.highlight_color is not None:
        marks.add(f"highlight:{run.font.highlight_color}")
    return frozenset(marks)


def _pictures(run_element: object, document: Document) -> list[tuple[bytes, str]]:
    ids = _PICTURE_IDS(run_element)
    out = []
    for rid in ids:
        part = document.part.related_parts.get(rid)
        if part is None:
            continue
        out.append((part.blob, PurePosixPath(str(part.partname)).suffix.lower() or ".png"))
    return out


@dataclass(frozen=True, slots=True)
class _StyleFacts:
    numbered: bool  # the style numbers its paragraphs (List Number…)
    heading: bool


def _style_facts(p: Paragraph, cache: dict[str | None, _StyleFacts]) -> _StyleFacts:
    """What a paragraph's style implies, looked up once per style (styles are slow to find)."""
    pr = p._p.pPr
    style_id = pr.pStyle.val if pr is not None and pr.pStyle is not None else None
    if style_id not in cache:
        style = p.style
        name = (style.name or "") if style is not None else ""
        numbered = False
        while style is not None and not numbered:
            spr = style.element.pPr
            numbered = spr is not None and spr.find(qn("w:numPr")) is not None
            style = style.base_style
        cache[style_id] = _StyleFacts(numbered, name.startswith(("Heading", "Title")))
    return cache[style_id]


@dataclass(slots=True)
class _Caches:
    """What is looked up once per document: style facts by style id, marks by run properties."""

    styles: dict[str | None, _StyleFacts] = field(default_factory=dict)
    marks: dict[tuple[object, ...], frozenset[str]] = field(default_factory=dict)


def _cached_marks(run: Run, cache: dict[tuple[object, ...], frozenset[str]]) -> frozenset[str]:
    """A run's marks; runs formatted alike (most of them) share one lookup."""
    properties = run._r.find(_RUN_PROPERTIES)
    if properties is None:
        return frozenset()
    key = tuple((e.tag, tuple(sorted(e.attrib.items()))) for e in properties)
    if key not in cache:
        cache[key] = _marks(run)
    return cache[key]


def _paragraph_lines(
    p: Paragraph,
    number: int,
    where: Location,
    document: Document,
    caches: _Caches,
) -> list[Line]:
    text_parts: list[str] = []
    marks: list[frozenset[str]] = []
    pictures: list[tuple[int, bytes, str]] = []
    for element in _INNER(p._p):
        runs = [Run(element, p)] if element.tag == _RUN else list(Hyperlink(element, p).runs)
        for run in runs:
            offset = len(marks)  # one mark per character so far
            for data, ext in _pictures(run._r, document):
                pictures.append((offset, data, ext))
            t = nfc("".join(str(e) for e in _RUN_PIECES(run._r)))  # = run.text, faster
            if t:
                text_parts.append(t)
                marks.extend([_cached_marks(run, caches.marks)] * len(t))
    text = "".join(text_parts)
    facts = _style_facts(p, caches.styles)
    pr = p._p.pPr
    numbered = facts.numbered or (pr is not None and pr.find(qn("w:numPr")) is not None)
    equation = bool(_EQUATIONS(p._p))
    lines: list[Line] = []
    start = 0
    for chunk in text.split("\n"):
        end = start + len(chunk)
        line = Line(
            chunk,
            number,
            where,
            marks[start:end],
            numbered=numbered,
            heading_style=facts.heading,
            equation=equation,
        )
        line.pictures = [Picture(o - start, d, e) for o, d, e in pictures if start <= o <= end]
        lines.append(line)
        start = end + 1
    return lines


def _grid_cells(table: Table) -> Iterator[tuple[int, int, object]]:
    """(row, column, the ``w:tc`` holding the content) for every layout-grid cell, row by row.

    As python-docx's ``row.cells`` does, a cell spanning columns comes once per column and a
    vertically merged cell gives the cell it continues; unlike it, in one pass (``row.cells``
    looks each continued cell up from the top of the table, which is quadratic and recursive).
    """
    above: dict[int, object] = {}
    for r, tr in enumerate(table._tbl.iterchildren(_ROW), start=1):
        here: dict[int, object] = {}
        c = 0
        for tc in tr.iterchildren(_CELL):
            if c >= MAX_COLUMNS:  # Word itself stops at 63 columns
                break
            content = above.get(c + 1, tc) if tc.vMerge == "continue" else tc
            for _ in range(min(max(1, tc.grid_span), MAX_COLUMNS - c)):
                c += 1
                here[c] = content
                yield r, c, content
        above = here


def _table(
    table: Table,
    number: int,
    where: Location,
    document: Document,
    caches: _Caches,
) -> TableBlock:
    grid = Grid(name=f"{number}", where=where.at(table=number), column_letters=False)
    lines: list[Line] = []
    texts: dict[object, Cell] = {}  # by content w:tc (kept, so its proxy stays the same)
    previous: object = None
    for r, c, tc in _grid_cells(table):
        cells = grid.rows.setdefault(r, [])
        if c == 1:
            previous = None
        if previous is not None and tc is previous:
            grid.merged_from[(r, c)] = grid.merged_from.get((r, c - 1), (r, c - 1))
        previous = tc
        if tc not in texts:
            texts[tc] = _table_cell(
                tc, table, (r, c), where.at(table=number, row=r), document, caches, lines
            )
        cells.append(texts[tc])
    return TableBlock(number, grid, lines)


def _table_cell(
    tc: object,
    table: Table,
    place: tuple[int, int],
    where: Location,
    document: Document,
    caches: _Caches,
    lines: list[Line],
) -> Cell:
    """The cell's text, its lines added to ``lines``; a cell too long to read is an issue."""
    length = text_length(tc)
    if length > MAX_CELL_CHARS:
        params = {"cell": f"{place[0]}/{place[1]}", "length": length, "limit": MAX_CELL_CHARS}
        return Cell("", issue=CellIssue("cell_too_long", params, True))
    cell = _Cell(tc, table)  # type: ignore[arg-type]
    for p in cell.paragraphs:
        lines.extend(_paragraph_lines(p, 0, where, document, caches))
    return Cell(clean_text(cell.text))


def body(document: Document, where: Location) -> Iterator[Line | TableBlock]:
    """The document body in order: lines of top-level paragraphs, and tables.

    A paragraph longer than MAX_CELL_CHARS comes out as one line of its first words only,
    carrying its length.
    """
    paragraph_no = 0
    table_no = 0
    caches = _Caches()
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            paragraph_no += 1
            here = where.at(paragraph=paragraph_no)
            length = text_length(child)
            if length > MAX_CELL_CHARS:
                yield Line(_head(child), paragraph_no, here, too_long=length)
                continue
            p = Paragraph(child, document._body)
            yield from _paragraph_lines(p, paragraph_no, here, document, caches)
        elif child.tag == qn("w:tbl"):
            table_no += 1
            yield _table(Table(child, document._body), table_no, where, document, caches)


def _head(paragraph: object, size: int = 80) -> str:
    """The first characters of a paragraph too long to read whole ("Câu 12. …")."""
    parts: list[str] = []
    count = 0
    for t in paragraph.iter(qn("w:t")):  # type: ignore[attr-defined]
        parts.append(t.text or "")
        count += len(parts[-1])
        if count >= size:
            break
    return nfc("".join(parts)[:size]).strip()
