"""What an import gives back: the questions or contestants (or nothing), the report, the counts.

An import with any error carries no QuestionSet / Roster at all, never a partial one; its counts
still say how many questions were read correctly, so the secretary sees the size of the
remaining work. :func:`rcv.i18n.phrases.importing.import_text` writes it all for a reader.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from rcv.core.model import Pool, Question, QuestionKind, QuestionSet, Roster
from rcv.importers.report import Report


def count_questions(
    questions: tuple[Question, ...] | list[Question],
) -> Counter[tuple[Pool, QuestionKind]]:
    return Counter((q.pool, q.kind) for q in questions)


@dataclass(frozen=True, slots=True)
class QuestionImport:
    """The questions of one file, or None when the file has errors, with the report.

    ``media`` maps each question's ``media`` path (relative, forward slashes) to the file's
    bytes: pictures found in a Word document, or files a sheet or YAML file points at. Saving
    the set writes them next to the output file under the same relative path.
    """

    source: Path
    questions: QuestionSet | None
    report: Report
    counts: Mapping[tuple[Pool, QuestionKind], int] = field(default_factory=dict)
    media: Mapping[str, bytes] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.questions is not None


@dataclass(frozen=True, slots=True)
class RosterImport:
    """The contestants of one file, or None when the file has errors, with the report."""

    source: Path
    roster: Roster | None
    report: Report
    count: int = 0

    @property
    def ok(self) -> bool:
        return self.roster is not None
