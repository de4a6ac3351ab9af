"""The question-file part of the importers' message catalogue (questions, Word, YAML/JSON):
code -> (Vietnamese, English) templates. :mod:`rcv.importers.messages` merges it in."""

from __future__ import annotations

from collections.abc import Mapping

QUESTION_MESSAGES: Mapping[str, tuple[str, str]] = {
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
        'Mã câu "{id}" đã dùng cho câu ở {other}. Mỗi câu cần một mã riêng.',
        'The id "{id}" is already used by the question at {other}. Each question needs its own.',
    ),
    "answer_missing": (
        "Câu hỏi chưa có đáp án. Ghi đáp án đúng ({expected}).",
        "The question has no answer. Give the correct answer ({expected}).",
    ),
    "answer_not_option": (
        'Đáp án "{answer}" không nằm trong các phương án {letters}. Sửa đáp án hoặc bổ sung '
        "phương án.",
        'The answer "{answer}" is not one of the options {letters}. Fix the answer or add the '
        "option.",
    ),
    "answer_unclear": (
        'Không hiểu đáp án "{answer}". Ghi một chữ cái trong {letters}.',
        'The answer "{answer}" is not understood. Write one letter of {letters}.',
    ),
    "answer_true_false": (
        'Câu đúng/sai cần đáp án Đúng hoặc Sai (Đ/S), ở đây ghi "{answer}".',
        'A true/false question needs the answer Đúng or Sai (true/false), here "{answer}".',
    ),
    "answer_conflict": (
        "Dòng đáp án ghi {written} nhưng phương án được đánh dấu là {marked}. Giữ một cách ghi "
        "đáp án cho khớp.",
        "The answer line says {written} but the marked option is {marked}. Make them agree.",
    ),
    "answer_several_marked": (
        "Nhiều phương án được đánh dấu là đúng ({letters}). Chỉ đánh dấu một phương án, hoặc "
        'ghi dòng "Đáp án: …".',
        "Several options are marked as correct ({letters}). Mark only one, or add an "
        '"Đáp án: …" line.',
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
        'Không hiểu loại câu "{value}". Dùng: Trắc nghiệm, Đúng/Sai hoặc Trả lời ngắn.',
        'Unknown question kind "{value}". Use: choice, true_false or short.',
    ),
    "pool_unknown": (
        'Không hiểu vòng "{value}". Dùng: Chính, Phụ, Cứu trợ, Khán giả hoặc Chuông vàng.',
        'Unknown pool "{value}". Use: main, tiebreak, rescue, audience or final.',
    ),
    "time_invalid": (
        'Thời gian "{value}" không phải số giây nguyên dương. Ghi một số, ví dụ 20.',
        'The time "{value}" is not a whole positive number of seconds. Write e.g. 20.',
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
        'Không tìm thấy tệp hình "{path}" (tính từ thư mục chứa tệp câu hỏi). Chép tệp hình vào '
        "đúng chỗ hoặc sửa đường dẫn.",
        'The media file "{path}" was not found (relative to the question file\'s folder). Copy '
        "it there or fix the path.",
    ),
    "media_outside": (
        'Đường dẫn hình "{path}" ra ngoài thư mục của tệp câu hỏi. Chép hình vào thư mục đó '
        "(ví dụ images/) và sửa đường dẫn.",
        'The media path "{path}" leaves the question file\'s folder. Copy the file inside it '
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
        'Không thấy câu hỏi nào theo mẫu "Câu 1." hoặc "Câu 1:" ở đầu đoạn. Mỗi câu bắt đầu '
        'bằng "Câu <số>.", tiếp theo là các phương án "A."… và dòng "Đáp án: …".',
        'No question in the shape "Câu 1." or "Câu 1:" starting a paragraph. Each question '
        'starts with "Câu <number>.", then options "A."… and a line "Đáp án: …".',
    ),
    "docx_autonumber": (
        'Câu hỏi được đánh số tự động (Numbering) nên chữ "Câu 1." không có trong văn bản. '
        "Chọn toàn bộ, bấm Ctrl+Shift+F9 hoặc gõ lại số câu bằng tay rồi lưu.",
        'The questions use automatic numbering, so "Câu 1." is not in the text. Convert the '
        "numbering to text (or type the numbers) and save.",
    ),
    "docx_paragraph_ignored": (
        'Đoạn này không thuộc phần nào của câu hỏi nên không được nhập: "{excerpt}". Nếu là '
        'nội dung câu hỏi, đặt nó ngay sau dòng "Câu …" và trước các phương án.',
        'This paragraph belongs to no part of a question and was not imported: "{excerpt}". '
        'If it is question text, put it right after the "Câu …" line, before the options.',
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
        'Tệp không có dòng "format: rcv-questions" nên không phải bộ câu hỏi của rcv.',
        'The file lacks "format: rcv-questions", so it is not an rcv question set.',
    ),
    "yaml_version": (
        'Phiên bản "{version}" chưa được hỗ trợ; rcv đọc version: 1.',
        'Version "{version}" is not supported; rcv reads version: 1.',
    ),
    "yaml_type": (
        "{field} phải là {expected}. Sửa lại theo mẫu trong questions/.",
        "{field} must be {expected}. Fix it as in the samples under questions/.",
    ),
    "yaml_unknown_key": (
        'Khoá "{key}" không được dùng. Các khoá hợp lệ: {known}.',
        'The key "{key}" is not used. Valid keys: {known}.',
    ),
    "yaml_quote": (
        'Giá trị "{value}" nên đặt trong dấu ngoặc kép để không bị hiểu nhầm.',
        'Put the value "{value}" in double quotes so it is not misread.',
    ),
}
