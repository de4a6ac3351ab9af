"""The display model never holds the correct answer before the reveal.

Two proofs: (1) a whole show is walked and, at every update of the model before the reveal of the
question on stage, every property of the DisplayModel and every role of every seat is scanned
for the answer; (2) two shows that differ only in the first question's correct answer and
explanation give the very same model, property for property, until that reveal.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from rcv.app.controller import ShowController
from rcv.app.demo_stage import controller_autopilot
from rcv.clock import ManualClock
from rcv.core.model import QuestionKind, QuestionSet
from rcv.core.state import QUESTION_PHASES
from rcv.core.suggest import ActionKind
from rcv.demo.builtin import builtin_questions
from rcv.demo.headless import open_or_create
from rcv.entry.tour import TOUR_RULES, tour
from rcv.ui.display.model import DisplayModel
from tests.ui.display.conftest import Show


def snapshot(model: DisplayModel) -> dict[str, Any]:
    """Every property QML can read, with the seat list model expanded role by role."""
    meta = model.metaObject()
    out: dict[str, Any] = {}
    for i in range(meta.propertyCount()):
        name = meta.property(i).name()
        value = model.property(name)
        if isinstance(value, QObject):
            roles = getattr(value, "role_values", None)
            value = roles() if roles is not None else repr(value)
        out[name] = value
    return out


def leaves(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from leaves(v, f"{path}.{k}")
    elif isinstance(value, list | tuple):
        for i, v in enumerate(value):
            yield from leaves(v, f"{path}[{i}]")
    else:
        yield path, value


def test_a_whole_show_never_puts_the_answer_in_the_model(show: Show) -> None:
    c, setup = show.controller, show.controller.setup
    assert setup is not None
    problems: list[str] = []
    checked = [0]

    def inspect() -> None:
        state = c.state
        if state is None or state.phase not in QUESTION_PHASES or not state.questions:
            return
        record = state.questions[-1]
        if record.revealed_at_ms is not None:
            return
        q = setup.questions.by_id(record.question_id)
        checked[0] += 1
        snap = snapshot(show.model)
        for key in ("correctLetter", "correctText", "explanation"):
            if snap[key]:
                problems.append(f"{q.id}: {key}={snap[key]!r} before the reveal")
        if snap["revealed"]:
            problems.append(f"{q.id}: revealed before the reveal")
        for option in snap["options"]:
            extra = set(option) - {"letter", "text", "math"}
            if extra:
                problems.append(f"{q.id}: option {option['letter']} carries {sorted(extra)}")
        secrets = [s for s in (q.correct_text(), q.explanation) if len(s) >= 5]
        for path, value in leaves(snap):
            if not isinstance(value, str):
                continue
            if any(secret in value for secret in secrets):
                problems.append(f"{q.id}: {path} holds the answer: {value!r}")
            if q.kind is QuestionKind.SHORT and value in q.accepted:
                problems.append(f"{q.id}: {path} holds an accepted answer: {value!r}")
            if q.correct and value == q.correct and not path.endswith(".letter"):
                problems.append(f"{q.id}: {path} is the correct letter")

    show.model.updated.connect(inspect)
    for _ in tour(c, show.clock):
        pass
    assert not problems, "\n".join(problems[:20])
    assert checked[0] > 100  # shown, timer, presses, pause, time up … for every question


def _event(path: Path, questions: QuestionSet) -> ShowController:
    controller = ShowController(ManualClock())
    controller.attach(open_or_create(path, 60, 1, questions, TOUR_RULES))
    return controller


def test_the_model_is_the_same_whatever_the_answer(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base = builtin_questions()
    first = base.pool(base.questions[0].pool)[0]
    other = next(letter for letter in first.letters if letter != first.correct)
    changed = dataclasses.replace(first, correct=other, explanation="Một lời giải thích khác")
    twin = QuestionSet(
        tuple(changed if q.id == first.id else q for q in base.questions), base.title
    )
    shows = [_event(tmp_path / "a.rcv", base), _event(tmp_path / "b.rcv", twin)]
    models = [DisplayModel(c) for c in shows]
    pilots = [controller_autopilot(c, c.clock, seed=1) for c in shows]  # type: ignore[arg-type]
    steps = 0
    try:
        while True:
            actions = [p.next_action() for p in pilots]
            assert actions[0] is not None and actions[1] is not None
            assert actions[0].kind == actions[1].kind
            if actions[0].kind is ActionKind.REVEAL:
                break
            for p in pilots:
                p.step()
            steps += 1
            a, b = (snapshot(m) for m in models)
            assert a == b, f"after {actions[0].kind}: the model differs with the answer"
        assert steps >= 3  # shown, timer started, time up
        assert models[0].value("answered") > 0  # the floor did answer
        for p in pilots:
            p.step()  # the reveal: now, and only now, they differ
        assert snapshot(models[0]) != snapshot(models[1])
    finally:
        for c in shows:
            c.detach()
