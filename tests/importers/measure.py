"""Importing one file in a fresh Python process, and what it cost: wall and CPU time, peak RSS.

Used by test_hostile_files.py (generous bounds) and bench/bench_hostile_import.py (the figures).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_CHILD = """
import dataclasses, json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))  # a regression fails, not the host
from rcv.importers import Location, Term, load_questions, load_roster
from rcv.i18n import Words
from rcv.i18n.phrases.importing import import_text
load = load_roster if sys.argv[2] == "roster" else load_questions
def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
def plain(value):
    if isinstance(value, Location):
        return {k: v for k, v in dataclasses.asdict(value).items() if v is not None and v != 0}
    if isinstance(value, Term):
        return {"term": value.code, **{k: plain(v) for k, v in value.params.items()}}
    return value if isinstance(value, (int, float, str, bool)) else str(value)
start, cpu_start = time.perf_counter(), cpu()
result = load(sys.argv[1])
seconds, cpu_seconds = time.perf_counter() - start, cpu() - cpu_start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
problems = [{"code": p.code, "where": plain(p.location), "field": p.field,
             "params": {k: plain(v) for k, v in p.params.items()}} for p in result.report]
read = result.count if sys.argv[2] == "roster" else sum(result.counts.values())
print(json.dumps({"seconds": seconds, "cpu": cpu_seconds, "peak_mb": peak, "ok": result.ok,
                  "codes": [p.code for p in result.report], "problems": problems, "read": read,
                  "vi": import_text(result, Words("vi")), "en": import_text(result, Words("en"))}))
"""


# On Linux a child's ru_maxrss starts at its parent's peak (the forked memory's high-water mark
# survives execve), so a test process holding big strings would inflate the figure. A small
# launcher process in between starts the measured one from a lean parent.
_LAUNCHER = "import subprocess, sys; sys.exit(subprocess.call(sys.argv[1:]))"


def measure(path: Path, what: str = "questions", timeout: float = 120) -> dict[str, object]:
    """Import ``path`` in a new Python process: wall and CPU seconds (the import alone), peak
    RSS in MB (``ru_maxrss``, the whole process), whether it is usable, the codes, the problems
    (code, place, field, parameters; a place or a term as a dict), how many questions or
    contestants were read, and the report as a reader sees it in Vietnamese and in English."""
    done = subprocess.run(
        [sys.executable, "-c", _LAUNCHER, sys.executable, "-c", _CHILD, str(path), what],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        check=False,
    )
    if done.returncode != 0:
        raise AssertionError(f"the import crashed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.splitlines()[-1])
