"""The command line a secretary runs, and the Excel templates rcv ships."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from rcv.cli.main import main
from rcv.importers import load_questions, load_roster
from tests.importers.conftest import shown, write_xlsx
from tests.importers.test_report import VIETNAMESE

TEMPLATES = Path(__file__).resolve().parents[2] / "questions" / "templates"


@pytest.fixture(autouse=True)
def no_language_set(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader's language is RCV_LANG; unset, the report is in Vietnamese."""
    monkeypatch.delenv("RCV_LANG", raising=False)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    return code, capsys.readouterr().out


def test_questions_check_exit_codes_and_report(tmp_path: Path, capsys) -> None:
    good = write_xlsx(
        tmp_path / "tot.xlsx",
        {"Q": [["Câu hỏi", "A", "B", "Đáp án", "TG"], ["Hỏi?", "x", "y", "B", 20]]},
    )
    code, out = run(["questions", "check", str(good)], capsys)
    assert code == 0
    assert "Tệp dùng được." in out and "Câu hỏi chính 1" in out
    bad = write_xlsx(
        tmp_path / "sai.xlsx",
        {"Q": [["Câu hỏi", "A", "B", "Đáp án", "TG"], ["Hỏi?", "x", "y", "C", 20]]},
    )
    code, out = run(["questions", "check", str(bad), "--lang", "en"], capsys)
    assert code == 1
    assert 'ERROR: sai.xlsx › sheet "Q" › row 2 › column D › Answer' in out
    assert "can NOT be used" in out


def test_questions_convert_writes_yaml_and_json_only_when_usable(tmp_path: Path, capsys) -> None:
    good = write_xlsx(
        tmp_path / "tot.xlsx",
        {"Câu hỏi phụ": [["Câu hỏi", "A", "B", "Đáp án", "TG"], ["Hỏi?", "x", "y", "B", 20]]},
    )
    out = tmp_path / "ra" / "bo.yaml"
    code, printed = run(["questions", "convert", str(good), "-o", str(out)], capsys)
    assert code == 0 and str(out) in printed
    converted = load_questions(out)
    assert converted.ok
    assert [(q.id, q.pool.value, q.correct) for q in converted.questions.questions] == [
        ("P01", "tiebreak", "B")
    ]
    code, _ = run(["questions", "convert", str(good), "-o", str(tmp_path / "bo.json")], capsys)
    assert code == 0 and load_questions(tmp_path / "bo.json").questions == converted.questions
    code, printed = run(["questions", "convert", str(good), "-o", str(tmp_path / "bo.txt")], capsys)
    assert code == 1 and ".yaml" in printed
    bad = tmp_path / "sai.xlsx"
    bad.write_bytes(b"rubbish")
    code, _ = run(["questions", "convert", str(bad), "-o", str(tmp_path / "x.yaml")], capsys)
    assert code == 1 and not (tmp_path / "x.yaml").exists()


def test_roster_check(tmp_path: Path, capsys) -> None:
    path = write_xlsx(
        tmp_path / "ds.xlsx", {"DS": [["SBD", "Họ và tên"], ["001", "An"], ["001", "Bình"]]}
    )
    code, out = run(["roster", "check", str(path)], capsys)
    assert code == 1 and 'SBD "001" trùng' in out
    write_xlsx(path, {"DS": [["SBD", "Họ và tên"], ["001", "An"], ["002", "Bình"]]})
    code, out = run(["roster", "check", str(path)], capsys)
    assert code == 0 and "Đã đọc 2 thí sinh" in out


