"""Certificate templates: read a YAML/JSON file the organisers can edit, check it, fill it in.

Format (see assets/certificates/default.yaml, which documents every key): page-wide ``font``,
``background`` and ``border``, then ``items``: text boxes (``text`` with ``{placeholders}``),
lines and images, positioned in millimetres on an A4 landscape page. Mistakes (an unknown key, a
misspelt placeholder, a missing image) are reported before anything is printed, as a
:class:`~rcv.results.errors.TemplateError` saying where (the item's number) and what, as codes
the reader's words render. A date in words (``{date_words}``) is rcv's own: it follows the
operator's language.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from rcv.i18n import QT_TRANSLATE_NOOP, Words
from rcv.results.errors import TemplateError
from rcv.results.fonts import find_asset
from rcv.yamlsafe import load_yaml

PAGE_W, PAGE_H = 297.0, 210.0
PLACEHOLDERS = (
    "name", "sbd", "seat", "unit", "group", "prize", "rank", "event_name", "date",
    "date_words", "venue", "place_date", "organiser", "fingerprint", "bell",
)  # fmt: skip
CTX = "Certificate"
DATE = QT_TRANSLATE_NOOP("Certificate", "ngày {day} {month} năm {year}")
MONTHS = {
    1: QT_TRANSLATE_NOOP("Certificate", "tháng 01"),
    2: QT_TRANSLATE_NOOP("Certificate", "tháng 02"),
    3: QT_TRANSLATE_NOOP("Certificate", "tháng 03"),
    4: QT_TRANSLATE_NOOP("Certificate", "tháng 04"),
    5: QT_TRANSLATE_NOOP("Certificate", "tháng 05"),
    6: QT_TRANSLATE_NOOP("Certificate", "tháng 06"),
    7: QT_TRANSLATE_NOOP("Certificate", "tháng 07"),
    8: QT_TRANSLATE_NOOP("Certificate", "tháng 08"),
    9: QT_TRANSLATE_NOOP("Certificate", "tháng 09"),
    10: QT_TRANSLATE_NOOP("Certificate", "tháng 10"),
    11: QT_TRANSLATE_NOOP("Certificate", "tháng 11"),
    12: QT_TRANSLATE_NOOP("Certificate", "tháng 12"),
}
_PLACEHOLDER = re.compile(r"\{(\w*)\}")
_DATE = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


@dataclass(frozen=True, slots=True)
class TextItem:
    text: str
    y: float
    x: float = 0.0
    width: float = PAGE_W
    height: float | None = None
    size: float = 14.0
    bold: bool = False
    italic: bool = False
    color: str = "#000000"
    align: str = "center"
    wrap: bool = False


@dataclass(frozen=True, slots=True)
class LineItem:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.3
    color: str = "#000000"


@dataclass(frozen=True, slots=True)
class ImageItem:
    image: Path
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class Border:
    margin: float = 8.0
    width: float = 1.2
    color: str = "#B8860B"
    inner: float = 0.0


@dataclass(frozen=True, slots=True)
class CertificateTemplate:
    items: tuple[TextItem | LineItem | ImageItem, ...]
    font: Path | None = None
    background: Path | None = None
    border: Border | None = None
    source: Path | None = field(default=None, compare=False)


def default_template_path() -> Path | None:
    return find_asset("certificates/default.yaml")


Where = tuple[str, int]  # ("file", 0), ("item", its number from 1), ("border", 0)
FILE: Where = ("file", 0)


def _fail(where: Where, problem: str, path: Path, **facts: Any) -> TemplateError:
    return TemplateError(path, where[0], problem, item=where[1], **facts)


def _build(cls: type, data: Any, where: Where, path: Path, paths: tuple[str, ...] = ()) -> Any:
    if not isinstance(data, Mapping):
        raise _fail(where, "not_mapping", path)
    known = set(cls.__dataclass_fields__)  # type: ignore[attr-defined]
    unknown = sorted(set(data) - known)
    if unknown:
        names = ", ".join(map(repr, unknown))
        raise _fail(where, "unknown_keys", path, keys=names, known=", ".join(sorted(known)))
    values = dict(data)
    for key in paths:
        if values.get(key) is not None:
            values[key] = _relative(path, values[key], where)
    try:
        return cls(**values)
    except TypeError as exc:
        raise _fail(where, "bad_keys", path, detail=str(exc)) from exc


def _relative(template: Path, value: Any, where: Where) -> Path:
    candidate = Path(str(value))
    if not candidate.is_absolute():
        candidate = template.parent / candidate
    if not candidate.is_file():
        raise _fail(where, "file_missing", template, file=str(candidate))
    return candidate


def _check_item(item: TextItem | LineItem | ImageItem, where: Where, path: Path) -> None:
    numbers = [v for k, v in vars_of(item).items() if k not in ("text", "color", "align", "image")]
    if any(not isinstance(v, int | float | bool) and v is not None for v in numbers):
        raise _fail(where, "not_numbers", path)
    if isinstance(item, TextItem):
        if item.align not in ("left", "center", "right"):
            raise _fail(where, "bad_align", path, align=repr(item.align))
        if item.size <= 0:
            raise _fail(where, "bad_size", path)
        for name in _PLACEHOLDER.findall(item.text):
            if name not in PLACEHOLDERS:
                usable = ", ".join(f"{{{p}}}" for p in PLACEHOLDERS)
                raise _fail(
                    where, "unknown_placeholder", path, placeholder=f"{{{name}}}", usable=usable
                )


def vars_of(item: object) -> dict[str, Any]:
    return {k: getattr(item, k) for k in item.__dataclass_fields__}  # type: ignore[attr-defined]


def load_template(path: Path | str | None = None) -> CertificateTemplate:
    """Read and check a template; ``None`` reads rcv's default template."""
    source = Path(path) if path is not None else default_template_path()
    if source is None or not source.is_file():
        wanted = source or Path("assets/certificates/default.yaml")
        raise TemplateError(wanted, "file", "not_found")
    try:
        text = source.read_text(encoding="utf-8-sig")
        data = json.loads(text) if source.suffix.lower() == ".json" else load_yaml(text)
    except (OSError, UnicodeDecodeError, ValueError, RecursionError, yaml.YAMLError) as exc:
        raise _fail(FILE, "unreadable", source, detail=str(exc)) from exc
    if not isinstance(data, Mapping):
        raise _fail(FILE, "need_top_keys", source)
    unknown = sorted(set(data) - {"version", "font", "background", "border", "items"})
    if unknown:
        raise _fail(FILE, "unknown_top_keys", source, keys=", ".join(map(repr, unknown)))
    if data.get("version", 1) != 1:
        raise _fail(FILE, "bad_version", source, version=repr(data.get("version")))
    raw_items = data.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise _fail(FILE, "need_items", source)
    items: list[TextItem | LineItem | ImageItem] = []
    for i, raw in enumerate(raw_items, start=1):
        where: Where = ("item", i)
        if isinstance(raw, Mapping) and "line" in raw and len(raw) == 1:
            item: TextItem | LineItem | ImageItem = _build(LineItem, raw["line"], where, source)
        elif isinstance(raw, Mapping) and "image" in raw:
            item = _build(ImageItem, raw, where, source, paths=("image",))
        elif isinstance(raw, Mapping) and "text" in raw:
            item = _build(TextItem, {**raw, "text": str(raw["text"])}, where, source)
        else:
            raise _fail(where, "bad_item", source)
        _check_item(item, where, source)
        items.append(item)
    top = _build(
        _Top,
        {k: data.get(k) for k in ("font", "background")},
        FILE,
        source,
        paths=("font", "background"),
    )
    border = data.get("border")
    return CertificateTemplate(
        items=tuple(items),
        font=top.font,
        background=top.background,
        border=_build(Border, border, ("border", 0), source) if border is not None else None,
        source=source,
    )


@dataclass(frozen=True, slots=True)
class _Top:
    font: Path | None = None
    background: Path | None = None


def date_words(date: str, words: Words) -> str:
    """ "24/11/2026" → "ngày 24 tháng 11 năm 2026" ("24 November 2026"); other writings (and
    a month that is not one) are kept as they are."""
    if m := _DATE.match(date):
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
    elif m := _ISO.match(date):
        year, month, day = m.group(1), int(m.group(2)), int(m.group(3))
    else:
        return date.strip()
    if month not in MONTHS:
        return date.strip()
    return words(CTX, DATE, day=f"{day:02d}", month=words(CTX, MONTHS[month]), year=year)


def fill(text: str, values: Mapping[str, str]) -> str | None:
    """The text with its placeholders filled; None when a placeholder in it has no value."""
    empty = False

    def one(match: re.Match[str]) -> str:
        nonlocal empty
        value = values.get(match.group(1), "")
        if not value.strip():
            empty = True
        return value

    filled = _PLACEHOLDER.sub(one, text)
    return None if empty else filled
