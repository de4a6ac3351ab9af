"""The event file on a real disk: what goes in comes back, nothing acknowledged is lost, nothing
refused is written, and every kind of damage or editing is reported when the file is opened."""

from __future__ import annotations

import copy
import json
import os
import random
import shutil
import sqlite3
import unicodedata
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from rcv.clock import ManualClock
from rcv.core.commands import Press
from rcv.core.errors import CommandRefused
from rcv.core.events import AnswerReceived, LogEntry, TimerStarted, effective_entries
from rcv.core.fold import replay
from rcv.core.model import EventInfo
from rcv.core.rules import RescueMethod, Rules
from rcv.core.show import Show
from rcv.core.state import Phase, ShowSetup
from rcv.demo.autopilot import Autopilot
from rcv.i18n import Words
from rcv.i18n.phrases.show import REFUSALS, refusal
from rcv.i18n.phrases.storage import CORRUPT_REASONS
from rcv.sim.floor import FloorModel
from rcv.storage import chain
from rcv.storage.errors import (
    EventFileCorrupt,
    EventFileError,
    EventFileLocked,
    EventFileTampered,
    EventFileTooNew,
)
from rcv.storage.event_file import EventFile
from rcv.storage.schema import SCHEMA_VERSION, make_engine

from .conftest import (
    INFO,
    NAME_007,
    NAME_7,
    START_MS,
    UNIT_007,
    Played,
    log_rows,
    make_setup,
    play,
    said,
    special_contestants,
    special_questions,
    special_rules,
    sql,
)


def _files(path: Path) -> dict[str, bytes]:
    """The bytes of the database and its WAL (the shared-memory index is not data)."""
    out = {}
    for suffix in ("", "-wal"):
        f = Path(f"{path}{suffix}")
        if f.exists():
            out[suffix] = f.read_bytes()
    return out


# -- what goes in comes back -----------------------------------------------------------------
def test_reopened_file_gives_back_the_setup_exactly(tmp_path: Path, setup_: ShowSetup) -> None:
    path = tmp_path / "event.rcv"
    EventFile.create(path, setup_, INFO).close()

    with EventFile.open(path) as ef:
        assert ef.setup == setup_
        assert ef.info == INFO
        assert ef.entries == ()
        assert ef.head == chain.genesis(setup_, INFO)
        roster = {c.sbd: c for c in ef.setup.roster.contestants}
        questions = ef.setup.questions
        rules = ef.setup.rules

    # "007" and "7" are two people, kept as text
    assert roster["007"].seat == 1 and roster["7"].seat == 2
    assert roster["007"] == special_contestants()[0]
    assert roster["007"].name == NAME_007 == unicodedata.normalize("NFC", NAME_007)
    assert roster["007"].unit == UNIT_007
    assert roster["007"].checkin_code == "K7-Ơ9"
    assert roster["7"].name == NAME_7 and roster["7"].checkin_code is None
    # every field of every question, in the organisers' order
    assert questions.questions[:3] == special_questions()
    assert [q.id for q in questions.questions] == [q.id for q in setup_.questions.questions]
    assert questions.title == setup_.questions.title
    choice = questions.by_id("Q-CHOICE")
    assert choice.correct == "A" and choice.time_limit_s == 25
    assert choice.media == "hinh/ha-noi.jpg" and "$x^2 + y^2$" in choice.text
    assert questions.by_id("Q-SHORT").accepted == ("0,25", "một phần tư")
    assert rules == special_rules()


def test_the_file_itself_holds_sbd_as_text_and_names_composed(
    tmp_path: Path, setup_: ShowSetup
) -> None:
    """What another tool reading the file sees: "007" is text, names are NFC."""
    path = tmp_path / "event.rcv"
    EventFile.create(path, setup_, INFO).close()
    rows = sql(path, "SELECT sbd, typeof(sbd), name FROM contestants WHERE seat IN (1, 2)")
    assert sorted(rows) == [("007", "text", NAME_007), ("7", "text", NAME_7)]
    for _, _, name in rows:
        assert unicodedata.is_normalized("NFC", name)
    (data,) = sql(path, "SELECT data FROM questions WHERE qid = 'Q-CHOICE'")[0]
    assert unicodedata.is_normalized("NFC", data)


