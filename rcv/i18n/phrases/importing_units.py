"""The sentences for the roster report's warnings about units (đơn vị) and groups (cụm, khối),
in Vietnamese, marked for the catalogue (context "Import"); :mod:`rcv.i18n.phrases.importing`
renders them with the other problem codes. The codes come from
:mod:`rcv.importers.roster_units`."""

from __future__ import annotations

from collections.abc import Mapping

from rcv.i18n import QT_TRANSLATE_NOOP

UNIT_PROBLEMS: Mapping[str, str] = {
    "unit_spellings": QT_TRANSLATE_NOOP(
        "Import",
        'Đơn vị "{name}" còn được ghi là {spellings}; rcv tính là một đơn vị (chỉ khác chữ hoa, '
        "khoảng trắng, kiểu gõ dấu). Nên sửa cho thống nhất để giấy chứng nhận in đúng tên.",
    ),
    "group_spellings": QT_TRANSLATE_NOOP(
        "Import",
        'Nhóm "{name}" còn được ghi là {spellings}; rcv tính là một nhóm. Nên sửa cho thống nhất.',
    ),
    "unit_likely_duplicate": QT_TRANSLATE_NOOP(
        "Import",
        'Đơn vị "{name}" có thể trùng với "{other_name}" ở {other} (chỉ khác dấu, dấu câu hoặc '
        '"UBND", "huyện"…). rcv tính là hai đơn vị; nếu là một, hãy ghi cùng một tên.',
    ),
    "unit_groups": QT_TRANSLATE_NOOP(
        "Import",
        'Thí sinh của đơn vị "{name}" ghi nhiều nhóm: {groups}. Xếp hạng nhóm tính đơn vị vào '
        '"{group}" (nhóm được ghi nhiều nhất); nếu không đúng, hãy sửa lại.',
    ),
}
