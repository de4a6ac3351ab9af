"""Loading and saving question sets, whatever the file: the entry points the CLI and UI call.

``load_questions(path)`` reads .xlsx, .docx, .yaml/.yml or .json (recognised by content),
checks every question with the same rules, and returns a :class:`QuestionImport`: a QuestionSet
only when there is no error. ``save_questions`` writes rcv's YAML or JSON (by extension) and
the media files next to it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path, PurePosixPath

from rcv.core.model import Question, QuestionSet
from rcv.importers.docx_questions import read_docx_questions
from rcv.importers.drafts import assign_ids, build, check_set
from rcv.importers.limits import FIELD_LIMITS, MAX_QUESTIONS
from rcv.importers.parsed import Parsed
from rcv.importers.report import Report
from rcv.importers.results import QuestionImport, count_questions
from rcv.importers.sources import FileKind, Source, open_source
from rcv.importers.xlsx_questions import read_xlsx_questions
from rcv.importers.yaml_questions import dump_json, dump_yaml, read_yaml_questions

QUESTION_FILES = frozenset({FileKind.XLSX, FileKind.DOCX, FileKind.YAML, FileKind.JSON})
_READERS: Mapping[FileKind, Callable[[Source, Report], Parsed]] = {
    FileKind.XLSX: read_xlsx_questions,
    FileKind.DOCX: read_docx_questions,
    FileKind.YAML: read_yaml_questions,
    FileKind.JSON: read_yaml_questions,
}


def load_questions(path: Path | str) -> QuestionImport:
    """Read and check a question file. ``result.questions`` is None if anything is wrong."""
    path = Path(path)
    report = Report()
    source = open_source(path, report, QUESTION_FILES)
    if source is None:
        return QuestionImport(path, None, report)
    parsed = _READERS[source.kind](source, report)
    return _finish(source, parsed, report)


def _finish(source: Source, parsed: Parsed, report: Report) -> QuestionImport:
    if not parsed.drafts and report.ok:
        report.error("no_questions", source.where)
    if len(parsed.drafts) > MAX_QUESTIONS:
        report.error(
            "too_many_questions", source.where, count=len(parsed.drafts), limit=MAX_QUESTIONS
        )
        return QuestionImport(source.path, None, report)
    title_limit = FIELD_LIMITS["title"].error
    if len(parsed.title) > title_limit:
        report.warn("title_too_long", source.where, length=len(parsed.title), limit=title_limit)
        parsed.title = parsed.title[:title_limit].rstrip()
    assign_ids(parsed.drafts)
    built = [(d, build(d, report)) for d in parsed.drafts]
    check_set(built, report)
    good: list[Question] = [q for _, q in built if q is not None]
    counts = count_questions(good)
    if not report.ok:
        return QuestionImport(source.path, None, report, counts)
    media = {q.media: parsed.media[q.media] for q in good if q.media in parsed.media}
    question_set = QuestionSet(tuple(good), title=parsed.title)
    return QuestionImport(source.path, question_set, report, counts, media)


def save_questions(
    questions: QuestionSet, out: Path | str, media: Mapping[str, bytes] | None = None
) -> list[Path]:
    """Write the set as YAML (.yaml/.yml) or JSON (.json), and its media beside it.

    Returns the files written. Media paths are relative to the output file's folder.
    """
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".yaml", ".yml", ".json"):
        raise ValueError(f"rcv writes questions as .yaml, .yml or .json, not {out.suffix!r}")
    text = dump_json(questions) if suffix == ".json" else dump_yaml(questions)
    out.parent.mkdir(parents=True, exist_ok=True)
    written = []
    for relative, data in (media or {}).items():
        target = out.parent / PurePosixPath(relative)
        if target.exists() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(target)
    out.write_text(text, encoding="utf-8")
    written.append(out)
    return written
