"""rcv's own YAML/JSON format: the schema the sample bank uses, and loss-free round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rcv.core.model import LETTERS, Pool, Question, QuestionKind, QuestionSet, nfc, true_false
from rcv.importers import load_questions, save_questions
from tests.importers.conftest import shown

SAMPLE_BANK = Path(__file__).resolve().parents[2] / "questions" / "de-an-06-mau.yaml"

TIDY = """\
format: rcv-questions
version: 1
title: "Bộ thử"
questions:
  - id: M01
    pool: main
    kind: choice
    text: "Tính $\\\\frac{1}{2} + \\\\frac{1}{4}$"
    options: ["0,75", "0,5", "1", "0,25"]
    answer: A
    time: 20
    explanation: "Cộng phân số."
    source: "SGK Toán 6"
  - id: 010
    pool: tiebreak
    kind: true_false
    text: "Hà Nội là thủ đô."
    answer: Đ
  - id: P02
    pool: tiebreak
    kind: short
    text: "Một phần tư viết dưới dạng số thập phân?"
    answer: [0,25]
  - id: P03
    pool: tiebreak
    kind: short
    text: "Thủ đô?"
    answer: yes
  - id: F01
    pool: final
    kind: true_false
    text: "Sai?"
    answer: false
"""


def write(tmp_path: Path, text: str, name: str = "bo.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_documented_schema_is_read_as_written(tmp_path: Path) -> None:
    result = load_questions(write(tmp_path, TIDY))
    assert result.ok, shown(result)
    m01, t010, p02, p03, f01 = result.questions.questions
    assert result.questions.title == "Bộ thử"
    assert m01.text == "Tính $\\frac{1}{2} + \\frac{1}{4}$"
    assert (m01.options, m01.correct, m01.time_limit_s) == (("0,75", "0,5", "1", "0,25"), "A", 20)
    assert (m01.explanation, m01.source) == ("Cộng phân số.", "SGK Toán 6")
    assert (t010.id, t010.correct) == ("010", "A")  # not YAML's octal 8
    assert p02.accepted == ("0", "25")  # a flow list splits at commas: quote "0,25"
    assert p03.accepted == ("yes",)  # not YAML's True
    assert (f01.kind, f01.correct, f01.pool) == (QuestionKind.TRUE_FALSE, "B", Pool.FINAL)


@pytest.mark.parametrize(
    "written, letter",
    [
        ("Đúng", "A"),
        ("Sai", "B"),
        ("true", "A"),
        ("false", "B"),
        ("Đ", "A"),
        ("S", "B"),
        ("A", "A"),
        ("B", "B"),
        ('"đúng"', "A"),
    ],
)
def test_true_false_answers_in_every_accepted_spelling(
    tmp_path: Path, written: str, letter: str
) -> None:
    text = (
        f"format: rcv-questions\nversion: 1\nquestions:\n  - id: T1\n    kind: true_false\n"
        f"    text: Hỏi\n    answer: {written}\n    time: 10\n"
    )
    result = load_questions(write(tmp_path, text))
    assert result.ok, shown(result)
    assert result.questions.questions[0].correct == letter


def test_round_trip_of_the_tidy_file_yaml_and_json(tmp_path: Path) -> None:
    first = load_questions(write(tmp_path, TIDY)).questions
    for name in ("lai.yaml", "lai.json"):
        out = tmp_path / "ra" / name
        save_questions(first, out)
        again = load_questions(out)
        assert again.ok, shown(again)
        assert again.questions == first
    data = json.loads((tmp_path / "ra" / "lai.json").read_text(encoding="utf-8"))
    assert data["format"] == "rcv-questions" and data["questions"][1]["answer"] == "Đúng"


_text = (
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
        min_size=1,
        max_size=40,
    )
    .map(lambda t: nfc(t).strip())
    .filter(bool)
)  # as every importer gives them


@st.composite
def questions(draw: st.DrawFn) -> QuestionSet:
    out = []
    for i in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(list(QuestionKind)))
        extra = {
            "pool": draw(st.sampled_from(list(Pool))),
            "time_limit_s": draw(st.none() | st.integers(1, 120)),
            "explanation": draw(st.just("") | _text),
            "source": draw(st.just("") | _text),
        }
        if kind is QuestionKind.CHOICE:
            options = tuple(draw(st.lists(_text, min_size=2, max_size=6)))
            correct = draw(st.sampled_from(LETTERS[: len(options)]))
            out.append(
                Question(f"Q{i}", draw(_text), kind, options=options, correct=correct, **extra)
            )
        elif kind is QuestionKind.TRUE_FALSE:
            out.append(true_false(f"Q{i}", draw(_text), draw(st.booleans()), **extra))
        else:
            accepted = tuple(draw(st.lists(_text, min_size=1, max_size=3)))
            out.append(Question(f"Q{i}", draw(_text), kind, accepted=accepted, **extra))
    return QuestionSet(tuple(out), title=draw(st.just("") | _text))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(question_set=questions(), suffix=st.sampled_from([".yaml", ".json"]))
def test_any_question_set_survives_save_then_load(
    tmp_path: Path, question_set: QuestionSet, suffix: str
) -> None:
    out = tmp_path / f"rt{suffix}"
    save_questions(question_set, out)
    result = load_questions(out)
    assert result.report.ok, shown(result)
    assert result.questions == question_set


def test_syntax_error_names_its_line(tmp_path: Path) -> None:
    text = 'format: rcv-questions\nversion: 1\nquestions:\n  - id: M01\n    text: "mở\n'
    result = load_questions(write(tmp_path, text))
    assert result.questions is None
    (problem,) = result.report.errors
    assert problem.code == "yaml_syntax" and problem.location.line is not None


def test_json_syntax_error_names_its_line(tmp_path: Path) -> None:
    result = load_questions(
        write(tmp_path, '{"format": "rcv-questions",\n "version": 1,,}', name="bo.json")
    )
    (problem,) = result.report.errors
    assert (problem.code, problem.location.line) == ("yaml_syntax", 2)


def test_wrong_format_version_and_shapes(tmp_path: Path) -> None:
    result = load_questions(write(tmp_path, "title: x\nquestions: []\n"))
    assert [p.code for p in result.report] == ["yaml_format"]
    result = load_questions(write(tmp_path, "format: rcv-questions\nversion: 2\n"))
    assert [p.code for p in result.report] == ["yaml_version"]
    text = (
        "format: rcv-questions\nversion: 1\nquestions:\n"
        "  - id: M01\n    text: Hỏi\n    options: một\n    answer: A\n    colour: red\n"
        "  - text: Không mã\n    answer: Hà Nội\n"
    )
    result = load_questions(write(tmp_path, text))
    assert result.questions is None
    assert {(p.code, p.location.line) for p in result.report} >= {
        ("yaml_type", 6),
        ("yaml_unknown_key", 8),
        ("id_missing", 9),
    }


def test_errors_carry_the_line_of_the_field(tmp_path: Path) -> None:
    text = (
        "format: rcv-questions\nversion: 1\nquestions:\n"
        "  - id: M01\n    kind: choice\n    text: Hỏi\n    options: [x, y]\n"
        "    answer: D\n    time: -3\n"
    )
    result = load_questions(write(tmp_path, text))
    assert {(p.code, p.location.line) for p in result.report.errors} == {
        ("answer_not_option", 8),
        ("time_invalid", 9),
    }
    assert "bo.yaml › dòng 8 › Đáp án: " in shown(result, "vi")
    assert "bo.yaml › line 8 › Answer: " in shown(result, "en")


def test_media_is_relative_to_the_yaml_file(tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "x.png").write_bytes(b"img")
    text = (
        "format: rcv-questions\nversion: 1\nquestions:\n"
        "  - {id: M01, text: Hình, options: [a, b], answer: A, time: 5, "
        "media: images/x.png}\n"
        "  - {id: M02, text: Hình, options: [a, b], answer: A, time: 5, "
        "media: images/none.png}\n"
        "  - {id: M03, text: Hình, options: [a, b], answer: A, time: 5, "
        "media: ../ngoai.png}\n"
    )
    result = load_questions(write(tmp_path, text))
    assert [(p.code, p.location.line) for p in result.report.errors] == [
        ("media_missing", 5),
        ("media_outside", 6),
    ]


@pytest.mark.skipif(not SAMPLE_BANK.exists(), reason="sample bank not written yet")
def test_the_sample_bank_loads_and_round_trips(tmp_path: Path) -> None:
    result = load_questions(SAMPLE_BANK)
    assert result.ok, shown(result)
    assert not result.report.errors
    out = tmp_path / "bank.yaml"
    save_questions(result.questions, out)
    assert load_questions(out).questions == result.questions
