"""``rcv hw pair`` (pair keypads that say their own ID with seats, walking the floor) and
``rcv hw profile check|list|import`` (device profiles) — in the reader's language."""

from __future__ import annotations

import argparse
import json
import queue
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from rcv.hardware.events import HardwareEvent, KeyPress, RejectedFrame
from rcv.hardware.pairing import PairingTable, PairingWalk
from rcv.hardware.profile import ProfileError, check_profile
from rcv.hardware.profile_library import available_profiles, import_profile, user_profiles_dir
from rcv.hardware.protocol import RejectReason
from rcv.hardware.settings import HardwareSettings, parse_seats
from rcv.i18n import QT_TRANSLATE_NOOP, Words, load_words
from rcv.i18n.phrases.hardware import (
    CTX,
    PAIR_ASK,
    PAIR_HOW,
    PAIR_SAVED,
    check_report,
    pair_step,
    pair_summary,
    profile_error,
)

NEEDS_IDS = QT_TRANSLATE_NOOP(
    "Hardware", "Hồ sơ {name} không đọc mã bàn phím (id): thiết bị này không cần ghép."
)
NOT_SAVED = QT_TRANSLATE_NOOP(
    "Hardware", "Chưa lưu: dùng --event TỆP.rcv (đi cùng tệp sự kiện) hoặc --out TỆP.json."
)
IMPORTED = QT_TRANSLATE_NOOP("Hardware", 'Đã nhập hồ sơ "{name}" ({title}) vào {folder}.')


def register_pair(sub: argparse._SubParsersAction, port_args: Callable) -> None:  # type: ignore[type-arg]
    pair = sub.add_parser(
        "pair", help="ghép bàn phím có mã riêng (clicker) với ghế (pair keypad IDs with seats)"
    )
    port_args(pair)
    pair.add_argument("--seats", required=True, help="các ghế cần ghép, ví dụ 1-500")
    pair.add_argument("--event", type=Path, help="tệp sự kiện .rcv: bảng ghép lưu trong đó")
    pair.add_argument("--out", type=Path, help="hoặc lưu bảng ghép vào tệp JSON này")
    pair.set_defaults(func=cmd_pair)


