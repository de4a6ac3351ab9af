"""Join cards (thẻ vào ghế) for shows answered on phones: eight per A4 page with cut lines.

Each card shows the seat number large, the contestant's name, a QR code of the seat's join
link (a one-time token bound to that seat of that event, made by the answer server's keys) and,
for a phone that cannot scan, the phone page's address with the seat number and its PIN. The
caller gives each seat's link and PIN (:class:`JoinCard`): this module only draws, so it knows
nothing of secrets. The PDF is written to a temporary file and renamed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rcv.i18n import QT_TRANSLATE_NOOP, Words
from rcv.results.atomic import write_atomically
from rcv.results.cards import CARD_W, PAD, lay_out_cards
from rcv.results.fingerprint import qr_matrix
from rcv.results.qtpdf import PdfPages

QR_MM = 40.0
CTX = "JoinCard"
T = {
    "seat": QT_TRANSLATE_NOOP("JoinCard", "GHẾ"),
    "title": QT_TRANSLATE_NOOP("JoinCard", "Thẻ vào ghế bằng điện thoại — {event}"),
    "scan": QT_TRANSLATE_NOOP("JoinCard", "Quét mã bằng điện thoại để vào ghế"),
    "or": QT_TRANSLATE_NOOP("JoinCard", "Không quét được? Mở {url}"),
    "pin": QT_TRANSLATE_NOOP("JoinCard", "Ghế {seat} · PIN {pin}"),
    "once": QT_TRANSLATE_NOOP("JoinCard", "Mã chỉ dùng một lần, cho ghế này. Giữ kín mã PIN."),
}


@dataclass(frozen=True, slots=True)
class JoinCard:
    """One seat's card: who sits there, its join link (QR) and its PIN."""

    seat: int
    name: str
    link: str  # http://host:port/p#t=TOKEN
    pin: str


def _card(pdf: PdfPages, card: JoinCard, page_url: str, x: float, y: float, w: Words) -> None:
    inner = CARD_W - 2 * PAD
    left = x + PAD
    qr_x = x + CARD_W - PAD - QR_MM
    pdf.qr(qr_matrix(card.link, border=2), qr_x, y + PAD, QR_MM)
    block = qr_x - left - 2
    pdf.text(w(CTX, T["seat"]), left, y + PAD, block, 6, size=11, bold=True, color="#1F4E78")
    pdf.text(str(card.seat), left, y + PAD + 4, block, 22, size=54, bold=True)
    pdf.text(card.name, left, y + PAD + 29, block, 8, size=14, bold=True)
    pdf.text(w(CTX, T["scan"]), left, y + PAD + 38, block, 5, size=8, color="#555555")
    line = y + PAD + QR_MM + 2
    pdf.text(w(CTX, T["or"], url=page_url), left, line, inner, 5, size=9)
    pdf.text(w(CTX, T["pin"], seat=card.seat, pin=card.pin), left, line + 5, inner, 7, size=14)
    pdf.text(w(CTX, T["once"]), left, line + 13, inner, 5, size=7, color="#555555")


def write_join_cards(
    cards: Sequence[JoinCard],
    page_url: str,
    target: Path | str,
    words: Words,
    *,
    event_name: str = "",
    font: Path | str | None = None,
) -> int:
    """Write one card per seat (in seat order) to ``target``, in the language of ``words``;
    ``page_url`` is the phone page typed by hand (``http://host:port/p``). The page count."""
    ordered = sorted(cards, key=lambda c: c.seat)
    pages = 0

    def write(temp: Path) -> None:
        nonlocal pages
        title = words(CTX, T["title"], event=event_name)
        pdf = PdfPages(temp, landscape=False, title=title, font=font)
        lay_out_cards(pdf, ordered, lambda card, x, y: _card(pdf, card, page_url, x, y, words))
        pages = pdf.finish()

    write_atomically(Path(target), write)
    return pages
