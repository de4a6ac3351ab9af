"""What the projector may show of the audience rescue game: the hall's public view.

:func:`hall_view` reads the phones' hub — the round of :class:`~rcv.app.audience_game.AudienceGame`
and the audience page's address — and keeps only what the hall may see: the question and its
options, how many spectators answered (live), and only once the answers are closed how many
were right, the correct option and how many contestants that brings back. No device, no
answer of anyone, no key but the public page key that is already in the audience's QR.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the projector's model reads the view without loading the server
    from rcv.app.phones import PhoneHub


@dataclass(frozen=True, slots=True)
class HallView:
    active: bool = False  # an audience round is on (open or closed, not applied yet)
    open: bool = False  # spectators may still answer
    text: str = ""
    options: tuple[str, ...] = ()
    answered: int = 0
    right: int | None = None  # after the answers are closed
    returns: int | None = None  # contestants the right answers bring back
    correct: str = ""  # the correct letter, after the answers are closed
    join_url: str = ""  # the audience page (its QR on the projector)


def hall_view(hub: PhoneHub) -> HallView:
    game, address = hub.audience, hub.address
    url = address.audience if address is not None else ""
    r = game.round
    if r is None:
        return HallView(join_url=url)
    figures = game.figures()
    q = r.question
    return HallView(
        active=True,
        open=r.open,
        text=q.text,
        options=tuple(q.options),
        answered=int(figures.get("answered", 0)),
        right=None if r.open else r.right,
        returns=None if r.open else game.returns(),
        correct="" if r.open else (q.correct or ""),
        join_url=url,
    )
