"""The phones panel (Thiết bị → Điện thoại, bảng trắng và khán giả…, Ctrl+Shift+P): the MC's
or technician's side of :class:`~rcv.app.phones.PhoneHub`.

- **The answer server**: the network interface to serve on (the machine's IPv4 addresses,
  127.0.0.1 included — what the phones' Wi-Fi reaches), the port (fixed, so printed cards stay
  right; 0 takes any free one), start and stop.
- **Joining**: the audience page's address and QR, how contestants join (the QR on their join
  card, or the phone page with seat + PIN), the referees' and the overlay's addresses, and the
  join cards with every seat's one-time QR and PIN printed as a PDF.
- **Seats** (:mod:`~rcv.ui.console.phones_seats`): PINs, phones per seat, takeovers.
- **Whiteboard and audience round** (:mod:`~rcv.ui.console.phones_board`).

The panel keeps no state of the show: closing it leaves the server running (it stops with the
event, or with the program); opening it again shows the same server.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rcv.app.controller import ShowController
from rcv.app.phones import PhoneHub
from rcv.i18n import Words
from rcv.i18n.phrases.phones import phones_words
from rcv.results.join_cards import JoinCard, write_join_cards
from rcv.ui.console.phones_board import HallBox, WhiteboardBox
from rcv.ui.console.phones_seats import SeatTable
from rcv.ui.display.qr import qr_image

DEFAULT_PORT = 8765
LOOPBACK = "127.0.0.1"
QR_PX = 220

Interfaces = Callable[[], Sequence[tuple[str, str]]]  # (IPv4 address, interface name)


def ipv4_interfaces() -> list[tuple[str, str]]:
    """The machine's IPv4 addresses with their interface's name, loopback last."""
    found: list[tuple[str, str]] = []
    for iface in QNetworkInterface.allInterfaces():
        flags = iface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp:
            continue
        for entry in iface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append((ip.toString(), iface.humanReadableName()))
    if not any(ip == LOOPBACK for ip, _ in found):
        found.append((LOOPBACK, "lo"))
    return sorted(found, key=lambda f: (f[0].startswith("127."), f[0]))


def qr_pixmap(text: str, side: int = QR_PX) -> QPixmap:
    """``text`` as a QR code on white, ``side`` pixels square (whole modules, quiet zone):
    the projector's own drawing of it."""
    return QPixmap.fromImage(qr_image(text, side))


