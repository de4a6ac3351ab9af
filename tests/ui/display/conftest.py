"""Fixtures for the display tests: a real event file played through the controller with a
manual clock, the display model on it, and the QML display rendered off screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from rcv.app.controller import ShowController
from rcv.clock import ManualClock
from rcv.entry.tour import open_tour_event
from rcv.i18n import Words
from rcv.ui.display.assets import DEFAULT_FAMILY, load_fonts
from rcv.ui.display.model import DisplayModel
from rcv.ui.display.render import SceneRenderer


class Show:
    """A controller on a fresh event file, its manual clock and a display model (speaking the
    projector's own ``words``, Vietnamese unless given)."""

    def __init__(
        self,
        path: Path,
        seats: int = 100,
        seed: int = 1,
        words: Words | None = None,
        font_family: str = DEFAULT_FAMILY,
    ) -> None:
        self.clock = ManualClock()
        self.controller = ShowController(self.clock)
        self.controller.attach(open_tour_event(path, seats, seed))
        self.model = DisplayModel(self.controller, words=words, font_family=font_family)

    def secret(self) -> tuple[str, str, str] | None:
        """The current question's correct letter, correct text and explanation (test side)."""
        state, setup = self.controller.state, self.controller.setup
        if state is None or setup is None or state.current is None:
            return None
        q = setup.questions.by_id(state.current.question_id)
        return q.correct, q.correct_text(), q.explanation

    def close(self) -> None:
        self.controller.detach()


@pytest.fixture(scope="session")
def font_family(qapp) -> str:  # type: ignore[no-untyped-def]
    """The display font, registered with Qt once for the whole session (as the composition
    root does once per program)."""
    return load_fonts()


@pytest.fixture
def show(font_family: str, tmp_path: Path) -> Iterator[Show]:
    s = Show(tmp_path / "show.rcv", font_family=font_family)
    yield s
    s.close()


@pytest.fixture
def renderer(show: Show) -> Iterator[SceneRenderer]:
    r = SceneRenderer(show.model, QSize(960, 540))
    assert not r.errors_text()
    yield r
    r.close()
