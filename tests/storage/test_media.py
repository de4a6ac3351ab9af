"""Question pictures travel inside the event file, are checked when it is opened, and reach
the projector; files of the first schema are upgraded to hold them."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from rcv.core.model import QuestionSet
from rcv.core.rules import Rules
from rcv.core.state import ShowSetup
from rcv.storage.errors import EventFileTampered
from rcv.storage.event_file import EventFile
from rcv.storage.schema import SCHEMA_VERSION
from tests.core.helpers import questions, roster

PICTURE = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def setup_with_picture() -> ShowSetup:
    qs = questions()
    first = replace(qs.questions[0], media="media/cau-1/hinh.png")
    return ShowSetup(roster(4), QuestionSet((first, *qs.questions[1:])), Rules())


def test_a_picture_imported_with_its_question_travels_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "show.rcv"
    with EventFile.create(path, setup_with_picture(), media={"media/cau-1/hinh.png": PICTURE}):
        pass
    copied = tmp_path / "usb" / "show.rcv"  # the file alone, on another laptop
    copied.parent.mkdir()
    copied.write_bytes(path.read_bytes())
    with EventFile.open(copied) as reopened:
        name = reopened.setup.questions.questions[0].media
        assert name is not None and name.startswith("media/") and name.endswith(".png")
        assert reopened.media(name) == PICTURE


def test_replacing_the_questions_keeps_only_the_pictures_in_use(tmp_path: Path) -> None:
    with EventFile.create(tmp_path / "s.rcv", setup_with_picture(), media={
        "media/cau-1/hinh.png": PICTURE
    }) as event:  # fmt: skip
        old = event.setup.questions.questions[0].media
        event.replace_setup(ShowSetup(roster(4), questions(), Rules()))
        assert event.media(old or "") is None


def test_a_picture_changed_in_the_file_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "show.rcv"
    with EventFile.create(path, setup_with_picture(), media={"media/cau-1/hinh.png": PICTURE}):
        pass
    with sqlite3.connect(path) as db:
        db.execute("UPDATE media SET data = ?", (PICTURE + b"x",))
    with pytest.raises(EventFileTampered) as caught:
        EventFile.open(path)
    assert caught.value.code == "picture_changed" and caught.value.parts == ("media",)
    with sqlite3.connect(path) as db:
        (stored,) = db.execute("SELECT name FROM media").fetchone()
    assert caught.value.params["picture"] == stored


def test_a_file_of_the_first_schema_is_upgraded_to_hold_pictures(tmp_path: Path) -> None:
    path = tmp_path / "old.rcv"
    with EventFile.create(path, ShowSetup(roster(3), questions(), Rules())):
        pass
    with sqlite3.connect(path) as db:  # as rcv 0.1 wrote it
        db.execute("DROP TABLE media")
        db.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with EventFile.open(path) as upgraded:
        upgraded.replace_setup(setup_with_picture(), {"media/cau-1/hinh.png": PICTURE})
        name = upgraded.setup.questions.questions[0].media
    with sqlite3.connect(path) as db:
        version = db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0]
    assert int(version) == SCHEMA_VERSION
    with EventFile.open(path) as again:
        assert again.media(name or "") == PICTURE


def test_the_projector_shows_the_stored_picture(qtbot, tmp_path: Path, monkeypatch) -> None:
    from rcv.app.controller import ShowController
    from rcv.clock import ManualClock
    from rcv.ui.display.model import DisplayModel

    monkeypatch.setenv("RCV_PORTABLE", str(tmp_path / "portable"))
    path = tmp_path / "show.rcv"
    EventFile.create(path, setup_with_picture(), media={"media/cau-1/hinh.png": PICTURE}).close()
    controller = ShowController(ManualClock())
    controller.attach(EventFile.open(path))
    model = DisplayModel(controller)
    controller.show_question("M01")
    url = str(model.value("mediaUrl"))
    assert url.startswith("file://")
    from PySide6.QtCore import QUrl

    assert Path(QUrl(url).toLocalFile()).read_bytes() == PICTURE
    controller.detach()