class PhonesDialog(QDialog):
    def __init__(
        self,
        controller: ShowController,
        hub: PhoneHub,
        words: Words,
        parent: QWidget | None = None,
        interfaces: Interfaces = ipv4_interfaces,
        port: int = DEFAULT_PORT,
    ) -> None:
        super().__init__(parent)
        self._controller, self._hub, self._words = controller, hub, words
        self.say = say = phones_words(words)
        self.setWindowTitle(say("title"))
        self.setObjectName("phonesDialog")
        self.seats = SeatTable(controller, hub, say)
        self.board = WhiteboardBox(controller, hub, say)
        self.hall = HallBox(controller, hub, say)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(self._server_box(interfaces, port))
        left.addWidget(self._join_box(), 1)
        left.addWidget(self.hall)
        right = QVBoxLayout()
        seats = QGroupBox(say("seats_box"))
        QVBoxLayout(seats).addWidget(self.seats)
        right.addWidget(seats, 1)
        right.addWidget(self.board)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        hub.running.connect(self._running)
        hub.devicesChanged.connect(self.seats.show_devices)
        controller.changed.connect(self._event_changed)
        self._running(hub.server is not None)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter belongs to the whiteboard's typing
        self.resize(1180, 760)

    # -- the server ----------------------------------------------------------------------------
    def _server_box(self, interfaces: Interfaces, port: int) -> QGroupBox:
        say = self.say
        box = QGroupBox(say("server_box"))
        self.interface = QComboBox()
        self.interface.setObjectName("phoneInterface")
        for ip, name in interfaces():
            key = "loopback" if ip.startswith("127.") else "iface"
            self.interface.addItem(say(key, ip=ip, name=name), ip)
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setValue(port)
        self.start_button = QPushButton(say("start"))
        self.start_button.setObjectName("phoneServerButton")
        self.start_button.clicked.connect(self.toggle)
        self.state = QLabel()
        self.state.setObjectName("phoneServerState")
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid = QGridLayout(box)
        interface_label, port_label = QLabel(say("interface")), QLabel(say("port"))
        interface_label.setBuddy(self.interface)
        port_label.setBuddy(self.port)
        grid.addWidget(interface_label, 0, 0)
        grid.addWidget(self.interface, 0, 1, 1, 2)
        grid.addWidget(port_label, 1, 0)
        grid.addWidget(self.port, 1, 1)
        grid.addWidget(self.start_button, 1, 2)
        grid.addWidget(self.state, 2, 0, 1, 3)
        return box

    def choose_interface(self, ip: str) -> bool:
        index = self.interface.findData(ip)
        if index >= 0:
            self.interface.setCurrentIndex(index)
        return index >= 0

    def toggle(self) -> None:
        if self._hub.server is not None:
            self._hub.stop()
        else:
            self.start()

    def start(self) -> bool:
        """Start serving on the chosen interface and port; says why when it cannot."""
        say = self.say
        if self._controller.event_file is None:
            self.state.setText(say("no_event"))
            return False
        host = str(self.interface.currentData() or LOOPBACK)
        port = self.port.value()
        try:
            self._hub.start(host, port)
        except OSError as exc:
            why = exc.strerror or type(exc).__name__
            self.state.setText(say("bind_failed", host=host, port=port, why=why))
            return False
        return True

    def _running(self, on: bool) -> None:
        say = self.say
        self.start_button.setText(say("stop") if on else say("start"))
        self.interface.setEnabled(not on)
        self.port.setEnabled(not on)
        self.print_button.setEnabled(on)
        address = self._hub.address
        if on and address is not None:
            self.state.setText(say("running", url=address.base))
            self.qr.setPixmap(qr_pixmap(address.audience))
            self.audience.setText(say("audience_how", url=address.audience))
            self.seat_how.setText(say("seat_how", url=address.phone))
            self.referee.setText(say("referee_how", url=address.referee))
            self.overlay.setText(say("overlay_how", url=address.overlay))
        else:
            self.state.setText(say("stopped"))
            self.qr.clear()
            for label in (self.audience, self.seat_how, self.referee, self.overlay):
                label.setText("")
        self.seats.fill()
        self.hall.refresh()

    def _event_changed(self, change: object) -> None:
        if change is None:  # an event opened or closed: its seats
            self.seats.fill()

    # -- joining -------------------------------------------------------------------------------
    def _join_box(self) -> QGroupBox:
        box = QGroupBox(self.say("join_box"))
        self.qr = QLabel()
        self.qr.setObjectName("audienceQr")
        self.qr.setFixedSize(QR_PX, QR_PX)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.audience, self.seat_how, self.referee, self.overlay = (
            QLabel(),
            QLabel(),
            QLabel(),
            QLabel(),
        )
        texts = QVBoxLayout()
        for label in (self.audience, self.seat_how, self.referee, self.overlay):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            texts.addWidget(label)
        self.print_button = QPushButton(self.say("print_cards"))
        self.print_button.clicked.connect(self._ask_cards)
        texts.addStretch(1)
        texts.addWidget(self.print_button)
        layout = QHBoxLayout(box)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 1)
        return box

    def _ask_cards(self) -> None:
        event_file = self._controller.event_file
        folder = Path(event_file.path).parent if event_file is not None else Path.home()
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.say("print_cards").replace("&", ""), str(folder / self.say("cards_file"))
        )
        if chosen:
            self.write_cards(Path(chosen))

    def write_cards(self, target: Path) -> int:
        """Every seat's join card (a fresh one-time QR and its PIN) as a PDF; the pages."""
        hub, setup, event_file = self._hub, self._controller.setup, self._controller.event_file
        address = hub.address
        if address is None or setup is None or event_file is None:
            return 0
        cards = [
            JoinCard(c.seat, c.name, address.seat(hub.join_token(c.seat)), hub.pin(c.seat))
            for c in setup.roster.contestants
        ]
        try:
            pages = write_join_cards(
                cards, address.phone, target, self._words, event_name=event_file.info.name
            )
        except OSError as exc:
            self.state.setText(self.say("cards_failed", why=exc.strerror or str(exc)))
            return 0
        self.state.setText(self.say("cards_done", n=len(cards), pages=pages, path=target))
        return pages

    # -- keys ----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc while a whiteboard list waits for confirmation goes back to the typing."""
        if event.key() == Qt.Key.Key_Escape and self.board.pending is not None:
            self.board.edit()
            event.accept()
            return
        super().keyPressEvent(event)
