"""``rcv backup EVENT DEST``: a verified copy of an event file, even while the show is played.

DEST is a file, or a folder to put a copy of the same name in (an older backup there is
replaced, only once the new one has been checked). Exit codes: 0 written and verified; 2 the
event file cannot be read; 3 the backup cannot be written (folder missing, disk full, a file
that is not an event file in the way): the older backup, if any, is untouched.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_EVENT = 2
EXIT_TARGET = 3

EPILOG = """\
mã thoát / exit codes:
  0  đã chép và kiểm tra bản sao / the copy was written and verified
  2  không đọc được tệp sự kiện / the event file cannot be read
  3  không ghi được bản sao (thiếu thư mục, ổ đầy…); bản sao cũ vẫn nguyên / the backup
     cannot be written (no folder, disk full…); an older backup is untouched
"""


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = sub.add_parser(
        "backup",
        help="sao lưu tệp sự kiện (kể cả khi đang chạy chương trình) và kiểm tra bản sao",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    backup.add_argument("event", type=Path, help="tệp sự kiện .rcv")
    backup.add_argument("dest", type=Path, help="tệp sao lưu, hoặc thư mục (vd. ổ USB)")
    backup.set_defaults(func=cmd_backup)


def cmd_backup(args: argparse.Namespace) -> int:
    from rcv.i18n import load_words
    from rcv.i18n.phrases.storage import backup_lines, storage_error
    from rcv.storage.backup import backup_event, backup_target
    from rcv.storage.errors import EventFileError, EventFileWriteError

    words = load_words()
    target = backup_target(args.event, args.dest)
    try:
        result = backup_event(args.event, args.dest)
    except EventFileError as exc:
        print(storage_error(exc, words), file=sys.stderr)
        on_target = isinstance(exc, EventFileWriteError) or exc.path == target
        return EXIT_TARGET if on_target else EXIT_EVENT
    for line in backup_lines(result, words):
        print(line)
    return 0
