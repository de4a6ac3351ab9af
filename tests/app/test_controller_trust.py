"""The controller loses and hides nothing: subscribers see changes in log order even when one of
them issues a command, and a failed write (a real full filesystem) refuses the step, keeps the
presses, holds the show and resumes once space is freed — with nothing lost."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from rcv.app.controller import ShowController
from rcv.clock import ManualClock
from rcv.core import events as ev
from rcv.core.commands import Press
from rcv.core.rules import Rules
from rcv.core.show import Change
from rcv.core.state import Phase, ShowSetup
from rcv.storage.errors import EventFileError, EventFileWriteError, WriteFailure
from rcv.storage.event_file import EventFile
from tests.core.helpers import questions, roster


@pytest.fixture
def controller(qtbot, tmp_path):
    ctl = ShowController(ManualClock())
    ctl.attach(EventFile.create(tmp_path / "show.rcv", ShowSetup(roster(6), questions(), Rules())))
    yield ctl
    ctl.detach()


def test_a_command_issued_inside_a_broadcast_waits_for_every_subscriber(controller) -> None:
    first: list[int] = []
    second: list[int] = []

    def eager(change: Change | None) -> None:  # like the demo's board reader
        if change is not None:
            first.append(change.entries[-1].seq)
            if change.events[0].TYPE == "question_shown":
                controller.start_timer()

    controller.changed.connect(eager)
    controller.changed.connect(
        lambda change: second.append(change.entries[-1].seq) if change else None
    )
    controller.show_question("M01")
    assert controller.state.phase is Phase.TIMER_RUNNING
    assert first == second == [1, 2]  # both saw question_shown before timer_started


def test_presses_handed_over_with_no_event_open_are_counted(qtbot) -> None:
    ctl = ShowController(ManualClock())
    ctl.add_presses([Press(1, "A", 0), Press(2, "B", 0)])
    assert ctl.unlogged_presses == 2 and ctl.pending_presses == 0


def test_every_press_is_in_the_hubs_figures(controller) -> None:
    clock: ManualClock = controller.clock
    controller.show_question("M01")
    controller.start_timer()
    now = clock.now_ms()
    controller.add_presses(
        [Press(1, "B", now + 10, "H1"), Press(1, "C", now + 20, "H1"), Press(9, "A", now, "H1")]
    )
    controller.add_presses([ev.LineNoise("H1", now - 1000, now, (("checksum", 2),))])
    controller.tick()
    figures = controller.press_figures().hubs["H1"]
    assert (figures.accepted, figures.refused_total, figures.noise_total) == (1, 2, 2)
    assert figures.received == 5


# -- a real full filesystem -------------------------------------------------------------------
@pytest.fixture
def small_disk(tmp_path: Path):
    """A 1 MiB tmpfs: real ENOSPC. Needs root (mount); skipped otherwise."""
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a small tmpfs (a real full disk)")
    where = tmp_path / "disk"
    where.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(where)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _fill(folder: Path) -> Path:
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"\0" * 512):
            pass
    except OSError:
        pass  # ENOSPC: the disk is full
    finally:
        os.close(fd)
    return filler


def test_a_full_disk_refuses_the_step_keeps_the_presses_and_resumes(qtbot, small_disk) -> None:
    clock = ManualClock()
    ctl = ShowController(clock)
    path = small_disk / "show.rcv"
    ctl.attach(EventFile.create(path, ShowSetup(roster(40), questions(), Rules())))
    failures: list[EventFileError] = []
    recovered: list[bool] = []
    ctl.storageFailed.connect(failures.append)
    ctl.storageRecovered.connect(lambda: recovered.append(True))
    ctl.show_question("M01")
    ctl.start_timer()
    start = clock.now_ms()
    filler = _fill(small_disk)
    log_before = len(ctl.show.log)
    state_before = ctl.state.questions[-1].answers.copy()
    ctl.add_presses([Press(s, "B", start + 100 + s, "H1", f"1:{s}") for s in range(1, 41)])
    clock.advance(30)
    ctl.tick()  # the burst cannot be written (and may fail several ways: no traceback)
    assert failures and ctl.storage_problem is failures[-1]  # the error itself: a code
    assert isinstance(failures[-1], EventFileWriteError)
    assert failures[-1].failure is WriteFailure.DISK_FULL and failures[-1].code == "write_failed"
    assert ctl.pending_presses == 40  # kept, in order
    assert len(ctl.show.log) == log_before and ctl.state.questions[-1].answers == state_before
    assert ctl.stop_early() is None  # the MC's step is refused too; the state is untouched
    assert ctl.state.phase is Phase.TIMER_RUNNING
    clock.advance(100)
    ctl.tick()  # within the retry interval: no new attempt
    filler.unlink()  # the crew frees space
    clock.advance(1000)
    ctl.tick()  # the held presses go in
    assert recovered and ctl.storage_problem is None and ctl.pending_presses == 0
    assert len(ctl.state.questions[-1].answers) == 40
    assert ctl.retry_storage()  # the MC's stop-early, held meanwhile, is carried out
    assert ctl.state.phase is Phase.TIME_UP
    entries = len(ctl.show.log)
    ctl.detach()
    with EventFile.open(path, read_only=True) as reopened:  # the chain verifies; nothing lost
        assert len(reopened.entries) == entries
        frames = {e.event.frame for e in reopened.entries if isinstance(e.event, ev.AnswerReceived)}
        assert frames == {f"1:{s}" for s in range(1, 41)}


def test_a_try_again_that_fails_keeps_the_mcs_held_step_for_the_next(qtbot, small_disk) -> None:
    """'Thử lại' while the disk is still full writes nothing and forgets nothing: the MC's
    held step is carried out once the presses before it are written."""
    clock = ManualClock()
    ctl = ShowController(clock)
    setup = ShowSetup(roster(8), questions(), Rules())
    ctl.attach(EventFile.create(small_disk / "show.rcv", setup))
    ctl.show_question("M01")
    ctl.start_timer()
    start = clock.now_ms()
    filler = _fill(small_disk)
    ctl.add_presses([Press(s, "B", start + 100 + s, "H1", f"1:{s}") for s in range(1, 9)])
    clock.advance(30)
    ctl.tick()
    assert ctl.storage_problem is not None and ctl.pending_presses == 8
    assert ctl.stop_early() is None  # held
    assert not ctl.retry_storage()  # still full: nothing written
    assert ctl.state.phase is Phase.TIMER_RUNNING and ctl.pending_presses == 8
    filler.unlink()
    assert ctl.retry_storage()  # the presses, then the MC's stop-early
    assert ctl.pending_presses == 0 and len(ctl.state.questions[-1].answers) == 8
    assert ctl.state.phase is Phase.TIME_UP
    ctl.detach()
