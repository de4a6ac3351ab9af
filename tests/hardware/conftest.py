"""Fixtures for the hardware tests: an event collector that waits on a condition (never on the
wall clock to measure anything) and running virtual hubs on real pseudo-terminals."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest

from rcv.hardware.events import HardwareEvent, KeyPress, LinkEvent, LinkStatus
from rcv.hardware.link import HubLink
from rcv.sim.host import VirtualHub

WAIT_S = 15.0  # generous: a loaded CI machine is slow, a passing test never waits this long


class Collector:
    """A thread-safe consumer that keeps every event and can wait for a condition."""

    def __init__(self) -> None:
        self.events: list[HardwareEvent] = []
        self._cond = threading.Condition()

    def __call__(self, event: HardwareEvent) -> None:
        with self._cond:
            self.events.append(event)
            self._cond.notify_all()

    def wait(
        self, predicate: Callable[[list[HardwareEvent]], bool], timeout: float = WAIT_S
    ) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: predicate(self.events), timeout)

    def wait_status(self, kind: LinkEvent, count: int = 1, timeout: float = WAIT_S) -> bool:
        return self.wait(lambda ev: len(self.statuses(kind, ev)) >= count, timeout)

    @staticmethod
    def statuses(kind: LinkEvent, events: list[HardwareEvent]) -> list[LinkStatus]:
        return [e for e in events if isinstance(e, LinkStatus) and e.kind is kind]

    @property
    def presses(self) -> list[KeyPress]:
        with self._cond:
            return [e for e in self.events if isinstance(e, KeyPress)]

    def of(self, cls: type) -> list[HardwareEvent]:
        with self._cond:
            return [e for e in self.events if isinstance(e, cls)]


@pytest.fixture
def collector() -> Collector:
    return Collector()


@pytest.fixture
def hubs() -> Iterator[list[VirtualHub]]:
    """Virtual hubs appended here are stopped after the test."""
    running: list[VirtualHub] = []
    yield running
    for hub in running:
        hub.stop()


@pytest.fixture
def links() -> Iterator[list[HubLink]]:
    """Links appended here are stopped after the test."""
    running: list[HubLink] = []
    yield running
    for link in running:
        link.stop()


def wait_until(predicate: Callable[[], bool], timeout: float = WAIT_S) -> bool:
    """Poll a condition owned by another thread (e.g. the simulator's) with an Event-based sleep."""
    pause = threading.Event()
    for _ in range(int(timeout / 0.01)):
        if predicate():
            return True
        pause.wait(0.01)
    return predicate()
