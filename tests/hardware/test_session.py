"""The rcv protocol conversation as a pure state machine: bytes and times in, events out."""

from __future__ import annotations

from rcv.hardware.events import HubMessage, KeyPress, LinkEvent, LinkStatus, RejectedFrame
from rcv.hardware.lines import LineSplitter
from rcv.hardware.protocol import (
    Arm,
    Bad,
    Heartbeat,
    Hello,
    HubState,
    Led,
    LedState,
    Lock,
    PressFrame,
    Recall,
    RejectReason,
    Reset,
    Who,
    encode,
    parse_line,
)
from rcv.hardware.session import HubSession, SessionOptions

T0 = 1_767_225_600_000


def hello(seq: int = 0, ms: int = 0, boot: int = 1) -> bytes:
    return encode(Hello(seq, ms, 1, "H1", 1, 20, boot, "fw1"))


def press(seq: int, ms: int, seat: int, key: str = "A") -> bytes:
    return encode(PressFrame(seq, ms, seat, key))


def sent(session: HubSession, now: int) -> list[object]:
    splitter = LineSplitter()
    out = []
    for chunk in session.outgoing(now):
        for line in splitter.feed(chunk):
            assert not isinstance(line, Bad)
            out.append(parse_line(line))
    return out


def connected(options: SessionOptions | None = None) -> HubSession:
    s = HubSession("pty", options)
    s.on_connected(T0)
    return s


def test_frames_before_the_hello_are_held_then_placed() -> None:
    s = connected()
    assert sent(s, T0) == [Who()]
    assert (
        s.feed(b"\x00\xffboot junk\n" + press(1, 500, 3), T0 + 10)[0].reason is RejectReason.NOISE
    )  # type: ignore[union-attr]
    events = s.feed(hello(0, 400), T0 + 20)
    kinds = [type(e) for e in events]
    assert kinds == [LinkStatus, KeyPress]
    p = events[1]
    assert isinstance(p, KeyPress) and p.seat == 3 and p.hub_id == "H1"


def test_who_is_repeated_until_hello_and_no_hello_reported() -> None:
    s = connected(SessionOptions(who_interval_ms=1000, hello_timeout_ms=3000))
    assert sent(s, T0) == [Who()]
    assert sent(s, T0 + 500) == []
    assert sent(s, T0 + 1000) == [Who()]
    assert s.tick(T0 + 2999) == []
    (status,) = s.tick(T0 + 3000)
    assert isinstance(status, LinkStatus) and status.kind is LinkEvent.NO_HELLO
    assert s.tick(T0 + 9000) == []  # told once


def test_press_time_is_the_hub_time_mapped_not_the_arrival() -> None:
    s = connected()
    s.feed(hello(0, 10_000), T0 + 5)  # offset T0 - 9995
    (p,) = s.feed(press(1, 12_000, 4), T0 + 2900)  # arrived 900 ms late (busy line)
    assert isinstance(p, KeyPress)
    assert p.at_ms == T0 + 2005 and p.received_ms == T0 + 2900 and p.hub_ms == 12_000


def test_duplicates_unknown_seats_and_repeats_are_refused_with_reasons() -> None:
    s = connected()
    s.feed(hello(), T0)
    assert isinstance(s.feed(press(1, 100, 5, "B"), T0 + 100)[0], KeyPress)
    dup = s.feed(press(1, 100, 5, "B"), T0 + 101)[0]
    assert isinstance(dup, RejectedFrame) and dup.reason is RejectReason.DUPLICATE
    unknown = s.feed(press(2, 150, 99), T0 + 150)[0]
    assert isinstance(unknown, RejectedFrame) and unknown.reason is RejectReason.UNKNOWN_SEAT
    assert unknown.seat == 99
    bounce = s.feed(press(3, 200, 5, "B"), T0 + 200)[0]
    assert isinstance(bounce, RejectedFrame) and bounce.reason is RejectReason.REPEAT
    changed = s.feed(press(4, 260, 5, "C"), T0 + 260)[0]  # another key: a new answer
    assert isinstance(changed, KeyPress) and changed.key == "C"
    assert s.stats.rejected == {
        RejectReason.DUPLICATE: 1,
        RejectReason.UNKNOWN_SEAT: 1,
        RejectReason.REPEAT: 1,
    }


