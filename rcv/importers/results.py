"""What an import gives back: the questions or contestants (or nothing), the report, a summary.

An import with any error carries no QuestionSet / Roster at all, never a partial one; its
summary still says how many questions were read correctly, so the secretary sees the size of
the remaining work.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from rcv.core.model import Pool, Question, QuestionKind, QuestionSet, Roster
from rcv.importers.messages import Lang, word
from rcv.importers.report import Report


def count_questions(
    questions: tuple[Question, ...] | list[Question],
) -> Counter[tuple[Pool, QuestionKind]]:
    return Counter((q.pool, q.kind) for q in questions)


def summary_line(counts: Mapping[tuple[Pool, QuestionKind], int], lang: Lang) -> str:
    """ "Đã đọc 42 câu hỏi hợp lệ: Câu hỏi chính 30 (trắc nghiệm 25, đúng/sai 5), …"."""
    total = sum(counts.values())
    parts = []
    for pool in Pool:
        kinds = [(k, counts.get((pool, k), 0)) for k in QuestionKind]
        n = sum(c for _, c in kinds)
        if not n:
            continue
        detail = ", ".join(f"{word(k.value, lang)} {c}" for k, c in kinds if c)
        parts.append(f"{word(pool.value, lang)} {n} ({detail})")
    head = word("read_questions", lang, count=total)
    return head + (": " + "; ".join(parts) if parts else "") + "."


def _verdict(report: Report, lang: Lang) -> list[str]:
    out = []
    if report.warnings:
        out.append(word("warnings", lang, count=len(report.warnings)) + ".")
    if report.ok:
        out.append(word("usable", lang))
    else:
        out.append(word("unusable", lang, count=len(report.errors)))
    return out


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
    lang: Lang = "vi"

    @property
    def ok(self) -> bool:
        return self.questions is not None

    def text(self, lang: Lang | None = None) -> str:
        """The whole report, as printed by ``rcv questions check``."""
        lang = lang or self.lang
        lines = self.report.lines(lang) or [word("none", lang)]
        return "\n".join(
            [*lines, "", summary_line(self.counts, lang), *_verdict(self.report, lang)]
        )


@dataclass(frozen=True, slots=True)
class RosterImport:
    """The contestants of one file, or None when the file has errors, with the report."""

    source: Path
    roster: Roster | None
    report: Report
    count: int = 0
    lang: Lang = "vi"

    @property
    def ok(self) -> bool:
        return self.roster is not None

    def text(self, lang: Lang | None = None) -> str:
        lang = lang or self.lang
        lines = self.report.lines(lang) or [word("none", lang)]
        head = word("read_contestants", lang, count=self.count) + "."
        return "\n".join([*lines, "", head, *_verdict(self.report, lang)])
