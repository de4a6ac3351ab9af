"""``rcv export``, ``rcv cards`` and ``rcv certificates``: the results on paper and in Excel.

Every command reads the event file read-only (while the show goes on, or from read-only media)
and writes its output atomically. Errors are printed in Vietnamese, then in English. Exit
codes: 0 done; 2 the event file cannot be used; 3 the output cannot be written (e.g. open in
Excel: close it and run the command again); 4 certificates asked for before the show ended.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rcv.i18n import load_words
from rcv.i18n.phrases.storage import storage_error
from rcv.results.errors import ResultsError, ResultsNotFinal
from rcv.storage.errors import EventFileError

EXIT_EVENT = 2
EXIT_OUTPUT = 3
EXIT_NOT_FINAL = 4


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    export = sub.add_parser("export", help="xuất kết quả chính thức ra Excel (.xlsx)")
    export.add_argument("event", type=Path, help="tệp sự kiện .rcv")
    export.add_argument("-o", "--output", type=Path, help="tệp Excel (mặc định: cạnh tệp sự kiện)")
    export.set_defaults(func=cmd_export)

    cards = sub.add_parser("cards", help="in thẻ chỗ ngồi có mã QR (PDF, nhiều thẻ mỗi trang A4)")
    cards.add_argument("event", type=Path, help="tệp sự kiện .rcv")
    cards.add_argument("-o", "--output", type=Path, help="tệp PDF (mặc định: cạnh tệp sự kiện)")
    cards.add_argument("--font", type=Path, help="phông chữ .ttf có dấu tiếng Việt")
    cards.set_defaults(func=cmd_cards)

    certs = sub.add_parser("certificates", help="in giấy chứng nhận cho người đoạt giải (PDF)")
    certs.add_argument("event", type=Path, help="tệp sự kiện .rcv")
    certs.add_argument("-o", "--output", type=Path, help="tệp PDF (mặc định: cạnh tệp sự kiện)")
    certs.add_argument("--template", type=Path, help="mẫu giấy chứng nhận (.yaml/.json)")
    certs.add_argument("--font", type=Path, help="phông chữ .ttf có dấu tiếng Việt")
    certs.add_argument(
        "--provisional",
        action="store_true",
        help="in cả khi chương trình chưa kết thúc (mỗi trang ghi BẢN NHÁP)",
    )
    certs.set_defaults(func=cmd_certificates)


def _output(args: argparse.Namespace, suffix: str) -> Path:
    return args.output or args.event.with_name(f"{args.event.stem}-{suffix}")


def _fail(exc: EventFileError | ResultsError, code: int) -> int:
    if isinstance(exc, EventFileError):
        print(storage_error(exc, load_words()), file=sys.stderr)
        return code
    print(str(exc), file=sys.stderr)
    if exc.english and exc.english != str(exc):
        print(exc.english, file=sys.stderr)
    return code


def cmd_export(args: argparse.Namespace) -> int:
    from rcv.results.workbook import export_workbook

    target = _output(args, "ket-qua.xlsx")
    try:
        summary = export_workbook(args.event, target)
    except EventFileError as exc:
        return _fail(exc, EXIT_EVENT)
    except ResultsError as exc:
        return _fail(exc, EXIT_OUTPUT)
    if not summary.finished:
        print("CHÚ Ý: chương trình chưa kết thúc — bảng tính ghi KẾT QUẢ TẠM THỜI trên mọi trang.")
    print(
        f"Đã xuất {summary.path}: {summary.contestants} thí sinh, {summary.questions} câu hỏi, "
        f"{summary.entries} mục nhật ký."
    )
    print(f"Dấu vân tay kết quả: {summary.fingerprint.text}")
    return 0


def cmd_cards(args: argparse.Namespace) -> int:
    from rcv.results.cards import write_cards
    from rcv.results.facts import read_event

    target = _output(args, "the-cho-ngoi.pdf")
    try:
        event = read_event(args.event)
        pages = write_cards(event.setup.roster, target, event_name=event.info.name, font=args.font)
    except EventFileError as exc:
        return _fail(exc, EXIT_EVENT)
    except ResultsError as exc:
        return _fail(exc, EXIT_OUTPUT)
    print(f"Đã in {len(event.setup.roster)} thẻ chỗ ngồi trên {pages} trang: {target}")
    return 0


def cmd_certificates(args: argparse.Namespace) -> int:
    from rcv.results.certificates import write_certificates
    from rcv.results.facts import compute_results, read_event

    target = _output(args, "giay-chung-nhan.pdf")
    try:
        results = compute_results(read_event(args.event))
        report = write_certificates(
            results,
            target,
            template=args.template,
            font=args.font,
            allow_provisional=args.provisional,
        )
    except EventFileError as exc:
        return _fail(exc, EXIT_EVENT)
    except ResultsNotFinal as exc:
        return _fail(exc, EXIT_NOT_FINAL)
    except ResultsError as exc:
        return _fail(exc, EXIT_OUTPUT)
    for line in report.warnings:
        print(f"CHÚ Ý: {line}")
    print(f"Đã in {report.pages} giấy chứng nhận: {target}")
    return 0
