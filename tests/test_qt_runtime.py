"""The Qt runtime rcv depends on survives a live show's worth of signals.

PySide6 6.12.0 on CPython 3.11 loses a reference to True/None on every emit and aborts the
interpreter after a few hundred; pyproject.toml keeps it out. This runs in a subprocess so a
regression shows up as a failed test, not a crashed test run.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Source(QObject):
    changed = Signal(object)
    flag = Signal(bool)

app = QCoreApplication([])
source, seen = Source(), []
source.changed.connect(seen.append)
source.flag.connect(seen.append)
for i in range(20000):
    source.changed.emit(None if i % 2 else i)
    source.flag.emit(True)
print(len(seen))
"""


def test_twenty_thousand_signal_emits_do_not_crash_the_interpreter() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "40000"
