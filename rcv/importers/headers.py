"""Tolerant recognition of the words secretaries write: column headers, sheet names, kinds, pools.

Everything is compared after :func:`fold`: no diacritics, đ → d, lower case, punctuation and
repeated spaces collapsed, so "Nội dung câu hỏi", "NOI DUNG CAU HOI" and "noi  dung cau-hoi" are
the same word. A header that matches no alias exactly may still match one within a small edit
distance ("Đáp áp" → "đáp án"), but only when exactly one field is that close.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from rcv.core.model import Pool, QuestionKind

OPTION_FIELDS = tuple(f"option_{c}" for c in "abcdef")

QUESTION_ALIASES: Mapping[str, tuple[str, ...]] = {
    "id": ("ma", "ma cau", "ma cau hoi", "ma so", "id", "question id", "code", "ma cau hoi id"),
    "ordinal": ("stt", "tt", "so tt", "so thu tu", "cau", "cau so", "so cau", "no", "number"),
    "text": (
        "cau hoi",
        "noi dung",
        "noi dung cau hoi",
        "de bai",
        "noi dung de bai",
        "cau hoi noi dung",
        "question",
        "question text",
        "text",
        "content",
        "cau hoi de bai",
    ),
    "answer": (
        "dap an",
        "dap an dung",
        "da",
        "d a",
        "dap an chinh xac",
        "phuong an dung",
        "ket qua",
        "tra loi",
        "tra loi dung",
        "answer",
        "correct answer",
        "correct",
        "key",
        "answer key",
    ),
    "kind": (
        "loai",
        "loai cau",
        "loai cau hoi",
        "dang",
        "dang cau hoi",
        "hinh thuc",
        "kieu",
        "kind",
        "type",
        "question type",
    ),
    "pool": (
        "vong",
        "vong thi",
        "phan",
        "phan thi",
        "nhom",
        "nhom cau hoi",
        "bo cau hoi",
        "muc dich",
        "pool",
        "round",
        "section",
    ),
    "time": (
        "thoi gian",
        "thoi gian giay",
        "thoi gian tra loi",
        "thoi gian s",
        "tg",
        "giay",
        "so giay",
        "time",
        "time s",
        "time seconds",
        "seconds",
        "time limit",
        "timer",
    ),
    "explanation": (
        "giai thich",
        "loi giai",
        "giai thich dap an",
        "huong dan",
        "huong dan giai",
        "explanation",
        "notes for mc",
        "loi binh",
    ),
    "source": ("nguon", "nguon tai lieu", "tai lieu", "can cu", "source", "reference"),
    "media": (
        "hinh anh",
        "anh",
        "hinh",
        "tep anh",
        "file anh",
        "duong dan anh",
        "media",
        "image",
        "picture",
        "video",
        "am thanh",
    ),
}

ROSTER_ALIASES: Mapping[str, tuple[str, ...]] = {
    "sbd": (
        "sbd",
        "so bao danh",
        "so bd",
        "ma thi sinh",
        "ma ts",
        "ma du thi",
        "registration number",
        "candidate number",
        "candidate id",
        "reg no",
    ),
    "name": (
        "ho va ten",
        "ho ten",
        "ho va ten thi sinh",
        "ten thi sinh",
        "ho ten thi sinh",
        "full name",
        "name",
        "contestant",
        "ho va ten hoc sinh",
        "ho ten hoc sinh",
    ),
    "family_name": (
        "ho",
        "ho dem",
        "ho va ten dem",
        "ho va dem",
        "ho lot",
        "family name",
        "surname",
        "last name",
    ),
    "given_name": ("ten", "first name", "given name"),
    "unit": (
        "don vi",
        "co quan",
        "truong",
        "to chuc",
        "don vi cong tac",
        "co quan don vi",
        "xa phuong",
        "chi doan",
        "unit",
        "organisation",
        "organization",
        "school",
        "team",
    ),
    "group": (
        "lop",
        "nhom",
        "lop nhom",
        "nhom lop",
        "lop hoc",
        "khoi",
        "cum",
        "cum thi dua",
        "khoi thi dua",
        "khoa",
        "doi",
        "bang",
        "group",
        "class",
        "grade",
        "cluster",
    ),
    "seat": (
        "so ghe",
        "ghe",
        "vi tri",
        "so vi tri",
        "vi tri ghe",
        "seat",
        "seat number",
        "so may",
        "ma may",
        "keypad",
    ),
    "checkin": (
        "ma check in",
        "ma checkin",
        "check in",
        "checkin",
        "ma diem danh",
        "ma xac nhan",
        "check in code",
        "ma qr",
        "qr",
    ),
    "ordinal": ("stt", "tt", "so tt", "so thu tu", "no"),
    # recognised so they are not reported as unknown, never read
    "ignored": (
        "ngay sinh",
        "gioi tinh",
        "ghi chu",
        "so dien thoai",
        "dien thoai",
        "sdt",
        "email",
        "dia chi",
        "date of birth",
        "gender",
        "phone",
        "note",
        "notes",
    ),
}

_OPTION_HEADER = re.compile(
    r"^(?:phuong an|p an|pa|lua chon|dap an|option|choice|answer)?\s*([a-f])$"
)
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def fold(text: str) -> str:
    """The comparable form of a Vietnamese label: no marks, đ → d, lower case, single spaces."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", bare).split())


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or ``limit + 1`` as soon as it is known to exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _tolerance(alias: str) -> int:
    if len(alias) >= 12:
        return 2
    return 1 if len(alias) >= 5 else 0