def test_rcv_lang_en_prints_no_vietnamese_of_rcvs_own(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file's own content stays as written; everything rcv says is English."""
    monkeypatch.setenv("RCV_LANG", "en")
    bad = write_xlsx(
        tmp_path / "bad.xlsx",
        {
            "Main": [
                ["Question", "A", "B", "Answer", "Time", "Notes"],
                ["Capital?", "x", "y", "C", 20, ""],
                ["Two?", "x", "y", "A", None, ""],
                ["Three?", "x", "y", "A", None, ""],
                ["Capital?", "x", "y", "A", "soon", ""],
                ["Five?", "True", "False", None, 20, ""],
            ]
        },
    )
    code, out = run(["questions", "check", str(bad)], capsys)
    assert code == 1
    assert 'ERROR: bad.xlsx › sheet "Main" › row 2 › column D › Answer: The answer "C"' in out
    assert "› rows 3–4 › Time (s): No time given" in out
    assert "Give the correct answer (True / False)." in out
    assert "Read 2 valid questions: Main 2 (multiple choice 2)." in out
    assert not VIETNAMESE.search(out), out
    roster = write_xlsx(
        tmp_path / "list.xlsx",
        {
            "List": [
                ["SBD", "Name", "Seat"],
                ["001", "An", 1],
                ["001", "Binh", "x"],
                ["", "Cuong", 3],
            ]
        },
    )
    code, out = run(["roster", "check", str(roster)], capsys)
    assert code == 1 and "Candidate number" in out and not VIETNAMESE.search(out), out
    code, out = run(["questions", "convert", str(bad), "-o", str(tmp_path / "b.txt")], capsys)
    assert (code, out.strip()) == (1, "The output must end in .yaml, .yml or .json")
    code, out = run(["questions", "check", str(bad), "--lang", "vi"], capsys)
    assert "LỖI: bad.xlsx › trang tính" in out  # --lang overrides RCV_LANG


def _make_templates_module():
    spec = importlib.util.spec_from_file_location("make_templates", TEMPLATES / "make_templates.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def _shape(path: Path) -> list[tuple]:
    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        header = [c.value for c in ws[1]]
        checks = sorted(
            (dv.type, dv.formula1, str(dv.sqref)) for dv in ws.data_validations.dataValidation
        )
        out.append((ws.title, header, checks))
    return out


def test_committed_templates_are_what_the_script_makes(tmp_path: Path) -> None:
    made = _make_templates_module().main(tmp_path)
    for path in made:
        assert _shape(path) == _shape(TEMPLATES / path.name), path.name


def test_question_template_has_drop_downs_and_reads_back_when_filled(tmp_path: Path) -> None:
    wb = load_workbook(TEMPLATES / "mau-cau-hoi.xlsx")
    ws = wb["Câu hỏi chính"]
    for sheet in wb.worksheets[:-1]:  # the organisers clear the example rows (VD…) first
        sheet.delete_rows(2, 10)
    formulas = {dv.formula1 for dv in ws.data_validations.dataValidation}
    assert '"A,B,C,D,E,F,Đúng,Sai"' in formulas
    assert '"Trắc nghiệm,Đúng/Sai,Trả lời ngắn"' in formulas
    assert '"Chính,Phụ,Cứu trợ,Khán giả,Chuông vàng"' in formulas
    ws["B2"], ws["C2"], ws["D2"], ws["I2"], ws["L2"] = "Thủ đô?", "Huế", "Hà Nội", "B", 20
    ws["B3"], ws["I3"], ws["K3"] = "Trái Đất tròn.", "Đúng", "Cứu trợ"
    gold = wb["Chuông vàng"]
    gold["B2"], gold["I2"], gold["J2"] = "Căn bậc hai của 0,0625?", "0,25", "Trả lời ngắn"
    wb.save(tmp_path / "dien.xlsx")
    result = load_questions(tmp_path / "dien.xlsx")
    assert result.ok, shown(result)
    assert [(q.id, q.pool.value, q.kind.value) for q in result.questions.questions] == [
        ("M01", "main", "choice"),
        ("R01", "rescue", "true_false"),
        ("F01", "final", "short"),
    ]
    assert not [p for p in result.report if p.code == "column_unknown"]


def test_roster_template_keeps_leading_zeros_when_filled(tmp_path: Path) -> None:
    shutil.copy(TEMPLATES / "mau-thi-sinh.xlsx", tmp_path / "ds.xlsx")
    wb = load_workbook(tmp_path / "ds.xlsx")
    ws = wb.worksheets[0]
    ws["A2"], ws["B2"], ws["C2"], ws["D2"], ws["E2"] = 1, "007", "Lê Văn Tám", "THCS X", "9A"
    wb.save(tmp_path / "ds.xlsx")
    result = load_roster(tmp_path / "ds.xlsx")
    assert result.ok, shown(result)
    (c,) = result.roster.contestants
    assert (c.sbd, c.name, c.unit, c.group, c.seat) == ("007", "Lê Văn Tám", "THCS X", "9A", 1)
    assert not [p for p in result.report if p.code == "column_unknown"]
