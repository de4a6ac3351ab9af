"""``rcv verify EVENT WORKBOOK``: a workbook that matches, and every kind of change caught — in
a workbook of either language, and in one exported before workbooks had a language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

from rcv.cli.main import main
from rcv.clock import ManualClock
from rcv.core.show import Show
from rcv.demo.autopilot import Autopilot
from rcv.i18n import Words
from rcv.i18n.phrases.results import sheet_name
from rcv.results.facts import read_event
from rcv.results.sheets_log import label
from rcv.results.verify_workbook import verify_workbook
from rcv.results.workbook import export_workbook
from rcv.sim.floor import FloorModel
from rcv.storage.event_file import EventFile
from tests.results.readback import header, header_row

EventCopy = Callable[[str], Path]
VI = Words()
RANKING, PRIZES, INFO = (sheet_name(s, VI) for s in ("ranking", "prizes", "info"))


@pytest.fixture
def exported(event_copy: EventCopy, tmp_path: Path) -> tuple[Path, Path]:
    event = event_copy("finished")
    out = tmp_path / "ket-qua.xlsx"
    export_workbook(event, out, VI)
    return event, out


def edit(path: Path, sheet: str, cell: str, value: object) -> None:
    wb = load_workbook(path)
    wb[sheet][cell] = value
    wb.save(path)


def verify(event: Path, workbook: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["verify", str(event), str(workbook)])
    return code, capsys.readouterr().out


def test_an_untouched_workbook_matches(exported, capsys):
    code, out = verify(*exported, capsys)
    assert code == 0
    assert "BẢNG TÍNH KHỚP" in out


def test_a_changed_name_is_caught_with_its_cell(exported, capsys):
    event, out_path = exported
    wb = load_workbook(out_path)
    first = header_row(wb[RANKING], header(VI)("rank")) + 1
    original = wb[RANKING][f"D{first}"].value
    edit(out_path, RANKING, f"D{first}", "Người Khác")
    code, out = verify(event, out_path, capsys)
    assert code == 1
    assert "BẢNG TÍNH KHÔNG KHỚP" in out
    assert f"{RANKING}!D{first}: mong đợi {original!r}, tìm thấy 'Người Khác'" in out


def test_swapped_prizes_are_caught(exported, capsys):
    event, out_path = exported
    wb = load_workbook(out_path)
    first = header_row(wb[PRIZES], header(VI)("prize")) + 1
    edit(out_path, PRIZES, f"C{first}", wb[PRIZES][f"C{first + 1}"].value)
    code, out = verify(event, out_path, capsys)
    assert code == 1
    assert f"{PRIZES}!C{first}" in out


def test_a_number_typed_as_text_is_caught(exported):
    event, out_path = exported
    wb = load_workbook(out_path)
    first = header_row(wb[RANKING], header(VI)("rank")) + 1
    edit(out_path, RANKING, f"H{first}", str(wb[RANKING][f"H{first}"].value))
    check = verify_workbook(read_event(event), out_path)
    assert [m.where for m in check.mismatches] == [f"{RANKING}!H{first}"]


def test_a_deleted_row_is_caught(exported):
    event, out_path = exported
    wb = load_workbook(out_path)
    ws = wb[RANKING]
    ws.delete_rows(header_row(ws, header(VI)("rank")) + 3)
    wb.save(out_path)
    check = verify_workbook(read_event(event), out_path)
    assert not check.matches
    assert len(check.mismatches) > 5


def test_a_changed_fingerprint_is_caught(exported, capsys):
    event, out_path = exported
    wb = load_workbook(out_path)
    fingerprint = label("fingerprint", VI)
    row = next(r[0].row for r in wb[INFO].iter_rows() if r[0].value == fingerprint)
    edit(out_path, INFO, f"B{row}", "0000-0000-0000-0000")
    code, out = verify(event, out_path, capsys)
    assert code == 1
    assert f"{INFO}!B{row}" in out


def test_a_workbook_for_another_event_does_not_match(exported, event_copy, capsys):
    _, out_path = exported
    code, out = verify(event_copy("crafted"), out_path, capsys)
    assert code == 1
    assert "không phải của tệp sự kiện này" in out
    assert f"{INFO}!B" in out  # the fingerprint cells are listed first


def test_a_provisional_export_matches_the_log_as_it_stood(event_copy, tmp_path, capsys):
    event = event_copy("unfinished")
    out = tmp_path / "tam-thoi.xlsx"
    export_workbook(event, out, VI)
    with EventFile.open(event) as ef:  # the show goes on after the export
        show = Show(ef.setup, ef.entries, ef.append)
        Autopilot(show, FloorModel(seed=5), ManualClock(ef.entries[-1].at_ms)).run()
        total = len(ef.entries)
    code, text = verify(event, out, capsys)
    assert code == 0, text
    assert "mới có" in text and f"nay có {total}" in text


def test_verify_without_a_workbook_keeps_its_old_behaviour(event_copy, capsys):
    code = main(["verify", str(event_copy("finished"))])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("HỢP LỆ:") and "Mã băm đầy đủ:" in out
    assert "BẢNG TÍNH" not in out


def test_a_file_that_is_not_a_workbook_is_reported(event_copy, tmp_path, capsys):
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not a workbook")
    code, out = verify(event_copy("finished"), junk, capsys)
    assert code == 1
    assert "KHÔNG KIỂM TRA ĐƯỢC" in out


def test_a_stray_cell_far_down_is_checked_in_a_moment(exported, capsys):
    """A value at XFD1048576 declares a sheet of a million rows by 16,384 columns: verify reads
    what the results can use and gives its verdict at once, not after minutes."""
    import time

    event, out_path = exported
    edit(out_path, PRIZES, "XFD1048576", "x")
    started = time.perf_counter()
    code, out = verify(event, out_path, capsys)
    assert time.perf_counter() - started < 30  # it took minutes and gigabytes before
    assert code == 0 and "BẢNG TÍNH KHỚP" in out  # the stray cell is outside the results
