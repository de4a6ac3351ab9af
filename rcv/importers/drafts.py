"""From what a file says about a question (a :class:`Draft` of texts) to a checked Question.

Every importer fills drafts the same way, so every format is judged by the same rules: the kind
is read or inferred, the answer must be one of the options, Đúng/Sai is spelled any common way,
short answers keep all their accepted variants, the time is whole seconds. Nothing is guessed
silently: whatever cannot be read becomes an error naming where it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rcv.core.model import LETTERS, TRUE_FALSE_OPTIONS, Pool, Question, QuestionKind, fold_text
from rcv.importers.headers import fold, kind_from_label, pool_from_label
from rcv.importers.lengths import check_accepted, check_length
from rcv.importers.limits import FIELD_LIMITS, MAX_TIME_S
from rcv.importers.report import Location, Report, term
from rcv.importers.values import (
    answer_letter,
    parse_seconds,
    same_text,
    split_accepted,
    true_false_value,
)

ID_PREFIX = {
    Pool.MAIN: "M",
    Pool.TIEBREAK: "P",
    Pool.RESCUE: "R",
    Pool.AUDIENCE: "K",
    Pool.FINAL: "F",
}


@dataclass(slots=True)
class Draft:
    """A question as written in the file: every field still text, with where it came from."""

    where: Location
    text: str = ""
    id: str = ""
    options: list[str] = field(default_factory=list)
    answer: str = ""
    accepted: list[str] | None = None  # short answers given as a list (YAML/JSON)
    kind: str = ""
    pool: str = ""
    default_pool: Pool = Pool.MAIN
    time: str = ""
    explanation: str = ""
    source: str = ""
    media: str | None = None
    split_answer: bool = True  # "a; b" lists variants (sheets, Word); YAML gives lists itself
    broken: bool = False  # already reported as unreadable: build nothing, report no more
    warn_no_time: bool = True  # False when the file has no time at all (reported once)
    marked: str = ""  # Word: the letter of the option marked bold/underlined/coloured
    places: dict[str, Location] = field(default_factory=dict)  # field → exact location

    def at(self, fld: str) -> Location:
        return self.places.get(fld, self.where)


def check_question_lengths(draft: Draft, report: Report) -> bool:
    """Every text field of a question as written; False when one is too long to be used.

    The answer is checked as written here (one letter, an option's text, or several short
    answers in one cell); each accepted short answer is checked by :func:`check_accepted`.
    """
    ok = check_length(draft.id, "id", "id", draft.at("id"), report)
    ok &= check_length(draft.text, "text", "text", draft.at("text"), report, "text_too_long")
    for i, text in enumerate(draft.options[: len(LETTERS)]):
        fld = f"option_{LETTERS[i].lower()}"
        limit = FIELD_LIMITS["option"]
        if len(text) > limit.error:
            ok &= check_length(text, "option", fld, draft.at(fld), report)
        elif limit.warn is not None and len(text) > limit.warn:
            params = {"letter": LETTERS[i], "length": len(text), "limit": limit.warn}
            report.warn("option_too_long", draft.at(fld), fld, **params)
    ok &= check_length(draft.answer, "answer", "answer", draft.at("answer"), report)
    for fld in ("explanation", "source"):
        ok &= check_length(getattr(draft, fld), fld, fld, draft.at(fld), report)
    if draft.media:
        ok &= check_length(draft.media, "media", "media", draft.at("media"), report)
    return ok


def build(draft: Draft, report: Report) -> Question | None:
    """The question the draft describes, or None after reporting why it cannot be used."""
    if draft.broken:
        return None
    if not check_question_lengths(draft, report):
        return None
    errors_before = report.error_count
    if not draft.text:
        report.error("text_missing", draft.at("text"), "text")
    pool = _pool(draft, report)
    options = _options(draft, report)
    kind = _kind(draft, options, report)
    seconds = _time(draft, report, draft.warn_no_time)
    correct, accepted = "", ()
    if kind is QuestionKind.CHOICE:
        correct = _choice_answer(draft, options, report)
    elif kind is QuestionKind.TRUE_FALSE:
        options, correct = _true_false(draft, options, report)
    elif kind is QuestionKind.SHORT:
        accepted = _short_answers(draft, options, report)
    if report.error_count > errors_before or kind is None or pool is None:
        return None
    try:
        return Question(
            id=draft.id,
            text=draft.text,
            kind=kind,
            pool=pool,
            options=tuple(options),
            correct=correct,
            accepted=accepted,
            time_limit_s=seconds,
            explanation=draft.explanation,
            source=draft.source,
            media=draft.media,
        )
    except ValueError as exc:  # the model's own rules: should have been caught above
        report.error("question_invalid", draft.where, reason=str(exc))
        return None


def _pool(draft: Draft, report: Report) -> Pool | None:
    if not draft.pool:
        return draft.default_pool
    pool = pool_from_label(draft.pool)
    if pool is None:
        report.error("pool_unknown", draft.at("pool"), "pool", value=draft.pool)
    return pool


def _options(draft: Draft, report: Report) -> list[str]:
    options = list(draft.options)
    while options and not options[-1]:
        options.pop()
    for i, text in enumerate(options):
        if not text:
            later = next(j for j in range(i + 1, len(options)) if options[j])
            report.error(
                "option_gap",
                draft.at(f"option_{LETTERS[i].lower()}"),
                f"option_{LETTERS[i].lower()}",
                letter=LETTERS[i],
                later=LETTERS[later],
            )
            break
    if len(options) > len(LETTERS):
        report.error("options_too_many", draft.at("options"), "options", count=len(options))
    return options


def _is_true_false_pair(options: Sequence[str]) -> bool:
    return len(options) == 2 and [fold(o) for o in options] in (["dung", "sai"], ["true", "false"])


def _kind(draft: Draft, options: Sequence[str], report: Report) -> QuestionKind | None:
    if draft.kind:
        kind = kind_from_label(draft.kind)
        if kind is None:
            report.error("kind_unknown", draft.at("kind"), "kind", value=draft.kind)
        return kind
    if options:
        return QuestionKind.TRUE_FALSE if _is_true_false_pair(options) else QuestionKind.CHOICE
    answer = fold(draft.answer)
    if answer in {"dung", "sai", "d", "s", "true", "false"}:
        return QuestionKind.TRUE_FALSE
    text = f" {fold(draft.text)} "
    if " dung hay sai " in text or " dung sai " in text or " true or false " in text:
        return QuestionKind.TRUE_FALSE  # the question says so; its answer must then be Đ/S
    if answer_letter(draft.answer) is not None and len(draft.answer.strip()) <= 3:
        return QuestionKind.CHOICE  # "B" with no options: the options are missing
    return QuestionKind.SHORT


def _time(draft: Draft, report: Report, warn_missing: bool) -> int | None:
    if not draft.time:
        if warn_missing:
            report.warn("time_missing", draft.at("time"), "time")
        return None
    seconds = parse_seconds(draft.time)
    if seconds is None:
        report.error("time_invalid", draft.at("time"), "time", value=draft.time)
    elif seconds > MAX_TIME_S:
        report.error("time_too_long", draft.at("time"), "time", value=draft.time, limit=MAX_TIME_S)
        return None
    return seconds


def _letters_text(n: int) -> str:
    return ", ".join(LETTERS[:n]) if n else "A, B, C, D"


def _choice_answer(draft: Draft, options: Sequence[str], report: Report) -> str:
    if not 2 <= len(options) <= len(LETTERS):
        if len(options) < 2:
            report.error("options_too_few", draft.at("options"), "options", count=len(options))
        return ""
    letters = LETTERS[: len(options)]
    written = draft.answer.strip()
    if not written and draft.marked:
        written = draft.marked
    if not written:
        report.error(
            "answer_missing", draft.at("answer"), "answer", expected=_letters_text(len(options))
        )
        return ""
    letter = answer_letter(written)
    if letter is None:
        matches = [LETTERS[i] for i, o in enumerate(options) if same_text(o, written)]
        letter = matches[0] if len(matches) == 1 else None
    if letter is None:
        report.error(
            "answer_unclear",
            draft.at("answer"),
            "answer",
            answer=written,
            letters=_letters_text(len(options)),
        )
        return ""
    if letter not in letters:
        report.error(
            "answer_not_option",
            draft.at("answer"),
            "answer",
            answer=letter,
            letters=f"{letters[0]}–{letters[-1]}",
        )
        return ""
    if draft.marked and draft.marked != letter:
        report.error(
            "answer_conflict", draft.at("answer"), "answer", written=letter, marked=draft.marked
        )
        return ""
    return letter


def _true_false(draft: Draft, options: Sequence[str], report: Report) -> tuple[list[str], str]:
    if options and not _is_true_false_pair(options):
        report.error(
            "true_false_options", draft.at("options"), "options", options=" / ".join(options)
        )
        return list(TRUE_FALSE_OPTIONS), ""
    written = draft.answer.strip() or draft.marked
    if not written:
        report.error(
            "answer_missing", draft.at("answer"), "answer", expected=term("true_false_answer")
        )
        return list(TRUE_FALSE_OPTIONS), ""
    value = true_false_value(written)
    if value is None:
        report.error("answer_true_false", draft.at("answer"), "answer", answer=written)
        return list(TRUE_FALSE_OPTIONS), ""
    correct = "A" if value else "B"
    if draft.marked and draft.marked != correct:
        report.error(
            "answer_conflict", draft.at("answer"), "answer", written=correct, marked=draft.marked
        )
    return list(TRUE_FALSE_OPTIONS), correct


def _short_answers(draft: Draft, options: Sequence[str], report: Report) -> tuple[str, ...]:
    if options:
        report.error("options_for_short", draft.at("options"), "options")
    if draft.accepted is not None:
        accepted = tuple(a for a in draft.accepted if a)
    elif draft.split_answer:
        accepted = split_accepted(draft.answer)
    else:
        accepted = (draft.answer,) if draft.answer else ()
    if not accepted:
        report.error("answer_missing", draft.at("answer"), "answer", expected="…")
    elif not check_accepted(accepted, draft.at("answer"), report):
        return ()
    return accepted


def assign_ids(drafts: Sequence[Draft]) -> None:
    """Give drafts without an id one from their pool, as the sample bank does.

    M01, M02… main; P01… tie-break (phụ); R01… rescue; K01… audience (khán giả); F01… final.
    """
    used = {d.id for d in drafts if d.id}
    counters: dict[str, int] = {}
    for d in drafts:
        if d.id:
            continue
        pool = pool_from_label(d.pool) if d.pool else d.default_pool
        prefix = ID_PREFIX.get(pool or Pool.MAIN, "M")
        n = counters.get(prefix, 0)
        while True:
            n += 1
            candidate = f"{prefix}{n:02d}"
            if candidate not in used:
                break
        counters[prefix] = n
        used.add(candidate)
        d.id = candidate


def check_set(built: Sequence[tuple[Draft, Question | None]], report: Report) -> None:
    """Checks across questions: unique ids (error), repeated question texts (warning)."""
    ids: dict[str, Location] = {}
    texts: dict[str, Location] = {}
    for draft, _question in built:
        if draft.id in ids:
            report.error("id_duplicate", draft.at("id"), "id", id=draft.id, other=ids[draft.id])
        else:
            ids[draft.id] = draft.where
        key = fold_text(draft.text)
        if not key:
            continue
        if key in texts:
            report.warn("text_duplicate", draft.at("text"), "text", other=texts[key])
        else:
            texts[key] = draft.where
