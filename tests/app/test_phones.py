"""Phones end to end: the answer server on 127.0.0.1 (real HTTP and WebSockets, its worker
thread), the queued hand-over, the keypad link's press ledger, the controller and the event file.
"""

from __future__ import annotations

import json
import urllib.request

import pytest
from PySide6.QtCore import QCoreApplication
from websockets.sync.client import connect

from rcv.app.controller import ShowController
from rcv.app.keypads import KeypadLink
from rcv.app.phones import PhoneHub
from rcv.clock import ManualClock, SystemClock
from rcv.core.events import AnswerReceived, PressRejected, RescueApplied
from rcv.core.model import QuestionSet
from rcv.core.rules import AudienceRescue, RescueRules, Rules
from rcv.core.state import ShowSetup
from rcv.i18n import Words
from rcv.storage.event_file import EventFile
from rcv.web.limits import Limits
from rcv.web.pages import page_texts
from rcv.web.wire import AudienceAnswer
from tests.app.test_controller_trust import _fill
from tests.app.test_controller_trust import small_disk as small_disk  # a fixture
from tests.core.helpers import choice, questions, roster

SEATS = 6


@pytest.fixture
def hub(qtbot, tmp_path):
    qs = questions()
    qs = QuestionSet((choice("LONG", "C", time_s=120), *qs.questions))
    rules = Rules(rescue=RescueRules(after_question=0))
    event_file = EventFile.create(tmp_path / "show.rcv", ShowSetup(roster(SEATS), qs, rules))
    controller = ShowController(SystemClock())
    controller.attach(event_file)
    link = KeypadLink(controller, controller.clock)
    texts = {lang: page_texts(Words(lang)) for lang in ("vi", "en")}
    phones = PhoneHub(controller, link, texts)
    phones.start("127.0.0.1", 0, Limits(connections_per_address=50, join_burst=50))
    yield controller, phones, tmp_path
    phones.stop()
    link.stop()
    controller.detach()


def _ws(phones: PhoneHub):
    return connect(f"ws://127.0.0.1:{phones.address.port}/ws", open_timeout=5)


def _until(ws, kind: str) -> dict:
    while True:
        message = json.loads(ws.recv(timeout=5))
        if message["t"] == "ping":
            ws.send(json.dumps({"t": "pong", "id": message["id"]}))
        elif message["t"] == kind:
            return message


def test_a_phone_joins_answers_and_its_answer_is_in_the_log(hub, qtbot) -> None:
    controller, phones, _ = hub
    controller.show_question("LONG")
    controller.start_timer()
    with _ws(phones) as ws:
        ws.send(json.dumps({"t": "join", "token": phones.join_token(2)}))
        joined = _until(ws, "joined")
        assert joined["seat"] == 2 and joined["session"]
        assert _until(ws, "state")["mode"] == "armed"
        ws.send(json.dumps({"t": "press", "n": 1, "key": "C"}))
        assert _until(ws, "ack")["n"] == 1
        ws.send(json.dumps({"t": "press", "n": 1, "key": "C"}))  # sent again (a reconnect)
        qtbot.waitUntil(
            lambda: controller.pending_presses == 0 and len(_phone_rows(controller)) == 2
        )
        accepted, again = _phone_rows(controller)
        assert isinstance(accepted, AnswerReceived) and accepted.seat == 2
        assert isinstance(again, PressRejected) and again.reason == "duplicate_frame"
        assert _until(ws, "state")["mode"] == "answered"


def _phone_rows(controller: ShowController) -> list:
    return [
        e.event
        for e in controller.show.log
        if isinstance(e.event, AnswerReceived | PressRejected) and e.event.hub == "phones"
    ]


def test_one_device_per_seat_another_only_when_the_mc_approves(hub, qtbot) -> None:
    _, phones, _ = hub
    asked = []
    phones.takeoverRequested.connect(asked.append)
    token = phones.join_token(3)
    with _ws(phones) as first, _ws(phones) as second:
        first.send(json.dumps({"t": "join", "token": token}))
        session = _until(first, "joined")["session"]
        second.send(json.dumps({"t": "join", "token": token}))  # the same QR again: used
        assert _until(second, "refused")["why"] == "bad_token"
        second.send(json.dumps({"t": "join", "seat": 3, "pin": phones.pin(3)}))
        _until(second, "waiting")
        qtbot.waitUntil(lambda: len(asked) == 1)
        assert asked[0].seat == 3
        phones.approve(3)
        assert _until(second, "joined")["seat"] == 3
        _until(first, "replaced")
    with _ws(phones) as old:  # the old device's session no longer opens the seat
        old.send(json.dumps({"t": "resume", "session": session}))
        _until(old, "replaced")


