"""``rcv demo --headless``, ``rcv status``, ``rcv log`` and ``rcv verify`` as an organiser runs
them: in-process through ``rcv.cli.main.main`` and once as a real ``python -m rcv`` process."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from rcv.cli.main import main
from rcv.core.events import effective_entries
from rcv.core.fold import replay
from rcv.core.ranking import Ranking, rank
from rcv.core.rules import DEFAULT_PRIZES, DEFAULT_UNIT_PRIZES
from rcv.core.show import Show
from rcv.core.standings import standings
from rcv.i18n import Words
from rcv.i18n.phrases.show import reason_text
from rcv.storage.chain import fingerprint_text
from rcv.storage.event_file import EventFile

ROOT = Path(__file__).resolve().parents[1]
SEATS = "40"
PROGRESS = re.compile(r"^\[#(\d+)\] ")
RANK_ROW = re.compile(r"^\s*(\d+)( =|  )\s*(\d+)\s+(\S+)\s")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()  # drop anything printed before
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def demo(capsys: pytest.CaptureFixture[str], path: Path, seed: int) -> tuple[int, str, str]:
    return run(
        capsys, "demo", "--headless", "--seats", SEATS, "--seed", str(seed), "--event", str(path)
    )


def results(out: str) -> str:
    """The results part of a demo's output: top 10 and prizes, without the units' standings
    (``rcv standings`` prints those) and the file name."""
    start = out.index("KẾT QUẢ")
    end = out.index("XẾP HẠNG ĐƠN VỊ") if "XẾP HẠNG ĐƠN VỊ" in out else out.index("Tệp sự kiện:")
    return out[start:end].strip()


def top_seats(out: str) -> list[int]:
    """The seats of the ranking table printed after the results heading, in order."""
    rows = []
    for line in out[out.index("KẾT QUẢ") :].splitlines():
        m = RANK_ROW.match(line)
        if m:
            rows.append(int(m.group(3)))
        elif rows:
            break
    return rows


def file_ranking(path: Path) -> Ranking:
    with EventFile.open(path) as ef:
        return rank(replay(ef.setup, effective_entries(ef.entries)), ef.setup)


def flip_one_byte(path: Path, at_least: int) -> int:
    """Change one digit in the stored data of the first log entry from ``at_least`` on whose
    data holds a number, with plain sqlite3; returns that entry's seq."""
    with closing(sqlite3.connect(path)) as conn:
        seq, data = conn.execute(
            "SELECT seq, data FROM log WHERE seq >= ? AND data GLOB '*[0-9]*' ORDER BY seq",
            (at_least,),
        ).fetchone()
        i = max(i for i, ch in enumerate(data) if ch.isdigit())
        changed = data[:i] + str((int(data[i]) + 1) % 10) + data[i + 1 :]
        assert len(changed.encode()) == len(data.encode()) and changed != data
        conn.execute("UPDATE log SET data = ? WHERE seq = ?", (changed, seq))
        conn.commit()
    return int(seq)


