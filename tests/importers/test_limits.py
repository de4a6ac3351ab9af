"""Every field has a length bound, named row-exactly in both languages; the byte-level sheet scan
and the zip check agree with what openpyxl sees; numbers in reports read the reader's way."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import docx
import pytest

from rcv.i18n import Words
from rcv.i18n.phrases.importing import report_lines
from rcv.importers import load_questions, load_roster
from rcv.importers.limits import FIELD_LIMITS, MAX_ACCEPTED, MAX_CELL_CHARS, MAX_COLUMNS
from rcv.importers.sheetscan import scan_sheet
from rcv.importers.zipguard import check_zip
from tests.importers import hostile_files as h
from tests.importers.conftest import shown, the, write_xlsx

ROSTER = ["SBD", "Họ và tên", "Đơn vị", "Lớp", "Số ghế", "Mã check-in"]
QUESTIONS = [
    "Mã câu",
    "Câu hỏi",
    "Phương án A",
    "Phương án B",
    "Đáp án",
    "Thời gian",
    "Giải thích",
    "Nguồn",
]


def over(name: str) -> str:
    return "x" * (FIELD_LIMITS[name].error + 1)


def found(result, code: str) -> list[tuple[int | None, str | None, str | None]]:
    return [(p.location.row, p.location.column, p.field) for p in result.report if p.code == code]


def test_each_contestant_field_over_its_bound_is_an_error_at_its_cell(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "ds.xlsx",
        {
            "DS": [
                ROSTER,
                ["001", "Nguyễn An", "THPT A", "10A", 1, "QR1"],
                ["9" * 21, "Bình", "", "", 2, None],
                ["003", over("name"), "", "", 3, None],
                ["004", "Cúc", over("unit"), "", 4, None],
                ["005", "Dũng", "", over("group"), 5, None],
                ["006", "Hà", "", "", 6, over("checkin")],
            ]
        },
    )
    result = load_roster(path)
    assert result.roster is None
    assert found(result, "value_too_long") == [
        (3, "A", "sbd"),
        (4, "B", "name"),
        (5, "C", "unit"),
        (6, "D", "group"),
        (7, "F", "checkin"),
    ]
    assert [p.params for p in result.report if p.code == "value_too_long"][1] == {
        "length": 101,
        "limit": 100,
    }
    vi, en = report_lines(result.report, Words("vi")), report_lines(result.report, Words("en"))
    assert vi[1] == (
        'LỖI: ds.xlsx › trang tính "DS" › dòng 4 › cột B › Họ và tên: Nội dung dài 101 ký tự, '
        "vượt giới hạn 100 ký tự của mục này nên không dùng được. Rút gọn lại; nếu không phải "
        "nội dung của mục này, kiểm tra xem các cột có bị lệch hoặc dán nhầm không."
    )
    assert en[1].startswith(
        'ERROR: ds.xlsx › sheet "DS" › row 4 › column B › Name: The value is '
        "101 characters long, over the 100 allowed here"
    )


def test_a_long_name_is_a_warning_and_a_huge_seat_an_error(tmp_path: Path) -> None:
    long_name = "Nguyễn " * 9 + "An"  # 65 characters: unusual, still a name
    path = write_xlsx(
        tmp_path / "ds.xlsx",
        {
            "DS": [
                ROSTER,
                ["001", long_name, "", "", 1, None],
                ["002", "Bình", "", "", 10_000, None],
            ]
        },
    )
    result = load_roster(path)
    assert found(result, "name_long") == [(2, "B", "name")]
    assert found(result, "seat_too_big") == [(3, "E", "seat")]
    assert the(result, "name_long").params == {"length": 65, "limit": 60}
    assert the(result, "seat_too_big").params == {"value": "10000", "limit": 9999}
    assert "Họ tên dài 65 ký tự (trên 60)" in shown(result, "vi")
    assert "Seat 10000 is too large; rcv takes seats 1 to 9999." in shown(result, "en")


def test_each_question_field_over_its_bound_is_an_error_at_its_cell(tmp_path: Path) -> None:
    good = ["M01", "Thủ đô?", "Hà Nội", "Huế", "A", 20, "Vì thế.", "SGK"]
    rows = [QUESTIONS]
    for column, field in [
        (0, "id"),
        (1, "text"),
        (2, "option"),
        (4, "answer"),
        (6, "explanation"),
        (7, "source"),
    ]:
        row = list(good)
        row[0] = f"M{len(rows):02d}"
        row[column] = over(field)
        rows.append(row)
    result = load_questions(write_xlsx(tmp_path / "de.xlsx", {"Câu hỏi chính": rows}))
    assert result.questions is None
    assert found(result, "value_too_long") == [
        (2, "A", "id"),
        (3, "B", "text"),
        (4, "C", "option_a"),
        (5, "E", "answer"),
        (6, "G", "explanation"),
        (7, "H", "source"),
    ]
    assert found(result, "answer_unclear") == []  # the length is the one problem reported


def test_readability_warnings_below_the_error_bounds(tmp_path: Path) -> None:
    rows = [QUESTIONS, ["M01", "Hỏi " * 80, "Hà Nội " * 20, "Huế", "A", 20]]
    result = load_questions(write_xlsx(tmp_path / "de.xlsx", {"Câu hỏi chính": rows}))
    assert result.ok
    assert found(result, "text_too_long") == [(2, "B", "text")]
    assert found(result, "option_too_long") == [(2, "C", "option_a")]


def test_short_answers_and_time(tmp_path: Path) -> None:
    many = "; ".join(f"cách {i}" for i in range(MAX_ACCEPTED + 1))
    rows = [
        QUESTIONS,
        ["P01", "Bao nhiêu?", None, None, many, 20],
        ["P02", "Bao lâu?", None, None, "x" * 201, 20],
        ["P03", "Đúng không?", None, None, "Đúng", 3601],
    ]
    result = load_questions(write_xlsx(tmp_path / "de.xlsx", {"Câu hỏi phụ": rows}))
    assert found(result, "accepted_too_many") == [(2, "E", "answer")]
    assert found(result, "value_too_long") == [(3, "E", "answer")]
    assert found(result, "time_too_long") == [(4, "F", "time")]


def test_the_title_is_cut_and_kept(tmp_path: Path) -> None:
    text = (
        f'format: rcv-questions\nversion: 1\ntitle: "{"Đề " * 100}"\nquestions:\n'
        '  - {id: M01, kind: short, text: "Hỏi?", answer: "1"}\n'
    )
    (tmp_path / "de.yaml").write_text(text, encoding="utf-8")
    result = load_questions(tmp_path / "de.yaml")
    assert result.ok and len(result.questions.title) <= FIELD_LIMITS["title"].error
    assert [p.code for p in result.report] == ["title_too_long", "time_missing"]
    assert the(result, "title_too_long").params == {"length": 299, "limit": 200}


def test_a_cell_too_long_for_any_field(tmp_path: Path) -> None:
    rows = [QUESTIONS, ["M01", "y" * (MAX_CELL_CHARS + 1), "a", "b", "A", 20]]
    result = load_questions(write_xlsx(tmp_path / "de.xlsx", {"Câu hỏi chính": rows}))
    assert found(result, "cell_too_long") == [(2, "B", "text")]
    assert the(result, "cell_too_long").params == {"cell": "B2", "length": 10_001, "limit": 10_000}
    assert "Ô B2 chứa 10.001 ký tự, vượt giới hạn 10.000 ký tự" in shown(result, "vi")
    assert "Cell B2 holds 10,001 characters, over the 10,000 allowed" in shown(result, "en")


def test_a_word_table_cell_too_long(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    for c, text in enumerate(["Câu hỏi", "Đáp án", "Phương án A"]):
        table.cell(0, c).text = text
    for c, text in enumerate(["z" * (MAX_CELL_CHARS + 1), "A", "x"]):
        table.cell(1, c).text = text
    document.save(tmp_path / "bang.docx")
    result = load_questions(tmp_path / "bang.docx")
    assert [
        (p.location.table, p.location.row) for p in result.report if p.code == "cell_too_long"
    ] == [(1, 2)]


def test_a_media_path_too_long(tmp_path: Path) -> None:
    rows = [[*QUESTIONS[:6], "Hình ảnh"], ["M01", "Hình gì?", "a", "b", "A", 20, "d/" * 140]]
    result = load_questions(write_xlsx(tmp_path / "de.xlsx", {"Câu hỏi chính": rows}))
    assert found(result, "value_too_long") == [(2, "G", "media")]


def test_data_right_of_column_cv_is_named_and_column_cv_is_read(tmp_path: Path) -> None:
    path = h.workbook(tmp_path / "rong.xlsx", h.question_rows(3))
    cv1 = '<c r="CV1" t="inlineStr"><is><t>Cột lạ</t></is></c>'
    cw3 = '<c r="CW3" t="inlineStr"><is><t>lạc</t></is></c>'
    h.edit_part(
        path,
        h.SHEET,
        lambda xml: xml.replace('</row><row r="2">', cv1 + '</row><row r="2">').replace(
            '</row><row r="4">', cw3 + '</row><row r="4">'
        ),
    )
    result = load_questions(path)
    assert result.ok
    assert [p.params["column"] for p in result.report if p.code == "column_unknown"] == ["CV"]
    assert found(result, "data_beyond_columns") == [(3, "CW", None)]
    assert the(result, "data_beyond_columns").params == {"cell": "CW3", "last": "CV"}
    assert MAX_COLUMNS == 100  # CV; sheetscan's column pattern says the same


def test_yaml_anchors_alone_are_harmless_but_any_alias_is_refused(tmp_path: Path) -> None:
    head = "format: rcv-questions\nversion: 1\nquestions:\n"
    (tmp_path / "a.yaml").write_text(
        head + "  - &q {id: M01, kind: short, text: Hỏi?, answer: '1'}\n", encoding="utf-8"
    )
    assert load_questions(tmp_path / "a.yaml").ok
    (tmp_path / "b.yaml").write_text(
        head + "  - &q {id: M01, kind: short, text: Hỏi?, answer: '1'}\n  - *q\n", encoding="utf-8"
    )
    result = load_questions(tmp_path / "b.yaml")
    assert [(p.code, p.location.line) for p in result.report] == [("yaml_alias", 5)]


def test_a_docx_given_as_a_contestant_list(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Danh sách")
    document.save(tmp_path / "ds.xlsx")
    result = load_roster(tmp_path / "ds.xlsx")
    assert [p.code for p in result.report] == ["file_kind_mismatch"]
    assert the(result, "file_kind_mismatch").params == {
        "ext": ".xlsx",
        "actual": "Word (.docx)",
        "expected": "Excel (.xlsx)",
    }


def test_a_zip_directory_that_understates_a_part_is_caught_by_its_crc(tmp_path: Path) -> None:
    data = bytearray(h.workbook(tmp_path / "gia.xlsx", h.question_rows(50)).read_bytes())
    entry = data.find(b"PK\x01\x02")
    while data[entry + 46 : entry + 46 + len(h.SHEET)] != h.SHEET.encode():
        entry = data.find(b"PK\x01\x02", entry + 4)
    struct.pack_into("<I", data, entry + 24, 100)  # "100 bytes once inflated"
    (tmp_path / "gia.xlsx").write_bytes(bytes(data))
    result = load_questions(tmp_path / "gia.xlsx")
    assert [p.code for p in result.report] == ["file_corrupt"]


def test_zip_check_counts_the_directory_before_reading_it() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for i in range(2_001):
            z.writestr(f"p{i}.xml", b"<a/>")
    problem = check_zip(out.getvalue(), lambda _name: True)
    assert problem is not None and problem.code == "file_too_many_parts"
    assert problem.params == {"count": 2_001, "limit": 2_000}


class Trickle(io.RawIOBase):
    """A stream that hands out a few bytes per read, to cut every tag somewhere."""

    def __init__(self, data: bytes, size: int) -> None:
        self.data, self.size, self.at = data, size, 0

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        piece = self.data[self.at : self.at + self.size]
        self.at += len(piece)
        return piece


@pytest.mark.parametrize("size", [1, 7, 4096])
def test_the_sheet_scan_does_not_depend_on_where_reads_end(tmp_path: Path, size: int) -> None:
    path = h.stray_cell(tmp_path / "s.xlsx", h.question_rows(30))
    merge = '<mergeCells count="1"><mergeCell ref="B2:B3"/></mergeCells>'
    hidden = '<row r="5" hidden="1">'
    h.edit_part(
        path,
        h.SHEET,
        lambda xml: xml.replace('<row r="5">', hidden, 1).replace(
            "</sheetData>", "</sheetData>" + merge
        ),
    )
    with zipfile.ZipFile(path) as z:
        xml = z.read(h.SHEET)
    whole = scan_sheet(io.BytesIO(xml), 10**6, 10**7)
    trickled = scan_sheet(Trickle(xml, size), 10**6, 10**7)
    assert whole == trickled
    assert (whole.merges, whole.hidden_rows, whole.last_value) == (
        [(2, 2, 3, 2)],
        {5},
        (1_048_576, 16_384),
    )
    assert whole.cells == 31 * 6 + 1 and not whole.formulas


def test_a_media_file_too_big_or_not_a_file(tmp_path: Path) -> None:
    with (tmp_path / "phim.mp4").open("wb") as f:
        f.truncate(101 << 20)  # sparse: nothing written
    (tmp_path / "thu-muc.png").mkdir()
    rows = [
        [*QUESTIONS[:6], "Hình ảnh"],
        ["M01", "Phim gì?", "a", "b", "A", 20, "phim.mp4"],
        ["M02", "Hình gì?", "a", "b", "A", 20, "thu-muc.png"],
    ]
    result = load_questions(write_xlsx(tmp_path / "de.xlsx", {"Câu hỏi chính": rows}))
    assert found(result, "media_too_big") == [(2, "G", "media")]
    assert found(result, "media_missing") == [(3, "G", "media")]
    assert the(result, "media_too_big").params == {"path": "phim.mp4", "size": 101, "limit": 100}


def test_json_the_yaml_parser_rejects_is_still_bounded(tmp_path: Path) -> None:
    # YAML refuses keys over 1,024 characters, JSON does not: the tree then comes from json
    head = '{"' + "k" * 1100 + '": 1, "format": "rcv-questions", "version": 1, "questions": ['
    small = head + '{"id": "M01", "kind": "short", "text": "Hỏi?", "answer": "1", "time": 20}]}'
    (tmp_path / "nho.json").write_text(small, encoding="utf-8")
    result = load_questions(tmp_path / "nho.json")
    assert result.ok and [p.code for p in result.report] == ["yaml_unknown_key"]
    big = small.replace('"time": 20}]', '"time": 20, "x": [' + "0," * 300_000 + "0]}]")
    (tmp_path / "lon.json").write_text(big, encoding="utf-8")
    result = load_questions(tmp_path / "lon.json")
    assert [p.code for p in result.report] == ["yaml_too_many_values"]
    assert result.report.problems[0].location.line is None  # from the JSON data, not YAML
    assert the(result, "yaml_too_many_values").params == {"limit": 300_000}


def test_a_word_table_cell_spanning_a_billion_columns(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    for c, text in enumerate(["Câu hỏi", "Đáp án"]):
        table.cell(0, c).text = text
    table.cell(1, 0).text = "Hỏi?"
    table.cell(1, 1).text = "Hà Nội"
    span = table.cell(1, 1)._tc.get_or_add_tcPr()
    span.append(
        span.makeelement(docx.oxml.ns.qn("w:gridSpan"), {docx.oxml.ns.qn("w:val"): "1000000000"})
    )
    document.save(tmp_path / "rong.docx")
    result = load_questions(tmp_path / "rong.docx")
    assert result.ok and result.questions.questions[0].accepted == ("Hà Nội",)
