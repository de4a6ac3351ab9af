"""Questions and contestants in: Excel, Word and rcv's own YAML/JSON, checked before the show.

Public entry points::

    load_questions(path, lang="vi") -> QuestionImport   # .xlsx, .docx, .yaml/.yml, .json
    save_questions(question_set, out, media) -> list[Path]   # .yaml/.yml or .json
    load_roster(path, lang="vi") -> RosterImport        # .xlsx

An import either gives a complete QuestionSet / Roster or none at all; its ``report`` lists
every problem with the file, sheet, row (or Word paragraph, YAML line), field and what to do.
"""

from rcv.importers.questions import load_questions, save_questions
from rcv.importers.report import Location, Problem, Report, Severity
from rcv.importers.results import QuestionImport, RosterImport
from rcv.importers.xlsx_roster import load_roster

__all__ = [
    "Location",
    "Problem",
    "QuestionImport",
    "Report",
    "RosterImport",
    "Severity",
    "load_questions",
    "load_roster",
    "save_questions",
]
