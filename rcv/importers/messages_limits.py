"""The bounds part of the importers' message catalogue: files too big, zip bombs, sheets too
large, values too long, too many questions or contestants. code -> (Vietnamese, English);
:mod:`rcv.importers.messages` merges it in. The numbers come from :mod:`rcv.importers.limits`."""

from __future__ import annotations

from collections.abc import Mapping

LIMIT_MESSAGES: Mapping[str, tuple[str, str]] = {
    # the file as a whole
    "file_too_big": (
        "Tệp nặng {size} MB, vượt giới hạn {limit} MB nên không được đọc. Xoá bớt hình ảnh, "
        "trang tính hoặc phần không dùng (trong Word: Tệp › Nén ảnh), hoặc tách thành nhiều tệp.",
        "The file is {size} MB, over the {limit} MB limit, so it was not read. Remove unused "
        "pictures, sheets or parts (in Word: File › Compress Pictures), or split it into "
        "several files.",
    ),
    "file_too_many_parts": (
        "Tệp nén chứa {count} phần, vượt giới hạn {limit}: đây không phải tệp Office bình "
        "thường. Mở tệp bằng Excel hoặc Word, chép nội dung cần dùng sang tệp mới rồi lưu lại.",
        "The file's zip holds {count} parts, over the limit of {limit}: this is not an ordinary "
        "Office file. Open it in Excel or Word, copy what is needed into a new file and save it.",
    ),
    "file_inflates": (
        "Khi giải nén, {part} chiếm {size} MB, vượt giới hạn {limit} MB, nên tệp không được "
        "đọc (tệp bị hỏng hoặc chứa rất nhiều ô/dòng thừa). Mở tệp bằng Excel hoặc Word, xoá "
        "các dòng, cột thừa hoặc chép phần cần dùng sang tệp mới, lưu lại rồi thử lại.",
        "Unpacked, {part} takes {size} MB, over the {limit} MB limit, so the file was not read "
        "(it is damaged or full of unused cells or rows). Open it in Excel or Word, delete the "
        "unused rows and columns or copy what is needed into a new file, save and try again.",
    ),
    "file_too_complex": (
        "Tệp có quá nhiều phần tử (hơn {limit}, tính đến {part}) nên không được đọc. Tách "
        "thành nhiều tệp nhỏ hơn, hoặc chép nội dung sang tệp mới và lưu lại.",
        "The file has too many elements (over {limit}, counting up to {part}), so it was not "
        "read. Split it into smaller files, or copy the content into a new file and save it.",
    ),
    "file_xml_unsafe": (
        "Phần {part} có khai báo DTD/ENTITY mà tệp Office thật không bao giờ có; để an toàn, "
        "rcv không đọc tệp này. Mở tệp bằng Excel hoặc Word và lưu thành tệp mới.",
        "Part {part} declares a DTD/ENTITY, which real Office files never do; to stay safe rcv "
        "does not read it. Open the file in Excel or Word and save it as a new file.",
    ),
    "file_kind_mismatch": (
        'Tệp có đuôi "{ext}" nhưng thực ra là tệp {actual}; ở đây cần tệp {expected}. Chọn '
        "đúng tệp, hoặc mở tệp và lưu lại đúng định dạng.",
        'The file is named "{ext}" but is really a {actual} file; a {expected} file is needed '
        "here. Pick the right file, or open it and save it in the right format.",
    ),
    "media_too_big": (
        'Tệp hình/âm thanh "{path}" nặng {size} MB, vượt giới hạn {limit} MB. Nén hoặc thu nhỏ '
        "tệp (ví dụ ảnh dưới 5 MB), rồi thử lại.",
        'The media file "{path}" is {size} MB, over the {limit} MB limit. Compress or shrink it '
        "(e.g. pictures under 5 MB) and try again.",
    ),
    # sheets
    "sheet_too_many_cells": (
        "Trang tính có ít nhất {count} ô (kể cả ô trống đã định dạng), vượt giới hạn {limit} "
        "ô của cả tệp, nên tệp không được đọc. Xoá các dòng, cột thừa bên dưới và bên phải bảng "
        "(bấm Ctrl+End để thấy ô cuối), hoặc chép bảng sang tệp mới bằng Dán giá trị (Paste "
        "Values).",
        "The sheet has at least {count} cells (formatted empty ones included), over the limit "
        "of {limit} for the whole file, so the file was not read. Delete the unused rows and "
        "columns below and right of the table (Ctrl+End shows the last cell), or copy the table "
        "into a new file with Paste Values.",
    ),
    "sheet_too_many_rows": (
        "Tệp có hơn {limit} dòng có dữ liệu; rcv dừng đọc ở dòng này. Tách thành nhiều tệp "
        "hoặc xoá các dòng không dùng.",
        "The file has more than {limit} rows with data; rcv stopped reading at this row. Split "
        "it into several files or delete the rows that are not needed.",
    ),
    "sheet_too_long": (
        "Trang tính kéo dài tới dòng này mà vẫn chưa hết (giới hạn {limit} dòng kể cả dòng "
        "trống) nên rcv dừng đọc ở đây. Xoá các dòng trống thừa xen giữa dữ liệu rồi lưu lại.",
        "The sheet still goes on at this row (limit: {limit} rows, empty ones included), so "
        "rcv stopped reading here. Delete the empty rows between the data and save.",
    ),
    "data_outside": (
        "Ô {cell} có dữ liệu nhưng cách bảng phía trên hơn {run} dòng trống, nên không được "
        "đọc. Nếu là ô gõ nhầm, hãy xoá nó (Ctrl+End trong Excel đưa tới ô cuối); nếu là dữ "
        "liệu thật, xoá các dòng trống ở giữa.",
        "Cell {cell} holds data but lies more than {run} empty rows below the table, so it was "
        "not read. If it was typed by mistake, delete it (Ctrl+End in Excel goes to the last "
        "cell); if it is real data, delete the empty rows in between.",
    ),
    "data_beyond_columns": (
        "Ô {cell} có dữ liệu nhưng rcv chỉ đọc các cột A–{last}, nên không được đọc. Nếu là ô "
        "gõ nhầm, hãy xoá nó; nếu cần, chuyển dữ liệu vào các cột bên trái.",
        "Cell {cell} holds data but rcv reads columns A–{last} only, so it was not read. If it "
        "was typed by mistake, delete it; if it is needed, move it into the columns on the left.",
    ),
    "merge_too_big": (
        "Vùng gộp ô {range} quá lớn nên được bỏ qua (các ô trong vùng được đọc như ô riêng). "
        "Bỏ gộp ô (Unmerge) ở vùng này.",
        "The merged range {range} is too large and was ignored (its cells are read one by one). "
        "Unmerge it.",
    ),
    "cell_too_long": (
        "Ô {cell} chứa {length} ký tự, vượt giới hạn {limit} ký tự của một ô nên không được "
        "dùng. Kiểm tra xem có dán nhầm cả đoạn văn bản vào ô không.",
        "Cell {cell} holds {length} characters, over the {limit} allowed in a cell, so it was "
        "not used. Check that a whole text was not pasted into it by mistake.",
    ),
    # Word
    "docx_paragraph_too_long": (
        "Đoạn này dài {length} ký tự, vượt giới hạn {limit} ký tự của một đoạn nên không được "
        "đọc. Tách thành nhiều đoạn hoặc xoá phần dán nhầm.",
        "This paragraph is {length} characters long, over the {limit} allowed in a paragraph, "
        "so it was not read. Split it into several paragraphs or delete what was pasted by "
        "mistake.",
    ),
    "docx_too_big": (
        "Tài liệu có {paragraphs} đoạn và {runs} đoạn chữ định dạng (run); rcv đọc tối đa "
        "{max_paragraphs} đoạn và {max_runs} run trong một tệp Word. Tách thành nhiều tệp, hoặc "
        "dùng Excel/YAML cho bộ câu hỏi lớn.",
        "The document has {paragraphs} paragraphs and {runs} formatted text runs; rcv reads at "
        "most {max_paragraphs} paragraphs and {max_runs} runs from one Word file. Split it into "
        "several files, or use Excel/YAML for a large question bank.",
    ),
    # YAML / JSON
    "yaml_alias": (
        "Tệp dùng bí danh YAML (*{alias}). rcv không nhận anchor/alias (&…, *…) trong tệp câu "
        "hỏi, vì chúng có thể làm tệp phình ra hàng tỉ giá trị. Viết đầy đủ giá trị thay cho "
        "*{alias}.",
        "The file uses a YAML alias (*{alias}). rcv does not accept anchors/aliases (&…, *…) in "
        "question files, since they can blow a file up into billions of values. Write the value "
        "out in full instead of *{alias}.",
    ),
    "yaml_too_deep": (
        "Các danh sách/khối lồng nhau quá sâu (hơn {limit} tầng). Tệp câu hỏi chỉ cần vài tầng: "
        "kiểm tra dấu ngoặc [ ] {{ }} và thụt lề.",
        "Lists/blocks are nested too deeply (over {limit} levels). A question file needs only a "
        "few levels: check the brackets [ ] {{ }} and the indentation.",
    ),
    "yaml_too_many_values": (
        "Tệp có hơn {limit} giá trị nên không được đọc hết. Tách thành nhiều tệp nhỏ hơn.",
        "The file holds more than {limit} values, so it was not read. Split it into smaller files.",
    ),
    # counts
    "too_many_questions": (
        "Tệp có {count} câu hỏi, vượt giới hạn {limit} câu của một bộ. Tách thành nhiều bộ.",
        "The file has {count} questions, over the limit of {limit} per set. Split it into "
        "several sets.",
    ),
    "too_many_contestants": (
        "Danh sách có {count} thí sinh, vượt giới hạn {limit} thí sinh của một buổi thi. Kiểm "
        "tra xem có dòng thừa không, hoặc chia thành nhiều buổi.",
        "The list has {count} contestants, over the limit of {limit} for one event. Check for "
        "stray rows, or split it into several events.",
    ),
    "accepted_too_many": (
        "Câu hỏi có {count} cách viết đáp án được chấp nhận; tối đa {limit}. Bỏ bớt các cách "
        "viết gần giống nhau.",
        "The question has {count} accepted spellings of its answer; at most {limit}. Remove "
        "near-duplicates.",
    ),
    # lengths of one value
    "value_too_long": (
        "Nội dung dài {length} ký tự, vượt giới hạn {limit} ký tự của mục này nên không dùng "
        "được. Rút gọn lại; nếu không phải nội dung của mục này, kiểm tra xem các cột có bị "
        "lệch hoặc dán nhầm không.",
        "The value is {length} characters long, over the {limit} allowed here, so it cannot be "
        "used. Shorten it; if it does not belong here, check that the columns are not shifted "
        "and nothing was pasted by mistake.",
    ),
    "name_long": (
        "Họ tên dài {length} ký tự (trên {limit}) nên có thể không vừa màn chiếu. Kiểm tra lại "
        "và viết gọn nếu được.",
        "The name is {length} characters long (over {limit}) and may not fit on the projector. "
        "Check it and shorten it if possible.",
    ),
    "title_too_long": (
        "Tên bộ câu hỏi dài {length} ký tự; chỉ giữ {limit} ký tự đầu. Nên đặt tên ngắn hơn.",
        "The set's title is {length} characters long; only the first {limit} are kept. Give it "
        "a shorter title.",
    ),
    "time_too_long": (
        'Thời gian "{value}" giây quá dài; tối đa {limit} giây. Ghi số giây, ví dụ 20.',
        'The time "{value}" seconds is too long; at most {limit} seconds. Write e.g. 20.',
    ),
    "seat_too_big": (
        "Số ghế {value} quá lớn; rcv nhận số ghế từ 1 đến {limit}. Kiểm tra lại cột số ghế.",
        "Seat {value} is too large; rcv takes seats 1 to {limit}. Check the seat column.",
    ),
}
