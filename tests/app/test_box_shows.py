"""A whole show with each kind of box a crew already owns: the emulated box on a real
pseudo-terminal, its shipped profile, the keypad link, the show controller and a real event
file. People press on the box; the MC takes the suggested steps (and, in buzz-in questions,
keys in what the winner said); the show ends, and every press is in the log and adds up."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from rcv.app.controller import ShowController
from rcv.app.keypads import KeypadLink
from rcv.clock import SystemClock
from rcv.core import events as ev
from rcv.core.model import Pool, QuestionSet
from rcv.core.rules import BUZZ_STAGES, BuzzRules, Rules
from rcv.core.state import Phase, QuestionRecord, ShowSetup
from rcv.core.suggest import ActionKind
from rcv.hardware.pairing import PairingTable
from rcv.hardware.protocol import ArmMode
from rcv.hardware.settings import HardwareSettings
from rcv.sim.boxes.clicker import ColladoClicker
from rcv.sim.boxes.espnow import EspNowTeams
from rcv.sim.boxes.host import BoxHost
from rcv.sim.boxes.quizboard import QuizBoard
from rcv.sim.boxes.quizbowl import QuizBowlBuzzer
from rcv.sim.boxes.turning import TurningReceiver
from rcv.storage.event_file import EventFile
from tests.core.helpers import choice, roster

WAIT_MS = 15000
BUZZ = Rules(prizes=(), buzz=BuzzRules(stages=BUZZ_STAGES, window_ms=200))
KEYS = Rules(prizes=())
WRONG = {"A": "B", "B": "C", "C": "D", "D": "A"}


def _questions() -> QuestionSet:
    main = [choice(f"M{i}", "ABCD"[i % 4]) for i in range(1, 7)]
    extra = [choice(f"T{i}", "C", Pool.TIEBREAK) for i in range(1, 4)]
    extra += [choice("R1", "A", Pool.RESCUE), choice("F1", "D", Pool.FINAL)]
    return QuestionSet(tuple(main + extra))


@dataclass
class Stage:
    """A show in progress: its controller, its keypad link and its boxes."""

    qtbot: object
    controller: ShowController
    link: KeypadLink
    hosts: list[BoxHost]

    def answer(self, record: QuestionRecord) -> str:
        return self.controller.setup.questions.by_id(record.question_id).correct

    def wait(self, condition: Callable[[], bool]) -> None:
        self.qtbot.waitUntil(condition, timeout=WAIT_MS)  # type: ignore[attr-defined]


@pytest.fixture
def stage(qtbot, tmp_path: Path) -> Iterator[Callable[..., Stage]]:
    made: list[Stage] = []

    def make(
        seats: int,
        rules: Rules,
        boxes: list,
        ports: list[tuple[str, str]],
        pairing: tuple[str, PairingTable] | None = None,
    ) -> Stage:
        event_file = EventFile.create(
            tmp_path / "show.rcv", ShowSetup(roster(seats), _questions(), rules)
        )
        if pairing is not None:
            event_file.save_hardware(HardwareSettings(pairings=(pairing,)).to_plain())
        controller = ShowController(SystemClock())
        controller.attach(event_file)
        link = KeypadLink(controller, controller.clock)
        hosts = [BoxHost(box).start() for box in boxes]
        specs = [
            (spec.replace("{path}", host.path), profile)
            for (spec, profile), host in zip(ports, hosts, strict=True)
        ]
        assert link.connect_ports(specs) is None
        qtbot.waitUntil(lambda: all(h.connected for h in link._hub_info.values()), timeout=WAIT_MS)
        made.append(Stage(qtbot, controller, link, hosts))
        return made[-1]

    yield make
    for s in made:
        s.link.stop()
        for host in s.hosts:
            host.stop()
        s.controller.detach()


def play(stage: Stage, press_round: Callable[[QuestionRecord], None], limit: int = 200) -> None:
    """The MC takes every suggested step; while a question's clock runs, people press."""
    controller = stage.controller
    for _ in range(limit):
        state = controller.state
        assert state is not None
        if state.phase is Phase.FINISHED:
            return
        action = controller.suggestion()
        assert action is not None
        if action.kind is ActionKind.START_TIMER:
            controller.perform(action)
            press_round(state.questions[-1])
            controller.stop_early()
        elif action.kind is ActionKind.WAIT_TIME_UP:
            controller.stop_early()
        elif action.kind in (ActionKind.SHOW_RESULTS, ActionKind.REVEAL_PRIZE, ActionKind.NONE):
            return
        else:
            controller.perform(action)
    raise AssertionError("the show did not end")


def check_log(stage: Stage, hub: str) -> list[ev.Event]:
    """The show ended, the file verifies, and the log holds every record the link made."""
    controller = stage.controller
    assert controller.state is not None and controller.state.phase is Phase.FINISHED
    stage.link.stop()
    controller.flush_presses()
    event_file = controller.event_file
    assert event_file is not None
    with EventFile.open(event_file.path, read_only=True) as again:  # the whole chain verifies
        assert again.head == event_file.head
    figures = controller.press_figures().hubs[hub]
    stats = [link.stats() for link in stage.link.hubs.links]
    lines = sum(s.presses + sum(s.rejected.values()) for s in stats)
    assert figures.received == lines  # every line the box sent is in the log, once
    return [e.event for e in controller.show.log]


