"""Reading one value the way a secretary meant it: cell text, seconds, answer letters, Đúng/Sai.

Pure functions, shared by the Excel, Word and YAML importers.
"""

from __future__ import annotations

import datetime as dt
import re

from rcv.core.model import LETTERS, fold_text, nfc, parse_number
from rcv.importers.headers import fold

_ZEROS_FORMAT = re.compile(r'^(?:"[^"]*"|\\.)*(0+)(?:"[^"]*"|\\.)*$')


def clean_text(text: str) -> str:
    """NFC, Windows line ends made plain, outer spaces removed; inner text kept verbatim."""
    return nfc(text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def number_text(value: int | float, number_format: str = "General") -> str:
    """A number as the cell displays it: 7 → "7", 7.0 → "7", format "000" → "007"."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    if isinstance(value, int):
        m = _ZEROS_FORMAT.match(number_format or "")
        if m and value >= 0:
            return str(value).zfill(len(m.group(1)))
        return str(value)
    return format(value, ".15g")


def date_text(value: dt.date | dt.datetime | dt.time) -> str:
    """A date Excel made out of typed text, written back the Vietnamese way (d/m/yyyy)."""
    if isinstance(value, dt.time):
        return value.strftime("%H:%M") if not value.second else value.isoformat()
    if isinstance(value, dt.datetime) and (value.hour or value.minute or value.second):
        return f"{value.day}/{value.month}/{value.year} {value.hour:02d}:{value.minute:02d}"
    return f"{value.day}/{value.month}/{value.year}"


def scalar_text(value: object) -> str:
    """Any plain value (from JSON or a cell) as text; None is ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return number_text(value)
    if isinstance(value, dt.date | dt.time):
        return date_text(value)
    return clean_text(str(value))


_SECONDS_UNIT = re.compile(r"\s*(?:giây|giay|gi|s|sec|secs|seconds?|g)\.?$")


def parse_seconds(text: str) -> int | None:
    """Whole positive seconds from "20", "20 giây", "20s", "20,0"; None if not that."""
    bare = _SECONDS_UNIT.sub("", nfc(text).strip().lower())
    value = parse_number(bare)
    if value is None or value <= 0 or not value.is_integer():
        return None
    return int(value)


_LETTER = re.compile(
    r"^(?:phuong an dung|phuong an|dap an dung|dap an|pa|option|answer|cau)?\s*([a-f])(?:\s|$)"
)


def answer_letter(text: str) -> str | None:
    """The letter of "B", "b", "B.", "(B)", "Phương án B", "B. Hà Nội"; None if there is none."""
    stripped = text.strip()
    if len(stripped) == 1:
        return stripped.upper() if stripped.upper() in LETTERS else None
    m = _LETTER.match(fold(stripped))
    if m is None:
        return None
    letter = m.group(1).upper()
    # "A. text" and "(A)" are letters; "An Giang" is not: the letter must stand alone
    rest = stripped.lstrip("([ ")
    after = rest[1:2] if rest[:1].upper() == letter else " "
    return letter if after in {"", ".", ")", "]", ":", " ", "\t", ",", "-"} else None


_TRUE = {"dung", "d", "true", "t", "a", "yes", "co"}
_FALSE = {"sai", "s", "false", "f", "b", "no", "khong"}


def true_false_value(text: str) -> bool | None:
    """Đúng/Sai, Đ/S, true/false, A/B (A = Đúng) as a bool; None if it is neither."""
    folded = fold(text)
    for prefix in ("dap an ", "phuong an "):
        folded = folded.removeprefix(prefix)
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    return None


def split_accepted(text: str) -> tuple[str, ...]:
    """Accepted short answers written in one cell: "Hà Nội; Thủ đô Hà Nội" (";", "|" or lines).

    Commas never separate, since "0,25" is a Vietnamese number.
    """
    parts = re.split(r"[;|\n]", text)
    return tuple(p for p in (clean_text(x) for x in parts) if p)


def same_text(a: str, b: str) -> bool:
    """Two texts alike once case, spacing and composition are set aside (not diacritics)."""
    return fold_text(a) == fold_text(b)
