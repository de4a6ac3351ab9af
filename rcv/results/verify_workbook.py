"""Check a results workbook against the event file it claims to come from.

The sheets the jury signs ("Xếp hạng", "Giải thưởng", and the team sheets "Xếp hạng đơn vị",
"Xếp hạng nhóm" when the roster has units) and the fingerprint cells of "Thông tin" are rebuilt
from the event file with the same functions that wrote them, in the language the workbook is
written in, and compared cell by cell: any value typed over, any row added or removed is
reported as ``sheet!cell``, expected, found. A workbook without any team sheet (exported before
rcv wrote them) claims nothing about units: their absence is not a difference; one of them
without the other is (a sheet removed). A workbook
exported before the end of the show (provisional) is checked against the log as it stood then,
when its fingerprint is a link of the file's hash chain.

The workbook's language is its document property ``language`` (written by rcv); a workbook
without it (exported before workbooks had a language, or saved by a program that dropped it)
is recognised by its sheet names, and is Vietnamese when nothing else fits. The language is a
fact about the document, not the reader's choice: the words to rebuild it are made here, in that
language; the verdict is put in the reader's words by the caller.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zipfile import BadZipFile

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from rcv.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, Words, available_languages, language_name
from rcv.i18n.phrases.results import sheet_name
from rcv.results.errors import ResultsError
from rcv.results.facts import EventRecord, compute_results
from rcv.results.fingerprint import Fingerprint
from rcv.results.sheets_log import FINGERPRINT_ROWS, info_sheet, label
from rcv.results.table import CellValue, Sheet, placed_cells
from rcv.results.workbook import fingerprint_of, verified_sheets

Cells = dict[tuple[int, int], CellValue]
VERIFIED_SHEETS = ("ranking", "prizes", "units", "groups")
OPTIONAL_SHEETS = ("units", "groups")  # older workbooks have no team sheets
VERIFY = "Verify"
# what ``rcv verify EVENT WORKBOOK`` says, in the reader's language
VERDICT = {
    "cannot": QT_TRANSLATE_NOOP("Verify", "KHÔNG KIỂM TRA ĐƯỢC: {why}"),
    "matches": QT_TRANSLATE_NOOP("Verify", "BẢNG TÍNH KHỚP: {name} ({language}) — {note}."),
    "differs": QT_TRANSLATE_NOOP("Verify", "BẢNG TÍNH KHÔNG KHỚP: {name} ({language}) — {note}."),
    "full": QT_TRANSLATE_NOOP("Verify", "so với tệp sự kiện ({entries} mục nhật ký)"),
    "then": QT_TRANSLATE_NOOP(
        "Verify",
        "bảng tính được xuất khi nhật ký mới có {then} mục (nay có {entries}): so với tệp sự "
        "kiện tại thời điểm đó",
    ),
    "now": QT_TRANSLATE_NOOP("Verify", "so với tệp sự kiện hiện tại ({entries} mục nhật ký)"),
    "other_event": QT_TRANSLATE_NOOP(
        "Verify",
        "Dấu vân tay ghi trong bảng tính ({claimed}, {claimed_entries} mục) không phải của tệp "
        "sự kiện này ({actual}): bảng tính được xuất từ một tệp sự kiện khác, hoặc đã bị sửa.",
    ),
    "count": QT_TRANSLATE_NOOP("Verify", "{n} ô khác với kết quả tính lại từ tệp sự kiện:"),
    "cell": QT_TRANSLATE_NOOP("Verify", "  {where}: mong đợi {expected}, tìm thấy {found}"),
    "no_sheet": QT_TRANSLATE_NOOP("Verify", "  {where}: không có trang này trong bảng tính"),
    "more": QT_TRANSLATE_NOOP("Verify", "  … và {n} ô khác."),
}


def verdict(which: str, words: Words, /, **params: object) -> str:
    """One line of what ``rcv verify`` says about a workbook."""
    return words(VERIFY, VERDICT[which], **params)


@dataclass(frozen=True, slots=True)
class CellMismatch:
    sheet: str
    cell: str  # "C7"; empty when the whole sheet is missing
    expected: CellValue
    found: CellValue

    @property
    def where(self) -> str:
        return f"{self.sheet}!{self.cell}" if self.cell else self.sheet

    @property
    def missing_sheet(self) -> bool:
        return not self.cell


@dataclass(frozen=True, slots=True)
class WorkbookCheck:
    """The verdict on one workbook."""

    mismatches: tuple[CellMismatch, ...]
    claimed: Fingerprint | None  # the fingerprint written in the workbook, if readable
    checked_against: Fingerprint  # the state of the event the workbook was compared with
    entries: int  # how many log entries the event file holds now
    language: str  # the workbook's language ("vi", "en"), as it was read back

    @property
    def matches(self) -> bool:
        return not self.mismatches

    @property
    def other_fingerprint(self) -> bool:
        """The workbook claims a fingerprint that is not this event's (at any point of its log)."""
        return self.claimed is not None and self.claimed != self.checked_against

    @property
    def compared_with(self) -> str:
        """What the workbook was compared with: ``"full"`` the whole log (the fingerprint
        agrees, or the workbook has none), ``"then"`` the log as it stood at a provisional
        export, ``"now"`` the whole log although the fingerprint names another state."""
        if self.checked_against.entries < self.entries:
            return "then"
        return "now" if self.other_fingerprint else "full"


