"""A frame the session holds until it knows where it belongs, and what of the session the code
that places held frames (:mod:`rcv.hardware.resync`) may use."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from rcv.hardware.boots import Boot
from rcv.hardware.events import FramesLost, HardwareEvent, LinkEvent, LinkStatus
from rcv.hardware.protocol import Hello, HubFrame, RejectReason, RunFrame
from rcv.hardware.recovery import SessionOptions
from rcv.hardware.seqbook import Fit
from rcv.hardware.tracking import LinkStats


@dataclass(slots=True)
class Held:
    line: bytes
    frame: HubFrame
    at_ms: int  # when it arrived
    why: str  # "hello": no hello yet; "suspect": its number fits nothing; "confirm": a press
    # that came while rcv checks which boot the hub is in (at each ARM)


class SessionSide(Protocol):
    """What of the session (:class:`~rcv.hardware.session.HubSession`) the held frames use."""

    options: SessionOptions
    stats: LinkStats
    connected: bool

    @property
    def current(self) -> Boot | None: ...
    @property
    def previous(self) -> Boot | None: ...
    @property
    def retired(self) -> set[int]: ...
    def new_boot(self, number: int | None, now_ms: int, ev: list[HardwareEvent]) -> Boot: ...
    def greet(self, hello: Hello, now_ms: int, ev: list[HardwareEvent], reboot: bool) -> None: ...
    def take(self, b: Boot, f: HubFrame, ln: bytes, fit: Fit, t: int, ev: list[Any]) -> None: ...
    def take_run(self, b: Boot, run: RunFrame, now_ms: int, ev: list[HardwareEvent]) -> None: ...
    def fit(self, boot: Boot, frame: HubFrame, line: bytes, now_ms: int) -> Fit: ...
    def safely(self, w: Callable[[], None], r: bytes, t: int, ev: list[HardwareEvent]) -> None: ...
    def reject(self, ev: list[HardwareEvent], reason: RejectReason, t: int, *a: Any) -> None: ...
    def status(self, kind: LinkEvent, now_ms: int, detail: str = "") -> LinkStatus: ...
    def missed_boots(self, old: int | None, new: int, now_ms: int) -> list[FramesLost]: ...
    def close_previous(self, now_ms: int, events: list[HardwareEvent]) -> None: ...
    def ask(self, now_ms: int) -> None: ...
    def ask_who(self) -> None: ...
