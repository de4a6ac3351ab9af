"""The exported workbook, read back with openpyxl, against what the engine says. Sheets, columns
and labels are found by their codes, in the language the workbook was written in."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC
from pathlib import Path

import pytest

from rcv.core import events as ev
from rcv.core.events import Stage
from rcv.core.rules import Rules
from rcv.i18n import Words
from rcv.i18n.phrases.events import describe_entry
from rcv.i18n.phrases.presses import reject_reason
from rcv.i18n.phrases.results import INFO, LOG, PLAY, STATUS, results_error, said, sheet_name
from rcv.i18n.phrases.show import decider, phase_name
from rcv.results import atomic
from rcv.results.errors import TargetInUse, TargetNotWritable
from rcv.results.fingerprint import parse_results_payload, results_payload
from rcv.results.sheets_log import label
from rcv.results.words import banner, local_time, rules_lines, stage_label, status_words
from rcv.results.workbook import export_workbook
from rcv.storage.chain import fingerprint_text
from rcv.storage.event_file import EventFile
from tests.results.readback import (
    LANGUAGES,
    column,
    engine_view,
    header,
    is_datetime,
    is_number,
    open_workbook,
    qr_texts,
    table,
    vietnamese,
)

SHEETS = ["ranking", "prizes", "units", "groups", "play", "detail", "log", "info"]
EventCopy = Callable[[str], Path]


def export(event: Path, tmp_path: Path, name: str = "ket-qua.xlsx", lang: str = "vi") -> Path:
    out = tmp_path / name
    export_workbook(event, out, Words(lang), tz=UTC)
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ranking_sheet_matches_the_engine_row_by_row(event_copy, tmp_path, lang: str):
    event = event_copy("finished")
    words = Words(lang)
    setup, state, ranking, _, _ = engine_view(event)
    wb = open_workbook(export(event, tmp_path, lang=lang))
    assert wb.sheetnames == [sheet_name(s, words) for s in SHEETS]
    h = header(words)
    headers, rows = table(wb[sheet_name("ranking", words)], h("rank"))
    assert len(rows) == len(ranking.placings) == len(setup.roster)
    for row, p in zip(rows, ranking.placings, strict=True):
        got = dict(zip(headers, row, strict=True))
        c = setup.roster.at(p.seat)
        assert got[h("rank")] == p.rank
        assert got[h("seat")] == p.seat
        assert got[h("sbd")] == c.sbd
        assert got[h("name")] == c.name
        assert got[h("unit")] == c.unit
        assert got[h("group")] == c.group
        assert got[h("correct")] == p.correct
        assert got[h("correct_time")] == pytest.approx(p.correct_time_ms / 1000)
        assert got[h("prize")] == (p.prize or None)
        assert got[h("status")] == status_words(p, state.seats[p.seat], True, words)
        if p.fell_at:
            assert str(p.fell_at) in got[h("status")]
        if p.decided_by and p.rank > 1:
            assert decider(p.decided_by, words) in got[h("decided")]
        if p.tied_with:
            assert decider(None, words) in got[h("decided")]
    winner = dict(zip(headers, rows[0], strict=True))
    assert winner[h("status")] in (said(STATUS, "winner", words), said(STATUS, "bell", words))


def test_numbers_and_times_are_numbers_and_sbd_stays_text(event_copy: EventCopy, tmp_path: Path):
    event = event_copy("crafted")
    wb = open_workbook(export(event, tmp_path))
    h = header(Words())
    sheet = {s: wb[sheet_name(s, Words())] for s in SHEETS}
    headers, rows = table(sheet["ranking"], h("rank"))
    for title in ("rank", "seat", "correct", "correct_time"):
        assert all(is_number(v) for v in column(headers, rows, h(title))), title
    sbds = column(headers, rows, h("sbd"))
    assert "007" in sbds and "7" in sbds  # leading zeros kept, two different contestants
    assert all(isinstance(s, str) for s in sbds)
    names = column(headers, rows, h("name"))
    assert "=Nguyễn Văn Ẩn" in names  # a name that looks like a formula stays text
    formula_cells = [c for row in sheet["ranking"].iter_rows() for c in row if c.data_type == "f"]
    assert formula_cells == []
    headers, rows = table(sheet["play"], h("order"))
    assert all(is_datetime(v) for v in column(headers, rows, h("shown_at")))
    for title in ("participants", "right", "wrong", "no_answer", "out_count"):
        assert all(is_number(v) for v in column(headers, rows, h(title))), title
    headers, rows = table(sheet["detail"], h("seat"))
    times = [v for v in column(headers, rows, h("response")) if v is not None]
    assert times and all(is_number(v) for v in times)
    headers, rows = table(sheet["log"], h("order"))
    assert all(is_datetime(v) for v in column(headers, rows, h("time")))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_play_sheet_counts_every_option_and_names_who_left(event_copy, tmp_path, lang: str):
    event = event_copy("crafted")
    words = Words(lang)
    h = header(words)
    setup, state, _, _, _ = engine_view(event)
    with EventFile.open(event, read_only=True) as ef:
        log = ef.entries
    wb = open_workbook(export(event, tmp_path, lang=lang))
    headers, rows = table(wb[sheet_name("play", words)], h("order"))
    assert len(rows) == len(state.questions)
    sbd = {c.seat: c.sbd for c in setup.roster.contestants}
    for row, record in zip(rows, state.questions, strict=True):
        got = dict(zip(headers, row, strict=True))
        question = setup.questions.by_id(record.question_id)
        assert got[h("qid")] == record.question_id
        assert got[h("key")] == question.correct_text()
        assert got[h("round")] == stage_label(record.stage, words)
        assert got[h("shown_at")] == local_time(record.shown_at_ms, UTC).replace(
            microsecond=got[h("shown_at")].microsecond
        )
        assert got[h("participants")] == len(record.participants)
        chosen = sum(got[h("chose", letter=k)] or 0 for k in "ABCD")
        if question.letters:
            assert chosen + got[h("no_answer")] == len(record.participants)
        outcome = record.outcome
        assert outcome is not None
        listed = (got[h("out")] or "").split(", ")
        for seat in outcome.eliminated:
            assert sbd[seat] in listed
    first = dict(zip(headers, rows[0], strict=True))
    by_hand = [e for e in log if isinstance(e.event, ev.AnswerSet | ev.ContestantEliminated)]
    undos = [e for e in log if isinstance(e.event, ev.Undone)]
    assert len(by_hand) == 2 and len(undos) == 1  # seat 5 set by hand, seat 4 removed; an undo
    for entry in by_hand + undos:
        assert describe_entry(entry, log, words) in first[h("corrections")]
    assert "TS-04" in first[h("out")]  # removed by hand while question 1 was on stage
    bell = [
        dict(zip(headers, r, strict=True)) for r in rows if r[1] == stage_label(Stage.FINAL, words)
    ]
    assert bell and said(PLAY, "rung", words, sbds="TS-05") in bell[-1][h("other")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_detail_sheet_has_every_contestant_for_every_question(event_copy, tmp_path, lang: str):
    event = event_copy("crafted")
    words = Words(lang)
    h = header(words)
    setup, state, _, _, _ = engine_view(event)
    wb = open_workbook(export(event, tmp_path, lang=lang))
    headers, rows = table(wb[sheet_name("detail", words)], h("seat"))
    assert len(rows) == len(setup.roster) * len(state.questions)
    first_q = state.questions[0]
    by_key = {
        (r[0], r[headers.index(h("q_order"))]): dict(zip(headers, r, strict=True)) for r in rows
    }
    set_by_hand = by_key[(5, 1)]
    assert set_by_hand[h("via")] == said(PLAY, "by_hand", words)
    assert set_by_hand[h("result")] == said(PLAY, "right", words)
    pressed = by_key[(1, 1)]
    assert pressed[h("response")] == pytest.approx(first_q.response_ms(1) / 1000)
    assert pressed[h("via")] == said(PLAY, "keypad", words)
    assert by_key[(2, 2)][h("result")] == said(PLAY, "absent", words)  # out at question 1


@pytest.mark.parametrize("lang", LANGUAGES)
def test_log_sheet_marks_undone_entries_and_lists_rejected_presses(event_copy, tmp_path, lang):
    event = event_copy("crafted")
    words = Words(lang)
    h = header(words)
    _, _, _, _, count = engine_view(event)
    wb = open_workbook(export(event, tmp_path, lang=lang))
    headers, rows = table(wb[sheet_name("log", words)], h("order"))
    assert len(rows) == count
    got = [dict(zip(headers, r, strict=True)) for r in rows]
    undone = [r for r in got if r[h("status")] == said(LOG, "undone", words)]
    with EventFile.open(event, read_only=True) as ef:
        kinds = {e.seq: type(e.event) for e in ef.entries}
    assert undone
    assert all(kinds[r[h("order")]] in (ev.EliminationsApplied, ev.Undone) for r in undone)
    late = reject_reason("late", words)
    refused = said(LOG, "refused", words)
    assert any(r[h("kind")] == refused and late in r[h("content")] for r in got)
    assert any(r[h("kind")] == said(LOG, "correction", words) for r in got)
    assert any(r[h("kind")] == said(LOG, "undo", words) for r in got)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_info_sheet_has_rules_and_the_fingerprint(event_copy, tmp_path: Path, lang: str):
    event = event_copy("finished")
    words = Words(lang)
    _, _, _, head, count = engine_view(event)
    wb = open_workbook(export(event, tmp_path, lang=lang))
    ws = wb[sheet_name("info", words)]
    pairs = {r[0]: r[1] for r in ws.iter_rows(values_only=True) if r[0]}

    def at(which: str) -> object:
        return pairs[label(which, words)]

    assert at("name") == "Rung chuông vàng THPT tỉnh Đắk Lắk 2026"
    assert at("date") == "24/11/2026"
    assert at("venue") == "Nhà văn hoá Thanh niên tỉnh"
    assert at("organiser") == "Tỉnh đoàn Đắk Lắk"
    assert at("fingerprint") == fingerprint_text(head)
    assert at("head") == head
    assert at("entries") == count
    assert at("payload") == results_payload(head, count)
    assert is_datetime(at("exported"))
    assert at("language") == {"vi": "Tiếng Việt", "en": "English"}[lang]
    rules = rules_lines(Rules(), words)  # the rules of the finished show
    for rule, text in rules:
        assert pairs[rule] == text
    assert "20" in pairs[rules[0][0]]  # 20 seconds per question
    ranking_text = " ".join(str(c.value) for c in wb[sheet_name("ranking", words)]["A"] if c.value)
    assert fingerprint_text(head) in ranking_text


def test_qr_code_on_the_ranking_sheet_decodes_to_the_fingerprint(event_copy, tmp_path):
    """…and on each team sheet, printed and signed on its own."""
    event = event_copy("finished")
    _, _, _, head, count = engine_view(event)
    out = export(event, tmp_path)
    signed = ("ranking", "units", "groups")
    wb = open_workbook(out)
    assert [len(wb[sheet_name(s, Words())]._images) for s in signed] == [1, 1, 1]
    texts = qr_texts(out)
    assert texts == [results_payload(head, count)] * len(signed)
    decoded = parse_results_payload(texts[0])
    assert decoded is not None and decoded.head == head and decoded.entries == count


@pytest.mark.parametrize("lang", LANGUAGES)
def test_made_for_printing(event_copy: EventCopy, tmp_path: Path, lang: str):
    wb = open_workbook(export(event_copy("finished"), tmp_path, lang=lang))
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert int(ws.page_setup.paperSize) == 9, ws.title  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows, ws.title
        assert ws.freeze_panes, ws.title
        assert "Rung chuông vàng THPT" in ws.oddHeader.center.text
        assert ws.title in ws.oddHeader.center.text
        assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
        assert "&D" in ws.oddFooter.right.text and "&T" in ws.oddFooter.right.text
        top = int(ws.print_title_rows.split(":")[0].strip("$"))
        assert ws.cell(top, 1).font.b, ws.title
        assert ws.column_dimensions["A"].width > 0


@pytest.mark.parametrize("lang", LANGUAGES)
def test_unfinished_show_says_provisional_on_every_sheet(event_copy, tmp_path: Path, lang: str):
    words = Words(lang)
    provisional = banner(False, words)
    summary_path = tmp_path / "tam-thoi.xlsx"
    event = event_copy("unfinished")
    phase = phase_name(engine_view(event)[1].phase, words)
    summary = export_workbook(event, summary_path, words)
    assert not summary.finished and summary.language == lang
    wb = open_workbook(summary_path)
    for ws in wb.worksheets:
        assert ws["A2"].value == provisional, ws.title
    info = wb[sheet_name("info", words)].iter_rows(values_only=True)
    pairs = {r[0]: r[1] for r in info if r[0]}
    assert pairs[label("state", words)] == said(INFO, "not_finished", words, phase=phase)
    finished = open_workbook(export(event_copy("finished"), tmp_path, lang=lang))
    assert all(ws["A2"].value != provisional for ws in finished.worksheets)


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
        event_copy("finished"),
        tmp_path / "p.xlsx",
        Words(),
        progress=lambda d, t: calls.append((d, t)),
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
        export_workbook(event, out, Words())
    assert caught.value.code == "in_use" and caught.value.params["name"] == "ket-qua.xlsx"
    assert "Excel" in results_error(caught.value, Words())
    assert "Excel" in results_error(caught.value, Words("en"))
    assert out.read_bytes() == b"the file Excel has open"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["finished.rcv", "ket-qua.xlsx"]


def test_a_failure_while_writing_leaves_no_half_file(event_copy, tmp_path, monkeypatch):
    import rcv.results.workbook as workbook

    def broken(path: Path, book: object, tick: object) -> None:
        path.write_bytes(b"PK half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(workbook, "write_workbook", broken)
    with pytest.raises(TargetNotWritable):
        export_workbook(event_copy("finished"), tmp_path / "ket-qua.xlsx", Words())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["finished.rcv"]


def test_missing_folder_is_reported_before_any_work(event_copy: EventCopy, tmp_path: Path):
    with pytest.raises(TargetNotWritable) as caught:
        export_workbook(event_copy("finished"), tmp_path / "khong-co" / "x.xlsx", Words())
    assert caught.value.code == "no_folder"
    assert caught.value.params["folder"] == str(tmp_path / "khong-co")


def test_cli_export_says_where_and_the_fingerprint(event_copy: EventCopy, tmp_path, capsys):
    from rcv.cli.main import main

    event = event_copy("unfinished")
    out = tmp_path / "ket-qua.xlsx"
    assert main(["export", str(event), "-o", str(out)]) == 0
    text = capsys.readouterr().out
    assert "KẾT QUẢ TẠM THỜI" in text
    assert f"Dấu vân tay kết quả: {fingerprint_text(engine_view(event)[3])}" in text
    assert out.exists()


def test_cli_export_in_english_writes_an_english_workbook(
    event_copy, tmp_path, capsys, monkeypatch
):
    from rcv.cli.main import main

    monkeypatch.setenv("RCV_LANG", "en")
    event = event_copy("unfinished")
    assert main(["export", str(event)]) == 0
    text = capsys.readouterr().out
    out = event.with_name("unfinished-results.xlsx")  # the default name, in English too
    assert out.exists() and str(out) in text
    assert "PROVISIONAL RESULTS" in text
    assert f"Results fingerprint: {fingerprint_text(engine_view(event)[3])}" in text
    assert not vietnamese(text.replace(str(out), ""))
    assert open_workbook(out).sheetnames == [sheet_name(s, Words("en")) for s in SHEETS]


def test_cli_export_failures_exit_non_zero_with_a_vietnamese_message(event_copy, tmp_path, capsys):
    from rcv.cli.main import main

    event = event_copy("finished")
    assert main(["export", str(event), "-o", str(tmp_path / "khong-co" / "x.xlsx")]) == 3
    assert "Không có thư mục" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "missing.rcv"), "-o", str(tmp_path / "x.xlsx")]) == 2
    assert "Không tìm thấy tệp sự kiện" in capsys.readouterr().err


def test_cli_export_failures_in_english(event_copy, tmp_path, capsys, monkeypatch):
    from rcv.cli.main import main

    monkeypatch.setenv("RCV_LANG", "en")
    event = event_copy("finished")
    missing = tmp_path / "khong-co"
    assert main(["export", str(event), "-o", str(missing / "x.xlsx")]) == 3
    err = capsys.readouterr().err
    assert str(missing) in err and not vietnamese(err.replace(str(missing), ""))


def test_the_workbook_is_readable_by_others_like_any_new_file(event_copy: EventCopy, tmp_path):
    out = export(event_copy("finished"), tmp_path)
    assert out.stat().st_mode & 0o777 == 0o644
    out.chmod(0o664)
    export(event_copy("finished"), tmp_path)  # replacing keeps the file's permissions
    assert out.stat().st_mode & 0o777 == 0o664
