"""The event's hardware settings (ports, seats per port, keypad pairing tables) travel with the
event file, outside its hash chain: saved at any time, mid-show included, without changing the
fingerprint; read by readers and backups alike. And the buzz-in rule, added after files were
written, changes no existing file's hash."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from rcv.core.commands import Press
from rcv.core.model import Pool
from rcv.core.rules import BuzzRules
from rcv.core.show import Show
from rcv.core.state import ShowSetup
from rcv.hardware.pairing import PairingTable
from rcv.hardware.settings import HardwareSettings, PortSetting
from rcv.storage import chain
from rcv.storage.event_file import EventFile

from .conftest import INFO, START_MS, play

SETTINGS = HardwareSettings(
    (PortSetting("/dev/ttyUSB0", "turning-rcrf03"), PortSetting("COM5", "clicker-per-port", 7)),
    (("turning-rcrf03", PairingTable.of({"090FD3": 1, "090F10": 2, "090F16": 16})),),
)


def test_saved_mid_show_without_touching_the_fingerprint(tmp_path: Path, setup_: ShowSetup) -> None:
    played = play(tmp_path / "show.rcv", setup_, steps=12)
    head = played.file.head
    assert played.file.hardware() == {}  # nothing saved yet
    played.file.save_hardware(SETTINGS.to_plain())
    assert played.file.head == head
    assert HardwareSettings.from_plain(played.file.hardware()) == SETTINGS
    played.file.close()
    with EventFile.open(played.path, read_only=True) as reader:  # verified whole, then read
        assert HardwareSettings.from_plain(reader.hardware()) == SETTINGS
        assert reader.head == head
    with EventFile.open(played.path) as writer:
        copy = writer.backup(tmp_path / "backups")
    with EventFile.open(copy, read_only=True) as backup:
        assert (
            HardwareSettings.from_plain(backup.hardware())
            .pairing("turning-rcrf03")
            .seat_of("090F16")
            == 16
        )


def test_what_is_stored_reads_back_exactly(tmp_path: Path, setup_: ShowSetup) -> None:
    plain = SETTINGS.to_plain()
    assert HardwareSettings.from_plain(plain) == SETTINGS
    assert SETTINGS.ports[1].spec == "COM5@7"
    assert PortSetting.from_spec("/dev/ttyACM0@17-32", "x") == PortSetting(
        "/dev/ttyACM0", "x", 17, 32
    )
    assert PortSetting.from_spec("socket://127.0.0.1:7001").first_seat is None


def test_the_default_buzz_rule_changes_no_hash(setup_: ShowSetup) -> None:
    plain = chain.rules_plain(setup_.rules)
    assert "buzz" not in plain  # as files written before buzz-in hashed their rules
    buzzing = replace(setup_, rules=replace(setup_.rules, buzz=BuzzRules(stages=("tiebreak",))))
    assert chain.rules_plain(buzzing.rules)["buzz"]["stages"] == ["tiebreak"]
    assert chain.genesis(buzzing, INFO) != chain.genesis(setup_, INFO)


def test_a_file_that_plays_buzz_in_reopens_verified(tmp_path: Path, setup_: ShowSetup) -> None:
    rules = replace(setup_.rules, buzz=BuzzRules(stages=("main",), winners=2, window_ms=50))
    path = tmp_path / "buzz.rcv"
    with EventFile.create(path, replace(setup_, rules=rules), INFO) as ef:
        show = Show(ef.setup, ef.entries, ef.append)
        first = next(q for q in ef.setup.questions.questions if q.pool is Pool.MAIN)
        show.show_question(first.id, START_MS)
        show.start_timer(START_MS + 1000)
        seats = ef.setup.roster.seats
        show.presses(
            [Press(seats[1], "", START_MS + 2000), Press(seats[0], "", START_MS + 1900)],
            START_MS + 2100,
        )
        head = ef.head
    with EventFile.open(path, read_only=True) as again:
        assert again.setup.rules.buzz == rules.buzz
        assert again.head == head
        record = Show(again.setup, again.entries).state.questions[-1]
        assert record.buzz_winners() == (seats[0], seats[1])
