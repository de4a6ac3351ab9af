"""An import's report in the reader's words: what :mod:`rcv.importers` found, as sentences.

The importers give a :class:`~rcv.importers.report.Report` of codes, places and parameters; here
a :class:`~rcv.i18n.Words` turns it into text: a problem's sentence (:func:`problem_text`), its
place (:func:`location_text`), a report line by line (:func:`report_lines`,
:func:`report_text`), and the whole result of an import with its summary and verdict
(:func:`import_text`: what ``rcv questions check`` prints and the console's import dialog
shows). The sentences for the problem codes are in :mod:`.importing_problems` and
:mod:`.importing_limits`; the words around them (places, fields, severities, the summary, the
words of rcv's own inside parameters) are here. How a number is written (1.500.000 or
1,500,000) is the catalogue's too: :data:`NUMBER_STYLE` is a sample number in the language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rcv.core.model import Pool, QuestionKind
from rcv.i18n import QT_TRANSLATE_NOOP, Words
from rcv.i18n.phrases.importing_limits import LIMIT_PROBLEMS
from rcv.i18n.phrases.importing_problems import FILE_PROBLEMS, QUESTION_PROBLEMS
from rcv.i18n.phrases.importing_units import UNIT_PROBLEMS
from rcv.importers.report import Entry, Location, Problem, Report, Severity, Term
from rcv.importers.results import QuestionImport, RosterImport

PROBLEM, FIELD, PLACE, SUMMARY, TERM, NUMBER = (
    "Import",
    "ImportField",
    "ImportPlace",
    "ImportSummary",
    "ImportTerm",
    "ImportNumber",
)
MAX_SHOWN = 120  # a value quoted in a message is cut to this many characters

PROBLEMS: Mapping[str, str] = {
    **FILE_PROBLEMS,
    **QUESTION_PROBLEMS,
    **LIMIT_PROBLEMS,
    **UNIT_PROBLEMS,
}

FIELD_LABELS: Mapping[str, str] = {
    "id": QT_TRANSLATE_NOOP("ImportField", "Mã câu"),
    "ordinal": QT_TRANSLATE_NOOP("ImportField", "STT"),
    "text": QT_TRANSLATE_NOOP("ImportField", "Câu hỏi"),
    "answer": QT_TRANSLATE_NOOP("ImportField", "Đáp án"),
    "kind": QT_TRANSLATE_NOOP("ImportField", "Loại câu"),
    "pool": QT_TRANSLATE_NOOP("ImportField", "Vòng"),
    "time": QT_TRANSLATE_NOOP("ImportField", "Thời gian (giây)"),
    "explanation": QT_TRANSLATE_NOOP("ImportField", "Giải thích"),
    "source": QT_TRANSLATE_NOOP("ImportField", "Nguồn"),
    "media": QT_TRANSLATE_NOOP("ImportField", "Hình ảnh"),
    "options": QT_TRANSLATE_NOOP("ImportField", "Phương án"),
    "option_a": QT_TRANSLATE_NOOP("ImportField", "Phương án A"),
    "option_b": QT_TRANSLATE_NOOP("ImportField", "Phương án B"),
    "option_c": QT_TRANSLATE_NOOP("ImportField", "Phương án C"),
    "option_d": QT_TRANSLATE_NOOP("ImportField", "Phương án D"),
    "option_e": QT_TRANSLATE_NOOP("ImportField", "Phương án E"),
    "option_f": QT_TRANSLATE_NOOP("ImportField", "Phương án F"),
    "sbd": QT_TRANSLATE_NOOP("ImportField", "SBD"),
    "name": QT_TRANSLATE_NOOP("ImportField", "Họ và tên"),
    "family_name": QT_TRANSLATE_NOOP("ImportField", "Họ"),
    "given_name": QT_TRANSLATE_NOOP("ImportField", "Tên"),
    "unit": QT_TRANSLATE_NOOP("ImportField", "Đơn vị"),
    "group": QT_TRANSLATE_NOOP("ImportField", "Lớp/Nhóm"),
    "seat": QT_TRANSLATE_NOOP("ImportField", "Số ghế"),
    "checkin": QT_TRANSLATE_NOOP("ImportField", "Mã check-in"),
}  # any other field (a YAML key: questions, format, title) is shown as it is written

PLACES: Mapping[str, str] = {  # in the order a place is read: file, sheet, …, question
    "sheet": QT_TRANSLATE_NOOP("ImportPlace", 'trang tính "{sheet}"'),
    "table": QT_TRANSLATE_NOOP("ImportPlace", "bảng {table}"),
    "row": QT_TRANSLATE_NOOP("ImportPlace", "dòng {row}"),
    "line": QT_TRANSLATE_NOOP("ImportPlace", "dòng {line}"),
    "paragraph": QT_TRANSLATE_NOOP("ImportPlace", "đoạn {paragraph}"),
    "column": QT_TRANSLATE_NOOP("ImportPlace", "cột {column}"),
    "question": QT_TRANSLATE_NOOP("ImportPlace", "câu {question}"),
}
MERGED_PLACES: Mapping[str, str] = {  # warnings alike but for their row, printed once
    "row": QT_TRANSLATE_NOOP("ImportPlace", "các dòng {rows}"),
    "paragraph": QT_TRANSLATE_NOOP("ImportPlace", "các đoạn {paragraphs}"),
    "line": QT_TRANSLATE_NOOP("ImportPlace", "các dòng {lines}"),
}

SEVERITIES: Mapping[Severity, str] = {
    Severity.ERROR: QT_TRANSLATE_NOOP("ImportSummary", "LỖI"),
    Severity.WARNING: QT_TRANSLATE_NOOP("ImportSummary", "Cảnh báo"),
}
NO_PROBLEMS = QT_TRANSLATE_NOOP("ImportSummary", "Không có vấn đề nào.")
USABLE = QT_TRANSLATE_NOOP("ImportSummary", "Tệp dùng được.")
UNUSABLE = QT_TRANSLATE_NOOP(
    "ImportSummary",
    "Tệp CHƯA dùng được: sửa {count} lỗi ở trên rồi kiểm tra lại. Chưa có gì được nhập.",
)
READ_QUESTIONS = QT_TRANSLATE_NOOP("ImportSummary", "Đã đọc {count} câu hỏi hợp lệ")
READ_CONTESTANTS = QT_TRANSLATE_NOOP("ImportSummary", "Đã đọc {count} thí sinh")
WARNINGS = QT_TRANSLATE_NOOP("ImportSummary", "{count} cảnh báo")
POOLS: Mapping[Pool, str] = {
    Pool.MAIN: QT_TRANSLATE_NOOP("ImportSummary", "Câu hỏi chính"),
    Pool.TIEBREAK: QT_TRANSLATE_NOOP("ImportSummary", "Câu hỏi phụ"),
    Pool.RESCUE: QT_TRANSLATE_NOOP("ImportSummary", "Cứu trợ"),
    Pool.AUDIENCE: QT_TRANSLATE_NOOP("ImportSummary", "Khán giả"),
    Pool.FINAL: QT_TRANSLATE_NOOP("ImportSummary", "Chuông vàng"),
}
KINDS: Mapping[QuestionKind, str] = {
    QuestionKind.CHOICE: QT_TRANSLATE_NOOP("ImportSummary", "trắc nghiệm"),
    QuestionKind.TRUE_FALSE: QT_TRANSLATE_NOOP("ImportSummary", "đúng/sai"),
    QuestionKind.SHORT: QT_TRANSLATE_NOOP("ImportSummary", "trả lời ngắn"),
}

TERMS: Mapping[str, str] = {  # rcv's own words inside a parameter (a :class:`Term`)
    "office_lock_file": QT_TRANSLATE_NOOP("ImportTerm", "tệp khoá tạm của Office"),
    "not_a_file": QT_TRANSLATE_NOOP("ImportTerm", "không phải tệp thường"),
    "folder": QT_TRANSLATE_NOOP("ImportTerm", "đây là thư mục"),
    "damaged_zip": QT_TRANSLATE_NOOP("ImportTerm", "zip hỏng"),
    "damaged_zip_error": QT_TRANSLATE_NOOP("ImportTerm", "zip hỏng: {error}"),
    "not_office": QT_TRANSLATE_NOOP("ImportTerm", "không phải tệp Office"),
    "not_utf8": QT_TRANSLATE_NOOP("ImportTerm", "không phải UTF-8 ({error})"),
    "one_yaml_document": QT_TRANSLATE_NOOP("ImportTerm", "tệp chỉ được có một tài liệu YAML"),
    "all_parts": QT_TRANSLATE_NOOP("ImportTerm", "{count} phần"),
    "question_columns": QT_TRANSLATE_NOOP("ImportTerm", "Câu hỏi, Phương án A–D, Đáp án"),
    "true_false_answer": QT_TRANSLATE_NOOP("ImportTerm", "Đúng / Sai"),
    "yaml_question_list": QT_TRANSLATE_NOOP("ImportTerm", "một danh sách câu hỏi"),
    "yaml_text": QT_TRANSLATE_NOOP("ImportTerm", "một đoạn chữ"),
    "yaml_question": QT_TRANSLATE_NOOP("ImportTerm", "một câu hỏi có các khoá id, text…"),
    "yaml_option_list": QT_TRANSLATE_NOOP("ImportTerm", "một danh sách phương án"),
    "yaml_answer": QT_TRANSLATE_NOOP("ImportTerm", "một chữ cái hoặc Đúng/Sai"),
}

# A number written the language's way: its second character groups thousands, its last but one
# marks the decimals.
NUMBER_STYLE = QT_TRANSLATE_NOOP("ImportNumber", "1.234.567,5")

CONVERT: Mapping[str, str] = {  # ``rcv questions convert``'s own lines
    "wrong_suffix": QT_TRANSLATE_NOOP(
        "ImportSummary", "Tệp ra phải có đuôi .yaml, .yml hoặc .json"
    ),
    "cannot_write": QT_TRANSLATE_NOOP("ImportSummary", "Không ghi được {path} ({reason})"),
    "written": QT_TRANSLATE_NOOP("ImportSummary", "Đã ghi: {files}"),
}

TABLES: tuple[tuple[str, Iterable[str]], ...] = (  # every template, with its context
    (PROBLEM, PROBLEMS.values()),
    (FIELD, FIELD_LABELS.values()),
    (PLACE, (*PLACES.values(), *MERGED_PLACES.values())),
    (SUMMARY, (*SEVERITIES.values(), NO_PROBLEMS, USABLE, UNUSABLE, READ_QUESTIONS)),
    (SUMMARY, (READ_CONTESTANTS, WARNINGS, *POOLS.values(), *KINDS.values())),
    (SUMMARY, CONVERT.values()),
    (TERM, TERMS.values()),
    (NUMBER, (NUMBER_STYLE,)),
)


# -- numbers, fields, places ---------------------------------------------------------------------
def number_text(value: float, words: Words) -> str:
    """A count or size the reader's way: 1.500.000 and 0,5 in Vietnamese, 1,500,000 and 0.5 in
    English; numbers below 10,000 (row numbers, years) are left ungrouped."""
    text = f"{value:,}" if abs(value) >= 10_000 else str(value)
    if isinstance(value, float) and value.is_integer():
        text = text.removesuffix(".0")
    style = words(NUMBER, NUMBER_STYLE)
    if len(style) < 4:  # a broken translation: keep the source's marks
        style = NUMBER_STYLE
    return text.translate(str.maketrans({",": style[1], ".": style[-2]}))


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


def field_label(field: str, words: Words) -> str:
    """How a field is called in a report ("Đáp án" / "Answer")."""
    source = FIELD_LABELS.get(field)
    return words(FIELD, source) if source else field


def location_parts(location: Location, words: Words, *, with_file: bool = True) -> list[str]:
    """The place, piece by piece: the file, 'trang tính "Phụ"', 'dòng 12', 'cột G'…"""
    out: list[str] = [location.file] if with_file else []
    for name, template in PLACES.items():
        value = getattr(location, name)
        if value is not None:
            out.append(words(PLACE, template, **{name: value}))
    return out


def location_text(location: Location, words: Words, *, with_file: bool = True) -> str:
    """A place inside a sentence: 'dòng 4', 'trang tính "Phụ", dòng 4'."""
    return ", ".join(location_parts(location, words, with_file=with_file))


def term_text(term: Term, words: Words) -> str:
    """A word of rcv's own given as a parameter, in the reader's words."""
    return words(TERM, TERMS[term.code], **_shown(term.params, None, words))


# -- problems and reports ------------------------------------------------------------------------
def problem_text(problem: Problem, words: Words) -> str:
    """The problem's sentence (without its place): what is wrong, what to do."""
    params = _shown(problem.params, problem.location, words)
    return words(PROBLEM, PROBLEMS[problem.code], **params)