def register_profile(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    profile = sub.add_parser("profile", help="hồ sơ thiết bị: kiểm tra, liệt kê, nhập")
    psub = profile.add_subparsers(dest="profile_command", metavar="LỆNH")
    check = psub.add_parser("check", help="kiểm tra một tệp hồ sơ, báo lỗi theo dòng")
    check.add_argument("file", type=Path)
    check.set_defaults(func=cmd_profile_check)
    listing = psub.add_parser("list", help="các hồ sơ có thể chọn, theo tên gọi")
    listing.set_defaults(func=cmd_profile_list)
    imp = psub.add_parser("import", help="kiểm tra rồi chép một tệp hồ sơ vào thư mục của rcv")
    imp.add_argument("file", type=Path)
    imp.set_defaults(func=cmd_profile_import)
    profile.set_defaults(func=lambda args: profile.print_help() or 0)


# -- profiles --------------------------------------------------------------------------------
def cmd_profile_check(args: argparse.Namespace) -> int:
    words = load_words()
    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(profile_error(_unreadable(args.file, exc), words))
        return 2
    check = check_profile(text, args.file.stem)
    for line in check_report(check, args.file.name, words):
        print(line)
    return 0 if check.ok else 1


def _unreadable(path: Path, exc: Exception) -> ProfileError:
    from rcv.hardware.profile import Problem

    code = "not_found" if isinstance(exc, FileNotFoundError) else "cannot_read"
    return ProfileError([Problem(0, code, {"path": str(path), "detail": str(exc)})])


def cmd_profile_list(args: argparse.Namespace) -> int:
    for entry in available_profiles((user_profiles_dir(),)):
        where = f"  ({entry.path})" if entry.path else ""
        print(f"{entry.name:<24} {entry.title}{where}")
    return 0


def cmd_profile_import(args: argparse.Namespace) -> int:
    words = load_words()
    folder = user_profiles_dir()
    try:
        profile = import_profile(args.file, folder)
    except ProfileError as exc:
        print(profile_error(exc, words), file=sys.stderr)
        return 1
    print(words(CTX, IMPORTED, name=profile.name, title=profile.title, folder=folder))
    return 0


# -- pairing ---------------------------------------------------------------------------------
def cmd_pair(args: argparse.Namespace) -> int:
    from rcv.cli.hw_open import open_link, open_profile

    words = load_words()
    profile = open_profile(args.profile)
    if isinstance(profile, ProfileError):
        print(profile_error(profile, words), file=sys.stderr)
        return 2
    if profile is None or not profile.has("id"):
        print(words(CTX, NEEDS_IDS, name=profile.name if profile else "rcv-hub"), file=sys.stderr)
        return 2
    try:
        first, last = parse_seats(args.seats)
    except ValueError:
        print(f"--seats {args.seats}?", file=sys.stderr)
        return 2
    settings, start = _stored(args.event, profile.name)
    walk = PairingWalk(first, last, start)
    events: queue.Queue[HardwareEvent | str] = queue.Queue()
    link = open_link(args, events, warn_unpaired=False)  # type: ignore[arg-type]
    if link is None:
        return 2
    _lines(sys.stdin, events)
    try:
        pair_floor(walk, events, words, sys.stdout)
    finally:
        link.stop()
    for line in pair_summary(walk, words):
        print(line)
    return _save(args, settings, profile.name, walk.table, words)


def pair_floor(
    walk: PairingWalk, events: queue.Queue[HardwareEvent | str], words: Words, out: TextIO
) -> None:
    """Ask for each seat in turn; a press pairs, a typed number chooses the seat, an empty line
    skips it, ``q`` (or the end of the input) ends. Presses and typed lines arrive on one
    queue, in the order they happened."""
    print(words(CTX, PAIR_HOW), file=out)
    asked: int | None = None
    while True:
        if walk.cursor is not None and walk.cursor != asked:
            asked = walk.cursor
            print(words(CTX, PAIR_ASK, seat=walk.cursor), file=out, flush=True)
        item = events.get()
        if isinstance(item, str) or item is None:
            text = (item or "q").strip().lower()
            if text in ("q", "quit"):
                return
            if text.isdigit():
                try:
                    walk.choose(int(text))
                except ValueError as exc:
                    print(str(exc), file=out)
            elif not text:
                walk.skip()
            continue
        found = _keypad(item)
        if found is not None:
            print(pair_step(walk.press(*found), words), file=out, flush=True)
        if walk.done and walk.skipped == [] and not walk.missing:
            return


def _keypad(event: HardwareEvent) -> tuple[str, str] | None:
    """(ID, key) of a keypad's press, paired or not."""
    if isinstance(event, KeyPress) and event.device_id:
        return event.device_id, event.key
    if (
        isinstance(event, RejectedFrame)
        and event.reason is RejectReason.UNPAIRED
        and event.device_id
    ):
        return event.device_id, event.key or ""
    return None


def _lines(source: TextIO, into: queue.Queue[HardwareEvent | str]) -> threading.Thread:
    """Typed lines onto the queue, from a thread; None at the end of the input."""

    def read() -> None:
        for line in source:
            into.put(line)
        into.put(None)  # type: ignore[arg-type]

    thread = threading.Thread(target=read, name="pair input", daemon=True)
    thread.start()
    return thread


def _stored(event: Path | None, profile: str) -> tuple[HardwareSettings, PairingTable]:
    if event is None:
        return HardwareSettings(), PairingTable()
    from rcv.storage.event_file import EventFile

    with EventFile.open(event, read_only=True) as ef:
        settings = HardwareSettings.from_plain(ef.hardware())
    return settings, settings.pairing(profile)


def _save(
    args: argparse.Namespace,
    settings: HardwareSettings,
    profile: str,
    table: PairingTable,
    words: Words,
) -> int:
    if args.event is not None:
        from rcv.i18n.phrases.storage import storage_error
        from rcv.storage.errors import EventFileError
        from rcv.storage.event_file import EventFile

        try:
            with EventFile.open(args.event) as ef:
                current = HardwareSettings.from_plain(ef.hardware())
                ef.save_hardware(current.with_pairing(profile, table).to_plain())
        except EventFileError as exc:
            print(storage_error(exc, words), file=sys.stderr)
            return 1
        print(words(CTX, PAIR_SAVED, path=args.event))
    if args.out is not None:
        plain = settings.with_pairing(profile, table).to_plain()
        args.out.write_text(json.dumps(plain, ensure_ascii=False, indent=1), encoding="utf-8")
        print(words(CTX, PAIR_SAVED, path=args.out))
    if args.event is None and args.out is None:
        print(words(CTX, NOT_SAVED))
    return 0 if not table.shared_seats() else 1
