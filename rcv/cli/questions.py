"""``rcv questions check|convert`` and ``rcv roster check``: checking files before the show.

Each command prints the import report on stdout and exits 0 when the file can be used, 1 when
it cannot (the report says why), so a secretary or a script can rely on the exit code.
"""

from __future__ import annotations

import argparse
from pathlib import Path

OK, UNUSABLE = 0, 1


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``questions`` and ``roster`` with their sub-commands."""
    questions = subparsers.add_parser(
        "questions", help="kiểm tra / chuyển đổi bộ câu hỏi (check / convert a question set)"
    )
    q_sub = questions.add_subparsers(dest="questions_command", metavar="SUBCOMMAND",
                                     required=True)
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
    convert.add_argument("-o", "--output", type=Path, required=True,
                         help="tệp ra: .yaml, .yml hoặc .json")
    _lang(convert)
    convert.set_defaults(func=convert_questions)

    roster = subparsers.add_parser("roster", help="kiểm tra danh sách thí sinh (contestants)")
    r_sub = roster.add_subparsers(dest="roster_command", metavar="SUBCOMMAND", required=True)
    r_check = r_sub.add_parser("check", help="đọc danh sách thí sinh (.xlsx) và báo lỗi")
    r_check.add_argument("file", type=Path, help="tệp danh sách thí sinh")
    _lang(r_check)
    r_check.set_defaults(func=check_roster)


def _lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=("vi", "en"), default="vi",
                        help="ngôn ngữ báo cáo / report language (vi)")


def check_questions(args: argparse.Namespace) -> int:
    from rcv.importers import load_questions  # openpyxl, python-docx: only when used

    result = load_questions(args.file, lang=args.lang)
    print(result.text())
    return OK if result.ok else UNUSABLE


def convert_questions(args: argparse.Namespace) -> int:
    from rcv.importers import load_questions, save_questions

    out: Path = args.output
    if out.suffix.lower() not in (".yaml", ".yml", ".json"):
        words = ("Tệp ra phải có đuôi .yaml, .yml hoặc .json", "The output must end in .yaml, "
                 ".yml or .json")
        print(words[1] if args.lang == "en" else words[0])
        return UNUSABLE
    result = load_questions(args.file, lang=args.lang)
    print(result.text())
    if result.questions is None:
        return UNUSABLE
    try:
        written = save_questions(result.questions, out, result.media)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        print(f"Không ghi được {out} ({reason})" if args.lang == "vi"
              else f"Cannot write {out} ({reason})")
        return UNUSABLE
    head = "Đã ghi" if args.lang == "vi" else "Written"
    print(f"{head}: " + ", ".join(str(p) for p in written))
    return OK


def check_roster(args: argparse.Namespace) -> int:
    from rcv.importers import load_roster

    result = load_roster(args.file, lang=args.lang)
    print(result.text())
    return OK if result.ok else UNUSABLE