def test_reopened_show_has_the_same_log_and_state(played: Played) -> None:
    live = played.show
    assert live.state.phase is Phase.FINISHED
    assert live.state.tiebreaks, "the sample show should exercise a tie-break"
    played.file.close()

    with EventFile.open(played.path) as ef:
        assert ef.entries == live.log
        assert ef.head == played.file.head
        reopened = Show(ef.setup, ef.entries)
    assert reopened.state == live.state
    assert reopened.state is not live.state


@pytest.mark.parametrize("steps", [1, 2, 3, 9, 17, 40])
def test_a_show_stopped_anywhere_reopens_in_the_same_state(
    tmp_path: Path, setup_: ShowSetup, steps: int
) -> None:
    """Mid-question too: shown, timer running with answers in, locked, revealed."""
    p = play(tmp_path / "mid.rcv", setup_, steps=steps)
    p.file.close()
    with EventFile.open(p.path) as ef:
        assert ef.entries == p.show.log
        assert Show(ef.setup, ef.entries).state == p.show.state


def test_undone_steps_stay_in_the_file_and_stay_undone(tmp_path: Path, setup_: ShowSetup) -> None:
    p = play(tmp_path / "undo.rcv", setup_, steps=6)  # into the second question
    live = p.show
    at = live.state.last_at_ms
    live.undo(at + 1000)
    live.undo(at + 2000)
    live.pause(at + 3000)
    p.file.close()

    with EventFile.open(p.path) as ef:
        assert ef.entries == live.log
        reopened = Show(ef.setup, ef.entries)
    assert reopened.effective_log == live.effective_log
    assert len(reopened.effective_log) < len(reopened.log)
    assert reopened.state == live.state
    assert reopened.state == replay(live.setup, effective_entries(live.log))


# -- WAL, synchronous=FULL, durable on return ------------------------------------------------
def test_the_file_is_wal_with_synchronous_full(tmp_path: Path, setup_: ShowSetup) -> None:
    path = tmp_path / "event.rcv"
    with EventFile.create(path, setup_) as ef:
        # The connection the event file writes through (private: there is no other way to
        # ask it), and a fresh one from the same engine.
        own = ef._conn
        assert own.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert own.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        with own.engine.connect() as fresh:
            assert fresh.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert fresh.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    with make_engine(path).connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    # WAL is a property of the file: any sqlite3 client sees it
    assert sql(path, "PRAGMA journal_mode") == [("wal",)]


def test_each_appended_entry_is_visible_to_another_connection_at_once(
    tmp_path: Path, setup_: ShowSetup
) -> None:
    """Durable before the state changes: when the journal returns, the entry is in the file,
    and the show has not yet applied it."""
    path = tmp_path / "event.rcv"
    ef = EventFile.create(path, setup_)
    outside = sqlite3.connect(path, isolation_level=None)  # autocommit: sees each commit
    seen: list[int] = []
    show: Show

    def journal(entries: tuple[LogEntry, ...]) -> None:
        assert show.state.last_seq == entries[0].seq - 1  # nothing applied yet
        ef.append(entries)
        (count, last, head) = outside.execute(
            "SELECT count(*), max(seq), (SELECT hash FROM log ORDER BY seq DESC LIMIT 1) FROM log"
        ).fetchone()
        assert (count, last) == (entries[-1].seq, entries[-1].seq)
        assert head == ef.head
        assert show.state.last_seq == entries[0].seq - 1
        seen.append(last)

    show = Show(ef.setup, (), journal)
    pilot = Autopilot(show, FloorModel(seed=3), ManualClock(START_MS))
    for _ in range(12):
        assert pilot.step() is not None
    outside.close()
    ef.close()
    assert len(seen) >= 12 and seen[-1] == len(show.log)
    assert len(log_rows(path)) == len(show.log)


def test_closed_file_alone_holds_everything(played: Played, tmp_path: Path) -> None:
    """Copy the .rcv file (only that file) to a USB stick after the show: nothing is missing."""
    played.file.close()
    assert not Path(f"{played.path}-wal").exists() or Path(f"{played.path}-wal").stat().st_size == 0
    stick = tmp_path / "usb"
    stick.mkdir()
    shutil.copy(played.path, stick / "show.rcv")
    with EventFile.open(stick / "show.rcv") as ef:
        assert ef.entries == played.show.log
        assert ef.head == played.file.head


# -- a refused command changes nothing ---------------------------------------------------------
Refusal = Callable[[Show, int], object]

