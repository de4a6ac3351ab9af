"""The self-test's runner: every check in order, each line written as soon as it is known, in
the reader's language (the :class:`~rcv.i18n.Words` the command line makes).

The checks without Qt run first (:mod:`rcv.selftest.files`, :mod:`rcv.selftest.hub`): a Qt
that cannot start ends the process, and their lines are on the screen by then. The Qt checks
(:mod:`rcv.selftest.qt`) share one :class:`~rcv.selftest.qt.QtRun` made here; when Qt cannot
even be imported, the first Qt line says why and the others say they did not run.
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Sequence
from typing import TextIO

import rcv
from rcv.i18n import Words
from rcv.i18n.phrases import selftest as phrases
from rcv.paths import install_root
from rcv.selftest.checks import Check, CheckFailed, Outcome, Result, run_check
from rcv.selftest.libraries import explain_import_error, qt_files

QT_CHECKS = ("qt", "fonts", "sounds", "qml", "translations")


def all_checks() -> list[tuple[str, Check]]:
    """Every check, in the order they run (Qt last: a Qt that cannot start ends the process)."""
    from rcv.selftest import files, hub

    checks: list[tuple[str, Check]] = [
        ("folders", files.check_folders),
        ("samples", files.check_samples),
        ("event_file", files.check_event_file),
        ("excel", files.check_excel),
        ("hub", hub.check_hub_round_trip),
    ]
    try:
        from rcv.selftest import qt
    except ImportError as exc:  # QtGui itself did not load: say why on the Qt line
        return checks + qt_cannot_load(exc)
    run = qt.QtRun()
    return checks + [(name, run.bind(check)) for name, check in qt.CHECKS]


def qt_cannot_load(exc: ImportError) -> list[tuple[str, Check]]:
    """The Qt checks when Qt cannot even be imported: the first says why, the others skip."""
    why = explain_import_error(exc, qt_files("qt"))

    def first() -> Outcome:
        raise CheckFailed("qt_cannot_load", why=why)

    def skipped() -> Outcome:
        raise CheckFailed("qt_not_run")

    return [(QT_CHECKS[0], first)] + [(name, skipped) for name in QT_CHECKS[1:]]


def header(words: Words) -> list[str]:
    return phrases.header(
        rcv.__version__,
        str(install_root()),
        bool(getattr(sys, "frozen", False)),
        platform.python_version(),
        f"{platform.system()} {platform.release()} {platform.machine()}",
        words,
    )


def format_result(result: Result, width: int, words: Words) -> list[str]:
    """A check's line (``[OK ] Phông chữ  …``) and its notes, aligned under the details."""
    ok, fail = phrases.marks(words)
    mark = ok if result.ok else fail
    name = phrases.check_name(result.name, words)
    lines = [f"[{mark}] {name.ljust(width)}  {phrases.detail(result.detail, words)}"]
    pad = " " * (len(mark) + 3 + width + 2)
    lines += [f"{pad}{phrases.note(note, words)}" for note in result.notes]
    return lines


def summary(results: Sequence[Result], words: Words) -> str:
    return phrases.summary(len(results), [r.name for r in results if not r.ok], words)


def run(
    words: Words,
    out: TextIO | None = None,
    checks: Sequence[tuple[str, Check]] | None = None,
) -> list[Result]:
    """Run the checks, writing each line as soon as it is known; returns the results."""
    stream = out or sys.stdout
    chosen = list(checks) if checks is not None else all_checks()
    width = max(len(phrases.check_name(name, words)) for name, _ in chosen)

    def say(line: str) -> None:
        stream.write(line + "\n")
        stream.flush()

    for line in header(words):
        say(line)
    results: list[Result] = []
    for name, check in chosen:
        result = run_check(name, check)
        results.append(result)
        for line in format_result(result, width, words):
            say(line)
    say(summary(results, words))
    return results


def main(words: Words, out: TextIO | None = None) -> int:
    """Run every check and report; 0 when all passed, 1 otherwise."""
    results = run(words, out)
    return 0 if all(r.ok for r in results) else 1
