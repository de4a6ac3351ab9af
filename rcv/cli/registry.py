"""The list of command modules the ``rcv`` command is made of, in help order."""

from __future__ import annotations

import argparse
from collections.abc import Callable

Register = Callable[[argparse._SubParsersAction], None]  # type: ignore[type-arg]


def COMMAND_MODULES() -> list[Register]:
    from rcv.cli import (
        backup_cmd,
        hw,
        questions,
        results_cmds,
        screenshots_cmd,
        selftest_cmd,
        show_cmds,
        standings_cmd,
    )

    registers: list[Register] = [show_cmds.register]
    registers.append(backup_cmd.register)
    registers.append(questions.register)
    registers.append(results_cmds.register)
    registers.append(standings_cmd.register)
    registers.append(hw.register)
    registers.append(screenshots_cmd.register)
    registers.append(selftest_cmd.register)
    return registers
