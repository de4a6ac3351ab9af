"""``export_workbook``: the official results of an event as one Excel workbook.

Sheets, in order: Xếp hạng, Giải thưởng, Xếp hạng đơn vị and Xếp hạng nhóm (when the roster
names units, groups), Diễn biến, Chi tiết, Nhật ký, Thông tin (see docs/results.md), named and
written in the language of the :class:`~rcv.i18n.Words` given (the operator's), which the
workbook records so that ``rcv verify`` checks it in that language. The library never prints;
the console calls it from a worker thread and follows ``progress(done, total)``. The event file
is only read; the workbook is written to a temporary file beside the target and renamed, so a
failure never leaves half a file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from rcv.i18n import Words
from rcv.results.atomic import check_target, write_atomically
from rcv.results.facts import EventRecord, ShowResults, compute_results, read_event
from rcv.results.fingerprint import Fingerprint
from rcv.results.sheets_log import info_sheet, log_sheet
from rcv.results.sheets_play import detail_sheet, play_sheet
from rcv.results.sheets_ranking import prizes_sheet, ranking_sheet
from rcv.results.sheets_units import team_sheets
from rcv.results.table import Sheet, book
from rcv.results.xlsx import write_workbook

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What was written, for the console's confirmation and the CLI's last lines."""

    path: Path
    finished: bool  # False: the workbook says "KẾT QUẢ TẠM THỜI" on every sheet
    language: str  # the workbook's language ("vi", "en")
    contestants: int
    questions: int
    entries: int
    fingerprint: Fingerprint


def fingerprint_of(event: EventRecord) -> Fingerprint:
    return Fingerprint(event.head, len(event.entries))


def verified_sheets(results: ShowResults, words: Words) -> list[Sheet]:
    """The sheets ``rcv verify`` rebuilds and compares cell by cell."""
    fingerprint = fingerprint_of(results.event)
    return [
        ranking_sheet(results, fingerprint, words),
        prizes_sheet(results, fingerprint, words),
        *team_sheets(results, fingerprint, words),
    ]


def build_sheets(
    results: ShowResults,
    words: Words,
    tz: tzinfo | None = None,
    exported_at: datetime | None = None,
) -> list[Sheet]:
    """Every sheet of the workbook, in order (pure but for ``exported_at`` defaulting to now)."""
    fingerprint = fingerprint_of(results.event)
    when = exported_at or datetime.now(tz).replace(tzinfo=None, microsecond=0)
    return [
        *verified_sheets(results, words),
        play_sheet(results, words, tz),
        detail_sheet(results, words),
        log_sheet(results, words, tz),
        info_sheet(results, fingerprint, when, words),
    ]


def export_results(
    event: EventRecord,
    target: Path | str,
    words: Words,
    *,
    progress: Progress | None = None,
    tz: tzinfo | None = None,
    exported_at: datetime | None = None,
) -> ExportSummary:
    """Write the results of ``event`` (already read, e.g. from the running show) to ``target``,
    in the language of ``words``.

    Raises :class:`~rcv.results.errors.TargetInUse` when the target is open in Excel (retry
    after closing it) and :class:`~rcv.results.errors.TargetNotWritable` when the folder cannot
    be written. ``tz`` is the time zone of the printed times (default: this computer's).
    """
    target = Path(target)
    check_target(target)
    results = compute_results(event)
    sheets = build_sheets(results, words, tz, exported_at)
    total = sum(len(s.rows) for s in sheets)
    done = 0

    def tick(rows: int) -> None:
        nonlocal done
        done += rows
        if progress is not None:
            progress(done, total)

    if progress is not None:
        progress(0, total)
    write_atomically(target, lambda temp: write_workbook(temp, book(sheets, words), tick))
    return ExportSummary(
        path=target,
        finished=results.finished,
        language=words.lang,
        contestants=len(event.setup.roster),
        questions=len(results.questions),
        entries=len(event.entries),
        fingerprint=fingerprint_of(event),
    )


def export_workbook(
    event_path: Path | str,
    target: Path | str,
    words: Words,
    *,
    progress: Progress | None = None,
    tz: tzinfo | None = None,
    exported_at: datetime | None = None,
) -> ExportSummary:
    """Read the event file (opened, read, closed: never changed) and export its results.

    Raises :class:`rcv.storage.errors.EventFileError` when the event file cannot be used, and
    the :class:`~rcv.results.errors.ResultsError` family when the workbook cannot be written.
    """
    check_target(Path(target))
    event = read_event(event_path)
    return export_results(event, target, words, progress=progress, tz=tz, exported_at=exported_at)
