"""The program's entry point in the one-folder bundle (``build.spec``): ``rcv`` / ``rcv.exe``
(windowed on Windows: the MC double-clicks it) and ``rcv-cli`` / ``rcv-cli.exe`` (a console
program for the command line) both run this script; both simply run ``rcv`` with their
arguments.

Before that it takes ``--portable`` off the command line (data beside the program, see
:mod:`rcv.userdirs`) and, in the windowed program, where Windows gives no console
(``sys.stdout is None``), sends output to ``rcv-gui.log`` in the log folder so a ``print`` or a
traceback never crashes the program.
"""

from __future__ import annotations

import sys
from typing import TextIO


def _log_stream() -> TextIO:
    from rcv.userdirs import log_dir

    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return open(folder / "rcv-gui.log", "a", encoding="utf-8", buffering=1)
    except OSError:
        import io

        return io.StringIO()


def run(argv: list[str]) -> int:
    from rcv.userdirs import strip_portable_flag

    args = strip_portable_flag(argv)
    if sys.stdout is None or sys.stderr is None:  # windowed: no console attached
        stream = _log_stream()
        sys.stdout = sys.stdout or stream
        sys.stderr = sys.stderr or stream
    from rcv.cli.main import main

    return main(args)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
