"""``rcv hw ports|monitor|test|pair|profile`` for technicians and ``rcv sim`` (a virtual hub) —
the command line of the hardware layer. The older tools speak Vietnamese with short English in
parentheses; pairing and profile checks speak the reader's language (``RCV_LANG``).
"""

from __future__ import annotations

import argparse
import queue
import sys
import time
from collections.abc import Callable

from rcv.cli.hw_open import open_link, port_args
from rcv.clock import SystemClock
from rcv.hardware.events import HardwareEvent, KeyPress, LinkEvent, LinkStatus
from rcv.hardware.ports import list_serial_ports
from rcv.hardware.profile import ProfileError
from rcv.hardware.protocol import Arm, Lock
from rcv.hardware.tools import MonitorStats, SeatTest, describe, raw_line


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    hw = subparsers.add_parser("hw", help="kiểm tra phần cứng: cổng, hub, bàn phím (hardware)")
    hw_sub = hw.add_subparsers(dest="hw_command", metavar="LỆNH")
    hw.set_defaults(func=lambda args: _help(hw))

    ports = hw_sub.add_parser("ports", help="liệt kê cổng serial và mã USB (list serial ports)")
    ports.set_defaults(func=cmd_ports)

    monitor = hw_sub.add_parser("monitor", help="xem khung nhận được trực tiếp (live frames)")
    port_args(monitor)
    monitor.add_argument(
        "--seconds",
        type=float,
        default=None,
        help="dừng sau N giây (stop after N seconds); mặc định: tới Ctrl+C",
    )
    monitor.add_argument("--quiet", action="store_true", help="chỉ in tóm tắt mỗi giây")
    monitor.add_argument(
        "--raw",
        action="store_true",
        help="in từng byte nhận/gửi đúng như trên dây (the bytes as they come, both ways)",
    )
    monitor.set_defaults(func=cmd_monitor)

    test = hw_sub.add_parser("test", help="mời từng ghế bấm, báo ghế thiếu/trùng/kẹt (seat test)")
    port_args(test)
    test.add_argument("--seats", type=int, required=True, help="số ghế cần thử (seats)")
    test.add_argument("--first-seat", type=int, default=1, help="ghế đầu tiên (mặc định 1)")
    test.add_argument(
        "--per-seat",
        type=float,
        default=15.0,
        help="giây chờ mỗi ghế (seconds per seat, default 15)",
    )
    test.add_argument(
        "--settle",
        type=float,
        default=1.0,
        help="giây chờ thêm sau ghế cuối để bắt bấm trùng/kẹt (default 1)",
    )
    test.set_defaults(func=cmd_test)

    from rcv.cli.hw_pair import register_pair, register_profile

    register_pair(hw_sub, port_args)
    register_profile(hw_sub)

    sim = subparsers.add_parser("sim", help="hub mô phỏng trên pty hoặc TCP (virtual hub)")
    add_sim_arguments(sim)
    sim.set_defaults(func=cmd_sim)


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 0


def cmd_ports(args: argparse.Namespace) -> int:
    ports = list_serial_ports()
    if not ports:
        print("Không thấy cổng serial nào (no serial ports).")
    for p in ports:
        usb = p.usb_id or "—"
        print(f"{p.device:<16} {usb:<28} {p.description}")
        if p.hint:
            print(f"{'':<16} ↳ {p.hint}")
    print("Mở theo mã USB để cổng đổi tên vẫn nhận ra: rcv hw monitor usb:VID:PID:SERIAL")
    print("Cổng ảo (pty) và bộ mô phỏng không hiện ở đây: gõ đường dẫn trực tiếp.")
    return 0


def _drain(
    events: queue.Queue[HardwareEvent],
    until: float,
    handle: Callable[[HardwareEvent], None],
    stop: Callable[[], bool] = lambda: False,
    idle: Callable[[], None] = lambda: None,
) -> None:
    while time.monotonic() < until and not stop():
        try:
            event = events.get(timeout=min(0.05, max(0.0, until - time.monotonic())))
        except queue.Empty:
            idle()
            continue
        handle(event)
    idle()


