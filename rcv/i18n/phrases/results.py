"""The official results' own words: the workbook's sheet names, titles, column headers,
statuses, how a place was decided, the rules in words, the fingerprint and how to check it — and
why results could not be written (the codes of :class:`~rcv.results.errors.ResultsError`, said
by :func:`results_error`).

Written once here in Vietnamese and marked for the catalogue; :mod:`rcv.results` renders them
with a :class:`~rcv.i18n.Words` in the language the workbook is written in (the operator's when
exporting, the workbook's own when verifying). The Vietnamese sources are what workbooks said
before they had a language: a Vietnamese workbook exported by an earlier rcv still verifies, so
change a source here only knowing that older workbooks will then differ in that cell.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from rcv.i18n.words import QT_TRANSLATE_NOOP, Words

CTX = "Results"
COLUMN = "ResultsColumn"
ERROR = "ResultsError"

SHEETS = {
    "ranking": QT_TRANSLATE_NOOP("Results", "Xếp hạng"),
    "prizes": QT_TRANSLATE_NOOP("Results", "Giải thưởng"),
    "play": QT_TRANSLATE_NOOP("Results", "Diễn biến"),
    "detail": QT_TRANSLATE_NOOP("Results", "Chi tiết"),
    "log": QT_TRANSLATE_NOOP("Results", "Nhật ký"),
    "info": QT_TRANSLATE_NOOP("Results", "Thông tin"),
    "units": QT_TRANSLATE_NOOP("Results", "Xếp hạng đơn vị"),
    "groups": QT_TRANSLATE_NOOP("Results", "Xếp hạng nhóm"),
}
TITLES = {
    "ranking": QT_TRANSLATE_NOOP("Results", "KẾT QUẢ XẾP HẠNG — {event}"),
    "prizes": QT_TRANSLATE_NOOP("Results", "DANH SÁCH ĐOẠT GIẢI — {event}"),
    "play": QT_TRANSLATE_NOOP("Results", "DIỄN BIẾN TỪNG CÂU HỎI — {event}"),
    "detail": QT_TRANSLATE_NOOP("Results", "CHI TIẾT TRẢ LỜI — {event}"),
    "log": QT_TRANSLATE_NOOP("Results", "NHẬT KÝ CHƯƠNG TRÌNH — {event}"),
    "info": QT_TRANSLATE_NOOP("Results", "THÔNG TIN CHƯƠNG TRÌNH — {event}"),
    "units": QT_TRANSLATE_NOOP("Results", "XẾP HẠNG ĐƠN VỊ — {event}"),
    "groups": QT_TRANSLATE_NOOP("Results", "XẾP HẠNG NHÓM — {event}"),
}
COLUMNS = {
    "rank": QT_TRANSLATE_NOOP("ResultsColumn", "Hạng"),
    "seat": QT_TRANSLATE_NOOP("ResultsColumn", "Ghế"),
    "sbd": QT_TRANSLATE_NOOP("ResultsColumn", "SBD"),
    "name": QT_TRANSLATE_NOOP("ResultsColumn", "Họ và tên"),
    "unit": QT_TRANSLATE_NOOP("ResultsColumn", "Đơn vị"),
    "group": QT_TRANSLATE_NOOP("ResultsColumn", "Nhóm"),
    "status": QT_TRANSLATE_NOOP("ResultsColumn", "Trạng thái"),
    "correct": QT_TRANSLATE_NOOP("ResultsColumn", "Số câu đúng"),
    "correct_time": QT_TRANSLATE_NOOP("ResultsColumn", "Tổng thời gian trả lời đúng (giây)"),
    "prize": QT_TRANSLATE_NOOP("ResultsColumn", "Giải thưởng"),
    "decided": QT_TRANSLATE_NOOP("ResultsColumn", "Cách phân định thứ hạng"),
    "note": QT_TRANSLATE_NOOP("ResultsColumn", "Ghi chú"),
    "order": QT_TRANSLATE_NOOP("ResultsColumn", "STT"),
    "round": QT_TRANSLATE_NOOP("ResultsColumn", "Vòng"),
    "number": QT_TRANSLATE_NOOP("ResultsColumn", "Câu số"),
    "qid": QT_TRANSLATE_NOOP("ResultsColumn", "Mã câu"),
    "question": QT_TRANSLATE_NOOP("ResultsColumn", "Nội dung câu hỏi"),
    "key": QT_TRANSLATE_NOOP("ResultsColumn", "Đáp án đúng"),
    "shown_at": QT_TRANSLATE_NOOP("ResultsColumn", "Thời điểm hiện câu"),
    "participants": QT_TRANSLATE_NOOP("ResultsColumn", "Số tham gia"),
    "chose": QT_TRANSLATE_NOOP("ResultsColumn", "Chọn {letter}"),
    "no_answer": QT_TRANSLATE_NOOP("ResultsColumn", "Không trả lời"),
    "right": QT_TRANSLATE_NOOP("ResultsColumn", "Số đúng"),
    "wrong": QT_TRANSLATE_NOOP("ResultsColumn", "Số sai"),
    "out_count": QT_TRANSLATE_NOOP("ResultsColumn", "Số bị loại"),
    "out": QT_TRANSLATE_NOOP("ResultsColumn", "Bị loại (SBD)"),
    "back": QT_TRANSLATE_NOOP("ResultsColumn", "Trở lại / cứu trợ (SBD)"),
    "other": QT_TRANSLATE_NOOP("ResultsColumn", "Kết quả khác"),
    "corrections": QT_TRANSLATE_NOOP("ResultsColumn", "Sửa tay, hoàn tác"),
    "q_order": QT_TRANSLATE_NOOP("ResultsColumn", "STT câu"),
    "given": QT_TRANSLATE_NOOP("ResultsColumn", "Đáp án chọn"),
    "result": QT_TRANSLATE_NOOP("ResultsColumn", "Kết quả"),
    "response": QT_TRANSLATE_NOOP("ResultsColumn", "Thời gian trả lời (giây)"),
    "via": QT_TRANSLATE_NOOP("ResultsColumn", "Ghi nhận bằng"),
    "step": QT_TRANSLATE_NOOP("ResultsColumn", "Bước"),
    "time": QT_TRANSLATE_NOOP("ResultsColumn", "Thời gian"),
    "source": QT_TRANSLATE_NOOP("ResultsColumn", "Nguồn"),
    "kind": QT_TRANSLATE_NOOP("ResultsColumn", "Loại"),
    "content": QT_TRANSLATE_NOOP("ResultsColumn", "Nội dung"),
    "item": QT_TRANSLATE_NOOP("ResultsColumn", "Mục"),
}
# every sheet's heading, banner, closing and page footer
PAGE = {
    "provisional": QT_TRANSLATE_NOOP("Results", "KẾT QUẢ TẠM THỜI — chương trình chưa kết thúc"),
    "final": QT_TRANSLATE_NOOP("Results", "KẾT QUẢ CHÍNH THỨC — chương trình đã kết thúc"),
    "organiser": QT_TRANSLATE_NOOP("Results", "Đơn vị tổ chức: {organiser}"),
    "fingerprint": QT_TRANSLATE_NOOP(
        "Results",
        "Dấu vân tay kết quả: {text} (sau {entries} mục nhật ký; mã băm đầy đủ ở trang {sheet})",
    ),
    "page_note": QT_TRANSLATE_NOOP("Results", "Dấu vân tay kết quả: {text}"),
    "secretary": QT_TRANSLATE_NOOP("Results", "THƯ KÝ"),
    "jury": QT_TRANSLATE_NOOP("Results", "TRƯỞNG BAN GIÁM KHẢO"),
    "organisers": QT_TRANSLATE_NOOP("Results", "TRƯỞNG BAN TỔ CHỨC"),
    "sign": QT_TRANSLATE_NOOP("Results", "(Ký, ghi rõ họ tên)"),
    "page_number": QT_TRANSLATE_NOOP("Results", "Trang {page} / {pages}"),
    "printed": QT_TRANSLATE_NOOP("Results", "In lúc {date} {time}"),
}
# a contestant's status, and how their place was decided
STATUS = {
    "bell": QT_TRANSLATE_NOOP("Results", "Rung chuông vàng"),
    "co_winner": QT_TRANSLATE_NOOP("Results", "Đồng chiến thắng"),
    "winner": QT_TRANSLATE_NOOP("Results", "Chiến thắng"),
    "to_the_end": QT_TRANSLATE_NOOP("Results", "Trụ lại đến cuối chương trình"),
    "standing": QT_TRANSLATE_NOOP("Results", "Còn trên sàn"),
    "fell": QT_TRANSLATE_NOOP("Results", "Bị loại ở câu {n}"),
    "fell_first": QT_TRANSLATE_NOOP("Results", "Bị loại trước câu hỏi đầu tiên"),
    "all_wrong": QT_TRANSLATE_NOOP("Results", " (cả sàn sai)"),
    "rescued": QT_TRANSLATE_NOOP("Results", "; được cứu trợ"),
    "rescued_times": QT_TRANSLATE_NOOP("Results", "; được cứu trợ {n} lần"),
    "above": QT_TRANSLATE_NOOP("Results", "Hạng {rank} xếp trên vì {why}"),
    "co_winners": QT_TRANSLATE_NOOP(
        "Results",
        "Đồng hạng nhất theo thể lệ: những thí sinh còn trên sàn khi hết câu hỏi cùng chiến thắng",
    ),
    "tied": QT_TRANSLATE_NOOP("Results", "Đồng hạng với {sbds}: {why}"),
    "pending": QT_TRANSLATE_NOOP("Results", "CHƯA PHÂN ĐỊNH giải ({prizes})"),
    "undecided": QT_TRANSLATE_NOOP("Results", "Chưa phân định: {prizes}"),
    "and_more": QT_TRANSLATE_NOOP("Results", "{sbds} và {n} thí sinh khác"),
}
# the rules in force, as the "Thông tin" sheet says them: labels, then values
RULE_LABELS = {
    "time": QT_TRANSLATE_NOOP("Results", "Thời gian mỗi câu"),
    "tiebreak_time": QT_TRANSLATE_NOOP("Results", "Thời gian câu hỏi phụ"),
    "final_time": QT_TRANSLATE_NOOP("Results", "Thời gian câu hỏi chuông vàng"),
    "missing": QT_TRANSLATE_NOOP("Results", "Không trả lời"),
    "all_wrong": QT_TRANSLATE_NOOP("Results", "Khi cả sàn trả lời sai"),
    "presses": QT_TRANSLATE_NOOP("Results", "Bấm nhiều lần"),
    "rescue": QT_TRANSLATE_NOOP("Results", "Cứu trợ"),
    "limit": QT_TRANSLATE_NOOP("Results", "Số câu hỏi chính"),
    "at_limit": QT_TRANSLATE_NOOP("Results", "Hết câu hỏi mà còn nhiều thí sinh"),
    "final": QT_TRANSLATE_NOOP("Results", "Câu hỏi chuông vàng"),
    "prizes": QT_TRANSLATE_NOOP("Results", "Cơ cấu giải thưởng"),
    "order": QT_TRANSLATE_NOOP("Results", "Thứ tự xếp hạng"),
}
RULE_WORDS = {
    "seconds": QT_TRANSLATE_NOOP("Results", "{n} giây"),
    "missing_wrong": QT_TRANSLATE_NOOP("Results", "tính là sai"),
    "missing_not_wrong": QT_TRANSLATE_NOOP("Results", "không tính là sai"),
    "keep": QT_TRANSLATE_NOOP("Results", "không ai bị loại"),
    "eliminate": QT_TRANSLATE_NOOP("Results", "tất cả bị loại (có thể được cứu trợ)"),
    "tiebreak": QT_TRANSLATE_NOOP(
        "Results", "tất cả bị loại và xếp hạng với nhau bằng câu hỏi phụ"
    ),
    "first": QT_TRANSLATE_NOOP("Results", "lần bấm đầu tiên được tính (khoá đáp án)"),
    "last": QT_TRANSLATE_NOOP("Results", "lần bấm cuối cùng trước khi hết giờ được tính"),
    "co_winners": QT_TRANSLATE_NOOP(
        "Results", "những thí sinh còn lại cùng chiến thắng, đồng hạng nhất"
    ),
    "limit_tiebreak": QT_TRANSLATE_NOOP("Results", "dùng câu hỏi phụ để phân định"),
    "no_rescue": QT_TRANSLATE_NOOP("Results", "không có cứu trợ"),
    "after": QT_TRANSLATE_NOOP("Results", "sau câu {n}"),
    "floor_empty": QT_TRANSLATE_NOOP("Results", "khi sàn đấu không còn ai"),
    "fewer": QT_TRANSLATE_NOOP("Results", "khi còn ít hơn {n} thí sinh"),
    "either": QT_TRANSLATE_NOOP("Results", "{first} hoặc {second}"),
    "any_time": QT_TRANSLATE_NOOP("Results", "bất cứ lúc nào"),
    "rescue": QT_TRANSLATE_NOOP(
        "Results", "tối đa {times} lần, {when}; cách cứu trợ đề xuất: {method}"
    ),
    "rescue_once": QT_TRANSLATE_NOOP(
        "Results", "tối đa 1 lần, {when}; cách cứu trợ đề xuất: {method}"
    ),
    "best": QT_TRANSLATE_NOOP("Results", "{method} ({n} thí sinh)"),
    "no_prizes": QT_TRANSLATE_NOOP("Results", "không có"),
    "questions": QT_TRANSLATE_NOOP("Results", "{n} câu"),
    "all_questions": QT_TRANSLATE_NOOP("Results", "toàn bộ câu hỏi chính"),
    "final_when": QT_TRANSLATE_NOOP("Results", "khi còn {n} thí sinh trở xuống"),
    "final_when_one": QT_TRANSLATE_NOOP("Results", "khi chỉ còn 1 thí sinh"),
    "not_used": QT_TRANSLATE_NOOP("Results", "không dùng"),
}
# the "Thông tin" sheet: the event, where the show stands, and how to check the results
INFO = {
    "name": QT_TRANSLATE_NOOP("Results", "Tên chương trình"),
    "date": QT_TRANSLATE_NOOP("Results", "Ngày"),
    "venue": QT_TRANSLATE_NOOP("Results", "Địa điểm"),
    "organiser": QT_TRANSLATE_NOOP("Results", "Đơn vị tổ chức"),
    "questions": QT_TRANSLATE_NOOP("Results", "Bộ câu hỏi"),
    "contestants": QT_TRANSLATE_NOOP("Results", "Số thí sinh"),
    "shown": QT_TRANSLATE_NOOP("Results", "Số câu hỏi đã hiện"),
    "state": QT_TRANSLATE_NOOP("Results", "Tình trạng"),
    "finished": QT_TRANSLATE_NOOP("Results", "Đã kết thúc"),
    "finished_why": QT_TRANSLATE_NOOP("Results", "Đã kết thúc — {why}"),
    "not_finished": QT_TRANSLATE_NOOP(
        "Results", "CHƯA KẾT THÚC (đang ở bước: {phase}) — kết quả tạm thời"
    ),
    "rules": QT_TRANSLATE_NOOP("Results", "THỂ LỆ ÁP DỤNG"),
    "check": QT_TRANSLATE_NOOP("Results", "KIỂM TRA KẾT QUẢ"),
    "fingerprint": QT_TRANSLATE_NOOP("Results", "Dấu vân tay kết quả"),
    "head": QT_TRANSLATE_NOOP("Results", "Mã băm đầy đủ (SHA-256)"),
    "entries": QT_TRANSLATE_NOOP("Results", "Số mục nhật ký"),
    "payload": QT_TRANSLATE_NOOP("Results", "Nội dung mã QR"),
    "how": QT_TRANSLATE_NOOP("Results", "Cách kiểm tra"),
    "how_text": QT_TRANSLATE_NOOP(
        "Results",
        "Chạy: rcv verify <tệp sự kiện .rcv> <tệp Excel này>. Mọi ô của trang {ranking} và "
        "{prizes} và dấu vân tay được tính lại từ tệp sự kiện và so sánh từng ô.",
    ),
    "exported": QT_TRANSLATE_NOOP("Results", "Thời điểm xuất tệp"),
    "software": QT_TRANSLATE_NOOP("Results", "Phần mềm"),
    "language": QT_TRANSLATE_NOOP("Results", "Ngôn ngữ của bảng tính"),
}
# "Diễn biến" and "Chi tiết": how the show went
PLAY = {
    "main": QT_TRANSLATE_NOOP("Results", "Chính"),
    "rescue": QT_TRANSLATE_NOOP("Results", "Cứu trợ"),
    "tiebreak": QT_TRANSLATE_NOOP("Results", "Câu hỏi phụ"),
    "final": QT_TRANSLATE_NOOP("Results", "Chuông vàng"),
    "before_first": QT_TRANSLATE_NOOP("Results", "Trước câu hỏi đầu tiên"),
    "more": QT_TRANSLATE_NOOP("Results", "… và {n} mục khác (xem trang {sheet})"),
    "play_line": QT_TRANSLATE_NOOP(
        "Results",
        "{n} câu hỏi đã hiện; số người chọn mỗi phương án tính theo đáp án sau cùng (đã gồm các "
        "lần sửa tay).",
    ),
    "not_applied": QT_TRANSLATE_NOOP("Results", "chưa xử lý kết quả"),
    "all_wrong": QT_TRANSLATE_NOOP("Results", "cả sàn trả lời sai"),
    "all_wrong_kept": QT_TRANSLATE_NOOP("Results", "cả sàn trả lời sai: không ai bị loại"),
    "rung": QT_TRANSLATE_NOOP("Results", "rung chuông vàng: {sbds}"),
    "dropped": QT_TRANSLATE_NOOP("Results", "dừng câu hỏi phụ: {sbds}"),
    "absent": QT_TRANSLATE_NOOP("Results", "Không tham gia"),
    "no_answer": QT_TRANSLATE_NOOP("Results", "Không trả lời"),
    "right": QT_TRANSLATE_NOOP("Results", "Đúng"),
    "wrong": QT_TRANSLATE_NOOP("Results", "Sai"),
    "keypad": QT_TRANSLATE_NOOP("Results", "bàn phím"),
    "by_hand": QT_TRANSLATE_NOOP("Results", "nhập tay"),
    "detail_line": QT_TRANSLATE_NOOP(
        "Results",
        "Mỗi thí sinh × mỗi câu hỏi đã hiện. Thời gian trả lời tính từ lúc bắt đầu tính giờ; "
        "đáp án nhập tay tính trọn thời gian của câu.",
    ),
}
# "Nhật ký": where each entry came from and what kind it is (for filtering), and its status
LOG = {
    "operator": QT_TRANSLATE_NOOP("Results", "Người điều khiển"),
    "keypad": QT_TRANSLATE_NOOP("Results", "Bàn phím"),
    "hub": QT_TRANSLATE_NOOP("Results", "Bộ thu"),
    "undo": QT_TRANSLATE_NOOP("Results", "Hoàn tác"),
    "press": QT_TRANSLATE_NOOP("Results", "Bấm phím"),
    "refused": QT_TRANSLATE_NOOP("Results", "Bấm bị từ chối"),
    "noise": QT_TRANSLATE_NOOP("Results", "Nhiễu đường truyền"),
    "lost": QT_TRANSLATE_NOOP("Results", "Mất khung"),
    "correction": QT_TRANSLATE_NOOP("Results", "Sửa tay"),
    "command": QT_TRANSLATE_NOOP("Results", "Điều khiển"),
    "undone": QT_TRANSLATE_NOOP("Results", "ĐÃ HOÀN TÁC"),
    "log_line": QT_TRANSLATE_NOOP(
        "Results",
        "{n} mục, gồm cả các lần bấm bị từ chối, các lần sửa tay và các bước đã hoàn tác "
        "({undone} mục đã hoàn tác, đánh dấu ở cột {column}).",
    ),
}
# why the results could not be written (ResultsError codes), and what to do
ERRORS = {
    "in_use": QT_TRANSLATE_NOOP(
        "ResultsError",
        "Không ghi được {name}: tệp đang được mở trong một chương trình khác (Excel, trình xem "
        "PDF). Hãy đóng tệp đó rồi thử lại.",
    ),
    "is_folder": QT_TRANSLATE_NOOP(
        "ResultsError", "{path} là một thư mục, không phải tệp: hãy chọn tên tệp."
    ),
    "no_folder": QT_TRANSLATE_NOOP(
        "ResultsError", "Không có thư mục {folder}: hãy chọn nơi lưu khác."
    ),
    "folder_not_writable": QT_TRANSLATE_NOOP(
        "ResultsError",
        "Không ghi được vào thư mục {folder}: {detail}. Hãy chọn nơi lưu khác (ổ đĩa có thể đang "
        "chỉ đọc hoặc đã đầy).",
    ),
    "write_failed": QT_TRANSLATE_NOOP(
        "ResultsError", "Không ghi được {name}: {detail}. Hãy kiểm tra ổ đĩa rồi thử lại."
    ),
    "no_gui": QT_TRANSLATE_NOOP(
        "ResultsError", "Không tạo được PDF: chương trình đang chạy không có giao diện Qt."
    ),
    "no_font": QT_TRANSLATE_NOOP(
        "ResultsError",
        "Không tìm thấy phông chữ có dấu tiếng Việt. Hãy chỉ ra tệp .ttf bằng --font (ví dụ "
        "DejaVuSans.ttf hoặc arial.ttf).",
    ),
    "font_unreadable": QT_TRANSLATE_NOOP("ResultsError", "Không đọc được phông chữ {path}."),
    "pdf_failed": QT_TRANSLATE_NOOP("ResultsError", "Không tạo được tệp PDF {name}."),
    "image_unreadable": QT_TRANSLATE_NOOP("ResultsError", "Không đọc được ảnh {path}."),
    "not_final": QT_TRANSLATE_NOOP(
        "ResultsError",
        "Chương trình chưa kết thúc: chưa thể in giấy chứng nhận. Dùng --provisional để in bản "
        "nháp (mỗi trang ghi BẢN NHÁP).",
    ),
    "no_winners": QT_TRANSLATE_NOOP(
        "ResultsError",
        "Chưa có thí sinh nào được xác định giải: không có giấy chứng nhận nào để in.",
    ),
    "no_team_winners": QT_TRANSLATE_NOOP(
        "ResultsError",
        "Chưa có đơn vị nào được xác định giải tập thể (danh sách thí sinh không ghi đơn vị, "
        "hoặc thể lệ không có giải tập thể): không có giấy chứng nhận tập thể nào để in.",
    ),
    "workbook_unreadable": QT_TRANSLATE_NOOP(
        "ResultsError",
        "Không đọc được bảng tính {name}: {detail}. Hãy chọn tệp .xlsx do rcv xuất ra.",
    ),
    "template": QT_TRANSLATE_NOOP("ResultsError", "Mẫu giấy chứng nhận {name}, {where}: {problem}"),
    "template_not_found": QT_TRANSLATE_NOOP(
        "ResultsError", "Không tìm thấy mẫu giấy chứng nhận {path}."
    ),
}
# where in a certificate template, and what is wrong there
TEMPLATE_PLACES = {
    "file": QT_TRANSLATE_NOOP("ResultsError", "cả tệp"),
    "item": QT_TRANSLATE_NOOP("ResultsError", "mục {item}"),
    "border": QT_TRANSLATE_NOOP("ResultsError", "phần border"),
}
TEMPLATE_PROBLEMS = {
    "not_mapping": QT_TRANSLATE_NOOP("ResultsError", "cần một nhóm khoá: giá trị"),
    "unknown_keys": QT_TRANSLATE_NOOP("ResultsError", "khoá lạ {keys} (dùng được: {known})"),
    "bad_keys": QT_TRANSLATE_NOOP("ResultsError", "thiếu hoặc sai khoá ({detail})"),
    "file_missing": QT_TRANSLATE_NOOP("ResultsError", "không tìm thấy tệp {file}"),
    "not_numbers": QT_TRANSLATE_NOOP("ResultsError", "toạ độ, cỡ chữ phải là số"),
    "bad_align": QT_TRANSLATE_NOOP(
        "ResultsError", "align phải là left, center hoặc right, không phải {align}"
    ),
    "bad_size": QT_TRANSLATE_NOOP("ResultsError", "cỡ chữ (size) phải lớn hơn 0"),
    "unknown_placeholder": QT_TRANSLATE_NOOP(
        "ResultsError", "chỗ thay thế lạ {placeholder} (dùng được: {usable})"
    ),
    "unreadable": QT_TRANSLATE_NOOP("ResultsError", "không đọc được ({detail})"),
    "need_top_keys": QT_TRANSLATE_NOOP("ResultsError", "cần các khoá version, items…"),
    "unknown_top_keys": QT_TRANSLATE_NOOP("ResultsError", "khoá lạ {keys}"),
    "bad_version": QT_TRANSLATE_NOOP("ResultsError", "phiên bản mẫu {version} chưa được hỗ trợ"),
    "need_items": QT_TRANSLATE_NOOP("ResultsError", "cần danh sách items"),
    "bad_item": QT_TRANSLATE_NOOP("ResultsError", "cần text, line hoặc image"),
}


class Coded(Protocol):
    """A :class:`~rcv.results.errors.ResultsError` as this module sees it (no import upward)."""

    code: str
    params: Mapping[str, Any]


def results_error(exc: Coded, words: Words) -> str:
    """Why results could not be written and what to do, in ``words``' language."""
    facts = dict(exc.params)
    code = exc.code
    if code == "template":
        if facts.get("problem") == "not_found":
            code = "template_not_found"
        else:
            place = TEMPLATE_PLACES.get(str(facts.get("where")))
            problem = TEMPLATE_PROBLEMS.get(str(facts.get("problem")))
            facts["where"] = words(ERROR, place).format(**facts) if place else facts.get("where")
            if problem:
                facts["problem"] = words(ERROR, problem).format(**facts)
    template = ERRORS.get(code)
    # translated, then formatted: a fact may be named like Words' own arguments ("source")
    return words(ERROR, template).format(**facts) if template else str(exc)


def sheet_name(which: str, words: Words) -> str:
    """A sheet's tab name ("Xếp hạng", "Ranking" …)."""
    return words(CTX, SHEETS[which])


def column_title(which: str, words: Words, /, **params: object) -> str:
    return words(COLUMN, COLUMNS[which], **params)


def said(table: dict[str, str], which: str, words: Words, /, **params: object) -> str:
    """One of this module's "Results" sentences, rendered."""
    return words(CTX, table[which], **params)


TABLES = {
    CTX: (SHEETS, TITLES, PAGE, STATUS, RULE_LABELS, RULE_WORDS, INFO, PLAY, LOG),
    COLUMN: (COLUMNS,),
    ERROR: (ERRORS, TEMPLATE_PLACES, TEMPLATE_PROBLEMS),
}
