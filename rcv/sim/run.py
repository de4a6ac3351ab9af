"""Setting up and running virtual hubs from options: what ``rcv sim`` does, usable in process by
the demo (build the hubs, start them, link to ``hub.url`` or ``hub.opener()``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from rcv.hardware.profile_library import load_profile
from rcv.hardware.protocol import Command
from rcv.sim.host import PtyTransport, TcpTransport, VirtualHub
from rcv.sim.hub import Faults, HubSpec, People, SimHub
from rcv.sim.wire import ProfileWire, RcvWire, Wire


@dataclass(frozen=True)
class SimOptions:
    seats: int = 50
    hubs: int = 1
    first_seat: int = 1
    profile: str | None = None
    tcp_port: int | None = None  # base port: hub i listens on tcp_port + i (0: any free port)
    seed: int = 0
    people: People = field(default_factory=People)
    faults: Faults = field(default_factory=Faults)
    hub_prefix: str = "SIM"
    baud: int | None = 115200  # pace output like a UART; None: as fast as possible
    usb_powered: bool = False
    reset_on_connect: bool = False
    clock_start_ms: int = 0
    idle_press_ms: int | None = None  # presses while not armed (None: 1 s for a profile)


def build_hubs(opts: SimOptions) -> list[VirtualHub]:
    """Virtual hubs (not started) sharing ``opts.seats`` seats in consecutive ranges."""
    profile = load_profile(opts.profile) if opts.profile else None
    if profile is not None and profile.kind == "keyboard":
        raise ValueError(f"{profile.name}: hồ sơ bàn phím không mô phỏng qua cổng serial")
    count = max(1, min(opts.hubs, opts.seats))
    per, extra = divmod(opts.seats, count)
    hubs: list[VirtualHub] = []
    first = opts.first_seat
    for i in range(count):
        size = per + (1 if i < extra else 0)
        spec = HubSpec(
            hub_id=f"{opts.hub_prefix}{i + 1}",
            first_seat=first,
            last_seat=first + size - 1,
            boot=1 + opts.seed % 1000,
            clock_start_ms=opts.clock_start_ms,
        )
        first += size
        idle = opts.idle_press_ms if opts.idle_press_ms is not None else (1000 if profile else 0)
        sim = SimHub(spec, opts.people, opts.faults, seed=opts.seed, idle_press_ms=idle or None)
        wire: Wire = ProfileWire(profile) if profile and profile.kind == "serial" else RcvWire()
        transport = (
            PtyTransport()
            if opts.tcp_port is None
            else TcpTransport(opts.tcp_port + i if opts.tcp_port else 0)
        )
        hubs.append(
            VirtualHub(
                sim,
                transport,
                wire,
                baud=opts.baud,
                usb_powered=opts.usb_powered,
                reset_on_connect=opts.reset_on_connect,
            )
        )
    return hubs


def run_hubs(
    hubs: list[VirtualHub],
    say: Callable[[str], None],
    stop: threading.Event,
    seconds: float | None = None,
    unplug_every_s: float | None = None,
    unplug_for_s: float = 3.0,
) -> None:
    """Start the hubs, announce where they are, unplug/replug on schedule, until stopped."""
    for hub in hubs:
        hub.on_command = _announcer(hub, say)
        hub.start()
        spec = hub.sim.spec
        say(f"{spec.hub_id}: ghế {spec.first_seat}–{spec.last_seat} tại {hub.url}")
    start = time.monotonic()
    next_unplug = start + unplug_every_s if unplug_every_s else None
    try:
        while not stop.is_set():
            now = time.monotonic()
            if seconds is not None and now - start >= seconds:
                break
            if next_unplug is not None and now >= next_unplug:
                for hub in hubs:
                    hub.unplug()
                say(f"Rút cáp (unplugged) {unplug_for_s:g} s")
                stop.wait(unplug_for_s)
                for hub in hubs:
                    hub.replug()
                    say(f"Cắm lại (replugged): {hub.sim.spec.hub_id} tại {hub.url}")
                next_unplug = time.monotonic() + (unplug_every_s or 0)
            stop.wait(0.2)
    finally:
        for hub in hubs:
            hub.stop()


def _announcer(hub: VirtualHub, say: Callable[[str], None]) -> Callable[[Command], None]:
    def announce(command: Command) -> None:
        say(f"{hub.sim.spec.hub_id} nhận lệnh (command): {command}")

    return announce
