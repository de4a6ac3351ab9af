"""Why a command was refused: a code with parameters. The words (Vietnamese and English) are
at the edge, in :mod:`rcv.i18n.phrases.show`."""

from __future__ import annotations

from typing import Any


class CommandRefused(Exception):
    """A command that does not fit the show's state. Nothing was logged or changed."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        detail = ", ".join(f"{k}={v!r}" for k, v in params.items())
        super().__init__(f"{code}({detail})" if detail else code)
