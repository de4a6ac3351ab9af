"""The sentences for an import's bounds: files too big, zip bombs, sheets too large, values too
long, too many questions or contestants; in Vietnamese, marked for the catalogue (context
"Import"). The numbers come from :mod:`rcv.importers.limits` as parameters;
:mod:`rcv.i18n.phrases.importing` renders them."""

from __future__ import annotations

from collections.abc import Mapping

from rcv.i18n import QT_TRANSLATE_NOOP

LIMIT_PROBLEMS: Mapping[str, str] = {
    # the file as a whole
    "file_too_big": QT_TRANSLATE_NOOP(
        "Import",
        "Tệp nặng {size} MB, vượt giới hạn {limit} MB nên không được đọc. Xoá bớt hình ảnh, "
        "trang tính hoặc phần không dùng (trong Word: Tệp › Nén ảnh), hoặc tách thành nhiều "
        "tệp.",
    ),
    "file_too_many_parts": QT_TRANSLATE_NOOP(
        "Import",
        "Tệp nén chứa {count} phần, vượt giới hạn {limit}: đây không phải tệp Office bình "
        "thường. Mở tệp bằng Excel hoặc Word, chép nội dung cần dùng sang tệp mới rồi lưu lại.",
    ),
    "file_inflates": QT_TRANSLATE_NOOP(
        "Import",
        "Khi giải nén, {part} chiếm {size} MB, vượt giới hạn {limit} MB, nên tệp không được "
        "đọc (tệp bị hỏng hoặc chứa rất nhiều ô/dòng thừa). Mở tệp bằng Excel hoặc Word, xoá "
        "các dòng, cột thừa hoặc chép phần cần dùng sang tệp mới, lưu lại rồi thử lại.",
    ),
    "file_too_complex": QT_TRANSLATE_NOOP(
        "Import",
        "Tệp có quá nhiều phần tử (hơn {limit}, tính đến {part}) nên không được đọc. Tách "
        "thành nhiều tệp nhỏ hơn, hoặc chép nội dung sang tệp mới và lưu lại.",
    ),
    "file_xml_unsafe": QT_TRANSLATE_NOOP(
        "Import",
        "Phần {part} có khai báo DTD/ENTITY mà tệp Office thật không bao giờ có; để an toàn, "
        "rcv không đọc tệp này. Mở tệp bằng Excel hoặc Word và lưu thành tệp mới.",
    ),
    "file_kind_mismatch": QT_TRANSLATE_NOOP(
        "Import",
        'Tệp có đuôi "{ext}" nhưng thực ra là tệp {actual}; ở đây cần tệp {expected}. Chọn '
        "đúng tệp, hoặc mở tệp và lưu lại đúng định dạng.",
    ),
    "media_too_big": QT_TRANSLATE_NOOP(
        "Import",
        'Tệp hình/âm thanh "{path}" nặng {size} MB, vượt giới hạn {limit} MB. Nén hoặc thu '
        "nhỏ tệp (ví dụ ảnh dưới 5 MB), rồi thử lại.",
    ),
    # sheets
    "sheet_too_many_cells": QT_TRANSLATE_NOOP(
        "Import",
        "Trang tính có ít nhất {count} ô (kể cả ô trống đã định dạng), vượt giới hạn {limit} ô "
        "của cả tệp, nên tệp không được đọc. Xoá các dòng, cột thừa bên dưới và bên phải bảng "
        "(bấm Ctrl+End để thấy ô cuối), hoặc chép bảng sang tệp mới bằng Dán giá trị (Paste "
        "Values).",
    ),
    "sheet_too_many_rows": QT_TRANSLATE_NOOP(
        "Import",
        "Tệp có hơn {limit} dòng có dữ liệu; rcv dừng đọc ở dòng này. Tách thành nhiều tệp "
        "hoặc xoá các dòng không dùng.",
    ),
    "sheet_too_long": QT_TRANSLATE_NOOP(
        "Import",
        "Trang tính kéo dài tới dòng này mà vẫn chưa hết (giới hạn {limit} dòng kể cả dòng "
        "trống) nên rcv dừng đọc ở đây. Xoá các dòng trống thừa xen giữa dữ liệu rồi lưu lại.",
    ),
    "data_outside": QT_TRANSLATE_NOOP(
        "Import",
        "Ô {cell} có dữ liệu nhưng cách bảng phía trên hơn {run} dòng trống, nên không được "
        "đọc. Nếu là ô gõ nhầm, hãy xoá nó (Ctrl+End trong Excel đưa tới ô cuối); nếu là dữ "
        "liệu thật, xoá các dòng trống ở giữa.",
    ),
    "data_beyond_columns": QT_TRANSLATE_NOOP(
        "Import",
        "Ô {cell} có dữ liệu nhưng rcv chỉ đọc các cột A–{last}, nên không được đọc. Nếu là ô "
        "gõ nhầm, hãy xoá nó; nếu cần, chuyển dữ liệu vào các cột bên trái.",
    ),
    "merge_too_big": QT_TRANSLATE_NOOP(
        "Import",
        "Vùng gộp ô {range} quá lớn nên được bỏ qua (các ô trong vùng được đọc như ô riêng). "
        "Bỏ gộp ô (Unmerge) ở vùng này.",
    ),
    "cell_too_long": QT_TRANSLATE_NOOP(
        "Import",
        "Ô {cell} chứa {length} ký tự, vượt giới hạn {limit} ký tự của một ô nên không được "
        "dùng. Kiểm tra xem có dán nhầm cả đoạn văn bản vào ô không.",
    ),
    # Word
    "docx_paragraph_too_long": QT_TRANSLATE_NOOP(
        "Import",
        "Đoạn này dài {length} ký tự, vượt giới hạn {limit} ký tự của một đoạn nên không được "
        "đọc. Tách thành nhiều đoạn hoặc xoá phần dán nhầm.",
    ),
    "docx_too_big": QT_TRANSLATE_NOOP(
        "Import",
        "Tài liệu có {paragraphs} đoạn và {runs} đoạn chữ định dạng (run); rcv đọc tối đa "
        "{max_paragraphs} đoạn và {max_runs} run trong một tệp Word. Tách thành nhiều tệp, "
        "hoặc dùng Excel/YAML cho bộ câu hỏi lớn.",
    ),
    # YAML / JSON
    "yaml_alias": QT_TRANSLATE_NOOP(
        "Import",
        "Tệp dùng bí danh YAML (*{alias}). rcv không nhận anchor/alias (&…, *…) trong tệp câu "
        "hỏi, vì chúng có thể làm tệp phình ra hàng tỉ giá trị. Viết đầy đủ giá trị thay cho "
        "*{alias}.",
    ),
    "yaml_too_deep": QT_TRANSLATE_NOOP(
        "Import",
        "Các danh sách/khối lồng nhau quá sâu (hơn {limit} tầng). Tệp câu hỏi chỉ cần vài "
        "tầng: kiểm tra dấu ngoặc [ ] {{ }} và thụt lề.",
    ),
    "yaml_too_many_values": QT_TRANSLATE_NOOP(
        "Import", "Tệp có hơn {limit} giá trị nên không được đọc hết. Tách thành nhiều tệp nhỏ hơn."
    ),
    # counts
    "too_many_questions": QT_TRANSLATE_NOOP(
        "Import",
        "Tệp có {count} câu hỏi, vượt giới hạn {limit} câu của một bộ. Tách thành nhiều bộ.",
    ),
    "too_many_contestants": QT_TRANSLATE_NOOP(
        "Import",
        "Danh sách có {count} thí sinh, vượt giới hạn {limit} thí sinh của một buổi thi. Kiểm "
        "tra xem có dòng thừa không, hoặc chia thành nhiều buổi.",
    ),
    "accepted_too_many": QT_TRANSLATE_NOOP(
        "Import",
        "Câu hỏi có {count} cách viết đáp án được chấp nhận; tối đa {limit}. Bỏ bớt các cách "
        "viết gần giống nhau.",
    ),
    # lengths of one value
    "value_too_long": QT_TRANSLATE_NOOP(
        "Import",
        "Nội dung dài {length} ký tự, vượt giới hạn {limit} ký tự của mục này nên không dùng "
        "được. Rút gọn lại; nếu không phải nội dung của mục này, kiểm tra xem các cột có bị "
        "lệch hoặc dán nhầm không.",
    ),
    "name_long": QT_TRANSLATE_NOOP(
        "Import",
        "Họ tên dài {length} ký tự (trên {limit}) nên có thể không vừa màn chiếu. Kiểm tra lại "
        "và viết gọn nếu được.",
    ),
    "title_too_long": QT_TRANSLATE_NOOP(
        "Import",
        "Tên bộ câu hỏi dài {length} ký tự; chỉ giữ {limit} ký tự đầu. Nên đặt tên ngắn hơn.",
    ),
    "time_too_long": QT_TRANSLATE_NOOP(
        "Import", 'Thời gian "{value}" giây quá dài; tối đa {limit} giây. Ghi số giây, ví dụ 20.'
    ),
    "seat_too_big": QT_TRANSLATE_NOOP(
        "Import",
        "Số ghế {value} quá lớn; rcv nhận số ghế từ 1 đến {limit}. Kiểm tra lại cột số ghế.",
    ),
}
