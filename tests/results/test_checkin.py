"""Check-in by scanning a seat card: what a USB scanner types, matched to the roster."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rcv.core.model import Contestant, Roster
from rcv.results.checkin import find_scanned, seat_card_payload
from tests.results.builders import CRAFTED_ROSTER


@pytest.mark.parametrize(
    ("typed", "seat"),
    [
        ("RCV-TS:TS-03\r\n", 3),  # as the scanner types it, Enter included
        ("RCV-TS:TS-03\n", 3),
        ("  RCV-TS:TS-03  ", 3),
        ("rcv-ts:ts-03", 3),  # Caps Lock on
        ("RCV-TS;TS-03", 3),  # a scanner set to another keyboard layout
        ("TS-03", 3),  # a bare SBD (a barcode printed by the organisers)
        ("RCV-TS:007", 1),
        ("RCV-TS:7", 2),  # "7" and "007" are two different contestants
        ("CK-5", 5),  # the contestant's check-in code
        ("\ufeffRCV-TS:TS-05\u200b", 5),
    ],
)
def test_scans_find_the_contestant(typed: str, seat: int):
    match = find_scanned(CRAFTED_ROSTER, typed)
    assert match is not None and match.contestant.seat == seat


@pytest.mark.parametrize("typed", ["", "\r\n", "RCV-TS:", "RCV-TS:TS-99", "RCV-TS:07", "hello"])
def test_unknown_scans_find_nobody(typed: str):
    assert find_scanned(CRAFTED_ROSTER, typed) is None


def test_case_is_ignored_only_when_it_leaves_one_contestant():
    roster = Roster((Contestant("ab1", 1, "A"), Contestant("AB1", 2, "B")))
    assert find_scanned(roster, "ab1").contestant.seat == 1  # exact wins
    assert find_scanned(roster, "Ab1") is None  # two candidates: never guess
    exact = find_scanned(CRAFTED_ROSTER, "RCV-TS:TS-03")
    loose = find_scanned(CRAFTED_ROSTER, "rcv-ts:ts-03")
    assert exact is not None and exact.exact and loose is not None and not loose.exact


sbds = (
    st.text(alphabet=st.characters(categories=("L", "N", "Pd")), min_size=1, max_size=12)
    .map(str.strip)
    .filter(bool)
)


@given(st.lists(sbds, min_size=1, max_size=30, unique=True))
def test_every_seat_card_scans_back_to_its_contestant(codes: list[str]):
    people = tuple(Contestant(code, i, f"Người {i}") for i, code in enumerate(codes, start=1))
    try:
        roster = Roster(people)
    except ValueError:  # two codes equal once normalised
        return
    for c in roster.contestants:
        match = find_scanned(roster, seat_card_payload(c) + "\r\n")
        assert match is not None and match.contestant == c