def match_header(label: str, aliases: Mapping[str, tuple[str, ...]]) -> str | None:
    """The field a header names, or None. Option columns ("A", "Phương án B") are recognised."""
    folded = fold(label)
    if not folded:
        return None
    candidates = [folded]
    without_parens = fold(_PARENS.sub(" ", label))
    if without_parens and without_parens != folded:
        candidates.append(without_parens)
    for text in candidates:
        if "option_a" in aliases and (m := _OPTION_HEADER.match(text)):
            return f"option_{m.group(1)}"
        for field, names in aliases.items():
            if text in names:
                return field
    best: list[tuple[int, str]] = []
    for text in candidates:
        for field, names in aliases.items():
            for alias in names:
                limit = _tolerance(alias) if alias[0] == text[0] else 0
                if limit and (d := edit_distance(text, alias, limit)) <= limit:
                    best.append((d, field))
    if not best:
        return None
    top = min(d for d, _ in best)
    fields = {f for d, f in best if d == top}
    return fields.pop() if len(fields) == 1 else None


QUESTION_FIELDS: Mapping[str, tuple[str, ...]] = {
    **QUESTION_ALIASES,
    **{f: () for f in OPTION_FIELDS},
}

_POOL_WORDS: tuple[tuple[Pool, tuple[str, ...]], ...] = (
    (Pool.FINAL, ("chuong vang", "golden bell", "final", "chung ket")),
    (Pool.RESCUE, ("cuu tro", "cuu", "rescue", "repechage")),
    (Pool.AUDIENCE, ("khan gia", "audience", "public")),
    (Pool.TIEBREAK, ("phu", "tiebreak", "tie break", "xep hang", "tie breaker", "sub")),
    (Pool.MAIN, ("chinh", "main", "chinh thuc", "vong chinh")),
)


def pool_from_label(label: str) -> Pool | None:
    """The pool a sheet name, heading or cell names ("Câu hỏi phụ" → tiebreak), or None."""
    folded = fold(label)
    if folded in {p.value for p in Pool}:
        return Pool(folded)
    padded = f" {folded} "
    for name in (" phu luc ", " rung chuong vang ", " golden bell challenge "):
        padded = padded.replace(name, " ")
    for pool, words in _POOL_WORDS:
        if any(f" {w} " in padded for w in words):
            return pool
    return None


_KIND_WORDS: Mapping[str, QuestionKind] = {
    "choice": QuestionKind.CHOICE,
    "multiple choice": QuestionKind.CHOICE,
    "trac nghiem": QuestionKind.CHOICE,
    "tn": QuestionKind.CHOICE,
    "mc": QuestionKind.CHOICE,
    "abcd": QuestionKind.CHOICE,
    "lua chon": QuestionKind.CHOICE,
    "chon": QuestionKind.CHOICE,
    "nhieu lua chon": QuestionKind.CHOICE,
    "trac nghiem abcd": QuestionKind.CHOICE,
    "true false": QuestionKind.TRUE_FALSE,
    "true_false": QuestionKind.TRUE_FALSE,
    "tf": QuestionKind.TRUE_FALSE,
    "dung sai": QuestionKind.TRUE_FALSE,
    "d s": QuestionKind.TRUE_FALSE,
    "ds": QuestionKind.TRUE_FALSE,
    "dung hay sai": QuestionKind.TRUE_FALSE,
    "yes no": QuestionKind.TRUE_FALSE,
    "short": QuestionKind.SHORT,
    "short answer": QuestionKind.SHORT,
    "tra loi ngan": QuestionKind.SHORT,
    "tu luan": QuestionKind.SHORT,
    "dien": QuestionKind.SHORT,
    "dien so": QuestionKind.SHORT,
    "dien tu": QuestionKind.SHORT,
    "dien khuyet": QuestionKind.SHORT,
    "so": QuestionKind.SHORT,
    "number": QuestionKind.SHORT,
    "ngan": QuestionKind.SHORT,
    "tra loi nhanh": QuestionKind.SHORT,
}


def kind_from_label(label: str) -> QuestionKind | None:
    """The kind a cell names ("Trắc nghiệm", "Đ/S", "short"), or None."""
    folded = fold(label)
    if folded.replace(" ", "_") in {k.value for k in QuestionKind}:
        return QuestionKind(folded.replace(" ", "_"))
    return _KIND_WORDS.get(folded)
