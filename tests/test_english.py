"""With RCV_LANG=en, nothing of rcv's own stays Vietnamese where the operator reads: the headless
demo, ``rcv status`` and ``rcv log`` speak English; only the event's content (names, questions,
answers, the event's name) is left as written."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from rcv.cli.main import main
from rcv.demo.headless import open_or_create, run_headless
from rcv.demo.setup import demo_questions
from rcv.i18n import Words

VIETNAMESE = re.compile(
    r"[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]", re.I
)


def content_of(path: Path) -> list[str]:
    """What the event itself says, longest first: it may stay as written."""
    from rcv.storage.event_file import EventFile

    with EventFile.open(path, read_only=True) as event_file:
        setup, info = event_file.setup, event_file.info
    texts = {info.name, setup.questions.title}
    for c in setup.roster.contestants:
        texts |= {c.name, c.unit, c.group}
    for q in setup.questions.questions:
        texts |= {q.text, q.correct_text(), *q.options, *q.accepted}
        texts |= {q.text[:70], q.correct_text()[:30]}
    units = setup.rules.units  # the team prizes are named by the organisers too
    for p in (*setup.rules.prizes, *units.prizes, *units.group_prizes):
        texts.add(p.name)
    return sorted((t for t in texts if t), key=len, reverse=True)


def leftover_vietnamese(text: str, content: list[str]) -> list[str]:
    for piece in content:
        text = text.replace(piece, "")
    return [line for line in text.splitlines() if VIETNAMESE.search(line)]


@pytest.fixture(scope="module")
def english_show(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("en") / "show.rcv"
    out = io.StringIO()
    with open_or_create(path, 30, 3, demo_questions()) as event_file:
        run_headless(event_file, 3, out, now_ms=lambda: 1_790_000_000_000, words=Words("en"))
    return path, out.getvalue()


def test_the_headless_demo_speaks_english(english_show: tuple[Path, str]) -> None:
    path, printed = english_show
    assert "RESULTS" in printed and "PRIZES" in printed
    assert not leftover_vietnamese(printed, content_of(path))


@pytest.mark.parametrize("command", [["status"], ["log", "--presses"]])
def test_status_and_log_speak_english(
    english_show: tuple[Path, str],
    command: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, _ = english_show
    monkeypatch.setenv("RCV_LANG", "en")
    assert main([*command, str(path)]) == 0
    printed = capsys.readouterr().out
    assert printed.strip()
    assert not leftover_vietnamese(printed, content_of(path))
