"""The technicians' commands, run in process against virtual hubs on real ptys."""

from __future__ import annotations

import threading

import pytest

from rcv.cli.main import main
from rcv.sim.host import PtyTransport, VirtualHub
from rcv.sim.hub import Faults, HubSpec, People, SimHub
from rcv.sim.run import SimOptions, build_hubs, run_hubs

FAST = People(median_ms=120, spread=0.4, no_answer=0.0, change_mind=0.0)


def test_hw_ports_lists_and_explains(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["hw", "ports"]) == 0
    assert "usb:VID:PID" in capsys.readouterr().out


def test_monitor_shows_frames_and_stops_after_its_seconds(hubs, capsys) -> None:
    hub = VirtualHub(SimHub(HubSpec(last_seat=5), FAST, Faults(noise=0.3)), PtyTransport())
    hub.start()
    hubs.append(hub)
    assert main(["hw", "monitor", hub.url or "", "--seconds", "1.5"]) == 0
    out = capsys.readouterr().out
    assert "hello" in out and "khung/s" in out


def test_seat_test_finds_a_missing_and_a_stuck_seat(hubs, capsys) -> None:
    people = People(median_ms=120, spread=0.3, no_answer=0.0, change_mind=0.0)
    sim = SimHub(HubSpec(last_seat=6), people, Faults(stuck_seat=6, stuck_key="B"), seed=2)
    sim.eliminated.add(4)  # its keypad is dead: it never presses
    hub = VirtualHub(sim, PtyTransport())
    hub.start()
    hubs.append(hub)
    code = main(["hw", "test", hub.url or "", "--seats", "6", "--per-seat", "1.5"])
    out = capsys.readouterr().out
    assert code == 1
    assert "Thiếu (missing): 4" in out
    assert "Kẹt phím (stuck): 6" in out


def test_seat_test_passes_on_a_healthy_hub(hubs, capsys) -> None:
    hub = VirtualHub(SimHub(HubSpec(last_seat=8), FAST, seed=4), PtyTransport())
    hub.start()
    hubs.append(hub)
    assert main(["hw", "test", hub.url or "", "--seats", "8", "--settle", "0.3"]) == 0
    assert "ĐẠT" in capsys.readouterr().out


def test_sim_command_prints_where_its_hubs_are(capsys) -> None:
    assert main(["sim", "--seats", "10", "--hubs", "2", "--seconds", "0.3", "--baud", "0"]) == 0
    out = capsys.readouterr().out
    assert "SIM1: ghế 1–5 tại /dev/" in out and "SIM2: ghế 6–10 tại" in out


def test_sim_runner_unplugs_on_schedule_over_tcp() -> None:
    hubs = build_hubs(SimOptions(seats=4, tcp_port=0, baud=None))
    said: list[str] = []
    stop = threading.Event()
    thread = threading.Thread(target=run_hubs, args=(hubs, said.append, stop, 1.0, 0.2, 0.1))
    thread.start()
    thread.join(10)
    assert not thread.is_alive()
    assert any("socket://127.0.0.1:" in s for s in said)
    assert any("Rút cáp" in s for s in said) and any("Cắm lại" in s for s in said)


def test_sim_refuses_a_keyboard_profile(capsys) -> None:
    assert main(["sim", "--seats", "4", "--profile", "usb-keyboard-buzzers", "--seconds", "0"]) == 2
    assert "bàn phím" in capsys.readouterr().err
