"""What the console's command objects need of the window that owns them — as a protocol, so
they do not import the window (which builds them): no import loop."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from rcv.app.controller import ShowController
    from rcv.ui.console.event_session import EventSession
    from rcv.ui.console.seat_grid import SeatGrid
    from rcv.ui.console.services import ConsoleServices


class ConsoleHost(Protocol):
    """The console window, as its menus' commands see it."""

    controller: ShowController
    services: ConsoleServices
    session: EventSession
    grid: SeatGrid

    def say(self, text: str, warning: bool = False, beside_button: bool = False) -> None: ...
    def show_backup_state(self, text: str | None = None) -> None: ...
    def widget(self) -> QWidget: ...
