"""Real hostile and broken files, built byte by byte: shared by the tests and the benchmark.

Each builder writes a genuine file the way Excel, Word or an editor would leave it (openpyxl,
python-docx, plain text), then edits it at the XML or zip level: a stray cell at XFD1048576, a
sheet declaring a million rows, a million formatted empty rows, a part that inflates to a
gigabyte, a Word paragraph of 50 MB, YAML "billion laughs", JSON nested 100,000 deep. Nothing is
mocked. tests/importers/measure.py imports them in a fresh process and measures the cost.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import docx
from openpyxl import Workbook
from openpyxl.styles import Font

SHEET = "xl/worksheets/sheet1.xml"
DOCUMENT = "word/document.xml"
HEADER = ["Mã câu", "Câu hỏi", "Phương án A", "Phương án B", "Đáp án", "Thời gian"]
ROSTER_HEADER = ["STT", "SBD", "Họ và tên", "Đơn vị", "Lớp", "Số ghế", "Mã check-in"]
Rows = list[list[object]]


def question_rows(count: int) -> Rows:
    rows: Rows = [HEADER]
    for i in range(1, count + 1):
        rows.append([f"M{i:05d}", f"Câu hỏi số {i}: thủ đô?", "Hà Nội", "Huế", "A", 20])
    return rows


def roster_rows(count: int, name: Callable[[int], str] | None = None) -> Rows:
    rows: Rows = [ROSTER_HEADER]
    for i in range(1, count + 1):
        full = name(i) if name else f"Nguyễn Văn Thí Sinh {i}"
        rows.append([i, f"{i:04d}", full, "THPT Chu Văn An", f"1{i % 3}A", i, f"CK{i:05d}"])
    return rows


def workbook(path: Path, rows: Rows, title: str = "Câu hỏi chính") -> Path:
    """A plain one-sheet workbook written by openpyxl; its header row is bold (style 1)."""
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    wb.save(path)
    return path


def rewrite_zip(
    path: Path, edit: Callable[[str, bytes], bytes], extra: dict[str, bytes] | None = None
) -> Path:
    """Rewrite every member of an Office zip through ``edit(name, body)``."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item.filename, edit(item.filename, src.read(item.filename)))
        for name, body in (extra or {}).items():
            dst.writestr(name, body)
    path.write_bytes(out.getvalue())
    return path


def edit_part(path: Path, part: str, change: Callable[[str], str]) -> Path:
    def edit(name: str, body: bytes) -> bytes:
        return change(body.decode("utf-8")).encode("utf-8") if name == part else body

    return rewrite_zip(path, edit)


def declare(xml: str, ref: str) -> str:
    return re.sub(r'<dimension ref="[^"]*"\s*/>', f'<dimension ref="{ref}"/>', xml)


def add_rows(xml: str, rows_xml: str) -> str:
    return xml.replace("</sheetData>", rows_xml + "</sheetData>")


def stray_cell(path: Path, rows: Rows, title: str = "Câu hỏi chính") -> Path:
    """A normal sheet plus one value typed in XFD1048576 (the last cell Excel has)."""
    workbook(path, rows, title)
    cell = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    return edit_part(path, SHEET, lambda xml: add_rows(declare(xml, "A1:XFD1048576"), cell))


def huge_dimension(path: Path, rows: Rows) -> Path:
    """A normal sheet whose ``<dimension>`` claims the whole grid, 1,048,576 × 16,384."""
    workbook(path, rows)
    return edit_part(path, SHEET, lambda xml: declare(xml, "A1:XFD1048576"))


def styled_empty_rows(path: Path, rows: Rows, up_to: int = 1_048_576) -> Path:
    """A normal sheet followed by formatted empty rows down to ``up_to``, as Excel writes rows
    given a style and a height ("format the whole column" down to the last row)."""
    workbook(path, rows)
    filler = "".join(
        f'<row r="{r}" spans="1:6" s="1" customFormat="1" ht="18" customHeight="1"/>'
        for r in range(len(rows) + 1, up_to + 1)
    )
    return edit_part(path, SHEET, lambda xml: add_rows(declare(xml, f"A1:F{up_to}"), filler))


def wide_rows(path: Path, rows: Rows, columns: int = 16_384, count: int = 200) -> Path:
    """A normal sheet whose next ``count`` rows carry a value in each of ``columns`` columns."""
    from openpyxl.utils import get_column_letter

    workbook(path, rows)
    letters = [get_column_letter(c) for c in range(1, columns + 1)]
    start = len(rows) + 1
    body = "".join(
        f'<row r="{r}">' + "".join(f'<c r="{ltr}{r}"><v>1</v></c>' for ltr in letters) + "</row>"
        for r in range(start, start + count)
    )
    return edit_part(path, SHEET, lambda xml: add_rows(xml, body))


