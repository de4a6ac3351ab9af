"""The open event's hardware settings as the console's set-up dialog sees them: read from the
event file, saved back into it (the ports and the pairing tables travel with the event), and
applied at once to the running keypad link so a re-paired keypad counts from its next press."""

from __future__ import annotations

from rcv.app.controller import ShowController
from rcv.app.keypads import KeypadLink
from rcv.hardware.settings import HardwareSettings
from rcv.i18n import Words
from rcv.i18n.phrases.storage import storage_error
from rcv.storage.errors import EventFileError


class EventHardware:
    def __init__(self, controller: ShowController, link: KeypadLink, words: Words) -> None:
        self._controller, self._link, self._words = controller, link, words

    def ready(self) -> bool:
        """An event is open: there is somewhere to keep the settings."""
        return self._controller.event_file is not None

    def load(self) -> HardwareSettings:
        return self._link.settings()

    def save(self, settings: HardwareSettings) -> str | None:
        """Keep ``settings`` in the event file; the problem in the operator's words, or None."""
        try:
            self._link.save_settings(settings)
        except EventFileError as exc:
            return storage_error(exc, self._words)
        return None
