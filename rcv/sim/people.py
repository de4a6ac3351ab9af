"""A made-up roster with plausible Vietnamese names, the same for the same seed."""

from __future__ import annotations

import random

from rcv.core.model import Contestant, Roster

FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
          "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý")  # fmt: skip
MIDDLE = ("Văn", "Thị", "Minh", "Thu", "Ngọc", "Quang", "Đức", "Hoài", "Thanh", "Gia")
GIVEN = ("An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hằng", "Hiếu", "Hoa", "Huy",
         "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Ngân", "Phúc", "Quân", "Sơn", "Tâm",
         "Thảo", "Trang", "Tuấn", "Vy", "Yến", "Ánh", "Đạt", "Ẩn")  # fmt: skip
# units (đơn vị) as a provincial plan sends them, in its clusters and blocks (Cụm, Khối thi đua)
GROUPS = (
    ("Cụm thi đua số 1", ("UBND thành phố Buôn Ma Thuột", "UBND thị xã Buôn Hồ",
                          "UBND huyện Cư M'gar", "UBND huyện Krông Ana")),
    ("Cụm thi đua số 2", ("UBND huyện Ea Kar", "UBND huyện Krông Pắc", "UBND huyện Lắk",
                          "UBND huyện M'Đrắk")),
    ("Khối Sở, ngành", ("Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Thông tin và Truyền thông",
                        "Công an tỉnh", "Tỉnh đoàn")),
    ("Khối Trường học", ("Trường THPT Chu Văn An", "Trường THPT Buôn Ma Thuột",
                         "Trường THCS Lê Lợi", "Trường Cao đẳng Sư phạm Đắk Lắk")),
)  # fmt: skip
UNITS = tuple((unit, group) for group, units in GROUPS for unit in units)


def make_roster(seats: int, seed: int = 0) -> Roster:
    """``seats`` contestants at seats 1…N with SBD "TS001"…, names and units from the seed
    (names from one stream, units from another: the same seed gives the same names whatever
    the list of units)."""
    rng = random.Random(f"roster:{seed}")
    units = random.Random(f"units:{seed}")
    contestants = []
    for seat in range(1, seats + 1):
        name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        unit, group = units.choice(UNITS)
        contestants.append(
            Contestant(sbd=f"TS{seat:03d}", seat=seat, name=name, unit=unit, group=group)
        )
    return Roster(tuple(contestants))
