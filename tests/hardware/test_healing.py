"""Links that heal, as pure state machines: a sequence number that fits nothing is checked with
the hub instead of deafening the link, a hello that was missed is asked for and its frames
placed, what cannot be recovered is reported by number, one bad line is refused alone — and
the counters add up."""

from __future__ import annotations

import pytest

from rcv.hardware.events import (
    FramesLost,
    HardwareEvent,
    HubMessage,
    KeyPress,
    LinkEvent,
    LinkStatus,
    RejectedFrame,
)
from rcv.hardware.lines import LineSplitter
from rcv.hardware.profile_library import load_profile
from rcv.hardware.profile_session import ProfileSession
from rcv.hardware.protocol import (
    Ack,
    Arm,
    Bad,
    Heartbeat,
    Hello,
    HubState,
    Lock,
    PressFrame,
    Recall,
    RejectReason,
    Replay,
    RunFate,
    RunFrame,
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


def beat(seq: int, ms: int, state: HubState = HubState.IDLE) -> bytes:
    return encode(Heartbeat(seq, ms, state))


def sent(session: HubSession, now: int) -> list[object]:
    splitter = LineSplitter()
    out = []
    for chunk in session.outgoing(now):
        for line in splitter.feed(chunk):
            assert not isinstance(line, Bad)
            out.append(parse_line(line))
    return out


def greeted(options: SessionOptions | None = None) -> HubSession:
    s = HubSession("pty", options)
    s.on_connected(T0)
    s.feed(hello(), T0)
    sent(s, T0)
    return s


def of(events: list[HardwareEvent], cls: type) -> list:
    return [e for e in events if isinstance(e, cls)]


def statuses(events: list[HardwareEvent]) -> list[LinkEvent]:
    return [e.kind for e in events if isinstance(e, LinkStatus)]


def adds_up(s: HubSession | ProfileSession) -> bool:
    st = s.stats
    return st.unaccounted == 0 and st.lines == (
        st.presses + sum(st.rejected.values()) + st.control + st.held
    )


def test_one_frame_far_ahead_does_not_deafen_the_link() -> None:
    """Noise that passed the checksum says #40000: the link asks the hub who it is, keeps
    taking the frames that fit, and refuses the stranger once the hub answers."""
    s = greeted()
    s.feed(press(1, 100, 1), T0 + 100)
    events = s.feed(press(40_000, 150, 2), T0 + 150)
    assert not of(events, KeyPress) and not of(events, LinkStatus)  # held, not a gap
    assert sent(s, T0 + 150) == [Who()]
    later = s.feed(press(2, 200, 3) + press(3, 300, 4), T0 + 300)
    assert [p.seat for p in of(later, KeyPress)] == [3, 4]  # still hearing
    answer = s.feed(hello(4, 350), T0 + 360)
    (refused,) = of(answer, RejectedFrame)
    assert refused.reason is RejectReason.OUT_OF_SEQUENCE and refused.seq == 40_000
    assert refused.seat == 2 and refused.key == "A"
    (resync,) = [e for e in answer if isinstance(e, LinkStatus) and e.kind is LinkEvent.RESYNC]
    assert "cùng lần khởi động" in resync.detail and "1 bị loại" in resync.detail
    assert of(answer, HubMessage)  # the hello answering WHO
    (p,) = of(s.feed(press(5, 500, 5), T0 + 500), KeyPress)
    assert p.seq == 5 and p.boot == 1
    assert sent(s, T0 + 600) == []  # nothing missing: #4 was the hello
    assert adds_up(s) and s.stats.resyncs == 1


def test_a_frame_far_behind_is_not_a_duplicate_for_good() -> None:
    """A hub that restarted and whose hello was lost counts from 0 again: its frames are held,
    the hub is asked, and they are placed in the new boot."""
    s = greeted()
    s.submit(Arm("q1"))
    for seq in range(1, 300):
        s.feed(beat(seq, seq * 1000, HubState.ARMED), T0 + seq * 1000)
    sent(s, T0 + 300_000)
    events = s.feed(beat(1, 1000) + press(2, 1500, 7, "B"), T0 + 301_500)
    assert not of(events, KeyPress) and not of(events, RejectedFrame)
    assert Who() in sent(s, T0 + 301_500)
    answer = s.feed(hello(3, 1600, boot=2), T0 + 301_600)
    assert statuses(answer)[:1] == [LinkEvent.REBOOTED]
    assert LinkEvent.RESYNC in statuses(answer)
    (p,) = of(answer, KeyPress)
    assert (p.seat, p.key, p.seq, p.boot) == (7, "B", 2, 2)
    assert Arm("q1") in sent(s, T0 + 301_600)  # the restarted hub is armed again
    # the old boot's last frames are unknown: reported once the stragglers' time is over
    closing = s.tick(T0 + 301_600 + 2000)
    (tail,) = of(closing, FramesLost)
    assert tail.boot == 1 and tail.after_seq == 299 and tail.runs == () and not tail.certain
    assert adds_up(s)


def test_frames_before_a_missed_hello_are_held_placed_or_refused_with_a_count() -> None:
    s = HubSession("pty", SessionOptions(hold_max_ms=5000))
    s.on_connected(T0)
    assert sent(s, T0) == [Who()]
    held = s.feed(press(10, 5000, 1) + press(11, 5100, 2), T0 + 100)
    assert held == [] and s.stats.held == 2 and adds_up(s)
    assert sent(s, T0 + 1000) == [Who()]  # asked again until it answers
    events = s.feed(hello(13, 6100), T0 + 1100)  # a second later on both clocks
    assert [type(e) for e in events][:3] == [LinkStatus, KeyPress, KeyPress]
    assert all(p.hub_id == "H1" and p.boot == 1 for p in of(events, KeyPress))
    assert sent(s, T0 + 1100) == [Recall(12, 12)]  # the number between them
    assert s.stats.held == 0 and adds_up(s)
    # a hub that never answers: its frames are refused after hold_max_ms, counted
    t = HubSession("pty", SessionOptions(hold_max_ms=5000))
    t.on_connected(T0)
    t.feed(press(1, 100, 1) + press(2, 200, 2), T0 + 100)
    assert t.tick(T0 + 5000) == [] or True
    refused = of(t.tick(T0 + 5100), RejectedFrame)
    assert [r.reason for r in refused] == [RejectReason.BEFORE_HELLO] * 2
    assert [r.seq for r in refused] == [1, 2] and [r.seat for r in refused] == [1, 2]
    assert t.stats.rejected[RejectReason.BEFORE_HELLO] == 2 and adds_up(t)


def test_recall_tells_a_heartbeat_from_a_forgotten_press() -> None:
    s = greeted(SessionOptions(settle_ms=300))
    s.feed(press(1, 100, 1), T0 + 100)
    s.feed(press(9, 900, 9), T0 + 900)  # 2..8 missing
    assert sent(s, T0 + 900) == [Recall(2, 8)]
    answer = (
        encode(RunFrame(2, 950, 3, RunFate.NOT_PRESSES))
        + press(4, 400, 4)  # still held: sent again
        + encode(RunFrame(5, 950, 6, RunFate.GONE))
        + encode(RunFrame(7, 950, 8, RunFate.NOT_PRESSES))
        + encode(Ack(10, 950, "RECALL", "OK"))
    )
    events = s.feed(answer, T0 + 960)
    (p,) = of(events, KeyPress)
    assert p.seq == 4 and p.replayed
    assert not of(events, FramesLost)  # a late copy may still come while it settles
    (lost,) = of(s.tick(T0 + 1300), FramesLost)
    assert lost.runs == ((5, 6),) and lost.count == 2 and lost.certain and lost.boot == 1
    assert s.stats.not_presses == 4 and s.stats.lost_presses == 2
    late = of(s.feed(press(5, 500, 5), T0 + 1400), RejectedFrame)
    assert [r.reason for r in late] == [RejectReason.LATE]
    s.tick(T0 + 3000)
    assert sent(s, T0 + 3000) == [] and not of(s.tick(T0 + 5000), FramesLost)  # nothing again
    assert adds_up(s)


def test_a_hub_without_recall_is_asked_with_replay_and_what_does_not_come_is_reported() -> None:
    s = greeted(SessionOptions(replay_tries=2, replay_retry_ms=700))
    s.feed(press(1, 100, 1), T0 + 100)
    s.feed(press(5, 500, 5), T0 + 500)
    assert sent(s, T0 + 500) == [Recall(2, 4)]
    s.feed(encode(Ack(6, 510, "RECALL", "UNKNOWN")), T0 + 520)  # an old hub
    assert sent(s, T0 + 520) == [Replay(2, 4)]
    s.feed(press(3, 300, 3), T0 + 540)
    s.tick(T0 + 1300)
    assert sent(s, T0 + 1300) == [Replay(2, 2), Replay(4, 4)]
    s.tick(T0 + 2000)
    (lost,) = of(s.tick(T0 + 2100), FramesLost)
    assert lost.runs == ((2, 2), (4, 4)) and not lost.certain
    assert "có thể" in lost.detail and s.stats.lost_unknown == 2


def test_an_impostor_with_a_wrong_time_is_checked_and_the_real_frame_recalled() -> None:
    """A dropped digit that the CRC-8 missed: right number, time ten times smaller."""
    s = greeted()
    for seq in range(1, 30):
        s.feed(beat(seq, seq * 1000), T0 + seq * 1000)
    events = s.feed(press(30, 2950, 3), T0 + 29_600)  # really 29500
    assert not of(events, KeyPress)
    answer = s.feed(hello(31, 29_700), T0 + 29_700)
    assert [r.reason for r in of(answer, RejectedFrame)] == [RejectReason.OUT_OF_SEQUENCE]
    assert sent(s, T0 + 29_700) == [Recall(30, 30)]
    (p,) = of(s.feed(press(30, 29_500, 3), T0 + 29_800), KeyPress)
    assert p.hub_ms == 29_500 and p.replayed


def test_no_answer_to_who_still_follows_the_new_numbers() -> None:
    s = greeted(SessionOptions(resync_timeout_ms=3000))
    for seq in range(1, 100):
        s.feed(beat(seq, seq * 1000), T0 + seq * 1000)
    events = []
    for i, seq in enumerate(range(5, 9)):
        events += s.feed(press(seq, 500 + i * 100, seq), T0 + 100_000 + i * 100)
    assert not of(events, KeyPress)
    events = s.tick(T0 + 103_100)
    (resync,) = [e for e in events if isinstance(e, LinkStatus)]
    assert resync.kind is LinkEvent.RESYNC and "không trả lời" in resync.detail
    assert [p.seq for p in of(events, KeyPress)] == [5, 6, 7, 8]
    assert all(p.boot is None for p in of(events, KeyPress))
    assert Who() in sent(s, T0 + 103_100)  # it still asks, to learn the boot
    s.feed(hello(9, 1000, boot=4), T0 + 103_200)
    (p,) = of(s.feed(press(10, 1100, 2), T0 + 103_300), KeyPress)
    assert p.boot == 4


def test_a_hello_that_arrives_after_frames_sent_after_it_places_them() -> None:
    s = HubSession("pty")
    s.on_connected(T0)
    s.feed(press(1, 500, 3), T0 + 10)  # the hello (#0) was delayed behind it
    events = s.feed(hello(0, 400), T0 + 20)
    assert [type(e) for e in events] == [LinkStatus, KeyPress]
    assert adds_up(s)


def test_an_idle_heartbeat_from_an_armed_hub_makes_rcv_ask_who() -> None:
    s = greeted()
    s.submit(Arm("q1"))
    assert sent(s, T0) == [Who(), Arm("q1")]
    s.feed(hello(1, 5) + encode(Ack(2, 10, "ARM", "OK")), T0 + 10)
    s.feed(beat(3, 1000, HubState.ARMED), T0 + 1000)
    s.feed(beat(4, 2000, HubState.IDLE), T0 + 2000)
    assert sent(s, T0 + 2000) == [Who()]


def test_each_arm_asks_who_first_and_its_presses_wait_for_the_answer() -> None:
    """A hub that restarted right after its hello, its new hello lost: its numbers look like
    the old boot's. The WHO sent with every ARM finds it before any press is taken."""
    s = greeted()
    s.feed(beat(1, 1000), T0 + 1000)
    s.submit(Arm("q1"))
    assert sent(s, T0 + 1000) == [Who(), Arm("q1")]
    # the hub restarted at T0+1500 and counts again from 0: its hello #0 was lost
    events = s.feed(beat(1, 1000) + press(2, 1100, 4), T0 + 2600)
    assert not of(events, KeyPress)  # the press waits
    answer = s.feed(hello(3, 1150, boot=2), T0 + 2650)
    assert statuses(answer)[0] is LinkEvent.REBOOTED
    (p,) = of(answer, KeyPress)
    assert (p.boot, p.seq, p.seat) == (2, 2, 4)
    assert Arm("q1") in sent(s, T0 + 2650)  # armed again after the restart
    # the same boot answering: the waiting presses are simply handed on
    t = greeted()
    t.submit(Arm("q2"))
    sent(t, T0)
    assert not t.feed(press(2, 300, 3), T0 + 300)
    events = t.feed(hello(1, 10), T0 + 310)
    assert [type(e) for e in events] == [HubMessage, KeyPress]


def test_an_exception_in_one_line_refuses_that_line_only(monkeypatch) -> None:
    s = greeted()
    real = s.take

    def explode(boot, frame, line, fit, now, events):  # type: ignore[no-untyped-def]
        if isinstance(frame, PressFrame) and frame.seat == 2:
            raise OverflowError("boom")
        real(boot, frame, line, fit, now, events)

    monkeypatch.setattr(s, "take", explode)
    events = s.feed(press(1, 100, 1) + press(2, 200, 2) + press(3, 300, 3), T0 + 300)
    events = [e for e in events if not isinstance(e, LinkStatus)]  # #2 missing: a gap
    assert [type(e) for e in events] == [KeyPress, RejectedFrame, KeyPress]
    bad = events[1]
    assert bad.reason is RejectReason.MALFORMED and "OverflowError" in bad.detail  # type: ignore[union-attr]
    assert (bad.seq, bad.seat) == (2, 2)  # type: ignore[union-attr]
    assert adds_up(s)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b'{"ev":"press","pad":1e400,"btn":"A","t":5}', RejectReason.MALFORMED),
        (b'{"ev":"press","pad":3,"btn":"A","t":1e400}', RejectReason.MALFORMED),
        (b'{"ev":"press","pad":NaN,"btn":"A"}', RejectReason.MALFORMED),
        (b'{"ev":"press","pad":[3],"btn":"A"}', RejectReason.MALFORMED),
        (b'{"ev":"press","pad":2.5,"btn":"A"}', RejectReason.MALFORMED),
        (b'{"ev":"press","pad":"x7","btn":"A"}', RejectReason.MALFORMED),
        (b'{"ev":"press","pad":3,"btn":{"k":1}}', RejectReason.MALFORMED),
        (b'{"ev":"press","pad":3}', RejectReason.UNRECOGNISED),
        (b"[1, 2]", RejectReason.UNRECOGNISED),
        (b"{not json", RejectReason.UNRECOGNISED),
    ],
)
def test_a_device_line_that_cannot_be_read_is_refused_alone(line: bytes, reason) -> None:
    s = ProfileSession("COM3", load_profile("esp32-jsonl"))
    s.on_connected(T0)
    good = b'{"ev":"press","pad":4,"btn":"B","t":900}'
    events = s.feed(good + b"\n" + line + b"\n" + good.replace(b"4", b"5") + b"\n", T0 + 10)
    assert [type(e) for e in events] == [KeyPress, RejectedFrame, KeyPress]
    assert events[1].reason is reason and events[1].detail  # type: ignore[union-attr]
    assert adds_up(s)


