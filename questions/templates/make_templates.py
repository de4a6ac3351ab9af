"""Write rcv's Excel templates: mau-cau-hoi.xlsx (questions) and mau-thi-sinh.xlsx (contestants).

Run ``python questions/templates/make_templates.py`` after changing a column, then commit the
regenerated .xlsx files (and ``images/``). The headers are the ones rcv's importer recognises;
drop-down lists (data validation) help with the answer letter, the kind and the pool but accept
other values, since a short answer is free text.

The question template comes filled with example rows (ids ``VD…``): a multiple-choice question,
a true/false one, a short answer (with a formula), and two with a picture (``images/``, beside
the workbook, as the organisers' own pictures will be) — one of each kind a secretary meets. The
template imports as it is; the organisers overwrite or delete the example rows.
"""

from __future__ import annotations

import datetime as dt
import struct
import zlib
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
    ("Mã câu", 9),
    ("Câu hỏi", 60),
    ("Phương án A", 22),
    ("Phương án B", 22),
    ("Phương án C", 22),
    ("Phương án D", 22),
    ("Phương án E", 14),
    ("Phương án F", 14),
    ("Đáp án", 10),
    ("Loại câu", 14),
    ("Vòng", 14),
    ("Thời gian (giây)", 10),
    ("Giải thích", 40),
    ("Nguồn", 30),
    ("Hình ảnh", 20),
)
QUESTION_SHEETS = ("Câu hỏi chính", "Câu hỏi phụ", "Cứu trợ", "Khán giả", "Chuông vàng")
ANSWERS = "A,B,C,D,E,F,Đúng,Sai"
KINDS = "Trắc nghiệm,Đúng/Sai,Trả lời ngắn"
POOLS = "Chính,Phụ,Cứu trợ,Khán giả,Chuông vàng"
PICTURE = "images/vi-du-hinh-tron.png"  # the example picture, beside the workbook

