"""Why a command was refused, in words the MC can act on (Vietnamese first, English available)."""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, tuple[str, str]] = {
    "wrong_phase": (
        "Không thể {action} lúc này (đang ở bước: {phase}).",
        "Cannot {action} now (current step: {phase}).",
    ),
    "finished": ("Chương trình đã kết thúc.", "The show has finished."),
    "paused": (
        "Chương trình đang tạm dừng: hãy tiếp tục trước.",
        "The show is paused: resume first.",
    ),
    "not_paused": ("Chương trình không tạm dừng.", "The show is not paused."),
    "unknown_question": ("Không có câu hỏi mã {qid}.", "There is no question {qid}."),
    "question_used": ("Câu hỏi {qid} đã được dùng.", "Question {qid} has already been used."),
    "question_limit": (
        "Đã hết số câu hỏi chính theo thể lệ ({limit} câu).",
        "The rules' number of main questions ({limit}) has been reached.",
    ),
    "no_participants": (
        "Không còn thí sinh nào để trả lời câu hỏi này.",
        "Nobody is left to answer this question.",
    ),
    "final_played": (
        "Câu hỏi chuông vàng đã được trả lời.",
        "The golden-bell question has been played.",
    ),
    "too_early": (
        'Còn {left} giây: chưa hết giờ. Dùng "dừng sớm" nếu muốn khoá đáp án ngay.',
        "{left} s left: time is not up. Use 'stop early' to lock the answers now.",
    ),
    "unknown_seat": ("Không có thí sinh ở ghế {seat}.", "There is no contestant at seat {seat}."),
    "not_participant": (
        "Ghế {seat} không tham gia câu hỏi này.",
        "Seat {seat} does not take part in this question.",
    ),
    "invalid_answer": (
        '"{answer}" không phải là đáp án hợp lệ (các lựa chọn: {letters}).',
        "'{answer}' is not a valid answer (options: {letters}).",
    ),
    "not_standing": ("Ghế {seat} đã bị loại.", "Seat {seat} is already eliminated."),
    "already_standing": ("Ghế {seat} đang thi đấu.", "Seat {seat} is still standing."),
    "rescue_not_allowed": (
        "Thể lệ chưa cho phép cứu trợ (sau câu {after}, hoặc khi còn dưới {fewer} thí sinh).",
        "The rules do not allow a rescue yet (after question {after}, or below {fewer} left).",
    ),
    "rescue_used_up": (
        "Đã dùng hết {times} lượt cứu trợ theo thể lệ.",
        "All {times} rescues allowed by the rules have been used.",
    ),
    "nobody_eliminated": ("Chưa có thí sinh nào bị loại.", "Nobody has been eliminated."),
    "rescue_needs_seats": (
        "Hãy chọn các ghế được cứu trợ (chỉ ghế đã bị loại).",
        "Choose the seats to rescue (eliminated seats only).",
    ),
    "rescue_count": ("Số thí sinh được cứu phải lớn hơn 0.", "The number to rescue must be > 0."),
    "tiebreak_active": (
        "Đang có vòng câu hỏi phụ: hãy kết thúc nó trước.",
        "A tie-break is being played: end it first.",
    ),
    "no_tiebreak": ("Không có vòng câu hỏi phụ nào đang diễn ra.", "No tie-break is being played."),
    "tiebreak_seats": (
        "Vòng câu hỏi phụ cần ít nhất 2 thí sinh và số vị trí từ 1 đến {most}.",
        "A tie-break needs at least 2 contestants and 1 to {most} places.",
    ),
    "final_seats": (
        "Câu hỏi chuông vàng chỉ dành cho thí sinh còn trên sàn.",
        "The golden-bell question is only for contestants still standing.",
    ),
    "not_main_stage": (
        "Hãy hoàn tất vòng {stage} trước.",
        "Finish the {stage} round first.",
    ),
    "nothing_to_undo": ("Không còn thao tác nào để hoàn tác.", "There is nothing left to undo."),
    "no_event": ("Chưa mở sự kiện nào.", "No event is open."),
    "setup_fixed": (
        "Chương trình đã bắt đầu: không thể thay danh sách thí sinh, câu hỏi hay thể lệ.",
        "The show has started: contestants, questions and rules are fixed.",
    ),
    "read_only": (
        "Sự kiện đang mở chỉ để xem: không bước nào được ghi. Muốn điều khiển, hãy mở tệp ở "
        "chế độ ghi (khi không chương trình nào khác đang ghi nó, trên ổ ghi được).",
        "The event is open for viewing only: no step is written. To run the show, open the "
        "file for writing (when no other program writes it, on a writable disk).",
    ),
    "question_open": (
        "Hãy hoàn tất câu hỏi đang diễn ra trước.",
        "Finish the question on stage first.",
    ),
}


class CommandRefused(Exception):
    """A command that does not fit the show's state. Nothing was logged or changed."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "vi") -> str:
        vi, en = MESSAGES[self.code]
        return (en if lang == "en" else vi).format(**self.params)
