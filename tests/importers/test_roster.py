"""Contestant lists from Excel: SBDs exactly as written, seats, duplicates named by row."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from rcv.importers import load_roster
from tests.importers.conftest import shown, the


def codes(result) -> list[str]:
    return [p.code for p in result.report]


def test_tidy_list_with_seats(xlsx) -> None:
    path = xlsx(
        {
            "Danh sách": [
                ["STT", "SBD", "Họ và tên", "Đơn vị", "Lớp", "Số ghế", "Mã check-in"],
                [1, "007", "Nguyễn Văn An", "THPT Chu Văn An", "10A1", 3, "QR-1"],
                [2, "A12", "Trần Thị Bình", "THPT Chu Văn An", "10A2", 1, None],
            ]
        },
        name="thi-sinh.xlsx",
    )
    result = load_roster(path)
    assert result.ok, shown(result)
    a, b = result.roster.contestants
    assert (a.sbd, a.name, a.unit, a.group, a.seat, a.checkin_code) == (
        "007",
        "Nguyễn Văn An",
        "THPT Chu Văn An",
        "10A1",
        3,
        "QR-1",
    )
    assert (b.sbd, b.seat, b.checkin_code) == ("A12", 1, None)
    assert result.roster.seats == (1, 3)
    assert result.count == 2


def test_sbd_numbers_are_read_as_displayed(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Số báo danh", "Họ tên thí sinh"])
    ws.append([7, "Số nguyên"])
    ws.append([8.0, "Số thực"])
    ws.append([9, "Định dạng 000"])
    ws["A4"].number_format = "000"
    ws.append(["0010", "Chữ"])
    wb.save(tmp_path / "sbd.xlsx")
    result = load_roster(tmp_path / "sbd.xlsx")
    assert result.ok, shown(result)
    assert [c.sbd for c in result.roster.contestants] == ["7", "8", "009", "0010"]
    assert [c.seat for c in result.roster.contestants] == [1, 2, 3, 4]
    flagged = [p.location.row for p in result.report if p.code == "sbd_number"]
    assert flagged == [2, 3]  # 7 and 8 may have lost their zeros; 009 kept its format
    assert "seats_assigned" in codes(result)


def test_messy_list_header_below_titles_split_names_and_merged_units(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["UBND XÃ AN BÌNH"])
    ws.append(["DANH SÁCH THÍ SINH DỰ THI"])
    ws.append([])
    ws.append(["TT", "SBD", "Họ đệm", "Tên", "Ngày sinh", "Chi đoàn", "Ghi chú"])
    ws.append([1, "01", "Lê Thị", "Cúc", "01/02/2005", "Thôn 1", None])
    ws.append([2, "02", "Phạm", "Dũng", "03/04/2006", None, "vắng?"])
    ws.merge_cells("F5:F6")
    wb.save(tmp_path / "xa.xlsx")
    result = load_roster(tmp_path / "xa.xlsx")
    assert result.ok, shown(result)
    a, b = result.roster.contestants
    assert (a.sbd, a.name, a.unit) == ("01", "Lê Thị Cúc", "Thôn 1")
    assert (b.sbd, b.name, b.unit) == ("02", "Phạm Dũng", "Thôn 1")  # merged cell filled down


def test_duplicates_are_errors_naming_both_rows(xlsx) -> None:
    path = xlsx(
        {
            "DS": [
                ["SBD", "Họ và tên", "Ghế", "Mã check-in"],
                ["001", "An", 1, "X"],
                ["002", "Bình", 2, "Y"],
                ["001", "Cường", 3, "Z"],
                ["004", "Dung", 2, "X"],
            ]
        }
    )
    result = load_roster(path)
    assert result.roster is None
    found = {
        (p.code, p.location.row, p.location.column, p.params["other"].row)
        for p in result.report.errors
    }
    assert found == {
        ("sbd_duplicate", 4, "A", 2),
        ("seat_duplicate", 5, "C", 3),
        ("checkin_duplicate", 5, "D", 2),
    }
    assert the(result, "sbd_duplicate").params["sbd"] == "001"
    assert '› cột A › SBD: SBD "001" trùng với thí sinh ở dòng 2. Mỗi' in shown(result, "vi")
    assert (
        '› column A › Candidate number: Candidate number "001" is also given to the contestant '
        "at row 2. Each needs their own."
    ) in shown(result, "en")


def test_missing_values_and_bad_seats(xlsx) -> None:
    path = xlsx(
        {
            "DS": [
                ["SBD", "Họ và tên", "Số ghế"],
                [None, "Không số", 1],
                ["002", None, 2],
                ["003", "Ghế chữ", "ba"],
                ["004", "Ghế thiếu", None],
                ["005", "Ghế âm", -1],
            ]
        }
    )
    result = load_roster(path)
    assert result.roster is None
    assert sorted((p.location.row, p.code) for p in result.report.errors) == [
        (2, "sbd_missing"),
        (3, "name_missing"),
        (4, "seat_invalid"),
        (5, "seat_missing"),
        (6, "seat_invalid"),
    ]


def test_one_sheet_per_class_gives_the_group(xlsx) -> None:
    path = xlsx(
        {"10A1": [["SBD", "Họ và tên"], ["1", "An"]], "10A2": [["SBD", "Họ và tên"], ["2", "Bình"]]}
    )
    result = load_roster(path)
    assert result.ok
    assert [(c.group, c.seat) for c in result.roster.contestants] == [("10A1", 1), ("10A2", 2)]
    assert "group_from_sheet" in codes(result)


def test_no_sbd_column_and_no_list_at_all(xlsx) -> None:
    result = load_roster(xlsx({"DS": [["Họ và tên", "Đơn vị"], ["An", "X"]]}))
    assert [(p.code, p.field) for p in result.report.errors] == [("column_missing", "sbd")]
    result = load_roster(xlsx({"DS": [["Không có gì"]]}, name="trong.xlsx"))
    assert codes(result) == ["no_contestants"]


def test_a_question_file_is_not_a_roster(word) -> None:
    result = load_roster(word(["Câu 1. Hỏi?"]))
    assert codes(result) == ["file_unknown_format"]
