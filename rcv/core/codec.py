"""Turn the core's frozen dataclasses into plain JSON-able dicts and back.

Used by storage (events, rules, questions are stored as JSON) and by the hash chain (a canonical
encoding). Supports what the core uses: str, int, float, bool, None, StrEnum, tuples, dicts with
str keys, nested dataclasses and ``X | None``.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable
from enum import Enum
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


def to_plain(value: Any) -> Any:
    """A dataclass (or anything inside one) as JSON-able values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: to_plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.init  # derived fields (indexes) are rebuilt, not stored
        }
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_plain(cls: type[T], data: Any) -> T:
    """Rebuild an instance of ``cls`` from what :func:`to_plain` made. Unknown keys are refused."""
    return typing.cast(T, _build(cls, data))


def decoder(cls: type[T]) -> Callable[[Any], T]:
    """The function :func:`from_plain` uses for ``cls``, looked up once: a reader of
    thousands of values of a few types calls it directly, with the same checks."""
    return _builder(cls)


def _build(tp: Any, data: Any) -> Any:
    return _builder(tp)(data)


@cache
def _builder(tp: Any) -> Callable[[Any], Any]:
    """The function that rebuilds a value of type ``tp``: worked out once per type (reopening
    a show decodes tens of thousands of events of a few dozen types)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        optional = type(None) in args
        inner = [a for a in args if a is not type(None)]

        def union(data: Any) -> Any:
            if data is None and optional:
                return None
            (only,) = inner
            return _builder(only)(data)

        return union
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            item = args[0]
            return lambda data: tuple(_builder(item)(v) for v in data)
        return lambda data: tuple(_builder(a)(v) for a, v in zip(args, data, strict=True))
    if origin is dict:
        key_t, val_t = typing.get_args(tp)
        return lambda data: {key_t(k): _builder(val_t)(v) for k, v in data.items()}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _dataclass_builder(tp)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp
    if tp is float:
        return _float
    if tp in (int, str, bool):

        def scalar(data: Any) -> Any:
            if not isinstance(data, tp):
                raise TypeError(f"expected {tp.__name__}, got {data!r}")
            return data

        return scalar
    return _same


def _dataclass_builder(tp: type) -> Callable[[Any], Any]:
    names = frozenset(f.name for f in dataclasses.fields(tp) if f.init)
    # str / int / bool fields are checked inline (most of an event), the others have a builder;
    # worked out on first use (types may nest), whole, so a second thread sees all or nothing
    resolved: list[tuple[dict[str, type], dict[str, Callable[[Any], Any]]]] = []
    fast: list[tuple[tuple[str, ...], tuple[type, ...]]] = []  # all-plain types: keys, kinds

    def resolve() -> tuple[dict[str, type], dict[str, Callable[[Any], Any]]]:
        hints = _hints(tp)
        plain = {n: hints[n] for n in names if hints[n] in (int, str, bool)}
        return plain, {n: _builder(hints[n]) for n in names if n not in plain}

    def build(data: Any) -> Any:
        if fast and type(data) is dict:
            # what canonical_json wrote: every field, in sorted order, each of its kind; the
            # same checks as below, run in C (a 1,000-seat show reopens some 32,000 answers)
            keys, kinds = fast[0]
            if tuple(data) == keys and all(map(isinstance, data.values(), kinds)):
                return tp(**data)
        if not isinstance(data, dict):
            raise TypeError(f"{tp.__name__}: expected an object, got {type(data).__name__}")
        if not names.issuperset(data):
            raise TypeError(f"{tp.__name__}: unknown fields {sorted(set(data) - names)}")
        if not resolved:
            resolved.append(resolve())
            if not resolved[0][1]:  # every field a str, int or bool (an answer, a press)
                keys = tuple(sorted(names))
                fast.append((keys, tuple(resolved[0][0][k] for k in keys)))
        plain, fields = resolved[0]
        if not fields:  # every field a str, int or bool (an answer, a press): checked, as is
            for k, v in data.items():
                if not isinstance(v, plain[k]):
                    raise TypeError(f"expected {plain[k].__name__}, got {v!r}")
            return tp(**data)
        values = {}
        for k, v in data.items():
            kind = plain.get(k)
            if kind is None:
                values[k] = fields[k](v)
            elif isinstance(v, kind):
                values[k] = v
            else:
                raise TypeError(f"expected {kind.__name__}, got {v!r}")
        return tp(**values)

    return build


def _float(data: Any) -> Any:
    if isinstance(data, int):
        return float(data)
    if not isinstance(data, float):
        raise TypeError(f"expected float, got {data!r}")
    return data


def _same(data: Any) -> Any:
    return data


def canonical_json(data: Any) -> str:
    """One exact text for the same data: sorted keys, no spaces, UTF-8 kept. Used for hashing."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