def _buzz_round(
    stage: Stage,
    press: Callable[[int, int], None],
    box,
    arm: str,
    gap_ms: int = 0,
    lockout_by_box: bool = True,
) -> Callable:
    """In a buzz-in question one participant buzzes first (another later, locked out by the
    box or by rcv), and the MC keys in what the winner said: right every other question."""

    rounds = [0]

    def round_(record: QuestionRecord) -> None:
        assert record.buzz is not None
        rounds[0] += 1  # the box hears the arm command once per question: wait for this one
        stage.wait(lambda: box.heard.count(arm) >= rounds[0] and box.heard[-1] == arm)
        players = list(record.participants)
        first = players[record.number % len(players)]
        stage.hosts[0].call(lambda now: press(first, now))
        if len(players) > 1:
            second = players[(record.number + 1) % len(players)]
            stage.hosts[0].call(lambda now: press(second, now + 400))
        stage.wait(lambda: first in record.buzzes)
        if len(players) > 1 and not lockout_by_box:  # the box sends it: rcv locks it out
            stage.wait(lambda: record.refused.get(second) == "locked_out")
        said = stage.answer(record) if record.number % 2 == 0 else WRONG[stage.answer(record)]
        stage.controller.set_answer(first, said, "nói")
        stage.qtbot.wait(gap_ms)  # type: ignore[attr-defined]  # every button let go

    return round_


def test_a_lock_out_buzzer_without_keys_plays_a_buzz_in_show(stage) -> None:
    box = QuizBowlBuzzer(buzzers=6)
    s = stage(6, BUZZ, [box], [("{path}", "quiz-bowl-buzzer")])
    play(s, _buzz_round(s, box.press, box, "r"))
    log = check_log(s, "quiz-bowl-buzzer")
    assert sum(isinstance(e, ev.BuzzReceived) for e in log) >= 6
    assert all(e.key == "" for e in log if isinstance(e, ev.BuzzReceived))
    assert any(isinstance(e, ev.ContestantEliminated | ev.EliminationsApplied) for e in log)


def test_a_byte_stream_box_plays_a_buzz_in_show(stage) -> None:
    box = QuizBoard(buttons=6, repeat_ms=40)
    s = stage(6, BUZZ, [box], [("{path}", "quiz-board-bytes")])
    held = _buzz_round(s, lambda seat, now: box.press(seat, now, hold_ms=300), box, "R", 800)
    play(s, held)
    log = check_log(s, "quiz-board-bytes")
    buzzes = [e for e in log if isinstance(e, ev.BuzzReceived)]
    assert len(buzzes) >= 6
    figures = s.controller.press_figures().hubs["quiz-board-bytes"]
    assert figures.noise["held"] > 0 and figures.noise["echo"] > 0  # counted, not hidden


def test_wireless_team_buzzers_play_a_buzz_in_show(stage) -> None:
    box = EspNowTeams()
    s = stage(8, BUZZ, [box], [("{path}", "espnow-teams")])
    seat_to_button = {seat: ("ABCD"[(seat - 1) // 4], (seat - 1) % 4 + 1) for seat in range(1, 9)}

    def press(seat: int, now: int) -> None:
        team, player = seat_to_button[seat]
        box.press(team, player, now)

    play(s, _buzz_round(s, press, box, "clear", lockout_by_box=False))
    log = check_log(s, "espnow-teams")
    refused = [e.reason for e in log if isinstance(e, ev.PressRejected)]
    assert "locked_out" in refused  # the second buzz, 400 ms after the first, by rcv's clock


def test_a_clicker_receiver_with_paired_hex_ids_plays_a_show(stage) -> None:
    box = TurningReceiver()
    ids = {seat: 0x090F00 + seat * 6 for seat in range(1, 7)}  # 090F06, 090F0C, …, 090F24
    table = PairingTable.of({f"{i:06X}": seat for seat, i in ids.items()})
    s = stage(6, KEYS, [box], [("{path}", "turning-rcrf03")], ("turning-rcrf03", table))

    def round_(record: QuestionRecord) -> None:
        right = s.answer(record)
        for seat in record.participants:
            key = right if (seat + record.number) % 3 else WRONG[right]
            s.hosts[0].call(
                lambda now, c=ids[seat], k=key: box.click(c, "1234"["ABCD".index(k)], now)
            )
        s.wait(lambda: set(record.answers) == set(record.participants))
        s.qtbot.wait(350)  # a question takes longer than the profile's debounce of 300 ms

    play(s, round_)
    log = check_log(s, "turning-rcrf03")
    answered = {e.seat for e in log if isinstance(e, ev.AnswerReceived)}
    assert answered == set(range(1, 7))
    assert box.feedback  # right/wrong reached the paired clickers after each reveal


def test_one_clicker_per_port_plays_a_show(stage) -> None:
    clickers = [ColladoClicker() for _ in range(4)]
    ports = [(f"{{path}}@{seat}", "clicker-per-port") for seat in (1, 2, 3, 4)]
    s = stage(4, KEYS, clickers, ports)

    def round_(record: QuestionRecord) -> None:
        right = s.answer(record)
        for seat in record.participants:
            key = right if (seat + record.number) % 3 else WRONG[right]
            s.hosts[seat - 1].call(lambda now, c=clickers[seat - 1], k=key: c.press(k, now))
        s.wait(lambda: set(record.answers) == set(record.participants))
        s.qtbot.wait(250)  # the clicker's own debounce is 200 ms

    play(s, round_)
    log = check_log(s, "clicker-per-port")
    assert {e.seat for e in log if isinstance(e, ev.AnswerReceived)} == {1, 2, 3, 4}


def test_arm_mode_follows_the_question(stage) -> None:
    """The hubs are told ARM … BUZZ for a buzz-in question, ANS otherwise."""
    from rcv.app.keypads import arm_mode

    box = QuizBowlBuzzer(buzzers=3)
    s = stage(3, BUZZ, [box], [("{path}", "quiz-bowl-buzzer")])
    s.controller.show_question("M1")
    s.controller.start_timer()
    record = s.controller.state.questions[-1]
    assert arm_mode(record) == (ArmMode.BUZZ, 200)
    s.controller.stop_early()
