"""``rcv screenshots``: every scene of the projector display as PNG files, rendered off screen.

A real show is played through the controller by the autopilot (simulated floor, built-in
questions, a fresh event file in a temporary folder) and the display is grabbed at each scene.
The console is grabbed too when the console package provides its hook.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

from rcv.i18n import available_languages


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    shots = sub.add_parser(
        "screenshots", help="chụp mọi cảnh của màn chiếu ra tệp PNG (không cần màn hình)"
    )
    shots.add_argument("--out", type=Path, required=True, help="thư mục ghi ảnh")
    shots.add_argument(
        "--size", type=_size, default=(1920, 1080), help="kích thước, ví dụ 1920x1080 (mặc định)"
    )
    shots.add_argument("--seats", type=int, default=100, help="số thí sinh (mặc định 100)")
    shots.add_argument("--seed", type=int, default=1, help="hạt giống ngẫu nhiên (mặc định 1)")
    shots.add_argument(
        "--units", type=int, default=None, help="số đơn vị cử thí sinh (mặc định: 17 của bản thử)"
    )
    shots.add_argument(
        "--projector-language",
        choices=available_languages(),
        default=None,
        help="ngôn ngữ màn chiếu (mặc định tiếng Việt)",
    )
    shots.set_defaults(func=cmd_screenshots)


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d+)\s*[xX×]\s*(\d+)\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"kích thước phải có dạng 1920x1080, không phải {text!r}")
    width, height = int(match.group(1)), int(match.group(2))
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError("kích thước từ 320x240 đến 7680x4320")
    return width, height


def cmd_screenshots(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # nothing appears on any screen
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from rcv.entry.compose import build_offscreen
    from rcv.entry.tour import open_tour_event, tour
    from rcv.ui.console.screenshot import grab_console

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    width, height = args.size
    written: list[Path] = []
    # the same object graph as the show
    program = build_offscreen(app, (width, height), args.projector_language)
    display = program.display
    if display is None or display.renderer is None:
        print("Không có gói màn chiếu (rcv.ui.display): không chụp được.", file=sys.stderr)
        return 1
    renderer, controller = display.renderer, program.controller
    with tempfile.TemporaryDirectory(prefix="rcv-screenshots-") as tmp:
        controller.attach(
            open_tour_event(Path(tmp) / "screenshots.rcv", args.seats, args.seed, args.units)
        )
        for number, name in enumerate(tour(controller, program.clock, args.seed), start=1):
            written.append(renderer.save(out / f"{number:02d}_{name}.png"))
            print(f"{written[-1]}  ({display.model.value('scene')})", flush=True)
            if name == "question":
                path = out / "console.png"
                try:
                    grab_console(program.console, path, (max(width, 1280), max(height, 800)))
                    print(f"{path}  (bàn điều khiển)", flush=True)
                except Exception as exc:  # the console's picture failing must not lose the rest
                    print(f"không chụp được bàn điều khiển: {exc}", file=sys.stderr)
        errors = renderer.errors_text()
        renderer.close()
        program.close()
        app.processEvents()
    if errors:
        print(errors, file=sys.stderr)
        return 1
    print(f"Đã ghi {len(written)} ảnh màn chiếu {width}×{height} vào {out}")
    return 0
