"""A small built-in question set (arithmetic), for tests and for a demo without a question file.

The facts are trivially right, and the set is the same every time.
"""

from __future__ import annotations

import random

from rcv.core.model import Pool, Question, QuestionKind, QuestionSet, true_false


def builtin_questions(main: int = 40, tiebreak: int = 12, rescue: int = 4) -> QuestionSet:
    rng = random.Random("builtin-questions")
    questions: list[Question] = []

    def arithmetic(qid: str, pool: Pool) -> Question:
        a, b = rng.randint(12, 99), rng.randint(12, 99)
        right = a + b
        wrong = {right + d for d in (-10, -2, -1, 1, 2, 10)} - {right}
        options = [right, *rng.sample(sorted(wrong), 3)]
        rng.shuffle(options)
        return Question(
            id=qid,
            text=f"{a} + {b} bằng bao nhiêu?",
            pool=pool,
            options=tuple(str(o) for o in options),
            correct="ABCD"[options.index(right)],
            explanation=f"{a} + {b} = {right}",
            source="số học",
        )

    for i in range(1, main + 1):
        if i % 7 == 0:
            n = rng.randint(2, 60)
            questions.append(
                true_false(f"M{i:02d}", f"{n} là số chẵn.", n % 2 == 0, source="số học")
            )
        else:
            questions.append(arithmetic(f"M{i:02d}", Pool.MAIN))
    for i in range(1, tiebreak + 1):
        a, b = rng.randint(3, 19), rng.randint(3, 19)
        questions.append(
            Question(
                id=f"P{i:02d}",
                text=f"{a} × {b} bằng bao nhiêu? (viết số)",
                kind=QuestionKind.SHORT,
                pool=Pool.TIEBREAK,
                accepted=(str(a * b),),
                source="số học",
            )
        )
    for i in range(1, rescue + 1):
        questions.append(arithmetic(f"R{i:02d}", Pool.RESCUE))
    questions.append(arithmetic("F01", Pool.FINAL))
    questions.append(arithmetic("F02", Pool.FINAL))
    return QuestionSet(tuple(questions), "Bộ câu hỏi có sẵn (số học)")
