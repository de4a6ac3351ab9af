"""Excel question sets, tidy and messy, checked the way a secretary would check them."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from rcv.core.model import Pool, QuestionKind
from rcv.importers import load_questions
from tests.importers.conftest import shown, the, write_xlsx

TEMPLATE_HEADER = [
    "Mã câu",
    "Câu hỏi",
    "Phương án A",
    "Phương án B",
    "Phương án C",
    "Phương án D",
    "Đáp án",
    "Loại câu",
    "Thời gian (giây)",
    "Giải thích",
    "Nguồn",
]


def problems(result, code: str) -> list:
    return [p for p in result.report if p.code == code]


def test_tidy_sheets_per_pool_are_read_field_by_field(xlsx) -> None:
    path = xlsx(
        {
            "Câu hỏi chính": [
                TEMPLATE_HEADER,
                [
                    "M01",
                    "Thủ đô của Việt Nam là?",
                    "Huế",
                    "Hà Nội",
                    "Đà Nẵng",
                    "Cần Thơ",
                    "B",
                    "Trắc nghiệm",
                    20,
                    "Hà Nội là thủ đô từ 1010.",
                    "SGK Lịch sử 10",
                ],
                ["M02", "Trái Đất quay quanh Mặt Trời.", None, None, None, None, "Đúng", None, 15],
                [
                    "M03",
                    "$\\sqrt{0,0625}$ bằng bao nhiêu?",
                    None,
                    None,
                    None,
                    None,
                    "0,25",
                    None,
                    30,
                ],
            ],
            "Câu hỏi phụ": [
                TEMPLATE_HEADER,
                [
                    None,
                    "Tỉnh nào có diện tích lớn nhất?",
                    None,
                    None,
                    None,
                    None,
                    "Nghệ An; Tỉnh Nghệ An",
                    "Trả lời ngắn",
                    10,
                ],
            ],
            "Chuông vàng": [
                TEMPLATE_HEADER,
                [None, "Năm nào?", "1945", "1954", None, None, "A", None, 30],
            ],
        }
    )
    result = load_questions(path)
    assert result.ok, shown(result)
    q1, q2, q3, p1, f1 = result.questions.questions
    assert (q1.id, q1.text, q1.options, q1.correct, q1.kind, q1.pool, q1.time_limit_s) == (
        "M01",
        "Thủ đô của Việt Nam là?",
        ("Huế", "Hà Nội", "Đà Nẵng", "Cần Thơ"),
        "B",
        QuestionKind.CHOICE,
        Pool.MAIN,
        20,
    )
    assert (q1.explanation, q1.source) == ("Hà Nội là thủ đô từ 1010.", "SGK Lịch sử 10")
    assert (q2.kind, q2.options, q2.correct) == (QuestionKind.TRUE_FALSE, ("Đúng", "Sai"), "A")
    assert (q3.kind, q3.accepted, q3.text) == (
        QuestionKind.SHORT,
        ("0,25",),
        "$\\sqrt{0,0625}$ bằng bao nhiêu?",
    )
    assert q3.is_correct("0.25")
    assert (p1.id, p1.pool, p1.accepted) == ("P01", Pool.TIEBREAK, ("Nghệ An", "Tỉnh Nghệ An"))
    assert (f1.id, f1.pool, f1.options, f1.correct) == ("F01", Pool.FINAL, ("1945", "1954"), "A")
    assert result.counts[(Pool.MAIN, QuestionKind.CHOICE)] == 1
    assert "Câu hỏi chính 3 (trắc nghiệm 1, đúng/sai 1, trả lời ngắn 1)" in shown(result, "vi")
    assert "Main 3 (multiple choice 1, true/false 1, short answer 1)" in shown(result, "en")
    assert result.counts[(Pool.FINAL, QuestionKind.CHOICE)] == 1


def test_messy_header_below_a_title_with_variant_names_and_a_pool_column(xlsx) -> None:
    path = xlsx(
        {
            "Sheet1": [
                ["SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
                ["BỘ CÂU HỎI RUNG CHUÔNG VÀNG 2024"],
                [],
                ["stt", "NOI DUNG CAU HOI", "a", "b", "c", "d", "Đáp áp", "Vòng thi", "TG"],
                [1, "Câu một?", "x", "y", "z", "t", "c", "Chính", "20 giây"],
                [2, "Câu hai?", "x", "y", None, None, "(B)", "Câu hỏi phụ", "15"],
                [3, "Câu ba?", "Đúng", "Sai", None, None, "Sai", "cứu trợ", 20.0],
            ]
        }
    )
    result = load_questions(path)
    assert result.ok, shown(result)
    a, b, c = result.questions.questions
    assert (a.id, a.correct, a.pool, a.time_limit_s) == ("M01", "C", Pool.MAIN, 20)
    assert (b.id, b.correct, b.pool, b.time_limit_s) == ("P01", "B", Pool.TIEBREAK, 15)
    assert (c.id, c.kind, c.correct, c.pool) == ("R01", QuestionKind.TRUE_FALSE, "B", Pool.RESCUE)
    assert result.questions.title == "SỞ GIÁO DỤC VÀ ĐÀO TẠO"


def test_english_headers(xlsx) -> None:
    path = xlsx(
        {
            "Questions": [
                [
                    "Question",
                    "Option A",
                    "Option B",
                    "Option C",
                    "Correct answer",
                    "Time (s)",
                    "Type",
                ],
                ["What is 2+2?", "3", "4", "5", "B", 10, "multiple choice"],
            ]
        }
    )
    result = load_questions(path)
    assert result.ok, shown(result)
    (q,) = result.questions.questions
    assert (q.options, q.correct, q.time_limit_s) == (("3", "4", "5"), "B", 10)
    assert sum(result.counts.values()) == 1


def test_two_row_header_with_merged_option_title(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Câu hỏi chính"
    ws.append(["STT", "Câu hỏi", "Phương án", None, None, None, "Đáp án"])
    ws.append([None, None, "A", "B", "C", "D", None])
    ws.merge_cells("C1:F1")
    ws.merge_cells("A1:A2")
    ws.merge_cells("B1:B2")
    ws.merge_cells("G1:G2")
    ws.append([1, "Hỏi?", "một", "hai", "ba", "bốn", "D"])
    wb.save(tmp_path / "gop.xlsx")
    result = load_questions(tmp_path / "gop.xlsx")
    assert result.ok, shown(result)
    (q,) = result.questions.questions
    assert (q.options, q.correct) == (("một", "hai", "ba", "bốn"), "D")


def test_section_row_inside_a_sheet_switches_the_pool(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Câu hỏi", "A", "B", "Đáp án", "Thời gian"])
    ws.append(["Một?", "x", "y", "A", 20])
    ws.append(["CÂU HỎI PHỤ"])
    ws.merge_cells("A3:E3")
    ws.append(["Hai?", "x", "y", "B", 10])
    wb.save(tmp_path / "phan.xlsx")
    result = load_questions(tmp_path / "phan.xlsx")
    assert result.ok, shown(result)
    assert [(q.id, q.pool) for q in result.questions.questions] == [
        ("M01", Pool.MAIN),
        ("P01", Pool.TIEBREAK),
    ]


def test_errors_name_sheet_row_column_and_nothing_is_imported(xlsx) -> None:
    path = xlsx(
        {
            "Câu hỏi chính": [
                ["Câu hỏi", "Phương án A", "Phương án B", "Phương án C", "Đáp án", "Thời gian"],
                ["Đúng?", "x", "y", "z", "B", 20],
                ["Đáp án ngoài phương án", "x", "y", "z", "E", 20],
                ["Không đáp án", "x", "y", None, None, 20],
                [None, "x", "y", None, "A", 20],
                ["Phương án thủng", "x", None, "z", "A", 20],
                ["Thời gian hỏng", "x", "y", None, "A", "hai mươi"],
                ["Đáp án lạ", "x", "y", None, "xyz", 20],
            ]
        }
    )
    result = load_questions(path)
    assert result.questions is None
    where = {(p.code, p.location.row, p.location.column) for p in result.report.errors}
    assert where == {
        ("answer_not_option", 3, "E"),
        ("answer_missing", 4, "E"),
        ("text_missing", 5, "A"),
        ("option_gap", 6, "C"),
        ("time_invalid", 7, "F"),
        ("answer_unclear", 8, "E"),
    }
    assert the(result, "answer_not_option").params == {"answer": "E", "letters": "A–C"}
    assert sum(result.counts.values()) == 1
    vi, en = shown(result, "vi"), shown(result, "en")
    assert 'LỖI: cau-hoi.xlsx › trang tính "Câu hỏi chính" › dòng 3 › cột E › Đáp án' in vi
    assert "không nằm trong các phương án A–C" in vi and "Chưa có gì được nhập" in vi
    assert "Đã đọc 1 câu hỏi hợp lệ" in vi
    assert 'ERROR: cau-hoi.xlsx › sheet "Câu hỏi chính" › row 3 › column E › Answer' in en
    assert "Nothing was imported." in en and "Read 1 valid questions" in en


def test_answer_written_as_option_text_is_accepted(xlsx) -> None:
    path = xlsx(
        {
            "Q": [
                ["Câu hỏi", "A", "B", "Đáp án", "Thời gian"],
                ["Thủ đô?", "Huế", "Hà Nội", "hà nội", 20],
            ]
        }
    )
    result = load_questions(path)
    assert result.ok, shown(result)
    assert result.questions.questions[0].correct == "B"


def test_warnings_do_not_stop_the_import(xlsx) -> None:
    long_text = "Rất dài " * 50
    path = xlsx(
        {
            "Câu hỏi chính": [
                ["Câu hỏi", "A", "B", "Đáp án", "Thời gian"],
                ["Lặp lại?", "x", "y", "A", None],
                ["lặp  LẠI?", "x", "y", "B", 20],
                [long_text, "x" * 130, "y", "A", 20],
            ]
        }
    )
    result = load_questions(path)
    assert result.ok, shown(result)
    assert [p.location.row for p in problems(result, "time_missing")] == [2]
    assert result.questions.questions[0].time_limit_s is None
    (dup,) = problems(result, "text_duplicate")
    assert dup.location.row == 3 and dup.params["other"].row == 2
    assert [p.location.row for p in problems(result, "text_too_long")] == [4]
    (opt,) = problems(result, "option_too_long")
    assert (opt.location.row, opt.location.column, opt.params["letter"]) == (4, "B", "A")


def test_no_time_column_is_one_warning_not_one_per_row(xlsx) -> None:
    path = xlsx(
        {"Q": [["Câu hỏi", "A", "B", "Đáp án"]] + [[f"Câu {i}?", "x", "y", "A"] for i in range(30)]}
    )
    result = load_questions(path)
    assert result.ok
    assert [p.code for p in result.report.warnings] == ["time_column_missing"]
    assert result.report.warnings[0].params["count"] == 30


def test_hidden_rows_are_skipped_and_named(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Câu hỏi", "A", "B", "Đáp án", "Thời gian"])
    for i in range(1, 5):
        ws.append([f"Câu {i}?", "x", "y", "A", 20])
    ws.row_dimensions[3].hidden = True
    ws.row_dimensions[4].hidden = True
    wb.save(tmp_path / "an.xlsx")
    result = load_questions(tmp_path / "an.xlsx")
    assert result.ok
    assert [q.text for q in result.questions.questions] == ["Câu 1?", "Câu 4?"]
    assert [p.location.row for p in problems(result, "row_hidden")] == [3, 4]
    (hidden,) = [e for e in result.report.entries() if e.problem.code == "row_hidden"]
    assert (hidden.numbers, hidden.counted) == ((3, 4), "row")


def test_formula_without_cached_value_asks_to_save_in_excel(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Câu hỏi", "A", "B", "Đáp án", "Thời gian"])
    ws.append(["Một?", "x", "y", "A", "=10+10"])
    ws.append(["Hai?", "x", "y", "#N/A", 20])
    wb.save(tmp_path / "congthuc.xlsx")
    result = load_questions(tmp_path / "congthuc.xlsx")
    assert result.questions is None
    (formula,) = problems(result, "formula_no_value")
    assert (formula.location.row, formula.params["cell"], formula.params["formula"]) == (
        2,
        "E2",
        "=10+10",
    )
    (error,) = problems(result, "formula_error")
    assert error.params["cell"] == "D3"


def test_numbers_stored_as_text_and_text_as_numbers(xlsx) -> None:
    path = xlsx(
        {
            "Q": [
                ["Câu hỏi", "A", "B", "C", "Đáp án", "Thời gian"],
                ["Năm?", 1945, 1954.0, 0.25, "A", "20"],
                ["Bao nhiêu?", None, None, None, 12.0, 20],
            ]
        }
    )
    result = load_questions(path)
    assert result.ok, shown(result)
    choice, short = result.questions.questions
    assert choice.options == ("1945", "1954", "0.25")
    assert choice.time_limit_s == 20
    assert short.accepted == ("12",)


def test_a_date_excel_made_is_read_and_flagged(tmp_path: Path) -> None:
    import datetime as dt

    wb = Workbook()
    ws = wb.active
    ws.append(["Câu hỏi", "Đáp án", "Thời gian"])
    ws.append(["Ngày Quốc khánh?", dt.datetime(1945, 9, 2), 20])
    wb.save(tmp_path / "ngay.xlsx")
    result = load_questions(tmp_path / "ngay.xlsx")
    assert result.ok
    assert result.questions.questions[0].accepted == ("2/9/1945",)
    (warning,) = problems(result, "cell_date")
    assert warning.params["cell"] == "B2"


def test_duplicate_ids_and_columns_are_errors(xlsx) -> None:
    path = xlsx(
        {
            "Q": [
                ["Mã", "Câu hỏi", "A", "B", "Đáp án", "Thời gian"],
                ["X1", "Một?", "x", "y", "A", 20],
                ["X1", "Hai?", "x", "y", "A", 20],
            ]
        }
    )
    result = load_questions(path)
    (dup,) = problems(result, "id_duplicate")
    assert (dup.location.row, dup.params["other"].row) == (3, 2)
    assert result.questions is None
    path = xlsx(
        {"Q": [["Câu hỏi", "A", "B", "Đáp án", "Đáp án đúng"], ["Một?", "x", "y", "A", "B"]]},
        name="haicot.xlsx",
    )
    result = load_questions(path)
    (col,) = problems(result, "column_duplicate")
    assert (col.params["first"], col.params["second"]) == ("D", "E")


def test_missing_answer_column_and_unknown_columns(xlsx) -> None:
    path = xlsx({"Q": [["Câu hỏi", "A", "B", "Ghi chú lung tung"], ["Một?", "x", "y", "?"]]})
    result = load_questions(path)
    assert result.questions is None
    (missing,) = problems(result, "column_missing")
    assert missing.field == "answer" and missing.location.row == 1
    (unknown,) = problems(result, "column_unknown")
    assert unknown.params["column"] == "D"


def test_media_column_points_at_files_next_to_the_workbook(tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "co.png").write_bytes(b"png-bytes")
    path = write_xlsx(
        tmp_path / "hinh.xlsx",
        {
            "Q": [
                ["Câu hỏi", "A", "B", "Đáp án", "Thời gian", "Hình ảnh"],
                ["Lá cờ nào?", "x", "y", "A", 20, "images\\co.png"],
                ["Thiếu hình?", "x", "y", "A", 20, "images/khong-co.png"],
            ]
        },
    )
    result = load_questions(path)
    (missing,) = problems(result, "media_missing")
    assert (missing.location.row, missing.location.column) == (3, "F")
    write_xlsx(
        path,
        {
            "Q": [
                ["Câu hỏi", "A", "B", "Đáp án", "Thời gian", "Hình ảnh"],
                ["Lá cờ nào?", "x", "y", "A", 20, "images\\co.png"],
            ]
        },
    )
    result = load_questions(path)
    assert result.ok
    assert result.questions.questions[0].media == "images/co.png"
    assert result.media == {"images/co.png": b"png-bytes"}


def test_vietnamese_decomposed_text_is_composed(xlsx) -> None:
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Thủ đô Hà Nội?")
    path = xlsx(
        {
            "Q": [
                [
                    unicodedata.normalize("NFD", "Câu hỏi"),
                    "A",
                    "B",
                    unicodedata.normalize("NFD", "Đáp án"),
                ],
                [nfd, "x", "y", "A"],
            ]
        }
    )
    result = load_questions(path)
    assert result.ok
    assert result.questions.questions[0].text == "Thủ đô Hà Nội?"


def test_hidden_sheet_with_questions_is_named_not_read(tmp_path: Path) -> None:
    write_xlsx(
        tmp_path / "an-trang.xlsx",
        {
            "Câu hỏi chính": [["Câu hỏi", "A", "B", "Đáp án", "TG"], ["Một?", "x", "y", "A", 9]],
            "Cũ": [["Câu hỏi", "A", "B", "Đáp án", "TG"], ["Cũ?", "x", "y", "A", 9]],
        },
    )
    from openpyxl import load_workbook

    wb = load_workbook(tmp_path / "an-trang.xlsx")
    wb["Cũ"].sheet_state = "hidden"
    wb.save(tmp_path / "an-trang.xlsx")
    result = load_questions(tmp_path / "an-trang.xlsx")
    assert result.ok
    assert [q.text for q in result.questions.questions] == ["Một?"]
    (hidden,) = problems(result, "sheet_hidden")
    assert hidden.location.sheet == "Cũ"
