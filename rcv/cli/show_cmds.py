"""``rcv demo``, ``rcv status``, ``rcv log`` and ``rcv verify``: a show from the command line.

``status``, ``log`` and ``verify`` open the event file read-only: they work while the show is
being played, and on read-only media. ``verify`` tells "invalid" (exit 1) from "cannot check"
(exit 2).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from rcv.core.events import effective_entries
from rcv.core.fold import replay
from rcv.core.press_figures import PressTally
from rcv.core.ranking import rank
from rcv.core.wording import describe_event, describe_hub
from rcv.demo.setup import demo_event_path, demo_questions
from rcv.results.text import prize_lines, ranking_lines, status_lines
from rcv.storage.chain import fingerprint_text
from rcv.storage.errors import (
    EventFileCorrupt,
    EventFileError,
    EventFileLocked,
    EventFileTampered,
    EventFileWriteError,
)
from rcv.storage.event_file import EventFile

if TYPE_CHECKING:
    from rcv.results.facts import EventRecord

# rcv demo
EXIT_EVENT = 2  # the event file cannot be opened or created (damaged, read-only medium…)
EXIT_WRITE = 3  # a write failed mid-show (disk full, stick pulled): fix it, run the same command
EXIT_LOCKED = 4  # another program has the event file open for writing
# rcv verify
EXIT_INVALID = 1
EXIT_CANNOT_CHECK = 2

DEMO_EPILOG = """\
mã thoát / exit codes:
  0  chương trình chạy đến hết / the show ran to its end
  2  không mở hoặc tạo được tệp sự kiện / the event file cannot be opened or created
  3  không ghi được vào tệp giữa chừng (ổ đầy, ổ bị rút): khắc phục rồi chạy lại đúng lệnh
     này để chạy tiếp / a write failed mid-show (disk full, drive removed): fix it, then run
     the same command again to carry on
  4  tệp đang được một chương trình khác mở để ghi / another program has the file open for
     writing
"""

VERIFY_EPILOG = """\
mã thoát / exit codes:
  0  HỢP LỆ / valid (và bảng tính khớp / and the workbook matches)
  1  KHÔNG HỢP LỆ: tệp bị sửa hoặc hỏng, hoặc bảng tính không khớp / invalid: the file was
     edited or is damaged, or the workbook differs
  2  KHÔNG KIỂM TRA ĐƯỢC: không tìm thấy hoặc không đọc được tệp / cannot check: the file is
     missing or cannot be read here
