"""An RF clicker receiver: Turning Technologies ResponseCard clickers heard by an Arduino with an
nRF24L01+ radio, as the published sketch "Basic clicker send/receive for the Turning
Technologies RCRF-03" (Nick Mooney) prints them at 115200 baud::

    incoming: 090fd335ae08 --> 5
    outgoing: 090fd3067b34

3 bytes of the clicker's address (its ID, printed on it in hex), the data byte (the button, an
ASCII character), a CRC-16/CCITT; then the sketch's own acknowledgement to the clicker (0x06,
its green light). A clicker's ID is not a seat: rcv pairs IDs with seats.

The sketch reads nothing from the laptop; this emulator also takes ``fb <id> <byte>`` lines —
the one edit a crew makes so that the sketch's own ``quickWrite`` shows a clicker right or
wrong — to rehearse feedback to a paired keypad.
"""

from __future__ import annotations

from rcv.sim.boxes.base import Box, LineReader

BASE_ADDRESS = bytes([0x56, 0x34, 0x12])  # the sketch's baseAddress
ACK = 0x06
BUTTONS = "1234567890"  # ResponseCard buttons 1/A … 0/J send these characters
DETAILS = (
    "STATUS\t\t = 0x0e RX_DR=0 TX_DS=0 MAX_RT=0 RX_P_NO=7 TX_FULL=0",
    "RX_ADDR_P0-1\t = 0xe7e7e7e7e7 0x563412",
    "RX_PW_P0-6\t = 0x00 0x06 0x00 0x00 0x00 0x00",
    "EN_AA\t\t = 0x00",
    "CHANNEL\t\t = 0x29",
    "RF_SETUP\t = 0x07",
    "CONFIG\t\t = 0x03",
    "Data Rate\t = 1MBPS",
    "PA Power\t = PA_HIGH",
)


def crc16_ccitt(data: bytes) -> int:
    """FastCRC16.ccitt: polynomial 0x1021, initial value 0xFFFF, no reflection."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


def packet_line(clicker: int, button: str) -> str:
    """The sketch's "incoming:" line for a press of ``button`` on clicker ``clicker``."""
    address = clicker.to_bytes(3, "big")
    data = ord(button)
    crc = crc16_ccitt(BASE_ADDRESS[::-1] + address + bytes([data]))
    raw = address + bytes([data]) + crc.to_bytes(2, "big")
    return f"incoming: {raw.hex()} --> {button}"


def ack_line(clicker: int, value: int) -> str:
    outgoing = clicker.to_bytes(3, "big") + bytes([value])
    return f"outgoing: {(outgoing + crc16_ccitt(outgoing).to_bytes(2, 'big')).hex()}"


class TurningReceiver(Box):
    baud = 115200
    name = "turning-rcrf03"

    def __init__(self) -> None:
        super().__init__()
        self._lines = LineReader()
        self.feedback: dict[int, int] = {}  # clicker -> the last byte sent to it

    def boot(self, now_ms: int) -> None:
        text = "*** booting ***\r\n" + "".join(f"{d}\r\n" for d in DETAILS) + "\r\n\r\n"
        self.send(text.encode("ascii"), now_ms)

    def click(self, clicker: int, button: str, now_ms: int) -> None:
        """A student presses ``button`` (1…0) on clicker ``clicker``: heard, checked,
        printed and acknowledged, as the sketch does."""
        if button not in BUTTONS:
            raise ValueError(f"no button {button!r} on a ResponseCard")
        lines = f"{packet_line(clicker, button)}\r\n{ack_line(clicker, ACK)}\r\n"
        self.send(lines.encode("ascii"), now_ms)

    def on_bytes(self, data: bytes, now_ms: int) -> None:
        for line in self._lines.feed(data):
            parts = line.split()
            if len(parts) == 3 and parts[0] == "fb":
                try:
                    clicker, value = int(parts[1], 16), int(parts[2], 16)
                except ValueError:
                    continue
                self.feedback[clicker] = value
                self.heard.append(line)
                self.send(f"{ack_line(clicker, value)}\r\n".encode("ascii"), now_ms)
