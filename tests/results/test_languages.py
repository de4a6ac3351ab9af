"""The workbook in the operator's language, checkable in either: an English workbook says nothing
Vietnamese of rcv's own, records its language, and ``rcv verify`` checks it cell by cell — as it
still checks a Vietnamese workbook exported before workbooks had a language. The verdict is in
the reader's language, whatever the workbook's. Every sentence has its English."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC
from pathlib import Path

import pytest
from openpyxl import load_workbook

from rcv.cli import results_cmds
from rcv.cli.main import main
from rcv.i18n import Words
from rcv.i18n.phrases import results as phrases
from rcv.i18n.phrases.results import sheet_name
from rcv.results import cards, cert_template, certificates
from rcv.results import verify_workbook as checking
from rcv.results.errors import (
    ResultsError,
    ResultsNotFinal,
    TargetInUse,
    TargetNotWritable,
    TemplateError,
)
from rcv.results.facts import read_event
from rcv.results.sheets_log import label
from rcv.results.verify_workbook import verify_workbook, workbook_language
from rcv.results.workbook import export_workbook
from rcv.storage.event_file import EventFile
from tests.results.readback import LANGUAGES, header, header_row, vietnamese

EventCopy = Callable[[str], Path]
DATA = Path(__file__).parent / "data"
EN = Words("en")


def export(event: Path, folder: Path, lang: str) -> Path:
    out = folder / f"ket-qua-{lang}.xlsx"
    export_workbook(event, out, Words(lang), tz=UTC)
    return out


def event_content(event: Path) -> list[str]:
    """What the organisers, the MC and the question writers typed: it stays as written."""
    with EventFile.open(event, read_only=True) as ef:
        setup, info, entries = ef.setup, ef.info, ef.entries
    typed = [info.name, info.date, info.venue, info.organiser, setup.questions.title]
    for c in setup.roster.contestants:
        typed += [c.name, c.unit, c.group, c.sbd]
    for q in setup.questions.questions:
        typed += [q.text, q.correct_text(), *q.options]
    typed += [p.name for p in setup.rules.prizes]
    typed += [p.name for p in (*setup.rules.units.prizes, *setup.rules.units.group_prizes)]
    typed += [getattr(e.event, "reason", "") or "" for e in entries]
    typed = [t for t in typed if isinstance(t, str) and t.strip()]
    return sorted({*typed, *(t.upper() for t in typed)}, key=len, reverse=True)


def texts(path: Path) -> Iterator[tuple[str, str]]:
    """Every text of the workbook — tab names, cells, page headers and footers — with where."""
    wb = load_workbook(path)
    for ws in wb.worksheets:
        yield ws.title, ws.title
        for part in (ws.oddHeader.center, ws.oddHeader.right, ws.oddFooter.left):
            yield f"{ws.title} page", part.text or ""
        yield f"{ws.title} footer", f"{ws.oddFooter.center.text} {ws.oddFooter.right.text}"
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    yield f"{ws.title}!{cell.coordinate}", cell.value


@pytest.mark.parametrize("name", ["crafted", "finished", "unfinished", "tied"])
def test_an_english_workbook_says_nothing_vietnamese_of_its_own(event_copy, tmp_path, name):
    event = event_copy(name)
    content = event_content(event)
    out = export(event, tmp_path, "en")
    left = []
    for where, text in texts(out):
        for typed in content:
            text = text.replace(typed, "")
        if vietnamese(text):
            left.append(f"{where}: {text!r}")
    assert not left, "\n".join(left[:20])


def test_the_vietnamese_workbook_is_as_before(event_copy, tmp_path):
    """Same names, headers and words as the workbooks exported before it had a language (and
    the team sheets since, the roster having units in groups)."""
    out = export(event_copy("crafted"), tmp_path, "vi")
    wb = load_workbook(out)
    assert wb.sheetnames == [
        "Xếp hạng",
        "Giải thưởng",
        "Xếp hạng đơn vị",
        "Xếp hạng nhóm",
        "Diễn biến",
        "Chi tiết",
        "Nhật ký",
        "Thông tin",
    ]
    assert wb.properties.language == "vi"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_workbook_records_its_language_and_verifies_in_it(event_copy, tmp_path, lang):
    event = event_copy("crafted")
    out = export(event, tmp_path, lang)
    wb = load_workbook(out, read_only=True)
    assert wb.properties.language == lang and wb.properties.creator == "rcv"
    wb.close()
    check = verify_workbook(read_event(event), out)
    assert check.matches, check.mismatches[:5]
    assert check.language == lang
    assert check.compared_with == "full"


def test_a_changed_cell_in_an_english_workbook_is_caught(event_copy, tmp_path, capsys):
    event = event_copy("finished")
    out = export(event, tmp_path, "en")
    ranking = sheet_name("ranking", EN)
    wb = load_workbook(out)
    row = header_row(wb[ranking], header(EN)("rank")) + 2
    status = wb[ranking][f"G{row}"].value
    wb[ranking][f"G{row}"] = "Winner"  # a status typed over, in English
    wb.save(out)
    check = verify_workbook(read_event(event), out)
    assert [(m.where, m.expected, m.found) for m in check.mismatches] == [
        (f"{ranking}!G{row}", status, "Winner")
    ]
    assert main(["verify", str(event), str(out)]) == 1
    said = capsys.readouterr().out
    assert f"BẢNG TÍNH KHÔNG KHỚP: {out.name} (English)" in said  # the reader's language: vi
    assert f"{ranking}!G{row}: mong đợi {status!r}, tìm thấy 'Winner'" in said


def test_a_changed_fingerprint_label_in_english_is_caught(event_copy, tmp_path):
    event = event_copy("finished")
    out = export(event, tmp_path, "en")
    info = sheet_name("info", EN)
    wb = load_workbook(out)
    row = next(r[0].row for r in wb[info].iter_rows() if r[0].value == label("head", EN))
    wb[info][f"B{row}"] = "0" * 64
    wb.save(out)
    check = verify_workbook(read_event(event), out)
    assert f"{info}!B{row}" in [m.where for m in check.mismatches]


@pytest.mark.parametrize(("reader", "workbook"), [("en", "vi"), ("vi", "en"), ("en", "en")])
def test_the_verdict_is_in_the_readers_language(
    event_copy, tmp_path, capsys, monkeypatch, reader, workbook
):
    monkeypatch.setenv("RCV_LANG", reader)
    event = event_copy("crafted")
    out = export(event, tmp_path, workbook)
    assert main(["verify", str(event), str(out)]) == 0
    said = capsys.readouterr().out
    verdict = said.splitlines()[-1]
    name = {"vi": "Tiếng Việt", "en": "English"}[workbook]
    expected = checking.verdict("matches", Words(reader), name=out.name, language=name, note="")
    assert verdict.startswith(expected.split(" — ")[0])
    if reader == "en":
        assert not vietnamese(verdict.replace(name, "")), verdict


def test_a_workbook_exported_before_workbooks_had_a_language_still_verifies(tmp_path, capsys):
    """Stored files: the "crafted" event of tests/results/builders.py and its workbook, both
    written by rcv before workbooks had a language (commit 8438c09): Vietnamese, no language
    recorded. (The event file is stored, not rebuilt: a later change of a default rule would
    make the builders write another file.)"""
    event = tmp_path / "event.rcv"
    shutil.copyfile(DATA / "before-languages.rcv", event)  # verify opens it read-only
    old = DATA / "before-languages-ket-qua.xlsx"
    wb = load_workbook(old, read_only=True)
    assert wb.properties.language is None
    wb.close()
    check = verify_workbook(read_event(event), old)
    assert check.claimed == check.checked_against
    assert check.matches, check.mismatches[:5]
    assert check.language == "vi"
    assert main(["verify", str(event), str(old)]) == 0
    assert "BẢNG TÍNH KHỚP" in capsys.readouterr().out


def without_language(path: Path) -> None:
    """The workbook as a program that drops the language property would save it."""
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    core = parts["docProps/core.xml"].decode()
    start = core.index("<dc:language")
    parts["docProps/core.xml"] = (core[:start] + core[core.index("</dc:language>") + 14 :]).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_without_its_language_a_workbook_is_known_by_its_sheet_names(event_copy, tmp_path, lang):
    event = event_copy("crafted")
    out = export(event, tmp_path, lang)
    without_language(out)
    wb = load_workbook(out, read_only=True)
    assert wb.properties.language is None
    wb.close()
    check = verify_workbook(read_event(event), out)
    assert check.language == lang and check.matches


def test_the_language_recorded_wins_and_nonsense_falls_back():
    names = [sheet_name(s, EN) for s in ("ranking", "prizes", "info")]
    assert workbook_language("en", ["Xếp hạng"]) == "en"
    assert workbook_language("en-GB", []) == "en"
    assert workbook_language("fr", names) == "en"
    assert workbook_language(None, ["Sheet1"]) == "vi"
    assert workbook_language("", ["Xếp hạng", "Thông tin"]) == "vi"


def test_english_sheet_names_fit_a_tab_and_differ_from_the_vietnamese():
    for which in phrases.SHEETS:
        english, vi = sheet_name(which, EN), sheet_name(which, Words())
        assert english != vi and len(english) <= 31 and len(vi) <= 31


def sentences() -> Iterator[tuple[str, str]]:
    """Every sentence this work marked: (context, Vietnamese source)."""
    for context, tables in phrases.TABLES.items():
        for table in tables:
            for source in table.values():
                yield context, source
    yield from ((checking.VERIFY, s) for s in checking.VERDICT.values())
    yield from ((cards.CTX, s) for s in cards.T.values())
    yield from ((certificates.CTX, s) for s in certificates.T.values())
    yield from ((certificates.CTX, s) for s in certificates.DEFAULT_TEMPLATE)
    yield cert_template.CTX, cert_template.DATE
    yield from ((cert_template.CTX, s) for s in cert_template.MONTHS.values())
    yield from ((results_cmds.CTX, s) for s in results_cmds.T.values())


def test_every_sentence_has_a_finished_english_translation():
    missing = [f"[{ctx}] {source!r}" for ctx, source in sentences() if not EN.has(ctx, source)]
    assert not missing, "run ./scripts/update-translations and translate:\n" + "\n".join(missing)


def test_no_english_sentence_is_left_vietnamese():
    left = [source for ctx, source in sentences() if vietnamese(EN(ctx, source))]
    assert not left, left


def error_samples() -> list[ResultsError]:
    """One error of every code the results raise, with typical facts."""
    target = Path("/media/usb/ket-qua.xlsx")
    template = Path("/media/usb/mau.yaml")
    samples: list[ResultsError] = [
        TargetInUse("in_use", target),
        TargetNotWritable("is_folder", target),
        TargetNotWritable("no_folder", target, folder="/media/usb"),
        TargetNotWritable("folder_not_writable", target, folder="/media/usb", detail="No space"),
        TargetNotWritable("write_failed", target, detail="I/O error"),
        ResultsError("no_gui"),
        ResultsError("no_font"),
        ResultsError("font_unreadable", "/fonts/x.ttf"),
        ResultsError("pdf_failed", "/media/usb/the.pdf"),
        ResultsError("image_unreadable", "/media/usb/logo.png"),
        ResultsNotFinal("not_final"),
        ResultsError("no_winners"),
        ResultsError("no_team_winners"),
        ResultsError("workbook_unreadable", target, detail="File is not a zip file"),
        TemplateError(template, "file", "not_found"),
    ]
    facts = {
        "unknown_keys": {"keys": "'sze'", "known": "align, bold"},
        "bad_keys": {"detail": "missing y"},
        "file_missing": {"file": "/media/usb/logo.png"},
        "bad_align": {"align": "'middle'"},
        "unknown_placeholder": {"placeholder": "{ten}", "usable": "{name}, {sbd}"},
        "unreadable": {"detail": "line 2: aliases are not allowed"},
        "unknown_top_keys": {"keys": "'itmes'"},
        "bad_version": {"version": "2"},
    }
    for where, item in (("file", 0), ("item", 3), ("border", 0)):
        for problem in phrases.TEMPLATE_PROBLEMS:
            samples.append(TemplateError(template, where, problem, item, **facts.get(problem, {})))
    return samples


def test_every_results_error_code_has_its_sentence():
    raised = {e.code for e in error_samples()} - {"template"}
    assert raised | {"template", "template_not_found"} == set(phrases.ERRORS)


@pytest.mark.parametrize(
    "exc", error_samples(), ids=lambda e: f"{e.code}-{e.params.get('problem')}"
)
def test_every_results_error_is_said_in_both_languages(exc: ResultsError):
    vi, en = phrases.results_error(exc, Words()), phrases.results_error(exc, EN)
    for text in (vi, en):
        assert text != str(exc)  # a sentence, not the technical form
        left = text
        for fact in exc.params.values():
            left = left.replace(str(fact), "")
        assert "{" not in left and "}" not in left, text  # every placeholder filled
    assert vietnamese(vi) and not vietnamese(en), en
