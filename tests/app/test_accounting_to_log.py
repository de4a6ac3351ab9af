"""Nothing is lost and nothing is hidden, all the way to the log: the hardware property test's
simulated hub and misbehaving line (:mod:`tests.hardware.test_accounting`), then the keypad
link's ledger, then a show that plays the same questions (shows them, times them, pauses,
locks, reveals) and writes every record to a real event file.

Every press frame the hub sent, identified by (boot, seq), must be in the log exactly once:
an accepted answer, a press refused with its reason (late, duplicate, paused, not in play …,
or a reason of the link: a seat out of range, a bouncing key …), or a number inside a
"presses lost" entry. Copies of frames already in the log may appear on top only as
``duplicate_frame``/``after_lost``/``out_of_sequence`` refusals, noise only as counts. Each
hub's figures, counted from the log, add up to what the link received.

Figures over the run are printed at the end (``pytest -s``).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from rcv.app.press_ledger import PressLedger
from rcv.core import events as ev
from rcv.core.commands import Arrival
from rcv.core.model import Question, QuestionSet
from rcv.core.press_figures import PressTally
from rcv.core.rules import AnswerPolicy, Rules
from rcv.core.show import Show
from rcv.core.state import Phase, ShowSetup
from rcv.hardware.events import HardwareEvent, KeyPress, RejectedFrame
from rcv.hardware.protocol import ArmMode, PressFrame
from rcv.storage.event_file import EventFile
from tests.core.helpers import roster
from tests.hardware.test_accounting import T0, Scenario, run, scenarios

TRANSPORT = frozenset({"duplicate_frame", "after_lost", "out_of_sequence"})
EXAMPLES = int(os.environ.get("RCV_ACCOUNTING_EXAMPLES", "25"))


def _setup(scenario: Scenario) -> ShowSetup:
    qs = tuple(
        Question(f"q{i}", f"Câu {i}", options=("A", "B", "C", "D"), correct="A")
        for i in range(len(scenario.questions))
    )
    rules = Rules(answer_policy=AnswerPolicy.LAST_COUNTS, missing_answer_is_wrong=False)
    return ShowSetup(roster(scenario.seats), QuestionSet(qs), rules)


def _show_commands(scenario: Scenario) -> list[tuple[int, str, object]]:
    """The MC's steps, on the same virtual clock as the hub (ms after T0)."""
    steps: list[tuple[int, str, object]] = []
    for i, q in enumerate(scenario.questions):
        steps.append((q.start - 200, "show", f"q{i}"))
        steps.append((q.start, "timer", q.length))
        end = q.start + q.length
        if q.pause:
            steps.append((q.start + q.pause[0], "pause", None))
            steps.append((q.start + q.pause[0] + q.pause[1], "resume", None))
            end += q.pause[1]
        steps.append((end, "time_up", None))
        steps.append((end + 300, "reveal", None))
        steps.append((end + 600, "apply", None))
    return sorted(steps, key=lambda s: s[0])


def _when(event: HardwareEvent) -> int:
    return event.received_ms if isinstance(event, KeyPress) else event.at_ms


def play_into_log(scenario: Scenario, events: list[HardwareEvent], journal=None) -> Show:
    """The hardware events through the ledger into a show, with the MC's steps in between."""
    show = Show(_setup(scenario), journal=journal) if journal else Show(_setup(scenario))
    ledger = PressLedger(interval_ms=2000)
    steps = _show_commands(scenario)
    batch: list[Arrival] = []

    def flush(now: int) -> None:
        batch.extend(ledger.due_noise(now))
        if batch:
            show.presses(list(batch), now)
            batch.clear()

    def step_until(now: int) -> None:
        while steps and T0 + steps[0][0] <= now:
            at, kind, arg = steps.pop(0)
            at += T0
            flush(at)
            state = show.state
            if kind == "show":
                show.show_question(str(arg), at)
            elif kind == "timer":
                show.start_timer(at, int(arg) / 1000)  # type: ignore[call-overload]
            elif kind == "pause":
                show.pause(at)
            elif kind == "resume":
                show.resume(at)
            elif kind == "time_up" and state.phase is Phase.TIMER_RUNNING:
                show.time_up(max(at, state.questions[-1].deadline_ms or at), early=False)
            elif kind == "reveal":
                show.reveal(at)
            elif kind == "apply":
                show.apply_eliminations(at)

    last = T0
    for event in events:
        now = max(last, _when(event))
        step_until(now)
        batch.extend(ledger.take(event))
        if len(batch) >= 20:
            flush(now)
        last = now
    step_until(last + 10**9)
    batch.extend(ledger.due_noise(last, everything=True))
    if batch:
        show.presses(list(batch), last)
    return show


