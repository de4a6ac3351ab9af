"""The sheets of how the show went: "Diễn biến" (question by question) and "Chi tiết" (every
contestant × every question)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import tzinfo

from rcv.core import events as ev
from rcv.core.events import LogEntry
from rcv.core.model import LETTERS, QuestionKind
from rcv.i18n import Words
from rcv.i18n.phrases.events import describe_entry
from rcv.i18n.phrases.results import PLAY, column_title, said, sheet_name
from rcv.results.facts import QuestionFacts, ShowResults, Window
from rcv.results.sheets_ranking import columns, event_lines, page_title, sheet_banner, title
from rcv.results.table import CellValue, Column, Kind, Mark, Sheet
from rcv.results.words import local_time, stage_label

MAX_LISTED = 60  # corrections listed in one cell; the rest are counted (all are in the log sheet)


def option_letters(results: ShowResults) -> str:
    """The option columns needed: A–D usually, up to F when a question had more options."""
    widest = max((len(f.question.letters) for f in results.questions), default=0)
    return LETTERS[: max(4, widest)]


def play_columns(letters: str, words: Words) -> tuple[Column, ...]:
    def col(code: str, width: float, kind: Kind = Kind.TEXT) -> Column:
        return Column(column_title(code, words), width, kind)

    return (
        col("order", 5, Kind.INT),
        col("round", 11),
        col("number", 6, Kind.INT),
        col("qid", 8),
        col("question", 40, Kind.WRAP),
        col("key", 18, Kind.WRAP),
        col("shown_at", 18, Kind.DATETIME),
        col("participants", 8, Kind.INT),
        *(Column(column_title("chose", words, letter=k), 7, Kind.INT) for k in letters),
        col("no_answer", 8, Kind.INT),
        col("right", 7, Kind.INT),
        col("wrong", 7, Kind.INT),
        col("out_count", 7, Kind.INT),
        col("out", 30, Kind.WRAP),
        col("back", 24, Kind.WRAP),
        col("other", 24, Kind.WRAP),
        col("corrections", 40, Kind.WRAP),
    )


def _sbds(results: ShowResults, seats: Sequence[int]) -> str:
    return ", ".join(results.contestant(s).sbd for s in seats)


def _described(results: ShowResults, entries: Sequence[LogEntry], words: Words) -> list[str]:
    return [describe_entry(e, results.event.entries, words) for e in entries]


def _listed(results: ShowResults, entries: Sequence[LogEntry], words: Words) -> str:
    shown = _described(results, entries[:MAX_LISTED], words)
    if len(entries) > MAX_LISTED:
        more = len(entries) - MAX_LISTED
        shown.append(said(PLAY, "more", words, n=more, sheet=sheet_name("log", words)))
    return "\n".join(shown)


def outcome_notes(
    results: ShowResults, outcome: ev.EliminationsApplied | None, words: Words
) -> list[str]:
    """What the outcome of a question said beyond who left: all wrong, golden bell, tie-break."""
    if outcome is None:
        return [said(PLAY, "not_applied", words)]
    notes = []
    if outcome.all_wrong:
        notes.append(said(PLAY, "all_wrong" if outcome.eliminated else "all_wrong_kept", words))
    if outcome.rung:
        notes.append(said(PLAY, "rung", words, sbds=_sbds(results, outcome.rung)))
    if outcome.dropped:
        notes.append(said(PLAY, "dropped", words, sbds=_sbds(results, outcome.dropped)))
    return notes


def _question_row(
    results: ShowResults, f: QuestionFacts, letters: str, tz: tzinfo | None, words: Words
) -> tuple[CellValue, ...]:
    record, question = f.record, f.question
    chosen = Counter(a.answer.strip().upper() for a in record.answers.values())
    right = sum(
        1
        for seat in record.participants
        if (a := record.answers.get(seat)) is not None and question.is_correct(a.answer)
    )
    answered = sum(1 for seat in record.participants if seat in record.answers)
    keypad = question.kind is not QuestionKind.SHORT
    option_counts = [
        chosen.get(letter, 0) if keypad and letter in question.letters else None
        for letter in letters
    ]
    notes = outcome_notes(results, record.outcome, words) + _described(results, f.notes, words)
    return (
        f.order,
        stage_label(record.stage, words),
        record.number,
        record.question_id,
        question.text,
        question.correct_text(),
        local_time(record.shown_at_ms, tz),
        len(record.participants),
        *option_counts,
        len(record.participants) - answered,
        right,
        answered - right,
        len(f.eliminated),
        _sbds(results, f.eliminated),
        _sbds(results, f.returned),
        "; ".join(notes),
        _listed(results, f.corrections, words),
    )


def _before_row(
    results: ShowResults, w: Window, letters: str, words: Words
) -> tuple[CellValue, ...]:
    blanks: list[CellValue] = [None] * (len(letters) + 4)
    return (
        None,
        said(PLAY, "before_first", words),
        None,
        None,
        None,
        None,
        None,
        None,
        *blanks,
        len(w.eliminated),
        _sbds(results, w.eliminated),
        _sbds(results, w.returned),
        "; ".join(_described(results, w.notes, words)),
        _listed(results, w.corrections, words),
    )


def play_sheet(results: ShowResults, words: Words, tz: tzinfo | None = None) -> Sheet:
    """One row per question shown, in order."""
    letters = option_letters(results)
    rows: list[tuple[CellValue, ...]] = []
    marks: dict[int, Mark] = {}
    w = results.before_first
    if w.eliminated or w.returned or w.notes or w.corrections:
        rows.append(_before_row(results, w, letters, words))
    for f in results.questions:
        if f.corrections:
            marks[len(rows)] = Mark.CORRECTION
        rows.append(_question_row(results, f, letters, tz, words))
    return Sheet(
        name=sheet_name("play", words),
        title=title("play", results, words),
        columns=play_columns(letters, words),
        rows=rows,
        lines=(
            *event_lines(results, words),
            said(PLAY, "play_line", words, n=len(results.questions)),
        ),
        banner=sheet_banner(results, words),
        marks=marks,
        page_title=page_title("play", results, words),
    )


DETAIL_COLUMNS = (
    ("seat", 6, Kind.INT),
    ("sbd", 10, Kind.TEXT),
    ("name", 24, Kind.TEXT),
    ("q_order", 6, Kind.INT),
    ("round", 11, Kind.TEXT),
    ("number", 6, Kind.INT),
    ("qid", 8, Kind.TEXT),
    ("given", 10, Kind.TEXT),
    ("result", 14, Kind.TEXT),
    ("response", 11, Kind.SECONDS),
    ("via", 12, Kind.TEXT),
)


def detail_sheet(results: ShowResults, words: Words) -> Sheet:
    """Every contestant × every question shown: their answer, right or wrong, how fast."""
    rows: list[tuple[CellValue, ...]] = []
    played = [
        (f, set(f.record.participants), stage_label(f.record.stage, words))
        for f in results.questions
    ]
    said_as = {
        key: said(PLAY, key, words)
        for key in ("absent", "no_answer", "right", "wrong", "keypad", "by_hand")
    }
    for c in sorted(results.setup.roster.contestants, key=lambda c: c.seat):
        for f, participants, stage in played:
            record = f.record
            head = (c.seat, c.sbd, c.name, f.order, stage, record.number, record.question_id)
            if c.seat not in participants:
                rows.append((*head, None, said_as["absent"], None, None))
                continue
            answer = record.answers.get(c.seat)
            if answer is None:
                rows.append((*head, None, said_as["no_answer"], None, None))
                continue
            ms = record.response_ms(c.seat)
            rows.append(
                (
                    *head,
                    answer.answer,
                    said_as["right" if f.question.is_correct(answer.answer) else "wrong"],
                    ms / 1000 if ms is not None else None,
                    said_as["keypad" if answer.source == "keypad" else "by_hand"],
                )
            )
    return Sheet(
        name=sheet_name("detail", words),
        title=title("detail", results, words),
        columns=columns(DETAIL_COLUMNS, words),
        rows=rows,
        lines=(*event_lines(results, words), said(PLAY, "detail_line", words)),
        banner=sheet_banner(results, words),
        page_title=page_title("detail", results, words),
    )
