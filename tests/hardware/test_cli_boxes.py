"""The technicians' commands for boxes that do not speak rcv's protocol, run in process against
emulated boxes and profile simulators on real ptys: ``rcv hw monitor --raw``, ``rcv hw pair``,
``rcv hw test`` with a pairing table, ``rcv hw profile check|list|import`` and ``rcv sim
--profile`` read back by the monitor."""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from rcv.cli.main import main
from rcv.hardware.pairing import PairingTable
from rcv.hardware.settings import HardwareSettings
from rcv.sim.boxes.host import BoxHost
from rcv.sim.boxes.quizbowl import QuizBowlBuzzer
from rcv.sim.boxes.turning import TurningReceiver
from rcv.sim.run import SimOptions, build_hubs, run_hubs

from .conftest import wait_until


class Run:
    """``main(args)`` on a thread, its printed output gathered as it comes (capsys is global to
    the process, so the reader of the output can wait on what the command said)."""

    def __init__(self, capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
        self._capsys = capsys
        self.text = ""
        self.code: int | None = None
        self._thread = threading.Thread(target=self._run, args=(args,), daemon=True)
        self._thread.start()

    def _run(self, args: list[str]) -> None:
        self.code = main(args)

    def output(self) -> str:
        captured = self._capsys.readouterr()
        self.text += captured.out + captured.err
        return self.text

    def wait_for(self, text: str) -> None:
        assert wait_until(lambda: text in self.output()), self.text

    def finish(self) -> int:
        self._thread.join(30)
        assert not self._thread.is_alive()
        self.output()
        assert self.code is not None
        return self.code


@pytest.fixture
def boxes() -> Iterator[list[BoxHost]]:
    running: list[BoxHost] = []
    yield running
    for host in running:
        host.stop()


def _pairing_file(tmp_path: Path, pairs: dict[str, int]) -> Path:
    path = tmp_path / "pairing.json"
    settings = HardwareSettings().with_pairing("turning-rcrf03", PairingTable.of(pairs))
    path.write_text(json.dumps(settings.to_plain()), encoding="utf-8")
    return path


def test_monitor_raw_shows_a_clicker_receivers_bytes_and_seats_from_a_pairing_file(
    boxes, capsys, tmp_path
) -> None:
    box = TurningReceiver()
    host = BoxHost(box).start()
    boxes.append(host)
    pairing = _pairing_file(tmp_path, {"090F10": 10})
    args = ["hw", "monitor", host.path, "--profile", "turning-rcrf03", "--raw"]
    run = Run(capsys, [*args, "--pairing", str(pairing), "--seconds", "4"])
    run.wait_for("connected")
    host.call(lambda now: box.click(0x090F10, "1", now))  # hex 10: seat 10 by the table
    host.call(lambda now: box.click(0x090F16, "4", now + 300))  # nobody paired it
    assert run.finish() == 0
    out = run.text
    came = "".join(re.findall(r"← (.*?)    \[", out))  # the box's bytes, as they came
    assert "incoming: 090f1031ad8b --> 1\\r\\noutgoing: 090f10063833\\r\\n" in came
    assert "ghế  10 bấm A  mã 090F10" in out
    assert "loại khung (unpaired): id 090F16" in out
    assert "dòng của thiết bị (device line): 'outgoing: 090f10" in out
    assert "10:A" in out.splitlines()[-1]  # the seat table at the end


def test_pair_walks_the_floor_then_the_table_reads_seats(boxes, capsys, tmp_path, monkeypatch):
    box = TurningReceiver()
    host = BoxHost(box).start()
    boxes.append(host)
    read_fd, write_fd = os.pipe()
    typed = os.fdopen(write_fd, "w")
    monkeypatch.setattr("sys.stdin", os.fdopen(read_fd))
    out_file = tmp_path / "pairs.json"
    args = ["hw", "pair", host.path, "--profile", "turning-rcrf03", "--seats", "1-4"]
    run = Run(capsys, [*args, "--out", str(out_file)])
    run.wait_for("ghế 1…")
    host.call(lambda now: box.click(0x090F10, "1", now))
    run.wait_for("ghế 2…")
    host.call(lambda now: box.click(0x090FD3, "2", now))
    run.wait_for("ghế 3…")
    typed.write("\n")  # seat 3 is empty: skip it
    typed.flush()
    run.wait_for("ghế 4…")
    host.call(lambda now: box.click(0x090F10, "3", now))  # seat 1's keypad, out of turn
    run.wait_for("TRÙNG")
    host.call(lambda now: box.click(0x0A0B0C, "3", now + 400))
    run.wait_for("0A0B0C → ghế 4")
    typed.write("q\n")
    typed.close()
    assert run.finish() == 0
    assert "Chưa có bàn phím: 3. Bỏ qua: 3." in run.text
    assert "need a pairing table" not in run.text  # pairing is what it is for
    assert "TRÙNG: bàn phím 090F10 đã ở ghế 1" in run.text
    table = HardwareSettings.from_plain(json.loads(out_file.read_text())).pairing("turning-rcrf03")
    assert table.to_plain() == {"090F10": 1, "090FD3": 2, "0A0B0C": 4}


def test_walk_test_of_a_buzz_only_box_passes_seat_by_seat(boxes, capsys) -> None:
    box = QuizBowlBuzzer(buzzers=4)
    host = BoxHost(box).start()
    boxes.append(host)
    args = ["hw", "test", host.path, "--profile", "quiz-bowl-buzzer", "--seats", "4"]
    run = Run(capsys, [*args, "--per-seat", "5", "--settle", "0.3"])
    for seat in range(1, 5):
        run.wait_for(f"Mời ghế {seat} bấm")
        host.call(lambda now, s=seat: box.press(s, now))
        run.wait_for(f"✓ ghế {seat} bấm •")
        host.call(box.reset_button)  # the quizmaster's reset: the next buzzer may ring
    assert run.finish() == 0
    assert "KẾT QUẢ: ĐẠT" in run.text


def test_sim_profile_presses_on_its_own_so_the_monitor_recipe_shows_presses(capsys) -> None:
    hubs = build_hubs(SimOptions(seats=4, profile="quiz-board-bytes", idle_press_ms=100))
    stop = threading.Event()
    said: list[str] = []
    sim = threading.Thread(target=run_hubs, args=(hubs, said.append, stop, None, None, 0.0))
    sim.start()
    try:
        assert wait_until(lambda: any("/dev/" in s for s in said))
        path = next(w for s in said for w in s.split() if w.startswith("/dev/"))
        args = ["hw", "monitor", path, "--profile", "quiz-board-bytes", "--seconds", "1.5"]
        assert main(args) == 0
    finally:
        stop.set()
        sim.join(10)
    out = capsys.readouterr().out
    presses = [line for line in out.splitlines() if "bấm (giành quyền/buzz)" in line]
    assert len(presses) >= 5, out


BAD_PROFILE = """\
name: my-box
kind: serial
format: regex
pattern: '^P(?P<seat>\\d+'
baud: fast
commands:
  arm: "GO {seat}"
"""
GOOD_PROFILE = """\
name: my-box
title: "Hộp của trường (P12:A)"
pattern: '^P(?P<seat>\\d+):(?P<key>[A-D])$'
simulate:
  press: "P{seat}:{key}"
"""


def test_profile_check_names_each_problem_on_its_row_in_both_languages(
    capsys, tmp_path, monkeypatch
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD_PROFILE, encoding="utf-8")
    assert main(["hw", "profile", "check", str(bad)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("bad.yaml: không dùng được")
    assert any(line.startswith("dòng 4: Biểu thức chính quy") for line in out)
    assert any(line.startswith('dòng 5: Giá trị "fast" của baud') for line in out)
    assert any(line.startswith("dòng 7: Lệnh arm dùng chỗ trống") for line in out)
    monkeypatch.setenv("RCV_LANG", "en")
    assert main(["hw", "profile", "check", str(bad)]) == 1
    english = capsys.readouterr().out
    assert 'line 5: The value "fast" of baud cannot be used' in english
    good = tmp_path / "good.yaml"
    good.write_text(GOOD_PROFILE, encoding="utf-8")
    assert main(["hw", "profile", "check", str(good)]) == 0
    assert 'good.yaml: usable — profile "my-box"' in capsys.readouterr().out


def test_profile_import_then_list_by_title(capsys, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("RCV_PORTABLE", raising=False)
    good = tmp_path / "good.yaml"
    good.write_text(GOOD_PROFILE, encoding="utf-8")
    assert main(["hw", "profile", "import", str(good)]) == 0
    assert 'Đã nhập hồ sơ "my-box"' in capsys.readouterr().out
    assert main(["hw", "profile", "list"]) == 0
    listed = capsys.readouterr().out
    assert "Hộp của trường (P12:A)" in listed
    assert "Bộ thu clicker Turning RCRF-03" in listed
    taken = tmp_path / "taken.yaml"
    taken.write_text(GOOD_PROFILE.replace("my-box", "turning-rcrf03"), encoding="utf-8")
    assert main(["hw", "profile", "import", str(taken)]) == 1
    assert "turning-rcrf03" in capsys.readouterr().err


def test_monitor_of_an_id_keypad_box_without_pairing_says_what_is_missing(boxes, capsys) -> None:
    host = BoxHost(TurningReceiver()).start()
    boxes.append(host)
    args = ["hw", "monitor", host.path, "--profile", "turning-rcrf03", "--seconds", "0.2"]
    assert main(args) == 0
    assert "--pairing" in capsys.readouterr().err
