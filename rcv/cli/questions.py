"""``rcv questions check|convert`` and ``rcv roster check``: checking files before the show.

Each command prints the import report on stdout and exits 0 when the file can be used, 1 when
it cannot (the report says why), so a secretary or a script can rely on the exit code. The
report is in the language of ``RCV_LANG`` (Vietnamese by default); ``--lang vi|en`` overrides it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rcv.i18n import Words

OK, UNUSABLE = 0, 1


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``questions`` and ``roster`` with their sub-commands."""
    questions = subparsers.add_parser(
        "questions", help="kiểm tra / chuyển đổi bộ câu hỏi (check / convert a question set)"
    )
    q_sub = questions.add_subparsers(dest="questions_command", metavar="SUBCOMMAND", required=True)
    check = q_sub.add_parser(
        "check", help="đọc tệp câu hỏi (.xlsx, .docx, .yaml, .json) và báo lỗi"
    )
    check.add_argument("file", type=Path, help="tệp câu hỏi")
    _lang(check)
    check.set_defaults(func=check_questions)

    convert = q_sub.add_parser(
        "convert", help="chuyển tệp câu hỏi sang YAML/JSON của rcv (theo đuôi tệp ra)"
    )
    convert.add_argument("file", type=Path, help="tệp câu hỏi")
    convert.add_argument(
        "-o", "--output", type=Path, required=True, help="tệp ra: .yaml, .yml hoặc .json"
    )
    _lang(convert)
    convert.set_defaults(func=convert_questions)

    roster = subparsers.add_parser("roster", help="kiểm tra danh sách thí sinh (contestants)")
    r_sub = roster.add_subparsers(dest="roster_command", metavar="SUBCOMMAND", required=True)
    r_check = r_sub.add_parser("check", help="đọc danh sách thí sinh (.xlsx) và báo lỗi")
    r_check.add_argument("file", type=Path, help="tệp danh sách thí sinh")
    _lang(r_check)
    r_check.set_defaults(func=check_roster)


def _lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=("vi", "en"),
        default=None,
        help="ngôn ngữ báo cáo / report language (RCV_LANG, else vi)",
    )


def _words(args: argparse.Namespace) -> Words:
    """The reader's words: ``--lang`` when given, else ``RCV_LANG`` (default Vietnamese)."""
    from rcv.i18n import Words, load_words

    return Words(args.lang) if args.lang else load_words()


def check_questions(args: argparse.Namespace) -> int:
    from rcv.i18n.phrases.importing import import_text  # openpyxl, python-docx: only when used
    from rcv.importers import load_questions

    result = load_questions(args.file)
    print(import_text(result, _words(args)))
    return OK if result.ok else UNUSABLE


def convert_questions(args: argparse.Namespace) -> int:
    from rcv.i18n.phrases.importing import convert_text, import_text
    from rcv.importers import load_questions, save_questions

    words = _words(args)
    out: Path = args.output
    if out.suffix.lower() not in (".yaml", ".yml", ".json"):
        print(convert_text("wrong_suffix", words))
        return UNUSABLE
    result = load_questions(args.file)
    print(import_text(result, words))
    if result.questions is None:
        return UNUSABLE
    try:
        written = save_questions(result.questions, out, result.media)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        print(convert_text("cannot_write", words, path=str(out), reason=reason))
        return UNUSABLE
    print(convert_text("written", words, files=", ".join(str(p) for p in written)))
    return OK


def check_roster(args: argparse.Namespace) -> int:
    from rcv.i18n.phrases.importing import import_text
    from rcv.importers import load_roster

    result = load_roster(args.file)
    print(import_text(result, _words(args)))
    return OK if result.ok else UNUSABLE
