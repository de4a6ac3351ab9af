"""``rcv export``, ``rcv cards`` and ``rcv certificates``: the results on paper and in Excel.

Every command reads the event file read-only (while the show goes on, or from read-only media)
and writes its output atomically, in the reader's language (``RCV_LANG``: the workbook's and the
PDFs' own words, what is printed, the default file names). Exit codes: 0 done; 2 the event file
cannot be used; 3 the output cannot be written (e.g. open in Excel: close it and run the command
again); 4 certificates asked for before the show ended.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rcv.i18n import QT_TRANSLATE_NOOP, Words, load_words
from rcv.i18n.phrases.results import results_error
from rcv.i18n.phrases.storage import storage_error
from rcv.results.errors import ResultsError, ResultsNotFinal
from rcv.storage.errors import EventFileError

EXIT_EVENT = 2
EXIT_OUTPUT = 3
EXIT_NOT_FINAL = 4
CTX = "ResultsCli"
T = {
    "xlsx": QT_TRANSLATE_NOOP("ResultsCli", "ket-qua.xlsx"),
    "cards_pdf": QT_TRANSLATE_NOOP("ResultsCli", "the-cho-ngoi.pdf"),
    "certificates_pdf": QT_TRANSLATE_NOOP("ResultsCli", "giay-chung-nhan.pdf"),
    "team_certificates_pdf": QT_TRANSLATE_NOOP("ResultsCli", "giay-chung-nhan-tap-the.pdf"),
    "provisional": QT_TRANSLATE_NOOP(
        "ResultsCli",
        "CHÚ Ý: chương trình chưa kết thúc — bảng tính ghi KẾT QUẢ TẠM THỜI trên mọi trang.",
    ),
    "exported": QT_TRANSLATE_NOOP(
        "ResultsCli",
        "Đã xuất {path}: {contestants} thí sinh, {questions} câu hỏi, {entries} mục nhật ký.",
    ),
    "fingerprint": QT_TRANSLATE_NOOP("ResultsCli", "Dấu vân tay kết quả: {text}"),
    "cards": QT_TRANSLATE_NOOP("ResultsCli", "Đã in {n} thẻ chỗ ngồi trên {pages} trang: {path}"),
    "warning": QT_TRANSLATE_NOOP("ResultsCli", "CHÚ Ý: {what}"),
    "certificates": QT_TRANSLATE_NOOP("ResultsCli", "Đã in {pages} giấy chứng nhận: {path}"),
    "team_certificates": QT_TRANSLATE_NOOP(
        "ResultsCli", "Đã in {pages} giấy chứng nhận tập thể: {path}"
    ),
}


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
    certs.add_argument(
        "--units",
        action="store_true",
        help="giấy chứng nhận tập thể: mỗi đơn vị (nhóm) đoạt giải tập thể một trang / team "
        "certificates",
    )
    certs.set_defaults(func=cmd_certificates)


def _output(args: argparse.Namespace, suffix: str, words: Words) -> Path:
    """The output file: as given, else beside the event file ("su-kien-ket-qua.xlsx")."""
    return args.output or args.event.with_name(f"{args.event.stem}-{words(CTX, T[suffix])}")


def _fail(exc: EventFileError | ResultsError, code: int, words: Words) -> int:
    """Say why, in the reader's words, and return the exit code."""
    if isinstance(exc, EventFileError):
        print(storage_error(exc, words), file=sys.stderr)
    else:
        print(results_error(exc, words), file=sys.stderr)
    return code


def cmd_export(args: argparse.Namespace) -> int:
    from rcv.results.workbook import export_workbook

    words = load_words()
    target = _output(args, "xlsx", words)
    try:
        summary = export_workbook(args.event, target, words)
    except EventFileError as exc:
        return _fail(exc, EXIT_EVENT, words)
    except ResultsError as exc:
        return _fail(exc, EXIT_OUTPUT, words)
    if not summary.finished:
        print(words(CTX, T["provisional"]))
    print(
        words(
            CTX,
            T["exported"],
            path=summary.path,
            contestants=summary.contestants,
            questions=summary.questions,
            entries=summary.entries,
        )
    )
    print(words(CTX, T["fingerprint"], text=summary.fingerprint.text))
    return 0


def cmd_cards(args: argparse.Namespace) -> int:
    from rcv.results.cards import write_cards
    from rcv.results.facts import read_event

    words = load_words()
    target = _output(args, "cards_pdf", words)
    try:
        event = read_event(args.event)
        roster = event.setup.roster
        pages = write_cards(roster, target, words, event_name=event.info.name, font=args.font)
    except EventFileError as exc:
        return _fail(exc, EXIT_EVENT, words)
    except ResultsError as exc:
        return _fail(exc, EXIT_OUTPUT, words)
    print(words(CTX, T["cards"], n=len(roster), pages=pages, path=target))
    return 0


def cmd_certificates(args: argparse.Namespace) -> int:
    from rcv.results.certificates import write_certificates

    words = load_words()
    if args.units:
        from rcv.results.team_certificates import write_team_certificates

        return _certificates(args, words, write_team_certificates, "team_certificates")
    return _certificates(args, words, write_certificates, "certificates")


def _certificates(
    args: argparse.Namespace, words: Words, write: Callable[..., Any], kind: str
) -> int:
    """Certificates of people or of units: the same template, errors and report."""
    from rcv.results.facts import compute_results, read_event

    target = _output(args, f"{kind}_pdf", words)
    try:
        results = compute_results(read_event(args.event))
        report = write(
            results,
            target,
            words,
            template=args.template,
            font=args.font,
            allow_provisional=args.provisional,
        )
    except EventFileError as exc:
        return _fail(exc, EXIT_EVENT, words)
    except ResultsNotFinal as exc:
        return _fail(exc, EXIT_NOT_FINAL, words)
    except ResultsError as exc:
        return _fail(exc, EXIT_OUTPUT, words)
    for line in report.warnings:
        print(words(CTX, T["warning"], what=line))
    print(words(CTX, T[kind], pages=report.pages, path=target))
    return 0
