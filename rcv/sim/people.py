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
UNITS = ("UBND xã Hòa Thắng", "Công an phường Tân Lợi", "Trường THPT Chu Văn An",
         "Đoàn Thanh niên xã Ea Tu", "Bưu điện tỉnh", "Sở Thông tin và Truyền thông",
         "Hội Phụ nữ phường Thành Công", "Trường THCS Lê Lợi")  # fmt: skip


def make_roster(seats: int, seed: int = 0) -> Roster:
    """``seats`` contestants at seats 1…N with SBD "TS001"…, names and units from the seed."""
    rng = random.Random(f"roster:{seed}")
    contestants = []
    for seat in range(1, seats + 1):
        name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        unit = rng.choice(UNITS)
        contestants.append(
            Contestant(
                sbd=f"TS{seat:03d}", seat=seat, name=name, unit=unit, group=f"Cụm {1 + seat % 4}"
            )
        )
    return Roster(tuple(contestants))