# -- rcv demo --headless ---------------------------------------------------------------------
def test_demo_plays_to_the_end_and_prints_top_10_and_prizes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "demo.rcv"
    code, out, err = demo(capsys, path, seed=3)

    assert code == 0, err
    assert path.is_file()
    lines = out.splitlines()
    progress = [int(m.group(1)) for line in lines if (m := PROGRESS.match(line))]
    assert len(progress) > 10
    assert progress == sorted(progress) and len(set(progress)) == len(progress)
    assert "Kết thúc chương trình" in next(line for line in reversed(lines) if PROGRESS.match(line))

    assert "KẾT QUẢ — 10 thí sinh dẫn đầu" in out
    seats = top_seats(out)
    assert len(seats) == 10
    ranking = file_ranking(path)
    assert seats == [p.seat for p in ranking.top(10)]  # what is printed is what the file says

    prizes = out[out.index("GIẢI THƯỞNG") :]
    for prize in DEFAULT_PRIZES:
        line = next(ln for ln in prizes.splitlines() if ln.startswith(f"{prize.name}:"))
        winners = [p.seat for p in ranking.placings if p.prize == prize.name]
        assert winners, f"nobody got {prize.name}"
        assert [int(s) for s in re.findall(r"ghế (\d+)", line)] == winners
    assert str(path) in out

    with EventFile.open(path) as ef:
        assert progress[-1] == len(ef.entries)
        assert ef.entries[-1].event.TYPE == "show_finished"
        state = replay(ef.setup, effective_entries(ef.entries))
        teams = standings(state, ef.setup)

    # then the units' ranking and the team prizes: the demo roster has units in groups
    units = out[out.index("XẾP HẠNG ĐƠN VỊ") : out.index("GIẢI TẬP THỂ")].splitlines()
    rows = [ln for ln in units if re.match(r"^\s*\d+=?\s{2}", ln)]
    assert len(rows) == len(teams.units) > 5
    for line, u in zip(rows, teams.units, strict=True):
        assert line.split()[0].rstrip("=") == str(u.order.rank) and u.unit.name in line
    team_prizes = out[out.index("GIẢI TẬP THỂ") : out.index("Tệp sự kiện:")]
    for prize in DEFAULT_UNIT_PRIZES:
        (winner,) = [u.unit.name for u in teams.units if u.order.prize == prize.name]
        assert f"{prize.name}: {winner}" in team_prizes.splitlines()


