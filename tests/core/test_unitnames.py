"""Units' and groups' names made comparable: what makes two names one unit (``name_key``: case,
spacing, NFC/NFD, a look-alike Đ, where the tone mark sits) and what only makes them a likely
duplicate for the roster report (``loose_key``: diacritics, punctuation, "UBND huyện")."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rcv.core.unitnames import loose_key, name_key, spelled

SAME_UNIT = [
    ("Huyện Krông Ana", "huyện  KRÔNG ana"),
    ("Huyện Krông Ana", unicodedata.normalize("NFD", "Huyện Krông Ana")),
    ("Xã Hoà Thắng", "Xã Hòa Thắng"),  # old and new tone placement
    ("Phường Thuỷ Xuân", "Phường Thủy Xuân"),
    ("Sở GD&ĐT", "Sở GD & ĐT"),
    ("Sở GD - ĐT", "Sở GD-ĐT"),
    ("Đắk Song", "\u00d0ắk Song"),  # Ð (Icelandic eth) typed for Đ
    ("  Tỉnh đoàn ", "Tỉnh đoàn"),
]
OTHER_UNIT = [
    ("Xã Đông Hòa", "Xã Dông Hòa"),  # Đ and D are different letters
    ("Huyện Krông Ana", "Huyện Krông Ána"),
    ("Sở Y tế", "Sở Y tá"),
    ("UBND huyện Krông Ana", "Huyện Krông Ana"),  # only likely the same: asked, never merged
    ("Sở GD&ĐT", "Sở GDĐT"),
]
LIKELY_SAME = [
    ("UBND huyện Krông Ana", "Huyện Krông Ana"),
    ("Ủy ban nhân dân huyện Krông Ana", "UBND huyện Krông Ana"),
    ("H. Krông Ana", "Huyện Krông Ana"),
    ("UBND TP. Buôn Ma Thuột", "Thành phố Buôn Ma Thuột"),
    ("TX. Buôn Hồ", "Thị xã Buôn Hồ"),
    ("P. Tân Lợi", "Phường Tân Lợi"),
    ("Huyện Dak Song", "Huyện Đắk Song"),
    ("Sở GD-ĐT", "Sở GD&ĐT"),
    ("THPT Chu Văn An", "Trường THPT Chu Văn An"),
]
NOT_LIKELY = [
    ("UBND huyện Krông Ana", "UBND huyện Krông Pắc"),
    ("Trường THPT Lê Lợi", "Trường THCS Lê Lợi"),
    ("Sở Y tế", "Sở Tư pháp"),
    ("Công an tỉnh", "Tỉnh đoàn"),
]


@pytest.mark.parametrize(("a", "b"), SAME_UNIT)
def test_spellings_of_one_name_have_one_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(("a", "b"), OTHER_UNIT)
def test_names_that_differ_in_a_letter_or_a_word_are_other_units(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


@pytest.mark.parametrize(("a", "b"), LIKELY_SAME)
def test_likely_duplicates_share_a_loose_key(a: str, b: str) -> None:
    assert loose_key(a) == loose_key(b) != ""


@pytest.mark.parametrize(("a", "b"), NOT_LIKELY)
def test_different_units_keep_different_loose_keys(a: str, b: str) -> None:
    assert loose_key(a) != loose_key(b)


def test_a_name_that_is_only_an_administrative_word_keeps_it() -> None:
    assert loose_key("Huyện") == "huyen" and loose_key("UBND") == "ubnd"
    assert name_key("") == name_key("   ") == ""


def test_the_name_shown_is_the_most_common_spelling_then_the_first() -> None:
    assert spelled(["Xã Hoà Thắng", "Xã Hòa Thắng", "Xã Hòa Thắng"]) == "Xã Hòa Thắng"
    assert spelled(["Sở Y Tế", "Sở Y tế"]) == "Sở Y Tế"


WORDS = st.sampled_from(
    ["Huyện", "Krông", "Ana", "Hoà", "Thắng", "Thuỷ", "Sở", "GD&ĐT", "Đắk", "Lắk", "M'Đrắk", "Ea"]
)


def variants(name: str) -> list[str]:
    """The same name as rosters write it: case, spacing, NFD, the other tone placement."""
    moved = name.replace("Hoà", "Hòa").replace("Thuỷ", "Thủy")
    return [
        name.upper(),
        name.lower(),
        "  " + name.replace(" ", "   ") + " ",
        unicodedata.normalize("NFD", name),
        moved,
        name.replace("Đ", "\u00d0"),
    ]


@given(st.lists(WORDS, min_size=1, max_size=5).map(" ".join))
def test_any_name_and_its_variants_are_one_unit_and_a_likely_duplicate_of_itself(
    name: str,
) -> None:
    for other in variants(name):
        assert name_key(other) == name_key(name), other
        assert loose_key(other) == loose_key(name), other
    # an administrative prefix never changes the loose key of a longer name
    assert loose_key(f"UBND huyện {name}") == loose_key(f"Huyện {name}")
