"""What a demo show is played with: the sample question bank and where its event file goes."""

from __future__ import annotations

import time
from pathlib import Path

from rcv.core.model import QuestionSet
from rcv.userdirs import data_dir


def demo_questions() -> QuestionSet:
    """The sample question bank (Đề án 06); the built-in arithmetic set if it cannot be read."""
    from rcv.demo.builtin import builtin_questions
    from rcv.importers import load_questions
    from rcv.paths import SAMPLE_QUESTIONS, questions_dir

    imported = load_questions(questions_dir() / SAMPLE_QUESTIONS)
    if imported.questions is None:
        return builtin_questions()
    return imported.questions


def demo_event_path(seed: int) -> Path:
    """A new event file for a demo show, in the user's (or the portable) data folder."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    return data_dir() / "demo" / f"demo-{stamp}-seed{seed}.rcv"
