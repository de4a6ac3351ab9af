"""Links on real pseudo-terminals (and TCP): a virtual hub answers like the real thing.

Threads are synchronised with the collector's condition and generous timeouts; nothing here
measures time with the wall clock.
"""

from __future__ import annotations

import os
import tty

import pytest

from rcv.hardware.events import HardwareEvent, KeyPress, LinkEvent, RejectedFrame
from rcv.hardware.hubs import HubSet
from rcv.hardware.link import HubLink
from rcv.hardware.protocol import (
    Arm,
    HubState,
    LedState,
    PressFrame,
    RejectReason,
    encode,
)
from rcv.sim.host import PtyTransport, TcpTransport, VirtualHub
from rcv.sim.hub import Faults, HubSpec, People, SimHub

from .conftest import Collector, wait_until

FAST = People(median_ms=150, spread=0.5, no_answer=0.0, change_mind=0.0)


def start_hub(
    hubs: list[VirtualHub],
    spec: HubSpec | None = None,
    people: People = FAST,
    faults: Faults | None = None,
    tcp: bool = False,
    **kw: object,
) -> VirtualHub:
    sim = SimHub(spec or HubSpec(last_seat=30), people, faults, seed=3)
    hub = VirtualHub(sim, TcpTransport() if tcp else PtyTransport(), **kw)  # type: ignore[arg-type]
    hub.start()
    hubs.append(hub)
    return hub


def sent_presses(hub: VirtualHub) -> list[PressFrame]:
    frames: list[PressFrame] = []
    hub.call(lambda: frames.extend(f for f in hub.sim.sent if isinstance(f, PressFrame)))
    return frames


@pytest.fixture
def links() -> list[HubLink]:
    running: list[HubLink] = []
    yield running  # type: ignore[misc]
    for link in running:
        link.stop()


def make_link(links: list[HubLink], hub: VirtualHub, consumer: object) -> HubLink:
    link = HubLink(hub.opener(), consumer, reconnect_s=0.05)  # type: ignore[arg-type]
    link.start()
    links.append(link)
    return link


def test_a_question_on_a_pty_delivers_every_press_once(hubs, links, collector: Collector) -> None:
    hub = start_hub(hubs)
    link = make_link(links, hub, collector)
    assert collector.wait_status(LinkEvent.HELLO)
    planned = hub.sim.plan("q1")
    link.send(Arm("q1"))
    assert collector.wait(lambda ev: sum(isinstance(e, KeyPress) for e in ev) >= len(planned))
    presses = collector.presses
    assert sorted((p.seat, p.key) for p in presses) == sorted((p.seat, p.key) for p in planned)
    assert not collector.of(RejectedFrame)
    for p in presses:
        assert p.hub_id == "SIM1" and p.at_ms <= p.received_ms
    by_hub_time = sorted(presses, key=lambda p: p.hub_ms)
    assert [p.at_ms for p in by_hub_time] == sorted(p.at_ms for p in presses)


def test_noise_never_costs_a_frame(hubs, links, collector: Collector) -> None:
    hub = start_hub(hubs, faults=Faults(noise=0.5))
    link = make_link(links, hub, collector)
    assert collector.wait_status(LinkEvent.HELLO)
    planned = hub.sim.plan("q1")
    link.send(Arm("q1"))
    assert collector.wait(lambda ev: sum(isinstance(e, KeyPress) for e in ev) >= len(planned))
    assert {r.reason for r in collector.of(RejectedFrame)} <= {  # type: ignore[attr-defined]
        RejectReason.NOISE,
        RejectReason.TRUNCATED,
        RejectReason.TOO_LONG,
    }
    assert link.stats().lost_frames == 0


def test_corrupt_and_dropped_frames_are_counted_and_asked_again(hubs, links, collector) -> None:
    hub = start_hub(hubs, HubSpec(last_seat=60), faults=Faults(drop=0.1, corrupt=0.1))
    link = make_link(links, hub, collector)
    assert collector.wait_status(LinkEvent.HELLO)
    link.send(Arm("q1"))
    planned = hub.sim.plan("q1")
    assert wait_until(lambda: len(sent_presses(hub)) >= len(planned))
    sent = {(f.seq, f.seat, f.key) for f in sent_presses(hub)}
    # wait until each press sent has arrived or has been given up after its retries
    wait_until(lambda: len(collector.presses) >= len(planned), timeout=3)
    got = [(p.seq, p.seat, p.key) for p in collector.presses]
    assert len(got) == len(set(got)), "a press was delivered twice"
    assert set(got) <= sent, "a press nobody made was delivered"
    stats = link.stats()
    assert stats.rejected[RejectReason.CHECKSUM] + stats.rejected[RejectReason.TRUNCATED] > 0
    assert stats.replayed > 0
    assert any(p.replayed for p in collector.presses)


def test_a_stuck_key_is_refused_as_repeats(hubs, links, collector: Collector) -> None:
    hub = start_hub(hubs, faults=Faults(stuck_seat=7, stuck_key="D"))
    make_link(links, hub, collector)
    assert collector.wait(
        lambda ev: (
            sum(isinstance(e, RejectedFrame) and e.reason is RejectReason.REPEAT for e in ev) >= 10
        )
    )
    repeats = [e for e in collector.of(RejectedFrame) if e.reason is RejectReason.REPEAT]  # type: ignore[attr-defined]
    assert {e.seat for e in repeats} == {7}
    assert len([p for p in collector.presses if p.seat == 7 and p.key == "D"]) == 1


