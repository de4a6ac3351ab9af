"""How simulated contestants answer: right with their own skill, after a human-like delay.

Every answer is drawn from a random generator seeded by (seed, question, seat), so the same
seed gives the same answers whatever happened before: a show resumed after a crash plays on
exactly as an uninterrupted one would.
"""

from __future__ import annotations

import math
import random
from collections.abc import Container, Iterable
from dataclasses import dataclass

from rcv.core.commands import Press
from rcv.core.model import Question


@dataclass(frozen=True, slots=True)
class FloorModel:
    """Parameters of the simulated floor."""

    seed: int = 0
    skill_low: float = 0.72  # each contestant's chance of a right answer lies in this range
    skill_high: float = 0.97
    median_ms: float = 4000.0  # median response time
    spread: float = 0.55  # lognormal sigma of response times
    no_answer: float = 0.01  # chance of not answering at all

    def skill(self, seat: int) -> float:
        rng = random.Random(f"skill:{self.seed}:{seat}")
        return self.skill_low + (self.skill_high - self.skill_low) * rng.random()

    def answer(self, question: Question, seat: int) -> tuple[str, int] | None:
        """(answer, response time in ms) or None for no answer.

        The answer is a key for keypad questions, a written text for short-answer questions.
        """
        rng = random.Random(f"answer:{self.seed}:{question.id}:{seat}")
        if rng.random() < self.no_answer:
            return None
        delay = int(self.median_ms * math.exp(self.spread * rng.gauss(0.0, 1.0)))
        right = rng.random() < self.skill(seat)
        if not question.letters:  # short answer, written on a board
            return (question.accepted[0] if right else "?"), max(300, delay)
        if right:
            return question.correct, max(300, delay)
        wrong = [k for k in question.letters if k != question.correct]
        return rng.choice(wrong), max(300, delay)

    def board_answers(
        self, question: Question, participants: Iterable[int], answered: Container[int]
    ) -> list[tuple[int, str]]:
        """What the seats still without an answer wrote on their boards (short-answer
        questions are answered on paper and typed in by the operator); empty otherwise."""
        if question.letters:
            return []
        written = []
        for seat in participants:
            if seat not in answered and (drawn := self.answer(question, seat)) is not None:
                written.append((seat, drawn[0]))
        return written

    def presses(
        self, question: Question, seats: Iterable[int], timer_started_at_ms: int
    ) -> list[Press]:
        """Every press the seats make for this question, in the order they happen."""
        result = []
        for seat in seats:
            drawn = self.answer(question, seat)
            if drawn is not None:
                key, delay = drawn
                result.append(Press(seat, key, timer_started_at_ms + delay, hub="sim"))
        result.sort(key=lambda p: (p.pressed_at_ms, p.seat))
        return result