def test_a_regex_group_that_is_not_a_number_is_malformed() -> None:
    from rcv.hardware.profile import parse_profile

    profile = parse_profile("name: x\npattern: '^P(?P<seat>\\w+):(?P<key>[A-D])$'\n")
    s = ProfileSession("COM4", profile)
    s.on_connected(T0)
    events = s.feed(b"Pab:A\nP3:B\n", T0)
    assert [type(e) for e in events] == [RejectedFrame, KeyPress]
    assert events[0].reason is RejectReason.MALFORMED  # type: ignore[union-attr]


def test_a_line_cut_by_a_lost_port_is_counted() -> None:
    s = greeted()
    s.feed(press(1, 100, 1)[:12], T0 + 10)
    (cut,) = s.on_lost(T0 + 20)
    assert isinstance(cut, RejectedFrame) and cut.reason is RejectReason.TRUNCATED
    assert adds_up(s)


def test_lock_and_stop_report_what_is_still_missing() -> None:
    s = greeted()
    s.submit(Lock("q1"))
    s.feed(press(1, 100, 1) + press(4, 400, 4), T0 + 400)
    (lost,) = of(s.close(T0 + 500), FramesLost)
    assert lost.runs == ((2, 3),) and not lost.certain and "dừng" in lost.detail


def test_a_stranger_is_refused_when_the_hub_never_answers_who() -> None:
    s = greeted(SessionOptions(resync_timeout_ms=3000))
    s.feed(press(1, 100, 1), T0 + 100)
    assert s.feed(press(30_000, 150, 2), T0 + 150) == []  # held, WHO asked
    assert s.stats.held == 1
    events = s.tick(T0 + 3150)  # no answer: it fits nothing, refused; the boot is in doubt
    (refused,) = of(events, RejectedFrame)
    assert refused.reason is RejectReason.OUT_OF_SEQUENCE and refused.seq == 30_000
    (p,) = of(s.feed(press(2, 3200, 3), T0 + 3200), KeyPress)
    assert p.boot is None  # taken, but rcv says it is not sure which boot it is of
    assert Who() in sent(s, T0 + 3200)
    s.feed(hello(3, 3300), T0 + 3300)
    (p,) = of(s.feed(press(4, 3400, 4), T0 + 3400), KeyPress)
    assert p.boot == 1
    assert adds_up(s)


def test_a_late_hello_of_an_earlier_boot_is_not_a_restart() -> None:
    """Boot 2 said hello; boot 1's hello, held back on the line, arrives after it: the counter
    went back while boot 2 is heard, so it is a stale copy, not a restart."""
    s = HubSession("pty")
    s.on_connected(T0)
    s.feed(hello(0, 0, boot=2) + beat(1, 1000), T0 + 1000)
    events = s.feed(hello(0, 0, boot=1), T0 + 1040)
    assert [e.reason for e in of(events, RejectedFrame)] == [RejectReason.OUT_OF_SEQUENCE]
    assert LinkEvent.REBOOTED not in statuses(events) and s.boot == 2
    # a hub whose counter really went back (its EEPROM cleared) is believed once boot 2 is silent
    events = s.feed(hello(0, 0, boot=1), T0 + 1000 + 3600)
    assert statuses(events)[0] is LinkEvent.REBOOTED and s.boot == 1
    assert adds_up(s)
