"""``rcv demo --port PORT [--profile P] [--seat SEATS]``: rehearse the demo show with the crew's
own device attached for its seats and simulated keypads for the rest (see
:mod:`rcv.entry.rehearsal`)."""

from __future__ import annotations

import argparse

from rcv.hardware.settings import PortSetting


def add_rehearsal_arguments(demo: argparse.ArgumentParser) -> None:
    demo.add_argument(
        "--port",
        action="append",
        default=[],
        metavar="CỔNG",
        help="tập dượt với thiết bị thật ở cổng này (CỔNG hoặc CỔNG@GHẾ, ví dụ COM5@7 hoặc "
        "/dev/ttyUSB0@1-10; nhắc lại cho nhiều cổng): các ghế khác là bàn phím mô phỏng",
    )
    demo.add_argument(
        "--profile",
        default="rcv-hub",
        help="hồ sơ thiết bị của các cổng --port (rcv hw profile list); mặc định: giao thức rcv",
    )
    demo.add_argument(
        "--seat",
        default=None,
        help="ghế của thiết bị (7 hoặc 1-10) khi chỉ có một --port: thiết bị một cổng một ghế, "
        "hoặc các ghế một hộp phục vụ",
    )


def devices_of(args: argparse.Namespace) -> list[PortSetting]:
    """The ports of ``--port`` with ``--profile`` and, for a single port, ``--seat``."""
    ports = list(args.port)
    if args.seat and len(ports) == 1:
        ports = [f"{PortSetting.from_spec(ports[0]).port}@{args.seat}"]
    return [PortSetting.from_spec(p, args.profile) for p in ports]


def cmd_rehearsal(args: argparse.Namespace) -> int:
    from rcv.i18n import load_words
    from rcv.i18n.phrases.hardware import CTX, REHEARSAL_NEEDS_WINDOW

    if args.headless:
        print(load_words()(CTX, REHEARSAL_NEEDS_WINDOW))
        return 2
    try:
        devices = devices_of(args)
    except ValueError as exc:
        print(f"--seat {args.seat}: {exc}")
        return 2
    from rcv.entry.rehearsal import run_rehearsal

    return run_rehearsal(args.seats, args.seed, devices, args.event)
