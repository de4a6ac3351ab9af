"""Several hubs at once, each serving a range of seats: one object the controller holds.

:class:`HubSet` starts one :class:`~rcv.hardware.link.HubLink` per port, all feeding the same
consumer, sends arm/lock/reset to every hub and LED commands to the hub that serves each
seat, and reports two hubs that claim the same seats.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from rcv.clock import Clock, SystemClock
from rcv.hardware.events import HardwareEvent, LinkEvent, LinkStatus
from rcv.hardware.link import Consumer, HubLink
from rcv.hardware.ports import PortOpener
from rcv.hardware.profile import DeviceProfile, load_profile
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


class HubSet:
    """All the hubs of a show. Methods are safe to call from the GUI thread: they only queue."""

    def __init__(
        self,
        consumer: Consumer,
        *,
        clock: Clock | None = None,
        options: SessionOptions | None = None,
        reconnect_s: float = 0.5,
    ) -> None:
        self._consumer = consumer
        self._clock = clock or SystemClock()
        self._options = options
        self._reconnect_s = reconnect_s
        self._links: list[HubLink] = []
        self._lock = threading.Lock()

    @property
    def links(self) -> list[HubLink]:
        return list(self._links)

    def add(
        self,
        port: str | PortOpener,
        *,
        profile: DeviceProfile | str | None = None,
        seat: int = 1,
        name: str | None = None,
    ) -> HubLink:
        """Add (and start, if the set is running) a link; ``seat`` is the port's own seat for
        one-port-per-team devices."""
        prof = load_profile(profile) if isinstance(profile, str) else profile
        link = HubLink(
            port,
            self._on_event,
            clock=self._clock,
            profile=prof,
            options=self._options,
            seat=seat,
            reconnect_s=self._reconnect_s,
            name=name,
        )
        with self._lock:
            self._links.append(link)
        return link

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
        """Set LEDs: each run of seats goes to the hub serving it; seats of no known hub go to
        every hub that has not said which seats it serves (device profiles)."""
        runs = seat_runs(seats)
        unranged = [link for link in self.links if link.hello is None]
        for first, last in runs:
            for link in self.links:
                hello = link.hello
                if hello is None:
                    continue
                lo, hi = max(first, hello.first_seat), min(last, hello.last_seat)
                if lo <= hi:
                    link.send(Led(lo, hi, state))
            for link in unranged:
                link.send(Led(first, last, state))

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
