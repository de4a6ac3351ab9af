"""The whole setup is in the chain: the event's name, date, venue and organiser too (schema 3,
genesis recipe 2), and an edit names what changed. Files written before keep verifying with
the recipe they were written with, and ``rcv verify`` says what that recipe does not cover."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from rcv.cli.main import main
from rcv.core.model import EventInfo, Question, QuestionSet
from rcv.core.rules import Rules
from rcv.core.show import Show
from rcv.core.state import ShowSetup
from rcv.storage import chain
from rcv.storage.errors import EventFileError, EventFileTampered
from rcv.storage.event_file import EventFile
from rcv.storage.media import media_name
from rcv.storage.schema import SCHEMA_VERSION

from .conftest import INFO, Closed, log_rows, play, said, sql

PICTURE = b"\x89PNG\r\n\x1a\n" + bytes(range(200))


def meta(path: Path, key: str) -> str | None:
    rows = sql(path, "SELECT value FROM meta WHERE key = ?", (key,))
    return rows[0][0] if rows else None


def verify(capsys: pytest.CaptureFixture[str], path: Path, lang: str = "vi") -> tuple[int, str]:
    """``rcv verify PATH`` with ``RCV_LANG=lang``: its exit code and what it printed."""
    capsys.readouterr()
    with pytest.MonkeyPatch.context() as env:
        env.setenv("RCV_LANG", lang)
        code = main(["verify", str(path)])
    return code, capsys.readouterr().out


def make_old_file(path: Path, setup: ShowSetup, info: EventInfo) -> None:
    """An event file exactly as rcv wrote it before schema 3: recipe 1 (no event details in the
    genesis), no recipe key, no part hashes."""
    EventFile.create(path, setup, info).close()
    sql(path, "UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    sql(path, "DELETE FROM meta WHERE key IN ('genesis_recipe', 'genesis_parts')")
    sql(path, "UPDATE meta SET value = ? WHERE key = 'genesis'", (chain.genesis(setup),))


# -- new files -------------------------------------------------------------------------------
def test_a_new_file_hashes_the_event_details_into_the_genesis(
    tmp_path: Path, setup_: ShowSetup
) -> None:
    path = tmp_path / "event.rcv"
    with EventFile.create(path, setup_, INFO) as ef:
        assert ef.genesis_recipe == 2 and ef.info_covered
        assert ef.head == chain.genesis(setup_, INFO) != chain.genesis(setup_)
    assert meta(path, "schema_version") == str(SCHEMA_VERSION) == "3"
    assert meta(path, "genesis_recipe") == "2"
    parts = json.loads(meta(path, "genesis_parts") or "{}")
    assert set(parts) == {
        "event.name",
        "event.date",
        "event.venue",
        "event.organiser",
        "roster",
        "questions",
        "rules",
    }
    assert chain.genesis_of_parts(parts) == meta(path, "genesis")


EDITS = {
    "event.name": ("name", "Rung chuông vàng — bản sửa", "tên sự kiện"),
    "event.date": ("date", "25/11/2026", "ngày tổ chức"),
    "event.venue": ("venue", "Sân vận động", "địa điểm"),
    "event.organiser": ("organiser", "Ai đó", "đơn vị tổ chức"),
}


@pytest.mark.parametrize("part", sorted(EDITS))
def test_an_edited_event_detail_is_refused_naming_it(closed: Closed, part: str) -> None:
    field, value, words = EDITS[part]
    info = json.loads(meta(closed.path, "info") or "{}")
    info[field] = value
    sql(closed.path, "UPDATE meta SET value = ? WHERE key = 'info'", (json.dumps(info),))

    with pytest.raises(EventFileTampered) as caught:
        EventFile.open(closed.path, read_only=True)
    assert caught.value.code == "setup_parts_changed"
    assert caught.value.parts == (part,) and caught.value.params["parts"] == (part,)
    assert words in said(caught.value) and "sửa ngoài rcv" in said(caught.value)


def test_rcv_verify_says_invalid_and_names_the_edited_event_name(
    closed: Closed, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = verify(capsys, closed.path)
    assert code == 0 and "Chuỗi băm bảo vệ: tên, ngày, địa điểm" in out
    with_name = json.loads(meta(closed.path, "info") or "{}")
    with_name["name"] = "Một cuộc thi khác"
    sql(closed.path, "UPDATE meta SET value = ? WHERE key = 'info'", (json.dumps(with_name),))

    code, out = verify(capsys, closed.path)
    assert code == 1
    assert out.startswith("KHÔNG HỢP LỆ") and "tên sự kiện" in out
    assert "Dấu vân tay" not in out
    code, out = verify(capsys, closed.path, "en")
    assert code == 1
    assert out.startswith("INVALID") and "the event's name" in out
    assert "fingerprint" not in out and "tên sự kiện" not in out


def test_editing_the_setup_and_its_recorded_hashes_is_still_caught(closed: Closed) -> None:
    info = json.loads(meta(closed.path, "info") or "{}")
    info["name"] = "Khác"
    parts = json.loads(meta(closed.path, "genesis_parts") or "{}")
    parts["event.name"] = "0" * 64
    sql(closed.path, "UPDATE meta SET value = ? WHERE key = 'info'", (json.dumps(info),))
    sql(closed.path, "UPDATE meta SET value = ? WHERE key = 'genesis_parts'", (json.dumps(parts),))
    with pytest.raises(EventFileTampered) as caught:
        EventFile.open(closed.path, read_only=True)
    assert caught.value.code == "setup_and_hashes_changed"
    assert "mã băm ghi lại" in said(caught.value)
    assert "recorded hashes" in said(caught.value, "en")


def test_claiming_the_old_recipe_does_not_uncover_the_event_details(closed: Closed) -> None:
    """A forger who marks a file as recipe 1 (and rewrites its genesis) breaks the log's chain."""
    setup = closed.setup
    sql(closed.path, "UPDATE meta SET value = '1' WHERE key = 'genesis_recipe'")
    sql(closed.path, "UPDATE meta SET value = ? WHERE key = 'genesis'", (chain.genesis(setup),))
    with pytest.raises(EventFileTampered) as caught:
        EventFile.open(closed.path, read_only=True)
    assert caught.value.seq == 1