def numbered_rows(path: Path, rows: Rows, count: int) -> Path:
    """A normal sheet followed by ``count`` rows holding just their number (cheap to write)."""
    workbook(path, rows)
    start = len(rows) + 1
    body = "".join(
        f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(start, start + count)
    )
    return edit_part(path, SHEET, lambda xml: add_rows(xml, body))


def junk_in_a_row(path: Path, rows: Rows, elements: int) -> Path:
    """A normal sheet whose first data row carries ``elements`` unknown empty elements: a reader
    building each row as a tree holds them all at once."""
    workbook(path, rows)
    junk = "<x/>" * elements
    return edit_part(path, SHEET, lambda xml: xml.replace('<row r="2">', f'<row r="2">{junk}', 1))


def junk_in_styles(path: Path, rows: Rows, elements: int) -> Path:
    """A normal workbook whose style sheet carries ``elements`` unknown empty elements (parsed
    whole, as one tree, by openpyxl)."""
    workbook(path, rows)
    end = "</styleSheet>"
    return edit_part(path, "xl/styles.xml", lambda xml: xml.replace(end, "<x/>" * elements + end))


def merged_everything(path: Path, rows: Rows) -> Path:
    """A normal sheet with one merged range over the whole grid, A1:XFD1048576."""
    workbook(path, rows)
    merge = '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'
    return edit_part(path, SHEET, lambda xml: xml.replace("</sheetData>", "</sheetData>" + merge))


def xml_entity_bomb(path: Path) -> Path:
    """A workbook whose sheet declares nested entities ("billion laughs" in XML) and uses them."""
    workbook(path, question_rows(2))
    entities = '<!ENTITY a0 "ha">' + "".join(
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )

    def change(xml: str) -> str:
        return f"<!DOCTYPE worksheet [{entities}]>" + xml.replace("M00001", "&a9;", 1)

    return edit_part(path, SHEET, change)


# zip bombs: a deflate stream of a repeated block, built without deflating a gigabyte


def _deflated(data: bytes, final: bool) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(zlib.Z_FINISH if final else zlib.Z_FULL_FLUSH)


def _write_zip(path: Path, members: list[tuple[str, bytes, int, int]]) -> Path:
    """A zip of raw-deflated members: (name, deflate stream, CRC-32, uncompressed size)."""
    out = io.BytesIO()
    central = []
    for name, stream, crc, size in members:
        raw = name.encode("utf-8")
        offset = out.tell()
        head = struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(stream), size, len(raw), 0
        )
        out.write(head + raw + stream)
        central.append(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0,
                8,
                0,
                0x21,
                crc,
                len(stream),
                size,
                len(raw),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + raw
        )
    start = out.tell()
    out.write(b"".join(central))
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), out.tell() - start, start, 0
    )
    path.write_bytes(out.getvalue() + end)
    return path


def bomb_member(
    path: Path, member: str, head: bytes, unit: bytes, megabytes: int, tail: bytes
) -> Path:
    """Replace ``member`` of an Office zip by head + unit… (``megabytes`` MB) + tail."""
    block = unit * ((1 << 20) // len(unit))
    repeated = _deflated(block, final=False)
    count = (megabytes << 20) // len(block)
    crc = zlib.crc32(head)
    for _ in range(count):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)
    stream = _deflated(head, False) + repeated * count + _deflated(tail, True)
    size = len(head) + len(block) * count + len(tail)
    members = []
    with zipfile.ZipFile(path) as src:
        for info in src.infolist():
            if info.filename == member:
                members.append((member, stream, crc, size))
            else:
                body = src.read(info.filename)
                members.append((info.filename, _deflated(body, True), zlib.crc32(body), len(body)))
    return _write_zip(path, members)


