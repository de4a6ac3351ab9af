"""What a self-test check gives back, and how one is run: codes with their facts, never words.

A check returns an :class:`Outcome` (what it found, and notes that are not failures) or raises
:class:`CheckFailed`; each is a :class:`Said` — a code and its facts — that the report words in
the reader's language (:mod:`rcv.i18n.phrases.selftest`). A fact may itself be a :class:`Said`
(why Qt cannot load: the missing libraries). Standard library only.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Said:
    """Something a check says: a code and its facts (numbers, names, paths, other ``Said``)."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)


def said(code: str, **params: Any) -> Said:
    return Said(code, params)


class CheckFailed(Exception):
    """A check found a problem: ``code`` and ``params`` say which (see :class:`Said`)."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(code, params)

    @property
    def said(self) -> Said:
        return Said(self.code, self.params)


@dataclass
class Outcome:
    """What a passing check found: a detail and notes that are not failures."""

    detail: Said
    notes: list[Said] = field(default_factory=list)


@dataclass(frozen=True)
class Result:
    """One check's line in the report: ``name`` is the check's code (``"fonts"`` …)."""

    name: str
    ok: bool
    detail: Said
    notes: tuple[Said, ...] = ()
    seconds: float = 0.0


Check = Callable[[], Outcome]


def run_check(name: str, check: Check) -> Result:
    """Run one check; any exception is a failure with its facts, never a crash."""
    start = time.monotonic()
    try:
        outcome = check()
    except CheckFailed as exc:
        return Result(name, False, exc.said, (), time.monotonic() - start)
    except Exception as exc:
        detail = said("unexpected", kind=type(exc).__name__, message=str(exc))
        return Result(name, False, detail, (), time.monotonic() - start)
    return Result(name, True, outcome.detail, tuple(outcome.notes), time.monotonic() - start)
