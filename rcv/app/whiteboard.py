"""Whiteboard mode: no devices at all. After time-up the referees report the wrong seats — the
MC types them ("12 15 27-30", Enter) or the referees' tablets send their blocks — and, once the
MC has confirmed the list, :meth:`~rcv.app.controller.ShowController.whiteboard` sets every
participant's answer in one step (see :func:`rcv.core.commands.whiteboard`).

:func:`parse_seats` reads what the MC typed; :class:`WhiteboardReports` gathers the tablets'
reports (the latest per referee and block) into one list to confirm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rcv.web.wire import RefereeReport

WHITEBOARD_REASON = "whiteboard"  # the reason code of the answers set from the boards
_PART = re.compile(r"^(\d{1,4})(?:\s*[-–]\s*(\d{1,4}))?$")
MOST = 2000  # a range longer than this is a typing mistake


@dataclass(frozen=True, slots=True)
class Parsed:
    seats: tuple[int, ...]
    problems: tuple[str, ...]  # the pieces that are not a seat or a range (shown back)


def parse_seats(text: str) -> Parsed:
    """Seats and ranges separated by spaces or commas: "12 15 27-30" → 12, 15, 27, 28, 29, 30."""
    seats: set[int] = set()
    problems: list[str] = []
    pieces = re.sub(r"\s*[-–]\s*", "-", text.strip())
    for piece in filter(None, re.split(r"[\s,;]+", pieces)):
        found = _PART.match(piece)
        if found is None:
            problems.append(piece)
            continue
        first = int(found.group(1))
        last = int(found.group(2) or first)
        if last < first or last - first > MOST or first < 1:
            problems.append(piece)
            continue
        seats.update(range(first, last + 1))
    return Parsed(tuple(sorted(seats)), tuple(problems))


@dataclass(slots=True)
class WhiteboardReports:
    """The referees' reports for the question on stage: the latest per referee and block."""

    reports: dict[tuple[str, int, int], RefereeReport] = field(default_factory=dict)

    def add(self, report: RefereeReport) -> None:
        self.reports[(report.referee, report.first, report.last)] = report

    def clear(self) -> None:
        self.reports.clear()

    @property
    def wrong(self) -> tuple[int, ...]:
        return tuple(sorted({s for r in self.reports.values() for s in r.wrong}))

    @property
    def covered(self) -> tuple[tuple[int, int], ...]:
        """The blocks reported so far (the console shows which seats no referee covered)."""
        return tuple(sorted((r.first, r.last) for r in self.reports.values()))
