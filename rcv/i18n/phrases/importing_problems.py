"""The sentences for an import's problem codes about files, sheets, questions and contestants
(Word and YAML included), in Vietnamese, marked for the catalogue (context "Import"). Each says
what is wrong and what the secretary should do about it. :mod:`rcv.i18n.phrases.importing`
renders them; the bounds (too big, too many, too long) are in :mod:`.importing_limits`."""

from __future__ import annotations

from collections.abc import Mapping

from rcv.i18n import QT_TRANSLATE_NOOP

FILE_PROBLEMS: Mapping[str, str] = {
    # the file as a whole
    "file_missing": QT_TRANSLATE_NOOP(
        "Import", "Không tìm thấy tệp. Kiểm tra lại đường dẫn và tên tệp."
    ),
    "file_unreadable": QT_TRANSLATE_NOOP(
        "Import",
        "Không mở được tệp ({reason}). Nếu tệp đang mở trong Excel hoặc Word, hãy đóng lại; "
        "kiểm tra quyền đọc tệp rồi thử lại.",
    ),
    "file_empty": QT_TRANSLATE_NOOP(
        "Import",
        "Tệp rỗng (0 byte). Có thể tệp chưa lưu xong hoặc chép bị lỗi: hãy lấy lại tệp gốc.",
    ),
    "file_encrypted": QT_TRANSLATE_NOOP(
        "Import",
        "Tệp được đặt mật khẩu nên không đọc được. Mở tệp, gỡ mật khẩu (Tệp › Thông tin › Bảo "
        "vệ › Mã hoá bằng mật khẩu › xoá mật khẩu) rồi lưu lại.",
    ),
    "file_old_office": QT_TRANSLATE_NOOP(
        "Import",
        "Đây là tệp Office kiểu cũ (.xls/.doc, Office 97–2003). Mở tệp và dùng Lưu thành (Save "
        "As) để lưu dạng .xlsx hoặc .docx.",
    ),
    "file_corrupt": QT_TRANSLATE_NOOP(
        "Import",
        "Tệp bị hỏng hoặc không phải tệp {expected} thật ({reason}). Mở tệp bằng {expected}, "
        "lưu thành tệp mới rồi thử lại.",
    ),
    "file_unknown_format": QT_TRANSLATE_NOOP(
        "Import",
        'Không nhận ra loại tệp "{ext}". rcv đọc câu hỏi từ .xlsx, .docx, .yaml/.yml, .json '
        "và danh sách thí sinh từ .xlsx.",
    ),
    "file_wrong_extension": QT_TRANSLATE_NOOP(
        "Import",
        'Tệp có đuôi "{ext}" nhưng thực ra là tệp {actual}; rcv đọc theo nội dung. Nên đổi '
        "đuôi tệp cho đúng.",
    ),
    "no_questions": QT_TRANSLATE_NOOP(
        "Import",
        "Không tìm thấy câu hỏi nào. Kiểm tra tệp có dòng tiêu đề (Câu hỏi, Phương án A…, Đáp "
        'án) hoặc các đoạn "Câu 1."; xem mẫu questions/templates/mau-cau-hoi.xlsx.',
    ),
    "no_contestants": QT_TRANSLATE_NOOP(
        "Import",
        "Không tìm thấy thí sinh nào. Kiểm tra dòng tiêu đề (SBD, Họ và tên…); xem mẫu "
        "questions/templates/mau-thi-sinh.xlsx.",
    ),
    # sheets, headers, cells
    "sheet_no_header": QT_TRANSLATE_NOOP(
        "Import",
        "Không thấy dòng tiêu đề nhận ra được trong {rows} dòng đầu, nên trang này không được "
        "đọc. Cần các cột: {expected}.",
    ),
    "sheet_hidden": QT_TRANSLATE_NOOP(
        "Import",
        "Trang tính đang bị ẩn nên không được đọc. Nếu cần, hãy bỏ ẩn (Unhide) rồi lưu lại.",
    ),
    "column_missing": QT_TRANSLATE_NOOP(
        "Import",
        'Thiếu cột {field}. Thêm cột có tiêu đề "{field}" vào dòng tiêu đề (dòng {row}).',
    ),
    "column_duplicate": QT_TRANSLATE_NOOP(
        "Import", "Hai cột {first} và {second} cùng là {field}. Đổi tên hoặc xoá một cột."
    ),
    "column_unknown": QT_TRANSLATE_NOOP(
        "Import",
        'Cột {column} "{label}" không được dùng vì rcv không hiểu tiêu đề này. Nếu cột này '
        "cần thiết, đặt lại tiêu đề theo mẫu.",
    ),
    "row_hidden": QT_TRANSLATE_NOOP(
        "Import", "Dòng đang bị ẩn nên không được nhập. Nếu cần dòng này, hãy bỏ ẩn rồi lưu lại."
    ),
    "formula_no_value": QT_TRANSLATE_NOOP(
        "Import",
        "Ô {cell} là công thức ({formula}) chưa có giá trị đã tính. Mở tệp bằng Excel, bấm Lưu "
        "rồi thử lại (hoặc dán giá trị thay cho công thức).",
    ),
    "formula_error": QT_TRANSLATE_NOOP(
        "Import", "Ô {cell} báo lỗi {value}. Sửa công thức hoặc gõ giá trị trực tiếp."
    ),
    "cell_date": QT_TRANSLATE_NOOP(
        "Import",
        'Excel đã đổi ô {cell} thành ngày tháng; rcv đọc là "{text}". Nếu không đúng, định '
        "dạng ô là Văn bản (Text) rồi gõ lại.",
    ),
    # contestants
    "sbd_missing": QT_TRANSLATE_NOOP(
        "Import", "Thí sinh chưa có SBD. Điền số báo danh hoặc xoá dòng."
    ),
    "name_missing": QT_TRANSLATE_NOOP(
        "Import", 'Thí sinh có SBD "{sbd}" chưa có họ tên. Điền họ tên.'
    ),
    "sbd_duplicate": QT_TRANSLATE_NOOP(
        "Import", 'SBD "{sbd}" trùng với thí sinh ở {other}. Mỗi thí sinh cần một SBD riêng.'
    ),
    "sbd_number": QT_TRANSLATE_NOOP(
        "Import",
        "SBD {sbd} được lưu dạng số trong khi các SBD khác có số 0 ở đầu; rcv đọc là "
        '"{sbd}". Nếu cần số 0 ở đầu, định dạng cột là Văn bản (Text) và gõ lại.',
    ),
    "seat_invalid": QT_TRANSLATE_NOOP(
        "Import", 'Số ghế "{value}" không phải số nguyên dương. Ghi một số, ví dụ 12.'
    ),
    "seat_missing": QT_TRANSLATE_NOOP(
        "Import",
        "Thí sinh chưa có số ghế trong khi các thí sinh khác có. Điền số ghế cho mọi thí sinh "
        "hoặc xoá cả cột để rcv tự xếp.",
    ),
    "seat_duplicate": QT_TRANSLATE_NOOP(
        "Import", "Ghế {seat} đã xếp cho thí sinh ở {other}. Mỗi ghế một thí sinh."
    ),
    "checkin_duplicate": QT_TRANSLATE_NOOP(
        "Import",
        'Mã check-in "{checkin}" trùng với thí sinh ở {other}. Mỗi thí sinh cần mã riêng.',
    ),
    "seats_assigned": QT_TRANSLATE_NOOP(
        "Import", "Tệp không ghi số ghế: rcv xếp ghế 1–{count} theo thứ tự danh sách."
    ),
    "group_from_sheet": QT_TRANSLATE_NOOP(
        "Import",
        "Danh sách nằm ở {count} trang tính; tên trang được dùng làm nhóm/lớp của thí sinh.",
    ),
}