def cmd_monitor(args: argparse.Namespace) -> int:
    events: queue.Queue[HardwareEvent] = queue.Queue()
    clock = SystemClock()
    start = clock.now_ms()

    def tap(direction: str, data: bytes) -> None:  # on the link's thread: printed in order
        events.put((direction, bytes(data), clock.now_ms() - start))  # type: ignore[arg-type]

    link = open_link(args, events, tap if args.raw else None)
    if link is None:
        return 2
    stats = MonitorStats()
    print(f"Đang nghe {link.label} — Ctrl+C để dừng (stop).", flush=True)

    pending: list = []  # raw bytes of one direction not printed yet: [direction, data, ms]

    def flush() -> None:  # a serial read may return a line's first byte alone: glue them
        if pending:
            print(raw_line(pending[0], bytes(pending[1]), pending[2]), flush=True)
            pending.clear()

    def handle(event: HardwareEvent) -> None:
        if isinstance(event, tuple):  # raw bytes
            direction, data, since_ms = event
            if pending and (pending[0] != direction or since_ms - pending[2] > 30):
                flush()
            if not pending:
                pending.extend([direction, bytearray(), since_ms])
            pending[1] += data
            return
        flush()
        stats.add(event)
        if not args.quiet or isinstance(event, LinkStatus):
            print(describe(event), flush=True)

    end = time.monotonic() + args.seconds if args.seconds is not None else float("inf")
    try:
        while time.monotonic() < end:
            _drain(events, min(end, time.monotonic() + 1.0), handle, idle=flush)
            print(f"— {stats.summary(clock.now_ms())}", flush=True)
    except KeyboardInterrupt:
        print("Dừng (stopped).")
    finally:
        link.stop()
    for line in stats.seat_table():
        print(line)
    return 0


def cmd_test(args: argparse.Namespace) -> int:
    events: queue.Queue[HardwareEvent] = queue.Queue()
    link = open_link(args, events)
    if link is None:
        return 2
    test = SeatTest(args.first_seat, args.first_seat + args.seats - 1)
    ready = {"hello": link.session.needs_hello is False}

    def handle(event: HardwareEvent) -> None:
        test.add(event)
        if isinstance(event, LinkStatus):
            print(describe(event), flush=True)
            if event.kind in (LinkEvent.HELLO, LinkEvent.REBOOTED, LinkEvent.CONNECTED):
                ready["hello"] = ready["hello"] or event.kind is not LinkEvent.CONNECTED
        elif isinstance(event, KeyPress):
            print(f"  ✓ ghế {event.seat} bấm {event.key or '•'}", flush=True)

    try:
        _drain(events, time.monotonic() + 6.0, handle, lambda: ready["hello"])
        if not ready["hello"]:
            print("Hub chưa chào (no hello) — kiểm tra cáp, nguồn, tốc độ baud.", file=sys.stderr)
            return 2
        link.send(Arm("hwtest"))
        asked: int | None = None
        while (seat := test.next_seat()) is not None:
            if seat == asked:  # the seat did not press in time: move on
                test.give_up(seat)
                print(f"  ✗ ghế {seat} không bấm (no press)")
                continue
            asked = seat
            print(f"Mời ghế {seat} bấm một phím (seat {seat}: press any key)…", flush=True)
            _drain(
                events,
                time.monotonic() + args.per_seat,
                handle,
                lambda s=seat: test.seats[s].presses != 0,
            )
        _drain(events, time.monotonic() + args.settle, handle)
    except KeyboardInterrupt:
        print("Dừng giữa chừng (interrupted).")
    finally:
        link.send(Lock("hwtest"))
        time.sleep(0.1)  # let the worker write the LOCK before it closes the port
        link.stop()
    for line in test.report_lines():
        print(line)
    print("KẾT QUẢ: ĐẠT (pass)" if test.ok else "KẾT QUẢ: CẦN SỬA (fail)")
    return 0 if test.ok else 1


