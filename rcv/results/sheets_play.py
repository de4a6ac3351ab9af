"""The sheets of how the show went: "Diễn biến" (question by question) and "Chi tiết" (every
contestant × every question)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import tzinfo

from rcv.core.model import LETTERS, QuestionKind
from rcv.results.facts import QuestionFacts, ShowResults, Window
from rcv.results.sheets_ranking import banner, event_lines
from rcv.results.table import CellValue, Column, Kind, Mark, Sheet
from rcv.results.words import STAGE_LABELS, local_time

PLAY_SHEET = "Diễn biến"
DETAIL_SHEET = "Chi tiết"
MAX_LISTED = 60  # corrections listed in one cell; the rest are counted (all are in Nhật ký)


def option_letters(results: ShowResults) -> str:
    """The option columns needed: A–D usually, up to F when a question had more options."""
    widest = max((len(f.question.letters) for f in results.questions), default=0)
    return LETTERS[: max(4, widest)]


def play_columns(letters: str) -> tuple[Column, ...]:
    return (
        Column("STT", 5, Kind.INT),
        Column("Vòng", 11),
        Column("Câu số", 6, Kind.INT),
        Column("Mã câu", 8),
        Column("Nội dung câu hỏi", 40, Kind.WRAP),
        Column("Đáp án đúng", 18, Kind.WRAP),
        Column("Thời điểm hiện câu", 18, Kind.DATETIME),
        Column("Số tham gia", 8, Kind.INT),
        *(Column(f"Chọn {letter}", 7, Kind.INT) for letter in letters),
        Column("Không trả lời", 8, Kind.INT),
        Column("Số đúng", 7, Kind.INT),
        Column("Số sai", 7, Kind.INT),
        Column("Số bị loại", 7, Kind.INT),
        Column("Bị loại (SBD)", 30, Kind.WRAP),
        Column("Trở lại / cứu trợ (SBD)", 24, Kind.WRAP),
        Column("Kết quả khác", 24, Kind.WRAP),
        Column("Sửa tay, hoàn tác", 40, Kind.WRAP),
    )


def _sbds(results: ShowResults, seats: Sequence[int]) -> str:
    return ", ".join(results.contestant(s).sbd for s in seats)


def _listed(items: Sequence[str]) -> str:
    shown = list(items[:MAX_LISTED])
    if len(items) > MAX_LISTED:
        shown.append(f"… và {len(items) - MAX_LISTED} mục khác (xem trang Nhật ký)")
    return "\n".join(shown)


def _question_row(
    results: ShowResults, f: QuestionFacts, letters: str, tz: tzinfo | None
) -> tuple[CellValue, ...]:
    record, question = f.record, f.question
    chosen = Counter(a.answer.strip().upper() for a in record.answers.values())
    right = sum(
        1
        for seat in record.participants
        if (a := record.answers.get(seat)) is not None and question.is_correct(a.answer)
    )
    answered = sum(1 for seat in record.participants if seat in record.answers)
    keypad = question.kind is not QuestionKind.SHORT
    option_counts = [
        chosen.get(letter, 0) if keypad and letter in question.letters else None
        for letter in letters
    ]
    return (
        f.order,
        STAGE_LABELS[record.stage],
        record.number,
        record.question_id,
        question.text,
        question.correct_text(),
        local_time(record.shown_at_ms, tz),
        len(record.participants),
        *option_counts,
        len(record.participants) - answered,
        right,
        answered - right,
        len(f.eliminated),
        _sbds(results, f.eliminated),
        _sbds(results, f.returned),
        "; ".join(f.notes),
        _listed(f.corrections),
    )


def _before_row(results: ShowResults, w: Window, letters: str) -> tuple[CellValue, ...]:
    blanks: list[CellValue] = [None] * (len(letters) + 4)
    return (
        None,
        "Trước câu hỏi đầu tiên",
        None,
        None,
        None,
        None,
        None,
        None,
        *blanks,
        len(w.eliminated),
        _sbds(results, w.eliminated),
        _sbds(results, w.returned),
        "; ".join(w.notes),
        _listed(w.corrections),
    )


def play_sheet(results: ShowResults, tz: tzinfo | None = None) -> Sheet:
    """One row per question shown, in order."""
    letters = option_letters(results)
    rows: list[tuple[CellValue, ...]] = []
    marks: dict[int, Mark] = {}
    w = results.before_first
    if w.eliminated or w.returned or w.notes or w.corrections:
        rows.append(_before_row(results, w, letters))
    for f in results.questions:
        if f.corrections:
            marks[len(rows)] = Mark.CORRECTION
        rows.append(_question_row(results, f, letters, tz))
    return Sheet(
        name=PLAY_SHEET,
        title=f"DIỄN BIẾN TỪNG CÂU HỎI — {results.info.name}".upper(),
        columns=play_columns(letters),
        rows=rows,
        lines=(
            *event_lines(results),
            f"{len(results.questions)} câu hỏi đã hiện; số người chọn mỗi phương án tính theo "
            "đáp án sau cùng (đã gồm các lần sửa tay).",
        ),
        banner=banner(results),
        marks=marks,
        page_title=f"{results.info.name} — Diễn biến",
    )


DETAIL_COLUMNS = (
    Column("Ghế", 6, Kind.INT),
    Column("SBD", 10),
    Column("Họ và tên", 24),
    Column("STT câu", 6, Kind.INT),
    Column("Vòng", 11),
    Column("Câu số", 6, Kind.INT),
    Column("Mã câu", 8),
    Column("Đáp án chọn", 10),
    Column("Kết quả", 14),
    Column("Thời gian trả lời (giây)", 11, Kind.SECONDS),
    Column("Ghi nhận bằng", 12),
)


def detail_sheet(results: ShowResults) -> Sheet:
    """Every contestant × every question shown: their answer, right or wrong, how fast."""
    rows: list[tuple[CellValue, ...]] = []
    played = [(f, set(f.record.participants)) for f in results.questions]
    for c in sorted(results.setup.roster.contestants, key=lambda c: c.seat):
        for f, participants in played:
            record = f.record
            head = (
                c.seat,
                c.sbd,
                c.name,
                f.order,
                STAGE_LABELS[record.stage],
                record.number,
                record.question_id,
            )
            if c.seat not in participants:
                rows.append((*head, None, "Không tham gia", None, None))
                continue
            answer = record.answers.get(c.seat)
            if answer is None:
                rows.append((*head, None, "Không trả lời", None, None))
                continue
            ms = record.response_ms(c.seat)
            rows.append(
                (
                    *head,
                    answer.answer,
                    "Đúng" if f.question.is_correct(answer.answer) else "Sai",
                    ms / 1000 if ms is not None else None,
                    "bàn phím" if answer.source == "keypad" else "nhập tay",
                )
            )
    return Sheet(
        name=DETAIL_SHEET,
        title=f"CHI TIẾT TRẢ LỜI — {results.info.name}".upper(),
        columns=DETAIL_COLUMNS,
        rows=rows,
        lines=(
            *event_lines(results),
            "Mỗi thí sinh × mỗi câu hỏi đã hiện. Thời gian trả lời tính từ lúc bắt đầu tính giờ; "
            "đáp án nhập tay tính trọn thời gian của câu.",
        ),
        banner=banner(results),
        page_title=f"{results.info.name} — Chi tiết",
    )
