"""Write rcv's Excel templates: mau-cau-hoi.xlsx (questions) and mau-thi-sinh.xlsx (contestants).

Run ``python questions/templates/make_templates.py`` after changing a column, then commit the
regenerated .xlsx files. The headers are the ones rcv's importer recognises; drop-down lists
(data validation) help with the answer letter, the kind and the pool but accept other values,
since a short answer is free text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).resolve().parent
ROWS = 500  # rows prepared with drop-downs
FIXED_TIME = dt.datetime(2025, 1, 1)  # so regenerating changes nothing but the zip dates

QUESTION_COLUMNS: Sequence[tuple[str, int]] = (
    ("Mã câu", 9), ("Câu hỏi", 60), ("Phương án A", 22), ("Phương án B", 22),
    ("Phương án C", 22), ("Phương án D", 22), ("Phương án E", 14), ("Phương án F", 14),
    ("Đáp án", 10), ("Loại câu", 14), ("Vòng", 14), ("Thời gian (giây)", 10),
    ("Giải thích", 40), ("Nguồn", 30), ("Hình ảnh", 20),
)
QUESTION_SHEETS = ("Câu hỏi chính", "Câu hỏi phụ", "Cứu trợ", "Khán giả", "Chuông vàng")
ANSWERS = "A,B,C,D,E,F,Đúng,Sai"
KINDS = "Trắc nghiệm,Đúng/Sai,Trả lời ngắn"
POOLS = "Chính,Phụ,Cứu trợ,Khán giả,Chuông vàng"

QUESTION_HELP = (
    "HƯỚNG DẪN ĐIỀN BỘ CÂU HỎI",
    "",
    "Mỗi trang tính là một phần thi: Câu hỏi chính, Câu hỏi phụ, Cứu trợ, Khán giả, Chuông vàng.",
    "Mỗi dòng là một câu hỏi. Không sửa dòng tiêu đề; có thể bỏ trống các cột không dùng.",
    "Mã câu: để trống thì rcv tự đánh M01, M02… (P01… câu phụ, R01… cứu trợ, F01… chuông vàng).",
    "Trắc nghiệm: điền từ 2 đến 6 phương án (A, B, C… liền nhau), Đáp án là một chữ cái.",
    "Đúng/Sai: để trống các phương án, Đáp án ghi Đúng hoặc Sai (hoặc Đ/S).",
    "Trả lời ngắn: để trống các phương án, Đáp án ghi số hoặc chữ; nhiều cách viết được chấp "
    "nhận thì ngăn bằng dấu chấm phẩy, ví dụ: Hà Nội; Thủ đô Hà Nội. Số thập phân viết 0,25.",
    "Loại câu: có thể để trống, rcv tự nhận ra theo phương án và đáp án.",
    "Vòng: để trống thì lấy theo tên trang tính.",
    "Thời gian (giây): để trống thì dùng thời gian mặc định của thể lệ.",
    "Công thức toán viết dạng LaTeX giữa hai dấu $, ví dụ: $x^2 + 1 = 0$.",
    "Hình ảnh: đường dẫn tệp hình tính từ thư mục chứa tệp Excel này, ví dụ images/cau-5.png.",
    "Trước ngày thi, kiểm tra tệp bằng lệnh: rcv questions check mau-cau-hoi.xlsx",
)
ROSTER_COLUMNS: Sequence[tuple[str, int]] = (
    ("STT", 6), ("SBD", 10), ("Họ và tên", 30), ("Đơn vị", 30), ("Lớp/Nhóm", 14),
    ("Số ghế", 10), ("Mã check-in", 14),
)
ROSTER_HELP = (
    "HƯỚNG DẪN ĐIỀN DANH SÁCH THÍ SINH",
    "",
    "Mỗi dòng một thí sinh. SBD (số báo danh) giữ nguyên như ghi, kể cả số 0 ở đầu (cột đã "
    "định dạng Văn bản).",
    "Số ghế: để trống cả cột thì rcv xếp ghế 1, 2, 3… theo thứ tự danh sách; nếu điền thì phải "
    "điền cho mọi thí sinh, không trùng nhau.",
    "SBD, số ghế và mã check-in không được trùng nhau.",
    "Trước ngày thi, kiểm tra tệp bằng lệnh: rcv roster check mau-thi-sinh.xlsx",
)

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="B8860B")


def _header(ws: Worksheet, columns: Sequence[tuple[str, int]]) -> None:
    for col, (title, width) in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=col, value=title)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 30


def _column(columns: Sequence[tuple[str, int]], title: str) -> str:
    index = next(i for i, (t, _) in enumerate(columns, start=1) if t == title)
    return get_column_letter(index)


def _list(ws: Worksheet, column: str, values: str, prompt: str) -> None:
    dv = DataValidation(type="list", formula1=f'"{values}"', allow_blank=True,
                        showErrorMessage=False, promptTitle="rcv", prompt=prompt,
                        showInputMessage=True)
    dv.add(f"{column}2:{column}{ROWS + 1}")
    ws.add_data_validation(dv)


def _whole(ws: Worksheet, column: str, prompt: str) -> None:
    dv = DataValidation(type="whole", operator="greaterThan", formula1="0", allow_blank=True,
                        showErrorMessage=True, errorTitle="rcv", error=prompt,
                        promptTitle="rcv", prompt=prompt, showInputMessage=True)
    dv.add(f"{column}2:{column}{ROWS + 1}")
    ws.add_data_validation(dv)


def _help(ws: Worksheet, lines: Sequence[str]) -> None:
    ws.column_dimensions["A"].width = 110
    for row, text in enumerate(lines, start=1):
        cell = ws.cell(row=row, column=1, value=text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if row == 1:
            cell.font = Font(bold=True, size=14)


def question_template() -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    for name in QUESTION_SHEETS:
        ws = wb.create_sheet(name)
        _header(ws, QUESTION_COLUMNS)
        text = _column(QUESTION_COLUMNS, "Câu hỏi")
        for row in range(2, ROWS + 2):
            ws[f"{text}{row}"].alignment = Alignment(wrap_text=True, vertical="top")
        _list(ws, _column(QUESTION_COLUMNS, "Đáp án"), ANSWERS,
              "Chữ cái A–F, Đúng/Sai, hoặc đáp án ngắn (số, chữ)")
        _list(ws, _column(QUESTION_COLUMNS, "Loại câu"), KINDS, "Để trống để rcv tự nhận ra")
        _list(ws, _column(QUESTION_COLUMNS, "Vòng"), POOLS, "Để trống: theo tên trang tính")
        _whole(ws, _column(QUESTION_COLUMNS, "Thời gian (giây)"), "Số giây nguyên dương")
    _help(wb.create_sheet("Hướng dẫn"), QUESTION_HELP)
    _fix_dates(wb)
    return wb


def roster_template() -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách thí sinh"
    _header(ws, ROSTER_COLUMNS)
    for title in ("SBD", "Mã check-in"):
        column = _column(ROSTER_COLUMNS, title)
        for row in range(2, ROWS + 2):
            ws[f"{column}{row}"].number_format = "@"  # text: leading zeros stay
    _whole(ws, _column(ROSTER_COLUMNS, "Số ghế"), "Số ghế nguyên dương, không trùng")
    _help(wb.create_sheet("Hướng dẫn"), ROSTER_HELP)
    _fix_dates(wb)
    return wb


def _fix_dates(wb: Workbook) -> None:
    wb.properties.creator = "rcv"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME


def main(out: Path = HERE) -> list[Path]:
    paths = [out / "mau-cau-hoi.xlsx", out / "mau-thi-sinh.xlsx"]
    question_template().save(paths[0])
    roster_template().save(paths[1])
    return paths


if __name__ == "__main__":
    for path in main():
        print(path)
