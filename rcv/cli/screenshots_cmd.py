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
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from rcv.app.controller import ShowController
    from rcv.clock import ManualClock
    from rcv.ui.display.assets import load_fonts
    from rcv.ui.display.model import DisplayModel
    from rcv.ui.display.render import SceneRenderer
    from rcv.ui.display.tour import open_tour_event, tour

    load_fonts()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    width, height = args.size
    console = _console_hook()
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="rcv-screenshots-") as tmp:
        clock = ManualClock()
        controller = ShowController(clock)
        controller.attach(open_tour_event(Path(tmp) / "screenshots.rcv", args.seats, args.seed))
        model = DisplayModel(controller)
        renderer = SceneRenderer(model, QSize(width, height))
        for number, name in enumerate(tour(controller, clock, args.seed), start=1):
            written.append(renderer.save(out / f"{number:02d}_{name}.png"))
            print(f"{written[-1]}  ({model.value('scene')})", flush=True)
            if name == "question" and console is not None:
                path = out / "console.png"
                try:
                    _grab_console(console, controller, clock, Path(tmp), path, (width, height))
                    print(f"{path}  (bàn điều khiển)", flush=True)
                except Exception as exc:  # the console's hook failing must not lose the rest
                    print(f"không chụp được bàn điều khiển: {exc}", file=sys.stderr)
        renderer.close()
        controller.detach()
        app.processEvents()
    if console is None:
        print("Bỏ qua ảnh bàn điều khiển: chưa có rcv.ui.console.screenshot.render_console.")
    if renderer.errors_text():
        print(renderer.errors_text(), file=sys.stderr)
        return 1
    print(f"Đã ghi {len(written)} ảnh màn chiếu {width}×{height} vào {out}")
    return 0


def _grab_console(  # type: ignore[no-untyped-def]
    console, controller, clock, tmp: Path, path: Path, size: tuple[int, int]
) -> None:
    """The console on a copy of the show at this moment, with its own controller, so the
    console window (which stays subscribed to its controller) never sees the rest of the tour.
    """
    from PySide6.QtCore import QSize

    from rcv.app.controller import ShowController
    from rcv.clock import ManualClock
    from rcv.storage.event_file import EventFile

    copy = controller.event_file.backup(tmp / "console.rcv")
    twin = ShowController(ManualClock(clock.now_ms()))
    twin.attach(EventFile.open(copy))
    console(twin, path, QSize(max(size[0], 1280), max(size[1], 800)))
    twin.event_file.close()


def _console_hook():  # type: ignore[no-untyped-def]
    try:
        from rcv.ui.console.screenshot import render_console
    except ImportError:
        return None
    return render_console
