"""The exported workbook, read back with openpyxl, against what the engine says."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC
from pathlib import Path

import pytest

from rcv.i18n import Words
from rcv.i18n.phrases.show import decider
from rcv.results import atomic
from rcv.results.errors import TargetInUse, TargetNotWritable
from rcv.results.fingerprint import parse_results_payload, results_payload
from rcv.results.words import PROVISIONAL_BANNER, local_time
from rcv.results.workbook import export_workbook
from rcv.storage.chain import fingerprint_text
from tests.results.readback import (
    column,
    engine_view,
    is_datetime,
    is_number,
    open_workbook,
    qr_texts,
    table,
)

SHEETS = ["Xếp hạng", "Giải thưởng", "Diễn biến", "Chi tiết", "Nhật ký", "Thông tin"]
EventCopy = Callable[[str], Path]


def export(event: Path, tmp_path: Path, name: str = "ket-qua.xlsx") -> Path:
    out = tmp_path / name
    export_workbook(event, out, tz=UTC)
    return out


def test_ranking_sheet_matches_the_engine_row_by_row(event_copy: EventCopy, tmp_path: Path):
    event = event_copy("finished")
    setup, _, ranking, _, _ = engine_view(event)
    wb = open_workbook(export(event, tmp_path))
    assert wb.sheetnames == SHEETS
    headers, rows = table(wb["Xếp hạng"], "Hạng")
    assert len(rows) == len(ranking.placings) == len(setup.roster)
    for row, p in zip(rows, ranking.placings, strict=True):
        got = dict(zip(headers, row, strict=True))
        c = setup.roster.at(p.seat)
        assert got["Hạng"] == p.rank
        assert got["Ghế"] == p.seat
        assert got["SBD"] == c.sbd
        assert got["Họ và tên"] == c.name
        assert got["Đơn vị"] == c.unit
        assert got["Nhóm"] == c.group
        assert got["Số câu đúng"] == p.correct
        assert got["Tổng thời gian trả lời đúng (giây)"] == pytest.approx(p.correct_time_ms / 1000)
        assert got["Giải thưởng"] == (p.prize or None)
        if p.fell_at:
            assert got["Trạng thái"].startswith(f"Bị loại ở câu {p.fell_at}")
        if p.rescued:
            assert "cứu trợ" in got["Trạng thái"]
        if p.decided_by and p.rank > 1:
            assert decider(p.decided_by, Words()) in got["Cách phân định thứ hạng"]
        if p.tied_with:
            assert decider(None, Words()) in got["Cách phân định thứ hạng"]
    winner = dict(zip(headers, rows[0], strict=True))
    assert winner["Trạng thái"] in ("Chiến thắng", "Rung chuông vàng")


def test_numbers_and_times_are_numbers_and_sbd_stays_text(event_copy: EventCopy, tmp_path: Path):
    event = event_copy("crafted")
    wb = open_workbook(export(event, tmp_path))
    headers, rows = table(wb["Xếp hạng"], "Hạng")
    for title in ("Hạng", "Ghế", "Số câu đúng", "Tổng thời gian trả lời đúng (giây)"):
        assert all(is_number(v) for v in column(headers, rows, title)), title
    sbds = column(headers, rows, "SBD")
    assert "007" in sbds and "7" in sbds  # leading zeros kept, two different contestants
    assert all(isinstance(s, str) for s in sbds)
    names = column(headers, rows, "Họ và tên")
    assert "=Nguyễn Văn Ẩn" in names  # a name that looks like a formula stays text
    ws = wb["Xếp hạng"]
    formula_cells = [c for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert formula_cells == []
    headers, rows = table(wb["Diễn biến"], "STT")
    assert all(is_datetime(v) for v in column(headers, rows, "Thời điểm hiện câu"))
    for title in ("Số tham gia", "Số đúng", "Số sai", "Không trả lời", "Số bị loại"):
        assert all(is_number(v) for v in column(headers, rows, title)), title
    headers, rows = table(wb["Chi tiết"], "Ghế")
    times = [v for v in column(headers, rows, "Thời gian trả lời (giây)") if v is not None]
    assert times and all(is_number(v) for v in times)
    headers, rows = table(wb["Nhật ký"], "STT")
    assert all(is_datetime(v) for v in column(headers, rows, "Thời gian"))


def test_play_sheet_counts_every_option_and_names_who_left(event_copy: EventCopy, tmp_path: Path):
    event = event_copy("crafted")
    setup, state, _, _, _ = engine_view(event)
    wb = open_workbook(export(event, tmp_path))
    headers, rows = table(wb["Diễn biến"], "STT")
    assert len(rows) == len(state.questions)
    sbd = {c.seat: c.sbd for c in setup.roster.contestants}
    for row, record in zip(rows, state.questions, strict=True):
        got = dict(zip(headers, row, strict=True))
        question = setup.questions.by_id(record.question_id)
        assert got["Mã câu"] == record.question_id
        assert got["Đáp án đúng"] == question.correct_text()
        assert got["Thời điểm hiện câu"] == local_time(record.shown_at_ms, UTC).replace(
            microsecond=got["Thời điểm hiện câu"].microsecond
        )
        assert got["Số tham gia"] == len(record.participants)
        chosen = sum(got[f"Chọn {k}"] or 0 for k in "ABCD")
        if question.letters:
            assert chosen + got["Không trả lời"] == len(record.participants)
        outcome = record.outcome
        assert outcome is not None
        listed = (got["Bị loại (SBD)"] or "").split(", ")
        for seat in outcome.eliminated:
            assert sbd[seat] in listed
    first = dict(zip(headers, rows[0], strict=True))
    assert "Sửa tay ghế 5" in first["Sửa tay, hoàn tác"]
    assert "Hoàn tác bước" in first["Sửa tay, hoàn tác"]
    assert "Loại tay ghế 4" in first["Sửa tay, hoàn tác"]
    assert "TS-04" in first["Bị loại (SBD)"]  # removed by hand while question 1 was on stage
    bell = [dict(zip(headers, r, strict=True)) for r in rows if r[1] == "Chuông vàng"]
    assert bell and "rung chuông vàng: TS-05" in bell[-1]["Kết quả khác"]


def test_detail_sheet_has_every_contestant_for_every_question(event_copy: EventCopy, tmp_path):
    event = event_copy("crafted")
    setup, state, _, _, _ = engine_view(event)
    wb = open_workbook(export(event, tmp_path))
    headers, rows = table(wb["Chi tiết"], "Ghế")
    assert len(rows) == len(setup.roster) * len(state.questions)
    first_q = state.questions[0]
    by_key = {(r[0], r[headers.index("STT câu")]): dict(zip(headers, r, strict=True)) for r in rows}
    set_by_hand = by_key[(5, 1)]
    assert set_by_hand["Ghi nhận bằng"] == "nhập tay"
    assert set_by_hand["Kết quả"] == "Đúng"
    pressed = by_key[(1, 1)]
    assert pressed["Thời gian trả lời (giây)"] == pytest.approx(first_q.response_ms(1) / 1000)
    assert pressed["Ghi nhận bằng"] == "bàn phím"
    assert by_key[(2, 2)]["Kết quả"] == "Không tham gia"  # eliminated at question 1


def test_log_sheet_marks_undone_entries_and_lists_rejected_presses(event_copy, tmp_path):
    event = event_copy("crafted")
    _, _, _, _, count = engine_view(event)
    wb = open_workbook(export(event, tmp_path))
    headers, rows = table(wb["Nhật ký"], "STT")
    assert len(rows) == count
    got = [dict(zip(headers, r, strict=True)) for r in rows]
    undone = [r for r in got if r["Trạng thái"] == "ĐÃ HOÀN TÁC"]
    assert undone
    assert all("Xử lý kết quả" in r["Nội dung"] or "Hoàn tác" in r["Nội dung"] for r in undone)
    assert any(
        r["Loại"] == "Bấm bị từ chối" and "bấm sau khi hết giờ" in r["Nội dung"] for r in got
    )
    assert any(r["Loại"] == "Sửa tay" for r in got)


def test_info_sheet_has_rules_and_the_fingerprint(event_copy: EventCopy, tmp_path: Path):
    event = event_copy("finished")
    _, _, _, head, count = engine_view(event)
    wb = open_workbook(export(event, tmp_path))
    ws = wb["Thông tin"]
    pairs = {r[0]: r[1] for r in ws.iter_rows(values_only=True) if r[0]}
    assert pairs["Tên chương trình"] == "Rung chuông vàng THPT tỉnh Đắk Lắk 2026"
    assert pairs["Ngày"] == "24/11/2026"
    assert pairs["Địa điểm"] == "Nhà văn hoá Thanh niên tỉnh"
    assert pairs["Đơn vị tổ chức"] == "Tỉnh đoàn Đắk Lắk"
    assert pairs["Thời gian mỗi câu"] == "20 giây"
    assert pairs["Khi cả sàn trả lời sai"] == "không ai bị loại"
    assert pairs["Dấu vân tay kết quả"] == fingerprint_text(head)
    assert pairs["Mã băm đầy đủ (SHA-256)"] == head
    assert pairs["Số mục nhật ký"] == count
    assert pairs["Nội dung mã QR"] == results_payload(head, count)
    assert is_datetime(pairs["Thời điểm xuất tệp"])
    ranking_text = " ".join(str(c.value) for c in wb["Xếp hạng"]["A"] if c.value)
    assert fingerprint_text(head) in ranking_text


def test_qr_code_on_the_ranking_sheet_decodes_to_the_fingerprint(event_copy, tmp_path):
    event = event_copy("finished")
    _, _, _, head, count = engine_view(event)
    out = export(event, tmp_path)
    assert len(open_workbook(out)["Xếp hạng"]._images) == 1
    texts = qr_texts(out)
    assert texts == [results_payload(head, count)]
    decoded = parse_results_payload(texts[0])
    assert decoded is not None and decoded.head == head and decoded.entries == count


def test_made_for_printing(event_copy: EventCopy, tmp_path: Path):
    wb = open_workbook(export(event_copy("finished"), tmp_path))
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert int(ws.page_setup.paperSize) == 9, ws.title  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows, ws.title
        assert ws.freeze_panes, ws.title
        assert "Rung chuông vàng THPT" in ws.oddHeader.center.text
        assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
        header = int(ws.print_title_rows.split(":")[0].strip("$"))
        assert ws.cell(header, 1).font.b, ws.title
        assert ws.column_dimensions["A"].width > 0


def test_unfinished_show_says_provisional_on_every_sheet(event_copy: EventCopy, tmp_path: Path):
    summary_path = tmp_path / "tam-thoi.xlsx"
    summary = export_workbook(event_copy("unfinished"), summary_path)
    assert not summary.finished
    wb = open_workbook(summary_path)
    for ws in wb.worksheets:
        assert ws["A2"].value == PROVISIONAL_BANNER, ws.title
    pairs = {r[0]: r[1] for r in wb["Thông tin"].iter_rows(values_only=True) if r[0]}
    assert pairs["Tình trạng"].startswith("CHƯA KẾT THÚC")
    finished = open_workbook(export(event_copy("finished"), tmp_path))
    assert all(ws["A2"].value != PROVISIONAL_BANNER for ws in finished.worksheets)


def test_export_never_changes_the_event_file(event_copy: EventCopy, tmp_path: Path):
    event = event_copy("finished")
    before = (hashlib.sha256(event.read_bytes()).hexdigest(), event.stat().st_mtime_ns)
    head_before = engine_view(event)[3]
    event_before = (hashlib.sha256(event.read_bytes()).hexdigest(), event.stat().st_mtime_ns)
    export(event, tmp_path)
    after = (hashlib.sha256(event.read_bytes()).hexdigest(), event.stat().st_mtime_ns)
    assert before == event_before == after
    assert engine_view(event)[3] == head_before
    assert sorted(p.name for p in event.parent.iterdir() if p.name.startswith(event.name)) == [
        event.name
    ]  # no -wal / -shm left behind


def test_progress_counts_up_to_the_total(event_copy: EventCopy, tmp_path: Path):
    calls: list[tuple[int, int]] = []
    export_workbook(
        event_copy("finished"), tmp_path / "p.xlsx", progress=lambda d, t: calls.append((d, t))
    )
    assert calls[0][0] == 0
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert calls[-1][0] == calls[-1][1] > 0


def test_a_target_open_in_excel_is_reported_and_left_intact(event_copy, tmp_path, monkeypatch):
    event = event_copy("finished")
    out = tmp_path / "ket-qua.xlsx"
    out.write_bytes(b"the file Excel has open")

    def locked(src: object, dst: object) -> None:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(TargetInUse) as caught:
        export_workbook(event, out)
    assert "đang được mở" in str(caught.value)
    assert out.read_bytes() == b"the file Excel has open"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["finished.rcv", "ket-qua.xlsx"]


def test_a_failure_while_writing_leaves_no_half_file(event_copy, tmp_path, monkeypatch):
    import rcv.results.workbook as workbook

    def broken(path: Path, sheets: object, tick: object) -> None:
        path.write_bytes(b"PK half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(workbook, "write_workbook", broken)
    with pytest.raises(TargetNotWritable):
        export_workbook(event_copy("finished"), tmp_path / "ket-qua.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["finished.rcv"]


def test_missing_folder_is_reported_before_any_work(event_copy: EventCopy, tmp_path: Path):
    with pytest.raises(TargetNotWritable) as caught:
        export_workbook(event_copy("finished"), tmp_path / "khong-co" / "x.xlsx")
    assert "Không có thư mục" in str(caught.value)


def test_cli_export_says_where_and_the_fingerprint(event_copy: EventCopy, tmp_path, capsys):
    from rcv.cli.main import main

    event = event_copy("unfinished")
    out = tmp_path / "ket-qua.xlsx"
    assert main(["export", str(event), "-o", str(out)]) == 0
    text = capsys.readouterr().out
    assert "KẾT QUẢ TẠM THỜI" in text
    assert f"Dấu vân tay kết quả: {fingerprint_text(engine_view(event)[3])}" in text
    assert out.exists()


def test_cli_export_failures_exit_non_zero_with_a_vietnamese_message(event_copy, tmp_path, capsys):
    from rcv.cli.main import main

    event = event_copy("finished")
    assert main(["export", str(event), "-o", str(tmp_path / "khong-co" / "x.xlsx")]) == 3
    assert "Không có thư mục" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "missing.rcv"), "-o", str(tmp_path / "x.xlsx")]) == 2
    assert "Không tìm thấy tệp sự kiện" in capsys.readouterr().err


def test_the_workbook_is_readable_by_others_like_any_new_file(event_copy: EventCopy, tmp_path):
    out = export(event_copy("finished"), tmp_path)
    assert out.stat().st_mode & 0o777 == 0o644
    out.chmod(0o664)
    export(event_copy("finished"), tmp_path)  # replacing keeps the file's permissions
    assert out.stat().st_mode & 0o777 == 0o664
