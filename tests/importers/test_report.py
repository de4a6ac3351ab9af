"""The report itself: every code has both languages, locations read well, warnings merge."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from rcv.importers import Location, Report
from rcv.importers.headers import QUESTION_FIELDS, ROSTER_ALIASES, fold, match_header
from rcv.importers.messages import FIELD_LABELS, MESSAGES
from rcv.importers.report import compact_numbers
from rcv.importers.values import answer_letter, number_text, parse_seconds, true_false_value

SOURCES = Path(__file__).resolve().parents[2] / "rcv" / "importers"


def used_codes() -> set[str]:
    text = "".join(p.read_text(encoding="utf-8") for p in SOURCES.glob("*.py"))
    found = set(re.findall(r'\.(?:error|warn)\(\s*"(\w+)"', text))
    found |= set(re.findall(r'CellIssue\("(\w+)"', text))
    found |= set(re.findall(r'"((?:file|docx)_\w+)"', text)) & set(MESSAGES)
    found |= set(re.findall(r'code = "(\w+)" if', text))
    return found


def test_every_code_used_has_vietnamese_and_english_text() -> None:
    used = used_codes()
    assert len(used) > 40
    assert used <= set(MESSAGES), used - set(MESSAGES)
    for code, (vi, en) in MESSAGES.items():
        names = lambda t: {n for _, n, _, _ in string.Formatter().parse(t) if n}  # noqa: E731
        assert names(vi) == names(en), code
        assert vi != en and vi.strip() and en.strip(), code


def test_every_field_a_header_can_name_has_a_label() -> None:
    assert set(QUESTION_FIELDS) <= set(FIELD_LABELS)
    assert set(ROSTER_ALIASES) - {"ignored"} <= set(FIELD_LABELS)


def test_a_problem_reads_with_its_place_in_both_languages() -> None:
    report = Report()
    where = Location("de.xlsx", sheet="Câu hỏi phụ", row=12, column="G")
    report.error("answer_not_option", where, "answer", answer="E", letters="A–D")
    (vi,) = report.lines("vi")
    (en,) = report.lines("en")
    assert vi == ('LỖI: de.xlsx › trang tính "Câu hỏi phụ" › dòng 12 › cột G › Đáp án: '
                  'Đáp án "E" không nằm trong các phương án A–D. Sửa đáp án hoặc bổ sung '
                  "phương án.")
    assert en.startswith('ERROR: de.xlsx › sheet "Câu hỏi phụ" › row 12 › column G › Answer:')


def test_warnings_alike_but_for_their_row_are_printed_once() -> None:
    report = Report()
    for row in (3, 4, 5, 9):
        report.warn("time_missing", Location("a.xlsx", sheet="S", row=row, column="H",
                                             sheet_no=1), "time")
    report.warn("time_missing", Location("a.xlsx", sheet="T", row=2, column="H", sheet_no=2),
                "time")
    lines = report.lines("vi")
    assert len(lines) == 2
    assert "các dòng 3–5, 9" in lines[0]
    assert 'trang tính "T" › dòng 2' in lines[1]


def test_compact_numbers() -> None:
    assert compact_numbers([9, 3, 5, 6, 7, 3]) == "3, 5–7, 9"


@pytest.mark.parametrize("label, field", [
    ("Câu hỏi", "text"), ("Nội dung câu hỏi", "text"), ("NOI DUNG CAU HOI", "text"),
    ("  câu   hỏi ", "text"), ("Question", "text"), ("Phương án A", "option_a"),
    ("A", "option_a"), ("Đáp án B", "option_b"), ("PA C", "option_c"), ("Option D", "option_d"),
    ("Đáp án", "answer"), ("Đáp án đúng", "answer"), ("Đáp áp", "answer"),
    ("Correct answer", "answer"), ("Thời gian (giây)", "time"), ("Thoi gian(s)", "time"),
    ("Thời gia", "time"), ("Giải thích", "explanation"), ("Vòng thi", "pool"),
    ("Loại câu hỏi", "kind"), ("Hình ảnh", "media"), ("Mã câu", "id"), ("STT", "ordinal"),
])
def test_question_headers_as_secretaries_write_them(label: str, field: str) -> None:
    assert match_header(label, QUESTION_FIELDS) == field


@pytest.mark.parametrize("label, field", [
    ("SBD", "sbd"), ("Số báo danh", "sbd"), ("Họ và tên", "name"), ("Họ tên", "name"),
    ("Ho va ten", "name"), ("Họ đệm", "family_name"), ("Tên", "given_name"),
    ("Đơn vị", "unit"), ("Trường", "unit"), ("Lớp/Nhóm", "group"), ("Số ghế", "seat"),
    ("Mã check-in", "checkin"), ("Ngày sinh", "ignored"),
])
def test_roster_headers(label: str, field: str) -> None:
    assert match_header(label, ROSTER_ALIASES) == field


def test_unknown_or_ambiguous_headers_match_nothing() -> None:
    assert match_header("Ghi chú lung tung", QUESTION_FIELDS) is None
    assert match_header("Phương án", QUESTION_FIELDS) is None
    assert match_header("G", QUESTION_FIELDS) is None
    assert fold("Đường ĐI  Ầ-Ẫ") == "duong di a a"


def test_values_read_as_meant() -> None:
    assert [parse_seconds(t) for t in ("20", "20 giây", "15s", "20,0", "0", "2.5", "x")] == [
        20, 20, 15, 20, None, None, None]
    assert [answer_letter(t) for t in ("b", "(C)", "Phương án D", "A. Huế", "An Giang")] == [
        "B", "C", "D", "A", None]
    assert [true_false_value(t) for t in ("Đúng", "đ", "SAI", "false", "B", "có lẽ")] == [
        True, True, False, False, False, None]
    assert (number_text(7.0), number_text(7, "000"), number_text(0.25)) == ("7", "007", "0.25")
