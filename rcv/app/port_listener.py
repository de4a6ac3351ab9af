"""Listen to one port from the console before it is part of the show: the set-up dialog's live
test of a device profile and the pairing dialog. A :class:`~rcv.hardware.link.HubLink` reads the
port on its worker thread; what it reports (and, when asked, the raw bytes both ways) reaches
the GUI thread through a queued signal. Stopping closes the port off the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal

from rcv.clock import Clock, SystemClock
from rcv.hardware.device import DeviceProfile
from rcv.hardware.link import HubLink
from rcv.hardware.pairing import PairingTable
from rcv.hardware.protocol import Command
from rcv.hardware.settings import PortSetting


class PortListener(QObject):
    """``heard`` carries each :class:`HardwareEvent`; ``raw`` carries (direction, bytes,
    milliseconds since the start) when ``raw_bytes`` was asked for."""

    heard = Signal(object)
    raw = Signal(str, bytes, int)
    _arrived = Signal(object)  # from the link's thread

    def __init__(self, clock: Clock | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock or SystemClock()
        self._link: HubLink | None = None
        self._t0 = 0
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def listening(self) -> bool:
        return self._link is not None

    def start(
        self,
        spec: str,
        profile: DeviceProfile | None,
        pairing: PairingTable | None = None,
        raw_bytes: bool = False,
    ) -> None:
        """Open ``spec`` (a port, perhaps with its seats: ``COM5@7``) with ``profile`` (None:
        rcv's own protocol). ValueError for a profile that cannot read a serial port."""
        self.stop()
        setting = PortSetting.from_spec(spec)
        self._t0 = self._clock.now_ms()
        tap = self._tap if raw_bytes else None
        self._link = HubLink(
            setting.port,
            self._arrived.emit,
            clock=self._clock,
            profile=profile,
            seat=setting.first_seat,
            last_seat=setting.last_seat,
            pairing=pairing,
            raw=tap,
            reconnect_s=0.5,
        )
        self._link.start()

    def send(self, command: Command) -> None:
        if self._link is not None:
            self._link.send(command)

    def stop(self) -> None:
        """Close the port on a thread of its own (a USB-serial close can block)."""
        link, self._link = self._link, None
        if link is not None:
            threading.Thread(target=link.stop, name="close port", daemon=True).start()

    def _tap(self, direction: str, data: bytes) -> None:  # the link's thread
        self._arrived.emit((direction, bytes(data), self._clock.now_ms() - self._t0))

    def _deliver(self, item: object) -> None:
        if isinstance(item, tuple):
            self.raw.emit(*item)
        else:
            self.heard.emit(item)  # type: ignore[arg-type]