IN_THE_LOBBY: dict[str, Refusal] = {
    "start_timer": lambda s, at: s.start_timer(at),
    "time_up": lambda s, at: s.time_up(at),
    "reveal": lambda s, at: s.reveal(at),
    "apply": lambda s, at: s.apply_eliminations(at),
    "unknown question": lambda s, at: s.show_question("KHONG-CO", at),
    "end_tiebreak": lambda s, at: s.end_tiebreak(at),
    "resume": lambda s, at: s.resume(at),
    "undo": lambda s, at: s.undo(at),
    "unknown seat": lambda s, at: s.eliminate(999, "thử", at),
    "rescue": lambda s, at: s.rescue(RescueMethod.ALL, at),
}
WHILE_THE_TIMER_RUNS: dict[str, Refusal] = {
    "show_question": lambda s, at: s.show_question("M05", at),
    "time_up too early": lambda s, at: s.time_up(at),
    "reveal": lambda s, at: s.reveal(at),
    "invalid key": lambda s, at: s.set_answer(1, "F", at),
    "start_final": lambda s, at: s.start_final(at),
    "finish": lambda s, at: s.finish(at),
    "tiebreak of one": lambda s, at: s.start_tiebreak([1], 1, at),
    "revive a standing seat": lambda s, at: s.revive(1, "thử", at),
}


def _check_refusal_changes_nothing(p: Played, command: Refusal) -> None:
    show, path = p.show, p.path
    rows_before = log_rows(path)
    state_before = copy.deepcopy(show.state)
    log_before = show.log
    head_before = p.file.head
    bytes_before = _files(path)

    with pytest.raises(CommandRefused) as refused:
        command(show, show.state.last_at_ms + 1000)

    assert _files(path) == bytes_before
    assert refused.value.code in REFUSALS  # a code the console words for the MC
    assert refusal(refused.value, Words("vi")) != refusal(refused.value, Words("en"))
    assert show.state == state_before
    assert show.log == log_before
    assert p.file.head == head_before
    assert p.file.entries == log_before
    assert log_rows(path) == rows_before


@pytest.mark.parametrize("name", sorted(IN_THE_LOBBY))
def test_a_refused_command_in_the_lobby_changes_nothing(
    tmp_path: Path, setup_: ShowSetup, name: str
) -> None:
    p = play(tmp_path / "event.rcv", setup_, steps=0)
    try:
        _check_refusal_changes_nothing(p, IN_THE_LOBBY[name])
        assert log_rows(p.path) == []
    finally:
        p.file.close()


@pytest.mark.parametrize("name", sorted(WHILE_THE_TIMER_RUNS))
def test_a_refused_command_mid_show_changes_nothing(
    tmp_path: Path, setup_: ShowSetup, name: str
) -> None:
    p = play(tmp_path / "event.rcv", setup_, steps=7)  # question 2 shown, timer started
    try:
        assert p.show.state.phase is Phase.TIMER_RUNNING
        assert p.show.state.main_number == 2
        _check_refusal_changes_nothing(p, WHILE_THE_TIMER_RUNS[name])
    finally:
        p.file.close()


# -- tampering -------------------------------------------------------------------------------
def _first_seq(path: Path, event_type: str, after: int = 0) -> int:
    rows = sql(path, "SELECT min(seq) FROM log WHERE type = ? AND seq > ?", (event_type, after))
    assert rows[0][0] is not None, f"no {event_type} entry after {after}"
    return int(rows[0][0])


def _edit_answer(path: Path) -> int:
    """Change the key a contestant pressed (the edit a cheat would make)."""
    seq = _first_seq(path, AnswerReceived.TYPE, after=60)
    (data,) = sql(path, "SELECT data FROM log WHERE seq = ?", (seq,))[0]
    plain = json.loads(data)
    plain["answer"] = "B" if plain["answer"] != "B" else "A"
    sql(path, "UPDATE log SET data = ? WHERE seq = ?", (json.dumps(plain), seq))
    return seq


def _edit_duration(path: Path) -> int:
    seq = _first_seq(path, TimerStarted.TYPE, after=30)
    sql(path, "UPDATE log SET data = replace(data, '000', '001') WHERE seq = ?", (seq,))
    return seq


def _edit_at_ms(path: Path) -> int:
    seq = 50
    sql(path, "UPDATE log SET at_ms = at_ms - 1 WHERE seq = ?", (seq,))
    return seq


