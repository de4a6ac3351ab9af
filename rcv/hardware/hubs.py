"""Several hubs at once, each serving a range of seats: one object the controller holds.

:class:`HubSet` starts one :class:`~rcv.hardware.link.HubLink` per port, all feeding the same
consumer, sends arm/lock/reset to every hub and LED commands to the hub that serves each
seat. It refuses the same port twice (:class:`SamePort`) and lists what is wrong with the
set-up before the show (:meth:`HubSet.problems`): hubs or devices whose seats overlap.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rcv.clock import Clock, SystemClock
from rcv.hardware.device import DeviceProfile
from rcv.hardware.events import HardwareEvent, LinkEvent, LinkStatus
from rcv.hardware.link import Consumer, HubLink
from rcv.hardware.pairing import PairingTable
from rcv.hardware.ports import (
    PortInfo,
    PortOpener,
    UrlOpener,
    UsbOpener,
    list_serial_ports,
    opener_for,
)
from rcv.hardware.profile_library import load_profile
from rcv.hardware.profile_session import ProfileSession
from rcv.hardware.protocol import (
    Arm,
    ArmMode,
    Led,
    LedState,
    Lock,
    Reset,
    SelfTest,
    SimAnswer,
)
from rcv.hardware.session import SessionOptions


def seat_runs(seats: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted seats as (first, last) runs of consecutive numbers."""
    runs: list[tuple[int, int]] = []
    for seat in sorted(set(seats)):
        if runs and runs[-1][1] == seat - 1:
            runs[-1] = (runs[-1][0], seat)
        else:
            runs.append((seat, seat))
    return runs


class SamePort(ValueError):
    """A port added twice (same name, same device, or the same USB adapter)."""


@dataclass(frozen=True, slots=True)
class SetupProblem:
    """Something to fix before the show, as a code with its facts (worded at the edge:
    :func:`rcv.i18n.phrases.hardware.setup_problem`)."""

    kind: str  # "overlap": two hubs or devices claim the same seats
    ports: tuple[str, ...]
    params: dict[str, object] = field(default_factory=dict)


def port_identity(
    port: str | PortOpener, lister: Callable[[], list[PortInfo]] = list_serial_ports
) -> dict[str, str]:
    """What names one physical port, whatever it was called: its label, the device a path
    resolves to (``/dev/serial/by-id/…`` → ``/dev/ttyUSB0``) and the USB adapter's
    VID:PID:serial when the system knows it."""
    opener = opener_for(port) if isinstance(port, str) else port
    ids = {"tên (name)": opener.label}
    if isinstance(opener, UsbOpener) and opener.serial_number:
        ids["USB"] = opener.label[4:]
    elif isinstance(opener, UrlOpener) and "://" not in opener.url:
        device = opener.url
        if device.startswith("/"):
            device = os.path.realpath(device)
        ids["thiết bị (device)"] = device.upper() if os.name == "nt" else device
        try:
            listed = lister()
        except Exception:  # listing ports is a help, never a reason to refuse
            listed = []
        for info in listed:
            real = os.path.realpath(info.device) if info.device.startswith("/") else info.device
            if real == device and info.serial_number:
                ids["USB"] = info.usb_id
    return ids


