"""The worked examples of docs/hardware.md ("Your device in ten minutes") are real: every
profile there checks clean, reads the lines the text says the box sends, and renders its
commands; a profile copied from the docs is what a technician starts from."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rcv.hardware.device import Decoded, DeviceProfile
from rcv.hardware.profile import check_profile
from rcv.hardware.protocol import Arm, ArmMode, Led, LedState

DOC = Path(__file__).resolve().parents[2] / "docs" / "hardware.md"


def _examples() -> dict[str, str]:
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("## 8a.") : text.index("## 9.")]
    blocks = re.findall(r"```yaml\n(.*?)```", section, re.S)
    return {re.search(r"^name: (\S+)", b, re.M).group(1): b for b in blocks}  # type: ignore[union-attr]


EXAMPLES = _examples()
# name -> a message the box sends, and (seat, key, id) rcv must read from it
READS = {
    "diy-lines": ("P12:2", (12, "B", None)),
    "json-pads": ('{"type":"press","pad":{"id":12,"button":"C"},"t":834211}', (12, "C", None)),
    "winner-buzzer": ("WINNER:3", (3, "", None)),
    "rf-clickers": ("RX 090f10 B", (None, "B", "090F10")),
    "byte-board": ("7", (7, "", None)),
    "box-per-seat": ("BTN:A", (None, "A", None)),
    "led-strip": ("K140D", (140, "D", None)),
}


def test_the_docs_show_one_example_of_every_kind() -> None:
    assert set(EXAMPLES) == set(READS)


@pytest.mark.parametrize("name", sorted(READS))
def test_each_example_checks_clean_and_reads_its_box(name: str) -> None:
    check = check_profile(EXAMPLES[name], name)
    assert check.ok and not check.problems, check.problems
    profile = check.profile
    assert isinstance(profile, DeviceProfile) and profile.name == name
    message, (seat, key, device_id) = READS[name]
    decoded = profile.decode(message)
    assert isinstance(decoded, Decoded), decoded
    read = profile.map_key(decoded.raw_key) if decoded.raw_key else ""
    assert (decoded.seat, read, decoded.device_id) == (seat, key, device_id)
    assert "press" in profile.simulate


def test_the_byte_board_is_a_byte_stream_that_echoes_and_holds() -> None:
    profile = check_profile(EXAMPLES["byte-board"]).profile
    assert profile is not None
    assert (profile.framing, profile.chunk, profile.echo, profile.hold_ms) == (
        "bytes",
        1,
        True,
        150,
    )
    assert profile.buzz_only


def test_the_led_strip_lights_a_run_of_seats_in_one_line() -> None:
    profile = check_profile(EXAMPLES["led-strip"]).profile
    assert profile is not None
    assert profile.render(Led(1, 500, LedState.CORRECT)) == [b"L1-500=G\n"]
    assert profile.render(Arm("q7", ArmMode.BUZZ, 200)) == [b"BUZZ q7\n"]
    assert profile.render(Arm("q8", ArmMode.ANSWER, 0)) == [b"ARM q8 ANS\n"]


def test_the_clicker_receiver_tells_a_paired_keypad_its_light() -> None:
    profile = check_profile(EXAMPLES["rf-clickers"]).profile
    assert profile is not None
    ids = {3: "090F10"}.get
    assert profile.render(Led(1, 4, LedState.WRONG), ids) == [b"FB 090F10 R\n"]