def _edit_step(path: Path) -> int:
    seq = 77
    sql(path, "UPDATE log SET step = step + 1 WHERE seq = ?", (seq,))
    return seq


def _edit_hash(path: Path) -> int:
    seq = 101
    sql(path, "UPDATE log SET hash = upper(hash) WHERE seq = ?", (seq,))
    return seq


def _delete_middle_row(path: Path) -> int:
    seq = 120
    sql(path, "DELETE FROM log WHERE seq = ?", (seq,))
    return seq


def _swap_two_rows(path: Path) -> int:
    seq = 140
    sql(path, "UPDATE log SET seq = -1 WHERE seq = ?", (seq,))
    sql(path, "UPDATE log SET seq = ? WHERE seq = ?", (seq, seq + 1))
    sql(path, "UPDATE log SET seq = ? WHERE seq = -1", (seq + 1,))
    return seq


def _renumber_from_middle(path: Path) -> int:
    """Delete an entry and close the gap, as someone hiding an elimination would."""
    seq = 160
    sql(path, "DELETE FROM log WHERE seq = ?", (seq,))
    sql(path, "UPDATE log SET seq = seq - 1 WHERE seq > ?", (seq,))
    return seq


LOG_EDITS = {
    "answer in data": _edit_answer,
    "timer duration in data": _edit_duration,
    "at_ms": _edit_at_ms,
    "step": _edit_step,
    "hash column": _edit_hash,
    "deleted middle row": _delete_middle_row,
    "swapped rows": _swap_two_rows,
    "deleted and renumbered": _renumber_from_middle,
}


@pytest.mark.parametrize("edit", sorted(LOG_EDITS))
def test_an_edited_log_is_refused_naming_the_entry(played: Played, edit: str) -> None:
    played.file.close()
    assert len(played.show.log) > 200
    seq = LOG_EDITS[edit](played.path)
    before = _files(played.path)

    with pytest.raises(EventFileTampered) as caught:
        EventFile.open(played.path)

    exc = caught.value
    assert exc.seq == seq and exc.params["seq"] == seq
    assert exc.code in ("log_hash_mismatch", "log_entry_missing", "log_entry_invalid")
    assert f"mục {seq}" in said(exc) and f"entry {seq}" in said(exc, "en")  # names the entry
    assert played.path.name in said(exc) and played.path.name in said(exc, "en")
    assert exc.path == played.path
    assert _files(played.path) == before  # opening a bad file does not "repair" it


def _edit_contestant_name(path: Path) -> None:
    sql(path, "UPDATE contestants SET name = 'Nguyễn Văn Gian' WHERE seat = 1")


def _edit_contestant_seat(path: Path) -> None:
    sql(path, "UPDATE contestants SET seat = 99 WHERE seat = 2")


def _edit_correct_answer(path: Path) -> None:
    (data,) = sql(path, "SELECT data FROM questions WHERE qid = 'M03'")[0]
    plain = json.loads(data)
    plain["correct"] = "B" if plain["correct"] != "B" else "C"
    sql(path, "UPDATE questions SET data = ? WHERE qid = 'M03'", (json.dumps(plain),))


def _edit_rules(path: Path) -> None:
    (value,) = sql(path, "SELECT value FROM meta WHERE key = 'rules'")[0]
    plain = json.loads(value)
    plain["time_per_question_s"] = 60
    sql(path, "UPDATE meta SET value = ? WHERE key = 'rules'", (json.dumps(plain),))


def _edit_prizes(path: Path) -> None:
    (value,) = sql(path, "SELECT value FROM meta WHERE key = 'rules'")[0]
    plain = json.loads(value)
    plain["prizes"][0]["count"] = 2
    sql(path, "UPDATE meta SET value = ? WHERE key = 'rules'", (json.dumps(plain),))


def _reorder_questions(path: Path) -> None:
    sql(path, "UPDATE questions SET position = -position WHERE qid IN ('M01', 'M02')")


def _break_rules_json(path: Path) -> None:
    sql(path, "UPDATE meta SET value = '{\"time_per_question_s\": 0}' WHERE key = 'rules'")


SETUP_EDITS = {
    "contestant name": _edit_contestant_name,
    "contestant seat": _edit_contestant_seat,
    "question's correct answer": _edit_correct_answer,
    "question order": _reorder_questions,
    "rules": _edit_rules,
    "prizes": _edit_prizes,
    "rules made invalid": _break_rules_json,
}


