"""The validation report of an import: where each problem is, how bad it is, what to do.

A :class:`Report` collects :class:`Problem` values (a code from :mod:`rcv.importers.messages`, a
:class:`Location` and parameters) and renders them in Vietnamese or English. Errors make a file
unusable; warnings do not. Warnings that differ only by row are printed once with their rows.
A value quoted in a message is cut short, so a 50 MB cell cannot flood the report.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from rcv.importers.messages import Lang, field_label, message, word

MAX_SHOWN = 120  # a value quoted in a message is cut to this many characters


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

    def parts(self, lang: Lang, *, with_file: bool = True) -> list[str]:
        out: list[str] = [self.file] if with_file else []
        if self.sheet is not None:
            out.append(word("sheet", lang, self.sheet))
        if self.table is not None:
            out.append(word("table", lang, self.table))
        if self.row is not None:
            out.append(word("row", lang, self.row))
        if self.line is not None:
            out.append(word("line", lang, self.line))
        if self.paragraph is not None:
            out.append(word("paragraph", lang, self.paragraph))
        if self.column is not None:
            out.append(word("column", lang, self.column))
        if self.question is not None:
            out.append(word("question", lang, self.question))
        return out

    def describe(self, lang: Lang, *, with_file: bool = True) -> str:
        return ", ".join(self.parts(lang, with_file=with_file))


@dataclass(frozen=True, slots=True)
class Problem:
    severity: Severity
    code: str
    location: Location
    field: str | None = None
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)

    def text(self, lang: Lang = "vi") -> str:
        """The problem's sentence (without its location)."""
        return message(self.code, lang, _localised(self.params, lang, self.location))

    def render(self, lang: Lang = "vi") -> str:
        label = word(self.severity.value, lang)
        where = " › ".join(self.location.parts(lang))
        what = f" › {field_label(self.field, lang)}" if self.field else ""
        return f"{label}: {where}{what}: {self.text(lang)}"


def _localised(params: Mapping[str, object], lang: Lang, base: Location) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in params.items():
        if isinstance(value, Location):
            same_sheet = (value.file, value.sheet, value.table) == (
                base.file,
                base.sheet,
                base.table,
            )
            shown = value.at(sheet=None, table=None) if same_sheet else value
            out[key] = shown.describe(lang, with_file=value.file != base.file)
        elif key == "field" and isinstance(value, str):
            out[key] = field_label(value, lang)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            out[key] = number_words(value, lang)
        elif isinstance(value, str) and len(value) > MAX_SHOWN:
            out[key] = value[: MAX_SHOWN - 1] + "…"
        else:
            out[key] = value
    return out


def number_words(value: float, lang: Lang) -> str:
    """A count or size the reader's way: 1.500.000 and 0,5 in Vietnamese, 1,500,000 and 0.5 in
    English; numbers below 10,000 (row numbers, years) are left ungrouped."""
    text = f"{value:,}" if abs(value) >= 10_000 else str(value)
    if isinstance(value, float) and value.is_integer():
        text = text.removesuffix(".0")
    if lang == "en":
        return text
    return text.translate(str.maketrans({",": ".", ".": ","}))


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

    def lines(self, lang: Lang = "vi") -> list[str]:
        """Errors first, then warnings; warnings alike but for their row are merged."""
        out = [p.render(lang) for p in _in_file_order(self.errors)]
        out.extend(_merged_warnings(_in_file_order(self.warnings), lang))
        return out


def _in_file_order(problems: list[Problem]) -> list[Problem]:
    """Sheet by sheet as in the workbook, then by row, paragraph or line."""

    def key(p: Problem) -> tuple[int, int, int]:
        loc = p.location
        return loc.sheet_no, loc.table or 0, loc.row or loc.paragraph or loc.line or 0

    return sorted(problems, key=key)


def _merged_warnings(warnings: list[Problem], lang: Lang) -> list[str]:
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
        first = members[0]
        if len(members) == 1:
            out.append(first.render(lang))
            continue
        rows = [m.location.row or m.location.paragraph or m.location.line or 0 for m in members]
        many = (
            "rows"
            if first.location.row is not None
            else "paragraphs"
            if first.location.paragraph is not None
            else "lines"
        )
        loc = first.location.at(row=None, paragraph=None, line=None, question=None)
        where = " › ".join([*loc.parts(lang), word(many, lang, compact_numbers(rows))])
        what = f" › {field_label(first.field, lang)}" if first.field else ""
        out.append(f"{word('warning', lang)}: {where}{what}: {first.text(lang)}")
    return out


def compact_numbers(numbers: Iterable[int]) -> str:
    """ "3, 5–9, 12" for the numbers 3, 5, 6, 7, 8, 9, 12."""
    ordered = sorted(set(numbers))
    runs: list[list[int]] = []
    for n in ordered:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)