MAX_COLUMNS = 64  # results sheets are far narrower
EXTRA_ROWS = 1000  # headings, notes and prize lines above and below the table


def _read_cells(ws: object, max_rows: int) -> Cells:
    """The sheet's values within the area a results sheet can use: the declared dimension is
    ignored (one stray cell at XFD1048576 would make it a million rows by 16,384 columns)."""
    cells: Cells = {}
    ws.reset_dimensions()  # type: ignore[attr-defined]
    rows = ws.iter_rows(values_only=True, max_col=MAX_COLUMNS)  # type: ignore[attr-defined]
    for r, row in enumerate(rows, start=1):
        if r > max_rows:
            break
        for c, value in enumerate(row, start=1):
            if value is not None and value != "":
                cells[(r, c)] = value
    return cells


def _same(expected: CellValue, found: CellValue) -> bool:
    if isinstance(expected, bool) or isinstance(found, bool):
        return expected == found
    if isinstance(expected, int | float) and isinstance(found, int | float):
        return math.isclose(expected, found, rel_tol=1e-9, abs_tol=1e-9)
    return type(expected) is type(found) and expected == found


def compare_cells(name: str, expected: Cells, found: Cells) -> Iterator[CellMismatch]:
    for r, c in sorted(expected.keys() | found.keys()):
        e, f = expected.get((r, c)), found.get((r, c))
        if not _same(e, f):
            yield CellMismatch(name, f"{get_column_letter(c)}{r}", e, f)


def _expected(sheet: Sheet) -> Cells:
    return {(r, c): v for r, c, v in placed_cells(sheet)}


def _claimed(info: Cells, words: Words) -> Fingerprint | None:
    labels = {v: r for (r, c), v in info.items() if c == 1 and isinstance(v, str)}
    head = info.get((labels.get(label("head", words), -1), 2))
    entries = info.get((labels.get(label("entries", words), -1), 2))
    if isinstance(head, str) and isinstance(entries, int) and not isinstance(entries, bool):
        return Fingerprint(head.strip().lower(), entries)
    return None


def _choose(event: EventRecord, claimed: Fingerprint | None) -> EventRecord:
    """The state of the event to compare with: the whole log, or the prefix it was made from."""
    full = fingerprint_of(event)
    if claimed is not None and claimed != full and 0 <= claimed.entries < full.entries:
        earlier = event.prefix(claimed.entries)
        if earlier.head == claimed.head:
            return earlier
    return event