@pytest.mark.parametrize("edit", sorted(SETUP_EDITS))
def test_an_edited_setup_is_refused(played: Played, edit: str) -> None:
    played.file.close()
    SETUP_EDITS[edit](played.path)

    with pytest.raises(EventFileTampered) as caught:
        EventFile.open(played.path)

    assert caught.value.seq is None
    assert caught.value.code.startswith("setup_")
    assert caught.value.params["name"] == played.path.name
    assert played.path.name in said(caught.value)


def test_an_edited_setup_is_refused_before_the_show_starts(
    tmp_path: Path, setup_: ShowSetup
) -> None:
    path = tmp_path / "event.rcv"
    EventFile.create(path, setup_).close()
    _edit_correct_answer(path)
    with pytest.raises(EventFileTampered):
        EventFile.open(path)


def test_a_log_cut_back_still_opens_but_its_fingerprint_differs(played: Played) -> None:
    """Dropping the last entries cannot be seen inside the file (see rcv.storage.chain): it is
    caught by comparing the head with the fingerprint published on stage."""
    played.file.close()
    published = played.file.head
    total = len(played.show.log)
    sql(played.path, "DELETE FROM log WHERE seq > ?", (total - 5,))
    with EventFile.open(played.path) as ef:
        assert len(ef.entries) == total - 5
        assert ef.head != published
        assert chain.fingerprint_text(ef.head) != chain.fingerprint_text(published)


# -- damaged files ---------------------------------------------------------------------------
def _truncate_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(1).randbytes(64 * 1024))


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _not_rcv(path: Path) -> None:
    path.unlink()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE diem (ten TEXT, diem INTEGER)")
        conn.execute("INSERT INTO diem VALUES ('Lan', 9)")
        conn.commit()


def _half_rcv(path: Path) -> None:
    """An rcv file that lost its log table."""
    sql(path, "DROP TABLE log")


def _wrong_format_marker(path: Path) -> None:
    sql(path, "UPDATE meta SET value = 'something-else' WHERE key = 'format'")


