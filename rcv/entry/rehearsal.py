"""``rcv demo --port PORT --profile P``: the GUI demo (console and projector, the sample
questions) with the crew's own device attached for its seats and simulated keypads for every
other seat, so a crew rehearses a whole show with its own hardware before the day."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rcv.app.keypads import KeypadLink
from rcv.app.rehearsal import RehearsalError, rehearse
from rcv.entry.programs import demo_program, put_up_projector, run
from rcv.hardware.profile import ProfileError
from rcv.hardware.settings import PortSetting
from rcv.i18n.phrases.hardware import CTX, REHEARSING, profile_error, rehearsal_error


def run_rehearsal(
    seats: int, seed: int, devices: Sequence[PortSetting], event: Path | None = None
) -> int:
    """The demo with ``devices`` (ports with their profiles and seats); 2 when the event file
    or a device cannot be used (said on stdout, in the operator's language)."""
    program = demo_program(seats, seed, event, simulate=False)
    if program is None:
        return 2
    link = program.keypads
    assert isinstance(link, KeypadLink)
    try:  # after the event is open: its pairing tables say where ID keypads sit
        placed = rehearse(link, seats, seed, devices)
    except RehearsalError as exc:
        print(rehearsal_error(exc.code, exc.params, program.words))
        program.close()
        return 2
    except ProfileError as exc:
        print(profile_error(exc, program.words))
        program.close()
        return 2
    put_up_projector(program, windowed=True)
    where = ", ".join(f"{d.setting.port} → {d.first}–{d.last}" for d in placed)
    program.console.say(program.words(CTX, REHEARSING, devices=where))
    return run(program)