def entry_text(entry: Entry, words: Words) -> str:
    """One line of a report: 'LỖI: de.xlsx › trang tính "Phụ" › dòng 12 › cột G › Đáp án: …'."""
    problem = entry.problem
    where = location_parts(entry.location, words)
    if entry.merged:
        numbers = {f"{entry.counted}s": compact_numbers(entry.numbers)}
        where.append(words(PLACE, MERGED_PLACES[entry.counted], **numbers))
    if problem.field:
        where.append(field_label(problem.field, words))
    label = words(SUMMARY, SEVERITIES[problem.severity])
    return f"{label}: {' › '.join(where)}: {problem_text(problem, words)}"


def problem_line(problem: Problem, words: Words) -> str:
    """One problem as a report line, with its severity and place."""
    return entry_text(Entry(problem), words)


def report_lines(report: Report, words: Words) -> list[str]:
    """Errors first, then warnings; warnings alike but for their row are merged."""
    return [entry_text(e, words) for e in report.entries()]


def report_text(report: Report, words: Words) -> str:
    """Every line of the report, or that there is no problem."""
    return "\n".join(report_lines(report, words) or [words(SUMMARY, NO_PROBLEMS)])


# -- the whole import ----------------------------------------------------------------------------
def summary_line(counts: Mapping[tuple[Pool, QuestionKind], int], words: Words) -> str:
    """ "Đã đọc 42 câu hỏi hợp lệ: Câu hỏi chính 30 (trắc nghiệm 25, đúng/sai 5), …"."""
    parts = []
    for pool in Pool:
        kinds = [(k, counts.get((pool, k), 0)) for k in QuestionKind]
        n = sum(c for _, c in kinds)
        if not n:
            continue
        detail = ", ".join(f"{words(SUMMARY, KINDS[k])} {c}" for k, c in kinds if c)
        parts.append(f"{words(SUMMARY, POOLS[pool])} {n} ({detail})")
    head = words(SUMMARY, READ_QUESTIONS, count=sum(counts.values()))
    return head + (": " + "; ".join(parts) if parts else "") + "."


