"""Device profiles: every shipped profile loads, and each is driven by a simulated device of
its own style on a real pty (the keyboard one through its pure mapper)."""

from __future__ import annotations

import pytest

from rcv.hardware.events import DeviceLine, HubMessage, KeyPress, LinkEvent, RejectedFrame
from rcv.hardware.link import HubLink
from rcv.hardware.profile import ProfileError, parse_profile
from rcv.hardware.profile_library import load_profile, shipped_profiles
from rcv.hardware.profile_session import ProfileSession
from rcv.hardware.protocol import Arm, ArmMode, Led, LedState, RejectReason
from rcv.sim.host import PtyTransport, VirtualHub
from rcv.sim.hub import HubSpec, People, SimHub
from rcv.sim.wire import ProfileWire

from .conftest import Collector, wait_until

SERIAL = ["arduino-p-lines", "esp32-jsonl", "team-csv-buzzer"]
T0 = 1_767_225_600_000


def test_shipped_profiles() -> None:
    names = shipped_profiles()
    assert set(SERIAL) | {"usb-keyboard-buzzers", "rcv-hub"} <= set(names)
    for name in names:
        assert load_profile(name).name == name


@pytest.mark.parametrize("name", SERIAL)
def test_a_simulated_device_of_each_profile(name: str, hubs, collector: Collector) -> None:
    profile = load_profile(name)
    last = min(12, profile.seats[1]) if profile.seats else 12
    people = People(median_ms=150, spread=0.5, no_answer=0.0, change_mind=0.0)
    sim = SimHub(HubSpec(name, 1, last), people, seed=11)
    hub = VirtualHub(sim, PtyTransport(), ProfileWire(profile))
    hub.start()
    hubs.append(hub)
    link = HubLink(hub.opener(), collector, profile=profile, reconnect_s=0.05)
    link.start()
    try:
        assert collector.wait_status(LinkEvent.CONNECTED)
        link.send(Arm("q1"))
        assert wait_until(lambda: sim.question is not None)  # the device understood "arm"
        planned = sim.plan(sim.question or "")
        assert collector.wait(lambda ev: sum(isinstance(e, KeyPress) for e in ev) >= len(planned))
        got = sorted((p.seat, p.key) for p in collector.presses)
        assert got == sorted((p.seat, p.key) for p in planned)
        assert not collector.of(RejectedFrame), "banners and heartbeats must be ignored"
        assert all(p.at_ms <= p.received_ms for p in collector.presses)
        if "led" in profile.commands:
            link.send(Led(3, 3, LedState.CORRECT))
            assert wait_until(lambda: sim.leds.get(3) is LedState.CORRECT)
    finally:
        link.stop()


def test_the_keyboard_profile_maps_simulated_presses() -> None:
    profile = load_profile("usb-keyboard-buzzers")
    mapper = profile.keyboard_mapper()
    typed = {v: k for k, v in profile.bindings.items()}
    sim = SimHub(HubSpec("kb", 1, 4, keys="A"), People(buzz_share=1.0), seed=1)
    for press in sim.plan("b1", mode=ArmMode.BUZZ):
        key_text = typed[(press.seat, press.key)]
        assert mapper.press(key_text, T0 + press.delay_ms) == (press.seat, press.key)
        assert mapper.press(key_text, T0 + press.delay_ms + 30) is None  # auto-repeat
    assert mapper.press("F1", T0) == (6, "A")
    assert mapper.press("x", T0) is None
    mapper.release("F1")
    assert mapper.press("f1", T0 + 10) == (6, "A")


def test_one_port_per_team_repeats_and_unknown_lines() -> None:
    profile = parse_profile(
        """
name: one-team
pattern: '^BTN(?P<key>[1-4])$'
keys: {"1": A, "2": B, "3": C, "4": D}
ignore: ['^#']
debounce_ms: 300
""",
    )
    s = ProfileSession("COM7", profile, seat=12)
    s.on_connected(T0)
    events = s.feed(b"# boot\r\nBTN2\r\nBTN2\r\nhello?\r\nBTN9\r\n", T0 + 100)
    (banner, press, repeat, junk, bad_key) = events
    assert isinstance(banner, HubMessage) and banner.frame == DeviceLine("# boot")
    assert isinstance(press, KeyPress) and (press.seat, press.key, press.at_ms) == (
        12,
        "B",
        T0 + 100,
    )
    assert isinstance(repeat, RejectedFrame) and repeat.reason is RejectReason.REPEAT
    assert isinstance(junk, RejectedFrame) and junk.reason is RejectReason.UNRECOGNISED
    assert isinstance(bad_key, RejectedFrame) and bad_key.reason is RejectReason.UNRECOGNISED
    (later,) = s.feed(b"BTN2\n", T0 + 500)
    assert isinstance(later, KeyPress)
    assert s.stats.lines == 6 and s.stats.unaccounted == 0


@pytest.mark.parametrize(
    ("text", "code", "line"),
    [
        ("name: x\npattern: '^(?P<key>.)$'\nkeys: {'1': Z}\n", "bad_key", 3),
        ("name: x\npattern: '^(?P<key>.)$'\ncommands: {arm: 'A{seat}'}\n", "command_fields", 3),
        ("name: x\nformat: json\n", "format_needs", 2),
        ("name: x\nkind: keyboard\n", "keyboard_needs_bindings", 2),
        ("- a list\n", "not_mapping", 1),
        ("name: x\npattern: '^(?P<key>.)$'\nled_states: {purple: 1}\n", "led_state", 3),
        ("name: [\n", "yaml", 2),
        ("name: x\npattern: '^(?P<seat>\\d+)(?P<id>\\w+)$'\n", "seat_and_id", 2),
        ("name: x\npatern: '^(?P<key>.)$'\n", "unknown_setting", 2),
    ],
)
def test_bad_profiles_say_why_and_where(text: str, code: str, line: int) -> None:
    with pytest.raises(ProfileError) as refused:
        parse_profile(text)
    assert refused.value.code == code
    assert refused.value.params["line"] == line


def test_a_buzzer_needs_no_key() -> None:
    """A box that only buzzes (``WINNER:3``) is a profile of its own, not an answer "A"."""
    p = parse_profile("name: x\npattern: '^WINNER:(?P<seat>\\d+)$'\n")
    assert p.buzz_only
    s = ProfileSession("COM3", p)
    s.on_connected(T0)
    (press,) = s.feed(b"WINNER:3\n", T0 + 10)
    assert isinstance(press, KeyPress) and (press.seat, press.key) == (3, "")


def test_yaml_off_means_the_word_off() -> None:
    p = parse_profile("name: x\npattern: '^(?P<key>.)$'\nled_states: {off: off, correct: on}\n")
    assert p.led_states == {LedState.OFF: "off", LedState.CORRECT: "on"}
