"""The simulator's pure core: people, commands, faults — and the whole pipe, without threads:
simulator frames → bytes → the same session a link runs, with a hand-moved clock."""

from __future__ import annotations

from rcv.hardware.events import KeyPress
from rcv.hardware.protocol import (
    Arm,
    ArmMode,
    Diag,
    Led,
    LedState,
    Lock,
    PressFrame,
    Replay,
    SelfTest,
    SimAnswer,
    Who,
    encode,
)
from rcv.hardware.session import HubSession
from rcv.sim.hub import Faults, HubSpec, People, SimHub
from rcv.sim.wire import RcvWire

T0 = 1_767_225_600_000


def presses(frames: list) -> list[PressFrame]:
    return [f for f in frames if isinstance(f, PressFrame)]


def test_same_seed_same_presses_whatever_came_before() -> None:
    a = SimHub(HubSpec(last_seat=100), seed=5)
    b = SimHub(HubSpec(last_seat=100), seed=5)
    b.plan("warm-up")
    assert a.plan("q1") == b.plan("q1")
    assert a.plan("q1") != SimHub(HubSpec(last_seat=100), seed=6).plan("q1")


def test_people_answer_with_their_accuracy_and_a_human_delay() -> None:
    sim = SimHub(HubSpec(last_seat=400), People(accuracy=0.9, change_mind=0.0), seed=1)
    sim.tell_answer("q1", "C")
    plan = sim.plan("q1")
    right = sum(p.key == "C" for p in plan) / len(plan)
    assert 0.85 <= right <= 0.95
    delays = sorted(p.delay_ms for p in plan)
    assert 3000 <= delays[len(delays) // 2] <= 5000  # median around 4 s
    assert delays[0] >= 250


def test_without_being_told_people_agree_on_a_seeded_answer() -> None:
    sim = SimHub(HubSpec(last_seat=200), People(accuracy=0.8, change_mind=0.0), seed=2)
    keys = [p.key for p in sim.plan("q9")]
    assert max(keys.count(k) for k in "ABCD") > 0.7 * len(keys)
    assert sim.answer_of("q9") == max("ABCD", key=keys.count)


def test_arm_lock_and_eliminated_seats() -> None:
    sim = SimHub(HubSpec(last_seat=20), People(no_answer=0.0, change_mind=0.0), seed=3)
    sim.boot(0)
    sim.handle(Led(1, 5, LedState.ELIMINATED), 0)
    sim.handle(Arm("q1"), 1000)
    planned = sim.plan("q1")
    assert {p.seat for p in planned} == set(range(6, 21))
    cut = sorted(p.delay_ms for p in planned)[7]
    got = presses(sim.advance(1000 + cut))
    assert len(got) == 8 and all(
        f.hub_ms == 1000 + p.delay_ms for f, p in zip(got, planned, strict=False)
    )
    sim.handle(Lock("q1"), 1000 + cut)
    assert presses(sim.advance(1_000_000)) == []


def test_buzz_mode_reports_each_seat_once_and_locks_after_the_window() -> None:
    sim = SimHub(HubSpec(last_seat=200), People(buzz_share=1.0), seed=4)
    sim.boot(0)
    sim.handle(Arm("b1", ArmMode.BUZZ, window_ms=50), 0)
    got = presses(sim.advance(10_000))
    first = min(f.hub_ms for f in got)
    assert got and all(f.hub_ms <= first + 50 for f in got)
    assert len({f.seat for f in got}) == len(got)


def test_replay_sends_the_same_frames_again_and_selftest_finds_the_stuck_key() -> None:
    sim = SimHub(HubSpec(last_seat=10), People(median_ms=300, no_answer=0.0), seed=5)
    sim.boot(0)
    sim.handle(Arm("q1"), 0)
    first = presses(sim.advance(60_000))
    sim.handle(Replay(first[1].seq, first[3].seq), 60_000)
    again = presses(sim.advance(60_001))
    assert again == first[1:4]
    stuck = SimHub(HubSpec(last_seat=10), faults=Faults(stuck_seat=4))
    stuck.boot(0)
    stuck.handle(SelfTest(), 5)
    diags = [f for f in stuck.advance(5) if isinstance(f, Diag)]
    assert [(d.seat, d.result) for d in diags] == [(4, "STUCK"), (0, "DONE")]


def test_the_whole_pipe_without_threads_across_a_clock_wrap() -> None:
    """Simulator → wire → session, with a hub clock about to wrap and a noisy, busy line."""
    spec = HubSpec(last_seat=60, clock_start_ms=2**32 - 3000)
    sim = SimHub(spec, People(median_ms=3000, no_answer=0.0), Faults(noise=0.3), seed=9)
    wire = RcvWire()
    session = HubSession("pipe")
    session.on_connected(T0)
    delivered: list[KeyPress] = []
    sim.boot(0)
    commands = [SimAnswer("q1", "B"), Arm("q1")]
    for now in range(0, 20_000, 10):  # a 10 ms tick; the line is read 30 ms late
        for data in session.outgoing(T0 + now):
            for command in wire.commands(data):
                sim.handle(command, now)
        if now == 500:
            for command in commands:
                session.submit(command)
        out = b"".join(sim.line_faults(wire.encode(f)) for f in sim.advance(now))
        delivered += [e for e in session.feed(out, T0 + now + 30) if isinstance(e, KeyPress)]
    planned = sim.plan("q1")
    assert len(delivered) == len(planned)
    assert sum(p.key == "B" for p in delivered) > len(delivered) / 2
    for press, plan in zip(sorted(delivered, key=lambda p: p.at_ms), planned, strict=True):
        assert press.seat == plan.seat
    wrapped = [p for p in delivered if p.hub_ms >= 2**32]
    assert wrapped, "some presses came after the hub clock wrapped"
    assert all(p.at_ms <= p.received_ms for p in delivered)
    assert session.stats.rejected  # the noise was seen and counted


def test_who_is_answered_with_hello() -> None:
    sim = SimHub()
    sim.boot(0)
    sim.advance(0)
    sim.handle(Who(), 10)
    (hello,) = sim.advance(10)
    assert encode(hello).startswith(b"$RCV,HELLO,1,10,1,SIM1,1,50,")


def test_a_pause_shifts_the_remaining_presses_instead_of_starting_over() -> None:
    """LOCK during the countdown, ARM of the same question on resume: the people who had not
    pressed yet go on, later by the pause; those who had pressed do not press again."""
    sim = SimHub(HubSpec(last_seat=30), People(no_answer=0.0, change_mind=0.0), seed=8)
    sim.boot(0)
    sim.handle(Arm("q1"), 1000)
    planned = sim.plan("q1")
    cut = (planned[9].delay_ms + planned[10].delay_ms) // 2
    before = presses(sim.advance(1000 + cut))
    assert len(before) == 10
    sim.handle(Lock("q1"), 1000 + cut)
    assert presses(sim.advance(1000 + cut + 5000)) == []  # paused: nobody is taken
    sim.handle(Arm("q1"), 1000 + cut + 5000)
    after = presses(sim.advance(1_000_000))
    assert [(f.seat, f.key) for f in before + after] == [(p.seat, p.key) for p in planned]
    assert [f.hub_ms for f in after] == [1000 + p.delay_ms + 5000 for p in planned[10:]]
    sim.handle(Arm("q2"), 2_000_000)  # another question: planned afresh
    assert len(presses(sim.advance(3_000_000))) == len(sim.plan("q2"))


def test_a_paused_buzz_question_does_not_let_anyone_buzz_twice() -> None:
    sim = SimHub(HubSpec(last_seat=60), People(buzz_share=1.0, buzz_median_ms=600), seed=4)
    sim.boot(0)
    sim.handle(Arm("b1", ArmMode.BUZZ, window_ms=5000), 0)
    first = presses(sim.advance(600))
    sim.handle(Lock("b1"), 600)
    sim.handle(Arm("b1", ArmMode.BUZZ, window_ms=5000), 2600)
    rest = presses(sim.advance(20_000))
    seats = [f.seat for f in first + rest]
    assert first and rest and len(seats) == len(set(seats)) == 60