def verdict_lines(report: Report, words: Words) -> list[str]:
    """How many warnings, and whether the file can be used."""
    out = []
    if report.warnings:
        out.append(words(SUMMARY, WARNINGS, count=len(report.warnings)) + ".")
    if report.ok:
        out.append(words(SUMMARY, USABLE))
    else:
        out.append(words(SUMMARY, UNUSABLE, count=len(report.errors)))
    return out


def import_text(result: QuestionImport | RosterImport, words: Words) -> str:
    """The whole report of an import, as ``rcv questions check`` / ``rcv roster check`` print
    it and the console's import dialog shows it: the problems, what was read, the verdict."""
    if isinstance(result, QuestionImport):
        head = summary_line(result.counts, words)
    else:
        head = words(SUMMARY, READ_CONTESTANTS, count=result.count) + "."
    lines = [report_text(result.report, words), "", head]
    return "\n".join([*lines, *verdict_lines(result.report, words)])


def convert_text(code: str, words: Words, **params: object) -> str:
    """A line of ``rcv questions convert`` about the file it writes (see :data:`CONVERT`)."""
    return words(SUMMARY, CONVERT[code], **params)


def _shown(params: Mapping[str, object], base: Location | None, words: Words) -> dict[str, object]:
    """Parameters ready for a template: places and terms in words, numbers the reader's way,
    long quoted values cut. A place in the same sheet as ``base`` is named without the sheet."""
    out: dict[str, object] = {}
    for key, value in params.items():
        if isinstance(value, Location):
            here = base or Location("")
            same_sheet = (value.file, value.sheet, value.table) == (
                here.file,
                here.sheet,
                here.table,
            )
            shown = value.at(sheet=None, table=None) if same_sheet else value
            out[key] = location_text(shown, words, with_file=value.file != here.file)
        elif isinstance(value, Term):
            out[key] = term_text(value, words)
        elif key == "field" and isinstance(value, str):
            out[key] = field_label(value, words)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            out[key] = number_text(value, words)
        elif isinstance(value, str) and len(value) > MAX_SHOWN:
            out[key] = value[: MAX_SHOWN - 1] + "…"
        else:
            out[key] = value
    return out
