"""Why results could not be written, in Vietnamese words a secretary can act on.

Every error here is a :class:`ResultsError`; ``str()`` is the Vietnamese message, ``english`` a
short English note for logs. The console catches :class:`TargetInUse` to offer "close the file
in Excel and try again".
"""

from __future__ import annotations

from pathlib import Path


class ResultsError(Exception):
    """Results (workbook, cards, certificates) could not be made; nothing was half-written."""

    def __init__(self, message: str, english: str = "", path: Path | str | None = None) -> None:
        self.english = english or message
        self.path = Path(path) if path is not None else None
        super().__init__(message)


class TargetInUse(ResultsError):
    """The target file is open in another program (Excel, a PDF viewer) and locked: retry later."""


class TargetNotWritable(ResultsError):
    """The target folder does not exist or cannot be written (read-only stick, no rights)."""


class ResultsNotFinal(ResultsError):
    """Certificates were asked for while the show is still running."""


class TemplateError(ResultsError):
    """The certificate template cannot be read or says something rcv does not understand."""
