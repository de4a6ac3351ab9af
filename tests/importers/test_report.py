"""The report itself: every code has a sentence in both languages, places read well, warnings
merge; the importers give codes, places and data, and the words come from the catalogue."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from rcv.i18n import Words
from rcv.i18n.phrases import importing
from rcv.i18n.phrases.importing import (
    compact_numbers,
    field_label,
    location_text,
    problem_line,
    problem_text,
    report_lines,
    report_text,
)
from rcv.importers import Location, Report
from rcv.importers.headers import QUESTION_FIELDS, ROSTER_ALIASES, fold, match_header
from rcv.importers.report import Term, term
from rcv.importers.values import answer_letter, number_text, parse_seconds, true_false_value

SOURCES = Path(__file__).resolve().parents[2] / "rcv" / "importers"
VIETNAMESE = re.compile(
    "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE
)


def importer_code() -> str:
    return "".join(p.read_text(encoding="utf-8") for p in SOURCES.glob("*.py"))


def used_codes() -> set[str]:
    text = importer_code()
    found = set(re.findall(r'\.(?:error|warn)\(\s*"(\w+)"', text))
    found |= set(re.findall(r'CellIssue\("(\w+)"', text))
    found |= set(re.findall(r'"((?:file|docx)_\w+)"', text)) & set(importing.PROBLEMS)
    found |= set(re.findall(r'code = "(\w+)" if', text))
    return found


def names(template: str) -> set[str]:
    return {n for _, n, _, _ in string.Formatter().parse(template) if n}


def test_every_code_used_has_a_sentence_and_every_term_a_word() -> None:
    used = used_codes()
    assert len(used) > 40
    assert used <= set(importing.PROBLEMS), used - set(importing.PROBLEMS)
    terms = set(re.findall(r'term\(\s*"(\w+)"', importer_code()))
    assert len(terms) > 10 and terms == set(importing.TERMS), terms ^ set(importing.TERMS)


def test_the_importers_hold_no_words_and_no_language() -> None:
    """Codes and data only: no language parameter, and no word of rcv's own among what a problem
    is made of (a reason, what was expected): those are a :class:`Term`."""
    makers = {"error", "warn", "ZipProblem", "CellIssue", "_Refused", "term"}
    checked = 0
    for path in SOURCES.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\blang\b|\(vi, en\)", text), path.name
        for call in ast.walk(ast.parse(text)):
            if not isinstance(call, ast.Call):
                continue
            name = getattr(call.func, "attr", getattr(call.func, "id", ""))
            if name not in makers:
                continue
            checked += 1
            for arg in [*call.args, *(k.value for k in call.keywords)]:
                for node in ast.walk(arg):
                    if isinstance(node, ast.Constant) and isinstance(node.value, str):
                        assert not VIETNAMESE.search(node.value), (path.name, node.value)
    assert checked > 80


def test_every_template_has_a_finished_english_translation() -> None:
    english = Words("en")
    templates = [(context, source) for context, table in importing.TABLES for source in table]
    assert len(templates) > 150
    missing = [t for t in templates if not english.has(*t)]
    assert not missing, missing
    for context, source in templates:
        translated = english(context, source)
        assert names(translated) == names(source), (context, source)
        assert not VIETNAMESE.search(translated), (context, translated)
        if context == importing.PROBLEM:
            assert translated != source, source


def test_every_field_a_header_can_name_has_a_label_in_both_languages() -> None:
    labelled = set(QUESTION_FIELDS) | set(ROSTER_ALIASES) - {"ignored"}
    assert labelled <= set(importing.FIELD_LABELS)
    vi, en = Words("vi"), Words("en")
    assert (field_label("answer", vi), field_label("answer", en)) == ("Đáp án", "Answer")
    assert field_label("questions", en) == "questions"  # a YAML key is shown as written


def test_a_problem_reads_with_its_place_in_both_languages() -> None:
    report = Report()
    where = Location("de.xlsx", sheet="Câu hỏi phụ", row=12, column="G")
    report.error("answer_not_option", where, "answer", answer="E", letters="A–D")
    (problem,) = report
    assert (problem.code, problem.field, dict(problem.params)) == (
        "answer_not_option",
        "answer",
        {"answer": "E", "letters": "A–D"},
    )
    (vi,) = report_lines(report, Words("vi"))
    (en,) = report_lines(report, Words("en"))
    assert vi == (
        'LỖI: de.xlsx › trang tính "Câu hỏi phụ" › dòng 12 › cột G › Đáp án: '
        'Đáp án "E" không nằm trong các phương án A–D. Sửa đáp án hoặc bổ sung '
        "phương án."
    )
    assert en == (
        'ERROR: de.xlsx › sheet "Câu hỏi phụ" › row 12 › column G › Answer: '
        'The answer "E" is not one of the options A–D. Fix the answer or add the '
        "option."
    )
    assert problem_line(problem, Words("en")) == en


def test_a_place_given_as_a_parameter_is_named_as_briefly_as_it_can_be() -> None:
    here = Location("ds.xlsx", sheet="10A", row=7, column="A", sheet_no=1)
    report = Report()
    report.error("sbd_duplicate", here, "sbd", sbd="001", other=here.at(row=3))
    report.error("sbd_duplicate", here, "sbd", sbd="002", other=here.at(sheet="10B", row=4))
    report.error("id_duplicate", here, "id", id="M1", other=Location("khac.yaml", line=9))
    same_sheet, other_sheet, other_file = report
    vi, en = Words("vi"), Words("en")
    assert problem_text(same_sheet, vi).startswith('SBD "001" trùng với thí sinh ở dòng 3, cột A.')
    assert problem_text(same_sheet, en).startswith(
        'Candidate number "001" is also given to the contestant at row 3, column A.'
    )
    assert 'ở trang tính "10B", dòng 4, cột A.' in problem_text(other_sheet, vi)
    assert 'at sheet "10B", row 4, column A.' in problem_text(other_sheet, en)
    assert "at khac.yaml, line 9." in problem_text(other_file, en)
    assert location_text(here, en, with_file=False) == 'sheet "10A", row 7, column A'


def test_words_of_rcv_inside_parameters_are_said_in_the_readers_language() -> None:
    report = Report()
    report.error("file_unreadable", Location("a.xlsx"), reason=term("folder"))
    report.error(
        "file_corrupt",
        Location("b.xlsx"),
        expected="Word (.docx)",
        reason=term("damaged_zip_error", error="BadZipFile"),
    )
    report.error(
        "file_inflates",
        Location("c.xlsx"),
        part=term("all_parts", count=12_000),
        size=1024.0,
        limit=512.0,
    )
    assert report.problems[0].params["reason"] == Term("folder")
    vi, en = report_text(report, Words("vi")), report_text(report, Words("en"))
    assert "Không mở được tệp (đây là thư mục)." in vi
    assert "The file cannot be opened (a folder)." in en
    assert "không phải tệp Word (.docx) thật (zip hỏng: BadZipFile)" in vi
    assert "not a real Word (.docx) file (damaged zip: BadZipFile)" in en
    assert "Khi giải nén, 12.000 phần chiếm 1024 MB" in vi
    assert "Unpacked, 12,000 parts takes 1024 MB" in en


def test_numbers_and_quoted_values_read_the_readers_way() -> None:
    vi, en = Words("vi"), Words("en")
    assert [importing.number_text(n, vi) for n in (1048576, 9999, 0.5, 1024.0)] == [
        "1.048.576",
        "9999",
        "0,5",
        "1024",
    ]
    assert [importing.number_text(n, en) for n in (1048576, 12.5)] == ["1,048,576", "12.5"]
    report = Report()
    report.error(
        "answer_unclear", Location("a.xlsx", row=2), "answer", answer="x" * 5000, letters="A, B"
    )
    assert report.problems[0].params["answer"] == "x" * 5000  # the data stays whole
    (line,) = report_lines(report, en)
    assert len(line) < 400 and "x" * 119 + "…" in line


def test_warnings_alike_but_for_their_row_are_printed_once() -> None:
    report = Report()
    for row in (3, 4, 5, 9):
        report.warn(
            "time_missing", Location("a.xlsx", sheet="S", row=row, column="H", sheet_no=1), "time"
        )
    report.warn(
        "time_missing", Location("a.xlsx", sheet="T", row=2, column="H", sheet_no=2), "time"
    )
    merged, single = report.entries()
    assert (merged.numbers, merged.counted, merged.location.row) == ((3, 4, 5, 9), "row", None)
    assert (single.numbers, single.location.sheet, single.location.row) == ((), "T", 2)
    vi = report_lines(report, Words("vi"))
    en = report_lines(report, Words("en"))
    assert vi[0].startswith('Cảnh báo: a.xlsx › trang tính "S" › cột H › các dòng 3–5, 9 › ')
    assert en[0].startswith('Warning: a.xlsx › sheet "S" › column H › rows 3–5, 9 › Time (s): ')
    assert 'trang tính "T" › dòng 2' in vi[1]


def test_errors_come_first_then_warnings_in_file_order() -> None:
    report = Report()
    report.warn("row_hidden", Location("a.docx", paragraph=4))
    report.warn("row_hidden", Location("a.docx", paragraph=2))
    report.error("docx_equation", Location("a.docx", paragraph=9))
    assert [(e.problem.code, e.numbers) for e in report.entries()] == [
        ("docx_equation", ()),
        ("row_hidden", (2, 4)),
    ]
    assert report.entries()[1].counted == "paragraph"
    assert "› paragraphs 2, 4:" in report_text(report, Words("en"))
    assert report_text(Report(), Words("en")) == "No problems found."


def test_compact_numbers() -> None:
    assert compact_numbers([9, 3, 5, 6, 7, 3]) == "3, 5–7, 9"


@pytest.mark.parametrize(
    "label, field",
    [
        ("Câu hỏi", "text"),
        ("Nội dung câu hỏi", "text"),
        ("NOI DUNG CAU HOI", "text"),
        ("  câu   hỏi ", "text"),
        ("Question", "text"),
        ("Phương án A", "option_a"),
        ("A", "option_a"),
        ("Đáp án B", "option_b"),
        ("PA C", "option_c"),
        ("Option D", "option_d"),
        ("Đáp án", "answer"),
        ("Đáp án đúng", "answer"),
        ("Đáp áp", "answer"),
        ("Correct answer", "answer"),
        ("Thời gian (giây)", "time"),
        ("Thoi gian(s)", "time"),
        ("Thời gia", "time"),
        ("Giải thích", "explanation"),
        ("Vòng thi", "pool"),
        ("Loại câu hỏi", "kind"),
        ("Hình ảnh", "media"),
        ("Mã câu", "id"),
        ("STT", "ordinal"),
    ],
)
def test_question_headers_as_secretaries_write_them(label: str, field: str) -> None:
    assert match_header(label, QUESTION_FIELDS) == field


@pytest.mark.parametrize(
    "label, field",
    [
        ("SBD", "sbd"),
        ("Số báo danh", "sbd"),
        ("Họ và tên", "name"),
        ("Họ tên", "name"),
        ("Ho va ten", "name"),
        ("Họ đệm", "family_name"),
        ("Tên", "given_name"),
        ("Đơn vị", "unit"),
        ("Trường", "unit"),
        ("Lớp/Nhóm", "group"),
        ("Số ghế", "seat"),
        ("Mã check-in", "checkin"),
        ("Ngày sinh", "ignored"),
    ],
)
def test_roster_headers(label: str, field: str) -> None:
    assert match_header(label, ROSTER_ALIASES) == field


def test_unknown_or_ambiguous_headers_match_nothing() -> None:
    assert match_header("Ghi chú lung tung", QUESTION_FIELDS) is None
    assert match_header("Phương án", QUESTION_FIELDS) is None
    assert match_header("G", QUESTION_FIELDS) is None
    assert fold("Đường ĐI  Ầ-Ẫ") == "duong di a a"


def test_values_read_as_meant() -> None:
    assert [parse_seconds(t) for t in ("20", "20 giây", "15s", "20,0", "0", "2.5", "x")] == [
        20,
        20,
        15,
        20,
        None,
        None,
        None,
    ]
    assert [answer_letter(t) for t in ("b", "(C)", "Phương án D", "A. Huế", "An Giang")] == [
        "B",
        "C",
        "D",
        "A",
        None,
    ]
    assert [true_false_value(t) for t in ("Đúng", "đ", "SAI", "false", "B", "có lẽ")] == [
        True,
        True,
        False,
        False,
        False,
        None,
    ]
    assert (number_text(7.0), number_text(7, "000"), number_text(0.25)) == ("7", "007", "0.25")
