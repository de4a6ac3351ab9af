"""Five kinds of box people already own, each emulated from its published firmware on a real
pseudo-terminal and read through its shipped profile by rcv's own hub link: the presses come out
with the right seats and keys, the box's other lines are expected ones (never refused), and the
commands rcv sends reach the box and do what they should."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from rcv.hardware.events import DeviceLine, HubMessage, KeyPress, LinkEvent, RejectedFrame
from rcv.hardware.hubs import HubSet
from rcv.hardware.link import HubLink
from rcv.hardware.pairing import PairingTable
from rcv.hardware.profile_library import load_profile
from rcv.hardware.protocol import Arm, ArmMode, Led, LedState, Lock, RejectReason, Reset
from rcv.sim.boxes.base import Box
from rcv.sim.boxes.clicker import ColladoClicker
from rcv.sim.boxes.espnow import EspNowTeams
from rcv.sim.boxes.host import BoxHost
from rcv.sim.boxes.quizboard import QuizBoard
from rcv.sim.boxes.quizbowl import QuizBowlBuzzer
from rcv.sim.boxes.turning import TurningReceiver, crc16_ccitt, packet_line

from .conftest import Collector, wait_until


@pytest.fixture
def boxes() -> Iterator[list[BoxHost]]:
    running: list[BoxHost] = []
    yield running
    for host in running:
        host.stop()


def _start(box: Box, boxes: list[BoxHost]) -> BoxHost:
    host = BoxHost(box).start()
    boxes.append(host)
    return host


def _link(host: BoxHost, profile: str, collector: Collector, links, **kw) -> HubLink:
    link = HubLink(host.path, collector, profile=load_profile(profile), reconnect_s=0.05, **kw)
    link.start()
    links.append(link)
    assert collector.wait_status(LinkEvent.CONNECTED)
    return link


def _refused(collector: Collector) -> list[RejectedFrame]:
    return [e for e in collector.of(RejectedFrame) if isinstance(e, RejectedFrame)]


def test_the_turning_sketch_prints_what_its_docstring_says() -> None:
    """The emulator's line for clicker 090FD3 pressing 5 is the sketch's own example."""
    assert packet_line(0x090FD3, "5").startswith("incoming: 090fd335")
    assert crc16_ccitt(b"123456789") == 0x29B1  # CRC-16/CCITT-FALSE check value


def test_a_clicker_receiver_pairs_hex_ids_with_seats(boxes, links, collector) -> None:
    box = TurningReceiver()
    host = _start(box, boxes)
    table = PairingTable.of({"090FD3": 1, "090F10": 10, "090F16": 16, "090F17": 17})
    link = _link(host, "turning-rcrf03", collector, links, pairing=table)
    host.call(box.boot)  # opening the port resets the Arduino (DTR): it boots again
    host.call(lambda now: box.click(0x090FD3, "2", now))
    host.call(lambda now: box.click(0x090F10, "1", now))  # "10": hex, never seat 10 by int()
    host.call(lambda now: box.click(0x090F16, "4", now))  # "…16": seat 16, not seat 10
    host.call(lambda now: box.click(0x0A0B0C, "3", now))  # nobody paired this clicker
    assert collector.wait(lambda ev: len([e for e in ev if isinstance(e, KeyPress)]) == 3)
    assert collector.wait(lambda ev: any(isinstance(e, RejectedFrame) for e in ev))
    got = [(p.seat, p.key, p.device_id) for p in collector.presses]
    assert got == [(1, "B", "090FD3"), (10, "A", "090F10"), (16, "D", "090F16")]
    (unpaired,) = _refused(collector)
    assert unpaired.reason is RejectReason.UNPAIRED
    assert (unpaired.device_id, unpaired.key, unpaired.seat) == ("0A0B0C", "C", None)
    # its banner, the radio's details and its own acknowledgements are expected lines
    lines = [e.frame.text for e in collector.of(HubMessage) if isinstance(e.frame, DeviceLine)]
    assert "*** booting ***" in lines and any(t.startswith("outgoing:") for t in lines)
    # answer feedback reaches the paired clicker; a seat without a clicker is told nothing
    link.send(Led(16, 17, LedState.WRONG))
    link.send(Led(1, 1, LedState.CORRECT))
    link.send(Led(2, 2, LedState.CORRECT))
    assert wait_until(lambda: box.feedback == {0x090F16: 0x15, 0x090F17: 0x15, 0x090FD3: 0x06})
    assert box.heard == ["fb 090F16 15", "fb 090F17 15", "fb 090FD3 06"]
    assert link.stats().unaccounted == 0


def test_a_byte_stream_box_that_echoes_and_repeats(boxes, links, collector) -> None:
    box = QuizBoard(buttons=8, repeat_ms=40)
    host = _start(box, boxes)
    link = _link(host, "quiz-board-bytes", collector, links)
    assert wait_until(lambda: box.async_mode)  # the profile's init "A" reached it
    link.send(Arm("q1", ArmMode.BUZZ, 200))
    assert wait_until(lambda: "R" in box.heard)
    host.call(lambda now: box.press(3, now, hold_ms=400))  # held: "3" sent again and again
    assert wait_until(lambda: box.received and len(collector.presses) == 1)
    assert collector.wait(
        lambda ev: (
            sum(isinstance(e, RejectedFrame) and e.reason is RejectReason.HELD for e in ev) >= 5
        )
    )
    (press,) = collector.presses
    assert (press.seat, press.key) == (3, "")  # a buzzer: no answer key
    host.call(lambda now: box.press(5, now))  # locked out by the board itself: nothing sent
    link.send(Lock("q1"))
    assert wait_until(lambda: box.heard[-1] == "N")
    link.send(Arm("q2", ArmMode.BUZZ, 200))
    assert wait_until(lambda: box.heard[-1] == "R")
    host.call(lambda now: box.press(5, now + 0))
    assert collector.wait(lambda ev: len([e for e in ev if isinstance(e, KeyPress)]) == 2)
    assert collector.presses[-1].seat == 5
    refused = _refused(collector)
    echoes = [r for r in refused if r.reason is RejectReason.ECHO]
    assert [r.raw for r in echoes] == [b"A", b"R", b"N", b"R"]  # every command came back
    assert {r.reason for r in refused} <= {RejectReason.HELD, RejectReason.ECHO}
    assert box.heard == ["A", "R", "N", "R"]
    assert link.stats().unaccounted == 0


def test_a_buzzer_without_keys_locks_out_until_rcv_resets_it(boxes, links, collector) -> None:
    box = QuizBowlBuzzer()
    host = _start(box, boxes)
    link = _link(host, "quiz-bowl-buzzer", collector, links)
    host.call(lambda now: box.press(7, now))
    host.call(lambda now: box.press(2, now))  # locked out: the box says nothing
    assert collector.wait(lambda ev: any(isinstance(e, KeyPress) for e in ev))
    link.send(Arm("q1", ArmMode.BUZZ, 200))
    assert wait_until(lambda: box.heard == ["r"] and not box.lockout)
    host.call(lambda now: box.press(10, now))
    assert collector.wait(lambda ev: len([e for e in ev if isinstance(e, KeyPress)]) == 2)
    assert [(p.seat, p.key) for p in collector.presses] == [(7, ""), (10, "")]
    assert collector.wait(
        lambda ev: any(isinstance(e, HubMessage) and e.frame == DeviceLine("Reset.") for e in ev)
    )
    assert not _refused(collector)


def test_one_clicker_per_port_each_port_its_seat(boxes, collector) -> None:
    clickers = [ColladoClicker() for _ in range(3)]  # all left at CLICKER_ID "001"
    hosts = [_start(c, boxes) for c in clickers]
    hubs = HubSet(collector, reconnect_s=0.05)
    for seat, host in zip((7, 8, 9), hosts, strict=True):
        hubs.add(host.path, profile="clicker-per-port", seat=seat)
    hubs.start()
    try:
        assert collector.wait_status(LinkEvent.CONNECTED, 3)
        assert hubs.problems() == []  # three ports, three seats: no overlap
        for host, clicker, key in zip(hosts, clickers, "CAD", strict=True):
            host.call(lambda now, c=clicker, k=key: c.press(k, now))
        assert collector.wait(lambda ev: len([e for e in ev if isinstance(e, KeyPress)]) == 3)
        assert sorted((p.seat, p.key) for p in collector.presses) == [(7, "C"), (8, "A"), (9, "D")]
        assert not _refused(collector)  # CLICKER_READY and the DEBUG lines are expected
        hubs.arm("q1")
        hubs.led([7, 8, 9], LedState.CORRECT)
        assert not any(c.received for c in clickers)  # the sketch reads nothing: rcv sends nothing
        # a second port for seat 8 is a set-up problem, named before the show
        extra = _start(ColladoClicker(), boxes)
        hubs.add(extra.path, profile="clicker-per-port", seat=8)
        assert [p.kind for p in hubs.problems()] == ["overlap"]
    finally:
        hubs.stop()


def test_the_same_clicker_with_its_id_set_to_the_seat(boxes, links, collector) -> None:
    box = ColladoClicker("012")
    host = _start(box, boxes)
    _link(host, "clicker-id-seat", collector, links)
    host.call(lambda now: box.press("B", now + 1300))  # after its boot blinks
    assert collector.wait(lambda ev: any(isinstance(e, KeyPress) for e in ev))
    assert [(p.seat, p.key) for p in collector.presses] == [(12, "B")]


def test_wireless_team_buzzers_over_three_lines(boxes, links, collector) -> None:
    box = EspNowTeams()
    host = _start(box, boxes)
    link = _link(host, "espnow-teams", collector, links)
    host.call(lambda now: box.press("B", 3, now))
    host.call(lambda now: box.press("D", 4, now))
    host.call(lambda now: box.press("A", 1, now))
    assert collector.wait(lambda ev: len([e for e in ev if isinstance(e, KeyPress)]) == 3)
    assert [(p.seat, p.key) for p in collector.presses] == [(7, ""), (16, ""), (1, "")]
    link.send(Reset())
    assert wait_until(lambda: box.heard == ["clear"] and not box.shown)
    assert not _refused(collector)
    assert link.stats().unaccounted == 0
