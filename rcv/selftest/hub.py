"""Self-test check of the keypad path: a simulated hub on a TCP loopback port, and rcv's own
link (:class:`~rcv.hardware.link.HubLink`) reaching it through pyserial's ``socket://``.

This is the path a real hub's presses take — pyserial, the reader thread, the hub protocol's
parser and checksum, the session (hello, sequence numbers), the clock map — with only the wire
replaced: the show's hub simulator (:mod:`rcv.sim.host`) serves it on TCP, which works
everywhere, Windows included.
"""

from __future__ import annotations

import queue
import time
from collections.abc import Callable
from typing import Any

from rcv.hardware.events import HardwareEvent, HubMessage, KeyPress, LinkEvent, LinkStatus
from rcv.hardware.protocol import Ack, Arm, Lock
from rcv.selftest.checks import CheckFailed, Outcome, Said, said
from rcv.sim.host import TcpTransport, VirtualHub
from rcv.sim.hub import HubSpec, People, SimHub
from rcv.sim.wire import RcvWire

HUB_ID = "KIEMTRA"
QUESTION = "tu-kiem-tra"
WAIT_S = 5.0


def loopback_hub(sim: SimHub) -> VirtualHub:
    """The show's own hub simulator on ``127.0.0.1`` (a free port); it boots, and says hello,
    when a client connects, like a hub reset by its adapter."""
    return VirtualHub(sim, TcpTransport(), RcvWire(), reset_on_connect=True)


def _wait_for(
    events: queue.Queue[HardwareEvent],
    seen: list[HardwareEvent],
    want: type,
    test: Callable[[Any], bool] | None = None,
    timeout: float | None = None,
) -> HardwareEvent | None:
    """The first event of type ``want`` (matching ``test`` if given), from ``seen`` or new,
    waiting up to ``timeout`` seconds (default :data:`WAIT_S`)."""

    def matches(event: HardwareEvent) -> bool:
        return isinstance(event, want) and (test is None or test(event))

    for event in seen:
        if matches(event):
            return event
    deadline = time.monotonic() + (WAIT_S if timeout is None else timeout)
    while (left := deadline - time.monotonic()) > 0:
        try:
            event = events.get(timeout=left)
        except queue.Empty:
            break
        seen.append(event)
        if matches(event):
            return event
    return None


def _serial_ports() -> Said:
    try:
        from serial.tools import list_ports

        ports = sorted(list_ports.comports(), key=lambda p: p.device)
    except Exception as exc:  # listing ports is informative only
        return said("serial_ports_unknown", detail=str(exc))
    if not ports:
        return said("serial_ports_none")
    return said("serial_ports", ports=", ".join(f"{p.device} ({p.description})" for p in ports[:6]))


def check_hub_round_trip() -> Outcome:
    from rcv.hardware.link import HubLink

    people = People(accuracy=1.0, median_ms=300.0, spread=0.2, no_answer=0.0, change_mind=0.0)
    sim = SimHub(HubSpec(hub_id=HUB_ID, first_seat=1, last_seat=4), people, seed=1)
    sim.tell_answer(QUESTION, "B")
    hub = loopback_hub(sim)
    events: queue.Queue[HardwareEvent] = queue.Queue()
    seen: list[HardwareEvent] = []
    hub.start()
    url = hub.url  # None again once the hub stops
    link = HubLink(url, events.put, reconnect_s=0.2, name="self-test")
    link.start()
    try:
        hello = _wait_for(events, seen, LinkStatus, lambda e: e.kind is LinkEvent.HELLO)
        if hello is None:
            failed = _wait_for(
                events, seen, LinkStatus, lambda e: e.kind is LinkEvent.OPEN_FAILED, timeout=0
            )
            detail = failed.detail if isinstance(failed, LinkStatus) else ""
            raise CheckFailed("hub_no_hello", url=url, detail=detail)
        armed_at = time.monotonic()
        link.send(Arm(QUESTION))
        press = _wait_for(events, seen, KeyPress)
        if not isinstance(press, KeyPress):
            raise CheckFailed("hub_no_press")
        after_ms = round((time.monotonic() - armed_at) * 1000)
        link.send(Lock(QUESTION))
        ack = _wait_for(
            events,
            seen,
            HubMessage,
            lambda e: isinstance(e.frame, Ack) and e.frame.command == "LOCK",
        )
        if ack is None:
            raise CheckFailed("hub_no_lock_ack")
    finally:
        stopped = link.stop()
        hub.stop()
    if not stopped:
        raise CheckFailed("hub_port_stuck")
    detail = said("hub_ok", hub=HUB_ID, url=url, seat=press.seat, key=press.key, ms=after_ms)
    return Outcome(detail, [_serial_ports()])
