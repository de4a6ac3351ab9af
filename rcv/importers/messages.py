"""The words of an import report, Vietnamese first, English available.

``MESSAGES`` maps a problem code to (vi, en) templates; each says what is wrong and what the
secretary should do about it. Field and location words are here too, so every sentence a report
prints comes from this one catalogue.
"""

from __future__ import annotations

from collections.abc import Mapping

from rcv.importers.messages_limits import LIMIT_MESSAGES
from rcv.importers.messages_questions import QUESTION_MESSAGES

Lang = str  # "vi" or "en"

MESSAGES: Mapping[str, tuple[str, str]] = {
    # the file as a whole
    "file_missing": (
        "Không tìm thấy tệp. Kiểm tra lại đường dẫn và tên tệp.",
        "File not found. Check the path and the file name.",
    ),
    "file_unreadable": (
        "Không mở được tệp ({reason}). Nếu tệp đang mở trong Excel hoặc Word, hãy đóng lại; "
        "kiểm tra quyền đọc tệp rồi thử lại.",
        "The file cannot be opened ({reason}). If it is open in Excel or Word, close it; check "
        "that you may read it, then try again.",
    ),
    "file_empty": (
        "Tệp rỗng (0 byte). Có thể tệp chưa lưu xong hoặc chép bị lỗi: hãy lấy lại tệp gốc.",
        "The file is empty (0 bytes). It may not have been saved or copied fully: get the "
        "original.",
    ),
    "file_encrypted": (
        "Tệp được đặt mật khẩu nên không đọc được. Mở tệp, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ "
        "› Mã hoá bằng mật khẩu › xoá mật khẩu) rồi lưu lại.",
        "The file is password-protected. Open it, remove the password (File › Info › Protect › "
        "Encrypt with Password › clear it) and save it again.",
    ),
    "file_old_office": (
        "Đây là tệp Office kiểu cũ (.xls/.doc, Office 97–2003). Mở tệp và dùng Lưu thành "
        "(Save As) để lưu dạng .xlsx hoặc .docx.",
        "This is an old Office file (.xls/.doc, Office 97–2003). Open it and use Save As to save "
        "it as .xlsx or .docx.",
    ),
    "file_corrupt": (
        "Tệp bị hỏng hoặc không phải tệp {expected} thật ({reason}). Mở tệp bằng {expected}, "
        "lưu thành tệp mới rồi thử lại.",
        "The file is damaged or not a real {expected} file ({reason}). Open it in {expected}, "
        "save it as a new file and try again.",
    ),
    "file_unknown_format": (
        'Không nhận ra loại tệp "{ext}". rcv đọc câu hỏi từ .xlsx, .docx, .yaml/.yml, .json và '
        "danh sách thí sinh từ .xlsx.",
        'Unknown file type "{ext}". rcv reads questions from .xlsx, .docx, .yaml/.yml, .json '
        "and contestant lists from .xlsx.",
    ),
    "file_wrong_extension": (
        'Tệp có đuôi "{ext}" nhưng thực ra là tệp {actual}; rcv đọc theo nội dung. Nên đổi đuôi '
        "tệp cho đúng.",
        'The file is named "{ext}" but is really a {actual} file; rcv reads it by its content. '
        "Rename it with the right extension.",
    ),
    "no_questions": (
        "Không tìm thấy câu hỏi nào. Kiểm tra tệp có dòng tiêu đề (Câu hỏi, Phương án A…, Đáp "
        'án) hoặc các đoạn "Câu 1."; xem mẫu questions/templates/mau-cau-hoi.xlsx.',
        "No questions were found. Check that the file has a header row (Question, Option A…, "
        'Answer) or "Câu 1." paragraphs; see questions/templates/mau-cau-hoi.xlsx.',
    ),
    "no_contestants": (
        "Không tìm thấy thí sinh nào. Kiểm tra dòng tiêu đề (SBD, Họ và tên…); xem mẫu "
        "questions/templates/mau-thi-sinh.xlsx.",
        "No contestants were found. Check the header row (SBD, Họ và tên…); see "
        "questions/templates/mau-thi-sinh.xlsx.",
    ),
    # sheets, headers, cells
    "sheet_no_header": (
        "Không thấy dòng tiêu đề nhận ra được trong {rows} dòng đầu, nên trang này không được "
        "đọc. Cần các cột: {expected}.",
        "No recognisable header row in the first {rows} rows, so this sheet was not read. "
        "Needed columns: {expected}.",
    ),
    "sheet_hidden": (
        "Trang tính đang bị ẩn nên không được đọc. Nếu cần, hãy bỏ ẩn (Unhide) rồi lưu lại.",
        "The sheet is hidden, so it was not read. Unhide it and save if it is needed.",
    ),
    "column_missing": (
        'Thiếu cột {field}. Thêm cột có tiêu đề "{field}" vào dòng tiêu đề (dòng {row}).',
        'The {field} column is missing. Add a column headed "{field}" to the header row '
        "(row {row}).",
    ),
    "column_duplicate": (
        "Hai cột {first} và {second} cùng là {field}. Đổi tên hoặc xoá một cột.",
        "Columns {first} and {second} are both {field}. Rename or delete one of them.",
    ),
    "column_unknown": (
        'Cột {column} "{label}" không được dùng vì rcv không hiểu tiêu đề này. Nếu cột này '
        "cần thiết, đặt lại tiêu đề theo mẫu.",
        'Column {column} "{label}" is not used: rcv does not know this header. Rename it as '
        "in the template if it is needed.",
    ),
    "row_hidden": (
        "Dòng đang bị ẩn nên không được nhập. Nếu cần dòng này, hãy bỏ ẩn rồi lưu lại.",
        "The row is hidden, so it was not imported. Unhide it and save if it is needed.",
    ),
    "formula_no_value": (
        "Ô {cell} là công thức ({formula}) chưa có giá trị đã tính. Mở tệp bằng Excel, bấm Lưu "
        "rồi thử lại (hoặc dán giá trị thay cho công thức).",
        "Cell {cell} holds a formula ({formula}) with no computed value. Open the file in Excel, "
        "save it and try again (or paste values instead of the formula).",
    ),
    "formula_error": (
        "Ô {cell} báo lỗi {value}. Sửa công thức hoặc gõ giá trị trực tiếp.",
        "Cell {cell} shows the error {value}. Fix the formula or type the value.",
    ),
    "cell_date": (
        'Excel đã đổi ô {cell} thành ngày tháng; rcv đọc là "{text}". Nếu không đúng, định dạng '
        "ô là Văn bản (Text) rồi gõ lại.",
        'Excel turned cell {cell} into a date; rcv reads "{text}". If that is wrong, format the '
        "cell as Text and type it again.",
    ),
    **QUESTION_MESSAGES,
    **LIMIT_MESSAGES,
    # contestants
    "sbd_missing": (
        "Thí sinh chưa có SBD. Điền số báo danh hoặc xoá dòng.",
        "The contestant has no SBD. Fill in the registration number or delete the row.",
    ),
    "name_missing": (
        'Thí sinh có SBD "{sbd}" chưa có họ tên. Điền họ tên.',
        'The contestant with SBD "{sbd}" has no name. Fill it in.',
    ),
    "sbd_duplicate": (
        'SBD "{sbd}" trùng với thí sinh ở {other}. Mỗi thí sinh cần một SBD riêng.',
        'SBD "{sbd}" is also given to the contestant at {other}. Each needs their own.',
    ),
    "sbd_number": (
        'SBD {sbd} được lưu dạng số trong khi các SBD khác có số 0 ở đầu; rcv đọc là "{sbd}". '
        "Nếu cần số 0 ở đầu, định dạng cột là Văn bản (Text) và gõ lại.",
        'SBD {sbd} is stored as a number while others start with 0; rcv reads "{sbd}". If it '
        "needs leading zeros, format the column as Text and type it again.",
    ),
    "seat_invalid": (
        'Số ghế "{value}" không phải số nguyên dương. Ghi một số, ví dụ 12.',
        'The seat "{value}" is not a whole positive number. Write e.g. 12.',
    ),
    "seat_missing": (
        "Thí sinh chưa có số ghế trong khi các thí sinh khác có. Điền số ghế cho mọi thí sinh "
        "hoặc xoá cả cột để rcv tự xếp.",
        "This contestant has no seat while others do. Give every contestant a seat or delete "
        "the column so rcv assigns them.",
    ),
    "seat_duplicate": (
        "Ghế {seat} đã xếp cho thí sinh ở {other}. Mỗi ghế một thí sinh.",
        "Seat {seat} is already taken by the contestant at {other}. One contestant per seat.",
    ),
    "checkin_duplicate": (
        'Mã check-in "{checkin}" trùng với thí sinh ở {other}. Mỗi thí sinh cần mã riêng.',
        'Check-in code "{checkin}" is also given to the contestant at {other}. Make them unique.',
    ),
    "seats_assigned": (
        "Tệp không ghi số ghế: rcv xếp ghế 1–{count} theo thứ tự danh sách.",
        "The file gives no seats: rcv assigns seats 1–{count} in list order.",
    ),
    "group_from_sheet": (
        "Danh sách nằm ở {count} trang tính; tên trang được dùng làm nhóm/lớp của thí sinh.",
        "The list spans {count} sheets; each sheet's name is used as its contestants' group.",
    ),
}

