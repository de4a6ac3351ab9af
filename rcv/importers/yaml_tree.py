"""A YAML or JSON text as a tree of values with their line numbers, read with bounded cost.

``yaml.safe_load`` is not enough for files from outside: anchors and aliases let a 1 kB file
stand for billions of values ("billion laughs"), and deep nesting exhausts the stack. The tree
is therefore built here straight from the parser's events, with no recursion: an alias is
refused with its line (rcv's files never need one), and nesting depth and the number of values
are capped. JSON is checked with :mod:`json` first, for exact syntax messages; numbers too long
or too large for a float are kept as the text written, never converted.

Values stay the text the secretary typed (no YAML type guessing): a scalar is a ``str``, or None
for an empty/null value; a mapping is ``dict[str, Node]``; a sequence ``list[Node]``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

import yaml

from rcv.importers.limits import MAX_JSON_DIGITS, MAX_YAML_DEPTH, MAX_YAML_NODES
from rcv.importers.report import Report, term
from rcv.importers.sources import FileKind, Source
from rcv.importers.values import scalar_text

_NULL = "tag:yaml.org,2002:null"
_NOT_A_KEY = "<?>"


@dataclass(frozen=True, slots=True)
class Node:
    """A value of the file with the line it starts on (None when unknown, as for JSON)."""

    value: Any  # str | None | list[Node] | dict[str, Node]
    line: int | None


class _Refused(Exception):
    """The text passes a bound: the report line is ready in ``code`` and ``params``."""

    def __init__(self, code: str, at: int, **params: object) -> None:
        super().__init__(code)
        self.code, self.at, self.params = code, at, params


@dataclass(slots=True)
class _Frame:
    """A mapping or sequence being built, and the key waiting for its value."""

    items: dict[str, Node] | list[Node]
    line: int
    key: str | None = None


def parse_tree(source: Source, report: Report) -> Node | None:
    """The file's tree, or None after reporting why it cannot be read."""
    try:
        text = source.data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        reason = term("not_utf8", error=exc.reason)
        report.error("yaml_syntax", source.where, line="?", column="?", reason=reason)
        return None
    data: Any = None
    if source.kind is FileKind.JSON:
        try:
            data = json.loads(
                text, parse_int=_json_int, parse_float=_json_float, parse_constant=str
            )
        except json.JSONDecodeError as exc:
            where = source.where.at(line=exc.lineno)
            report.error("yaml_syntax", where, line=exc.lineno, column=exc.colno, reason=exc.msg)
            return None
        except RecursionError:
            data = None  # nested too deeply: the YAML pass below names the line
    try:
        return _compose(text) if data is None else _compose_json(text, data)
    except _Refused as refused:
        where = source.where.at(line=refused.at) if refused.at else source.where
        report.error(refused.code, where, **refused.params)
        return None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark else "?"
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if "nesting depth" in reason:  # libyaml's own bound, met while reading ahead
            where = source.where.at(line=line) if mark else source.where
            report.error("yaml_too_deep", where, limit=MAX_YAML_DEPTH)
            return None
        report.error(
            "yaml_syntax",
            source.where.at(line=line) if mark else source.where,
            line=line,
            column=mark.column + 1 if mark else "?",
            reason=reason,
        )
        return None


def _compose_json(text: str, data: Any) -> Node:
    """JSON is YAML, which gives line numbers; JSON the YAML 1.1 parser rejects is read bare."""
    try:
        return _compose(text)
    except yaml.YAMLError:
        return _plain(data, 0, [MAX_YAML_NODES])


def _json_int(text: str) -> int | str:
    return int(text) if len(text.lstrip("-")) <= MAX_JSON_DIGITS else text


def _json_float(text: str) -> float | str:
    value = float(text)
    return value if math.isfinite(value) else text


def _plain(value: Any, depth: int, budget: list[int]) -> Node:
    """A tree from JSON data (used when the YAML parser cannot read a valid JSON text)."""
    budget[0] -= 1
    if depth > MAX_YAML_DEPTH:
        raise _Refused("yaml_too_deep", 0, limit=MAX_YAML_DEPTH)
    if budget[0] < 0:
        raise _Refused("yaml_too_many_values", 0, limit=MAX_YAML_NODES)
    if isinstance(value, dict):
        return Node({str(k): _plain(v, depth + 1, budget) for k, v in value.items()}, None)
    if isinstance(value, list):
        return Node([_plain(v, depth + 1, budget) for v in value], None)
    return Node(None if value is None else scalar_text(value), None)


def _compose(text: str) -> Node:
    """The tree built from the parser's events, refusing aliases, deep nesting, huge counts."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)  # libyaml when installed
    stack: list[_Frame] = []
    root: Node | None = None
    documents = 0
    count = 0
    try:
        while (event := loader.get_event()) is not None:
            line = event.start_mark.line + 1 if event.start_mark else 0
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise _Refused(
                        "yaml_syntax",
                        line,
                        line=line,
                        column=1,
                        reason=term("one_yaml_document"),
                    )
                continue
            if isinstance(event, yaml.AliasEvent):
                raise _Refused("yaml_alias", line, alias=event.anchor)
            if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                count += 1
                if len(stack) >= MAX_YAML_DEPTH:
                    raise _Refused("yaml_too_deep", line, limit=MAX_YAML_DEPTH)
                items: dict[str, Node] | list[Node] = (
                    {} if isinstance(event, yaml.MappingStartEvent) else []
                )
                stack.append(_Frame(items, line))
                continue
            if isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                frame = stack.pop()
                root = _attach(stack, Node(frame.items, frame.line), _NOT_A_KEY) or root
                continue
            if isinstance(event, yaml.ScalarEvent):
                count += 1
                tag = event.tag
                if tag is None or tag == "!":
                    tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
                value = None if tag == _NULL and event.style is None else str(event.value)
                root = _attach(stack, Node(value, line), str(event.value)) or root
            if count > MAX_YAML_NODES:
                raise _Refused("yaml_too_many_values", line, limit=MAX_YAML_NODES)
    finally:
        loader.dispose()
    return root if root is not None else Node(None, 1)


def _attach(stack: list[_Frame], node: Node, key_text: str) -> Node | None:
    """Put a finished node in its parent; returns it when it is the document's root."""
    if not stack:
        return node
    frame = stack[-1]
    if isinstance(frame.items, list):
        frame.items.append(node)
    elif frame.key is None:
        frame.key = key_text
    else:
        frame.items[frame.key] = node
        frame.key = None
    return None
