"""``rcv self-test``: is this installation ready for a show? Run it on the event laptop before
the doors open.

Each check exercises one thing a show needs, the way the program uses it, and reports OK or
LỖI (error) with a detail line in Vietnamese; notes (no audio device, no serial port plugged in)
are not failures. The checks that need no Qt run first, so a Qt that cannot start (which ends
the process) still leaves their lines on the screen. The exit code is 0 only when every check
passed.

=========================  ===========================================================
Thư mục ghi                data, event, log and settings folders writable (portable?)
Tệp mẫu                    sample questions load; Excel templates open
Tệp sự kiện (SQLite)       a temporary event: create, play, close, reopen, same log
Excel                      openpyxl writes and reads back Vietnamese text and numbers
Bàn phím (hub mô phỏng)    a simulated hub on TCP loopback: hello, ARM, a press, LOCK
Qt                         the application starts; platform plugin, screens
Phông chữ                  the bundled font loads and has every Vietnamese letter
Âm thanh                   the WAV cues parse and load in QSoundEffect
Màn chiếu (QML)            every QML file of the display compiles; SVG images load
Bản dịch                   the translations load and translate
=========================  ===========================================================

The checks live in :mod:`rcv.selftest_files`, :mod:`rcv.selftest_hub` and
:mod:`rcv.selftest_qt`; this module runs them and writes the report.
"""

from __future__ import annotations

import platform
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TextIO

import rcv
from rcv.paths import install_root


class CheckFailed(Exception):
    """A check found a problem; the message (Vietnamese) is the report's detail."""


@dataclass
class Outcome:
    """What a passing check found: a detail line and notes that are not failures."""

    detail: str
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Result:
    name: str
    ok: bool
    detail: str
    notes: tuple[str, ...] = ()
    seconds: float = 0.0


Check = Callable[[], Outcome]

OK_MARK = "OK "
FAIL_MARK = "LỖI"


def run_check(name: str, check: Check) -> Result:
    """Run one check; any exception is a failure with its message, never a crash."""
    start = time.monotonic()
    try:
        outcome = check()
    except CheckFailed as exc:
        return Result(name, False, str(exc), (), time.monotonic() - start)
    except Exception as exc:
        detail = f"lỗi không mong đợi: {type(exc).__name__}: {exc}"
        return Result(name, False, detail, (), time.monotonic() - start)
    return Result(name, True, outcome.detail, tuple(outcome.notes), time.monotonic() - start)


def all_checks() -> list[tuple[str, Check]]:
    """Every check, in the order they run (Qt last: a Qt that cannot start ends the process)."""
    from rcv import selftest_files, selftest_hub, selftest_qt

    return [
        ("Thư mục ghi", selftest_files.check_folders),
        ("Tệp mẫu", selftest_files.check_samples),
        ("Tệp sự kiện (SQLite)", selftest_files.check_event_file),
        ("Excel", selftest_files.check_excel),
        ("Bàn phím (hub mô phỏng)", selftest_hub.check_hub_round_trip),
        ("Qt", selftest_qt.check_qt),
        ("Phông chữ", selftest_qt.check_fonts),
        ("Âm thanh", selftest_qt.check_sounds),
        ("Màn chiếu (QML)", selftest_qt.check_qml),
        ("Bản dịch", selftest_qt.check_translations),
    ]


def header() -> list[str]:
    frozen = getattr(sys, "frozen", False)
    kind = "bản đóng gói" if frozen else "mã nguồn"
    return [
        f"rcv {rcv.__version__} — tự kiểm tra cài đặt (self-test)",
        f"Chương trình: {install_root()} ({kind}), Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()} {platform.machine()}",
    ]


def format_result(result: Result, width: int) -> list[str]:
    mark = OK_MARK if result.ok else FAIL_MARK
    lines = [f"[{mark}] {result.name.ljust(width)}  {result.detail}"]
    pad = " " * (len(mark) + 3 + width + 2)
    lines += [f"{pad}ghi chú: {note}" for note in result.notes]
    return lines


def summary(results: Sequence[Result]) -> str:
    failed = [r.name for r in results if not r.ok]
    if not failed:
        return f"Kết quả: {len(results)}/{len(results)} mục OK — máy sẵn sàng cho chương trình."
    return (
        f"Kết quả: {len(failed)}/{len(results)} mục LỖI ({', '.join(failed)}) — "
        "chưa sẵn sàng, xem chi tiết ở trên."
    )


def run(
    out: TextIO | None = None,
    checks: Sequence[tuple[str, Check]] | None = None,
) -> list[Result]:
    """Run the checks, writing each line as soon as it is known; returns the results."""
    stream = out or sys.stdout
    chosen = list(checks) if checks is not None else all_checks()
    width = max(len(name) for name, _ in chosen)

    def say(line: str) -> None:
        stream.write(line + "\n")
        stream.flush()

    for line in header():
        say(line)
    results: list[Result] = []
    for name, check in chosen:
        result = run_check(name, check)
        results.append(result)
        for line in format_result(result, width):
            say(line)
    say(summary(results))
    return results


def main(out: TextIO | None = None) -> int:
    """Run every check and report; 0 when all passed, 1 otherwise."""
    results = run(out)
    return 0 if all(r.ok for r in results) else 1
