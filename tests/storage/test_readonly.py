"""Readers never write: not the file, not beside it, and they give the true verdict from a
write-protected stick (a real read-only mount) — except when a journal with unmerged steps sits
there, which is said plainly. A writer on read-only media is told to copy the file first."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from rcv.cli.main import main
from rcv.core.state import ShowSetup
from rcv.storage.errors import EventFileError, EventFileReadOnly
from rcv.storage.event_file import EventFile

from .conftest import Closed, play, said
from .disks import listing, remount, tmpfs


def run(capsys: pytest.CaptureFixture[str], *argv: str, lang: str = "vi") -> tuple[int, str, str]:
    capsys.readouterr()
    with pytest.MonkeyPatch.context() as env:
        env.setenv("RCV_LANG", lang)
        code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in ``folder``: its bytes and modification time."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


@pytest.fixture
def stick(tmp_path: Path) -> Iterator[Path]:
    with tmpfs(tmp_path / "stick", "8m") as where:
        yield where


# -- readers write nothing ----------------------------------------------------------------------
def test_reading_a_closed_file_writes_nothing_anywhere(
    closed: Closed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = closed.path.parent
    before = snapshot(folder)
    assert sorted(before) == ["show.rcv"]
    out = tmp_path.parent / f"{tmp_path.name}-out"
    out.mkdir()

    with EventFile.open(closed.path, read_only=True) as reader:
        assert reader.entries == closed.log and reader.head == closed.head
        with pytest.raises(EventFileError):
            reader.append(closed.log[-1:])
        with pytest.raises(EventFileError):
            reader.update_info(reader.info)
    for argv in (
        ["verify", str(closed.path)],
        ["status", str(closed.path)],
        ["log", str(closed.path)],
        ["export", str(closed.path), "-o", str(out / "kq.xlsx")],
        ["backup", str(closed.path), str(out)],
    ):
        code, _, err = run(capsys, *argv)
        assert code == 0, (argv, err)
    assert snapshot(folder) == before  # no -wal, no -shm, no lock file, not one byte changed


def test_reading_beside_a_live_writer_changes_neither_the_file_nor_its_journal(
    tmp_path: Path, setup_: ShowSetup, capsys: pytest.CaptureFixture[str]
) -> None:
    p = play(tmp_path / "event.rcv", setup_, steps=9)  # mid-question: steps in the journal
    try:
        wal = Path(f"{p.path}-wal")
        assert wal.stat().st_size > 0
        main_bytes, wal_bytes = p.path.read_bytes(), wal.read_bytes()
        code, out, _ = run(capsys, "verify", str(p.path))
        assert code == 0 and f"HỢP LỆ: {len(p.show.log)} mục" in out
        assert (p.path.read_bytes(), wal.read_bytes()) == (main_bytes, wal_bytes)
    finally:
        p.file.close()


# -- a write-protected stick --------------------------------------------------------------------
def test_an_intact_file_on_read_only_media_verifies_and_exports(
    closed: Closed, stick: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = stick / "show.rcv"
    shutil.copy(closed.path, target)
    remount(stick, "ro")
    out = tmp_path / "out"
    out.mkdir()

    code, text, _ = run(capsys, "verify", str(target))
    assert code == 0, text
    assert text.startswith(f"HỢP LỆ: {len(closed.log)} mục nhật ký")
    assert closed.head in text
    for argv in (
        ["status", str(target)],
        ["log", str(target)],
        ["export", str(target), "-o", str(out / "kq.xlsx")],
        ["cards", str(target), "-o", str(out / "the.pdf")],
        ["certificates", str(target), "-o", str(out / "gcn.pdf")],
        ["backup", str(target), str(out)],
    ):
        code, _, err = run(capsys, *argv)
        assert code == 0, (argv, err)
    assert (out / "kq.xlsx").stat().st_size > 0 and (out / "show.rcv").is_file()
    with EventFile.open(target, read_only=True) as reader:
        assert reader.entries == closed.log
    assert listing(stick) == ["show.rcv"]


def test_playing_on_read_only_media_says_to_copy_the_file_first(
    closed: Closed, stick: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = stick / "show.rcv"
    shutil.copy(closed.path, target)
    remount(stick, "ro")

    with pytest.raises(EventFileReadOnly) as caught:
        EventFile.open(target)
    assert caught.value.code == "folder_read_only" and caught.value.params["detail"]
    assert "chép tệp sự kiện sang một ổ ghi được" in said(caught.value)
    assert "Copy the event file to a writable disk" in said(caught.value, "en")
    code, _, err = run(capsys, "demo", "--headless", "--event", str(target))
    assert code == 2 and "ổ ghi được" in err
    code, _, err = run(capsys, "demo", "--headless", "--event", str(target), lang="en")
    assert code == 2 and "writable disk" in err and "ổ ghi được" not in err


def _live_copy(tmp_path: Path, setup_: ShowSetup, stick: Path, sides: tuple[str, ...]) -> int:
    """Copy a file being played mid-question, with the given side files, onto the stick, which
    is then made read-only; returns how many entries the writer had written."""
    p = play(tmp_path / "event.rcv", setup_, steps=9)
    try:
        assert Path(f"{p.path}-wal").stat().st_size > 0  # steps not yet merged
        for side in ("", *sides):
            shutil.copy(f"{p.path}{side}", stick / f"event.rcv{side}")
        written = len(p.show.log)
    finally:
        p.file.close()
    remount(stick, "ro")
    return written


def test_a_journal_with_unmerged_steps_on_read_only_media_cannot_be_checked(
    tmp_path: Path, setup_: ShowSetup, stick: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    written = _live_copy(tmp_path, setup_, stick, ("-wal",))
    target = stick / "event.rcv"

    with pytest.raises(EventFileReadOnly) as caught:
        EventFile.open(target, read_only=True)
    assert caught.value.code == "journal_unmerged"
    assert caught.value.params["journal"] == "event.rcv-wal"
    assert "event.rcv-wal" in said(caught.value) and "chưa gộp" in said(caught.value)
    code, out, _ = run(capsys, "verify", str(target))
    assert code == 2
    assert out.startswith("KHÔNG KIỂM TRA ĐƯỢC") and "event.rcv-wal" in out
    assert "HỢP LỆ:" not in out.replace("KHÔNG HỢP LỆ", "")
    code, out, _ = run(capsys, "verify", str(target), lang="en")
    assert code == 2 and out.startswith("CANNOT CHECK") and "not yet merged" in out

    # doing what it says: both files copied to a writable disk give the whole log
    copy = tmp_path / "copy"
    copy.mkdir()
    for side in ("", "-wal"):
        shutil.copy(stick / f"event.rcv{side}", copy / f"event.rcv{side}")
    code, out, _ = run(capsys, "verify", str(copy / "event.rcv"))
    assert code == 0 and f"HỢP LỆ: {written} mục" in out


def test_a_journal_with_its_index_on_read_only_media_is_read_whole(
    tmp_path: Path, setup_: ShowSetup, stick: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    written = _live_copy(tmp_path, setup_, stick, ("-wal", "-shm"))
    code, out, _ = run(capsys, "verify", str(stick / "event.rcv"))
    assert code == 0 and f"HỢP LỆ: {written} mục" in out
