"""Opening a technician's port from the command line: the port, profile and seat arguments
shared by ``rcv hw monitor|test|pair``, and the link they describe (or why it cannot open)."""

from __future__ import annotations

import argparse
import json
import queue
import sys
from collections.abc import Callable
from pathlib import Path

from rcv.clock import SystemClock
from rcv.hardware.events import HardwareEvent
from rcv.hardware.link import HubLink
from rcv.hardware.pairing import PairingTable
from rcv.hardware.profile import DeviceProfile, ProfileError
from rcv.hardware.profile_library import load_profile, shipped_profiles, user_profiles_dir
from rcv.hardware.settings import HardwareSettings, PortSetting
from rcv.storage.errors import EventFileError


def port_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "port",
        metavar="CỔNG",
        help="đường dẫn (/dev/ttyUSB0, COM5, /dev/pts/3), socket://host:port "
        "hoặc usb:VID:PID[:SERIAL]",
    )
    parser.add_argument(
        "--profile",
        default=None,
        help=f"hồ sơ thiết bị (device profile): {', '.join(shipped_profiles())} "
        "hoặc đường dẫn .yaml; mặc định: giao thức rcv",
    )
    parser.add_argument(
        "--seat",
        default=None,
        help="ghế của cổng này (7), hoặc nơi các ghế của hộp bắt đầu (17-32): thiết bị một "
        "cổng một ghế/đội (one port per seat or team); cũng viết được CỔNG@7",
    )
    parser.add_argument(
        "--pairing",
        type=Path,
        default=None,
        metavar="TỆP",
        help="bảng ghép mã bàn phím với ghế (pairing table): tệp sự kiện .rcv hoặc tệp JSON "
        "của rcv hw pair --out",
    )


def open_profile(name: str | None) -> DeviceProfile | ProfileError | None:
    """The profile asked for (a shipped or imported name, or a file), or why not."""
    if not name:
        return None
    try:
        return load_profile(name, (user_profiles_dir(),))
    except ProfileError as exc:
        return exc


def read_pairing(path: Path, profile: str) -> PairingTable:
    """The pairing table of ``profile`` kept in an event file (``.rcv``) or in the JSON that
    ``rcv hw pair --out`` wrote. ValueError or OSError (or a storage error) when it cannot."""
    if path.suffix == ".rcv":
        from rcv.storage.event_file import EventFile

        with EventFile.open(path, read_only=True) as ef:
            return HardwareSettings.from_plain(ef.hardware()).pairing(profile)
    return HardwareSettings.from_plain(json.loads(path.read_text(encoding="utf-8"))).pairing(
        profile
    )


def open_link(
    args: argparse.Namespace,
    events: queue.Queue[HardwareEvent],
    raw: Callable[[str, bytes], None] | None = None,
    warn_unpaired: bool = True,
    **kw: object,
) -> HubLink | None:
    profile = open_profile(args.profile)
    if isinstance(profile, ProfileError):
        from rcv.i18n import load_words
        from rcv.i18n.phrases.hardware import profile_error

        print(profile_error(profile, load_words()), file=sys.stderr)
        return None
    if profile is not None and profile.kind == "keyboard":
        print("Hồ sơ bàn phím không dùng cổng serial (keyboard profile).", file=sys.stderr)
        return None
    pairing = None
    if getattr(args, "pairing", None) is not None and profile is not None:
        try:
            pairing = read_pairing(args.pairing, profile.name)
        except (OSError, ValueError, EventFileError) as exc:
            print(f"Lỗi: {args.pairing}: {exc}", file=sys.stderr)
            return None
        print(f"Bảng ghép (pairing): {len(pairing)} bàn phím từ {args.pairing}", file=sys.stderr)
    elif warn_unpaired and profile is not None and profile.has("id"):
        print(
            "Bàn phím có mã riêng: chưa có --pairing TỆP nên mọi lần bấm bị từ chối (unpaired) "
            "— ghép bằng rcv hw pair (keypads with IDs need a pairing table).",
            file=sys.stderr,
        )
    spec = PortSetting.from_spec(args.port)
    if args.seat:
        spec = PortSetting.from_spec(f"{spec.port}@{args.seat}")
    try:
        link = HubLink(
            spec.port,
            events.put,
            clock=SystemClock(),
            profile=profile,
            seat=spec.first_seat,
            last_seat=spec.last_seat,
            raw=raw,
            pairing=pairing,
            **kw,  # type: ignore[arg-type]
        )
    except ValueError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return None
    link.start()
    return link
