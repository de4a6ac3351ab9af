"""What one seat of the grid shows, worked out from the show's state (no widgets here).

The grid, its delegate and the tests all read a :class:`SeatCell`; its :meth:`SeatCell.words`
is the sentence a screen reader (and a test) gets for the seat.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication

from rcv.core.events import Stage
from rcv.core.model import Question
from rcv.core.state import QuestionRecord, ShowState
from rcv.i18n import Words
from rcv.i18n.phrases.presses import reject_reason


class SeatLook(Enum):
    WAITING = "waiting"  # in play, no answer yet
    ANSWERED = "answered"  # answered, before the reveal
    RIGHT = "right"
    WRONG = "wrong"
    NO_ANSWER = "no_answer"  # revealed without an answer
    IDLE = "idle"  # standing, but not part of this question
    OUT = "out"  # eliminated
    RESCUED = "rescued"  # brought back by the last rescue (until the next question)
    BELL = "bell"  # rang the golden bell


@dataclass(frozen=True, slots=True)
class SeatCell:
    seat: int
    name: str
    look: SeatLook
    answer: str | None = None
    response_ms: int | None = None
    by_operator: bool = False
    out_now: bool = False  # left the floor at the question on stage
    back_now: bool = False  # came back at the question on stage (rescue)
    refused: str | None = None  # its last press to this question did not count: why (a code)

    def words(self, words: Words) -> str:
        """The seat in one sentence (tooltip, accessibility, tests); ``words`` for codes."""
        status = {
            SeatLook.WAITING: QCoreApplication.translate("SeatCell", "chưa trả lời"),
            SeatLook.ANSWERED: QCoreApplication.translate("SeatCell", "đã trả lời"),
            SeatLook.RIGHT: QCoreApplication.translate("SeatCell", "đúng"),
            SeatLook.WRONG: QCoreApplication.translate("SeatCell", "sai"),
            SeatLook.NO_ANSWER: QCoreApplication.translate("SeatCell", "không trả lời"),
            SeatLook.IDLE: QCoreApplication.translate(
                "SeatCell", "còn trên sàn, không tham gia câu này"
            ),
            SeatLook.OUT: QCoreApplication.translate("SeatCell", "đã bị loại"),
            SeatLook.RESCUED: QCoreApplication.translate("SeatCell", "được cứu trợ, trở lại sàn"),
            SeatLook.BELL: QCoreApplication.translate("SeatCell", "rung chuông vàng"),
        }[self.look]
        seat = QCoreApplication.translate("SeatCell", "Ghế {seat}").format(seat=self.seat)
        parts = [f"{seat} — {self.name}: {status}"]
        if self.answer is not None:
            if self.by_operator:
                chose = QCoreApplication.translate("SeatCell", "chọn {answer} (sửa tay)")
            elif self.response_ms is not None:
                chose = QCoreApplication.translate("SeatCell", "chọn {answer} sau {s} giây")
            else:
                chose = QCoreApplication.translate("SeatCell", "chọn {answer}")
            secs = f"{(self.response_ms or 0) / 1000:.1f}".replace(".", ",")
            parts.append(chose.format(answer=self.answer, s=secs))
        if self.out_now:
            parts.append(QCoreApplication.translate("SeatCell", "bị loại ở câu này"))
        if self.back_now and self.look is not SeatLook.RESCUED:
            parts.append(QCoreApplication.translate("SeatCell", "trở lại sàn"))
        if self.refused is not None:
            why = QCoreApplication.translate("SeatCell", "một lần bấm bị từ chối: {why}")
            parts.append(why.format(why=reject_reason(self.refused, words)))
        return ", ".join(parts)


def seat_cell(
    state: ShowState,
    seat: int,
    name: str,
    record: QuestionRecord | None,
    question: Question | None,
) -> SeatCell:
    """The cell of ``seat``; ``record`` is the question on stage and ``question`` its text."""
    r = state.seats[seat]
    if r.bell:
        return SeatCell(seat, name, SeatLook.BELL)
    in_play = record is not None and seat in record.participants
    if record is None or not in_play:
        if r.standing and seat in state.just_returned:
            return SeatCell(seat, name, SeatLook.RESCUED)
        return SeatCell(seat, name, SeatLook.IDLE if r.standing else SeatLook.OUT)
    answer = record.answers.get(seat)
    given = answer.answer if answer is not None else None
    by_operator = answer is not None and answer.source == "operator"
    response = record.response_ms(seat) if answer is not None and not by_operator else None
    outcome = record.outcome
    out_now = outcome is not None and (seat in outcome.eliminated or seat in outcome.dropped)
    back_now = outcome is not None and seat in outcome.returned
    rescue_round = record.stage is Stage.RESCUE
    refused = record.refused.get(seat)
    if not r.standing and not rescue_round and not out_now:
        return SeatCell(seat, name, SeatLook.OUT, given, response, by_operator, refused=refused)
    if record.revealed_at_ms is not None and question is not None:
        if given is None:
            look = SeatLook.NO_ANSWER
        else:
            look = SeatLook.RIGHT if question.is_correct(given) else SeatLook.WRONG
    else:
        look = SeatLook.ANSWERED if given is not None else SeatLook.WAITING
    if out_now and outcome is not None and not r.standing:
        look = SeatLook.OUT
    elif back_now and r.standing:
        look = SeatLook.RESCUED
    return SeatCell(seat, name, look, given, response, by_operator, out_now, back_now, refused)