@pytest.mark.parametrize("tcp", [False, True], ids=["pty", "tcp"])
def test_unplug_and_replug_mid_question_loses_no_press(hubs, links, collector, tcp) -> None:
    """The cable is pulled while people are pressing; the hub keeps their presses in memory
    and rcv asks for them again after the reconnection: every press arrives exactly once, with
    its own hub time."""
    people = People(median_ms=900, spread=0.5, no_answer=0.0, change_mind=0.0)
    hub = start_hub(hubs, HubSpec(last_seat=40), people, tcp=tcp)
    link = make_link(links, hub, collector)
    assert collector.wait_status(LinkEvent.HELLO)
    planned = hub.sim.plan("q7")
    link.send(Arm("q7"))
    assert collector.wait(lambda ev: sum(isinstance(e, KeyPress) for e in ev) >= 3)
    assert hub.unplug()
    assert collector.wait_status(LinkEvent.LOST)
    before = len(sent_presses(hub))
    assert wait_until(lambda: len(sent_presses(hub)) >= before + 3)  # presses while unplugged
    assert hub.replug()
    assert collector.wait_status(LinkEvent.RECONNECTED)
    assert collector.wait(lambda ev: sum(isinstance(e, KeyPress) for e in ev) >= len(planned))
    presses = collector.presses
    assert sorted((p.seat, p.key) for p in presses) == sorted((p.seat, p.key) for p in planned)
    assert any(p.replayed for p in presses)
    sent = {f.seq: f for f in sent_presses(hub)}
    for p in presses:
        assert sent[p.seq].hub_ms == p.hub_ms  # the hub's own time, not the arrival
    (reconnected,) = Collector.statuses(LinkEvent.RECONNECTED, collector.events)
    assert reconnected.outage_ms is not None and reconnected.outage_ms >= 0


def test_a_hub_that_resets_on_open_is_put_back_in_its_state(hubs, links, collector) -> None:
    """Like an Arduino whose DTR resets it: after the replug it boots again; rcv re-arms it."""
    hub = start_hub(hubs, tcp=True, reset_on_connect=True)
    link = make_link(links, hub, collector)
    assert collector.wait_status(LinkEvent.HELLO)
    link.send(Arm("q3"))
    assert wait_until(lambda: hub.sim.state is HubState.ARMED)
    hub.unplug()
    assert collector.wait_status(LinkEvent.LOST)
    hub.replug()
    assert collector.wait_status(LinkEvent.REBOOTED)
    assert wait_until(lambda: hub.sim.state is HubState.ARMED and hub.sim.question == "q3")


def test_garbage_bytes_on_a_raw_pty_do_not_stop_the_reader(links, collector: Collector) -> None:
    master, slave = os.openpty()
    tty.setraw(slave)
    path = os.ttyname(slave)
    try:
        link = HubLink(path, collector, reconnect_s=0.05)
        link.start()
        links.append(link)
        assert collector.wait_status(LinkEvent.CONNECTED)
        from rcv.hardware.protocol import Hello

        junk = bytes(range(256)) * 3 + b"$$$\n\r" + b"x" * 1000
        frames = [PressFrame(i, 1000 + i, 1 + i % 9, "ABCDEF"[i % 6]) for i in range(1, 40)]
        stream = encode(Hello(0, 1000, 1, "RAW", 1, 9, 1, "t")) + junk
        for frame in frames:
            stream += encode(frame) + os.urandom(7).replace(b"\n", b"") + b"\n"
        os.write(master, stream)
        assert collector.wait(lambda ev: sum(isinstance(e, KeyPress) for e in ev) >= 39)
        assert [p.seq for p in collector.presses] == list(range(1, 40))
        assert collector.of(RejectedFrame)
    finally:
        os.close(master)
        os.close(slave)


def test_a_failing_consumer_does_not_kill_the_reader(hubs, links) -> None:
    got = Collector()

    def consumer(event: HardwareEvent) -> None:
        got(event)
        if isinstance(event, KeyPress) and event.seat == 1:
            raise RuntimeError("controller bug")

    hub = start_hub(hubs)
    link = make_link(links, hub, consumer)
    assert got.wait_status(LinkEvent.HELLO)
    planned = hub.sim.plan("q1")
    link.send(Arm("q1"))
    assert got.wait(lambda ev: sum(isinstance(e, KeyPress) for e in ev) >= len(planned))
    assert link.consumer_errors >= 1


def test_open_failure_is_told_once_and_stop_reports_stopped(links, collector) -> None:
    link = HubLink("/dev/rcv-no-such-port", collector, reconnect_s=0.02)
    link.start()
    assert collector.wait_status(LinkEvent.OPEN_FAILED)
    assert link.stop()
    assert collector.wait_status(LinkEvent.STOPPED)
    assert len(Collector.statuses(LinkEvent.OPEN_FAILED, collector.events)) == 1


def test_a_hub_set_routes_leds_and_reports_overlapping_ranges(hubs, collector) -> None:
    a = start_hub(hubs, HubSpec("A", 1, 20))
    b = start_hub(hubs, HubSpec("B", 21, 40))
    hubset = HubSet(collector, reconnect_s=0.05)
    hubset.add(a.opener())
    hubset.add(b.opener())
    hubset.start()
    try:
        assert collector.wait_status(LinkEvent.HELLO, 2)
        hubset.led([5, 20, 21, 25], LedState.CORRECT)
        hubset.arm("q1")
        assert wait_until(lambda: set(a.sim.leds) == {5, 20} and set(b.sim.leds) == {21, 25})
        assert hubset.hub_for_seat(25) is hubset.links[1]
        assert hubset.problems() == []
        c = start_hub(hubs, HubSpec("C", 15, 30))
        hubset.add(c.opener()).start()
        assert collector.wait_status(LinkEvent.OVERLAP)
        assert [p.ports for p in hubset.problems()] == [("sim:A", "sim:C"), ("sim:B", "sim:C")]
    finally:
        assert hubset.stop()
