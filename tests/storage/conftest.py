"""Shared material for the event-file tests: a setup that exercises every stored field, a way to
play part of a show into a real file, and small helpers to look at (or tamper with) the file
with plain ``sqlite3``, the way a user or a forger would."""

from __future__ import annotations

import shutil
import sqlite3
import unicodedata
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from rcv.clock import ManualClock
from rcv.core.events import LogEntry
from rcv.core.model import (
    Contestant,
    EventInfo,
    Pool,
    Question,
    QuestionKind,
    QuestionSet,
    Roster,
    true_false,
)
from rcv.core.rules import (
    AllWrongPolicy,
    AnswerPolicy,
    LimitPolicy,
    Prize,
    RescueMethod,
    RescueRules,
    Rules,
)
from rcv.core.show import Show
from rcv.core.state import ShowSetup
from rcv.demo.autopilot import Autopilot
from rcv.demo.builtin import builtin_questions
from rcv.i18n import Words
from rcv.i18n.phrases.storage import storage_error
from rcv.sim.floor import FloorModel
from rcv.sim.people import make_roster
from rcv.storage.errors import EventFileError
from rcv.storage.event_file import EventFile

START_MS = 1_790_000_000_000  # a fixed show clock, so every run writes the same log


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# Names typed on a Mac or pasted from a PDF arrive decomposed; the file must hold them composed.
NAME_007 = "Nguyễn Thị Ánh Tuyết"
NAME_7 = "Trần Văn Bảy"
UNIT_007 = "Trường THPT Chu Văn An"


def special_contestants() -> tuple[Contestant, ...]:
    """Two contestants whose SBDs differ only by leading zeros, with decomposed Vietnamese."""
    return (
        Contestant(
            sbd="007",
            seat=1,
            name=nfd(NAME_007),
            unit=nfd(UNIT_007),
            group=nfd("Cụm Đông"),
            checkin_code="K7-Ơ9",
        ),
        Contestant(sbd="7", seat=2, name=nfd(NAME_7), unit="", group="", checkin_code=None),
    )


def special_questions() -> tuple[Question, ...]:
    """One question of each kind, with every optional field filled in somewhere."""
    return (
        Question(
            id="Q-CHOICE",
            text=nfd("Thủ đô của Việt Nam là thành phố nào? Tính $x^2 + y^2$ nếu cần."),
            kind=QuestionKind.CHOICE,
            pool=Pool.MAIN,
            options=(nfd("Hà Nội"), nfd("Huế"), "Đà Nẵng", "TP. Hồ Chí Minh", "Cần Thơ"),
            correct="a",  # normalised to "A" on the way in
            time_limit_s=25,
            explanation=nfd("Hà Nội là thủ đô từ năm 1976."),
            source="SGK Địa lí 9, tr. 12",
            media="hinh/ha-noi.jpg",
        ),
        true_false("Q-TF", nfd("Sông Mê Kông chảy qua Việt Nam."), True, source="Địa lí"),
        Question(
            id="Q-SHORT",
            text="1 chia 4 bằng bao nhiêu? (viết số thập phân)",
            kind=QuestionKind.SHORT,
            pool=Pool.MAIN,
            accepted=("0,25", nfd("một phần tư")),
            time_limit_s=30,
        ),
    )


def special_rules() -> Rules:
    """Rules far from the defaults, so a field lost on the way to disk shows."""
    return Rules(
        time_per_question_s=15,
        tiebreak_time_s=12,
        final_time_s=40,
        missing_answer_is_wrong=False,
        all_wrong=AllWrongPolicy.TIEBREAK,
        answer_policy=AnswerPolicy.LAST_COUNTS,
        rescue=RescueRules(
            after_question=3,
            when_fewer_than=4,
            max_times=2,
            method=RescueMethod.BEST,
            best_count=3,
        ),
        question_limit=12,
        at_limit=LimitPolicy.TIEBREAK,
        final_when_standing=2,
        prizes=(Prize("Giải Nhất", 1), Prize("Giải Nhì", 2), Prize("Giải Khuyến khích", 3)),
    )


def make_setup() -> ShowSetup:
    others = tuple(c for c in make_roster(22, seed=5).contestants if c.seat > 2)
    builtin = builtin_questions(main=15, tiebreak=6, rescue=2)
    questions = QuestionSet(special_questions() + builtin.questions, nfd("Bộ đề thử — vòng 1"))
    return ShowSetup(Roster(special_contestants() + others), questions, special_rules())


INFO = EventInfo(
    name=nfd("Rung chuông vàng — Tuổi trẻ Đắk Lắk"),
    date="24/11/2026",
    venue=nfd("Nhà văn hoá thanh niên"),
    organiser="Tỉnh đoàn",
)


@pytest.fixture
def setup_() -> ShowSetup:
    return make_setup()


@dataclass
class Played:
    """A show played (part of the way) into a real event file, which is still open."""

    path: Path
    file: EventFile
    show: Show
    pilot: Autopilot


def play(path: Path, setup: ShowSetup, steps: int | None = None, seed: int = 3) -> Played:
    """Create ``path`` and let the autopilot take ``steps`` steps (None: to the end)."""
    ef = EventFile.create(path, setup, INFO)
    show = Show(ef.setup, ef.entries, ef.append)
    pilot = Autopilot(show, FloorModel(seed=seed), ManualClock(START_MS))
    taken = 0
    while steps is None or taken < steps:
        if pilot.step() is None:
            break
        taken += 1
    return Played(path, ef, show, pilot)


@pytest.fixture
def played(tmp_path: Path, setup_: ShowSetup) -> Iterator[Played]:
    """A whole show played into ``show.rcv``; the file is closed afterwards."""
    p = play(tmp_path / "show.rcv", setup_)
    try:
        yield p
    finally:
        p.file.close()


# -- looking at the file from outside rcv ----------------------------------------------------
def sql(path: Path, statement: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Run one statement on the file with a fresh plain sqlite3 connection, committed."""
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute(statement, params).fetchall()
        conn.commit()
    return rows


def log_rows(path: Path) -> list[tuple[Any, ...]]:
    return sql(path, "SELECT seq, step, at_ms, type, data, hash FROM log ORDER BY seq")


@dataclass(frozen=True)
class Closed:
    """A whole show played once per test module; each test gets its own closed copy."""

    path: Path
    log: tuple[LogEntry, ...]
    head: str
    setup: ShowSetup


@pytest.fixture(scope="module")
def _closed_once(tmp_path_factory: pytest.TempPathFactory) -> Closed:
    p = play(tmp_path_factory.mktemp("closed") / "show.rcv", make_setup())
    p.file.close()
    return Closed(p.path, p.show.log, p.file.head, p.file.setup)


@pytest.fixture
def closed(_closed_once: Closed, tmp_path: Path) -> Closed:
    """A finished show in ``tmp_path/show.rcv``, closed (nothing else in that folder)."""
    target = tmp_path / "show.rcv"
    shutil.copy(_closed_once.path, target)
    return replace(_closed_once, path=target)


def said(exc: EventFileError, lang: str = "vi") -> str:
    """What a reader is told about ``exc``, in ``lang`` ("vi" or "en")."""
    return storage_error(exc, Words(lang))
