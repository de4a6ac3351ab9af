"""Why an event file cannot be used, in words a crew can act on. Never opens a dialog."""

from __future__ import annotations

from pathlib import Path


class EventFileError(Exception):
    """An event file that cannot be opened or written; ``str()`` is the Vietnamese message."""

    def __init__(self, path: Path | str, message: str, english: str = "") -> None:
        self.path = Path(path)
        self.english = english or message
        super().__init__(message)


class EventFileCorrupt(EventFileError):
    """Not a readable SQLite file, or not an rcv event file, or damaged."""


class EventFileTampered(EventFileError):
    """The log, the roster, the questions or the rules were changed outside rcv."""

    def __init__(self, path: Path | str, seq: int | None, message: str, english: str = "") -> None:
        self.seq = seq
        super().__init__(path, message, english)


class EventFileTooNew(EventFileError):
    """Written by a newer rcv with a schema this version does not know."""
