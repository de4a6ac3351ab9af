"""The question template rcv ships imports as it is, and its example rows show each kind of
question a secretary meets: multiple choice, true/false, short answer, with and without a
picture, in the main round and in the other rounds' sheets."""

from __future__ import annotations

from pathlib import Path

from rcv.core.model import Pool, QuestionKind
from rcv.importers import load_questions

TEMPLATES = Path(__file__).resolve().parents[1] / "questions" / "templates"


def test_the_template_imports_with_an_example_of_every_kind() -> None:
    result = load_questions(TEMPLATES / "mau-cau-hoi.xlsx")
    assert result.ok and result.questions is not None
    assert not [p for p in result.report if p.severity.value == "warning"]
    questions = result.questions.questions
    assert all(q.id.startswith("VD") for q in questions)
    main = [q for q in questions if q.pool is Pool.MAIN]
    assert {q.kind for q in main} == set(QuestionKind)
    pictured = [q for q in main if q.media]
    assert pictured and {q.kind for q in pictured} >= {QuestionKind.CHOICE, QuestionKind.SHORT}
    assert any(q.kind is QuestionKind.CHOICE and not q.media for q in main)
    assert {q.pool for q in questions} >= {Pool.MAIN, Pool.TIEBREAK, Pool.RESCUE, Pool.FINAL}
    assert set(result.media) == {q.media for q in pictured}  # the picture travels with the set