def test_update_info_before_the_show_rewrites_the_genesis(
    tmp_path: Path, setup_: ShowSetup
) -> None:
    path = tmp_path / "event.rcv"
    renamed = replace(INFO, name="Rung chuông vàng — Chung kết")
    with EventFile.create(path, setup_, INFO) as ef:
        ef.update_info(renamed)
        assert ef.head == chain.genesis(setup_, renamed)
    with EventFile.open(path) as ef:
        assert ef.info == renamed and ef.head == chain.genesis(setup_, renamed)


def test_update_info_once_the_show_started_is_refused_and_writes_nothing(
    tmp_path: Path, setup_: ShowSetup
) -> None:
    p = play(tmp_path / "event.rcv", setup_, steps=2)
    try:
        rows, meta_before = log_rows(p.path), sql(p.path, "SELECT * FROM meta ORDER BY key")
        with pytest.raises(EventFileError) as caught:
            p.file.update_info(replace(INFO, venue="Nơi khác"))
        assert caught.value.code == "setup_fixed" and caught.value.params["what"] == "info"
        assert "đã bắt đầu" in said(caught.value) and "địa điểm" in said(caught.value)
        assert "The show has started" in said(caught.value, "en")
        assert "venue" in said(caught.value, "en")
        assert p.file.info == INFO
        assert log_rows(p.path) == rows
        assert sql(p.path, "SELECT * FROM meta ORDER BY key") == meta_before
    finally:
        p.file.close()


