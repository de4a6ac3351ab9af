"""Files that cannot be used: a clear message, never a crash, never a partial import."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rcv.importers import Location, load_questions, load_roster
from rcv.importers.report import term
from tests.importers.conftest import shown, the, write_xlsx

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def codes(result) -> list[str]:
    return [p.code for p in result.report]


@pytest.fixture
def good_xlsx(tmp_path: Path) -> Path:
    return write_xlsx(
        tmp_path / "tot.xlsx",
        {"Q": [["Câu hỏi", "A", "B", "Đáp án", "Thời gian"], ["Hỏi?", "x", "y", "A", 20]]},
    )


def test_password_protected_office_file(tmp_path: Path) -> None:
    # what Excel writes when a password is set: an OLE container with an EncryptionInfo stream
    data = OLE + bytes(500) + "EncryptionInfo".encode("utf-16-le") + bytes(500)
    (tmp_path / "matkhau.xlsx").write_bytes(data)
    result = load_questions(tmp_path / "matkhau.xlsx")
    assert (result.questions, codes(result)) == (None, ["file_encrypted"])
    assert the(result, "file_encrypted").location == Location("matkhau.xlsx")
    assert codes(load_roster(tmp_path / "matkhau.xlsx")) == ["file_encrypted"]


def test_old_xls_file(tmp_path: Path) -> None:
    (tmp_path / "cu.xls").write_bytes(OLE + bytes(1000))
    assert codes(load_questions(tmp_path / "cu.xls")) == ["file_old_office"]


def test_garbage_and_truncated_files(tmp_path: Path, good_xlsx: Path) -> None:
    (tmp_path / "rac.xlsx").write_bytes(b"\x00\x01 not a workbook" * 20)
    assert codes(load_questions(tmp_path / "rac.xlsx")) == ["file_corrupt"]
    data = good_xlsx.read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    result = load_questions(tmp_path / "cut.xlsx")
    assert (result.questions, codes(result)) == (None, ["file_corrupt"])


def test_zip_with_broken_workbook_xml(tmp_path: Path, good_xlsx: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(good_xlsx) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "xl/workbook.xml":
                body = b"<workbook><sheets><sheet"
            dst.writestr(item, body)
    (tmp_path / "hong.xlsx").write_bytes(out.getvalue())
    result = load_questions(tmp_path / "hong.xlsx")
    assert codes(result) == ["file_corrupt"]
    assert the(result, "file_corrupt").params["expected"] == "Excel (.xlsx)"


def test_missing_empty_directory_and_unknown_files(tmp_path: Path) -> None:
    assert codes(load_questions(tmp_path / "khong-co.xlsx")) == ["file_missing"]
    (tmp_path / "rong.docx").write_bytes(b"")
    assert codes(load_questions(tmp_path / "rong.docx")) == ["file_empty"]
    (tmp_path / "thu-muc.xlsx").mkdir()
    folder = load_questions(tmp_path / "thu-muc.xlsx")
    assert the(folder, "file_unreadable").params == {"reason": term("folder")}
    (tmp_path / "ds.csv").write_text("SBD,Họ tên\n1,An\n", encoding="utf-8")
    assert codes(load_questions(tmp_path / "ds.csv")) == ["file_unknown_format"]
    assert codes(load_roster(tmp_path / "ds.csv")) == ["file_unknown_format"]


def test_office_lock_file(tmp_path: Path) -> None:
    (tmp_path / "~$cau-hoi.xlsx").write_bytes(b"\x05Admin" + bytes(150))
    result = load_questions(tmp_path / "~$cau-hoi.xlsx")
    assert codes(result) == ["file_corrupt"]
    assert the(result, "file_corrupt").params["reason"] == term("office_lock_file")


def test_file_locked_or_forbidden(
    tmp_path: Path, good_xlsx: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    result = load_questions(good_xlsx)
    assert (result.questions, codes(result)) == (None, ["file_unreadable"])
    assert the(result, "file_unreadable").params == {"reason": "Permission denied"}


def test_wrong_extension_is_read_by_content_with_a_warning(tmp_path: Path, good_xlsx: Path) -> None:
    renamed = tmp_path / "nham.docx"
    renamed.write_bytes(good_xlsx.read_bytes())
    result = load_questions(renamed)
    assert result.ok
    assert codes(result)[0] == "file_wrong_extension"
    assert the(result, "file_wrong_extension").params == {"ext": ".docx", "actual": "Excel (.xlsx)"}


def test_empty_workbook_and_empty_sheets(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "trong.xlsx", {"Câu hỏi chính": [], "Sheet2": []})
    assert codes(load_questions(path)) == ["no_questions"]
    path = write_xlsx(tmp_path / "tieude.xlsx", {"Câu hỏi phụ": [["Ghi chú"], ["gì đó"]]})
    result = load_questions(path)
    assert codes(result) == ["sheet_no_header", "no_questions"]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    cuts=st.lists(st.integers(0, 10_000), min_size=1, max_size=8),
    suffix=st.sampled_from([".xlsx", ".docx", ".yaml", ".json"]),
)
def test_damaged_bytes_never_crash_and_never_import_partly(
    tmp_path: Path, good_xlsx: Path, cuts: list[int], suffix: str
) -> None:
    data = bytearray(good_xlsx.read_bytes())
    for position in cuts:
        data[position % len(data)] ^= 0x5A
    path = tmp_path / f"hong{suffix}"
    path.write_bytes(bytes(data))
    result = load_questions(path)
    assert (result.questions is None) == (not result.report.ok)
    assert shown(result, "vi") and shown(result, "en")  # whatever was found reads in words
