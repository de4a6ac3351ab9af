"""Links that heal, on real pseudo-terminals with the show's own hub simulator: a forged number
far ahead and a hub restarting unheard do not deafen the link, a missed hello is asked for and
its frames placed, one bad device line is refused alone, and an outage longer than the hub's
memory names exactly the presses it lost. Threads are synchronised on events, never timed."""

from __future__ import annotations

import os
import tty

from rcv.hardware.events import FramesLost, KeyPress, LinkEvent, LinkStatus, RejectedFrame
from rcv.hardware.link import HubLink
from rcv.hardware.profile_library import load_profile
from rcv.hardware.protocol import Arm, Hello, PressFrame, RejectReason, encode
from rcv.hardware.session import SessionOptions
from rcv.sim.host import PtyTransport, VirtualHub
from rcv.sim.hub import HubSpec, People, SimHub

from .conftest import Collector, wait_until

PEOPLE = People(median_ms=400, spread=0.4, no_answer=0.0, change_mind=0.0)


def start(
    hubs: list[VirtualHub], spec: HubSpec | None = None, people: People = PEOPLE
) -> VirtualHub:
    hub = VirtualHub(SimHub(spec or HubSpec(last_seat=20), people, seed=21), PtyTransport())
    hub.start()
    hubs.append(hub)
    return hub


def link_to(
    hub: VirtualHub, collector: Collector, options: SessionOptions | None = None
) -> HubLink:
    link = HubLink(hub.opener(), collector, options=options, reconnect_s=0.05)
    link.start()
    return link


def sent_presses(hub: VirtualHub) -> list[tuple[int, PressFrame]]:
    out: list[tuple[int, PressFrame]] = []

    def read() -> None:
        out.extend(
            (b, f)
            for f, b in zip(hub.sim.sent, hub.sim.sent_boot, strict=True)
            if isinstance(f, PressFrame)
        )

    hub.call(read)
    return out


def keys(presses: list[KeyPress]) -> list[tuple[int | None, int]]:
    return sorted((p.boot, p.seq) for p in presses)


def test_a_forged_number_and_an_unheard_restart_do_not_deafen_the_link(hubs, collector) -> None:
    hub = start(hubs)
    link = link_to(hub, collector)
    try:
        assert collector.wait_status(LinkEvent.HELLO)
        link.send(Arm("q1"))
        assert collector.wait(lambda ev: sum(isinstance(e, KeyPress) for e in ev) >= 3)
        last = max(f.seq for _, f in sent_presses(hub))
        forged = PressFrame(last + 30_000, 5, 3, "B")  # the checksum is right: noise cannot tell
        assert hub.inject(encode(forged))
        planned = hub.sim.plan("q1")
        assert collector.wait(lambda ev: sum(isinstance(e, KeyPress) for e in ev) >= len(planned))
        assert collector.wait_status(LinkEvent.RESYNC)
        assert collector.wait(
            lambda ev: any(isinstance(e, RejectedFrame) and e.seq == forged.seq for e in ev)
        )
        (refused,) = [e for e in collector.of(RejectedFrame) if e.seq == forged.seq]  # type: ignore[attr-defined]
        assert refused.reason is RejectReason.OUT_OF_SEQUENCE
        # the hub restarts and its hello is lost: it counts from 0 again, idle
        hub.call(lambda: hub.sim.reboot(hub.now_ms(), hello=False))
        assert collector.wait_status(LinkEvent.REBOOTED)
        assert wait_until(lambda: hub.sim.question == "q1")  # rcv armed it again
        link.send(Arm("q2"))
        planned2 = hub.sim.plan("q2")
        assert collector.wait(
            lambda ev: sum(isinstance(e, KeyPress) and e.boot == 2 for e in ev) >= len(planned2)
        )
        sent = [(b, f.seq) for b, f in sent_presses(hub)]
        assert keys(collector.presses) == sorted(sent)  # every press once, in its own boot
    finally:
        link.stop()
    stats = link.stats()
    assert stats.unaccounted == 0 and stats.resyncs >= 1


def test_a_missed_hello_is_asked_for_and_the_frames_before_it_placed(hubs, collector) -> None:
    hub = start(hubs)
    hub.lose = lambda frame: isinstance(frame, Hello)  # its hellos go nowhere, for now
    hub.command(Arm("q1"))  # armed by an earlier rcv: people are pressing
    link = link_to(hub, collector, SessionOptions(hello_timeout_ms=500))
    try:
        assert collector.wait_status(LinkEvent.NO_HELLO)
        assert collector.wait(lambda ev: link.stats().held >= 3)
        assert not collector.presses and not collector.of(RejectedFrame)
        hub.lose = lambda frame: False  # the next WHO is answered
        assert collector.wait_status(LinkEvent.HELLO)
        assert collector.wait(lambda ev: len(collector.presses) >= 3)
        assert all(p.hub_id == "SIM1" and p.boot == 1 for p in collector.presses)
    finally:
        link.stop()
    stats = link.stats()
    assert stats.held == 0 and stats.unaccounted == 0


