"""The people and the questions of a show: contestants, questions, and how an answer is judged.

These are plain immutable values. Importers (Excel, Word, rcv's own format) build them; the
engine only reads them. Everything here is pure: no I/O, no clock.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

LETTERS = "ABCDEF"
TRUE_FALSE_OPTIONS = ("Đúng", "Sai")


class QuestionKind(StrEnum):
    """How a question is answered."""

    CHOICE = "choice"  # multiple choice, 2–6 options, one correct letter
    TRUE_FALSE = "true_false"  # Đúng (A) / Sai (B)
    SHORT = "short"  # a number or a text, judged against accepted answers


class Pool(StrEnum):
    """Which part of the show a question is meant for."""

    MAIN = "main"
    TIEBREAK = "tiebreak"  # câu hỏi phụ
    RESCUE = "rescue"  # cứu trợ
    AUDIENCE = "audience"  # câu hỏi khán giả
    FINAL = "final"  # câu hỏi chuông vàng


def nfc(text: str) -> str:
    """Vietnamese text arrives composed and decomposed; keep it composed everywhere."""
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True, slots=True)
class Contestant:
    """One contestant on the floor.

    ``sbd`` (số báo danh) is the registration number exactly as written by the organisers,
    kept as text: "007" and "7" are different contestants.
    """

    sbd: str
    seat: int
    name: str
    unit: str = ""
    group: str = ""
    checkin_code: str | None = None

    def __post_init__(self) -> None:
        if self.seat < 1:
            raise ValueError(f"seat must be >= 1, got {self.seat}")
        object.__setattr__(self, "sbd", nfc(self.sbd))
        object.__setattr__(self, "name", nfc(self.name))
        object.__setattr__(self, "unit", nfc(self.unit))
        object.__setattr__(self, "group", nfc(self.group))


@dataclass(frozen=True, slots=True)
class Question:
    """One question as imported.

    For CHOICE and TRUE_FALSE ``correct`` is a letter ("A" … "F"); for SHORT ``accepted`` lists
    the accepted answers (numbers are compared as numbers, "0,25" == "0.25"). ``time_limit_s``
    overrides the rules' default time when set. Mathematics between ``$…$`` is kept verbatim.
    """

    id: str
    text: str
    kind: QuestionKind = QuestionKind.CHOICE
    pool: Pool = Pool.MAIN
    options: tuple[str, ...] = ()
    correct: str = ""
    accepted: tuple[str, ...] = ()
    time_limit_s: int | None = None
    explanation: str = ""
    source: str = ""
    media: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", nfc(self.id))
        object.__setattr__(self, "text", nfc(self.text))
        object.__setattr__(self, "source", nfc(self.source))
        object.__setattr__(self, "options", tuple(nfc(o) for o in self.options))
        object.__setattr__(self, "accepted", tuple(nfc(a) for a in self.accepted))
        object.__setattr__(self, "explanation", nfc(self.explanation))
        object.__setattr__(self, "correct", self.correct.strip().upper())
        problem = self.problem()
        if problem:
            raise ValueError(f"question {self.id}: {problem}")

    def problem(self) -> str | None:
        """What makes this question unusable, or None. Importers turn this into a report line."""
        if not self.text.strip():
            return "the question has no text"
        if self.time_limit_s is not None and self.time_limit_s <= 0:
            return "the time limit must be a positive number of seconds"
        if self.kind is QuestionKind.SHORT:
            if not self.accepted:
                return "a short-answer question needs at least one accepted answer"
            return None
        if self.kind is QuestionKind.TRUE_FALSE and len(self.options) != 2:
            return "a true/false question has exactly two options"
        if not 2 <= len(self.options) <= 6:
            n = len(self.options)
            return f"a multiple-choice question has 2 to 6 options, this one has {n}"
        if self.correct not in self.letters:
            return f"the correct answer {self.correct!r} is not one of {', '.join(self.letters)}"
        return None

    @property
    def letters(self) -> str:
        """The keys a keypad may press for this question ("AB" for true/false)."""
        if self.kind is QuestionKind.SHORT:
            return ""
        return LETTERS[: len(self.options)]

    def is_correct(self, answer: str | None) -> bool:
        """Judge one answer. A missing answer is never correct."""
        if answer is None:
            return False
        if self.kind is QuestionKind.SHORT:
            return any(_same_short_answer(answer, ok) for ok in self.accepted)
        return answer.strip().upper() == self.correct

    def correct_text(self) -> str:
        """The correct answer as the MC reads it out."""
        if self.kind is QuestionKind.SHORT:
            return " / ".join(self.accepted)
        index = LETTERS.index(self.correct)
        return f"{self.correct}. {self.options[index]}"


def true_false(qid: str, text: str, is_true: bool, **kw: object) -> Question:
    """A true/false question: option A is Đúng, option B is Sai."""
    return Question(
        id=qid,
        text=text,
        kind=QuestionKind.TRUE_FALSE,
        options=TRUE_FALSE_OPTIONS,
        correct="A" if is_true else "B",
        **kw,  # type: ignore[arg-type]
    )


_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


def parse_number(text: str) -> float | None:
    """A number as Vietnamese write it ("0,25", "1.000" is NOT read as a thousand) or None."""
    t = text.strip().replace(" ", "")
    if not _NUMBER.match(t):
        return None
    return float(t.replace(",", "."))


def fold_text(text: str) -> str:
    """Text as people compare it: composed, case and spacing set aside (diacritics kept)."""
    return " ".join(nfc(text).casefold().split())


def _same_short_answer(given: str, accepted: str) -> bool:
    a, b = parse_number(given), parse_number(accepted)
    if a is not None and b is not None:
        return abs(a - b) <= 1e-9 * max(1.0, abs(b))
    return fold_text(given) == fold_text(accepted)


@dataclass(frozen=True, slots=True)
class QuestionSet:
    """The questions of an event, in the order the organisers gave them."""

    questions: tuple[Question, ...] = field(default_factory=tuple)
    title: str = ""
    _by_id: dict[str, Question] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", nfc(self.title))
        by_id: dict[str, Question] = {}
        for q in self.questions:
            if q.id in by_id:
                raise ValueError(f"two questions have the id {q.id!r}")
            by_id[q.id] = q
        object.__setattr__(self, "_by_id", by_id)

    def pool(self, pool: Pool) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.pool is pool)

    def by_id(self, qid: str) -> Question:
        return self._by_id[qid]


@dataclass(frozen=True, slots=True)
class Roster:
    """The contestants of an event, keyed by seat."""

    contestants: tuple[Contestant, ...]
    _by_seat: dict[int, Contestant] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_seat: dict[int, Contestant] = {}
        sbds: set[str] = set()
        for c in self.contestants:
            if c.seat in by_seat:
                raise ValueError(f"two contestants sit at seat {c.seat}")
            if c.sbd in sbds:
                raise ValueError(f"two contestants have the SBD {c.sbd!r}")
            by_seat[c.seat] = c
            sbds.add(c.sbd)
        object.__setattr__(self, "_by_seat", by_seat)

    @property
    def seats(self) -> tuple[int, ...]:
        return tuple(sorted(c.seat for c in self.contestants))

    def at(self, seat: int) -> Contestant:
        return self._by_seat[seat]

    def __len__(self) -> int:
        return len(self.contestants)


@dataclass(frozen=True, slots=True)
class EventInfo:
    """What the printed results say about the event itself."""

    name: str = "Rung chuông vàng"
    date: str = ""  # as the organisers write it, e.g. "24/11/2026"
    venue: str = ""
    organiser: str = ""