QUESTION_PROBLEMS: Mapping[str, str] = {
    # questions
    "text_missing": QT_TRANSLATE_NOOP(
        "Import", "Câu hỏi không có nội dung. Điền nội dung câu hỏi hoặc xoá cả dòng."
    ),
    "question_invalid": QT_TRANSLATE_NOOP(
        "Import", "Câu hỏi không dùng được: {reason}. Sửa câu hỏi theo mẫu."
    ),
    "id_missing": QT_TRANSLATE_NOOP(
        "Import", "Câu hỏi không có mã (id). Thêm một mã riêng, ví dụ M01."
    ),
    "id_duplicate": QT_TRANSLATE_NOOP(
        "Import", 'Mã câu "{id}" đã dùng cho câu ở {other}. Mỗi câu cần một mã riêng.'
    ),
    "answer_missing": QT_TRANSLATE_NOOP(
        "Import", "Câu hỏi chưa có đáp án. Ghi đáp án đúng ({expected})."
    ),
    "answer_not_option": QT_TRANSLATE_NOOP(
        "Import",
        'Đáp án "{answer}" không nằm trong các phương án {letters}. Sửa đáp án hoặc bổ sung '
        "phương án.",
    ),
    "answer_unclear": QT_TRANSLATE_NOOP(
        "Import", 'Không hiểu đáp án "{answer}". Ghi một chữ cái trong {letters}.'
    ),
    "answer_true_false": QT_TRANSLATE_NOOP(
        "Import", 'Câu đúng/sai cần đáp án Đúng hoặc Sai (Đ/S), ở đây ghi "{answer}".'
    ),
    "answer_conflict": QT_TRANSLATE_NOOP(
        "Import",
        "Dòng đáp án ghi {written} nhưng phương án được đánh dấu là {marked}. Giữ một cách ghi "
        "đáp án cho khớp.",
    ),
    "answer_several_marked": QT_TRANSLATE_NOOP(
        "Import",
        "Nhiều phương án được đánh dấu là đúng ({letters}). Chỉ đánh dấu một phương án, hoặc "
        'ghi dòng "Đáp án: …".',
    ),
    "options_too_few": QT_TRANSLATE_NOOP(
        "Import",
        "Câu trắc nghiệm cần từ 2 đến 6 phương án, câu này có {count}. Bổ sung phương án hoặc "
        "đổi loại câu.",
    ),
    "options_too_many": QT_TRANSLATE_NOOP(
        "Import", "Câu hỏi có {count} phương án; rcv nhận tối đa 6 (A–F). Bỏ bớt phương án."
    ),
    "option_gap": QT_TRANSLATE_NOOP(
        "Import",
        "Phương án {letter} để trống nhưng phương án {later} có nội dung. Điền phương án "
        "{letter} hoặc dồn các phương án lên.",
    ),
    "option_order": QT_TRANSLATE_NOOP(
        "Import",
        "Phương án {letter} đứng sau phương án {previous}: thiếu hoặc lặp phương án. Sắp lại "
        "các phương án A, B, C… theo thứ tự.",
    ),
    "options_for_short": QT_TRANSLATE_NOOP(
        "Import",
        "Câu trả lời ngắn không có phương án. Xoá các phương án, hoặc đổi loại câu thành trắc "
        "nghiệm.",
    ),
    "true_false_options": QT_TRANSLATE_NOOP(
        "Import",
        "Câu đúng/sai chỉ có hai phương án Đúng và Sai, ở đây là {options}. Xoá các phương án "
        "hoặc đổi loại câu thành trắc nghiệm.",
    ),
    "kind_unknown": QT_TRANSLATE_NOOP(
        "Import", 'Không hiểu loại câu "{value}". Dùng: Trắc nghiệm, Đúng/Sai hoặc Trả lời ngắn.'
    ),
    "pool_unknown": QT_TRANSLATE_NOOP(
        "Import",
        'Không hiểu vòng "{value}". Dùng: Chính, Phụ, Cứu trợ, Khán giả hoặc Chuông vàng.',
    ),
    "time_invalid": QT_TRANSLATE_NOOP(
        "Import", 'Thời gian "{value}" không phải số giây nguyên dương. Ghi một số, ví dụ 20.'
    ),
    "time_missing": QT_TRANSLATE_NOOP(
        "Import", "Không ghi thời gian: câu này dùng thời gian mặc định theo thể lệ."
    ),
    "time_column_missing": QT_TRANSLATE_NOOP(
        "Import", "Không có cột thời gian: cả {count} câu dùng thời gian mặc định theo thể lệ."
    ),
    "text_duplicate": QT_TRANSLATE_NOOP(
        "Import",
        "Nội dung câu hỏi trùng với câu ở {other}. Kiểm tra xem có nhập nhầm hai lần không.",
    ),
    "text_too_long": QT_TRANSLATE_NOOP(
        "Import",
        "Câu hỏi dài {length} ký tự (quá {limit}) nên khó đọc trên màn chiếu. Nên rút gọn.",
    ),
    "option_too_long": QT_TRANSLATE_NOOP(
        "Import",
        "Phương án {letter} dài {length} ký tự (quá {limit}) nên khó đọc trên màn chiếu. Nên "
        "rút gọn.",
    ),
    "media_missing": QT_TRANSLATE_NOOP(
        "Import",
        'Không tìm thấy tệp hình "{path}" (tính từ thư mục chứa tệp câu hỏi). Chép tệp hình '
        "vào đúng chỗ hoặc sửa đường dẫn.",
    ),
    "media_outside": QT_TRANSLATE_NOOP(
        "Import",
        'Đường dẫn hình "{path}" ra ngoài thư mục của tệp câu hỏi. Chép hình vào thư mục đó '
        "(ví dụ images/) và sửa đường dẫn.",
    ),
    "media_several": QT_TRANSLATE_NOOP(
        "Import", "Câu hỏi có {count} hình; rcv chiếu một hình cho mỗi câu. Gộp thành một hình."
    ),
    "media_in_option": QT_TRANSLATE_NOOP(
        "Import",
        "Có hình trong phương án {letter}; rcv chỉ chiếu hình của câu hỏi. Đưa hình lên phần "
        "câu hỏi (ghép các phương án vào một hình) và ghi phương án bằng chữ.",
    ),
    # Word documents
    "docx_no_questions": QT_TRANSLATE_NOOP(
        "Import",
        'Không thấy câu hỏi nào theo mẫu "Câu 1." hoặc "Câu 1:" ở đầu đoạn. Mỗi câu bắt '
        'đầu bằng "Câu <số>.", tiếp theo là các phương án "A."… và dòng "Đáp án: …".',
    ),
    "docx_autonumber": QT_TRANSLATE_NOOP(
        "Import",
        'Câu hỏi được đánh số tự động (Numbering) nên chữ "Câu 1." không có trong văn bản. '
        "Chọn toàn bộ, bấm Ctrl+Shift+F9 hoặc gõ lại số câu bằng tay rồi lưu.",
    ),
    "docx_paragraph_ignored": QT_TRANSLATE_NOOP(
        "Import",
        'Đoạn này không thuộc phần nào của câu hỏi nên không được nhập: "{excerpt}". Nếu là '
        'nội dung câu hỏi, đặt nó ngay sau dòng "Câu …" và trước các phương án.',
    ),
    "docx_equation": QT_TRANSLATE_NOOP(
        "Import",
        "Đoạn này có công thức (Equation) hoặc đối tượng nhúng mà rcv không đọc được. Gõ công "
        "thức dạng LaTeX giữa hai dấu $…$, ví dụ $x^2 + 1$.",
    ),
    "docx_table_ignored": QT_TRANSLATE_NOOP(
        "Import", "Bảng {table} không có dòng tiêu đề câu hỏi nên không được đọc."
    ),
    # YAML / JSON
    "yaml_syntax": QT_TRANSLATE_NOOP(
        "Import",
        "Lỗi cú pháp ở dòng {line}, cột {column}: {reason}. Kiểm tra dấu hai chấm, thụt lề và "
        "dấu ngoặc kép.",
    ),
    "yaml_format": QT_TRANSLATE_NOOP(
        "Import", 'Tệp không có dòng "format: rcv-questions" nên không phải bộ câu hỏi của rcv.'
    ),
    "yaml_version": QT_TRANSLATE_NOOP(
        "Import", 'Phiên bản "{version}" chưa được hỗ trợ; rcv đọc version: 1.'
    ),
    "yaml_type": QT_TRANSLATE_NOOP(
        "Import", "{field} phải là {expected}. Sửa lại theo mẫu trong questions/."
    ),
    "yaml_unknown_key": QT_TRANSLATE_NOOP(
        "Import", 'Khoá "{key}" không được dùng. Các khoá hợp lệ: {known}.'
    ),
    "yaml_quote": QT_TRANSLATE_NOOP(
        "Import", 'Giá trị "{value}" nên đặt trong dấu ngoặc kép để không bị hiểu nhầm.'
    ),
}