def add_sim_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--seats", type=int, required=True, help="tổng số ghế (seats)")
    p.add_argument("--hubs", type=int, default=1, help="số hub chia nhau các ghế (default 1)")
    p.add_argument("--first-seat", type=int, default=1)
    p.add_argument(
        "--profile", default=None, help="giả làm thiết bị theo hồ sơ (imitate a device profile)"
    )
    p.add_argument(
        "--tcp",
        type=int,
        default=None,
        metavar="PORT",
        help="nghe trên TCP 127.0.0.1:PORT (socket://, cho Windows) thay vì pty",
    )
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--accuracy", type=float, default=0.8, help="tỉ lệ trả lời đúng (0–1)")
    p.add_argument(
        "--median-ms",
        type=float,
        default=4000.0,
        help="thời gian trả lời trung vị, ms (median response time)",
    )
    p.add_argument("--spread", type=float, default=0.5, help="độ phân tán lognormal (sigma)")
    p.add_argument("--noise", type=float, default=0.0, help="xác suất chèn byte nhiễu mỗi khung")
    p.add_argument("--drop", type=float, default=0.0, help="xác suất mất khung (dropped frames)")
    p.add_argument("--corrupt", type=float, default=0.0, help="xác suất hỏng một byte trong khung")
    p.add_argument("--stuck", type=int, default=None, metavar="GHẾ", help="ghế bị kẹt phím")
    p.add_argument(
        "--unplug-every",
        type=float,
        default=None,
        metavar="GIÂY",
        help="rút cáp mỗi N giây (unplug every N s)",
    )
    p.add_argument("--unplug-for", type=float, default=3.0, metavar="GIÂY")
    p.add_argument(
        "--usb-powered",
        action="store_true",
        help="hub lấy nguồn USB: cắm lại là khởi động lại (reboot on replug)",
    )
    p.add_argument(
        "--reset-on-connect",
        action="store_true",
        help="TCP: khởi động lại khi có kết nối, như Arduino khi mở cổng (DTR)",
    )
    p.add_argument(
        "--baud",
        type=int,
        default=115200,
        help="giới hạn tốc độ như UART; 0 = không giới hạn (default 115200)",
    )
    p.add_argument(
        "--idle-ms",
        type=int,
        default=None,
        metavar="MS",
        help="khi chưa được kích hoạt, cứ MS ms một ghế bấm (mặc định 1000 với --profile; 0: "
        "tắt) — presses while not armed",
    )
    p.add_argument("--seconds", type=float, default=None, help="dừng sau N giây")


def cmd_sim(args: argparse.Namespace) -> int:
    import threading

    from rcv.sim.hub import Faults, People
    from rcv.sim.run import SimOptions, build_hubs, run_hubs

    opts = SimOptions(
        seats=args.seats,
        hubs=args.hubs,
        first_seat=args.first_seat,
        profile=args.profile,
        tcp_port=args.tcp,
        seed=args.seed,
        people=People(accuracy=args.accuracy, median_ms=args.median_ms, spread=args.spread),
        faults=Faults(
            noise=args.noise, drop=args.drop, corrupt=args.corrupt, stuck_seat=args.stuck
        ),
        baud=args.baud or None,
        usb_powered=args.usb_powered,
        reset_on_connect=args.reset_on_connect,
        idle_press_ms=args.idle_ms,
    )
    try:
        hubs = build_hubs(opts)
    except (ProfileError, ValueError, OSError) as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 2
    print("Hub mô phỏng đang chạy — Ctrl+C để dừng (virtual hubs running).", flush=True)
    try:
        run_hubs(
            hubs,
            lambda text: print(text, flush=True),
            threading.Event(),
            args.seconds,
            args.unplug_every,
            args.unplug_for,
        )
    except KeyboardInterrupt:
        print("Dừng (stopped).")
    return 0
