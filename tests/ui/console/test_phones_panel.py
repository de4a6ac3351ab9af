"""The phones panel driving a real answer server on 127.0.0.1: a real WebSocket client joins a
seat and shows up in the table; a takeover is approved from the panel; the whiteboard's typed
list is confirmed before it lands in the log; the audience round; the join cards read back."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf
import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from websockets.sync.client import connect

from rcv.app.controller import ShowController
from rcv.app.hall import hall_view
from rcv.app.keypads import KeypadLink
from rcv.app.phones import PhoneHub
from rcv.app.whiteboard import WHITEBOARD_REASON
from rcv.clock import SystemClock
from rcv.core.events import AnswerSet, EliminationsApplied, RescueApplied
from rcv.core.model import Pool, QuestionSet
from rcv.core.rules import AudienceRescue, RescueRules, Rules
from rcv.core.state import Phase, ShowSetup
from rcv.i18n import Words
from rcv.i18n.phrases.phones import CTX, PHONES, phones_words
from rcv.storage.event_file import EventFile
from rcv.ui.console.phones_board import seat_ranges
from rcv.ui.console.phones_panel import LOOPBACK, PhonesDialog, ipv4_interfaces
from rcv.web.pages import page_texts
from tests.core.helpers import choice, questions, roster

SEATS = 8


@pytest.fixture
def panel(qtbot, tmp_path):
    qs = questions()
    qs = QuestionSet((*qs.questions, choice("AUD", "B", pool=Pool.AUDIENCE)))
    rules = Rules(rescue=RescueRules(after_question=0))
    event_file = EventFile.create(tmp_path / "show.rcv", ShowSetup(roster(SEATS), qs, rules))
    controller = ShowController(SystemClock())
    controller.attach(event_file)
    link = KeypadLink(controller, controller.clock)
    texts = {lang: page_texts(Words(lang)) for lang in ("vi", "en")}
    hub = PhoneHub(controller, link, texts)
    dialog = PhonesDialog(controller, hub, Words("en"), port=0)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog, controller, hub
    hub.stop()
    link.stop()
    controller.detach()


def _until(ws, kind: str) -> dict:
    while True:
        message = json.loads(ws.recv(timeout=5))
        if message["t"] == "ping":
            ws.send(json.dumps({"t": "pong", "id": message["id"]}))
        elif message["t"] == kind:
            return message


def _start(dialog: PhonesDialog, hub: PhoneHub) -> None:
    assert dialog.choose_interface(LOOPBACK)
    dialog.start_button.click()
    assert hub.server is not None and hub.address.host == LOOPBACK


def _phone_cell(dialog: PhonesDialog, seat: int) -> str:
    return dialog.seats.table.item(seat - 1, 3).text()


def test_the_machines_addresses_include_loopback() -> None:
    found = ipv4_interfaces()
    assert (LOOPBACK, found[-1][1]) in found
    assert all(ip.count(".") == 3 for ip, _ in found)


def test_start_join_a_seat_and_approve_a_takeover(panel, qtbot) -> None:
    dialog, _, hub = panel
    assert dialog.start_button.text() == "&Start the server"
    assert not dialog.print_button.isEnabled()
    _start(dialog, hub)
    assert dialog.start_button.text() == "&Stop the server"
    assert hub.address.base in dialog.state.text()
    assert not dialog.qr.pixmap().isNull()
    assert dialog.seats.table.item(2, 2).text() == hub.pin(3)  # the PIN column
    token = hub.join_token(3)
    url = f"ws://{LOOPBACK}:{hub.address.port}/ws"
    with connect(url, open_timeout=5) as first, connect(url, open_timeout=5) as second:
        first.send(json.dumps({"t": "join", "token": token}))
        _until(first, "joined")
        qtbot.waitUntil(lambda: _phone_cell(dialog, 3).startswith("joined"), timeout=5000)
        assert _phone_cell(dialog, 2) == "—"
        assert dialog.seats.counts.text().startswith("Phones on 1 of 8 seats")
        second.send(json.dumps({"t": "join", "seat": 3, "pin": hub.pin(3)}))
        _until(second, "waiting")
        qtbot.waitUntil(lambda: dialog.seats.approve_button.isEnabled(), timeout=5000)
        assert "Seat 3" in dialog.seats.takeover.text()
        dialog.seats.approve_button.click()
        assert _until(second, "joined")["seat"] == 3
        _until(first, "replaced")
    dialog.start_button.click()
    assert hub.server is None and dialog.start_button.text() == "&Start the server"


def test_a_port_in_use_is_said_not_raised(panel) -> None:
    dialog, _, hub = panel
    _start(dialog, hub)
    taken = hub.address.port
    other = PhonesDialog(dialog._controller, PhoneHub(dialog._controller, None, {}), Words("en"))
    other.choose_interface(LOOPBACK)
    other.port.setValue(taken)
    assert not other.start()
    assert f"{LOOPBACK}:{taken}" in other.state.text()
    other.deleteLater()


def _to_time_up(controller: ShowController) -> None:
    controller.show_question(next(q.id for q in controller.setup.questions.pool(Pool.MAIN)))
    controller.start_timer()
    controller.stop_early()
    assert controller.state.phase is Phase.TIME_UP


def test_the_whiteboard_list_is_confirmed_before_it_lands_in_the_log(panel, qtbot) -> None:
    dialog, controller, _ = panel
    board = dialog.board
    board.entry.setText("2 5-6")
    qtbot.keyClick(board.entry, Qt.Key.Key_Return)
    assert "after time-up" in board.note.text() and board.pending is None  # not now
    _to_time_up(controller)
    entries = len(controller.show.log)
    board.entry.setText("2 5-6 x9 40")
    qtbot.keyClick(board.entry, Qt.Key.Key_Return)
    assert board.pending is None and "x9" in board.note.text() and "40" in board.note.text()
    board.entry.setText("2 5–6")
    qtbot.keyClick(board.entry, Qt.Key.Key_Return)
    assert board.pending == (2, 5, 6), board.note.text()
    assert "3 wrong, 5 right" in board.note.text()
    assert len(controller.show.log) == entries  # nothing yet: the MC confirms first
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc: back to the typing, the dialog stays
    assert board.pending is None and dialog.isVisible() and not board.entry.isReadOnly()
    qtbot.keyClick(board.entry, Qt.Key.Key_Return)
    assert board.apply_button.isVisible() and board.pending == (2, 5, 6)
    qtbot.keyClick(board.entry, Qt.Key.Key_Escape)  # Esc in the field: back to the typing
    assert board.pending is None and dialog.isVisible()
    qtbot.keyClick(board.entry, Qt.Key.Key_Return)
    qtbot.keyClick(board.entry, Qt.Key.Key_Enter)  # the second Enter applies
    sets = [e.event for e in controller.show.log[entries:] if isinstance(e.event, AnswerSet)]
    assert {s.seat for s in sets} == set(range(1, SEATS + 1))
    assert {s.seat for s in sets if s.answer == "✗"} == {2, 5, 6}
    assert {s.reason for s in sets} == {WHITEBOARD_REASON}
    assert "recorded: 3 wrong" in board.note.text() and board.entry.text() == ""
    controller.reveal()
    change = controller.apply_eliminations()
    applied = next(e for e in change.events if isinstance(e, EliminationsApplied))
    assert applied.eliminated == (2, 5, 6)


def test_the_audience_round_from_the_panel_and_its_public_view(panel, qtbot) -> None:
    dialog, controller, hub = panel
    hall = dialog.hall
    assert not hall.open_button.isEnabled()  # no server yet
    _start(dialog, hub)
    _to_time_up(controller)
    controller.reveal()
    controller.apply_eliminations()
    assert not hall.open_button.isEnabled()  # nobody is out: no rescue yet
    controller.eliminate(1, "test")
    assert hall.open_button.isEnabled()
    hub.audience.rescue = AudienceRescue(per_correct=1)
    hall.open_button.click()
    view = hall_view(hub)
    assert view.active and view.open and view.correct == "" and view.right is None
    assert view.join_url == hub.address.audience
    round_id = hub.audience.round.id
    url = f"ws://{LOOPBACK}:{hub.address.port}/ws"
    with connect(url, open_timeout=5) as ws:
        ws.send(json.dumps({"t": "hello", "role": "audience", "key": hub.address.audience_key}))
        _until(ws, "hello")
        ws.send(json.dumps({"t": "aud", "round": round_id, "key": "B"}))
        qtbot.waitUntil(lambda: hall_view(hub).answered == 1, timeout=5000)
    assert "answers so far: 1" in hall.status.text()
    hall.close_button.click()
    view = hall_view(hub)
    assert (view.right, view.returns, view.correct) == (1, 1, "B")
    hall.apply_button.click()
    assert isinstance(controller.show.log[-1].event, RescueApplied)
    assert not hall_view(hub).active


def test_join_cards_read_back(panel, tmp_path: Path) -> None:
    dialog, _, hub = panel
    _start(dialog, hub)
    out = tmp_path / "cards.pdf"
    assert dialog.write_cards(out) == 1
    reader = pypdf.PdfReader(out)
    text = " ".join(reader.pages[0].extract_text().split())
    for seat in range(1, SEATS + 1):
        assert f"Seat {seat} · PIN {hub.pin(seat)}" in text
    assert hub.address.phone in text
    codes = []
    for image in reader.pages[0].images:
        picture = Image.open(io.BytesIO(image.data)).convert("L")
        codes += [r.text for r in zxingcpp.read_barcodes(picture)]
    assert len(codes) == SEATS
    for code in codes:  # each a one-time token of its own seat of this event
        assert code.startswith(hub.address.phone + "#t=")
        seat, _ = hub.server.keys.read_join_token(code.split("#t=")[1])
        assert 1 <= seat <= SEATS
    assert "Seat cards for phones" in reader.metadata.title


def test_seat_ranges_read_as_typed() -> None:
    assert seat_ranges([30, 12, 27, 28, 15, 29]) == "12 15 27-30"
    assert seat_ranges([]) == ""


def test_every_word_of_the_panel_is_in_english() -> None:
    en = Words("en")
    missing = [src for src in PHONES.values() if not en.has(CTX, src)]
    assert missing == []


def test_the_console_opens_the_panel_and_the_program_stops_the_server(qtbot, tmp_path) -> None:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    from rcv.clock import ManualClock
    from rcv.entry.compose import build
    from rcv.entry.phones import start_phones
    from rcv.ui.console.settings import ConsoleSettings

    program = build(
        QApplication.instance(),
        clock=ManualClock(),
        settings=ConsoleSettings.ephemeral(),
        keypads=lambda c: KeypadLink(c, c.clock),
        crash_log=False,
        with_display=False,
    )
    console = program.console
    qtbot.addWidget(console)
    try:
        setup = ShowSetup(roster(SEATS), questions(), Rules())
        console.session.attach(EventFile.create(tmp_path / "c.rcv", setup))
        action = next(a for a in console.actions() if a.shortcut() == QKeySequence("Ctrl+Shift+P"))
        assert action.isEnabled()
        action.trigger()
        shown = [d for d in console.findChildren(PhonesDialog) if d.isVisible()]
        assert len(shown) == 1
        action.trigger()  # once more: the same panel comes forward
        assert [d for d in console.findChildren(PhonesDialog) if d.isVisible()] == shown
        base = start_phones(program, LOOPBACK)  # rcv demo --phones-server
        assert base is not None and base.startswith(f"http://{LOOPBACK}:")
        stop = phones_words(program.words)("stop")
        assert shown[0].start_button.text() == stop  # the panel follows the hub
        server = program.phones.server
        assert server.running
    finally:
        program.close()
    assert program.phones.server is None and not server.running


def test_rcv_demo_takes_a_phones_server_address() -> None:
    from rcv.cli.main import build_parser

    parser = build_parser()
    assert parser.parse_args(["demo"]).phones_server is None
    assert parser.parse_args(["demo", "--phones-server"]).phones_server == LOOPBACK
    given = parser.parse_args(["demo", "--phones-server", "192.168.1.20"])
    assert given.phones_server == "192.168.1.20"
