"""Made-up units (đơn vị) for any count, 2 to 70, with their clusters and blocks (Cụm, Khối thi
đua), as a provincial plan names them: for pictures and tests of the units scene and the unit
prizes at many units (the demo roster's own 17 are in :mod:`rcv.sim.people`)."""

from __future__ import annotations

import random
from dataclasses import replace

from rcv.core.model import Roster

DISTRICTS = (
    "thành phố Buôn Ma Thuột", "thị xã Buôn Hồ", "huyện Cư M'gar", "huyện Krông Ana",
    "huyện Ea Kar", "huyện Krông Pắc", "huyện Lắk", "huyện M'Đrắk", "huyện Krông Búk",
    "huyện Krông Năng", "huyện Ea H'leo", "huyện Ea Súp", "huyện Buôn Đôn", "huyện Cư Kuin",
    "huyện Krông Bông",
)  # fmt: skip
COMMUNES = (
    "phường Tân Lợi", "phường Ea Tam", "xã Hòa Thuận", "xã Cư Êbur", "xã Hòa Thắng",
    "xã Ea Kao", "xã Hòa Khánh", "xã Hòa Xuân", "xã Ea Drông", "xã Ea Tu", "phường Khánh Xuân",
    "xã Hòa Phú", "xã Ea Ning", "xã Dray Bhăng", "xã Quảng Điền",
)  # fmt: skip
OFFICES = (
    "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Thông tin và Truyền thông", "Sở Tư pháp",
    "Sở Tài chính", "Sở Xây dựng", "Sở Công Thương", "Sở Nội vụ", "Công an tỉnh", "Tỉnh đoàn",
    "Bộ Chỉ huy Quân sự tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "Liên đoàn Lao động tỉnh",
    "Ngân hàng Nhà nước chi nhánh Đắk Lắk", "Bảo hiểm xã hội tỉnh",
)  # fmt: skip
SCHOOLS = (
    "Trường THPT Chu Văn An", "Trường THPT Buôn Ma Thuột", "Trường THCS Lê Lợi",
    "Trường Cao đẳng Sư phạm Đắk Lắk", "Trường THPT Nguyễn Du", "Trường THPT Lê Quý Đôn",
    "Trường THPT Phan Chu Trinh", "Trường THCS Nguyễn Trãi", "Trường THCS Trần Phú",
    "Trường THPT Chuyên Nguyễn Du", "Trường Đại học Tây Nguyên", "Trường THCS Phan Bội Châu",
    "Trường THPT Hồng Đức", "Trường THCS Ngô Mây", "Trường THPT Trần Quốc Toản",
)  # fmt: skip
BLOCKS = (
    ("Cụm thi đua số 1", tuple(f"UBND {d}" for d in DISTRICTS)),
    ("Cụm thi đua số 2", tuple(f"UBND {c}" for c in COMMUNES)),
    ("Khối Sở, ngành", OFFICES),
    ("Khối Trường học", SCHOOLS),
)


def many_units(count: int) -> tuple[tuple[str, str], ...]:
    """``count`` (unit, group) pairs, the blocks taken in turn (at most 60 different units)."""
    pairs: list[tuple[str, str]] = []
    for i in range(max(len(names) for _, names in BLOCKS)):
        pairs += [(names[i], group) for group, names in BLOCKS if i < len(names)]
    return tuple(pairs[: max(0, count)])


def with_units(roster: Roster, count: int, seed: int = 1) -> Roster:
    """The roster with its contestants sent by ``count`` units (every unit at least one, the
    rest drawn from the seed, larger and smaller units alike), and the units' groups."""
    pairs = many_units(count)
    if not pairs:
        return roster
    rng = random.Random(f"many-units:{seed}")
    weights = [1 + rng.random() * 3 for _ in pairs]
    people = []
    for c in roster.contestants:
        i = c.seat - 1 if c.seat <= len(pairs) else rng.choices(range(len(pairs)), weights)[0]
        people.append(replace(c, unit=pairs[i][0], group=pairs[i][1]))
    return Roster(tuple(people))
