"""Question sets from Excel workbooks: rcv's template and the organisers' own layouts.

Each sheet is searched for a header row naming at least the question column and one more
(options or answer). A sheet named after a pool ("Câu hỏi phụ", "Cứu trợ", "Chuông vàng") gives
its questions that pool unless a pool column says otherwise; a row holding only a pool heading
("CÂU HỎI PHỤ") inside a sheet switches the pool for the rows below it. Tables found the same
way in Word documents are read by :func:`read_question_table`.
"""

from __future__ import annotations

from pathlib import Path

from rcv.core.model import Pool
from rcv.importers.drafts import Draft
from rcv.importers.grid import Grid
from rcv.importers.headers import OPTION_FIELDS, QUESTION_FIELDS, fold, pool_from_label
from rcv.importers.parsed import Parsed, attach_media
from rcv.importers.report import Report, term
from rcv.importers.sources import Source
from rcv.importers.tabular import (
    HEADER_SCAN_ROWS,
    Header,
    Record,
    check_header,
    find_header,
    records,
    report_cell_issue,
)
from rcv.importers.workbook import WorkbookUnreadable, read_workbook

FILL_DOWN = ("pool", "kind", "time", "source")


def is_question_header(fields: set[str]) -> bool:
    return "text" in fields and len(fields - {"ordinal", "id"}) >= 2


def read_xlsx_questions(source: Source, report: Report) -> Parsed:
    """Drafts from every sheet of the workbook that holds a question table."""
    parsed = Parsed()
    try:
        grids = read_workbook(source.data, source.where, report)
    except WorkbookUnreadable as exc:
        report.error("file_corrupt", source.where, expected="Excel (.xlsx)", reason=str(exc))
        return parsed
    for grid in grids:
        if not grid.rows:
            continue
        header = find_header(grid, QUESTION_FIELDS, is_question_header)
        if header is None:
            if pool_from_label(grid.name) is not None and not grid.hidden:
                report.warn(
                    "sheet_no_header",
                    grid.where,
                    rows=HEADER_SCAN_ROWS,
                    expected=term("question_columns"),
                )
            continue
        if grid.hidden:
            report.warn("sheet_hidden", grid.where)
            continue
        if not parsed.title:
            parsed.title = _title_above(grid, header)
        read_question_table(grid, header, source.path.parent, parsed, report)
    return parsed


def _title_above(grid: Grid, header: Header) -> str:
    for row in range(1, header.first_row):
        for cell in grid.rows.get(row, ()):
            if cell.text:
                return cell.text
    return ""


def read_question_table(
    grid: Grid, header: Header, base: Path, parsed: Parsed, report: Report
) -> None:
    """Append a draft for each question row of one table."""
    if not check_header(grid, header, report):
        return
    if "answer" not in header.columns:
        report.error(
            "column_missing",
            grid.where.at(row=header.first_row),
            "answer",
            field="answer",
            row=header.first_row,
        )
        return
    pool_of_sheet = pool_from_label(grid.name) or Pool.MAIN
    sections = _section_rows(grid, header)
    has_time = "time" in header.columns
    header_words = {f: fold(header.labels.get(c, "")) for f, c in header.columns.items()}
    count = 0
    for record in records(grid, header, report, FILL_DOWN):
        if record.row in sections:
            continue
        pool = next((p for r, p in reversed(sections.items()) if r < record.row), pool_of_sheet)
        if _repeats_header(record, header_words):
            continue
        draft = _draft(record, pool, has_time, report)
        if draft is None:
            continue
        if "media" in record.cells:
            draft.media = attach_media(
                record.text("media"), base, record.at("media"), parsed, report
            )
        parsed.drafts.append(draft)
        count += 1
    if not has_time and count:
        report.warn("time_column_missing", grid.where.at(row=header.first_row), "time", count=count)


def _section_rows(grid: Grid, header: Header) -> dict[int, Pool]:
    """Rows holding nothing but a pool heading ("CÂU HỎI PHỤ"), and the pool they start."""
    out: dict[int, Pool] = {}
    for row in range(header.last_row + 1, grid.max_row + 1):
        texts = [c.text for c in grid.rows.get(row, ()) if c.text]
        if len(texts) != 1 or len(texts[0]) > 60 or "?" in texts[0]:
            continue
        pool = pool_from_label(texts[0])
        if pool is not None and not any(c.is_number for c in grid.rows[row]):
            out[row] = pool
    return out


def _repeats_header(record: Record, header_words: dict[str, str]) -> bool:
    """A header row repeated further down (a printed table's header on each page)."""
    same = [
        f
        for f, cell in record.cells.items()
        if f != "ordinal" and len(cell.text) < 40 and fold(cell.text) == header_words[f]
    ]
    return len(same) >= 2


def _draft(record: Record, pool: Pool, has_time: bool, report: Report) -> Draft | None:
    usable = True
    for field in record.cells:
        usable = report_cell_issue(record, field, report) and usable
    if not usable:
        return None
    draft = Draft(
        where=record.where,
        text=record.text("text"),
        id=record.text("id"),
        options=[record.text(f) for f in OPTION_FIELDS],
        answer=record.text("answer"),
        kind=record.text("kind"),
        pool=record.text("pool"),
        default_pool=pool,
        time=record.text("time"),
        explanation=record.text("explanation"),
        source=record.text("source"),
        warn_no_time=has_time,
    )
    draft.places = {f: record.at(f) for f in record.columns}
    first_option = next((f for f in OPTION_FIELDS if f in record.columns), None)
    if first_option:
        draft.places["options"] = record.at(first_option)
    return draft