def account_log(scenario: Scenario, show: Show, sim, line, events) -> tuple[Counter, list[str]]:
    sent: dict[tuple[int, int], PressFrame] = {
        (boot, frame.seq): frame
        for frame, boot in zip(sim.sent, sim.sent_boot, strict=True)
        if isinstance(frame, PressFrame)
    }
    suspects = {(i.boot, i.original.seq) for i in line.impostors}
    suspects |= {(i.boot, getattr(i.seen_as, "seq", -1)) for i in line.impostors}
    records: Counter[tuple[int, int]] = Counter()
    figures: Counter[str] = Counter()
    problems: list[str] = []
    tails: dict[int, int] = {}
    unplaced: list[ev.PressRejected] = []
    for entry in show.log:
        e = entry.event
        if isinstance(e, ev.AnswerReceived | ev.PressRejected):
            reason = e.reason if isinstance(e, ev.PressRejected) else "accepted"
            figures[f"log_{reason}"] += 1
            boot_text, _, seq_text = e.frame.partition(":")
            if reason in TRANSPORT:
                continue  # a copy of a frame accounted for elsewhere, or a stray
            if boot_text == "?":
                unplaced.append(e)  # type: ignore[arg-type]
                continue
            key = (int(boot_text), int(seq_text))
            frame = sent.get(key)
            if frame is None or (frame.seat, frame.key) != (e.seat, e.answer):
                figures["impostor_effects" if key in suspects else "phantoms"] += 1
                if key not in suspects:
                    problems.append(f"a record of a press nobody sent like this: {e}")
                continue
            records[key] += 1
        elif isinstance(e, ev.PressesLost):
            if e.after_seq is not None and e.boot is not None:
                tails[e.boot] = min(tails.get(e.boot, e.after_seq), e.after_seq)
            for first, last in e.runs:
                seq = first
                while True:
                    if (e.boot, seq) in sent:
                        records[(e.boot, seq)] += 1  # type: ignore[index]
                        figures["log_lost"] += 1
                    if seq == last:
                        break
                    seq = (seq + 1) % 65536
        elif isinstance(e, ev.LineNoise):
            figures["log_noise"] += e.total
    for e in unplaced:  # a press refused before its hub's boot was known: by seq, seat and key
        seq = int(e.frame.partition(":")[2])
        matches = [
            k
            for k, f in sent.items()
            if k[1] == seq and (f.seat, f.key) == (e.seat, e.answer) and records[k] == 0
        ]
        if len(matches) == 1:
            records[matches[0]] += 1
        else:
            figures["unplaced_copies"] += 1
    for key in sent:
        n = records[key]
        figures["press_frames_sent"] += 1
        if n == 1:
            figures["accounted_once"] += 1
        elif n == 0 and key[0] in tails and 0 < (key[1] - tails[key[0]]) % 65536 < 32768:
            figures["after_last_frame_of_boot_said"] += 1  # no protocol can see it; rcv said so
        elif key in suspects:
            figures["impostor_effects"] += 1
        elif n == 0:
            figures["unaccounted"] += 1
            problems.append(f"press {key} {sent[key]} is not in the log")
        else:
            figures["accounted_twice"] += 1
            problems.append(f"press {key} {sent[key]} is in the log {n} times")
    # the figures the console shows add up to what the link received
    tally = PressTally(show.log).total()
    handed = sum(isinstance(e, KeyPress) for e in events)
    refused = sum(isinstance(e, RejectedFrame) for e in events)
    if tally.received != handed + refused:
        problems.append(f"log figures {tally.received} != link's {handed} + {refused}")
    return figures, problems


@pytest.fixture(scope="module")
def totals() -> Iterator[Counter[str]]:
    total: Counter[str] = Counter()
    yield total
    if total:
        print("\naccounting in the log over the hypothesis run:")
        for key in sorted(total):
            print(f"  {key:<32} {total[key]}")


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(scenario=scenarios())
def test_every_press_frame_sent_is_in_the_log_exactly_once(
    scenario: Scenario, totals: Counter[str]
) -> None:
    sim, _session, line, events = run(scenario)
    show = play_into_log(scenario, events)
    figures, problems = account_log(scenario, show, sim, line, events)
    totals.update(figures)
    totals["examples"] += 1
    assert not problems, "\n".join(problems[:10])


def test_the_same_through_a_real_event_file(tmp_path: Path) -> None:
    """One faulty run written through the event file: reopened, the log holds the same."""
    from tests.hardware.faultline import LineFaults
    from tests.hardware.test_accounting import Outage
    from tests.hardware.test_accounting import Question as Q

    faults = LineFaults(noise=0.05, drop_bytes=0.05, drop=0.05, duplicate=0.05, reorder=0.05)
    q = (Q(1000, 6000, ArmMode.ANSWER, (2000, 1500)),)
    scenario = Scenario(11, 24, 16, 1024, 0, q, (Outage(3000, 4000, False),), (), faults)
    sim, _session, line, events = run(scenario)
    path = tmp_path / "show.rcv"
    with EventFile.create(path, _setup(scenario)) as event_file:
        play_into_log(scenario, events, journal=event_file.append)
    with EventFile.open(path, read_only=True) as reopened:
        show = Show(reopened.setup, reopened.entries)
    figures, problems = account_log(scenario, show, sim, line, events)
    assert not problems, "\n".join(problems[:10])
    assert figures["accounted_once"] > 20 and figures["log_noise"] > 0
