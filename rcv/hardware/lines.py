"""Cutting a serial byte stream into lines, resynchronising on noise. Pure: no I/O, no clock."""

from __future__ import annotations

import re

from rcv.hardware.protocol import MAX_LINE, Bad, RejectReason


class LineSplitter:
    """Cuts a byte stream into lines; "\\r" and "\\n" both end a line, empty lines vanish.

    With ``sync=b"$"`` (the rcv protocol) every "$" starts a new line: whatever was pending is
    handed out as a :class:`Bad` (truncated or noise), so a frame that follows noise on the same
    line is never lost. A line longer than ``max_line`` is dropped (``TOO_LONG``) and bytes are
    skipped until the next line start. Stateful but pure: no I/O, no clock.
    """

    def __init__(self, sync: bytes | None = b"$", max_line: int = MAX_LINE) -> None:
        self._sync = sync
        self._max = max_line
        self._pending = bytearray()
        self._skipping = False
        pattern = rb"[\r\n]" if sync is None else rb"[\r\n" + re.escape(sync) + rb"]"
        self._delims = re.compile(pattern)

    def feed(self, data: bytes) -> list[bytes | Bad]:
        out: list[bytes | Bad] = []
        pos = 0
        for match in self._delims.finditer(data):
            idx = match.start()
            self._take(data[pos:idx], out)
            if data[idx] in b"\r\n":
                self._end_line(out)
                self._skipping = False
            else:  # a sync byte: a new line starts here
                self._end_partial(out)
                self._skipping = False
                self._pending += data[idx : idx + 1]
            pos = idx + 1
        self._take(data[pos:], out)
        return out

    def flush(self) -> list[Bad]:
        """The stream ended (the port was lost): a line left unfinished is refused."""
        out: list[bytes | Bad] = []
        self._end_partial(out)
        self._skipping = False
        return [item for item in out if isinstance(item, Bad)]

    def _take(self, chunk: bytes, out: list[bytes | Bad]) -> None:
        if self._skipping or not chunk:
            return
        self._pending += chunk
        if len(self._pending) > self._max:
            out.append(Bad(RejectReason.TOO_LONG, f"> {self._max} bytes"))
            self._pending.clear()
            self._skipping = True

    def _end_line(self, out: list[bytes | Bad]) -> None:
        if self._pending:
            line = bytes(self._pending)
            self._pending.clear()
            if self._sync is not None and not line.startswith(self._sync):
                out.append(Bad(RejectReason.NOISE, f"{len(line)} bytes"))
            else:
                out.append(line)

    def _end_partial(self, out: list[bytes | Bad]) -> None:
        if self._pending:
            sync = self._sync or b""
            reason = (
                RejectReason.TRUNCATED if self._pending.startswith(sync) else RejectReason.NOISE
            )
            out.append(Bad(reason, f"{len(self._pending)} bytes"))
            self._pending.clear()
