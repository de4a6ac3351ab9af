"""A strict reading of an .xlsx archive, stricter than openpyxl (which forgives a lot): every
part is well-formed XML, every style number names a cell format of the style table, rows and
cells come in order inside the sheet's declared dimension, worksheet elements in the schema's
order, every part has a content type."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
# CT_Worksheet's children, in the order the schema requires (those rcv can write)
WORKSHEET_ORDER = [
    "sheetPr",
    "dimension",
    "sheetViews",
    "sheetFormatPr",
    "cols",
    "sheetData",
    "sheetProtection",
    "autoFilter",
    "mergeCells",
    "printOptions",
    "pageMargins",
    "pageSetup",
    "headerFooter",
    "drawing",
]
_REF = re.compile(r"^([A-Z]{1,3})([0-9]+)$")


def column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _ref(ref: str) -> tuple[int, int]:
    match = _REF.match(ref)
    assert match, f"bad cell reference {ref!r}"
    return int(match.group(2)), column_number(match.group(1))


def check_archive(path: Path) -> dict[str, list[etree._Element]]:
    """Check the archive; returns each worksheet's rows (``<row>`` elements) by part name."""
    sheets: dict[str, list[etree._Element]] = {}
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        names = z.namelist()
        assert len(names) == len(set(names)), "a part written twice"
        parts = {name: z.read(name) for name in names}
    types = etree.fromstring(parts["[Content_Types].xml"])
    overrides = {o.get("PartName") for o in types if o.tag.endswith("Override")}
    defaults = {d.get("Extension") for d in types if d.tag.endswith("Default")}
    for name, data in parts.items():
        if name.endswith("/"):
            continue
        assert f"/{name}" in overrides or name.rsplit(".", 1)[-1] in defaults, name
        if name.endswith((".xml", ".rels")):
            etree.fromstring(data, etree.XMLParser(recover=False, huge_tree=True))
    styles = etree.fromstring(parts["xl/styles.xml"])
    formats = len(styles.find(f"{NS}cellXfs"))
    for name, data in parts.items():
        if name.startswith("xl/worksheets/sheet") and name.endswith(".xml"):
            sheets[name] = _check_sheet(name, data, formats)
    return sheets


def _check_sheet(name: str, data: bytes, formats: int) -> list[etree._Element]:
    root = etree.fromstring(data, etree.XMLParser(huge_tree=True))
    order = [child.tag.removeprefix(NS) for child in root]
    known = [tag for tag in order if tag in WORKSHEET_ORDER]
    assert known == sorted(known, key=WORKSHEET_ORDER.index), f"{name}: {order}"
    dimension = root.find(f"{NS}dimension")
    assert dimension is not None, f"{name} has no dimension"
    first, _, last = dimension.get("ref").partition(":")
    top, left = _ref(first)
    bottom, right = _ref(last or first)
    rows = list(root.find(f"{NS}sheetData"))
    previous = 0
    for row in rows:
        r = int(row.get("r"))
        assert r > previous, f"{name}: row {r} after row {previous}"
        previous = r
        column = 0
        for cell in row:
            at_row, at_col = _ref(cell.get("r"))
            assert at_row == r, f"{name}: {cell.get('r')} in row {r}"
            assert at_col > column, f"{name}: {cell.get('r')} out of order"
            column = at_col
            assert top <= at_row <= bottom and left <= at_col <= right, f"{name}: {cell.get('r')}"
            style = int(cell.get("s", "0"))
            assert 0 <= style < formats, f"{name}: {cell.get('r')} has style {style} of {formats}"
            kind = cell.get("t", "n")
            if kind == "inlineStr":
                assert cell.find(f"{NS}is/{NS}t") is not None, f"{name}: {cell.get('r')}"
            elif kind == "n" and cell.find(f"{NS}v") is not None:
                float(cell.find(f"{NS}v").text)  # a number Excel can read
    return rows