def test_only_the_events_pages_are_served_with_strict_headers(hub) -> None:
    _, phones, _ = hub
    base = phones.address.base
    with urllib.request.urlopen(base + "/p", timeout=5) as response:
        assert b"phone.js" in response.read()
        assert "default-src 'self'" in response.headers["Content-Security-Policy"]
        assert response.headers["Cache-Control"] == "no-store"
    with urllib.request.urlopen(base + "/words.json?lang=en", timeout=5) as response:
        assert json.loads(response.read())["armed"] == "Answer now!"
    for path in ("/../rcv/web/server.py", "/s/../../pyproject.toml", "/etc/passwd", "/p.bak"):
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(base + path, timeout=5)
        assert caught.value.code == 404


def test_the_hall_answers_and_the_best_eliminated_return(hub, qtbot) -> None:
    controller, phones, _ = hub
    assert phones.audience.open() is None  # before any question: no rescue yet
    controller.show_question("LONG")
    controller.start_timer()
    controller.stop_early()
    controller.reveal()
    controller.apply_eliminations()
    controller.eliminate(1, "test")
    controller.eliminate(2, "test")
    game = phones.audience
    game.rescue = AudienceRescue(per_correct=2)
    started = game.open()
    assert started is not None
    right = started.question.correct
    wrong = next(k for k in started.question.letters if k != right)
    for device, key in (("a", right), ("b", right), ("b", wrong), ("c", wrong), ("d", right)):
        game.take(AudienceAnswer(device, started.id, key, 0))
    assert game.figures()["answered"] == 4  # "b" answered once
    assert game.close() == 3 and game.returns() == 1
    change = game.apply()
    rescue = next(e for e in change.events if isinstance(e, RescueApplied))
    assert rescue.seats == (1, 2)  # one earned; the two are tied by record, so both return


def test_the_server_stops_with_the_show(hub, qtbot) -> None:
    controller, phones, _ = hub
    server = phones.server
    assert server.running
    controller.detach()
    assert phones.server is None and not server.running


def test_on_a_full_disk_a_phones_answers_are_held_with_the_keypads_and_written_after(
    qtbot, small_disk
) -> None:
    """The phones' answers take the keypads' path: while a failed write waits for its retry
    nothing more is tried behind its back, nothing is lost, and the retry writes them in order."""
    clock = ManualClock()
    event_file = EventFile.create(
        small_disk / "show.rcv",
        ShowSetup(roster(SEATS), QuestionSet((choice("LONG", "C", time_s=120),)), Rules()),
    )
    controller = ShowController(clock)
    controller.attach(event_file)
    link = KeypadLink(controller, clock)
    texts = {lang: page_texts(Words(lang)) for lang in ("vi", "en")}
    phones = PhoneHub(controller, link, texts)
    phones.start("127.0.0.1", 0, Limits(connections_per_address=50, join_burst=50))
    failures: list[object] = []
    controller.storageFailed.connect(failures.append)
    try:
        controller.show_question("LONG")
        controller.start_timer()
        filler = _fill(small_disk)
        with _ws(phones) as ws:
            ws.send(json.dumps({"t": "join", "token": phones.join_token(2)}))
            _until(ws, "joined")
            ws.send(json.dumps({"t": "press", "n": 1, "key": "C"}))
            _until(ws, "ack")
            qtbot.waitUntil(lambda: bool(failures) or _phone_rows(controller) != [])
            assert failures and controller.storage_problem is not None
            assert _phone_rows(controller) == [] and controller.pending_presses >= 1
            tries = len(failures)
            ws.send(json.dumps({"t": "press", "n": 2, "key": "C"}))  # arrives while held
            _until(ws, "ack")
            qtbot.waitUntil(lambda: controller.pending_presses >= 2)
            for _ in range(3):  # the GUI thread free: no write is tried behind the retry's back
                QCoreApplication.processEvents()
            assert len(failures) == tries and _phone_rows(controller) == []
            filler.unlink()
            clock.advance(1000)
            controller.tick()  # the retry
            assert controller.storage_problem is None and controller.pending_presses == 0
            rows = _phone_rows(controller)
            assert isinstance(rows[0], AnswerReceived) and {r.seat for r in rows} == {2}
            assert [r.frame.rsplit(":", 1)[1] for r in rows] == ["1", "2"]  # both, in order
            assert phones.server is not None and phones.server.book.store.problem is not None
    finally:
        phones.stop()
        link.stop()
        controller.detach()
