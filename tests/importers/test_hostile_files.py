"""Hostile and broken files end in a clear report, fast and in bounded memory, never a crash.

Every file here is real (see hostile_files.py) and is imported in a fresh process whose wall
time and peak RSS are measured. The bounds asserted are deliberately generous (20 s, 500 MB:
before this guard the stray cell alone took 90 s and 3.8 GB, then a MemoryError) so the tests
never flake; bench/bench_hostile_import.py prints the precise figures.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tests.importers import hostile_files as h
from tests.importers.measure import measure

pytestmark = pytest.mark.slow  # each import runs in a process of its own

SECONDS = 20
PEAK_MB = 500


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile")


def imported(path: Path, what: str = "questions") -> dict[str, Any]:
    result = measure(path, what)
    assert result["seconds"] < SECONDS, result
    assert result["peak_mb"] < PEAK_MB, result
    return result


def only(result: dict[str, Any]) -> dict[str, Any]:
    """The one problem found: code, where (a dict of the place), field, params."""
    (problem,) = result["problems"]
    return problem


def test_a_stray_cell_at_xfd1048576_is_named_and_the_table_is_read(folder: Path) -> None:
    result = imported(h.stray_cell(folder / "o-lac.xlsx", h.question_rows(500)))
    assert result["ok"] and result["codes"] == ["data_outside"] and result["read"] == 500
    stray = only(result)
    assert stray["where"] == {
        "file": "o-lac.xlsx",
        "sheet": "Câu hỏi chính",
        "row": 1_048_576,
        "column": "XFD",
        "sheet_no": 1,
    }
    assert stray["params"] == {"cell": "XFD1048576", "run": 1000}
    assert (
        'Cảnh báo: o-lac.xlsx › trang tính "Câu hỏi chính" › dòng 1048576 › cột XFD: Ô '
        "XFD1048576 có dữ liệu nhưng cách bảng phía trên hơn 1000 dòng trống"
    ) in result["vi"]
    assert 'sheet "Câu hỏi chính" › row 1048576 › column XFD: Cell XFD1048576' in result["en"]


def test_a_stray_cell_in_a_contestant_list(folder: Path) -> None:
    path = h.stray_cell(folder / "thi-sinh.xlsx", h.roster_rows(500), "Danh sách")
    result = imported(path, "roster")
    assert result["ok"] and result["codes"] == ["data_outside"] and result["read"] == 500


def test_a_declared_dimension_of_the_whole_grid_is_ignored(folder: Path) -> None:
    result = imported(h.huge_dimension(folder / "kich-thuoc.xlsx", h.question_rows(500)))
    assert result["ok"] and result["codes"] == [] and result["read"] == 500


def test_a_million_formatted_empty_rows_cost_nothing(folder: Path) -> None:
    result = imported(h.styled_empty_rows(folder / "dinh-dang.xlsx", h.question_rows(500)))
    assert result["ok"] and result["codes"] == [] and result["read"] == 500


def test_rows_sixteen_thousand_columns_wide_are_refused(folder: Path) -> None:
    result = imported(h.wide_rows(folder / "rong.xlsx", h.question_rows(20)))
    assert not result["ok"] and result["codes"] == ["sheet_too_many_cells"]
    problem = only(result)
    assert problem["where"] == {"file": "rong.xlsx", "sheet": "Câu hỏi chính", "sheet_no": 1}
    assert problem["params"]["limit"] == 300_000
    assert "vượt giới hạn 300.000 ô" in result["vi"] and "Ctrl+End" in result["vi"]
    assert "over the limit of 300,000" in result["en"]


def test_elements_openpyxl_would_hold_at_once_are_bounded(folder: Path) -> None:
    path = h.junk_in_a_row(folder / "rac.xlsx", h.question_rows(20), 1_000_001)
    result = imported(path)
    assert not result["ok"] and result["codes"] == ["file_too_complex"]
    assert only(result)["params"] == {"part": "xl/worksheets/sheet1.xml", "limit": 1_000_000}
    within = imported(h.junk_in_a_row(folder / "rac-it.xlsx", h.question_rows(20), 950_000))
    assert within["ok"] and within["codes"] == []


def test_a_merged_range_over_the_whole_grid_is_ignored(folder: Path) -> None:
    result = imported(h.merged_everything(folder / "gop.xlsx", h.question_rows(500)))
    assert result["ok"] and result["codes"] == ["merge_too_big"] and result["read"] == 500
    assert only(result)["params"] == {"range": "A1:XFD1048576"}


@pytest.mark.parametrize(
    "build, name, part",
    [
        (h.xlsx_zip_bomb, "bom.xlsx", "xl/worksheets/sheet1.xml"),
        (h.docx_zip_bomb, "bom.docx", "word/document.xml"),
    ],
)
def test_zip_bombs_are_refused_from_the_zip_directory(
    folder: Path, build: Any, name: str, part: str
) -> None:
    result = imported(build(folder / name, megabytes=1024))
    assert not result["ok"] and result["codes"] == ["file_inflates"]
    assert only(result)["params"]["part"] == part and only(result)["params"]["size"] == 1024
    assert f"LỖI: {name}: Khi giải nén, {part} chiếm 1024 MB, vượt giới hạn" in result["vi"]
    assert f"ERROR: {name}: Unpacked, {part} takes 1024 MB" in result["en"]


def test_a_word_paragraph_of_50_mb(folder: Path) -> None:
    result = imported(h.docx_long_paragraph(folder / "doan-dai.docx"))
    assert not result["ok"] and result["codes"] == ["file_inflates"]
    assert only(result)["params"] == {
        "expected": "Word (.docx)",
        "part": "word/document.xml",
        "size": 75,
        "limit": 64,
    }


def test_a_word_paragraph_over_the_paragraph_limit_is_named(folder: Path) -> None:
    result = imported(h.docx_long_paragraph(folder / "doan-5mb.docx", characters=5 << 20))
    assert not result["ok"] and result["codes"] == ["docx_paragraph_too_long", "time_missing"]
    too_long = result["problems"][0]
    assert too_long["where"] == {"file": "doan-5mb.docx", "paragraph": 5}
    assert too_long["params"] == {"length": 5_242_807, "limit": 10_000}
    assert (
        "LỖI: doan-5mb.docx › đoạn 5: Đoạn này dài 5.242.807 ký tự, vượt giới hạn 10.000 ký tự"
    ) in result["vi"]
    assert "paragraph 5: This paragraph is 5,242,807 characters long" in result["en"]


def test_a_word_body_of_millions_of_elements(folder: Path) -> None:
    result = imported(h.docx_many_elements(folder / "phan-tu.docx"))
    assert not result["ok"] and result["codes"] == ["file_too_complex"]
    assert only(result)["params"]["part"] == "word/document.xml"


def test_a_word_body_of_too_many_paragraphs(folder: Path) -> None:
    result = imported(h.docx_many_runs(folder / "doan.docx", 30_001, 1))
    assert not result["ok"] and result["codes"] == ["docx_too_big"]
    assert only(result)["params"] == {
        "paragraphs": 30_002,
        "runs": 30_002,
        "max_paragraphs": 30_000,
        "max_runs": 100_000,
    }
    assert "rcv reads at most 30,000 paragraphs and 100,000 runs" in result["en"]


def test_the_heaviest_word_body_within_bounds_reads_in_seconds(folder: Path) -> None:
    result = imported(h.docx_many_runs(folder / "nang.docx", 29_000, 3))
    assert result["codes"][:2] == ["time_missing", "answer_missing"]


def test_a_word_table_with_a_column_merged_down_3000_rows(folder: Path) -> None:
    # python-docx's row.cells looks every continued cell up from the top: quadratic, then a
    # RecursionError after about 1,000 rows
    result = imported(h.docx_merged_column(folder / "gop-doc.docx", 3_000))
    assert result["ok"] and result["codes"] == ["time_column_missing"] and result["read"] == 3000
    assert "Đã đọc 3000 câu hỏi hợp lệ: Câu hỏi phụ 3000" in result["vi"]
    assert "Read 3000 valid questions: Tie-break 3000" in result["en"]


def test_an_xml_entity_bomb_is_refused_before_parsing(folder: Path) -> None:
    result = imported(h.xml_entity_bomb(folder / "thuc-the.xlsx"))
    assert not result["ok"] and result["codes"] == ["file_xml_unsafe"]
    assert only(result)["params"]["part"] == "xl/worksheets/sheet1.xml"


def test_a_zip_of_thousands_of_parts(folder: Path) -> None:
    result = imported(h.many_parts(folder / "nhieu-phan.xlsx"))
    assert not result["ok"] and result["codes"] == ["file_too_many_parts"]
    assert only(result)["params"] == {"expected": "Excel (.xlsx)", "count": 2509, "limit": 2000}


@pytest.mark.parametrize(
    "name, text, code, line",
    [
        ("cuoi.yaml", h.yaml_billion_laughs(), "yaml_alias", 4),
        ("long.yaml", h.yaml_nested(), "yaml_too_deep", 3),
        ("long.json", h.json_nested(), "yaml_too_deep", 1),
    ],
)
def test_yaml_and_json_bombs(folder: Path, name: str, text: str, code: str, line: int) -> None:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    result = imported(path)
    assert not result["ok"] and result["codes"] == [code]
    assert only(result)["where"] == {"file": name, "line": line}


def test_the_alias_report_says_what_to_do(folder: Path) -> None:
    path = folder / "bi-danh.yaml"
    path.write_text(h.yaml_billion_laughs(), encoding="utf-8")
    result = imported(path)
    assert only(result)["params"] == {"alias": "l0"}
    assert "Viết đầy đủ giá trị thay cho *l0" in result["vi"]
    assert "Write the value out in full instead of *l0" in result["en"]


def test_json_numbers_too_large_for_a_float_stay_text(folder: Path) -> None:
    path = folder / "so-lon.json"
    path.write_text(h.json_huge_numbers(), encoding="utf-8")
    result = imported(path)
    assert not result["ok"]
    assert sorted(result["codes"]) == ["time_invalid", "time_invalid", "value_too_long"]
    params = {p["code"]: [] for p in result["problems"]}
    for p in result["problems"]:
        params[p["code"]].append(p["params"])
    assert sorted(p["value"] for p in params["time_invalid"]) == ["1e400", "Infinity"]
    assert params["value_too_long"] == [{"length": 5000, "limit": 1000}]


def test_files_too_big_are_refused_before_reading(folder: Path) -> None:
    big = folder / "qua-lon.docx"
    with big.open("wb") as f:
        f.truncate(101 << 20)  # a sparse file: 101 MB on paper, nothing on disk
    result = imported(big)
    assert result["codes"] == ["file_too_big"]
    assert only(result)["params"] == {"size": 101, "limit": 100}
    text = folder / "qua-lon.yaml"
    text.write_text("format: rcv-questions\n" + "# ghi chú\n" * (21 << 17), encoding="utf-8")
    result = imported(text)
    assert result["codes"] == ["file_too_big"] and only(result)["params"]["limit"] == 20


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_pipe_or_device_is_not_read(folder: Path) -> None:
    pipe = folder / "ong.xlsx"
    os.mkfifo(pipe)
    result = imported(pipe)
    assert result["codes"] == ["file_unreadable"]
    assert only(result)["params"] == {"reason": {"term": "not_a_file"}}
    assert "(not a file)" in result["en"] and "(không phải tệp thường)" in result["vi"]


def test_more_data_rows_than_a_workbook_may_hold(folder: Path) -> None:
    result = imported(h.numbered_rows(folder / "dai.xlsx", h.question_rows(10), 20_000))
    assert not result["ok"] and result["codes"] == ["sheet_too_many_rows"]
    assert only(result)["where"]["row"] == 20_001 and only(result)["params"] == {"limit": 20_000}
    assert 'trang tính "Câu hỏi chính" › dòng 20001: Tệp có hơn 20.000 dòng' in result["vi"]
    assert 'sheet "Câu hỏi chính" › row 20001: The file has more than 20,000 rows' in result["en"]


def test_sparse_rows_beyond_a_full_sheet_of_row_slots(folder: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    for ws in (wb.active, wb.create_sheet("Trang 2")):
        for row in range(1, 600_001, 900):
            ws.cell(row=row, column=1, value="x")
    wb.save(folder / "thua.xlsx")
    result = imported(folder / "thua.xlsx")
    assert not result["ok"] and result["codes"] == ["sheet_too_long"]
    assert (only(result)["where"]["sheet"], only(result)["where"]["row"]) == ("Trang 2", 449_176)


def test_more_questions_than_a_set_may_hold(folder: Path) -> None:
    path = folder / "nhieu-cau.yaml"
    path.write_text(h.yaml_questions(10_001), encoding="utf-8")
    result = imported(path)
    assert not result["ok"] and result["codes"] == ["too_many_questions"]
    assert only(result)["params"] == {"count": 10_001, "limit": 10_000}
    assert "Tệp có 10.001 câu hỏi, vượt giới hạn 10.000 câu" in result["vi"]
    assert "The file has 10,001 questions, over the limit of 10,000" in result["en"]


def test_more_contestants_than_an_event_may_hold(folder: Path) -> None:
    path = h.workbook(folder / "dong.xlsx", h.roster_rows(5_001), "Danh sách")
    result = imported(path, "roster")
    assert not result["ok"] and result["codes"] == ["too_many_contestants"]
    assert only(result)["params"] == {"count": 5001, "limit": 5000}
