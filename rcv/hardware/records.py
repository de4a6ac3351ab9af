"""What both kinds of session share: every line that came in ends as exactly one record, counted
in :class:`~rcv.hardware.tracking.LinkStats` and handed on as an event — and a line whose
handling fails for any reason is refused with the error instead of taking the port down.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from rcv.hardware.events import HardwareEvent, LinkEvent, LinkStatus, RejectedFrame
from rcv.hardware.protocol import Hello, RejectReason, parse_line
from rcv.hardware.tracking import LinkStats

log = logging.getLogger(__name__)


class Recorder:
    """Mixed into a session: ``port``, ``hub_id`` and ``stats`` are the session's."""

    port: str
    hub_id: str
    stats: LinkStats

    def reject(
        self,
        events: list[HardwareEvent],
        reason: RejectReason,
        now_ms: int,
        detail: str = "",
        raw: bytes = b"",
        seat: int | None = None,
        seq: int | None = None,
        key: str | None = None,
        boot: int | None = None,
        device_id: str | None = None,
    ) -> None:
        self.stats.rejected[reason] += 1
        events.append(
            RejectedFrame(
                self.port,
                self.hub_id,
                reason,
                now_ms,
                detail,
                raw[:160],
                seat,
                seq,
                key,
                boot,
                device_id,
            )
        )

    def status(
        self, kind: LinkEvent, now_ms: int, detail: str = "", hello: Hello | None = None
    ) -> LinkStatus:
        return LinkStatus(self.port, self.hub_id, kind, now_ms, detail, hello=hello)

    def records(self) -> int:
        """Lines that have ended as a record so far (or are held)."""
        s = self.stats
        return s.presses + sum(s.rejected.values()) + s.control + s.held

    def safely(
        self, work: Callable[[], None], raw: bytes, now_ms: int, events: list[HardwareEvent]
    ) -> None:
        """Run the handling of one line; if it fails and left no record, refuse the line with
        the error: nothing from one line may stop the link or vanish."""
        before = self.records()
        try:
            work()
        except Exception as exc:  # one line must never take the port down
            log.exception("line failed on %s: %r", self.port, raw)
            if self.records() == before:
                detail = f"lỗi xử lý (internal error) {type(exc).__name__}: {exc}"
                frame = parse_line(raw)  # never raises; names the frame if it is one
                seq = getattr(frame, "seq", None)
                seat, key = getattr(frame, "seat", None), getattr(frame, "key", None)
                self.reject(
                    events, RejectReason.MALFORMED, now_ms, detail[:200], raw, seat, seq, key
                )
