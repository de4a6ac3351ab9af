"""rcv's own question format, YAML (or JSON with the same structure): reading and writing.

Schema (``format: rcv-questions``, ``version: 1``)::

    title: "…"
    questions:
      - {id, pool, kind, text, options, answer, time, explanation, source, media}

Values are read from the YAML node tree as the secretary typed them, never through YAML's type
guessing, so ``answer: 0,25``, ``id: 010`` or ``answer: yes`` stay what was written, and every
problem names its line. Writing then reading a set gives an equal QuestionSet.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import yaml

from rcv.core.model import Question, QuestionKind, QuestionSet
from rcv.importers.drafts import Draft
from rcv.importers.parsed import Parsed, attach_media
from rcv.importers.report import Location, Report, term
from rcv.importers.sources import Source
from rcv.importers.values import scalar_text
from rcv.importers.yaml_tree import Node, parse_tree

FORMAT = "rcv-questions"
VERSION = 1
TOP_KEYS = ("format", "version", "title", "questions")
QUESTION_KEYS = (
    "id",
    "pool",
    "kind",
    "text",
    "options",
    "answer",
    "time",
    "explanation",
    "source",
    "media",
)


def read_yaml_questions(source: Source, report: Report) -> Parsed:
    """Drafts from an rcv YAML or JSON question file."""
    parsed = Parsed()
    root = parse_tree(source, report)
    if root is None:
        return parsed
    where = source.where
    if not isinstance(root.value, dict) or _scalar(root.value.get("format")) != FORMAT:
        report.error("yaml_format", where.at(line=1))
        return parsed
    top: dict[str, Node] = root.value
    version = _scalar(top.get("version"))
    if version not in (str(VERSION), f"{VERSION}.0"):
        report.error("yaml_version", _at(where, top.get("version"), root), version=version)
        return parsed
    _unknown_keys(top, TOP_KEYS, where, report)
    parsed.title = _text(top, "title", where, report)
    questions = top.get("questions")
    if questions is None or not isinstance(questions.value, list):
        report.error(
            "yaml_type",
            _at(where, questions, root),
            field="questions",
            expected=term("yaml_question_list"),
        )
        return parsed
    for item in questions.value:
        draft = _draft(item, where, source.path.parent, parsed, report)
        if draft is not None:
            parsed.drafts.append(draft)
    return parsed


def _at(where: Location, node: Node | None, fallback: Node) -> Location:
    line = node.line if node is not None else fallback.line
    return where.at(line=line) if line is not None else where


def _scalar(node: Node | None) -> str:
    if node is None or node.value is None:
        return ""
    return node.value.strip() if isinstance(node.value, str) else "<?>"


def _text(item: dict[str, Node], key: str, where: Location, report: Report) -> str:
    node = item.get(key)
    if node is None or node.value is None:
        return ""
    if not isinstance(node.value, str):
        report.error(
            "yaml_type", _at(where, node, node), key, field=key, expected=term("yaml_text")
        )
        return ""
    return scalar_text(node.value)


def _unknown_keys(
    item: Mapping[str, Node], known: tuple[str, ...], where: Location, report: Report
) -> None:
    for key, node in item.items():
        if key not in known:
            report.warn("yaml_unknown_key", _at(where, node, node), key=key, known=", ".join(known))


def _draft(item: Node, where: Location, base: Path, parsed: Parsed, report: Report) -> Draft | None:
    here = _at(where, item, item)
    if not isinstance(item.value, dict):
        report.error(
            "yaml_type",
            here,
            field="questions[…]",
            expected=term("yaml_question"),
        )
        return None
    fields: dict[str, Node] = item.value
    _unknown_keys(fields, QUESTION_KEYS, where, report)
    draft = Draft(where=here, split_answer=False)
    draft.places = {k: _at(where, n, item) for k, n in fields.items()}
    draft.places["options"] = draft.places.get("options", here)
    draft.id = _text(fields, "id", where, report)
    if not draft.id:
        report.error("id_missing", draft.at("id"), "id")
    for key in ("text", "kind", "pool", "time", "explanation", "source"):
        setattr(draft, key, _text(fields, key, where, report))
    options = fields.get("options")
    if options is not None and options.value is not None:
        if isinstance(options.value, list) and all(
            isinstance(o.value, str | None) for o in options.value
        ):
            draft.options = [scalar_text(o.value) for o in options.value]
        else:
            report.error(
                "yaml_type",
                draft.at("options"),
                "options",
                field="options",
                expected=term("yaml_option_list"),
            )
    answer = fields.get("answer")
    if answer is not None and isinstance(answer.value, list):
        draft.accepted = [scalar_text(a.value) for a in answer.value if isinstance(a.value, str)]
        if draft.kind and draft.kind != QuestionKind.SHORT.value:
            report.error(
                "yaml_type",
                draft.at("answer"),
                "answer",
                field="answer",
                expected=term("yaml_answer"),
            )
        draft.kind = draft.kind or QuestionKind.SHORT.value
    else:
        draft.answer = _text(fields, "answer", where, report)
    media = _text(fields, "media", where, report)
    if media:
        draft.media = attach_media(media, base, draft.at("media"), parsed, report)
    return draft


def question_data(q: Question) -> dict[str, object]:
    """One question in the schema's terms, optional fields only when set."""
    data: dict[str, object] = {
        "id": q.id,
        "pool": q.pool.value,
        "kind": q.kind.value,
        "text": q.text,
    }
    if q.kind is QuestionKind.CHOICE:
        data["options"] = list(q.options)
        data["answer"] = q.correct
    elif q.kind is QuestionKind.TRUE_FALSE:
        data["answer"] = "Đúng" if q.correct == "A" else "Sai"
    else:
        data["answer"] = q.accepted[0] if len(q.accepted) == 1 else list(q.accepted)
    if q.time_limit_s is not None:
        data["time"] = q.time_limit_s
    for key in ("explanation", "source", "media"):
        if value := getattr(q, key):
            data[key] = value
    return data


def set_data(questions: QuestionSet) -> dict[str, object]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "title": questions.title,
        "questions": [question_data(q) for q in questions.questions],
    }


class _Flow(list[str]):
    """A list written on one line, as options are in the schema."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(
    _Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True)
)


def dump_yaml(questions: QuestionSet) -> str:
    data = set_data(questions)
    for q in data["questions"]:  # type: ignore[attr-defined]
        if "options" in q:
            q["options"] = _Flow(q["options"])
    return yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=100,
    )


def dump_json(questions: QuestionSet) -> str:
    return json.dumps(set_data(questions), ensure_ascii=False, indent=2) + "\n"