def test_frames_of_a_hub_that_never_says_hello_are_refused_with_a_count(hubs, collector) -> None:
    hub = start(hubs)
    hub.lose = lambda frame: isinstance(frame, Hello)
    hub.command(Arm("q1"))
    link = link_to(hub, collector, SessionOptions(hold_max_ms=800))
    try:
        assert collector.wait(
            lambda ev: sum(isinstance(e, RejectedFrame) for e in ev) >= 3, timeout=20
        )
    finally:
        link.stop()
    refused = collector.of(RejectedFrame)
    assert {e.reason for e in refused} == {RejectReason.BEFORE_HELLO}  # type: ignore[attr-defined]
    assert all(e.seq is not None for e in refused)  # type: ignore[attr-defined]
    stats = link.stats()
    assert stats.rejected[RejectReason.BEFORE_HELLO] == len(refused) and stats.unaccounted == 0
    assert not collector.presses


def test_an_outage_longer_than_the_memory_names_exactly_the_lost_presses(hubs, collector) -> None:
    people = People(median_ms=2500, spread=0.5, no_answer=0.0, change_mind=0.0)
    hub = start(hubs, HubSpec(last_seat=30, memory=4), people)
    link = link_to(hub, collector)
    try:
        assert collector.wait_status(LinkEvent.HELLO)
        link.send(Arm("q1"))
        assert collector.wait(lambda ev: len(collector.presses) >= 2)
        assert hub.unplug()
        assert collector.wait_status(LinkEvent.LOST)
        before = len(sent_presses(hub))
        assert wait_until(lambda: len(sent_presses(hub)) >= before + 8)  # the memory holds 4
        assert hub.replug()
        assert collector.wait(lambda ev: any(isinstance(e, FramesLost) for e in ev))
        planned = hub.sim.plan("q1")
        assert wait_until(lambda: len(sent_presses(hub)) >= len(planned))
        sent = {(b, f.seq) for b, f in sent_presses(hub)}
        lost = [e for e in collector.of(FramesLost)]

        def accounted() -> set[tuple[int | None, int]]:
            named = {
                (e.boot, s)
                for e in collector.of(FramesLost)
                for a, b in e.runs
                for s in range(a, b + 1)  # type: ignore[attr-defined]
            }
            return named | set(keys(collector.presses))

        assert wait_until(lambda: accounted() >= sent)
    finally:
        link.stop()
    lost = collector.of(FramesLost)
    assert lost and all(e.certain for e in lost)  # type: ignore[attr-defined]
    named = {(e.boot, s) for e in lost for a, b in e.runs for s in range(a, b + 1)}  # type: ignore[attr-defined]
    assert named <= sent, "a heartbeat reported as a lost press"
    assert not named & set(keys(collector.presses)), "a press both handed on and reported lost"
    assert len(named) >= 4
    assert link.stats().lost_presses == len(named)


def test_one_bad_device_line_is_refused_alone_and_the_port_stays_open(links, collector) -> None:
    master, slave = os.openpty()
    tty.setraw(slave)
    try:
        link = HubLink(os.ttyname(slave), collector, profile=load_profile("esp32-jsonl"))
        link.start()
        links.append(link)
        assert collector.wait_status(LinkEvent.CONNECTED)
        good = b'{"ev":"press","pad":%d,"btn":"B","t":%d}\n'
        os.write(
            master,
            good % (3, 100) + b'{"ev":"press","pad":1e400,"btn":"A","t":5}\n' + good % (4, 200),
        )
        assert collector.wait(lambda ev: len(collector.presses) >= 2)
        (bad,) = collector.of(RejectedFrame)
        assert bad.reason is RejectReason.MALFORMED and "1e400" in bad.raw.decode()  # type: ignore[attr-defined]
        assert [p.seat for p in collector.presses] == [3, 4]
        assert not Collector.statuses(LinkEvent.LOST, collector.events)
        assert link.stats().unaccounted == 0 and link.stats().lines == 3
    finally:
        os.close(master)
        os.close(slave)


def test_events_say_what_a_status_line_needs() -> None:
    lost = FramesLost("p", "H1", 2, ((5, 6),), 2, 0, "x")
    assert isinstance(lost.kind, LinkEvent) and lost.hello is None  # filed like a LinkStatus
    assert not isinstance(lost, LinkStatus)
