"""``rcv self-test``: check that this installation can run a show (see :mod:`rcv.selftest`).

The report is in the reader's language: ``RCV_LANG=en rcv self-test`` prints English."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    test = sub.add_parser(
        "self-test",
        help="kiểm tra máy trước giờ diễn: Qt, phông chữ, âm thanh, hub, SQLite, Excel",
        description=(
            "Kiểm tra cài đặt: mỗi mục OK hoặc LỖI kèm chi tiết; mã thoát 0 khi tất cả OK. "
            "Chạy trên chính máy sẽ dùng, trước khi mở cửa."
        ),
    )
    test.set_defaults(func=cmd_self_test)


def cmd_self_test(args: argparse.Namespace | None = None) -> int:
    """Run every check, print the report; 0 when all passed. ``rcv --self-test`` calls this."""
    from rcv.i18n import load_words
    from rcv.selftest import runner

    _utf8_output()
    return runner.main(load_words(), sys.stdout)


def _utf8_output() -> None:
    """A Windows console redirected to a file writes in the ANSI code page, which has no
    Vietnamese: write UTF-8 there instead of failing on the first 'ầ'."""
    stream = sys.stdout
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    if encoding not in ("utf8", "utf16", "utf32") and hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]
