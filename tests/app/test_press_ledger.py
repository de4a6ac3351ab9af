"""The ledger turns every hardware report into what the log records: a press to judge, a
press already refused with the link's reason, noise counted per hub per interval, lost frames."""

from __future__ import annotations

from rcv.app.press_ledger import PressLedger
from rcv.core.commands import Press
from rcv.core.events import LineNoise, PressesLost, RejectReason
from rcv.hardware.events import FramesLost, KeyPress, RejectedFrame
from rcv.hardware.protocol import RejectReason as LinkReason


def test_presses_keep_their_hub_and_frame() -> None:
    ledger = PressLedger()
    press = KeyPress("/dev/ttyUSB0", "HUB7", 12, "C", 5000, 1_000, 1_010, seq=41, boot=3)
    assert ledger.take(press) == [Press(12, "C", 1_000, "HUB7", "3:41")]


def test_a_refused_frame_with_a_seat_is_a_refused_press() -> None:
    ledger = PressLedger()
    frame = RejectedFrame(
        "p", "HUB1", LinkReason.UNKNOWN_SEAT, 900, "ghế 99", seat=99, seq=5, key="A", boot=1
    )
    (press,) = ledger.take(frame)
    assert press == Press(99, "A", 900, "HUB1", "1:5", RejectReason.OUT_OF_RANGE.value)


def test_noise_is_counted_per_hub_and_logged_once_per_interval() -> None:
    ledger = PressLedger(interval_ms=5000)
    ledger.hub_name("p1", "HUB1")  # the hub said hello on p1
    for at, reason in (
        (100, LinkReason.CHECKSUM),
        (200, LinkReason.NOISE),
        (300, LinkReason.CHECKSUM),
    ):
        assert ledger.take(RejectedFrame("p1", "", reason, at)) == []
    ledger.take(RejectedFrame("p2", "", LinkReason.TRUNCATED, 400))  # a hub not yet greeted
    assert ledger.noise_waiting == 4
    assert ledger.due_noise(4000) == []  # the interval is not over
    due = ledger.due_noise(5100)
    assert due == [LineNoise("HUB1", 100, 5100, (("checksum", 2), ("noise", 1)))]
    assert ledger.due_noise(9000, everything=True) == [
        LineNoise("p2", 400, 9000, (("truncated", 1),))
    ]
    assert ledger.noise_waiting == 0


def test_lost_frames_are_logged_as_such() -> None:
    ledger = PressLedger()
    lost = FramesLost("p", "HUB2", 4, ((10, 12), (20, 20)), 4, 700, "outage 90 s", certain=True)
    assert ledger.take(lost) == [
        PressesLost("HUB2", 4, ((10, 12), (20, 20)), 4, "outage 90 s", True, None)
    ]
