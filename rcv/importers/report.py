"""The validation report of an import: where each problem is, how bad it is, what it is.

A :class:`Report` collects :class:`Problem` values: a code, a :class:`Location` and parameters.
Parameters are data — numbers, file names, cell references, values quoted from the file, the
:class:`Location` of another row — or a :class:`Term`, a word of rcv's own named by a code.
Nothing here is a sentence: :mod:`rcv.i18n.phrases.importing` writes a report in the reader's
language. Errors make a file unusable; warnings do not. :meth:`Report.entries` is the order a
report is read in: errors in file order, then warnings, those alike but for their row (or
paragraph, or line) merged into one entry with all their numbers.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Location:
    """Where a problem is: the file, then a sheet/table, a row, line or paragraph, a column."""

    file: str
    sheet: str | None = None
    table: int | None = None
    row: int | None = None
    line: int | None = None
    paragraph: int | None = None
    column: str | None = None
    question: str | None = None
    sheet_no: int = 0  # the sheet's place in the workbook, for sorting only

    def at(self, **changes: object) -> Location:
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def number(self) -> int | None:
        """The row, paragraph or line, whichever the file counts in."""
        for n in (self.row, self.paragraph, self.line):
            if n is not None:
                return n
        return None


@dataclass(frozen=True, slots=True)
class Term:
    """A word of rcv's own inside a parameter (why a file is damaged, what a value should be),
    named by a code; its own parameters are data. The edge says it in the reader's words."""

    code: str
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)


def term(code: str, **params: object) -> Term:
    return Term(code, params)


@dataclass(frozen=True, slots=True)
class Problem:
    severity: Severity
    code: str
    location: Location
    field: str | None = None
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Entry:
    """One item of the report: a problem, or warnings alike but for their row, paragraph or
    line merged into one (``numbers``: all of those, sorted; empty for a single problem)."""

    problem: Problem
    numbers: tuple[int, ...] = ()

    @property
    def merged(self) -> bool:
        return bool(self.numbers)

    @property
    def counted(self) -> str:
        """What ``numbers`` count: "row", "paragraph" or "line"."""
        loc = self.problem.location
        if loc.row is not None:
            return "row"
        return "paragraph" if loc.paragraph is not None else "line"

    @property
    def location(self) -> Location:
        """The problem's place; for merged warnings, the place they share."""
        loc = self.problem.location
        if not self.merged:
            return loc
        return loc.at(row=None, paragraph=None, line=None, question=None)


@dataclass(slots=True)
class Report:
    """The problems found while reading one file, in the order they were found."""

    problems: list[Problem] = dataclasses.field(default_factory=list)
    error_count: int = 0

    def error(self, code: str, where: Location, fld: str | None = None, **params: object) -> None:
        self.problems.append(Problem(Severity.ERROR, code, where, fld, params))
        self.error_count += 1

    def warn(self, code: str, where: Location, fld: str | None = None, **params: object) -> None:
        self.problems.append(Problem(Severity.WARNING, code, where, fld, params))

    def extend(self, problems: Iterable[Problem]) -> None:
        for p in problems:
            self.problems.append(p)
            self.error_count += p.severity is Severity.ERROR

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]

    @property
    def ok(self) -> bool:
        return self.error_count == 0

    def codes(self) -> list[str]:
        return [p.code for p in self.problems]

    def __iter__(self) -> Iterator[Problem]:
        return iter(self.problems)

    def entries(self) -> list[Entry]:
        """Errors first, then warnings, each in file order; warnings alike but for their row
        (paragraph, line) are merged into one entry."""
        out = [Entry(p) for p in _in_file_order(self.errors)]
        out.extend(_merged_warnings(_in_file_order(self.warnings)))
        return out


def _in_file_order(problems: list[Problem]) -> list[Problem]:
    """Sheet by sheet as in the workbook, then by row, paragraph or line."""

    def key(p: Problem) -> tuple[int, int, int]:
        loc = p.location
        return loc.sheet_no, loc.table or 0, loc.row or loc.paragraph or loc.line or 0

    return sorted(problems, key=key)


def _merged_warnings(warnings: list[Problem]) -> list[Entry]:
    groups: dict[tuple[object, ...], list[Problem]] = {}
    for p in warnings:
        loc = p.location
        key = (
            p.code,
            loc.file,
            loc.sheet,
            loc.table,
            loc.column,
            p.field,
            tuple(sorted((k, str(v)) for k, v in p.params.items())),
        )
        numbered = [n for n in (loc.row, loc.paragraph, loc.line) if n is not None]
        groups.setdefault(key if len(numbered) == 1 else (id(p),), []).append(p)
    out = []
    for members in groups.values():
        if len(members) == 1:
            out.append(Entry(members[0]))
        else:
            numbers = sorted({m.location.number or 0 for m in members})
            out.append(Entry(members[0], tuple(numbers)))
    return out
