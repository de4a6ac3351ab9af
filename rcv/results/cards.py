"""Seat cards (thẻ chỗ ngồi) as a PDF: eight per A4 page with dashed cut lines.

Each card shows the seat number large (read from the back of the hall), the SBD, the name, the
unit and a QR code for check-in (``RCV-TS:<SBD>``, see :mod:`rcv.results.checkin`). Cards come
in seat order, their own words ("GHẾ", "SBD") in the operator's language. The PDF is written to
a temporary file and renamed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from rcv.core.model import Contestant, Roster
from rcv.i18n import QT_TRANSLATE_NOOP, Words
from rcv.results.atomic import write_atomically
from rcv.results.checkin import seat_card_payload
from rcv.results.fingerprint import qr_matrix
from rcv.results.qtpdf import PdfPages

_Item = TypeVar("_Item")

COLUMNS, ROWS = 2, 4
PAGE_W, PAGE_H = 210.0, 297.0
CARD_W, CARD_H = PAGE_W / COLUMNS, PAGE_H / ROWS
PAD = 7.0
QR_MM = 30.0
CUT = "#9E9E9E"
CTX = "SeatCard"
T = {
    "seat": QT_TRANSLATE_NOOP("SeatCard", "GHẾ"),
    "sbd": QT_TRANSLATE_NOOP("SeatCard", "SBD: {sbd}"),
    "title": QT_TRANSLATE_NOOP("SeatCard", "Thẻ chỗ ngồi — {event}"),
}


def cards_per_page() -> int:
    return COLUMNS * ROWS


def _card(pdf: PdfPages, c: Contestant, event_name: str, x: float, y: float, words: Words) -> None:
    inner = CARD_W - 2 * PAD
    left = x + PAD
    pdf.text(event_name, left, y + PAD - 1, inner, 5, size=8, color="#555555")
    qr_x = x + CARD_W - PAD - QR_MM
    pdf.qr(qr_matrix(seat_card_payload(c), border=2), qr_x, y + PAD + 5, QR_MM)
    block = qr_x - left - 2
    seat = words(CTX, T["seat"])
    pdf.text(seat, left, y + PAD + 5, block, 6, size=11, bold=True, color="#1F4E78")
    pdf.text(str(c.seat), left, y + PAD + 10, block, 22, size=60, bold=True)
    sbd = words(CTX, T["sbd"], sbd=c.sbd)
    pdf.text(sbd, left, y + PAD + 33, inner, 7, size=14, bold=True)
    pdf.text(c.name, left, y + PAD + 41, inner, 8, size=17, bold=True)
    pdf.text(c.unit, left, y + PAD + 50, inner, 10, size=10, wrap=True)


def _cut_lines(pdf: PdfPages) -> None:
    for col in range(1, COLUMNS):
        pdf.line(col * CARD_W, 0, col * CARD_W, PAGE_H, color=CUT, dashed=True)
    for row in range(1, ROWS):
        pdf.line(0, row * CARD_H, PAGE_W, row * CARD_H, color=CUT, dashed=True)


def lay_out_cards(
    pdf: PdfPages, items: Sequence[_Item], draw: Callable[[_Item, float, float], None]
) -> None:
    """Cards in a grid, ``cards_per_page`` a page with cut lines: ``draw(item, x, y)`` draws
    one card at its corner (mm)."""
    per_page = cards_per_page()
    for i, item in enumerate(items):
        if i and i % per_page == 0:
            pdf.new_page()
        if i % per_page == 0:
            _cut_lines(pdf)
        spot = i % per_page
        draw(item, (spot % COLUMNS) * CARD_W, (spot // COLUMNS) * CARD_H)


def draw_cards(
    pdf: PdfPages, contestants: Sequence[Contestant], event_name: str, words: Words
) -> None:
    lay_out_cards(pdf, contestants, lambda c, x, y: _card(pdf, c, event_name, x, y, words))


def write_cards(
    roster: Roster,
    target: Path | str,
    words: Words,
    *,
    event_name: str = "",
    font: Path | str | None = None,
) -> int:
    """Write the seat cards of every contestant to ``target``, in the language of ``words``;
    returns the number of pages."""
    contestants = sorted(roster.contestants, key=lambda c: c.seat)
    pages = 0

    def write(temp: Path) -> None:
        nonlocal pages
        title = words(CTX, T["title"], event=event_name)
        pdf = PdfPages(temp, landscape=False, title=title, font=font)
        draw_cards(pdf, contestants, event_name, words)
        pages = pdf.finish()

    write_atomically(Path(target), write)
    return pages