def xlsx_zip_bomb(path: Path, megabytes: int = 1024) -> Path:
    """A workbook whose sheet XML inflates to ``megabytes`` MB of empty rows."""
    workbook(path, question_rows(3))
    head = (
        b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
        b'openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    )
    return bomb_member(path, SHEET, head, b"<row/>", megabytes, b"</sheetData></worksheet>")


def _word(path: Path, paragraphs: list[str]) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(path)
    return path


_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_zip_bomb(path: Path, megabytes: int = 1024) -> Path:
    """A Word document whose body XML inflates to ``megabytes`` MB of empty paragraphs."""
    _word(path, ["Câu 1. Thủ đô?"])
    head = b'<?xml version="1.0" encoding="UTF-8"?><w:document ' + _W + b"><w:body>"
    return bomb_member(path, DOCUMENT, head, b"<w:p/>", megabytes, b"</w:body></w:document>")


def docx_many_elements(path: Path, elements: int = 1_600_000) -> Path:
    """A Word body of ``elements`` empty paragraphs: small when zipped, a huge tree once parsed."""
    _word(path, ["Câu 1. Thủ đô?"])
    return edit_part(
        path, DOCUMENT, lambda xml: xml.replace("<w:body>", "<w:body>" + "<w:p/>" * elements, 1)
    )


def docx_many_runs(path: Path, paragraphs: int, runs: int) -> Path:
    """A Word body of ``paragraphs`` paragraphs of ``runs`` bold, coloured one-letter runs each:
    the most work a Word file can ask for per byte."""
    _word(path, ["Câu 1. Thủ đô?"])
    run = '<w:r><w:rPr><w:b/><w:color w:val="C00000"/></w:rPr><w:t>x</w:t></w:r>'
    body = ("<w:p>" + run * runs + "</w:p>") * paragraphs
    return edit_part(path, DOCUMENT, lambda xml: xml.replace("<w:body>", "<w:body>" + body, 1))


def docx_merged_column(path: Path, rows: int) -> Path:
    """A Word question table whose "Vòng" column is one cell merged down ``rows`` rows."""
    cells = "<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>"
    head = "<w:tr>" + "".join(cells.format(t) for t in ("Câu hỏi", "Đáp án", "Vòng")) + "</w:tr>"
    merge = "<w:tc><w:tcPr><w:vMerge{}/></w:tcPr><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>"
    body = "".join(
        "<w:tr>"
        + cells.format(f"Câu số {r}?")
        + cells.format(f"Đáp án {r}")
        + (merge.format(' w:val="restart"', "Câu hỏi phụ") if r == 1 else merge.format("", ""))
        + "</w:tr>"
        for r in range(1, rows + 1)
    )
    table = (
        f"<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>{head}{body}</w:tbl>"
    )
    _word(path, ["Bộ câu hỏi"])
    return edit_part(path, DOCUMENT, lambda xml: xml.replace("<w:body>", "<w:body>" + table, 1))


def docx_long_paragraph(path: Path, characters: int = 50 << 20, runs: int = 50) -> Path:
    """A Word question file whose second question has a paragraph of ``characters``, in runs
    (one text node per run stays under libxml2's 10 MB text-node bound)."""
    _word(
        path,
        [
            "Câu 1. Thủ đô của Việt Nam là?",
            "A. Hà Nội",
            "B. Huế",
            "Đáp án: A",
            "Câu 2. GIANT",
            "A. Có",
            "B. Không",
            "Đáp án: A",
        ],
    )
    piece = "chữ " * (characters // runs // 4)
    big = "".join(f'<w:r><w:t xml:space="preserve">{piece}</w:t></w:r>' for _ in range(runs))
    return edit_part(
        path, DOCUMENT, lambda xml: xml.replace("GIANT</w:t></w:r>", "</w:t></w:r>" + big, 1)
    )


def many_parts(path: Path, parts: int = 2_500) -> Path:
    """A workbook carrying ``parts`` extra (tiny) zip entries."""
    workbook(path, question_rows(2))
    return rewrite_zip(
        path, lambda _n, b: b, {f"customXml/item{i}.xml": b"<a/>" for i in range(parts)}
    )


# YAML / JSON


def yaml_billion_laughs(levels: int = 9, width: int = 9) -> str:
    lines = ["format: rcv-questions", "version: 1", 'l0: &l0 ["lol"]']
    for i in range(1, levels + 1):
        refs = ", ".join(f"*l{i - 1}" for _ in range(width))
        lines.append(f"l{i}: &l{i} [{refs}]")
    lines += ["questions:", f"  - {{id: M01, text: *l{levels}, answer: A}}"]
    return "\n".join(lines) + "\n"


def yaml_nested(depth: int = 100_000) -> str:
    return "format: rcv-questions\nversion: 1\nquestions: " + "[" * depth + "]" * depth + "\n"


def json_nested(depth: int = 100_000) -> str:
    head = '{"format": "rcv-questions", "version": 1, "questions": '
    return head + "[" * depth + "]" * depth + "}"


def json_huge_numbers() -> str:
    questions = [
        '{"id": "M01", "kind": "short", "text": "Bao nhiêu?", "answer": 1e400, "time": 1e400}',
        '{"id": "M02", "kind": "short", "text": "Bao nhiêu nữa?", "answer": ' + "9" * 5000 + "}",
        '{"id": "M03", "kind": "short", "text": "Còn nữa?", "answer": NaN, "time": Infinity}',
    ]
    return '{"format": "rcv-questions", "version": 1, "questions": [' + ",".join(questions) + "]}"


def yaml_questions(count: int) -> str:
    lines = ["format: rcv-questions", "version: 1", "questions:"]
    for i in range(1, count + 1):
        lines.append(f'  - {{id: "Q{i}", kind: short, text: "Câu {i}?", answer: "{i}"}}')
    return "\n".join(lines) + "\n"