"""


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    demo = sub.add_parser(
        "demo",
        help="chạy chương trình thử với bàn phím mô phỏng",
        epilog=DEMO_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    demo.add_argument(
        "--headless", action="store_true", help="chạy trong terminal, không mở cửa sổ"
    )
    demo.add_argument("--seats", type=int, default=100, help="số thí sinh (mặc định 100)")
    demo.add_argument("--seed", type=int, default=1, help="hạt giống ngẫu nhiên (mặc định 1)")
    demo.add_argument("--event", type=Path, help="tệp sự kiện: tạo mới, hoặc chạy tiếp nếu đã có")
    demo.add_argument("--pace", type=float, default=0.0, help="giây nghỉ giữa các bước (headless)")
    demo.set_defaults(func=cmd_demo)

    status = sub.add_parser("status", help="chương trình đang ở đâu")
    status.add_argument("event", type=Path)
    status.set_defaults(func=cmd_status)

    log = sub.add_parser("log", help="in nhật ký của chương trình")
    log.add_argument("event", type=Path)
    log.add_argument("--presses", action="store_true", help="in cả từng lần bấm phím")
    log.set_defaults(func=cmd_log)

    verify = sub.add_parser(
        "verify",
        help="kiểm tra tệp sự kiện chưa bị sửa, và bảng kết quả Excel khớp với nó",
        epilog=VERIFY_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    verify.add_argument("event", type=Path)
    verify.add_argument(
        "workbook", type=Path, nargs="?", help="bảng kết quả .xlsx do 'rcv export' xuất ra"
    )
    verify.set_defaults(func=cmd_verify)


def has_display() -> bool:
    if sys.platform != "linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_demo(args: argparse.Namespace) -> int:
    from rcv.demo.headless import open_or_create, run_headless

    if not args.headless and not has_display():
        print("Không tìm thấy màn hình (DISPLAY/WAYLAND_DISPLAY trống): chạy trong terminal.")
        print("(No display found: running the show headless.)")
        args.headless = True
    if not args.headless:
        from rcv.entry.compose import run_gui_demo

        return run_gui_demo(args.seats, args.seed, args.event)
    path = args.event or demo_event_path(args.seed)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        report(
            EventFileError(
                path,
                f"Không tạo được thư mục {path.parent} ({exc.strerror}).",
                f"Could not create the folder {path.parent} ({exc.strerror}).",
            )
        )
        return EXIT_EVENT
    try:
        event_file = open_or_create(path, args.seats, args.seed, demo_questions())
    except EventFileLocked as exc:
        report(exc)
        return EXIT_LOCKED
    except EventFileWriteError as exc:
        report(exc, carry_on=True)
        return EXIT_WRITE
    except EventFileError as exc:
        report(exc)
        return EXIT_EVENT
    with event_file:
        if event_file.took_over is not None:
            holder = event_file.took_over
            print(
                f"CHÚ Ý: {holder.program} (PID {holder.pid}, máy {holder.host}) đã dừng đột ngột "
                f"khi đang ghi tệp này; tiếp tục từ những gì nó đã ghi. / {holder.program} (PID "
                f"{holder.pid}) stopped abruptly while writing this file; carrying on from what "
                "it had written.",
                file=sys.stderr,
            )
        try:
            run_headless(event_file, args.seed, sys.stdout, pace_s=args.pace)
        except EventFileWriteError as exc:
            report(exc, carry_on=True)
            return EXIT_WRITE
        except EventFileError as exc:
            report(exc)
            return EXIT_EVENT
    return 0


def report(exc: EventFileError, carry_on: bool = False) -> None:
    """An event-file error on stderr: Vietnamese, then English."""
    print(str(exc), file=sys.stderr)
    print(exc.english, file=sys.stderr)
    if carry_on:
        print(
            "Các bước đã ghi trước đó vẫn an toàn trong tệp. Khắc phục xong, hãy chạy lại đúng "
            "lệnh này để chạy tiếp chương trình.",
            file=sys.stderr,
        )
        print(
            "The steps written before are safe in the file. Once this is fixed, run the same "
            "command again to carry on with the show.",
            file=sys.stderr,
        )


def _open(path: Path) -> EventFile | None:
    try:
        return EventFile.open(path, read_only=True)
    except EventFileError as exc:
        report(exc)
        return None


def cmd_status(args: argparse.Namespace) -> int:
    event_file = _open(args.event)
    if event_file is None:
        return 2
    with event_file:
        setup = event_file.setup
        state = replay(setup, effective_entries(event_file.entries))
        print(f"{event_file.info.name} — {args.event}")
        for line in status_lines(state, setup):
            print(line)
        print()
        ranking = rank(state, setup)
        for line in ranking_lines(ranking, setup, 10):
            print(line)
        print()
        for line in prize_lines(ranking, setup):
            print(line)
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    event_file = _open(args.event)
    if event_file is None:
        return 2
    with event_file:
        undone = {e.seq for e in event_file.entries} - {
            e.seq for e in effective_entries(event_file.entries)
        }
        for entry in event_file.entries:
            if not args.presses and not entry.event.OPERATOR and entry.event.TYPE != "undone":
                continue
            when = time.strftime("%H:%M:%S", time.localtime(entry.at_ms / 1000))
            mark = " [đã hoàn tác]" if entry.seq in undone else ""
            print(f"{entry.seq:>6} {when} {describe_event(entry.event, event_file.setup)}{mark}")
        if args.presses:
            tally = PressTally(event_file.entries)
            print()
            print("Mọi lần bấm, theo bộ thu (nhận = hợp lệ + từ chối + nhiễu):")
            for _, figures in sorted(tally.hubs.items()):
                print("  " + describe_hub(figures))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    try:
        event_file = EventFile.open(args.event, read_only=True)
    except (EventFileCorrupt, EventFileTampered) as exc:
        print(f"KHÔNG HỢP LỆ: {exc}")
        print(f"INVALID: {exc.english}")
        return EXIT_INVALID
    except EventFileError as exc:
        print(f"KHÔNG KIỂM TRA ĐƯỢC: {exc}")
        print(f"CANNOT CHECK: {exc.english}")
        return EXIT_CANNOT_CHECK
    with event_file:
        count = len(event_file.entries)
        print(f"HỢP LỆ: {count} mục nhật ký, chuỗi băm khớp.")
        print(f"Dấu vân tay kết quả: {fingerprint_text(event_file.head)}")
        print(f"Mã băm đầy đủ: {event_file.head}")
        print(f"VALID: {count} log entries, the hash chain matches.")
        for line in _coverage_lines(event_file):
            print(line)
        if args.workbook is None:
            return 0
        from rcv.results.facts import EventRecord  # openpyxl: only for a workbook

        event = EventRecord(event_file.setup, event_file.info, event_file.entries, event_file.head)
    return _verify_workbook(event, args.workbook)


def _coverage_lines(event_file: EventFile) -> list[str]:
    if event_file.info_covered:
        return [
            "Chuỗi băm bảo vệ: tên, ngày, địa điểm, đơn vị tổ chức của sự kiện, thí sinh, câu "
            "hỏi, hình ảnh, thể lệ và nhật ký.",
            "The hash chain covers: the event's name, date, venue and organiser, the roster, "
            "the questions, the pictures, the rules and the log.",
        ]
    return [
        "CHÚ Ý: tệp này được ghi bởi phiên bản rcv cũ: tên, ngày, địa điểm và đơn vị tổ chức "
        "của sự kiện KHÔNG được chuỗi băm bảo vệ (có thể đã bị sửa mà không bị phát hiện). "
        "Thí sinh, câu hỏi, hình ảnh, thể lệ và nhật ký được bảo vệ.",
        "NOTE: this file was written by an older rcv: the event's name, date, venue and "
        "organiser are NOT covered by the hash chain (they may have been edited undetected). "
        "The roster, questions, pictures, rules and log are covered.",
    ]


def _verify_workbook(event: EventRecord, workbook: Path, shown: int = 20) -> int:
    """Compare a results workbook with the event: exit 0 when every checked cell matches."""
    from rcv.results.errors import ResultsError
    from rcv.results.verify_workbook import verify_workbook

    try:
        check = verify_workbook(event, workbook)
    except ResultsError as exc:
        print(f"KHÔNG KIỂM TRA ĐƯỢC: {exc}")
        return 1
    if check.matches:
        print(f"BẢNG TÍNH KHỚP: {workbook.name} — {check.note}.")
        return 0
    print(f"BẢNG TÍNH KHÔNG KHỚP: {workbook.name} — {check.note}.")
    if check.other_fingerprint and check.claimed is not None:
        print(
            f"Dấu vân tay ghi trong bảng tính ({check.claimed.text}, {check.claimed.entries} mục) "
            f"không phải của tệp sự kiện này ({check.checked_against.text}): bảng tính được "
            "xuất từ một tệp sự kiện khác, hoặc đã bị sửa."
        )
    print(f"{len(check.mismatches)} ô khác với kết quả tính lại từ tệp sự kiện:")
    for m in check.mismatches[:shown]:
        print(f"  {m.where}: mong đợi {m.expected!r}, tìm thấy {m.found!r}")
    if len(check.mismatches) > shown:
        print(f"  … và {len(check.mismatches) - shown} ô khác.")
    return 1
