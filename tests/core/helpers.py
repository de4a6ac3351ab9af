"""Builders for core tests: a small show and a way to play one question with given answers."""

from __future__ import annotations

from collections.abc import Mapping

from rcv.core.commands import Press
from rcv.core.model import Contestant, Pool, Question, QuestionKind, QuestionSet, Roster
from rcv.core.rules import Rules
from rcv.core.show import Show
from rcv.core.state import ShowSetup

T0 = 1_767_225_600_000  # 2026-01-01 00:00 UTC


def roster(n: int) -> Roster:
    return Roster(tuple(Contestant(f"{i:03d}", i, f"Thí sinh {i}") for i in range(1, n + 1)))


def choice(
    qid: str, correct: str = "B", pool: Pool = Pool.MAIN, time_s: int | None = None
) -> Question:
    return Question(
        id=qid,
        text=f"Câu hỏi {qid}",
        pool=pool,
        options=("một", "hai", "ba", "bốn"),
        correct=correct,
        time_limit_s=time_s,
    )


def questions(main: int = 10, tiebreak: int = 5, rescue: int = 2, final: int = 1) -> QuestionSet:
    qs = [choice(f"M{i:02d}") for i in range(1, main + 1)]
    qs += [
        Question(
            id=f"P{i:02d}",
            text=f"Câu phụ {i}",
            kind=QuestionKind.SHORT,
            pool=Pool.TIEBREAK,
            accepted=(str(i * 10), f"{i * 10},0"),
        )
        for i in range(1, tiebreak + 1)
    ]
    qs += [choice(f"R{i:02d}", "C", Pool.RESCUE) for i in range(1, rescue + 1)]
    qs += [choice(f"F{i:02d}", "D", Pool.FINAL) for i in range(1, final + 1)]
    return QuestionSet(tuple(qs))


def make_show(n: int = 10, rules: Rules | None = None, qs: QuestionSet | None = None) -> Show:
    return Show(ShowSetup(roster(n), qs or questions(), rules or Rules()))


class Host:
    """Plays a show step by step on a clock that moves 1 s per step."""

    def __init__(self, show: Show) -> None:
        self.show = show
        self.now = T0

    def tick(self, ms: int = 1000) -> int:
        self.now += ms
        return self.now

    def ask(self, qid: str, answers: Mapping[int, str], apply: bool = True) -> None:
        """Show, time, answer (keypads for letters, operator for short answers), reveal, apply."""
        show = self.show
        show.show_question(qid, self.tick())
        show.start_timer(self.tick())
        started = self.now
        question = show.setup.questions.by_id(qid)
        if question.kind is QuestionKind.SHORT:
            for seat, text in answers.items():
                show.set_answer(seat, text, self.tick(10), "bảng")
        else:
            batch = [
                Press(seat, key, started + 1000 + 10 * i)
                for i, (seat, key) in enumerate(answers.items())
            ]
            show.presses(batch, self.tick(100))
        record = show.state.questions[-1]
        assert record.deadline_ms is not None
        self.now = max(self.now, record.deadline_ms)
        show.time_up(self.now)
        show.reveal(self.tick())
        if apply:
            show.apply_eliminations(self.tick())


def all_answer(show: Show, key: str, except_: Mapping[int, str] | None = None) -> dict[int, str]:
    """Every standing seat answers ``key`` except those given another key."""
    answers = {seat: key for seat in show.state.standing}
    answers.update(except_ or {})
    return answers
