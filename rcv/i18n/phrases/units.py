"""The words of the units (đơn vị) and groups (cụm, khối) beside the console's seat grid: how
many of each unit stand, and what clicking one does (context "UnitsPanel")."""

from __future__ import annotations

from rcv.i18n.words import QT_TRANSLATE_NOOP, Words

CTX = "UnitsPanel"

TITLE = QT_TRANSLATE_NOOP("UnitsPanel", "Đơn vị")
COLUMNS = (
    QT_TRANSLATE_NOOP("UnitsPanel", "Đơn vị / cụm"),
    QT_TRANSLATE_NOOP("UnitsPanel", "Còn/tổng"),
)
ALL = QT_TRANSLATE_NOOP("UnitsPanel", "Mọi ghế ({units} đơn vị)")
NONE = QT_TRANSLATE_NOOP("UnitsPanel", "(không có đơn vị)")
UNIT_TIP = QT_TRANSLATE_NOOP(
    "UnitsPanel",
    "{name}: {standing}/{size} thí sinh còn trên sàn. Nhấp để đánh dấu ghế của đơn vị trên lưới.",
)
GROUP_TIP = QT_TRANSLATE_NOOP(
    "UnitsPanel",
    "{name} ({units} đơn vị): {standing}/{size} thí sinh còn trên sàn. Nhấp để đánh dấu ghế "
    "của cả cụm trên lưới.",
)
HINT = QT_TRANSLATE_NOOP(
    "UnitsPanel", "Nhấp một đơn vị hoặc một cụm: ghế của họ sáng lên trên lưới, ghế khác mờ đi."
)
MARKED = QT_TRANSLATE_NOOP("UnitsPanel", "Đang đánh dấu: {name} — {standing}/{size} còn trên sàn")

PHRASES = (TITLE, *COLUMNS, ALL, NONE, UNIT_TIP, GROUP_TIP, HINT, MARKED)


def say(words: Words, source: str, **params: object) -> str:
    """One of this table's texts in the console's language."""
    return words(CTX, source, **params)
