"""Contestant lists from Excel, in whatever layout the organisers' office uses.

The SBD is kept exactly as displayed: "007" stays "007", 7 stored as a number becomes "7" (not
"7.0"), a cell formatted "000" shows and gives "007". Names may be one column ("Họ và tên") or
two ("Họ đệm" + "Tên"). Seats come from a seat column or, when the file has none, are given in
list order. Duplicate SBDs, seats or check-in codes stop the import; a unit or group written in
several ways, or two units that are likely one, are warned about (``roster_units``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rcv.core.model import Contestant, Roster, parse_number
from rcv.importers.headers import ROSTER_ALIASES
from rcv.importers.lengths import check_length
from rcv.importers.limits import MAX_CONTESTANTS, MAX_SEAT
from rcv.importers.report import Location, Report
from rcv.importers.results import RosterImport
from rcv.importers.roster_units import UnitRow, check_units
from rcv.importers.sources import FileKind, open_source
from rcv.importers.tabular import (
    Record,
    check_header,
    find_header,
    records,
    report_cell_issue,
)
from rcv.importers.workbook import WorkbookUnreadable, read_workbook

FILL_DOWN = ("unit", "group")


def is_roster_header(fields: set[str]) -> bool:
    named = "name" in fields or "given_name" in fields
    return named and bool(fields & {"sbd", "seat", "unit", "group", "family_name", "checkin"})


@dataclass(slots=True)
class _Row:
    record: Record
    sbd: str
    name: str
    unit: str
    group: str
    seat: int | None
    checkin: str | None
    numeric_sbd: bool


def load_roster(path: Path | str) -> RosterImport:
    """Read and check a contestant list. ``result.roster`` is None if anything is wrong."""
    path = Path(path)
    report = Report()
    source = open_source(path, report, frozenset({FileKind.XLSX}))
    if source is None:
        return RosterImport(path, None, report)
    try:
        grids = read_workbook(source.data, source.where, report)
    except WorkbookUnreadable as exc:
        report.error("file_corrupt", source.where, expected="Excel (.xlsx)", reason=str(exc))
        return RosterImport(path, None, report)
    tables = []
    for grid in grids:
        header = find_header(grid, ROSTER_ALIASES, is_roster_header) if grid.rows else None
        if header is None:
            continue
        if grid.hidden:
            report.warn("sheet_hidden", grid.where)
            continue
        if check_header(grid, header, report):
            tables.append((grid, header))
    if not tables and report.ok:
        report.error("no_contestants", source.where)
    rows: list[_Row] = []
    seats_given = False
    for grid, header in tables:
        if "sbd" not in header.columns:
            report.error(
                "column_missing",
                grid.where.at(row=header.first_row),
                "sbd",
                field="sbd",
                row=header.first_row,
            )
            continue
        group = grid.name if len(tables) > 1 and "group" not in header.columns else ""
        for record in records(grid, header, report, FILL_DOWN):
            seats_given |= bool(record.text("seat"))
            row = _row(record, group, report)
            if row is not None:
                rows.append(row)
    if len(tables) > 1 and any("group" not in h.columns for _, h in tables):
        report.warn("group_from_sheet", source.where, count=len(tables))
    if len(rows) > MAX_CONTESTANTS:
        report.error("too_many_contestants", source.where, count=len(rows), limit=MAX_CONTESTANTS)
        return RosterImport(path, None, report, count=len(rows))
    contestants = _contestants(rows, seats_given, source.where, report)
    by_seat = sorted(zip(rows, contestants, strict=False), key=lambda rc: rc[1].seat)
    check_units(
        [UnitRow(c.unit, c.group, r.record.at("unit"), r.record.at("group")) for r, c in by_seat],
        report,
    )
    if not rows and report.ok:
        report.error("no_contestants", source.where)
    roster = Roster(tuple(contestants)) if report.ok else None
    return RosterImport(path, roster, report, count=len(rows))


def _row(record: Record, group: str, report: Report) -> _Row | None:
    usable = True
    for fld in record.cells:
        usable = report_cell_issue(record, fld, report) and usable
    if not usable:
        return None
    sbd = record.text("sbd")
    name = record.text("name") or " ".join(
        t for t in (record.text("family_name"), record.text("given_name")) if t
    )
    if not sbd:
        report.error("sbd_missing", record.at("sbd"), "sbd")
        return None
    if not name:
        report.error(
            "name_missing",
            record.at("name" if "name" in record.columns else "given_name"),
            "name",
            sbd=sbd,
        )
        return None
    name_field = "name" if "name" in record.columns else "given_name"
    unit, checkin = record.text("unit"), record.text("checkin")
    group = record.text("group") or group
    fits = [
        check_length(sbd, "sbd", "sbd", record.at("sbd"), report),
        check_length(name, "name", "name", record.at(name_field), report, "name_long"),
        check_length(unit, "unit", "unit", record.at("unit"), report),
        check_length(group, "group", "group", record.at("group"), report),
        check_length(checkin, "checkin", "checkin", record.at("checkin"), report),
    ]
    seat: int | None = None
    seat_text = record.text("seat")
    if seat_text:
        value = parse_number(seat_text)
        if value is None or value < 1 or not value.is_integer():
            report.error("seat_invalid", record.at("seat"), "seat", value=seat_text)
            return None
        if value > MAX_SEAT:
            report.error("seat_too_big", record.at("seat"), "seat", value=seat_text, limit=MAX_SEAT)
            return None
        seat = int(value)
    if not all(fits):
        return None
    cell = record.cells.get("sbd")
    return _Row(
        record,
        sbd,
        name,
        unit,
        group,
        seat,
        checkin or None,
        bool(cell and cell.is_number),
    )


def _unique(
    rows: list[_Row],
    key: Callable[[_Row], str | int | None],
    code: str,
    fld: str,
    report: Report,
    name: str,
) -> None:
    seen: dict[str | int, Location] = {}
    for row in rows:
        value = key(row)
        if value is None:
            continue
        if value in seen:
            report.error(code, row.record.at(fld), fld, other=seen[value], **{name: value})
        else:
            seen[value] = row.record.where


def _contestants(
    rows: list[_Row], seats_given: bool, where: Location, report: Report
) -> list[Contestant]:
    _unique(rows, lambda r: r.sbd, "sbd_duplicate", "sbd", report, "sbd")
    _unique(rows, lambda r: r.seat, "seat_duplicate", "seat", report, "seat")
    _unique(rows, lambda r: r.checkin, "checkin_duplicate", "checkin", report, "checkin")
    if any(not r.numeric_sbd and r.sbd.startswith("0") for r in rows):
        for r in rows:
            if r.numeric_sbd and not r.sbd.startswith("0"):
                report.warn("sbd_number", r.record.at("sbd"), "sbd", sbd=r.sbd)
    if rows and not seats_given:
        report.warn("seats_assigned", where, count=len(rows))
        seats = list(range(1, len(rows) + 1))
    else:
        for r in rows:
            if r.seat is None:
                report.error("seat_missing", r.record.at("seat"), "seat")
        seats = [r.seat or 0 for r in rows]
    if not report.ok:
        return []
    return [
        Contestant(
            sbd=r.sbd, seat=s, name=r.name, unit=r.unit, group=r.group, checkin_code=r.checkin
        )
        for r, s in zip(rows, seats, strict=True)
    ]
