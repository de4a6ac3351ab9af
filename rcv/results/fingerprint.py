"""The results fingerprint and its QR code: pure functions the display and the printouts share.

The fingerprint is the event file's head hash (see :mod:`rcv.storage.chain`); people read its
short form (``fingerprint_text``), the QR code carries the whole hash and the number of log
entries, so a phone can check a printed result against the file. Format (docs/results.md)::

    RCV1:<64 lower-case hex digits of the head hash>:<number of log entries>
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import qrcode
import qrcode.constants

from rcv.storage.chain import fingerprint_text

RESULTS_PREFIX = "RCV1"
_PAYLOAD = re.compile(r"^RCV1:([0-9a-f]{64}):(\d+)$")


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What a results QR code says: the head hash after ``entries`` log entries."""

    head: str
    entries: int

    @property
    def text(self) -> str:
        """The short form people read aloud: XXXX-XXXX-XXXX-XXXX."""
        return fingerprint_text(self.head)

    @property
    def payload(self) -> str:
        return results_payload(self.head, self.entries)


def results_payload(head: str, entries: int) -> str:
    """The text of the results QR code: ``RCV1:<head hash>:<entries>``."""
    head = head.strip().lower()
    if not re.fullmatch(r"[0-9a-f]{64}", head):
        raise ValueError(f"a head hash is 64 hex digits, got {head!r}")
    if entries < 0:
        raise ValueError("the number of log entries cannot be negative")
    return f"{RESULTS_PREFIX}:{head}:{entries}"


def parse_results_payload(text: str) -> Fingerprint | None:
    """The fingerprint in a scanned results QR code, or None when it is not one."""
    match = _PAYLOAD.match(text.strip())
    if match is None:
        return None
    return Fingerprint(match.group(1), int(match.group(2)))


def qr_matrix(payload: str, border: int = 4) -> list[list[bool]]:
    """The QR code of ``payload`` as rows of modules (True: dark), quiet zone included.

    ``border`` is the quiet zone in modules (4 is the standard; 0 for none). Error correction
    level M: the code survives a projector's glare or a smudged print.
    """
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=border)
    code.add_data(payload)
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


def qr_png(payload: str, box_px: int = 4, border: int = 4) -> bytes:
    """The QR code of ``payload`` as a black-on-white PNG (Pillow)."""
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=box_px, border=border
    )
    code.add_data(payload)
    code.make(fit=True)
    image = code.make_image(fill_color="black", back_color="white")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
