"""The words of an import report, Vietnamese first, English available.

``MESSAGES`` maps a problem code to (vi, en) templates; each says what is wrong and what the
secretary should do about it. Field and location words are here too, so every sentence a report
prints comes from this one catalogue.
"""

from __future__ import annotations

from collections.abc import Mapping

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
        "Không nhận ra loại tệp \"{ext}\". rcv đọc câu hỏi từ .xlsx, .docx, .yaml/.yml, .json và "
        "danh sách thí sinh từ .xlsx.",
        "Unknown file type \"{ext}\". rcv reads questions from .xlsx, .docx, .yaml/.yml, .json "
        "and contestant lists from .xlsx.",
    ),
    "file_wrong_extension": (
        "Tệp có đuôi \"{ext}\" nhưng thực ra là tệp {actual}; rcv đọc theo nội dung. Nên đổi đuôi "
        "tệp cho đúng.",
        "The file is named \"{ext}\" but is really a {actual} file; rcv reads it by its content. "
        "Rename it with the right extension.",
    ),
    "no_questions": (
        "Không tìm thấy câu hỏi nào. Kiểm tra tệp có dòng tiêu đề (Câu hỏi, Phương án A…, Đáp "
        "án) hoặc các đoạn \"Câu 1.\"; xem mẫu questions/templates/mau-cau-hoi.xlsx.",
        "No questions were found. Check that the file has a header row (Question, Option A…, "
        "Answer) or \"Câu 1.\" paragraphs; see questions/templates/mau-cau-hoi.xlsx.",
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
        "Thiếu cột {field}. Thêm cột có tiêu đề \"{field}\" vào dòng tiêu đề (dòng {row}).",
        "The {field} column is missing. Add a column headed \"{field}\" to the header row "
        "(row {row}).",
    ),
    "column_duplicate": (
        "Hai cột {first} và {second} cùng là {field}. Đổi tên hoặc xoá một cột.",
        "Columns {first} and {second} are both {field}. Rename or delete one of them.",
    ),
    "column_unknown": (
        "Cột {column} \"{label}\" không được dùng vì rcv không hiểu tiêu đề này. Nếu cột này "
        "cần thiết, đặt lại tiêu đề theo mẫu.",
        "Column {column} \"{label}\" is not used: rcv does not know this header. Rename it as "
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
        "Excel đã đổi ô {cell} thành ngày tháng; rcv đọc là \"{text}\". Nếu không đúng, định dạng "
        "ô là Văn bản (Text) rồi gõ lại.",
        "Excel turned cell {cell} into a date; rcv reads \"{text}\". If that is wrong, format the "
        "cell as Text and type it again.",
    ),
    # questions
    "text_missing": (
        "Câu hỏi không có nội dung. Điền nội dung câu hỏi hoặc xoá cả dòng.",
        "The question has no text. Fill it in or delete the whole row.",
    ),
    "question_invalid": (
        "Câu hỏi không dùng được: {reason}. Sửa câu hỏi theo mẫu.",
        "The question cannot be used: {reason}. Fix it as in the template.",
    ),
    "id_missing": (
        "Câu hỏi không có mã (id). Thêm một mã riêng, ví dụ M01.",
        "The question has no id. Give it a unique id, e.g. M01.",
    ),
    "id_duplicate": (
        "Mã câu \"{id}\" đã dùng cho câu ở {other}. Mỗi câu cần một mã riêng.",
        "The id \"{id}\" is already used by the question at {other}. Each question needs its own.",
    ),
    "answer_missing": (
        "Câu hỏi chưa có đáp án. Ghi đáp án đúng ({expected}).",
        "The question has no answer. Give the correct answer ({expected}).",
    ),
    "answer_not_option": (
        "Đáp án \"{answer}\" không nằm trong các phương án {letters}. Sửa đáp án hoặc bổ sung "
        "phương án.",
        "The answer \"{answer}\" is not one of the options {letters}. Fix the answer or add the "
        "option.",
    ),
    "answer_unclear": (
        "Không hiểu đáp án \"{answer}\". Ghi một chữ cái trong {letters}.",
        "The answer \"{answer}\" is not understood. Write one letter of {letters}.",
    ),
    "answer_true_false": (
        "Câu đúng/sai cần đáp án Đúng hoặc Sai (Đ/S), ở đây ghi \"{answer}\".",
        "A true/false question needs the answer Đúng or Sai (true/false), here \"{answer}\".",
    ),
    "answer_conflict": (
        "Dòng đáp án ghi {written} nhưng phương án được đánh dấu là {marked}. Giữ một cách ghi "
        "đáp án cho khớp.",
        "The answer line says {written} but the marked option is {marked}. Make them agree.",
    ),
    "answer_several_marked": (
        "Nhiều phương án được đánh dấu là đúng ({letters}). Chỉ đánh dấu một phương án, hoặc "
        "ghi dòng \"Đáp án: …\".",
        "Several options are marked as correct ({letters}). Mark only one, or add an "
        "\"Đáp án: …\" line.",
    ),
    "options_too_few": (
        "Câu trắc nghiệm cần từ 2 đến 6 phương án, câu này có {count}. Bổ sung phương án hoặc "
        "đổi loại câu.",
        "A multiple-choice question needs 2 to 6 options, this one has {count}. Add options or "
        "change its kind.",
    ),
    "options_too_many": (
        "Câu hỏi có {count} phương án; rcv nhận tối đa 6 (A–F). Bỏ bớt phương án.",
        "The question has {count} options; rcv takes at most 6 (A–F). Remove some.",
    ),
    "option_gap": (
        "Phương án {letter} để trống nhưng phương án {later} có nội dung. Điền phương án {letter} "
        "hoặc dồn các phương án lên.",
        "Option {letter} is empty but option {later} is not. Fill option {letter} or move the "
        "options up.",
    ),
    "option_order": (
        "Phương án {letter} đứng sau phương án {previous}: thiếu hoặc lặp phương án. Sắp lại "
        "các phương án A, B, C… theo thứ tự.",
        "Option {letter} comes after option {previous}: an option is missing or repeated. Put "
        "them in order A, B, C…",
    ),
    "options_for_short": (
        "Câu trả lời ngắn không có phương án. Xoá các phương án, hoặc đổi loại câu thành trắc "
        "nghiệm.",
        "A short-answer question has no options. Remove them, or make it multiple choice.",
    ),
    "true_false_options": (
        "Câu đúng/sai chỉ có hai phương án Đúng và Sai, ở đây là {options}. Xoá các phương án "
        "hoặc đổi loại câu thành trắc nghiệm.",
        "A true/false question has just the options Đúng and Sai, here {options}. Remove the "
        "options or make it multiple choice.",
    ),
    "kind_unknown": (
        "Không hiểu loại câu \"{value}\". Dùng: Trắc nghiệm, Đúng/Sai hoặc Trả lời ngắn.",
        "Unknown question kind \"{value}\". Use: choice, true_false or short.",
    ),
    "pool_unknown": (
        "Không hiểu vòng \"{value}\". Dùng: Chính, Phụ, Cứu trợ, Khán giả hoặc Chuông vàng.",
        "Unknown pool \"{value}\". Use: main, tiebreak, rescue, audience or final.",
    ),
    "time_invalid": (
        "Thời gian \"{value}\" không phải số giây nguyên dương. Ghi một số, ví dụ 20.",
        "The time \"{value}\" is not a whole positive number of seconds. Write e.g. 20.",
    ),
    "time_missing": (
        "Không ghi thời gian: câu này dùng thời gian mặc định theo thể lệ.",
        "No time given: this question uses the rules' default time.",
    ),
    "time_column_missing": (
        "Không có cột thời gian: cả {count} câu dùng thời gian mặc định theo thể lệ.",
        "No time column: all {count} questions use the rules' default time.",
    ),
    "text_duplicate": (
        "Nội dung câu hỏi trùng với câu ở {other}. Kiểm tra xem có nhập nhầm hai lần không.",
        "The question text is the same as the one at {other}. Check it was not entered twice.",
    ),
    "text_too_long": (
        "Câu hỏi dài {length} ký tự (quá {limit}) nên khó đọc trên màn chiếu. Nên rút gọn.",
        "The question is {length} characters long (over {limit}): hard to read on the projector. "
        "Shorten it.",
    ),
    "option_too_long": (
        "Phương án {letter} dài {length} ký tự (quá {limit}) nên khó đọc trên màn chiếu. Nên rút "
        "gọn.",
        "Option {letter} is {length} characters long (over {limit}): hard to read on the "
        "projector. Shorten it.",
    ),
    "media_missing": (
        "Không tìm thấy tệp hình \"{path}\" (tính từ thư mục chứa tệp câu hỏi). Chép tệp hình vào "
        "đúng chỗ hoặc sửa đường dẫn.",
        "The media file \"{path}\" was not found (relative to the question file's folder). Copy "
        "it there or fix the path.",
    ),
    "media_outside": (
        "Đường dẫn hình \"{path}\" ra ngoài thư mục của tệp câu hỏi. Chép hình vào thư mục đó "
        "(ví dụ images/) và sửa đường dẫn.",
        "The media path \"{path}\" leaves the question file's folder. Copy the file inside it "
        "(e.g. images/) and fix the path.",
    ),
    "media_several": (
        "Câu hỏi có {count} hình; rcv chiếu một hình cho mỗi câu. Gộp thành một hình.",
        "The question has {count} pictures; rcv shows one per question. Merge them into one.",
    ),
    "media_in_option": (
        "Có hình trong phương án {letter}; rcv chỉ chiếu hình của câu hỏi. Đưa hình lên phần "
        "câu hỏi (ghép các phương án vào một hình) và ghi phương án bằng chữ.",
        "Option {letter} holds a picture; rcv only shows the question's picture. Move it to the "
        "question (one picture with all options) and write the options as text.",
    ),
    # Word documents
    "docx_no_questions": (
        "Không thấy câu hỏi nào theo mẫu \"Câu 1.\" hoặc \"Câu 1:\" ở đầu đoạn. Mỗi câu bắt đầu "
        "bằng \"Câu <số>.\", tiếp theo là các phương án \"A.\"… và dòng \"Đáp án: …\".",
        "No question in the shape \"Câu 1.\" or \"Câu 1:\" starting a paragraph. Each question "
        "starts with \"Câu <number>.\", then options \"A.\"… and a line \"Đáp án: …\".",
    ),
    "docx_autonumber": (
        "Câu hỏi được đánh số tự động (Numbering) nên chữ \"Câu 1.\" không có trong văn bản. "
        "Chọn toàn bộ, bấm Ctrl+Shift+F9 hoặc gõ lại số câu bằng tay rồi lưu.",
        "The questions use automatic numbering, so \"Câu 1.\" is not in the text. Convert the "
        "numbering to text (or type the numbers) and save.",
    ),
    "docx_paragraph_ignored": (
        "Đoạn này không thuộc phần nào của câu hỏi nên không được nhập: \"{excerpt}\". Nếu là "
        "nội dung câu hỏi, đặt nó ngay sau dòng \"Câu …\" và trước các phương án.",
        "This paragraph belongs to no part of a question and was not imported: \"{excerpt}\". "
        "If it is question text, put it right after the \"Câu …\" line, before the options.",
    ),
    "docx_equation": (
        "Đoạn này có công thức (Equation) hoặc đối tượng nhúng mà rcv không đọc được. Gõ công "
        "thức dạng LaTeX giữa hai dấu $…$, ví dụ $x^2 + 1$.",
        "This paragraph holds an equation or embedded object rcv cannot read. Type the formula "
        "as LaTeX between $…$, e.g. $x^2 + 1$.",
    ),
    "docx_table_ignored": (
        "Bảng {table} không có dòng tiêu đề câu hỏi nên không được đọc.",
        "Table {table} has no question header row, so it was not read.",
    ),
    # YAML / JSON
    "yaml_syntax": (
        "Lỗi cú pháp ở dòng {line}, cột {column}: {reason}. Kiểm tra dấu hai chấm, thụt lề và "
        "dấu ngoặc kép.",
        "Syntax error at line {line}, column {column}: {reason}. Check colons, indentation and "
        "quotes.",
    ),
    "yaml_format": (
        "Tệp không có dòng \"format: rcv-questions\" nên không phải bộ câu hỏi của rcv.",
        "The file lacks \"format: rcv-questions\", so it is not an rcv question set.",
    ),
    "yaml_version": (
        "Phiên bản \"{version}\" chưa được hỗ trợ; rcv đọc version: 1.",
        "Version \"{version}\" is not supported; rcv reads version: 1.",
    ),
    "yaml_type": (
        "{field} phải là {expected}. Sửa lại theo mẫu trong questions/.",
        "{field} must be {expected}. Fix it as in the samples under questions/.",
    ),
    "yaml_unknown_key": (
        "Khoá \"{key}\" không được dùng. Các khoá hợp lệ: {known}.",
        "The key \"{key}\" is not used. Valid keys: {known}.",
    ),
    "yaml_quote": (
        "Giá trị \"{value}\" nên đặt trong dấu ngoặc kép để không bị hiểu nhầm.",
        "Put the value \"{value}\" in double quotes so it is not misread.",
    ),
    # contestants
    "sbd_missing": (
        "Thí sinh chưa có SBD. Điền số báo danh hoặc xoá dòng.",
        "The contestant has no SBD. Fill in the registration number or delete the row.",
    ),
    "name_missing": (
        "Thí sinh có SBD \"{sbd}\" chưa có họ tên. Điền họ tên.",
        "The contestant with SBD \"{sbd}\" has no name. Fill it in.",
    ),
    "sbd_duplicate": (
        "SBD \"{sbd}\" trùng với thí sinh ở {other}. Mỗi thí sinh cần một SBD riêng.",
        "SBD \"{sbd}\" is also given to the contestant at {other}. Each needs their own.",
    ),
    "sbd_number": (
        "SBD {sbd} được lưu dạng số trong khi các SBD khác có số 0 ở đầu; rcv đọc là \"{sbd}\". "
        "Nếu cần số 0 ở đầu, định dạng cột là Văn bản (Text) và gõ lại.",
        "SBD {sbd} is stored as a number while others start with 0; rcv reads \"{sbd}\". If it "
        "needs leading zeros, format the column as Text and type it again.",
    ),
    "seat_invalid": (
        "Số ghế \"{value}\" không phải số nguyên dương. Ghi một số, ví dụ 12.",
        "The seat \"{value}\" is not a whole positive number. Write e.g. 12.",
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
        "Mã check-in \"{checkin}\" trùng với thí sinh ở {other}. Mỗi thí sinh cần mã riêng.",
        "Check-in code \"{checkin}\" is also given to the contestant at {other}. Make them unique.",
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
    "sheet": ("trang tính \"{}\"", "sheet \"{}\""),
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
