"""Check a results workbook against the event file it claims to come from.

The sheets the jury signs ("Xếp hạng", "Giải thưởng") and the fingerprint cells of "Thông tin"
are rebuilt from the event file with the same functions that wrote them and compared cell by
cell: any value typed over, any row added or removed is reported as ``sheet!cell``, expected,
found. A workbook exported before the end of the show (provisional) is checked against the log
as it stood then, when its fingerprint is a link of the file's hash chain.
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

from rcv.results.errors import ResultsError
from rcv.results.facts import EventRecord, compute_results
from rcv.results.fingerprint import Fingerprint
from rcv.results.sheets_log import (
    FINGERPRINT_LABELS,
    INFO_SHEET,
    LABEL_ENTRIES,
    LABEL_HEAD,
    info_sheet,
)
from rcv.results.sheets_ranking import PRIZES_SHEET, RANKING_SHEET
from rcv.results.table import CellValue, Sheet, placed_cells
from rcv.results.workbook import fingerprint_of, verified_sheets

Cells = dict[tuple[int, int], CellValue]
VERIFIED_SHEETS = (RANKING_SHEET, PRIZES_SHEET)


@dataclass(frozen=True, slots=True)
class CellMismatch:
    sheet: str
    cell: str  # "C7"; empty when the whole sheet is missing
    expected: CellValue
    found: CellValue

    @property
    def where(self) -> str:
        return f"{self.sheet}!{self.cell}" if self.cell else self.sheet


@dataclass(frozen=True, slots=True)
class WorkbookCheck:
    """The verdict on one workbook."""

    mismatches: tuple[CellMismatch, ...]
    claimed: Fingerprint | None  # the fingerprint written in the workbook, if readable
    checked_against: Fingerprint  # the state of the event the workbook was compared with
    note: str  # one Vietnamese sentence on what was compared

    @property
    def matches(self) -> bool:
        return not self.mismatches

    @property
    def other_fingerprint(self) -> bool:
        """The workbook claims a fingerprint that is not this event's (at any point of its log)."""
        return self.claimed is not None and self.claimed != self.checked_against


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


def _claimed(info: Cells) -> Fingerprint | None:
    labels = {v: r for (r, c), v in info.items() if c == 1 and isinstance(v, str)}
    head = info.get((labels.get(LABEL_HEAD, -1), 2))
    entries = info.get((labels.get(LABEL_ENTRIES, -1), 2))
    if isinstance(head, str) and isinstance(entries, int) and not isinstance(entries, bool):
        return Fingerprint(head.strip().lower(), entries)
    return None


def _choose(event: EventRecord, claimed: Fingerprint | None) -> tuple[EventRecord, str]:
    """The state of the event to compare with: the whole log, or the prefix it was made from."""
    full = fingerprint_of(event)
    if claimed is None or claimed == full:
        return event, f"so với tệp sự kiện ({full.entries} mục nhật ký)"
    if 0 <= claimed.entries < full.entries:
        earlier = event.prefix(claimed.entries)
        if earlier.head == claimed.head:
            return earlier, (
                f"bảng tính được xuất khi nhật ký mới có {claimed.entries} mục "
                f"(nay có {full.entries}): so với tệp sự kiện tại thời điểm đó"
            )
    return event, f"so với tệp sự kiện hiện tại ({full.entries} mục nhật ký)"


def verify_workbook(event: EventRecord, workbook: Path | str) -> WorkbookCheck:
    """Compare the workbook with what the event file says it must contain."""
    path = Path(workbook)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (OSError, BadZipFile, InvalidFileException, KeyError, ValueError) as exc:
        raise ResultsError(
            f"Không đọc được bảng tính {path.name}: {exc}. Hãy chọn tệp .xlsx do rcv xuất ra.",
            f"Cannot read the workbook {path.name}: {exc}",
            path,
        ) from exc
    wanted_sheets = (*VERIFIED_SHEETS, INFO_SHEET)
    max_rows = 2 * len(event.setup.roster) + EXTRA_ROWS
    try:  # read-only mode reads a sheet only when asked: the big sheets are never parsed
        found = {
            ws.title: _read_cells(ws, max_rows) for ws in wb.worksheets if ws.title in wanted_sheets
        }
    finally:
        wb.close()
    claimed = _claimed(found.get(INFO_SHEET, {}))
    chosen, note = _choose(event, claimed)
    results = compute_results(chosen)
    info = info_sheet(results, fingerprint_of(chosen), datetime(2000, 1, 1))
    expected_info = _expected(info)
    rows = {r for (r, c), v in expected_info.items() if c == 1 and v in FINGERPRINT_LABELS}
    wanted = {k: v for k, v in expected_info.items() if k[0] in rows}
    got = {k: v for k, v in found.get(INFO_SHEET, {}).items() if k[0] in rows}
    mismatches = list(compare_cells(INFO_SHEET, wanted, got))  # the fingerprint first
    for sheet in verified_sheets(results):
        if sheet.name not in found:
            mismatches.append(CellMismatch(sheet.name, "", "trang", None))
            continue
        mismatches.extend(compare_cells(sheet.name, _expected(sheet), found[sheet.name]))
    return WorkbookCheck(tuple(mismatches), claimed, fingerprint_of(chosen), note)