FIELD_LABELS: Mapping[str, tuple[str, str]] = {
    "id": ("Mã câu", "Id"),
    "ordinal": ("STT", "No."),
    "text": ("Câu hỏi", "Question"),
    "answer": ("Đáp án", "Answer"),
    "kind": ("Loại câu", "Kind"),
    "pool": ("Vòng", "Pool"),
    "time": ("Thời gian (giây)", "Time (s)"),
    "explanation": ("Giải thích", "Explanation"),
    "source": ("Nguồn", "Source"),
    "media": ("Hình ảnh", "Media"),
    "options": ("Phương án", "Options"),
    **{f"option_{c}": (f"Phương án {c.upper()}", f"Option {c.upper()}") for c in "abcdef"},
    "sbd": ("SBD", "SBD"),
    "name": ("Họ và tên", "Name"),
    "family_name": ("Họ", "Family name"),
    "given_name": ("Tên", "Given name"),
    "unit": ("Đơn vị", "Unit"),
    "group": ("Lớp/Nhóm", "Group"),
    "seat": ("Số ghế", "Seat"),
    "checkin": ("Mã check-in", "Check-in code"),
    "questions": ("questions", "questions"),
    "format": ("format", "format"),
    "title": ("title", "title"),
}

WORDS: Mapping[str, tuple[str, str]] = {
    "error": ("LỖI", "ERROR"),
    "warning": ("Cảnh báo", "Warning"),
    "sheet": ('trang tính "{}"', 'sheet "{}"'),
    "row": ("dòng {}", "row {}"),
    "rows": ("các dòng {}", "rows {}"),
    "line": ("dòng {}", "line {}"),
    "lines": ("các dòng {}", "lines {}"),
    "paragraph": ("đoạn {}", "paragraph {}"),
    "paragraphs": ("các đoạn {}", "paragraphs {}"),
    "column": ("cột {}", "column {}"),
    "question": ("câu {}", "question {}"),
    "table": ("bảng {}", "table {}"),
    "none": ("Không có vấn đề nào.", "No problems found."),
    "usable": ("Tệp dùng được.", "The file can be used."),
    "unusable": (
        "Tệp CHƯA dùng được: sửa {count} lỗi ở trên rồi kiểm tra lại. Chưa có gì được nhập.",
        "The file can NOT be used yet: fix the {count} error(s) above and check again. Nothing "
        "was imported.",
    ),
    "read_questions": ("Đã đọc {count} câu hỏi hợp lệ", "Read {count} valid questions"),
    "read_contestants": ("Đã đọc {count} thí sinh", "Read {count} contestants"),
    "warnings": ("{count} cảnh báo", "{count} warning(s)"),
    "main": ("Câu hỏi chính", "Main"),
    "tiebreak": ("Câu hỏi phụ", "Tie-break"),
    "rescue": ("Cứu trợ", "Rescue"),
    "audience": ("Khán giả", "Audience"),
    "final": ("Chuông vàng", "Golden bell"),
    "choice": ("trắc nghiệm", "multiple choice"),
    "true_false": ("đúng/sai", "true/false"),
    "short": ("trả lời ngắn", "short answer"),
}


def _pick(pair: tuple[str, str], lang: Lang) -> str:
    return pair[1] if lang == "en" else pair[0]


def message(code: str, lang: Lang, params: Mapping[str, object]) -> str:
    """The sentence for a problem code, filled in with its parameters."""
    return _pick(MESSAGES[code], lang).format(**params)


def field_label(field: str, lang: Lang) -> str:
    """How a field is called in a report ("Đáp án" / "Answer")."""
    pair = FIELD_LABELS.get(field)
    return _pick(pair, lang) if pair else field


def word(key: str, lang: Lang, *args: object, **kwargs: object) -> str:
    """A location or summary word, filled in."""
    return _pick(WORDS[key], lang).format(*args, **kwargs)
