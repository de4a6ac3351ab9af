"""Shared event files (built once per session, copied per test so no test can spoil another)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.results.builders import crafted_event, finished_event, tied_event, unfinished_event


@pytest.fixture(scope="session")
def event_store(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("events")
    return {
        "finished": finished_event(folder / "finished.rcv"),
        "unfinished": unfinished_event(folder / "unfinished.rcv"),
        "crafted": crafted_event(folder / "crafted.rcv"),
        "tied": tied_event(folder / "tied.rcv"),
    }


@pytest.fixture
def event_copy(event_store: dict[str, Path], tmp_path: Path) -> Callable[[str], Path]:
    def copy(name: str) -> Path:
        target = tmp_path / f"{name}.rcv"
        shutil.copyfile(event_store[name], target)
        return target

    return copy
