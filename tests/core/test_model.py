"""Questions and contestants refuse what cannot be played and keep Vietnamese text composed."""

from __future__ import annotations

import unicodedata

import pytest

from rcv.core.model import Contestant, Question, QuestionKind, QuestionSet, Roster


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"text": " "}, "no text"),
        ({"options": ("a",)}, "2 to 6 options"),
        ({"options": tuple("abcdefg")}, "2 to 6 options"),
        ({"correct": "E"}, "not one of A, B, C, D"),
        ({"time_limit_s": 0}, "positive"),
        ({"kind": QuestionKind.SHORT, "options": (), "accepted": ()}, "accepted answer"),
        ({"kind": QuestionKind.SHORT, "accepted": ("1",), "time_limit_s": -5}, "positive"),
        ({"kind": QuestionKind.TRUE_FALSE, "options": ("Đúng", "Sai", "?")}, "exactly two"),
    ],
)
def test_unplayable_questions_are_refused_with_the_reason(kwargs, problem) -> None:
    base = {"id": "Q1", "text": "Câu hỏi?", "options": ("a", "b", "c", "d"), "correct": "A"}
    with pytest.raises(ValueError, match=problem):
        Question(**{**base, **kwargs})


def test_text_is_kept_composed_whatever_the_file_gave() -> None:
    q = Question(
        id=nfd("Câu-Ầ"),
        text=nfd("Thẻ căn cước gắn chip"),
        options=(nfd("Ầ"), nfd("Ự")),
        correct="a",
        source=nfd("Luật Căn cước"),
    )
    assert q.text == "Thẻ căn cước gắn chip" and q.id == "Câu-Ầ"
    assert q.options == ("Ầ", "Ự") and q.source == "Luật Căn cước"
    assert q.correct == "A"
    c = Contestant(sbd=nfd("Đ01"), seat=1, name=nfd("Nguyễn Thị Ẫn"))
    assert c.name == "Nguyễn Thị Ẫn" and c.sbd == "Đ01"
    assert QuestionSet((q,), title=nfd("Đề án 06")).title == "Đề án 06"


def test_rosters_refuse_duplicate_seats_and_registration_numbers() -> None:
    with pytest.raises(ValueError, match="seat 3"):
        Roster((Contestant("1", 3, "A"), Contestant("2", 3, "B")))
    with pytest.raises(ValueError, match="'007'"):
        Roster((Contestant("007", 1, "A"), Contestant("007", 2, "B")))
    roster = Roster((Contestant("007", 1, "A"), Contestant("7", 2, "B")))
    assert roster.at(2).sbd == "7"  # "007" and "7" are different contestants


def test_question_ids_are_unique_in_a_set() -> None:
    q = Question(id="Q", text="?", options=("a", "b"), correct="A")
    with pytest.raises(ValueError, match="'Q'"):
        QuestionSet((q, q))
