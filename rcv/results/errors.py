"""Why results could not be written, as a code with its facts. Never words.

Every error here is a :class:`ResultsError` with ``code`` (``"in_use"``, ``"no_folder"``,
``"no_font"``, ``"template"`` …) and ``params`` (the facts a sentence needs: the file's
``path`` and ``name``, a ``folder``, the system's own ``detail`` …). The sentences a secretary
can act on, in the reader's language, are in :mod:`rcv.i18n.phrases.results`
(:func:`~rcv.i18n.phrases.results.results_error`); ``str()`` is a short technical form for
logs. The console catches :class:`TargetInUse` to offer "close the file in Excel and try again".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


class ResultsError(Exception):
    """Results (workbook, cards, certificates) could not be made; nothing was half-written."""

    def __init__(self, code: str, path: Path | str | None = None, **params: Any) -> None:
        self.code = code
        self.path = Path(path) if path is not None else None
        named = {"path": str(self.path), "name": self.path.name} if self.path else {}
        self.params: dict[str, Any] = {**named, **params}
        super().__init__(code)

    def __str__(self) -> str:
        facts = ", ".join(
            f"{key}={value}" for key, value in self.params.items() if key not in ("path", "name")
        )
        where = f": {self.path}" if self.path else ""
        return f"{self.code}{where}" + (f" ({facts})" if facts else "")


class TargetInUse(ResultsError):
    """The target file is open in another program (Excel, a PDF viewer) and locked: retry later."""


class TargetNotWritable(ResultsError):
    """The target folder does not exist or cannot be written (read-only stick, no rights)."""


class ResultsNotFinal(ResultsError):
    """Certificates were asked for while the show is still running."""


class TemplateError(ResultsError):
    """The certificate template cannot be read or says something rcv does not understand:
    ``where`` in it (``"file"``, ``"item"`` with its number ``item``, ``"border"``), and the
    ``problem`` (a code, with its own facts)."""

    def __init__(
        self, path: Path | str | None, where: str, problem: str, item: int = 0, **facts: Any
    ) -> None:
        super().__init__("template", path, where=where, item=item, problem=problem, **facts)
