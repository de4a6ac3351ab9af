"""The names of units (đơn vị) and groups (cụm, khối) as rosters write them, made comparable.

Two keys, for two purposes:

- :func:`name_key` decides *identity*: two names with the same key are one unit. It sets aside
  what does not change a Vietnamese name: composed or decomposed letters (NFC/NFD), case,
  spacing (also around ``&``, ``-``, ``/``, ``,``, ``.``), the look-alike letters of other
  scripts for Đ (Ð U+00D0, Ɖ U+0189), and where the tone mark sits in a syllable (old style
  "Hoà", "Thuỷ" and new style "Hòa", "Thủy" are the same syllable). It keeps everything that
  does: "Đ" and "D" are different letters ("Đông" is not "Dông"), and so are the other
  diacritics.
- :func:`loose_key` finds *likely duplicates* the roster report asks about, never merges them:
  diacritics dropped ("Dak Song" beside "Đắk Song"), punctuation dropped ("GD-ĐT" beside
  "GD&ĐT") and the leading words of an administration dropped, written out or abbreviated
  ("UBND huyện Krông Ana" beside "Huyện Krông Ana", "TX. Buôn Hồ" beside "Thị xã Buôn Hồ"),
  and "Trường" before a school's name ("THPT Chu Văn An" beside "Trường THPT Chu Văn An").

Pure functions, no state.
"""

from __future__ import annotations

import re
import unicodedata

TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng (combining)
LOOK_ALIKES = str.maketrans({"Ð": "Đ", "Ɖ": "Đ", "ð": "đ", "ɖ": "đ"})
_AROUND = re.compile(r"\s*([&/,.\-–])\s*")
_NOT_WORD = re.compile(r"[^\w]+")
# the leading words of a unit's name that say what kind of administration (or school) it is,
# written out and abbreviated ("TX.", "H.", "P."): set aside by the loose key
ADMINISTRATIVE = (
    ("uy", "ban", "nhan", "dan"),
    ("ubnd",),
    ("thanh", "pho"),
    ("thi", "xa"),
    ("thi", "tran"),
    ("tp",),
    ("tx",),
    ("tt",),
    ("tinh",),
    ("huyen",),
    ("h",),
    ("quan",),
    ("q",),
    ("xa",),
    ("phuong",),
    ("p",),
    ("truong",),
)


def _syllable(word: str) -> str:
    """One word with its tone moved to the end (a marker of its own), other marks in place."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = "".join(ch for ch in decomposed if ch in TONES)
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in TONES))
    return f"{bare}~{tones}" if tones else bare


def name_key(name: str) -> str:
    """The identity of a unit's or a group's name (empty for a blank name)."""
    text = unicodedata.normalize("NFC", name).translate(LOOK_ALIKES).casefold()
    text = _AROUND.sub(r"\1", " ".join(text.split()))
    return " ".join(_syllable(word) for word in text.split(" ")) if text else ""


def _plain(text: str) -> str:
    """Letters and digits without any diacritic, Đ as D, lower case."""
    decomposed = unicodedata.normalize("NFD", text.translate(LOOK_ALIKES).replace("Đ", "D"))
    bare = "".join(ch for ch in decomposed.replace("đ", "d") if not unicodedata.combining(ch))
    return bare.casefold()


def loose_key(name: str) -> str:
    """What is left of a name once diacritics, punctuation and the leading administrative
    words are set aside: names with the same loose key are likely the same unit."""
    words = _NOT_WORD.sub(" ", _plain(name)).split()
    dropped = True
    while dropped and words:
        dropped = False
        for prefix in ADMINISTRATIVE:
            if len(words) > len(prefix) and tuple(words[: len(prefix)]) == prefix:
                words = words[len(prefix) :]
                dropped = True
                break
    return " ".join(words)


def spelled(spellings: list[str]) -> str:
    """The spelling a unit is shown with: the one most of its members have (the first of
    those, in the order given, when several are as common)."""
    counts: dict[str, int] = {}
    for s in spellings:
        counts[s] = counts.get(s, 0) + 1
    best = max(counts.values())
    return next(s for s in spellings if counts[s] == best)
