"""Rehearsal with the crew's own box: the emulated box on a real pty serves some seats, virtual
hubs the others, and a whole show runs through the controller with both."""

from __future__ import annotations

from pathlib import Path

import pytest

from rcv.app.controller import ShowController
from rcv.app.keypads import KeypadLink
from rcv.app.rehearsal import RehearsalError, plan_devices, rehearse, simulated_ranges
from rcv.clock import SystemClock
from rcv.core import events as ev
from rcv.core.rules import Rules
from rcv.core.state import Phase, QuestionRecord, ShowSetup
from rcv.hardware.pairing import PairingTable
from rcv.hardware.settings import HardwareSettings, PortSetting
from rcv.sim.boxes.clicker import ColladoClicker
from rcv.sim.boxes.host import BoxHost
from rcv.sim.boxes.turning import TurningReceiver
from rcv.sim.hub import People
from rcv.storage.event_file import EventFile
from tests.app.test_box_shows import WAIT_MS, WRONG, Stage, _questions, play
from tests.core.helpers import roster

FAST = People(median_ms=150, spread=0.3, no_answer=0.0, change_mind=0.0)
IDS = {1: 0x090F0A, 2: 0x090F10, 3: 0x090F16}  # hex IDs: "…10" is seat 2, never seat 10


def test_seats_of_each_device_and_the_simulated_rest() -> None:
    table = {"turning-rcrf03": PairingTable.of({"090F0A": 4, "090F10": 6})}
    devices = plan_devices(
        [PortSetting("/dev/a", "turning-rcrf03"), PortSetting("/dev/b", "clicker-per-port", 9)],
        12,
        table,
    )
    assert [(d.first, d.last) for d in devices] == [(4, 6), (9, 9)]
    assert simulated_ranges(12, devices) == [(1, 3), (7, 8), (10, 12)]
    with pytest.raises(RehearsalError) as unknown:  # no pairing yet: say its seats
        plan_devices([PortSetting("/dev/a", "turning-rcrf03")], 12, {})
    assert unknown.value.code == "seats_unknown"
    with pytest.raises(RehearsalError) as overlap:
        plan_devices([PortSetting("/dev/a", "rcv-hub", 1, 8), PortSetting("/dev/b", "", 8)], 12, {})
    assert overlap.value.code == "overlap"
    with pytest.raises(RehearsalError) as outside:
        plan_devices([PortSetting("/dev/a", "clicker-per-port", 13)], 12, {})
    assert outside.value.code == "outside"


@pytest.mark.parametrize("kind", ["clicker receiver", "one clicker per port"])
def test_a_whole_show_with_a_real_box_next_to_simulated_seats(qtbot, tmp_path: Path, kind) -> None:
    seats = 10
    event_file = EventFile.create(
        tmp_path / "rehearsal.rcv", ShowSetup(roster(seats), _questions(), Rules(prizes=()))
    )
    if kind == "clicker receiver":
        box = TurningReceiver()
        table = PairingTable.of({f"{i:06X}": seat for seat, i in IDS.items()})
        event_file.save_hardware(HardwareSettings(pairings=(("turning-rcrf03", table),)).to_plain())
        real, sims = {1, 2, 3}, {"SIM4-1"}
    else:
        box = ColladoClicker()
        real, sims = {7}, {"SIM1-1", "SIM8-1"}  # seats 1–6 and 8–10
    host = BoxHost(box).start()
    controller = ShowController(SystemClock())
    controller.attach(event_file)
    link = KeypadLink(controller, controller.clock, tell_answers=True)
    stage = Stage(qtbot, controller, link, [host])
    try:
        setting = (
            PortSetting(host.path, "turning-rcrf03")
            if kind == "clicker receiver"
            else PortSetting(host.path, "clicker-per-port", 7)
        )
        devices = rehearse(link, seats, 3, [setting], FAST)
        assert [(d.first, d.last) for d in devices] == [(min(real), max(real))]
        qtbot.waitUntil(
            lambda: (
                len(link._hub_info) == len(sims) + 1
                and all(h.connected for h in link._hub_info.values())
            ),
            timeout=WAIT_MS,
        )

        def round_(record: QuestionRecord) -> None:
            right = stage.answer(record)
            for seat in sorted(real & set(record.participants)):
                key = right if (seat + record.number) % 3 else WRONG[right]
                if isinstance(box, TurningReceiver):
                    button = "1234"["ABCD".index(key)]
                    host.call(lambda now, c=IDS[seat], b=button: box.click(c, b, now))
                else:
                    host.call(lambda now, k=key: box.press(k, now))
            stage.wait(lambda: set(record.answers) == set(record.participants))
            qtbot.wait(350)  # longer than the profiles' debounce

        play(stage, round_)
        assert controller.state is not None and controller.state.phase is Phase.FINISHED
        link.stop()
        controller.flush_presses()
        log = [e.event for e in controller.show.log]
        answered = {e.seat for e in log if isinstance(e, ev.AnswerReceived)}
        assert answered == set(range(1, seats + 1))  # real seats and simulated ones
        figures = controller.press_figures().hubs
        stats = {link.label: link.stats() for link in link.hubs.links}
        hub = "turning-rcrf03" if kind == "clicker receiver" else "clicker-per-port"
        assert figures[hub].accepted >= len(real)
        assert {name for name in figures if name.startswith("SIM")} == sims
        # every line each hub sent is in the log, once
        received = sum(s.presses + sum(s.rejected.values()) for s in stats.values())
        assert sum(f.received for f in figures.values()) == received
    finally:
        link.stop()
        host.stop()
        controller.detach()


def test_every_hardware_phrase_is_said_in_english() -> None:
    from rcv.i18n import Words
    from rcv.i18n.phrases import hardware

    english = Words("en")
    sources = [s for table in hardware.TABLES for s in table.values()] + list(hardware.SINGLES)
    missing = [s for s in sources if not english.has(hardware.CTX, s)]
    assert missing == []
    said = hardware.rehearsal_error("overlap", {"port": "A", "other": "B", "seats": "1-3"}, english)
    assert said == "The device on A (seats 1-3) shares seats with the device on B."
