"""Finding and opening serial ports: USB ids for the technician, openers for the link.

``comports()`` lists no pseudo-terminals and sees no hot-plug events, so a link is given an
*opener* it calls again after every loss: :class:`UrlOpener` re-opens a path or a pyserial URL
(``socket://host:port`` for a simulator on Windows, ``loop://`` …), :class:`UsbOpener` finds
the adapter again by VID/PID/serial number, whatever COM name it got this time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import serial
from serial.tools import list_ports

# Common USB-serial chips and what a technician should know about them.
CHIP_HINTS: dict[tuple[int, int], str] = {
    (0x0403, 0x6001): "FTDI FT232R — đặt latency timer 1 ms (mặc định 16 ms)",
    (0x0403, 0x6015): "FTDI FT231X — đặt latency timer 1 ms (mặc định 16 ms)",
    (0x1A86, 0x7523): "CH340 — đóng cổng có thể treo vài giây; dùng driver mới",
    (0x1A86, 0x55D4): "CH9102",
    (0x10C4, 0xEA60): "CP210x",
    (0x2341, 0x0043): "Arduino Uno (mở cổng = khởi động lại bo, 1–3 s)",
    (0x2341, 0x0042): "Arduino Mega 2560 (mở cổng = khởi động lại bo)",
    (0x303A, 0x1001): "ESP32-S3/C3 USB gốc",
}


@dataclass(frozen=True, slots=True)
class PortInfo:
    device: str
    description: str = ""
    vid: int | None = None
    pid: int | None = None
    serial_number: str | None = None
    manufacturer: str | None = None
    location: str | None = None

    @property
    def usb_id(self) -> str:
        """``VID:PID`` in hex, with ``:SERIAL`` when the adapter has one; "" if not USB."""
        if self.vid is None or self.pid is None:
            return ""
        base = f"{self.vid:04X}:{self.pid:04X}"
        return f"{base}:{self.serial_number}" if self.serial_number else base

    @property
    def hint(self) -> str:
        if self.vid is None or self.pid is None:
            return ""
        return CHIP_HINTS.get((self.vid, self.pid), "")

    @property
    def opener_name(self) -> str:
        """What to type to open this port by its USB identity: ``usb:VID:PID[:SERIAL]``."""
        return f"usb:{self.usb_id}" if self.usb_id else self.device


def list_serial_ports() -> list[PortInfo]:
    """Serial ports the system knows (no pseudo-terminals), sorted by device name."""
    ports = [
        PortInfo(
            p.device, p.description or "", p.vid, p.pid, p.serial_number, p.manufacturer, p.location
        )
        for p in list_ports.comports()
    ]
    return sorted(ports, key=lambda p: p.device)


class PortOpener(Protocol):
    """Opens the port anew each call; ``label`` names it in events."""

    label: str

    def __call__(self) -> serial.SerialBase: ...


@dataclass
class UrlOpener:
    """A device path (``/dev/ttyUSB0``, ``COM5``, a pty) or a pyserial URL."""

    url: str
    baudrate: int = 115200
    read_timeout_s: float = 0.02
    write_timeout_s: float = 0.5

    @property
    def label(self) -> str:
        return self.url

    def __call__(self) -> serial.SerialBase:
        return serial.serial_for_url(
            self.url,
            baudrate=self.baudrate,
            timeout=self.read_timeout_s,
            write_timeout=self.write_timeout_s,
        )


@dataclass
class UsbOpener:
    """The adapter with this USB VID/PID (and serial number, if given), wherever it is now."""

    vid: int
    pid: int
    serial_number: str | None = None
    baudrate: int = 115200
    read_timeout_s: float = 0.02
    write_timeout_s: float = 0.5
    lister: Callable[[], list[PortInfo]] = list_serial_ports

    @property
    def label(self) -> str:
        base = f"usb:{self.vid:04X}:{self.pid:04X}"
        return f"{base}:{self.serial_number}" if self.serial_number else base

    def find(self) -> str | None:
        for port in self.lister():
            if (port.vid, port.pid) == (self.vid, self.pid) and (
                self.serial_number is None or port.serial_number == self.serial_number
            ):
                return port.device
        return None

    def __call__(self) -> serial.SerialBase:
        device = self.find()
        if device is None:
            raise serial.SerialException(f"không thấy thiết bị {self.label} (not plugged in)")
        return UrlOpener(device, self.baudrate, self.read_timeout_s, self.write_timeout_s)()


def opener_for(text: str, baudrate: int = 115200) -> PortOpener:
    """``usb:VID:PID[:SERIAL]`` → :class:`UsbOpener`; anything else → :class:`UrlOpener`."""
    if text.lower().startswith("usb:"):
        parts = text.split(":")
        if len(parts) not in (3, 4):
            raise ValueError(f"'{text}': dùng usb:VID:PID hoặc usb:VID:PID:SERIAL")
        serial_number = parts[3] if len(parts) == 4 and parts[3] else None
        return UsbOpener(int(parts[1], 16), int(parts[2], 16), serial_number, baudrate)
    return UrlOpener(text, baudrate)
