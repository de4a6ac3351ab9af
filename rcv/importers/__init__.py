"""Questions and contestants in: Excel, Word and rcv's own YAML/JSON, checked before the show.

Public entry points::

    load_questions(path) -> QuestionImport          # .xlsx, .docx, .yaml/.yml, .json
    save_questions(question_set, out, media) -> list[Path]   # .yaml/.yml or .json
    load_roster(path) -> RosterImport               # .xlsx

An import either gives a complete QuestionSet / Roster or none at all; its ``report`` lists
every problem (a code with parameters) with the file, sheet, row (or Word paragraph, YAML
line) and field; :mod:`rcv.i18n.phrases.importing` says it in the reader's language.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rcv.importers.questions import load_questions, save_questions
    from rcv.importers.report import Entry, Location, Problem, Report, Severity, Term
    from rcv.importers.results import QuestionImport, RosterImport
    from rcv.importers.xlsx_roster import load_roster

# each name from its module, imported when first asked for: the readers pull in openpyxl and
# python-docx, which the console needs only once a file is imported (not to start)
_HOMES = {
    "load_questions": "questions",
    "save_questions": "questions",
    "Entry": "report",
    "Location": "report",
    "Problem": "report",
    "Report": "report",
    "Severity": "report",
    "Term": "report",
    "QuestionImport": "results",
    "RosterImport": "results",
    "load_roster": "xlsx_roster",
}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)


__all__ = [
    "Entry",
    "Location",
    "Problem",
    "QuestionImport",
    "Report",
    "RosterImport",
    "Severity",
    "Term",
    "load_questions",
    "load_roster",
    "save_questions",
]
