"""The counters of one link, kept so that they add up: every item that came in on the line is
counted once, as a press handed on, a refusal by reason, a control frame, or one still held."""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field

from rcv.hardware.frames import RejectReason


@dataclass
class LinkStats:
    """Counters of one link since it started.

    ``lines`` counts every item that came in: each line or frame, and each undecodable chunk
    (noise, a frame cut short). Each ends as exactly one of: a press handed on (``presses``), a
    refusal (``rejected``, by reason), a control frame handed on (``control``: hello, heartbeat,
    ack, self-test, RUN, a device's expected banner), or a frame still held waiting for a hello
    (``held``). So ``lines == presses + sum(rejected.values()) + control + held`` always
    (:attr:`unaccounted` is the difference, 0).

    Sequence numbers: ``lost_frames`` were skipped and not (yet) received; of those,
    ``not_presses`` the hub said were not presses, ``lost_presses`` it said were presses it no
    longer holds, ``lost_unknown`` could not be accounted for (reported as possibly presses).
    """

    bytes_in: int = 0
    frames: int = 0  # good frames (parsed, not duplicates)
    presses: int = 0
    lost_frames: int = 0  # sequence numbers never received (after replays)
    replayed: int = 0
    rejected: Counter[RejectReason] = field(default_factory=Counter)
    connects: int = 0
    lines: int = 0
    control: int = 0
    held: int = 0
    not_presses: int = 0
    lost_presses: int = 0
    lost_unknown: int = 0
    resyncs: int = 0

    def copy(self) -> LinkStats:
        return dataclasses.replace(self, rejected=Counter(self.rejected))

    @property
    def unaccounted(self) -> int:
        """Items that came in and are in no count (0 unless something is wrong)."""
        return self.lines - self.presses - sum(self.rejected.values()) - self.control - self.held

    def summary(self) -> str:
        refused = ", ".join(f"{r.value} {n}" for r, n in self.rejected.most_common()) or "0"
        return (
            f"{self.lines} dòng = {self.presses} lần bấm + {sum(self.rejected.values())} bị loại "
            f"({refused}) + {self.control} điều khiển + {self.held} đang giữ "
            f"(lines = presses + rejected + control + held)"
        )