def test_same_seed_same_result_other_seed_other_result(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _, first, _ = demo(capsys, tmp_path / "a.rcv", seed=5)
    _, again, _ = demo(capsys, tmp_path / "b.rcv", seed=5)
    _, other, _ = demo(capsys, tmp_path / "c.rcv", seed=6)

    assert results(first) == results(again)
    assert file_ranking(tmp_path / "a.rcv").placings == file_ranking(tmp_path / "b.rcv").placings
    assert results(first) != results(other)
    assert top_seats(first) != top_seats(other)


def test_demo_given_a_finished_show_prints_its_results_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "demo.rcv"
    _, first, _ = demo(capsys, path, seed=3)
    with EventFile.open(path) as ef:
        head, count = ef.head, len(ef.entries)

    code, again, _ = demo(capsys, path, seed=3)

    assert code == 0
    assert f"Tiếp tục chương trình từ mục nhật ký {count}." in again
    assert not [line for line in again.splitlines() if PROGRESS.match(line)]
    assert results(again) == results(first)
    with EventFile.open(path) as ef:
        assert (ef.head, len(ef.entries)) == (head, count)


def test_demo_refuses_a_tampered_file_and_leaves_it_alone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "demo.rcv"
    demo(capsys, path, seed=3)
    seq = flip_one_byte(path, 40)
    before = path.read_bytes()

    code, out, err = demo(capsys, path, seed=3)

    assert code != 0
    assert "KẾT QUẢ" not in out
    assert f"mục {seq}" in err and path.name in err
    assert path.read_bytes() == before


# -- rcv status / log / verify ---------------------------------------------------------------
@pytest.fixture
def finished(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "show.rcv"
    code, out, _ = demo(capsys, path, seed=4)
    assert code == 0
    return path, out


def test_status_shows_the_finished_show(
    capsys: pytest.CaptureFixture[str], finished: tuple[Path, str]
) -> None:
    path, demo_out = finished
    with EventFile.open(path) as ef:
        state = replay(ef.setup, effective_entries(ef.entries))

    code, out, _ = run(capsys, "status", str(path))

    assert code == 0
    assert str(path) in out
    assert "Bước: đã kết thúc" in out
    assert f"Câu hỏi chính đã hỏi: {state.main_number}" in out
    assert f"Còn trên sàn: {len(state.standing)}/{SEATS}" in out
    assert f"Kết thúc: {reason_text(state.finished_reason, Words())}" in out
    # the same table and prizes the demo printed at the end
    table = results(demo_out).split("\n", 1)[1]  # without the heading line
    for line in table.splitlines():
        if line.strip() and line != "GIẢI THƯỞNG":
            assert line in out.splitlines()


def test_log_lists_the_operator_steps(
    capsys: pytest.CaptureFixture[str], finished: tuple[Path, str]
) -> None:
    path, _ = finished
    with EventFile.open(path) as ef:
        entries = ef.entries

    code, out, _ = run(capsys, "log", str(path))

    assert code == 0
    lines = out.splitlines()
    operator = [e for e in entries if e.event.OPERATOR]
    assert [int(line.split()[0]) for line in lines] == [e.seq for e in operator]
    assert "Câu 1 (M01) hiện lên, 40 thí sinh tham gia" in lines[0]
    assert any("Bắt đầu tính giờ 20 giây" in line for line in lines)
    assert any("Công bố đáp án" in line for line in lines)
    assert any("Xử lý kết quả" in line for line in lines)
    assert "Kết thúc chương trình" in lines[-1]
    assert not any(re.search(r"Ghế \d+ chọn", line) for line in lines)

    code, with_presses, _ = run(capsys, "log", "--presses", str(path))
    assert code == 0
    listed, _, summary = with_presses.partition("\n\n")
    assert len(listed.splitlines()) == len(entries)
    assert re.search(r"Ghế \d+ chọn [A-D]", with_presses)
    # and what became of every press, summed up: received = accepted + refused + noise
    answers = sum(e.event.TYPE == "answer_received" for e in entries)
    refusals = sum(e.event.TYPE == "press_rejected" for e in entries)
    total = re.search(r"nhận (\d+) = hợp lệ (\d+) \+ từ chối (\d+)", summary)
    assert total is not None
    assert [int(g) for g in total.groups()] == [answers + refusals, answers, refusals]


def test_verify_passes_a_good_file_and_fails_after_one_byte_changes(
    capsys: pytest.CaptureFixture[str], finished: tuple[Path, str]
) -> None:
    path, _ = finished
    with EventFile.open(path) as ef:
        head, count = ef.head, len(ef.entries)

    code, out, _ = run(capsys, "verify", str(path))
    assert code == 0
    assert f"HỢP LỆ: {count} mục nhật ký" in out
    assert fingerprint_text(head) in out and head in out

    seq = flip_one_byte(path, count // 2)
    code, out, _ = run(capsys, "verify", str(path))
    assert code != 0
    assert "KHÔNG HỢP LỆ" in out
    assert f"mục {seq}" in out
    assert "chuỗi băm khớp" not in out and "Dấu vân tay" not in out


def test_verify_fails_on_a_file_that_is_not_an_event(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    junk = tmp_path / "junk.rcv"
    junk.write_bytes(b"not a database at all" * 100)
    code, out, _ = run(capsys, "verify", str(junk))
    assert code != 0 and "junk.rcv" in out

    code, out, _ = run(capsys, "verify", str(tmp_path / "missing.rcv"))
    assert code != 0 and "missing.rcv" in out


@pytest.mark.parametrize("command", ["status", "log"])
def test_status_and_log_refuse_a_damaged_file(
    capsys: pytest.CaptureFixture[str], finished: tuple[Path, str], command: str
) -> None:
    path, _ = finished
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    code, out, err = run(capsys, command, str(path))
    assert code != 0
    assert path.name in err
    assert out == ""


# -- a real process ----------------------------------------------------------------------------
def rcv_process(*argv: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    )
    return subprocess.run(
        [sys.executable, "-m", "rcv", *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_python_m_rcv_gives_the_same_results_as_in_process(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _, in_process, _ = demo(capsys, tmp_path / "in.rcv", seed=8)
    sub = tmp_path / "sub.rcv"

    proc = rcv_process("demo", "--headless", "--seats", SEATS, "--seed", "8", "--event", str(sub))

    assert proc.returncode == 0, proc.stderr
    assert results(proc.stdout) == results(in_process)
    ok = rcv_process("verify", str(sub))
    assert ok.returncode == 0 and "HỢP LỆ" in ok.stdout
    seq = flip_one_byte(sub, 12)
    bad = rcv_process("verify", str(sub))
    assert bad.returncode != 0
    assert f"mục {seq}" in bad.stdout


# -- verify: invalid or cannot check ------------------------------------------------------------
def test_verify_tells_an_invalid_file_from_one_it_cannot_check(
    capsys: pytest.CaptureFixture[str],
    finished: tuple[Path, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, _ = finished
    code, out, _ = run(capsys, "verify", str(tmp_path / "khong-co.rcv"))
    assert code == 2
    assert out.startswith("KHÔNG KIỂM TRA ĐƯỢC") and "khong-co.rcv" in out

    flip_one_byte(path, 30)
    code, out, _ = run(capsys, "verify", str(path))
    assert code == 1
    assert out.startswith("KHÔNG HỢP LỆ")

    monkeypatch.setenv("RCV_LANG", "en")  # the same verdicts in English
    code, out, _ = run(capsys, "verify", str(tmp_path / "khong-co.rcv"))
    assert code == 2 and out.startswith("CANNOT CHECK") and "not found" in out
    code, out, _ = run(capsys, "verify", str(path))
    assert code == 1 and out.startswith("INVALID") and "altered or damaged at entry" in out
    monkeypatch.delenv("RCV_LANG")

    junk = tmp_path / "junk.rcv"
    junk.write_bytes(b"not a database at all" * 100)
    code, out, _ = run(capsys, "verify", str(junk))
    assert code == 1 and out.startswith("KHÔNG HỢP LỆ")


def test_the_demo_help_lists_its_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["demo", "--help"])
    out = capsys.readouterr().out
    for code, words in (("3", "chạy lại đúng"), ("4", "chương trình khác")):
        assert re.search(rf"^\s+{code}\s+.*{words}", out, re.MULTILINE | re.DOTALL), out


# -- a write that fails mid-show ------------------------------------------------------------------
def _play_part(path: Path, steps: int) -> int:
    from rcv.clock import ManualClock
    from rcv.demo.autopilot import Autopilot
    from rcv.demo.headless import open_or_create
    from rcv.demo.setup import demo_questions
    from rcv.sim.floor import FloorModel

    with open_or_create(path, int(SEATS), 4, demo_questions()) as ef:
        pilot = Autopilot(Show(ef.setup, ef.entries, ef.append), FloorModel(seed=4),
                          ManualClock(1_790_000_000_000))  # fmt: skip
        for _ in range(steps):
            pilot.step()
        return ef.entry_count


def test_the_demo_stops_cleanly_on_a_full_disk_and_the_same_command_carries_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.storage.disks import fill, tmpfs

    with tmpfs(tmp_path / "stick", "2m") as stick:
        path = stick / "show.rcv"
        written = _play_part(path, 12)
        filler = fill(stick)
        for lang in ("vi", "en"):  # every try while the disk is full: the same clear refusal
            monkeypatch.setenv("RCV_LANG", lang)
            code, out, err = demo(capsys, path, seed=4)
            assert code == 3, err
            assert "Traceback" not in err and "KẾT QUẢ" not in out and str(path) in err
            if lang == "vi":
                assert "đầy" in err and "chạy lại đúng lệnh này" in err
            else:
                assert "is full" in err and "run the same command again" in err
        monkeypatch.delenv("RCV_LANG")
        proc = rcv_process("demo", "--headless", "--seats", SEATS, "--seed", "4",
                           "--event", str(path))  # fmt: skip
        assert proc.returncode == 3 and "Traceback" not in proc.stderr
        assert "đầy" in proc.stderr
        with EventFile.open(path, read_only=True) as ef:
            assert ef.entry_count == written  # nothing lost, nothing half-written

        filler.unlink()
        code, out, err = demo(capsys, path, seed=4)
        assert code == 0, err
        assert out.startswith(f"Tiếp tục chương trình từ mục nhật ký {written}.")
        code, out, _ = run(capsys, "verify", str(path))
        assert code == 0 and "HỢP LỆ" in out


def test_the_demo_cannot_create_its_file_on_a_full_disk_then_can(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tests.storage.disks import fill, listing, tmpfs

    with tmpfs(tmp_path / "stick", "2m") as stick:
        path = stick / "show.rcv"
        filler = fill(stick)
        code, _, err = demo(capsys, path, seed=4)
        assert code == 3 and "tệp sự kiện mới" in err and "Traceback" not in err
        assert listing(stick) == ["filler.bin"]
        filler.unlink()
        code, out, err = demo(capsys, path, seed=4)
        assert code == 0 and "KẾT QUẢ" in out, err
