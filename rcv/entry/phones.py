"""The phones in the composition root: the phones' hub over the keypad link, the console's
phones panel, and the audience rescue game followed by the projector (``rcv.app.hall``).

Each piece is optional like the other seams: without ``rcv.web`` (or without a keypad link)
there is no hub, the panel's menu entry says why, and the projector never shows the hall.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from rcv.app.controller import ShowController
from rcv.app.keypads import KeypadLink
from rcv.i18n import Words

log = logging.getLogger(__name__)


def phone_hub(controller: ShowController, link: QObject | None) -> Any | None:
    """The phones' hub (``rcv.app.phones.PhoneHub``) over the keypad link: phones are one more
    kind of hub. None without a keypad link or without the answer server's package."""
    if not isinstance(link, KeypadLink):
        return None
    try:
        from rcv.app.phones import PhoneHub
        from rcv.i18n import available_languages
        from rcv.web.pages import page_texts
    except ImportError as exc:
        log.warning("no answer server: %s", exc)
        return None
    texts = {lang: page_texts(Words(lang)) for lang in available_languages()}
    return PhoneHub(controller, link, texts, parent=link)


def start_phones(program: Any, host: str) -> str | None:
    """``rcv demo --phones-server``: start the program's answer server on ``host`` at the
    panel's usual port (any free port when that one is taken) and open the phones panel. The
    address, or None when ``host`` cannot be served."""
    from rcv.ui.console.phones_panel import DEFAULT_PORT

    hub, panel = program.phones, program.console.services.phones
    if hub is None or panel is None:
        return None
    for port in (DEFAULT_PORT, 0):
        try:
            base = str(hub.start(host, port).base)
        except OSError as exc:
            log.warning("answer server on %s:%s: %s", host, port, exc)
            continue
        panel(program.console)
        return base
    return None


def phones_panel(
    controller: ShowController, hub: Any | None, words: Words
) -> Callable[[QWidget], None] | None:
    """Opens the phones panel (one at a time, over the console); the server outlives it."""
    if hub is None:
        return None
    from rcv.ui.console.phones_panel import PhonesDialog

    opened: list[QWidget] = []

    def open_panel(parent: QWidget) -> None:
        if opened and opened[0].parent() is parent:
            opened[0].show()
            opened[0].raise_()
            opened[0].activateWindow()
            return
        for old in opened:
            old.close()
        dialog = PhonesDialog(controller, hub, words, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.destroyed.connect(lambda _o=None, d=dialog: d in opened and opened.remove(d))
        opened[:] = [dialog]
        dialog.show()

    return open_panel


def follow_phones(
    hub: Any | None,
    model: Any | None,
    panel: Callable[[QWidget], None] | None,
    programs: Sequence[Any],
) -> None:
    """What follows the hub: the projector's model shows the audience rescue game (its public
    view, ``rcv.app.hall``), and a device asking for a held seat opens the phones panel over
    the console of the program (``programs[0]``, made after the console's services)."""
    if hub is None:
        return
    if panel is not None:
        hub.takeoverRequested.connect(lambda _r: panel(programs[0].console))
    if model is None:
        return
    from rcv.app.hall import hall_view

    hall = model.hall

    def follow(_arg: object = None) -> None:
        hall.apply(hall_view(hub))

    hub.audience.changed.connect(follow)
    hub.running.connect(follow)
    follow()
