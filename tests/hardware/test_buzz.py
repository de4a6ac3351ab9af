"""Buzz-in order: by mapped time, a hub's own clock breaking its own ties, exact ties kept."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rcv.hardware.buzz import order_buzz
from rcv.hardware.events import KeyPress


def kp(hub: str, seat: int, at: int, hub_ms: int | None = None) -> KeyPress:
    return KeyPress("p", hub, seat, "A", at if hub_ms is None else hub_ms, at, at + 5)


def test_earliest_first_and_exact_ties_grouped() -> None:
    a1, b7, a2 = kp("A", 1, 1000), kp("B", 7, 1000), kp("A", 2, 1003)
    assert order_buzz([a2, b7, a1]) == [[a1, b7], [a2]]


def test_one_hub_tells_apart_presses_that_map_to_the_same_millisecond() -> None:
    early, late = kp("A", 1, 5000, hub_ms=700), kp("A", 2, 5000, hub_ms=701)
    other = kp("B", 9, 5000, hub_ms=12)
    assert order_buzz([late, other, early]) == [[early, other], [late]]


def test_only_each_seats_first_press_counts() -> None:
    first, again = kp("A", 1, 10), kp("A", 1, 5)
    assert order_buzz([first, again]) == [[again]]
    assert order_buzz([first, again], first_per_seat=False) == [[again], [first]]


presses = st.lists(
    st.builds(kp, st.sampled_from(["A", "B", "C"]), st.integers(1, 30), st.integers(0, 20)),
    max_size=40,
)


@given(presses, st.randoms())
def test_order_is_a_partition_independent_of_arrival(ps: list[KeyPress], rnd) -> None:
    groups = order_buzz(ps)
    shuffled = list(ps)
    rnd.shuffle(shuffled)
    assert order_buzz(shuffled) == groups
    flat = [p for g in groups for p in g]
    assert len({p.seat for p in flat}) == len(flat) == len({p.seat for p in ps})
    times = [g[0].at_ms for g in groups]
    assert times == sorted(times)
    for g in groups:
        assert len({p.at_ms for p in g}) == 1