def workbook_language(recorded: str | None, sheet_names: list[str]) -> str:
    """The language a workbook is written in: the one it records, else the one whose sheet
    names it has (older workbooks: Vietnamese), else Vietnamese."""
    languages = available_languages()
    wanted = (recorded or "").strip().lower()[:2]
    if wanted in languages:
        return wanted
    names = set(sheet_names)
    for lang in languages:
        if sheet_name("ranking", Words(lang)) in names:
            return lang
    return SOURCE_LANGUAGE


def verify_workbook(event: EventRecord, workbook: Path | str) -> WorkbookCheck:
    """Compare the workbook with what the event file says it must contain."""
    path = Path(workbook)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (OSError, BadZipFile, InvalidFileException, KeyError, ValueError) as exc:
        raise ResultsError("workbook_unreadable", path, detail=str(exc)) from exc
    try:
        language = workbook_language(wb.properties.language, wb.sheetnames)
        words = Words(language)  # the workbook's own language, whatever the reader's
        info_name = sheet_name("info", words)
        wanted_sheets = {*(sheet_name(s, words) for s in VERIFIED_SHEETS), info_name}
        max_rows = 2 * len(event.setup.roster) + EXTRA_ROWS
        # read-only mode reads a sheet only when asked: the big sheets are never parsed
        found = {
            ws.title: _read_cells(ws, max_rows) for ws in wb.worksheets if ws.title in wanted_sheets
        }
    finally:
        wb.close()
    claimed = _claimed(found.get(info_name, {}), words)
    chosen = _choose(event, claimed)
    results = compute_results(chosen)
    info = info_sheet(results, fingerprint_of(chosen), datetime(2000, 1, 1), words)
    expected_info = _expected(info)
    labels = {label(which, words) for which in FINGERPRINT_ROWS}
    rows = {r for (r, c), v in expected_info.items() if c == 1 and v in labels}
    wanted = {k: v for k, v in expected_info.items() if k[0] in rows}
    got = {k: v for k, v in found.get(info_name, {}).items() if k[0] in rows}
    mismatches = list(compare_cells(info_name, wanted, got))  # the fingerprint first
    optional = {sheet_name(s, words) for s in OPTIONAL_SHEETS}
    older = not optional & found.keys()  # no team sheet at all: written before rcv had them
    for sheet in verified_sheets(results, words):
        if sheet.name not in found:
            if not (older and sheet.name in optional):
                mismatches.append(CellMismatch(sheet.name, "", None, None))
            continue
        mismatches.extend(compare_cells(sheet.name, _expected(sheet), found[sheet.name]))
    return WorkbookCheck(
        tuple(mismatches), claimed, fingerprint_of(chosen), len(event.entries), language
    )


def verdict_lines(check: WorkbookCheck, name: str, words: Words, shown: int = 20) -> list[str]:
    """What ``rcv verify`` says about the workbook ``name``, in the reader's ``words`` (the
    cells it lists are quoted as the workbook has them, in the workbook's language)."""
    note = verdict(
        check.compared_with,
        words,
        entries=check.entries,
        then=check.checked_against.entries,
    )
    language = language_name(check.language)
    which = "matches" if check.matches else "differs"
    lines = [verdict(which, words, name=name, language=language, note=note)]
    if check.matches:
        return lines
    if check.other_fingerprint and check.claimed is not None:
        lines.append(
            verdict(
                "other_event",
                words,
                claimed=check.claimed.text,
                claimed_entries=check.claimed.entries,
                actual=check.checked_against.text,
            )
        )
    lines.append(verdict("count", words, n=len(check.mismatches)))
    for m in check.mismatches[:shown]:
        if m.missing_sheet:
            lines.append(verdict("no_sheet", words, where=m.where))
        else:
            lines.append(
                verdict(
                    "cell", words, where=m.where, expected=repr(m.expected), found=repr(m.found)
                )
            )
    if len(check.mismatches) > shown:
        lines.append(verdict("more", words, n=len(check.mismatches) - shown))
    return lines