# -- files written before schema 3 --------------------------------------------------------------
def test_an_old_file_keeps_its_recipe_verifies_and_says_what_is_not_covered(
    tmp_path: Path, setup_: ShowSetup, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.rcv"
    make_old_file(path, setup_, INFO)
    before = path.read_bytes()
    with EventFile.open(path, read_only=True) as reader:  # a reader upgrades nothing
        assert reader.genesis_recipe == 1 and not reader.info_covered
        assert reader.head == chain.genesis(setup_)
    assert path.read_bytes() == before and meta(path, "schema_version") == "2"

    with EventFile.open(path) as ef:  # a writer upgrades the schema, not the recipe
        assert meta(path, "schema_version") == "3" and meta(path, "genesis_recipe") == "1"
        Show(ef.setup, ef.entries, ef.append).show_question("M01", 1_790_000_000_000)
        assert ef.genesis_recipe == 1
    code, out = verify(capsys, path)
    assert code == 0 and out.startswith("HỢP LỆ: 1 mục")
    assert "phiên bản rcv cũ" in out and "KHÔNG được chuỗi băm bảo vệ" in out
    code, out = verify(capsys, path, "en")
    assert code == 0 and out.startswith("VALID: 1 log entries") and "NOT covered" in out

    # …which is true: in an old file an edited event name is not seen
    info = json.loads(meta(path, "info") or "{}")
    info["name"] = "Tên đã sửa"
    sql(path, "UPDATE meta SET value = ? WHERE key = 'info'", (json.dumps(info),))
    code, out = verify(capsys, path)
    assert code == 0 and "KHÔNG được chuỗi băm bảo vệ" in out
    # while the roster still is
    sql(path, "UPDATE contestants SET name = 'Người khác' WHERE seat = 3")
    code, out = verify(capsys, path)
    assert code == 1 and "Danh sách thí sinh, câu hỏi hoặc thể lệ" in out


def test_an_old_file_not_yet_started_moves_to_the_new_recipe_on_a_setup_change(
    tmp_path: Path, setup_: ShowSetup
) -> None:
    path = tmp_path / "old.rcv"
    make_old_file(path, setup_, INFO)
    with EventFile.open(path) as ef:
        assert ef.genesis_recipe == 1
        ef.update_info(replace(INFO, date="30/11/2026"))
        assert ef.genesis_recipe == 2
    with EventFile.open(path, read_only=True) as reader:
        assert reader.info_covered and reader.info.date == "30/11/2026"


# -- pictures ----------------------------------------------------------------------------------
def _with_picture(setup: ShowSetup) -> ShowSetup:
    first = replace(setup.questions.questions[0], media="hinh/a.png")
    questions = QuestionSet((first, *setup.questions.questions[1:]), setup.questions.title)
    return ShowSetup(setup.roster, questions, Rules())


def test_a_picture_added_or_removed_outside_rcv_is_named(tmp_path: Path, setup_: ShowSetup) -> None:
    path = tmp_path / "event.rcv"
    EventFile.create(path, _with_picture(setup_), INFO, media={"hinh/a.png": PICTURE}).close()
    stored = media_name(PICTURE, "hinh/a.png")

    other = b"GIF89a" + bytes(50)
    extra = media_name(other, "x.gif")
    sql(path, "INSERT INTO media(name, data) VALUES (?, ?)", (extra, other))
    with pytest.raises(EventFileTampered) as caught:
        EventFile.open(path, read_only=True)
    assert caught.value.code == "picture_added" and caught.value.params["picture"] == extra
    assert caught.value.parts == ("media",)
    assert extra in said(caught.value) and "không câu hỏi nào dùng" in said(caught.value)
    assert "no question uses it" in said(caught.value, "en")

    sql(path, "DELETE FROM media")
    with pytest.raises(EventFileTampered) as caught:
        EventFile.open(path, read_only=True)
    assert caught.value.code == "picture_missing" and caught.value.params["picture"] == stored
    assert stored in said(caught.value) and "bị thiếu" in said(caught.value)


def test_a_setup_naming_a_picture_the_file_does_not_hold_is_refused_before_writing(
    tmp_path: Path, setup_: ShowSetup
) -> None:
    path = tmp_path / "event.rcv"
    ghost = media_name(PICTURE, "a.png")
    first: Question = replace(setup_.questions.questions[0], media=ghost)
    questions = QuestionSet((first, *setup_.questions.questions[1:]), setup_.questions.title)
    with pytest.raises(EventFileError) as caught:
        EventFile.create(path, ShowSetup(setup_.roster, questions, setup_.rules), INFO)
    assert caught.value.code == "picture_not_given"
    assert caught.value.params["picture"] == ghost
    assert ghost in said(caught.value) and ghost in said(caught.value, "en")
    assert not path.exists()
