"""Every press accounted for: per hub, how many arrived, were accepted, refused (and why), came
as line noise or were lost — counted from the log itself, so the figures always add up.

Pure: the console's hardware pane folds each change in as it comes, ``rcv log --presses`` and
the workbook fold the whole log. Undone entries still count: a press that arrived was received,
whatever the MC later took back.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from rcv.core import events as ev


@dataclass(slots=True)
class HubFigures:
    """One hub's presses so far. ``received`` is the sum of the others, by construction: every
    record in the log is exactly one of accepted, refused (by reason) or noise."""

    hub: str
    accepted: int = 0
    refused: Counter[str] = field(default_factory=Counter)  # RejectReason value -> count
    noise: Counter[str] = field(default_factory=Counter)  # link reason -> count (no seat named)
    lost: int = 0  # frames the hub sent that could not be recovered
    lost_reports: int = 0

    @property
    def refused_total(self) -> int:
        return sum(self.refused.values())

    @property
    def noise_total(self) -> int:
        return sum(self.noise.values())

    @property
    def received(self) -> int:
        return self.accepted + self.refused_total + self.noise_total


class PressTally:
    """Folds log entries into :class:`HubFigures`, one per hub ("" for presses of no hub)."""

    def __init__(self, entries: Iterable[ev.LogEntry] = ()) -> None:
        self.hubs: dict[str, HubFigures] = {}
        for entry in entries:
            self.add(entry.event)

    def _hub(self, name: str) -> HubFigures:
        figures = self.hubs.get(name)
        if figures is None:
            figures = self.hubs[name] = HubFigures(name)
        return figures

    def add(self, event: ev.Event) -> None:
        if isinstance(event, ev.AnswerReceived | ev.BuzzReceived):  # a buzz is accepted too
            self._hub(event.hub).accepted += 1
        elif isinstance(event, ev.PressRejected):
            self._hub(event.hub).refused[event.reason] += 1
        elif isinstance(event, ev.LineNoise):
            noise = self._hub(event.hub).noise
            for reason, n in event.counts:
                noise[reason] += n
        elif isinstance(event, ev.PressesLost):
            hub = self._hub(event.hub)
            hub.lost += event.count
            hub.lost_reports += 1

    def total(self) -> HubFigures:
        """All hubs together."""
        out = HubFigures("")
        for h in self.hubs.values():
            out.accepted += h.accepted
            out.refused.update(h.refused)
            out.noise.update(h.noise)
            out.lost += h.lost
            out.lost_reports += h.lost_reports
        return out
