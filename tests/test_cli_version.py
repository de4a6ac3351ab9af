"""``rcv --version`` answers at once: before the parser imports every command's module (the
storage, the importers, Qt), which take a second to load."""

from __future__ import annotations

import subprocess
import sys

from rcv import __version__

PROBE = """
import sys
from rcv.cli.main import main
code = main(["--version"])
heavy = sorted(m for m in ("sqlalchemy", "PySide6.QtCore", "openpyxl", "rcv.storage.event_file")
               if m in sys.modules)
print("loaded:", ",".join(heavy))
sys.exit(code)
"""


def test_version_is_printed_without_loading_the_commands() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"rcv {__version__}"
    assert lines[1] == "loaded: "  # none of the heavy modules


def test_importing_a_report_does_not_load_the_readers() -> None:
    """The console needs the import report's types to start; openpyxl and python-docx only
    once a file is imported."""
    probe = (
        "import sys, rcv.importers.report; print('openpyxl' in sys.modules, 'docx' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["False", "False"]
    from rcv.importers import load_questions, load_roster

    assert callable(load_questions) and callable(load_roster)
