"""The sheets that make the results checkable: "Nhật ký" (the whole log, undone entries and
rejected presses included) and "Thông tin" (the event, the rules in force, the fingerprint, the
workbook's language)."""

from __future__ import annotations

from datetime import datetime, tzinfo

from rcv import __version__
from rcv.core import events as ev
from rcv.core.press_figures import PressTally
from rcv.i18n import Words, language_name
from rcv.i18n.phrases.events import describe_entry, describe_hub
from rcv.i18n.phrases.results import INFO, LOG, column_title, said, sheet_name
from rcv.i18n.phrases.show import phase_name, reason_text
from rcv.results.facts import ShowResults
from rcv.results.fingerprint import Fingerprint
from rcv.results.sheets_ranking import (
    columns,
    event_lines,
    page_note,
    page_title,
    sheet_banner,
    title,
)
from rcv.results.table import CellValue, Kind, Mark, Sheet
from rcv.results.words import local_time, rules_lines

LOG_COLUMNS = (
    ("order", 7, Kind.INT),
    ("step", 6, Kind.INT),
    ("time", 22, Kind.DATETIME_MS),
    ("source", 16, Kind.TEXT),
    ("kind", 16, Kind.TEXT),
    ("content", 70, Kind.WRAP),
    ("status", 14, Kind.TEXT),
)
CORRECTIONS = (ev.AnswerSet, ev.ContestantEliminated, ev.ContestantRevived)
MARKED = ("correction", "undo")  # kinds of entry highlighted as corrections
# the rows of "Thông tin" that ``rcv verify`` checks (with the labels it finds them by)
FINGERPRINT_ROWS = ("fingerprint", "head", "entries", "payload")
SECTIONS = ("rules", "check")


def entry_kind(event: ev.Event) -> tuple[str, str]:
    """(source, kind) of a log entry, as codes of :data:`~rcv.i18n.phrases.results.LOG`."""
    if isinstance(event, ev.Undone):
        return "operator", "undo"
    if isinstance(event, ev.AnswerReceived):
        return "keypad", "press"
    if isinstance(event, ev.PressRejected):
        return "keypad", "refused"
    if isinstance(event, ev.LineNoise):
        return "hub", "noise"
    if isinstance(event, ev.PressesLost):
        return "hub", "lost"
    if isinstance(event, CORRECTIONS):
        return "operator", "correction"
    return "operator", "command"


def log_sheet(results: ShowResults, words: Words, tz: tzinfo | None = None) -> Sheet:
    """Every log entry ever written, in order; undone ones marked, not hidden."""
    rows: list[tuple[CellValue, ...]] = []
    marks: dict[int, Mark] = {}
    named = {code: said(LOG, code, words) for code in LOG if code != "log_line"}
    for i, entry in enumerate(results.event.entries):
        source, kind = entry_kind(entry.event)
        undone = entry.seq in results.undone
        if undone:
            marks[i] = Mark.UNDONE
        elif kind in MARKED:
            marks[i] = Mark.CORRECTION
        rows.append(
            (
                entry.seq,
                entry.step,
                local_time(entry.at_ms, tz),
                named[source],
                named[kind],
                describe_entry(entry, results.event.entries, words),
                named["undone"] if undone else None,
            )
        )
    tally = PressTally(results.event.entries)
    summary = said(
        LOG,
        "log_line",
        words,
        n=len(rows),
        undone=len(results.undone),
        column=column_title("status", words),
    )
    return Sheet(
        name=sheet_name("log", words),
        title=title("log", results, words),
        columns=columns(LOG_COLUMNS, words),
        rows=rows,
        lines=(
            *event_lines(results, words),
            summary,
            *(describe_hub(f, words) for _, f in sorted(tally.hubs.items())),
        ),
        banner=sheet_banner(results, words),
        marks=marks,
        page_title=page_title("log", results, words),
    )


INFO_COLUMNS = (("item", 34, Kind.WRAP), ("content", 90, Kind.WRAP))


def label(which: str, words: Words) -> str:
    """A label of the "Thông tin" sheet (column A)."""
    return said(INFO, which, words)


def info_rows(
    results: ShowResults, fingerprint: Fingerprint, exported_at: datetime, words: Words
) -> list[tuple[CellValue, ...]]:
    info, setup, state = results.info, results.setup, results.state
    if results.finished:
        why = reason_text(state.finished_reason, words)
        status = said(INFO, "finished_why", words, why=why) if why else label("finished", words)
    else:
        phase = phase_name(state.phase, words)
        status = said(INFO, "not_finished", words, phase=phase)
    how = said(
        INFO,
        "how_text",
        words,
        ranking=sheet_name("ranking", words),
        prizes=sheet_name("prizes", words),
    )
    rows: list[tuple[CellValue, ...]] = [
        (label("name", words), info.name),
        (label("date", words), info.date or None),
        (label("venue", words), info.venue or None),
        (label("organiser", words), info.organiser or None),
        (label("questions", words), setup.questions.title or None),
        (label("contestants", words), len(setup.roster)),
        (label("shown", words), len(results.questions)),
        (label("state", words), status),
        (label("rules", words), None),
        *rules_lines(setup.rules, words),
        (label("check", words), None),
        (label("fingerprint", words), fingerprint.text),
        (label("head", words), fingerprint.head),
        (label("entries", words), fingerprint.entries),
        (label("payload", words), fingerprint.payload),
        (label("how", words), how),
        (label("exported", words), exported_at),
        (label("software", words), f"rcv {__version__}"),
        (label("language", words), language_name(words.lang)),
    ]
    return rows


def info_sheet(
    results: ShowResults, fingerprint: Fingerprint, exported_at: datetime, words: Words
) -> Sheet:
    """The event, the rules in force in words, and the fingerprint with how to check it."""
    rows = info_rows(results, fingerprint, exported_at, words)
    sections = {label(which, words) for which in SECTIONS}
    marks = {i: Mark.SECTION for i, row in enumerate(rows) if row[0] in sections}
    return Sheet(
        name=sheet_name("info", words),
        title=title("info", results, words),
        columns=columns(INFO_COLUMNS, words),
        rows=rows,
        lines=event_lines(results, words),
        banner=sheet_banner(results, words),
        page_title=page_title("info", results, words),
        page_note=page_note(fingerprint, words),
        marks=marks,
        autofilter=False,
    )