def test_a_gap_is_reported_and_asked_again_and_replayed_presses_fill_it() -> None:
    s = connected()
    s.feed(hello(), T0)
    sent(s, T0)
    s.feed(press(1, 100, 1), T0 + 100)
    events = s.feed(press(4, 400, 4), T0 + 400)
    gap = [e for e in events if isinstance(e, LinkStatus)]
    assert gap and gap[0].kind is LinkEvent.GAP and "2" in gap[0].detail
    assert sent(s, T0 + 401) == [Recall(2, 3)]
    (p,) = s.feed(press(2, 200, 2), T0 + 450)
    assert isinstance(p, KeyPress) and p.replayed and p.at_ms == T0 + 200
    assert s.stats.lost_frames == 1 and s.stats.replayed == 1
    assert sent(s, T0 + 500) == []  # not asked twice


def test_silence_and_life_again() -> None:
    s = connected(SessionOptions(silent_ms=3000))
    s.feed(hello(), T0)
    assert s.tick(T0 + 2999) == []
    (silent,) = s.tick(T0 + 3000)
    assert isinstance(silent, LinkStatus) and silent.kind is LinkEvent.SILENT
    events = s.feed(encode(Heartbeat(1, 4000, HubState.IDLE)), T0 + 4000)
    assert [e.kind for e in events if isinstance(e, LinkStatus)] == [LinkEvent.ALIVE]
    assert any(isinstance(e, HubMessage) for e in events)


def test_state_is_restored_after_a_reconnect_and_a_reboot() -> None:
    s = connected()
    s.feed(hello(), T0)
    s.submit(Arm("q1"))
    s.submit(Led(3, 5, LedState.ELIMINATED))
    s.submit(Led(4, 4, LedState.OFF))
    assert sent(s, T0) == [  # an ARM is preceded by WHO: which boot will its presses be of?
        Who(),
        Arm("q1"),
        Led(3, 5, LedState.ELIMINATED),
        Led(4, 4, LedState.OFF),
    ]
    s.on_lost(T0 + 1000)
    s.submit(Lock("q1"))  # while unplugged: remembered, not written
    s.on_connected(T0 + 3000)
    assert sent(s, T0 + 3000) == [Who()]
    s.feed(hello(9, 5000), T0 + 3010)
    # the hub kept the rest: only what changed, then the frames missed while unplugged
    assert sent(s, T0 + 3010) == [Lock("q1"), Recall(1, 8)]
    # the hub reboots on its own: new boot number, clock restarts, the whole state sent again
    events = s.feed(hello(0, 3, boot=2), T0 + 9000)
    assert [e.kind for e in events if isinstance(e, LinkStatus)] == [LinkEvent.REBOOTED]
    assert sent(s, T0 + 9000) == [
        Lock("q1"),
        Led(3, 3, LedState.ELIMINATED),
        Led(5, 5, LedState.ELIMINATED),
    ]
    (p,) = s.feed(press(1, 103, 2), T0 + 9100)
    assert isinstance(p, KeyPress) and p.at_ms == T0 + 9000 + 100
    s.on_lost(T0 + 9500)
    s.submit(Reset())  # while unplugged, then a new question: reset goes first
    s.submit(Arm("q2"))
    s.on_connected(T0 + 9600)
    s.feed(hello(3, 700, boot=2), T0 + 9700)
    # the ARM goes with a WHO; what is missing is asked for once the hub has answered it
    assert sent(s, T0 + 9700) == [Who(), Reset(), Arm("q2")]
    s.feed(hello(4, 710, boot=2), T0 + 9710)
    assert sent(s, T0 + 9710) == [Recall(2, 2)]


def test_missing_frames_are_asked_again_until_they_come() -> None:
    s = connected(SessionOptions(replay_retry_ms=700, replay_tries=2))
    s.feed(hello(), T0)
    sent(s, T0)
    s.feed(press(3, 300, 3), T0 + 300)
    assert sent(s, T0 + 300) == [Recall(1, 2)]
    s.tick(T0 + 900)
    assert sent(s, T0 + 900) == []
    s.feed(press(1, 100, 1), T0 + 950)
    s.tick(T0 + 1700)
    assert sent(s, T0 + 1700) == [Recall(2, 2)]
    s.tick(T0 + 2500)
    assert sent(s, T0 + 2500) == []  # given up after two tries


def test_echo_of_our_commands_is_refused_as_echo() -> None:
    s = connected()
    s.feed(hello(), T0)
    (e,) = s.feed(encode(Arm("q1")), T0 + 1)
    assert isinstance(e, RejectedFrame) and e.reason is RejectReason.ECHO


def test_a_hello_answering_who_on_a_greeted_line_is_not_a_new_hello() -> None:
    s = connected()
    s.feed(hello(0, 0), T0)
    events = s.feed(hello(1, 10), T0 + 10)
    assert [type(e) for e in events] == [HubMessage]
