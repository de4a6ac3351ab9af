"""Nothing is lost and nothing is hidden, as a property: a simulated hub runs several questions
(ARM, pauses, LOCK, LEDs) through a line that misbehaves in every way we know of
(:mod:`.faultline`: noise, dropped bytes and frames, duplicates, reordering, the cable pulled
with and without the hub restarting, restarts of its own) into the session a link runs, with
the session's WHO and RECALL fed back to the hub. Pure: no threads, virtual time.

Every press frame the hub sent, identified by (boot, seq), must be accounted for exactly once:
a :class:`KeyPress`, a :class:`RejectedFrame` carrying its seq with a reason about the press
(not about the line), or a number inside a :class:`FramesLost`. Transport duplicates may come
on top only as ``duplicate``/``late`` refusals. The counters must add up.

One loss no protocol can see is kept apart, not hidden: presses sent after the last frame rcv
ever received from a boot that then ended (the hub restarted). rcv must have said so
(``FramesLost.after_seq``); the test checks it did and counts how often it happens. Damage that
passed the CRC-8 (a dropped byte the checksum missed) is counted apart too, from the line's
own record of it.

Figures for the whole run are printed at the end (``pytest -s``); more examples with
``RCV_ACCOUNTING_EXAMPLES=500``.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from rcv.hardware.events import FramesLost, HardwareEvent, KeyPress, RejectedFrame
from rcv.hardware.protocol import (
    HUB_MS_MODULUS,
    TRANSPORT_REASONS,
    Arm,
    ArmMode,
    Led,
    LedState,
    Lock,
    PressFrame,
    RejectReason,
    parse_line,
)
from rcv.hardware.session import HubSession
from rcv.sim.hub import HubSpec, People, SimHub
from rcv.sim.wire import RcvWire

from .faultline import FaultyLine, LineFaults

T0 = 1_767_225_600_000
STEP = 10  # ms of virtual time per step
QUIET_MS = 15_000  # at the end, a clean line so every question the session asks is answered
EXAMPLES = int(os.environ.get("RCV_ACCOUNTING_EXAMPLES", "100"))
PHASES = (
    tuple(Phase)
    if os.environ.get("RCV_ACCOUNTING_SHRINK", "1") == "1"
    else (
        Phase.explicit,
        Phase.reuse,
        Phase.generate,
    )
)


@dataclass(frozen=True)
class Question:
    start: int
    length: int
    mode: ArmMode
    pause: tuple[int, int] | None  # (after, for) ms: LOCK then ARM of the same question


@dataclass(frozen=True)
class Outage:
    at: int
    length: int
    reboot: bool  # a USB-powered hub restarts when plugged back


@dataclass(frozen=True)
class Scenario:
    seed: int
    seats: int
    memory: int
    kinds: int
    clock_start: int
    questions: tuple[Question, ...]
    outages: tuple[Outage, ...]
    restarts: tuple[tuple[int, bool], ...]  # (at, hello heard) restarts of the hub's own
    faults: LineFaults
    # (at, seat, key): a key that bounces (pressed twice 60 ms apart; the hub reports both if
    # armed) — on a seat beyond the hub's range when seat > seats
    bounces: tuple[tuple[int, int, str], ...] = ()


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    questions = []
    t = draw(st.integers(500, 3000))
    for _ in range(draw(st.integers(2, 4))):
        length = draw(st.integers(3000, 9000))
        pause = None
        if draw(st.booleans()):
            pause = (draw(st.integers(200, length - 500)), draw(st.integers(300, 4000)))
        mode = draw(st.sampled_from([ArmMode.ANSWER, ArmMode.ANSWER, ArmMode.BUZZ]))
        questions.append(Question(t, length, mode, pause))
        t += length + (pause[1] if pause else 0) + draw(st.integers(1000, 4000))
    end = t
    outages = []
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, end))
        outages.append(Outage(at, draw(st.integers(50, 8000)), draw(st.booleans())))
    restarts = tuple(
        (draw(st.integers(0, end)), draw(st.booleans())) for _ in range(draw(st.integers(0, 2)))
    )
    p = st.sampled_from([0.0, 0.0, 0.01, 0.05, 0.2])
    faults = LineFaults(
        noise=draw(p),
        drop_bytes=draw(p),
        drop=draw(p),
        duplicate=draw(p),
        reorder=draw(p),
        reorder_ms=draw(st.integers(2, 120)),
        delay_ms=draw(st.integers(1, 40)),
        command_drop=draw(st.sampled_from([0.0, 0.0, 0.05, 0.2])),
    )
    return Scenario(
        seed=draw(st.integers(0, 10**6)),
        seats=draw(st.integers(4, 40)),
        memory=draw(st.sampled_from([4, 16, 64, 256])),
        kinds=draw(st.sampled_from([64, 1024, 4096])),
        clock_start=draw(st.sampled_from([0, 2**32 - 20_000, 123_456_789])),
        questions=tuple(questions),
        outages=tuple(sorted(outages, key=lambda o: o.at)),
        restarts=restarts,
        faults=faults,
        bounces=tuple(
            (draw(st.integers(0, end)), draw(st.integers(1, 41)), draw(st.sampled_from("ABCD")))
            for _ in range(draw(st.integers(0, 4)))
        ),
    )


def app_commands(scenario: Scenario) -> Iterator[tuple[int, object]]:
    """What the show asks of the hub, and when: lights off, arm, pause, lock, verdicts."""
    for i, q in enumerate(scenario.questions):
        qid = f"q{i}"
        yield q.start - 300, Led(1, scenario.seats, LedState.OFF)
        yield q.start, Arm(qid, q.mode, 150 if q.mode is ArmMode.BUZZ else 0)
        end = q.start + q.length
        if q.pause:
            yield q.start + q.pause[0], Lock(qid)
            yield q.start + q.pause[0] + q.pause[1], Arm(qid, q.mode, 150)
            end += q.pause[1]
        yield end, Lock(qid)
        yield end + 400, Led(1, max(1, scenario.seats // 3), LedState.CORRECT)
        if i == 0 and scenario.seats > 3:
            yield end + 500, Led(scenario.seats, scenario.seats, LedState.ELIMINATED)


def run(scenario: Scenario) -> tuple[SimHub, HubSession, FaultyLine, list[HardwareEvent]]:
    spec = HubSpec(
        hub_id="P1",
        last_seat=scenario.seats,
        memory=scenario.memory,
        kinds=scenario.kinds,
        clock_start_ms=scenario.clock_start,
    )
    people = People(median_ms=1500, spread=0.6, no_answer=0.05, change_mind=0.2)
    sim = SimHub(spec, people, seed=scenario.seed)
    line = FaultyLine(scenario.faults, scenario.seed)
    wire = RcvWire()
    session = HubSession("prop")
    events: list[HardwareEvent] = []
    plan = sorted(app_commands(scenario), key=lambda x: x[0])
    end = max([t for t, _ in plan] + [o.at + o.length for o in scenario.outages])
    unplug = {o.at: o for o in scenario.outages}
    replug: dict[int, Outage] = {}
    restarts = dict(scenario.restarts)
    bounces = sorted([(at + d, seat, key) for at, seat, key in scenario.bounces for d in (0, 60)])
    sim.boot(0)
    session.on_connected(T0)
    t = 0
    while t <= end + QUIET_MS:
        now = T0 + t
        if t > end and line.faults != LineFaults():
            line.faults = LineFaults()  # the quiet end: every question gets its answer
            if not line.plugged:
                line.replug()
                session.on_connected(now)
        while plan and plan[0][0] <= t:
            session.submit(plan.pop(0)[1])  # type: ignore[arg-type]
        for at in [a for a in unplug if a <= t]:
            outage = unplug.pop(at)
            if line.plugged:
                line.unplug()
                events += session.on_lost(now)
                replug[t + outage.length] = outage
        for at in [a for a in replug if a <= t]:
            outage = replug.pop(at)
            if not line.plugged:
                line.replug()
                session.on_connected(now)
                if outage.reboot:
                    sim.reboot(t)
        for at in [a for a in restarts if a <= t]:
            sim.reboot(t, hello=restarts.pop(at))
        while bounces and bounces[0][0] <= t:
            _, seat, key = bounces.pop(0)
            sim.press(seat, key, t)
        for data in session.outgoing(now):
            line.send_down(data, t)
        for command in wire.commands(line.receive_down(t)):
            sim.handle(command, t)
        before = len(sim.sent)
        for frame in sim.advance(t):
            line.send_up(frame, sim.boot_number, t)
        del before
        for chunk in line.receive_up(t):
            events += session.feed(chunk, now)
        events += session.tick(now)
        t += STEP
    events += session.close(T0 + t)
    return sim, session, line, events


@dataclass
class Ledger:
    """What became of every press frame the hub sent."""

    figures: Counter[str]
    problems: list[str]


def account(sim: SimHub, session: HubSession, line: FaultyLine, events: list) -> Ledger:
    sent: dict[tuple[int, int], PressFrame] = {}
    for frame, boot in zip(sim.sent, sim.sent_boot, strict=True):
        if isinstance(frame, PressFrame):
            sent[(boot, frame.seq)] = frame
    boots_of_seq: dict[int, set[int]] = {}
    for boot, seq in sent:
        boots_of_seq.setdefault(seq, set()).add(boot)
    records: Counter[tuple[int, int]] = Counter()
    how: dict[tuple[int, int], list[str]] = {}
    figures: Counter[str] = Counter()
    problems: list[str] = []
    tails: dict[int, int] = {}
    unplaced: list[RejectedFrame] = []
    suspects = {(i.boot, i.original.seq) for i in line.impostors}
    suspects |= {(i.boot, getattr(i.seen_as, "seq", -1)) for i in line.impostors}

    def note(key: tuple[int, int], kind: str) -> None:
        records[key] += 1
        how.setdefault(key, []).append(kind)

    unsure: list[KeyPress] = []
    unsure_lost: list[FramesLost] = []
    for e in events:
        if isinstance(e, KeyPress) and e.boot is None:  # rcv was not sure of the boot: said so
            unsure.append(e)
        elif isinstance(e, KeyPress):
            key = (e.boot, e.seq)
            frame = sent.get(key)  # type: ignore[arg-type]
            if (
                frame is None
                or (frame.seat, frame.key) != (e.seat, e.key)
                or (frame.hub_ms != e.hub_ms % HUB_MS_MODULUS)
            ):
                figures["impostor_handed_on" if key in suspects else "phantoms"] += 1
                if key not in suspects:
                    problems.append(f"a press nobody sent like this: {e}")
                continue
            note(key, "press")  # type: ignore[arg-type]
        elif isinstance(e, RejectedFrame) and e.seq is not None:
            if e.boot is None:  # refused before it could be placed: found by its bytes later
                unplaced.append(e)
            elif e.reason in TRANSPORT_REASONS:
                figures[f"refused_{e.reason.value}"] += 1
            else:
                note((e.boot, e.seq), e.reason.value)
        elif isinstance(e, FramesLost) and e.boot is None:
            unsure_lost.append(e)
        elif isinstance(e, FramesLost):
            if e.after_seq is not None:
                tails[e.boot] = min(tails.get(e.boot, e.after_seq), e.after_seq)  # type: ignore[index]
            for first, last in e.runs:
                seq = first
                while True:
                    key = (e.boot, seq)
                    if key in sent:
                        note(key, "lost" if e.certain else "lost?")  # type: ignore[arg-type]
                    elif e.certain and key not in suspects:
                        problems.append(f"#{seq} of boot {e.boot} reported as a lost press: {e}")
                    if seq == last:
                        break
                    seq = (seq + 1) % 65536
    for p in unsure:  # handed on with the boot unknown: found by its contents
        matches = [
            b
            for b in boots_of_seq.get(p.seq, ())
            if (sent[(b, p.seq)].seat, sent[(b, p.seq)].key) == (p.seat, p.key)
            and sent[(b, p.seq)].hub_ms == p.hub_ms % HUB_MS_MODULUS
            and records[(b, p.seq)] == 0
        ]
        if len(matches) == 1:
            note((matches[0], p.seq), "press?")
        else:
            problems.append(f"a press handed on with no boot that names no single press: {p}")
    for e in unsure_lost:  # numbers lost of a boot rcv was not sure of
        for first, last in e.runs:
            for seq in _seqs(first, last):
                matches = [b for b in boots_of_seq.get(seq, ()) if records[(b, seq)] == 0]
                if len(matches) == 1:
                    note((matches[0], seq), "lost?")
    for e in unplaced:  # the one record of a press no boot could take, or a copy, or noise
        seen = parse_line(e.raw.strip(b"\r\n"))
        matches = [b for b in boots_of_seq.get(e.seq, ()) if sent[(b, e.seq)] == seen]  # type: ignore[arg-type]
        if len(matches) == 1 and records[(matches[0], e.seq)] == 0:  # type: ignore[index]
            note((matches[0], e.seq), f"unplaced {e.reason.value}")  # type: ignore[arg-type]
        elif matches:
            figures[f"refused_{e.reason.value}"] += 1  # a copy of one accounted for
        elif any(i.seen_as == seen for i in line.impostors):  # damage the CRC-8 let through
            figures["impostor_refused"] += 1
        elif isinstance(seen, PressFrame):
            problems.append(f"a refusal of a press nobody sent: {e}")
        else:
            figures[f"refused_{e.reason.value}"] += 1  # not a press
    for key, frame in sent.items():
        n = records[key]
        figures["press_frames_sent"] += 1
        if n == 1:
            kind = how[key][0]
            named = {
                "press": "handed_on",
                "press?": "handed_on_boot_unknown",
                "lost": "lost_certain",
                "lost?": "lost_maybe",
            }
            figures[
                named.get(kind, "refused_unplaced" if "unplaced" in kind else "refused_with_reason")
            ] += 1
        elif n == 0 and key[0] in tails and _after(key[1], tails[key[0]]):
            figures["after_last_frame_of_boot"] += 1  # undetectable; rcv said so
        elif key in suspects:
            figures["impostor_press_miscounted"] += 1
        elif n == 0:
            figures["unaccounted"] += 1
            problems.append(f"press {key} {frame} never accounted for")
        else:
            figures["accounted_twice"] += 1
            problems.append(f"press {key} {frame} accounted {n} times: {how[key]}")
    st = session.stats
    if st.unaccounted or st.held:
        problems.append(f"counters do not add up: {st}")
    if st.presses != sum(isinstance(e, KeyPress) for e in events):
        problems.append("stats.presses is not the number of presses handed on")
    if sum(st.rejected.values()) != sum(isinstance(e, RejectedFrame) for e in events):
        problems.append("stats.rejected is not the number of refusals")
    figures["frames_sent"] += len(sim.sent)
    figures["lines_in"] += st.lines
    figures["impostors_on_line"] += len(line.impostors)
    figures["tail_reports"] += sum(
        isinstance(e, FramesLost) and e.after_seq is not None for e in events
    )
    return Ledger(figures, problems)


def _seqs(first: int, last: int) -> Iterator[int]:
    seq = first
    while True:
        yield seq
        if seq == last:
            return
        seq = (seq + 1) % 65536


def _after(seq: int, last: int) -> bool:
    return 0 < (seq - last) % 65536 < 32768


@pytest.fixture(scope="module")
def totals() -> Iterator[Counter[str]]:
    total: Counter[str] = Counter()
    yield total
    if total:
        keys = [
            "examples",
            "frames_sent",
            "press_frames_sent",
            "handed_on",
            "handed_on_boot_unknown",
            "refused_with_reason",
            "refused_unplaced",
            "lost_certain",
            "lost_maybe",
            "after_last_frame_of_boot",
            "impostors_on_line",
            "impostor_handed_on",
            "impostor_refused",
            "impostor_press_miscounted",
            "unaccounted",
            "accounted_twice",
            "phantoms",
            "tail_reports",
            "lines_in",
        ]
        print("\naccounting over the hypothesis run:")
        for k in keys:
            print(f"  {k:<28} {total[k]}")
        extra = sorted(k for k in total if k.startswith("refused_") and k not in keys)
        print("  transport refusals:", ", ".join(f"{k[8:]} {total[k]}" for k in extra))


@settings(
    max_examples=EXAMPLES,
    phases=PHASES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(scenario=scenarios())
def test_every_press_frame_is_accounted_for_exactly_once(
    scenario: Scenario, totals: Counter[str]
) -> None:
    sim, session, line, events = run(scenario)
    ledger = account(sim, session, line, events)
    totals.update(ledger.figures)
    totals["examples"] += 1
    assert not ledger.problems, "\n".join(ledger.problems[:10])


def test_a_clean_show_hands_on_every_press_and_loses_nothing() -> None:
    """The same run without faults: every press handed on, nothing reported lost."""
    q = (
        Question(1000, 5000, ArmMode.ANSWER, (2000, 1500)),
        Question(9000, 4000, ArmMode.BUZZ, None),
    )
    scenario = Scenario(7, 30, 64, 1024, 0, q, (), (), LineFaults())
    sim, session, line, events = run(scenario)
    ledger = account(sim, session, line, events)
    assert not ledger.problems
    assert ledger.figures["handed_on"] == ledger.figures["press_frames_sent"] > 30
    assert not [e for e in events if isinstance(e, FramesLost | RejectedFrame)]


def test_a_long_outage_reports_exactly_the_forgotten_presses() -> None:
    """The cable is out longer than the hub's memory lasts: the presses it forgot are named,
    the heartbeats in between are not."""
    q = (Question(1000, 8000, ArmMode.ANSWER, None),)
    scenario = Scenario(3, 40, 4, 4096, 0, q, (Outage(1500, 6000, False),), (), LineFaults())
    sim, session, line, events = run(scenario)
    ledger = account(sim, session, line, events)
    assert not ledger.problems
    lost = [e for e in events if isinstance(e, FramesLost)]
    assert lost and all(e.certain for e in lost)
    assert ledger.figures["lost_certain"] > 0 and ledger.figures["lost_maybe"] == 0
    named = {s for e in lost for a, b in e.runs for s in range(a, b + 1)}
    beats = {f.seq for f in sim.sent if not isinstance(f, PressFrame)}
    assert not named & beats


def test_a_restart_during_an_outage_says_what_may_be_lost() -> None:
    q = (Question(1000, 8000, ArmMode.ANSWER, None),)
    scenario = Scenario(5, 40, 64, 4096, 0, q, (Outage(2500, 3000, True),), (), LineFaults())
    sim, session, line, events = run(scenario)
    ledger = account(sim, session, line, events)
    assert not ledger.problems
    tails = [e for e in events if isinstance(e, FramesLost) and e.after_seq is not None]
    assert len(tails) == 1 and tails[0].boot == 1
    assert ledger.figures["after_last_frame_of_boot"] > 0  # presses made while unplugged
    assert RejectReason.BEFORE_HELLO not in session.stats.rejected