# example rows per sheet, by column title (the others are left empty)
EXAMPLES: dict[str, Sequence[dict[str, object]]] = {
    "Câu hỏi chính": (
        {"Mã câu": "VD01", "Câu hỏi": "Thủ đô của Việt Nam là thành phố nào?",
         "Phương án A": "Hà Nội", "Phương án B": "Huế", "Phương án C": "Đà Nẵng",
         "Phương án D": "TP. Hồ Chí Minh", "Đáp án": "A", "Loại câu": "Trắc nghiệm",
         "Thời gian (giây)": 20, "Giải thích": "Hiến pháp 2013 ghi: Thủ đô là Hà Nội.",
         "Nguồn": "Hiến pháp 2013"},
        {"Mã câu": "VD02", "Câu hỏi": "Ở áp suất khí quyển tiêu chuẩn, nước sôi ở 100 °C.",
         "Đáp án": "Đúng", "Loại câu": "Đúng/Sai", "Thời gian (giây)": 20},
        {"Mã câu": "VD03", "Câu hỏi": "$2^{10}$ bằng bao nhiêu?", "Đáp án": "1024",
         "Loại câu": "Trả lời ngắn", "Thời gian (giây)": 30,
         "Giải thích": "Mười lần nhân đôi: 2, 4, 8, …, 1024."},
        {"Mã câu": "VD04", "Câu hỏi": "Trong hình có bao nhiêu hình tròn?", "Phương án A": "2",
         "Phương án B": "3", "Phương án C": "4", "Phương án D": "5", "Đáp án": "B",
         "Loại câu": "Trắc nghiệm", "Thời gian (giây)": 20, "Hình ảnh": PICTURE},
        {"Mã câu": "VD05", "Câu hỏi": "Hình tròn lớn nhất trong hình có màu gì?",
         "Đáp án": "đỏ; màu đỏ", "Loại câu": "Trả lời ngắn", "Thời gian (giây)": 20,
         "Hình ảnh": PICTURE},
    ),
    "Câu hỏi phụ": (
        {"Mã câu": "VD06", "Câu hỏi": "Một năm nhuận có bao nhiêu ngày?", "Đáp án": "366",
         "Loại câu": "Trả lời ngắn", "Thời gian (giây)": 15},
    ),
    "Cứu trợ": (
        {"Mã câu": "VD07", "Câu hỏi": "Tam giác đều có ba góc bằng nhau.", "Đáp án": "Đúng",
         "Thời gian (giây)": 20},
    ),
    "Chuông vàng": (
        {"Mã câu": "VD08", "Câu hỏi": "Đỉnh núi cao nhất Việt Nam là đỉnh nào?",
         "Phương án A": "Phan Xi Păng", "Phương án B": "Pu Si Lung", "Phương án C": "Tây Côn Lĩnh",
         "Phương án D": "Bạch Mã", "Đáp án": "A", "Loại câu": "Trắc nghiệm",
         "Thời gian (giây)": 30},
    ),
}  # fmt: skip

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
    "Các dòng mã VD01, VD02… là ví dụ (trắc nghiệm, đúng/sai, trả lời ngắn, có hình và không "
    "hình): ghi đè lên chúng hoặc xoá chúng trước khi nhập. Hình ví dụ ở thư mục images/.",
    "Trước ngày thi, kiểm tra tệp bằng lệnh: rcv questions check mau-cau-hoi.xlsx",
)
ROSTER_COLUMNS: Sequence[tuple[str, int]] = (
    ("STT", 6),
    ("SBD", 10),
    ("Họ và tên", 30),
    ("Đơn vị", 30),
    ("Lớp/Nhóm", 14),
    ("Số ghế", 10),
    ("Mã check-in", 14),
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
_EXAMPLE_FONT = Font(italic=True, color="555555")


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
    dv = DataValidation(
        type="list",
        formula1=f'"{values}"',
        allow_blank=True,
        showErrorMessage=False,
        promptTitle="rcv",
        prompt=prompt,
        showInputMessage=True,
    )
    dv.add(f"{column}2:{column}{ROWS + 1}")
    ws.add_data_validation(dv)


def _whole(ws: Worksheet, column: str, prompt: str) -> None:
    dv = DataValidation(
        type="whole",
        operator="greaterThan",
        formula1="0",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="rcv",
        error=prompt,
        promptTitle="rcv",
        prompt=prompt,
        showInputMessage=True,
    )
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
        _list(
            ws,
            _column(QUESTION_COLUMNS, "Đáp án"),
            ANSWERS,
            "Chữ cái A–F, Đúng/Sai, hoặc đáp án ngắn (số, chữ)",
        )
        _list(ws, _column(QUESTION_COLUMNS, "Loại câu"), KINDS, "Để trống để rcv tự nhận ra")
        _list(ws, _column(QUESTION_COLUMNS, "Vòng"), POOLS, "Để trống: theo tên trang tính")
        _whole(ws, _column(QUESTION_COLUMNS, "Thời gian (giây)"), "Số giây nguyên dương")
        _examples(ws, EXAMPLES.get(name, ()))
    _help(wb.create_sheet("Hướng dẫn"), QUESTION_HELP)
    _fix_dates(wb)
    return wb


def _examples(ws: Worksheet, rows: Sequence[dict[str, object]]) -> None:
    """The example rows under the header, in an italic grey the organisers write over."""
    for offset, example in enumerate(rows):
        for title, value in example.items():
            cell = ws[f"{_column(QUESTION_COLUMNS, title)}{2 + offset}"]
            cell.value = value
            cell.font = _EXAMPLE_FONT


def example_picture(width: int = 320, height: int = 180) -> bytes:
    """The example picture (a PNG, written without any imaging library): three discs on a
    light background — red (the largest), blue and green."""
    discs = (
        (95, 95, 62, (220, 50, 47)),
        (215, 70, 38, (38, 110, 200)),
        (235, 140, 28, (40, 160, 80)),
    )
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # no filter
        for x in range(width):
            colour = (246, 244, 236)
            for cx, cy, r, fill in discs:
                if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
                    colour = fill
                    break
            rows.extend(colour)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


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
    """Write both workbooks (and the example picture) into ``out``; the workbooks' paths."""
    paths = [out / "mau-cau-hoi.xlsx", out / "mau-thi-sinh.xlsx"]
    question_template().save(paths[0])
    roster_template().save(paths[1])
    picture = out / PICTURE  # the examples' picture, beside the workbook
    picture.parent.mkdir(parents=True, exist_ok=True)
    picture.write_bytes(example_picture())
    return paths


if __name__ == "__main__":
    for path in main():
        print(path)
