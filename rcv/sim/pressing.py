"""Simulated contestants: who presses which key when, for one question. Pure and seeded by
(seed, question, seat), so the same seed gives the same presses whatever happened before."""

from __future__ import annotations

import math
import random
from collections.abc import Iterable
from dataclasses import dataclass

from rcv.hardware.frames import ArmMode


@dataclass(frozen=True, slots=True)
class People:
    """How simulated contestants press."""

    accuracy: float = 0.8
    median_ms: float = 4000.0
    spread: float = 0.5  # lognormal sigma of the answer delay
    no_answer: float = 0.02
    change_mind: float = 0.04  # press a second, different key a little later
    buzz_share: float = 0.7  # in buzz-in mode, the share of seats that buzz at all
    buzz_median_ms: float = 600.0


@dataclass(frozen=True, slots=True)
class PlannedPress:
    delay_ms: int  # after the ARM
    seat: int
    key: str


def plan_presses(
    people: People,
    seed: int,
    question_id: str,
    right: str,
    seats: Iterable[int],
    keys: str,
    mode: ArmMode = ArmMode.ANSWER,
) -> list[PlannedPress]:
    """Every press ``seats`` will make for this question, by delay after the ARM."""
    p = people
    planned: list[PlannedPress] = []
    for seat in seats:
        rng = random.Random(f"press:{seed}:{question_id}:{seat}")
        if mode is ArmMode.BUZZ:
            if rng.random() < p.buzz_share:
                delay = p.buzz_median_ms * math.exp(0.35 * rng.gauss(0.0, 1.0))
                planned.append(PlannedPress(max(80, int(delay)), seat, right))
            continue
        if rng.random() < p.no_answer:
            continue
        delay = max(250, int(p.median_ms * math.exp(p.spread * rng.gauss(0.0, 1.0))))
        wrong = [k for k in keys if k != right] or [right]
        key = right if rng.random() < p.accuracy else rng.choice(wrong)
        planned.append(PlannedPress(delay, seat, key))
        if rng.random() < p.change_mind:
            other = rng.choice([k for k in keys if k != key] or [key])
            planned.append(PlannedPress(delay + 300 + int(rng.expovariate(1 / 1500)), seat, other))
    planned.sort(key=lambda x: (x.delay_ms, x.seat))
    return planned