def _garbage_pages(path: Path) -> None:
    """Overwrite a run of bytes in the middle of the file with noise."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8192] = random.Random(2).randbytes(8192)
    path.write_bytes(bytes(data))


DAMAGE = {
    "truncated to half": _truncate_half,
    "random bytes": _random_bytes,
    "empty file": _empty,
    "another program's SQLite file": _not_rcv,
    "log table missing": _half_rcv,
    "format marker changed": _wrong_format_marker,
    "noise in the middle": _garbage_pages,
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_file_is_reported_in_vietnamese_naming_the_file(
    played: Played, damage: str
) -> None:
    played.file.close()
    DAMAGE[damage](played.path)

    with pytest.raises(EventFileError) as caught:
        EventFile.open(played.path)

    exc = caught.value
    if damage == "noise in the middle":
        # noise may land in a page SQLite reads as valid but whose rows no longer chain
        assert isinstance(exc, EventFileCorrupt | EventFileTampered)
    else:
        assert isinstance(exc, EventFileCorrupt)
    assert exc.params["name"] == played.path.name
    if isinstance(exc, EventFileCorrupt):
        assert exc.code == "corrupt" and exc.reason in (*CORRUPT_REASONS, "sqlite")
    message, english = said(exc), said(exc, "en")
    assert played.path.name in message and played.path.name in english
    assert "Tệp" in message or "tệp" in message
    assert english != message


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(EventFileError) as caught:
        EventFile.open(tmp_path / "khong-co.rcv")
    assert caught.value.code == "not_found"
    assert caught.value.params["path"] == str(tmp_path / "khong-co.rcv")
    assert "khong-co.rcv" in said(caught.value) and "was not found" in said(caught.value, "en")
    assert not (tmp_path / "khong-co.rcv").exists()


def test_refusing_another_programs_sqlite_file_leaves_it_untouched(tmp_path: Path) -> None:
    path = tmp_path / "diem.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE diem (ten TEXT, diem INTEGER)")
        conn.commit()
    before = path.read_bytes()
    with pytest.raises(EventFileCorrupt) as caught:
        EventFile.open(path)
    assert caught.value.reason == "tables_missing"
    assert sql(path, "PRAGMA journal_mode") == [("delete",)]
    assert path.read_bytes() == before


def test_create_refuses_to_overwrite_an_existing_file(played: Played, setup_: ShowSetup) -> None:
    played.file.close()
    before = _files(played.path)
    with pytest.raises(EventFileError) as caught:
        EventFile.create(played.path, setup_)
    assert caught.value.code == "already_exists" and caught.value.path == played.path
    assert str(played.path) in said(caught.value)
    assert _files(played.path) == before


# -- schema versions -------------------------------------------------------------------------
def _mark_version(path: Path, version: int) -> None:
    sql(path, "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version),))


def _version(path: Path) -> str:
    return sql(path, "SELECT value FROM meta WHERE key = 'schema_version'")[0][0]


def test_a_file_from_a_newer_rcv_is_refused_clearly(played: Played) -> None:
    played.file.close()
    _mark_version(played.path, SCHEMA_VERSION + 1)
    before = _files(played.path)

    with pytest.raises(EventFileTooNew) as caught:
        EventFile.open(played.path)

    exc = caught.value
    assert exc.code == "too_new"
    assert exc.params["version"] == SCHEMA_VERSION + 1
    assert exc.params["supported"] == SCHEMA_VERSION
    message = said(exc)
    assert played.path.name in message
    assert str(SCHEMA_VERSION + 1) in message and "mới hơn" in message
    assert "written by a newer rcv" in said(exc, "en")
    assert _files(played.path) == before
    assert _version(played.path) == str(SCHEMA_VERSION + 1)


def test_an_older_file_is_upgraded_once_by_its_migration(played: Played) -> None:
    played.file.close()
    old = SCHEMA_VERSION - 1
    _mark_version(played.path, old)
    calls: list[int] = []

    def migrate(conn: object) -> None:
        calls.append(old)
        conn.exec_driver_sql(  # type: ignore[attr-defined]
            "INSERT INTO meta(key, value) VALUES ('migrated_from', ?)", (str(old),)
        )

    with EventFile.open(played.path, migrations={old: migrate}) as ef:
        assert calls == [old]
        assert ef.entries == played.show.log
        assert ef.head == played.file.head
    assert _version(played.path) == str(SCHEMA_VERSION)
    assert sql(played.path, "SELECT value FROM meta WHERE key = 'migrated_from'") == [(str(old),)]

    # the next open finds it current and runs nothing
    with EventFile.open(played.path, migrations={old: migrate}):
        pass
    assert calls == [old]


def test_a_failed_migration_leaves_the_file_at_its_old_version(played: Played) -> None:
    played.file.close()
    old = SCHEMA_VERSION - 1
    _mark_version(played.path, old)

    def migrate(conn: object) -> None:
        conn.exec_driver_sql(  # type: ignore[attr-defined]
            "INSERT INTO meta(key, value) VALUES ('half_done', 'yes')"
        )
        raise RuntimeError("disk full")

    with pytest.raises(Exception, match="disk full"):
        EventFile.open(played.path, migrations={old: migrate})
    assert _version(played.path) == str(old)
    assert sql(played.path, "SELECT value FROM meta WHERE key = 'half_done'") == []


def test_an_older_file_without_an_upgrade_path_is_refused(played: Played) -> None:
    played.file.close()
    _mark_version(played.path, SCHEMA_VERSION - 1)
    with pytest.raises(EventFileError) as caught:
        EventFile.open(played.path, migrations={})
    assert isinstance(caught.value, EventFileCorrupt) and caught.value.reason == "no_migration"
    assert caught.value.params["detail"] == str(SCHEMA_VERSION - 1)
    assert played.path.name in said(caught.value)
    assert _version(played.path) == str(SCHEMA_VERSION - 1)


# -- backup, set-up changes, a second writer --------------------------------------------------
def test_backup_opens_and_verifies_with_the_same_head(played: Played, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    target = played.file.backup(stick / "ban-sao.rcv")  # while the file is still open
    assert target.exists()
    assert not Path(f"{target}-wal").exists()  # one self-contained file
    with EventFile.open(target) as copy_:
        assert copy_.head == played.file.head
        assert copy_.entries == played.show.log
        assert copy_.setup == played.file.setup
        assert copy_.info == INFO
    # backing up again over the old copy replaces it
    again = played.file.backup(target)
    with EventFile.open(again) as copy_:
        assert copy_.head == played.file.head


def test_backup_mid_show_then_the_show_goes_on(tmp_path: Path, setup_: ShowSetup) -> None:
    p = play(tmp_path / "event.rcv", setup_, steps=20)
    try:
        head_at_backup = p.file.head
        entries_at_backup = p.show.log
        p.file.backup(tmp_path / "copy.rcv")
        for _ in range(10):
            p.pilot.step()
        assert p.file.head != head_at_backup
    finally:
        p.file.close()
    with EventFile.open(tmp_path / "copy.rcv") as copy_:
        assert copy_.head == head_at_backup
        assert copy_.entries == entries_at_backup


def test_replace_setup_before_the_show_starts(tmp_path: Path, setup_: ShowSetup) -> None:
    path = tmp_path / "event.rcv"
    other = make_setup()
    other = ShowSetup(other.roster, other.questions, Rules())
    with EventFile.create(path, setup_) as ef:
        ef.replace_setup(other)
        assert ef.head == chain.genesis(other, EventInfo())
    with EventFile.open(path) as ef:
        assert ef.setup == other
        assert ef.setup.rules != setup_.rules


def test_replace_setup_is_refused_once_the_log_has_entries(
    tmp_path: Path, setup_: ShowSetup
) -> None:
    p = play(tmp_path / "event.rcv", setup_, steps=1)
    other = ShowSetup(setup_.roster, setup_.questions, Rules())
    try:
        before = _files(p.path)
        with pytest.raises(EventFileError) as caught:
            p.file.replace_setup(other)
        assert caught.value.code == "setup_fixed" and caught.value.params["what"] == "setup"
        assert "đã bắt đầu" in said(caught.value)
        assert p.file.setup == setup_
        assert _files(p.path) == before
    finally:
        p.file.close()
    with EventFile.open(p.path) as ef:
        assert ef.setup == setup_
        assert ef.entries == p.show.log


def test_a_second_writer_on_the_same_file_is_refused_before_it_writes(
    tmp_path: Path, setup_: ShowSetup
) -> None:
    """Two rcv windows on one file: the second one cannot open it to write at all (the file's
    lock; the whole story, with real processes, is in tests/storage/test_locking.py)."""
    p = play(tmp_path / "event.rcv", setup_, steps=1)  # entry 1: question shown
    try:
        rows_before = log_rows(p.path)
        with pytest.raises(EventFileLocked) as caught:
            EventFile.open(p.path)
        assert caught.value.holder is not None and caught.value.holder.pid == os.getpid()
        assert log_rows(p.path) == rows_before
        p.pilot.step()  # the first window goes on
    finally:
        p.file.close()
    with EventFile.open(p.path) as ef:
        assert ef.entries == p.show.log


def _insert_foreign_row(path: Path, seq: int, step: int, at_ms: int) -> None:
    """Another program (not rcv) writes a log row between two of rcv's transactions."""
    sql(
        path,
        "INSERT INTO log(seq, step, at_ms, type, data, hash) VALUES (?, ?, ?, ?, ?, ?)",
        (seq, step, at_ms, "answer_received", '{"key":"A","seat":1}', "0" * 64),
    )


def test_a_batch_that_conflicts_is_written_not_at_all(tmp_path: Path, setup_: ShowSetup) -> None:
    p = play(tmp_path / "event.rcv", setup_, steps=2)  # shown, timer started
    try:
        at = p.show.state.last_at_ms
        _insert_foreign_row(p.path, 3, 3, at + 500)
        rows_before = log_rows(p.path)
        state_before = copy.deepcopy(p.show.state)
        batch = [
            LogEntry(3, 3, at + 600, AnswerReceived(2, "B", at + 550)),
            LogEntry(4, 3, at + 600, AnswerReceived(3, "C", at + 560)),
        ]
        with pytest.raises(EventFileError) as caught:
            p.file.append(batch)
        assert caught.value.code == "written_elsewhere"
        assert "chương trình khác" in said(caught.value)
        assert log_rows(p.path) == rows_before  # entry 4 was not written on its own
        assert p.file.entry_count == 2
        # the Show on the first window, journalling through it, stays as it was too
        with pytest.raises(EventFileError):
            p.show.presses([Press(4, "A", at + 700)], at + 750)
        assert p.show.state == state_before
        assert len(p.show.log) == 2
    finally:
        p.file.close()
