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

from rcv.cli.demo_port import add_rehearsal_arguments, cmd_rehearsal
from rcv.core.events import effective_entries
from rcv.core.fold import replay
from rcv.core.press_figures import PressTally
from rcv.core.ranking import rank
from rcv.demo.setup import demo_event_path, demo_questions
from rcv.i18n import QT_TRANSLATE_NOOP, Words, load_words
from rcv.i18n.phrases import storage as storage_words
from rcv.i18n.phrases.events import describe_entry, describe_hub
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


NO_DISPLAY = QT_TRANSLATE_NOOP(
    "Cli", "Không tìm thấy màn hình (DISPLAY/WAYLAND_DISPLAY trống): chạy trong terminal."
)
UNDONE = QT_TRANSLATE_NOOP("Cli", "đã hoàn tác")
EVERY_PRESS = QT_TRANSLATE_NOOP(
    "Cli", "Mọi lần bấm, theo bộ thu (nhận = hợp lệ + từ chối + nhiễu):"
)


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
    add_rehearsal_arguments(demo)
    demo.add_argument("--seats", type=int, default=100, help="số thí sinh (mặc định 100)")
    demo.add_argument("--seed", type=int, default=1, help="hạt giống ngẫu nhiên (mặc định 1)")
    demo.add_argument("--event", type=Path, help="tệp sự kiện: tạo mới, hoặc chạy tiếp nếu đã có")
    demo.add_argument("--pace", type=float, default=0.0, help="giây nghỉ giữa các bước (headless)")
    demo.add_argument(
        "--phones",
        type=int,
        default=0,
        metavar="N",
        help="N điện thoại mô phỏng trả lời qua máy chủ trả lời (WebSocket, 127.0.0.1); "
        "số thí sinh là N (headless)",
    )
    demo.add_argument(
        "--phones-server",
        nargs="?",
        const="127.0.0.1",
        metavar="ĐỊA_CHỈ",
        help="bật máy chủ trả lời cho điện thoại trên địa chỉ này của máy (mặc định 127.0.0.1) "
        "và mở bảng điện thoại (có cửa sổ)",
    )
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

    if args.port:  # rehearse with the crew's own device
        return cmd_rehearsal(args)
    if args.phones > 0:  # every contestant answers on a phone
        args.headless, args.seats = True, args.phones
    if not args.headless and not has_display():
        print(load_words()("Cli", NO_DISPLAY))
        args.headless = True
    if not args.headless:
        from rcv.entry.programs import run_gui_demo

        return run_gui_demo(args.seats, args.seed, args.event, args.phones_server)
    path = args.event or demo_event_path(args.seed)
    words = load_words()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        detail = exc.strerror or str(exc)
        report(EventFileError(path, "folder_not_created", folder=str(path.parent), detail=detail),
               words)  # fmt: skip
        return EXIT_EVENT
    try:
        event_file = open_or_create(path, args.seats, args.seed, demo_questions())
    except EventFileLocked as exc:
        report(exc, words)
        return EXIT_LOCKED
    except EventFileWriteError as exc:
        report(exc, words, carry_on=True)
        return EXIT_WRITE
    except EventFileError as exc:
        report(exc, words)
        return EXIT_EVENT
    with event_file:
        if event_file.took_over is not None:
            print(storage_words.took_over(event_file.took_over, words), file=sys.stderr)
        try:
            if args.phones > 0:
                from rcv.app.phone_demo import run_phone_demo
                from rcv.web.limits import Limits

                n = args.phones + 8  # every phone on one address: loopback
                loopback = Limits(connections_per_address=n, join_burst=n)
                run_phone_demo(event_file, args.seed, args.phones, sys.stdout, words, loopback)
            else:
                run_headless(
                    event_file, args.seed, sys.stdout, pace_s=args.pace, words=load_words()
                )
        except EventFileWriteError as exc:
            report(exc, words, carry_on=True)
            return EXIT_WRITE
        except EventFileError as exc:
            report(exc, words)
            return EXIT_EVENT
    return 0


def report(exc: EventFileError, words: Words, carry_on: bool = False) -> None:
    """An event-file error on stderr, in the reader's language (``RCV_LANG``)."""
    print(storage_words.storage_error(exc, words), file=sys.stderr)
    if carry_on:
        print(storage_words.carry_on(words), file=sys.stderr)


def _open(path: Path) -> EventFile | None:
    try:
        return EventFile.open(path, read_only=True)
    except EventFileError as exc:
        report(exc, load_words())
        return None


def cmd_status(args: argparse.Namespace) -> int:
    event_file = _open(args.event)
    if event_file is None:
        return 2
    with event_file:
        setup = event_file.setup
        state = replay(setup, effective_entries(event_file.entries))
        print(f"{event_file.info.name} — {args.event}")
        words = load_words()
        for line in status_lines(state, setup, words):
            print(line)
        print()
        ranking = rank(state, setup)
        for line in ranking_lines(ranking, setup, words, 10):
            print(line)
        print()
        for line in prize_lines(ranking, setup, words):
            print(line)
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    event_file = _open(args.event)
    if event_file is None:
        return 2
    words = load_words()
    with event_file:
        undone = {e.seq for e in event_file.entries} - {
            e.seq for e in effective_entries(event_file.entries)
        }
        struck = " [" + words("Cli", UNDONE) + "]"
        for entry in event_file.entries:
            if not args.presses and not entry.event.OPERATOR and entry.event.TYPE != "undone":
                continue
            when = time.strftime("%H:%M:%S", time.localtime(entry.at_ms / 1000))
            mark = struck if entry.seq in undone else ""
            said = describe_entry(entry, event_file.entries, words)
            print(f"{entry.seq:>6} {when} {said}{mark}")
        if args.presses:
            tally = PressTally(event_file.entries)
            print()
            print(words("Cli", EVERY_PRESS))
            for _, figures in sorted(tally.hubs.items()):
                print("  " + describe_hub(figures, words))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    words = load_words()
    try:
        event_file = EventFile.open(args.event, read_only=True)
    except (EventFileCorrupt, EventFileTampered) as exc:
        print(storage_words.verdict(exc, True, words))
        return EXIT_INVALID
    except EventFileError as exc:
        print(storage_words.verdict(exc, False, words))
        return EXIT_CANNOT_CHECK
    with event_file:
        head = event_file.head
        for line in storage_words.valid_lines(
            len(event_file.entries), head, fingerprint_text(head), event_file.info_covered, words
        ):
            print(line)
        if args.workbook is None:
            return 0
        from rcv.results.facts import EventRecord  # openpyxl: only for a workbook

        event = EventRecord(event_file.setup, event_file.info, event_file.entries, event_file.head)
    return _verify_workbook(event, args.workbook)


def _verify_workbook(event: EventRecord, workbook: Path, shown: int = 20) -> int:
    """Compare a results workbook with the event: exit 0 when every checked cell matches. The
    verdict is in the reader's language, whatever the workbook's."""
    from rcv.i18n.phrases.results import results_error
    from rcv.results.errors import ResultsError
    from rcv.results.verify_workbook import verdict, verdict_lines, verify_workbook

    words = load_words()
    try:
        check = verify_workbook(event, workbook)
    except ResultsError as exc:
        print(verdict("cannot", words, why=results_error(exc, words)))
        return 1
    for line in verdict_lines(check, workbook.name, words, shown):
        print(line)
    return 0 if check.matches else 1
