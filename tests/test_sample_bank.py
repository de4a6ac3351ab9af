"""Checks an organiser would make on the sample question bank questions/de-an-06-mau.yaml.

The file is read with PyYAML directly (not with rcv's own loader) so this test only depends on
the documented schema. If rcv.core.model is importable, every entry is also turned into a
``Question`` to prove the engine would accept it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

BANK = Path(__file__).resolve().parent.parent / "questions" / "de-an-06-mau.yaml"

POOLS = {"main", "tiebreak", "rescue", "audience", "final"}
KINDS = {"choice", "true_false", "short"}
LETTERS = "ABCDEF"
TRUE_FALSE = ("Đúng", "Sai")
MINIMUM = {"main": 40, "tiebreak": 10, "rescue": 5, "final": 3}
ID_PREFIX = {"main": "M", "tiebreak": "P", "rescue": "R", "final": "F", "audience": "[A-Z]+"}
TIME_RANGE = {"main": (10, 30), "tiebreak": (5, 20), "rescue": (10, 30), "final": (20, 60)}
MAX_TEXT = 250
MAX_OPTION = 100


@pytest.fixture(scope="module")
def raw_text() -> str:
    return BANK.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def bank(raw_text: str) -> dict[str, Any]:
    data = yaml.safe_load(raw_text)
    assert isinstance(data, dict), "the file must be a YAML mapping"
    return data


@pytest.fixture(scope="module")
def questions(bank: dict[str, Any]) -> list[dict[str, Any]]:
    qs = bank["questions"]
    assert isinstance(qs, list) and qs, "questions must be a non-empty list"
    return qs


def _accepted(q: dict[str, Any]) -> list[str]:
    answer = q["answer"]
    return list(answer) if isinstance(answer, list) else [answer]


def test_header(bank: dict[str, Any]) -> None:
    assert bank["format"] == "rcv-questions"
    assert bank["version"] == 1
    assert isinstance(bank["title"], str) and bank["title"].strip()
    assert set(bank) == {"format", "version", "title", "questions"}


def test_file_is_utf8_nfc(raw_text: str) -> None:
    assert unicodedata.normalize("NFC", raw_text) == raw_text, "text must be composed (NFC)"
    assert "\t" not in raw_text, "indent with spaces, not tabs"


def test_counts_per_pool_meet_minimums(questions: list[dict[str, Any]]) -> None:
    counts = Counter(q["pool"] for q in questions)
    for pool, minimum in MINIMUM.items():
        assert counts[pool] >= minimum, f"pool {pool}: {counts[pool]} < {minimum}"


def test_every_question_is_well_formed(questions: list[dict[str, Any]]) -> None:
    allowed = {"id", "pool", "kind", "text", "options", "answer", "time", "explanation", "source"}
    for q in questions:
        qid = q.get("id")
        assert isinstance(qid, str) and qid, f"missing id in {q}"
        assert set(q) <= allowed, f"{qid}: unknown keys {set(q) - allowed}"
        assert q["pool"] in POOLS, f"{qid}: bad pool {q['pool']!r}"
        assert q["kind"] in KINDS, f"{qid}: bad kind {q['kind']!r}"
        for key in ("text", "explanation", "source"):
            value = q.get(key)
            assert isinstance(value, str) and value.strip(), f"{qid}: empty {key}"
            assert "\n" not in value.strip(), f"{qid}: {key} must be one line"
        assert len(q["text"]) <= MAX_TEXT, f"{qid}: text too long for a projector"
        assert re.fullmatch(rf"{ID_PREFIX[q['pool']]}\d{{2}}", qid), f"{qid}: id/pool mismatch"
        if "time" in q:
            low, high = TIME_RANGE[q["pool"]]
            assert isinstance(q["time"], int), f"{qid}: time must be whole seconds"
            assert low <= q["time"] <= high, f"{qid}: time {q['time']} outside {low}–{high}"


def test_ids_are_unique(questions: list[dict[str, Any]]) -> None:
    ids = Counter(q["id"] for q in questions)
    assert not [i for i, n in ids.items() if n > 1], "duplicate ids"


def test_no_question_text_repeated(questions: list[dict[str, Any]]) -> None:
    texts = Counter(" ".join(q["text"].casefold().split()) for q in questions)
    assert not [t for t, n in texts.items() if n > 1], "a question text appears twice"


def test_choice_questions(questions: list[dict[str, Any]]) -> None:
    for q in (q for q in questions if q["kind"] == "choice"):
        options = q.get("options")
        qid = q["id"]
        assert isinstance(options, list), f"{qid}: choice needs options"
        assert 2 <= len(options) <= 6, f"{qid}: {len(options)} options"
        assert all(isinstance(o, str) and o.strip() for o in options), f"{qid}: empty option"
        assert len(set(options)) == len(options), f"{qid}: repeated option"
        for o in options:
            assert len(o) <= MAX_OPTION, f"{qid}: option too long: {o!r}"
            assert not re.match(r"^[A-Fa-f][.):]\s", o), f"{qid}: option carries a letter: {o!r}"
        assert q["answer"] in LETTERS[: len(options)], f"{qid}: answer {q['answer']!r}"


def test_true_false_questions(questions: list[dict[str, Any]]) -> None:
    for q in (q for q in questions if q["kind"] == "true_false"):
        assert q["answer"] in TRUE_FALSE, f"{q['id']}: answer {q['answer']!r}"
        assert "options" not in q, f"{q['id']}: true/false takes no options"


def test_short_questions(questions: list[dict[str, Any]]) -> None:
    for q in (q for q in questions if q["kind"] == "short"):
        accepted = _accepted(q)
        assert accepted, f"{q['id']}: no accepted answer"
        assert all(isinstance(a, str) and a.strip() for a in accepted), (
            f'{q["id"]}: short answers must be written as text, e.g. "12"'
        )
        assert "options" not in q, f"{q['id']}: short answer takes no options"


def test_answer_letters_balanced(questions: list[dict[str, Any]]) -> None:
    letters = Counter(q["answer"] for q in questions if q["kind"] == "choice")
    total = sum(letters.values())
    for letter, n in letters.items():
        assert n <= 0.4 * total, f"letter {letter} holds {n}/{total} choice answers"


def test_true_false_not_all_one_way(questions: list[dict[str, Any]]) -> None:
    answers = Counter(q["answer"] for q in questions if q["kind"] == "true_false")
    total = sum(answers.values())
    assert total == 0 or max(answers.values()) <= 0.75 * total


def test_entries_build_engine_questions(questions: list[dict[str, Any]]) -> None:
    model = pytest.importorskip("rcv.core.model")
    built = []
    for q in questions:
        kind = model.QuestionKind(q["kind"])
        kw: dict[str, Any] = {
            "id": q["id"],
            "text": q["text"],
            "kind": kind,
            "pool": model.Pool(q["pool"]),
            "time_limit_s": q.get("time"),
            "explanation": q["explanation"],
            "source": q["source"],
        }
        if kind is model.QuestionKind.CHOICE:
            kw["options"] = tuple(q["options"])
            kw["correct"] = q["answer"]
        elif kind is model.QuestionKind.TRUE_FALSE:
            kw["options"] = ("Đúng", "Sai")
            kw["correct"] = "A" if q["answer"] == "Đúng" else "B"
        else:
            kw["accepted"] = tuple(str(a) for a in _accepted(q))
        question = model.Question(**kw)
        assert question.problem() is None
        if kind is model.QuestionKind.SHORT:
            assert question.is_correct(kw["accepted"][0])
        else:
            assert question.is_correct(kw["correct"])
        built.append(question)
    if hasattr(model, "QuestionSet"):
        model.QuestionSet(questions=tuple(built), title="test")