class HubSet:
    """All the hubs of a show. Methods are safe to call from the GUI thread: they only queue."""

    def __init__(
        self,
        consumer: Consumer,
        *,
        clock: Clock | None = None,
        options: SessionOptions | None = None,
        reconnect_s: float = 0.5,
        lister: Callable[[], list[PortInfo]] = list_serial_ports,
    ) -> None:
        self._consumer = consumer
        self._clock = clock or SystemClock()
        self._options = options
        self._reconnect_s = reconnect_s
        self._lister = lister
        self._links: list[HubLink] = []
        self._ids: dict[str, dict[str, str]] = {}  # link label → what names its port
        self._lock = threading.Lock()

    @property
    def links(self) -> list[HubLink]:
        return list(self._links)

    def add(
        self,
        port: str | PortOpener,
        *,
        profile: DeviceProfile | str | None = None,
        seat: int | None = None,
        name: str | None = None,
        last_seat: int | None = None,
        pairing: PairingTable | None = None,
    ) -> HubLink:
        """Add a link (``start()`` starts it); ``seat`` (–``last_seat``) are the port's own
        seats: the seat of a one-port-per-seat or -team box, or where a box's seats start on
        the floor. ``pairing``: the table of keypads that say their ID. Raises
        :class:`SamePort` for a port already in the set."""
        prof = load_profile(profile) if isinstance(profile, str) else profile
        ids = port_identity(port, self._lister)
        if name:
            ids["tên (name)"] = name
        with self._lock:
            for label, other in self._ids.items():
                same = [what for what, value in ids.items() if other.get(what) == value]
                if same:
                    raise SamePort(
                        f"Cổng này đã có trong danh sách: {label} (trùng {', '.join(same)}: "
                        f"{ids[same[0]]}). Một cổng chỉ thêm một lần. — This port is already "
                        f"added as {label}: the same port twice would count every press twice."
                    )
        link = HubLink(
            port,
            self._on_event,
            clock=self._clock,
            profile=prof,
            options=self._options,
            seat=seat,
            reconnect_s=self._reconnect_s,
            name=name,
            last_seat=last_seat,
            pairing=pairing,
        )
        with self._lock:
            self._links.append(link)
            self._ids[link.label] = ids
        return link

    def problems(self) -> list[SetupProblem]:
        """What to fix before the show: hubs that said hello with overlapping seat ranges, and
        devices whose profile fixes seats that overlap another's. Cheap; call it as often as
        the console likes."""
        claims: list[tuple[str, str, int, int]] = []  # (port, who, first, last)
        for link in self.links:
            hello = link.hello
            if hello is not None:
                claims.append((link.label, hello.hub_id, hello.first_seat, hello.last_seat))
                continue
            session = link.session
            if isinstance(session, ProfileSession):
                fixed = session.seats
                if fixed is not None:
                    claims.append((link.label, session.profile.name, *fixed))
        found = []
        for i, (port_a, who_a, first_a, last_a) in enumerate(claims):
            for port_b, who_b, first_b, last_b in claims[i + 1 :]:
                if first_a <= last_b and first_b <= last_a:
                    lo, hi = max(first_a, first_b), min(last_a, last_b)
                    facts = {
                        "first": lo, "last": hi, "who_a": who_a, "port_a": port_a,
                        "from_a": first_a, "to_a": last_a, "who_b": who_b, "port_b": port_b,
                        "from_b": first_b, "to_b": last_b,
                    }  # fmt: skip
                    found.append(SetupProblem("overlap", (port_a, port_b), facts))
        return found

    def start(self) -> None:
        for link in self.links:
            link.start()

    def stop(self, timeout_s: float = 2.0) -> bool:
        """Stop every link (in parallel); True when all ended within the timeout."""
        for link in self.links:
            link._stop.set()
        return all([link.stop(timeout_s) for link in self.links])

    # -- commands ----------------------------------------------------------------------------
    def arm(self, question_id: str, mode: ArmMode = ArmMode.ANSWER, window_ms: int = 0) -> None:
        self._broadcast(Arm(question_id, mode, window_ms))

    def lock(self, question_id: str) -> None:
        self._broadcast(Lock(question_id))

    def reset(self) -> None:
        self._broadcast(Reset())

    def self_test(self) -> None:
        self._broadcast(SelfTest())

    def tell_answer(self, question_id: str, key: str) -> None:
        """Simulated hubs only: the right key, so simulated people answer it (the demo)."""
        self._broadcast(SimAnswer(question_id, key))

    def led(self, seats: Iterable[int], state: LedState) -> None:
        """Set LEDs, for any number of seats: each run of seats goes to the hub serving it (its
        hello's range, or the seats a device's profile and port fix); seats of no known hub go
        to every device whose seats are not fixed (paired keypads, boxes that say any seat)."""
        runs = seat_runs(seats)
        for first, last in runs:
            for link in self.links:
                served = self.seats_of(link)
                if served is None:
                    link.send(Led(first, last, state))
                    continue
                lo, hi = max(first, served[0]), min(last, served[1])
                if lo <= hi:
                    link.send(Led(lo, hi, state))

    @staticmethod
    def seats_of(link: HubLink) -> tuple[int, int] | None:
        """The seats a link serves, when known: its hub's hello, or its device's fixed seats."""
        hello = link.hello
        if hello is not None:
            return (hello.first_seat, hello.last_seat)
        if isinstance(link.session, ProfileSession):
            return link.session.seats
        return None

    def set_pairing(self, profile: str, table: PairingTable) -> None:
        """Every device of ``profile`` uses this pairing table from now on."""
        for link in self.links:
            session = link.session
            if isinstance(session, ProfileSession) and session.profile.name == profile:
                link.set_pairing(table)

    def hub_for_seat(self, seat: int) -> HubLink | None:
        for link in self.links:
            hello = link.hello
            if hello is not None and hello.first_seat <= seat <= hello.last_seat:
                return link
        return None

    def _broadcast(self, command: Arm | Lock | Reset | SelfTest | SimAnswer) -> None:
        for link in self.links:
            link.send(command)

    # -- events ------------------------------------------------------------------------------
    def _on_event(self, event: HardwareEvent) -> None:
        self._consumer(event)
        if isinstance(event, LinkStatus) and event.hello is not None:
            hello = event.hello
            for link in self.links:
                other = link.hello
                if link.label == event.port or other is None:
                    continue
                if other.first_seat <= hello.last_seat and hello.first_seat <= other.last_seat:
                    detail = (
                        f"{hello.hub_id} ({hello.first_seat}–{hello.last_seat}) trùng ghế "
                        f"với {other.hub_id} ({other.first_seat}–{other.last_seat})"
                    )
                    self._consumer(
                        LinkStatus(event.port, event.hub_id, LinkEvent.OVERLAP, event.at_ms, detail)
                    )
