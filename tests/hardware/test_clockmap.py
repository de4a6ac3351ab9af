"""Mapping a hub's clock to the laptop's: line delay removed, drift followed, wraps unwrapped."""

from __future__ import annotations

import random

from rcv.hardware.clockmap import HubClockMap, Unwrapper


def test_unwrap_follows_the_32_bit_wrap_and_older_frames() -> None:
    u = Unwrapper()
    assert u.unwrap(2**32 - 10) == 2**32 - 10
    assert u.unwrap(5) == 2**32 + 5  # wrapped
    assert u.unwrap(2**32 - 3) == 2**32 - 3  # a replayed frame from before the wrap
    assert u.unwrap(20) == 2**32 + 20


def test_minimum_offset_removes_line_delay() -> None:
    m = HubClockMap()
    laptop0 = 1_700_000_000_000
    rng = random.Random(1)
    for t in range(0, 8000, 1000):  # heartbeats with 2–40 ms delay
        m.observe(t, laptop0 + t + rng.randint(2, 40))
    m.observe(8000, laptop0 + 8000 + 2)  # the least delayed heartbeat
    # a press at hub 8500 read 900 ms late (queued behind a burst) keeps its real time
    m.observe(8500, laptop0 + 8500 + 900)
    assert m.to_laptop(8500) == laptop0 + 8500 + 2


def test_drift_of_a_ceramic_resonator_is_followed() -> None:
    """A hub clock 0.4 % fast, delays of 1–30 ms: presses map within a few ms over a minute."""
    skew = 1.004
    laptop0 = 1_700_000_000_000
    rng = random.Random(7)
    m = HubClockMap()
    worst = 0
    for second in range(1, 61):
        true_ms = second * 1000
        hub_ms = int(true_ms * skew)
        m.observe(hub_ms, laptop0 + true_ms + rng.randint(1, 30))
        press_true = true_ms + 400
        mapped = m.to_laptop(int(press_true * skew))
        if second > 15:
            worst = max(worst, abs(mapped - (laptop0 + press_true + 1)))
    assert worst <= 8


def test_reset_forgets_the_old_boot() -> None:
    m = HubClockMap()
    m.observe(50_000, 1_000_050_000)
    m.reset()
    m.observe(100, 1_000_090_100)
    assert m.to_laptop(100) == 1_000_090_100
