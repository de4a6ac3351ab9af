"""The list of command modules the ``rcv`` command is made of, in help order."""

from __future__ import annotations

import argparse
from collections.abc import Callable

Register = Callable[[argparse._SubParsersAction], None]  # type: ignore[type-arg]


def COMMAND_MODULES() -> list[Register]:  # noqa: N802 - reads as a constant list
    registers: list[Register] = []
    return registers
