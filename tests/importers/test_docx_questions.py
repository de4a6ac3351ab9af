"""Word question sets as organisers write them: "Câu 1.", options, "Đáp án:", marked options."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import RGBColor

from rcv.core.model import Pool, QuestionKind
from rcv.importers import load_questions, save_questions
from tests.importers.conftest import png, shown, the


def codes(result) -> list[str]:
    return [p.code for p in result.report]


def test_tidy_document_one_option_per_line_with_answer_lines(word) -> None:
    path = word(
        [
            "ĐỀ THI RUNG CHUÔNG VÀNG NĂM 2024",
            "PHẦN I. CÂU HỎI CHÍNH",
            "Câu 1: Thủ đô của Việt Nam là?",
            "A. Huế",
            "B. Hà Nội",
            "C. Đà Nẵng",
            "D. Cần Thơ",
            "Đáp án: B",
            "Giải thích: Hà Nội là thủ đô.",
            "Nguồn: SGK",
            "Câu 2 (15 giây). Trái Đất quay quanh Mặt Trời. Đúng hay sai?",
            "Đáp án: Đúng",
            "PHẦN II. CÂU HỎI PHỤ",
            "Câu 1. $\\frac{1}{4}$ viết dưới dạng số thập phân là?",
            "Đáp án: 0,25",
            "Thời gian: 10 giây",
        ]
    )
    result = load_questions(path)
    assert result.ok, shown(result)
    q1, q2, p1 = result.questions.questions
    assert result.questions.title == "ĐỀ THI RUNG CHUÔNG VÀNG NĂM 2024"
    assert (q1.id, q1.pool, q1.text, q1.options, q1.correct) == (
        "M01",
        Pool.MAIN,
        "Thủ đô của Việt Nam là?",
        ("Huế", "Hà Nội", "Đà Nẵng", "Cần Thơ"),
        "B",
    )
    assert (q1.explanation, q1.source, q1.time_limit_s) == ("Hà Nội là thủ đô.", "SGK", None)
    assert (q2.kind, q2.correct, q2.time_limit_s) == (QuestionKind.TRUE_FALSE, "A", 15)
    assert (p1.id, p1.pool, p1.kind, p1.accepted, p1.time_limit_s) == (
        "P01",
        Pool.TIEBREAK,
        QuestionKind.SHORT,
        ("0,25",),
        10,
    )
    assert p1.text == "$\\frac{1}{4}$ viết dưới dạng số thập phân là?"
    (missing_time,) = [p for p in result.report if p.code == "time_missing"]
    assert missing_time.location.paragraph == 3  # "Câu 1:" is the third paragraph


def test_several_options_on_one_line_and_text_on_the_next_line(word) -> None:
    path = word(
        [
            "Câu 1.",
            "Sông nào dài nhất Việt Nam?",
            "A. Sông Hồng\tB. Sông Đà",
            "C. Sông Mã     D. Sông Đồng Nai",
            "Đáp án: D",
            "Câu 2: Số nào là số nguyên tố? A. 4  B. 6  C. 7",
            "Đáp án: C. 7",
        ]
    )
    result = load_questions(path)
    assert result.ok, shown(result)
    q1, q2 = result.questions.questions
    assert q1.text == "Sông nào dài nhất Việt Nam?"
    assert q1.options == ("Sông Hồng", "Sông Đà", "Sông Mã", "Sông Đồng Nai")
    assert q1.correct == "D"
    assert (q2.text, q2.options, q2.correct) == ("Số nào là số nguyên tố?", ("4", "6", "7"), "C")


def test_correct_option_marked_by_underline_bold_colour_or_highlight(word) -> None:
    marks = [
        {"underline": True},
        {"bold": True},
        {"color": RGBColor(0xFF, 0, 0)},
        {"highlight": WD_COLOR_INDEX.YELLOW},
    ]
    paragraphs: list = []
    for n, mark in enumerate(marks, start=1):
        paragraphs.append(f"Câu {n}. Hỏi {n}?")
        for i, letter in enumerate("ABCD"):
            if i == n - 1:
                paragraphs.append(((f"{letter}. ", mark), (f"đáp {letter}", mark)))
            else:
                paragraphs.append(f"{letter}. đáp {letter}")
    path = word(paragraphs)
    result = load_questions(path)
    assert result.ok, shown(result)
    assert [q.correct for q in result.questions.questions] == ["A", "B", "C", "D"]


def test_only_the_letter_marked_on_a_shared_line_counts(word) -> None:
    path = word(
        [
            "Câu 1. Hỏi?",
            ("A. một   ", ("B.", {"bold": True}), " hai   C. ba"),
        ]
    )
    result = load_questions(path)
    assert result.ok, shown(result)
    assert result.questions.questions[0].correct == "B"


def test_bold_on_every_option_is_style_not_an_answer(word) -> None:
    bold = {"bold": True}
    path = word(
        [
            "Câu 1. Hỏi?",
            (("A.", bold), " một"),
            (("B.", bold), " hai"),
            (("C.", bold), (" ba", {"underline": True})),
        ]
    )
    result = load_questions(path)
    assert result.ok, shown(result)
    assert result.questions.questions[0].correct == "C"


def test_a_marked_word_inside_an_option_is_emphasis_not_an_answer(word) -> None:
    path = word(
        [
            "Câu 1. Điều nào sai?",
            ("A. Luật ", ("không", {"bold": True}), " cho phép"),
            "B. Luật cho phép",
            "Đáp án: B",
        ]
    )
    result = load_questions(path)
    assert result.ok, shown(result)
    assert result.questions.questions[0].correct == "B"


def test_marked_option_and_answer_line_that_disagree_is_an_error(word) -> None:
    path = word(
        [
            "Câu 1. Hỏi?",
            "A. một",
            (("B. hai", {"underline": True}),),
            "Đáp án: A",
            "Câu 2. Hỏi?",
            (("A. một", {"bold": True}),),
            (("B. hai", {"underline": True}),),
            "C. ba",
        ]
    )
    result = load_questions(path)
    assert result.questions is None
    conflict = next(p for p in result.report if p.code == "answer_conflict")
    assert (conflict.location.paragraph, conflict.params) == (4, {"written": "A", "marked": "B"})
    several = next(p for p in result.report if p.code == "answer_several_marked")
    assert several.params["letters"] == "A, B"


def test_pictures_travel_with_their_question(word, tmp_path: Path) -> None:
    picture = png()
    path = word(
        [
            "Câu 1. Đây là lá cờ nước nào?",
            (("", {"picture": picture}),),
            "A. Việt Nam",
            "B. Lào",
            "Đáp án: A",
            "Câu 2. Không có hình?",
            "A. có",
            "B. không",
            "Đáp án: B",
        ],
        name="Đề thi 2024.docx",
    )
    result = load_questions(path)
    assert result.ok, shown(result)
    q1, q2 = result.questions.questions
    assert q1.media == "media/de-thi-2024/q001.png"
    assert q2.media is None
    assert result.media == {q1.media: picture}
    out = tmp_path / "out" / "bo-cau-hoi.yaml"
    save_questions(result.questions, out, result.media)
    assert (out.parent / q1.media).read_bytes() == picture
    again = load_questions(out)
    assert again.questions == result.questions


def test_two_pictures_in_one_question_or_a_picture_option_are_errors(word) -> None:
    picture = png()
    path = word(
        [
            "Câu 1. Hai hình?",
            (("", {"picture": picture}),),
            (("", {"picture": png(rgb=(0, 0, 255))}),),
            "A. x",
            "B. y",
            "Đáp án: A",
            "Câu 2. Hình ở phương án?",
            ("A. ", ("", {"picture": picture})),
            "B. y",
            "Đáp án: A",
        ]
    )
    result = load_questions(path)
    assert result.questions is None
    assert {(p.code, p.location.paragraph) for p in result.report.errors} == {
        ("media_several", 3),
        ("media_in_option", 8),
    }


def test_text_that_begins_like_an_option_stays_text(word) -> None:
    path = word(["Câu 1.", "C. Mác sinh năm nào?", "A. 1818", "B. 1820", "Đáp án: A"])
    result = load_questions(path)
    assert result.ok, shown(result)
    q = result.questions.questions[0]
    assert (q.text, q.options) == ("C. Mác sinh năm nào?", ("1818", "1820"))


def test_stray_paragraph_is_reported_not_swallowed(word) -> None:
    path = word(["Câu 1. Hỏi?", "A. x", "B. y", "Đáp án: A", "Ghi chú của thư ký"])
    result = load_questions(path)
    assert result.ok
    (ignored,) = [p for p in result.report if p.code == "docx_paragraph_ignored"]
    assert ignored.location.paragraph == 5
    assert ignored.params["excerpt"] == "Ghi chú của thư ký"


def test_options_out_of_order_and_answer_not_among_options(word) -> None:
    path = word(
        [
            "Câu 1. Hỏi?",
            "A. x",
            "C. y",
            "Đáp án: A",
            "Câu 2. Hỏi?",
            "A. x",
            "B. y",
            "Đáp án: D",
            "Câu 3. Thiếu phương án?",
            "Đáp án: B",
        ]
    )
    result = load_questions(path)
    assert result.questions is None
    assert {(p.code, p.location.paragraph) for p in result.report.errors} == {
        ("option_order", 3),
        ("answer_not_option", 8),
        ("options_too_few", 9),
    }


def test_document_not_in_the_expected_shape(word) -> None:
    result = load_questions(word(["Biên bản họp", "Nội dung: bàn về cuộc thi."]))
    assert result.questions is None
    assert codes(result) == ["docx_no_questions"]
    assert the(result, "docx_no_questions").location.file == "de-thi.docx"


def test_automatic_numbering_is_explained(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Thủ đô của Việt Nam?", style="List Number")
    document.add_paragraph("Hà Nội", style="List Number 2")
    document.save(tmp_path / "tudong.docx")
    result = load_questions(tmp_path / "tudong.docx")
    assert codes(result) == ["docx_autonumber"]


def test_question_table_in_word_is_read_like_a_sheet(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("CÂU HỎI PHỤ")
    table = document.add_table(rows=3, cols=5)
    for r, row in enumerate(
        [
            ["STT", "Câu hỏi", "A", "B", "Đáp án"],
            ["1", "Một?", "x", "y", "B"],
            ["2", "Hai?", "x", "y", "A"],
        ]
    ):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(tmp_path / "bang.docx")
    result = load_questions(tmp_path / "bang.docx")
    assert result.ok, shown(result)
    assert [(q.id, q.pool, q.correct) for q in result.questions.questions] == [
        ("P01", Pool.TIEBREAK, "B"),
        ("P02", Pool.TIEBREAK, "A"),
    ]


def test_options_laid_out_in_a_table(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Câu 1. Hỏi?")
    table = document.add_table(rows=2, cols=2)
    for (r, c), text in {
        (0, 0): "A. một",
        (0, 1): "B. hai",
        (1, 0): "C. ba",
        (1, 1): "D. bốn",
    }.items():
        table.cell(r, c).text = text
    document.add_paragraph("Đáp án: C")
    document.save(tmp_path / "pa-bang.docx")
    result = load_questions(tmp_path / "pa-bang.docx")
    assert result.ok, shown(result)
    assert result.questions.questions[0].options == ("một", "hai", "ba", "bốn")


def test_soft_line_breaks_inside_one_paragraph(tmp_path: Path) -> None:
    document = docx.Document()
    p = document.add_paragraph("Câu 1. Hỏi?")
    for line in ("A. x", "B. y", "Đáp án: B"):
        p.add_run().add_break()
        p.add_run(line)
    document.save(tmp_path / "xuongdong.docx")
    result = load_questions(tmp_path / "xuongdong.docx")
    assert result.ok, shown(result)
    q = result.questions.questions[0]
    assert (q.text, q.options, q.correct) == ("Hỏi?", ("x", "y"), "B")


def test_equation_objects_are_refused_with_advice(tmp_path: Path) -> None:
    from docx.oxml import parse_xml

    document = docx.Document()
    p = document.add_paragraph("Câu 1. Tính ")
    p._p.append(
        parse_xml(
            '<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">'
            "<m:r><m:t>x+1</m:t></m:r></m:oMath>"
        )
    )
    document.add_paragraph("Đáp án: 2")
    document.save(tmp_path / "pt.docx")
    result = load_questions(tmp_path / "pt.docx")
    assert result.questions is None
    eq = the(result, "docx_equation")
    assert (eq.location.paragraph, eq.severity.value) == (1, "error")


def test_picture_bytes_match_what_word_holds(word) -> None:
    picture = png(3, 3)
    path = word(["Câu 1. Hình?", (("", {"picture": picture}),), "A. x", "B. y", "Đáp án: A"])
    document = docx.Document(io.BytesIO(path.read_bytes()))
    blobs = [rel.target_part.blob for rel in document.part.rels.values() if "image" in rel.reltype]
    assert load_questions(path).media[next(iter(load_questions(path).media))] == blobs[0]


def test_a_question_that_says_true_or_false_needs_dung_or_sai(word) -> None:
    path = word(
        [
            "Câu 1. Đúng hay sai: 1 + 1 = 3?",
            "Đáp án: không biết",
            "Câu 2. Đúng hay sai: 2 + 2 = 4?",
            "Đáp án: Đ",
        ]
    )
    result = load_questions(path)
    assert result.questions is None
    (problem,) = result.report.errors
    assert (problem.code, problem.location.paragraph, problem.location.question) == (
        "answer_true_false",
        2,
        "1",
    )
    assert problem.field == "answer" and problem.params == {"answer": "không biết"}
    assert "LỖI: de-thi.docx › đoạn 2 › câu 1 › Đáp án: Câu đúng/sai cần" in shown(result, "vi")
    assert (
        "ERROR: de-thi.docx › paragraph 2 › question 1 › Answer: A true/false question needs "
        'the answer True or False, here "không biết".'
    ) in shown(result, "en")
