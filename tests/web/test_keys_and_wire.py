"""The server's pure parts: tokens and PINs, the seat book, message checks, rate limits, views."""

from __future__ import annotations

from rcv.clock import ManualClock
from rcv.core.audience import audience_view
from rcv.core.model import Question, QuestionKind
from rcv.web import seats as sb
from rcv.web.keys import EventKeys, new_secret
from rcv.web.limits import RateLimit
from rcv.web.store import WebStore
from rcv.web.views import ARMED, LOCKED, RIGHT, WRONG, public_view, seat_view
from rcv.web.wire import parse
from tests.core.helpers import make_show


def test_a_join_token_opens_its_seat_of_its_event_only() -> None:
    keys = EventKeys(new_secret(), "event-a")
    token = keys.join_token(12)
    assert keys.read_join_token(token)[0] == 12
    assert EventKeys(new_secret(), "event-a").read_join_token(token) is None  # another secret
    assert EventKeys(keys.secret, "event-b").read_join_token(token) is None  # another event
    tampered = token[:-2] + ("AA" if token[-2:] != "AA" else "BB")
    assert keys.read_join_token(tampered) is None
    assert keys.join_token(12) != token  # a fresh nonce every time: not guessable from another


def test_pins_and_session_keys() -> None:
    keys = EventKeys(new_secret(), "e")
    assert len(keys.pin(3)) == 6 and keys.pin_ok(3, keys.pin(3))
    assert not keys.pin_ok(4, keys.pin(3)) or keys.pin(3) == keys.pin(4)
    key = keys.session_key(3, 2)
    assert keys.read_session_key(key) == (3, 2)
    assert keys.read_session_key(key[:-1] + "x") is None or key.endswith("x")
    assert keys.page_ok("audience", keys.page_key("audience"))
    assert not keys.page_ok("referee", keys.page_key("audience"))


def test_a_token_is_taken_once_and_a_held_seat_needs_the_mc() -> None:
    store = WebStore.load_or_create(None)
    keys = store.keys("e")
    book = sb.SeatBook(keys, store, {1, 2})
    token = keys.join_token(1)
    first = book.by_token(token)
    assert first.outcome == sb.BIND
    session = book.bind(1, first.nonce)
    assert book.by_token(token).outcome == sb.BAD_TOKEN  # used
    assert book.by_pin(1, keys.pin(1)).outcome == sb.TAKEOVER  # held: the MC decides
    assert book.by_session(session).outcome == sb.RESUMED
    book.bind(1)  # the MC let another device take it
    assert book.by_session(session).outcome == sb.REPLACED
    assert book.by_token(keys.join_token(9)).outcome == sb.UNKNOWN_SEAT
    assert book.by_pin(2, "000000" if keys.pin(2) != "000000" else "1").outcome == sb.BAD_PIN


def test_the_store_keeps_the_secret_and_the_used_tokens(tmp_path) -> None:
    path = WebStore.beside(tmp_path / "show.rcv")
    store = WebStore.load_or_create(path)
    store.used.add("abc")
    store.generations[4] = 2
    store.save()
    again = WebStore.load_or_create(path)
    assert (again.secret, again.used, again.generations) == (store.secret, {"abc"}, {4: 2})
    assert WebStore.load_or_create(tmp_path / "other.web.json").secret != store.secret


def test_only_well_formed_messages_pass() -> None:
    assert parse('{"t":"press","n":1,"key":"B"}', 100).fields == {"n": 1, "key": "B"}
    for bad in (
        '{"t":"press","n":1,"key":"Z"}',
        '{"t":"press","n":"1","key":"A"}',
        '{"t":"press","n":true,"key":"A"}',
        '{"t":"drop_tables"}',
        "[1,2]",
        "not json",
        '{"t":"wrong","first":5,"last":3,"seats":[]}',
        '{"t":"wrong","first":1,"last":3,"seats":[7]}',
    ):
        assert parse(bad, 100) is None, bad
    assert parse('{"t":"press","n":1,"key":"A"}' + " " * 200, 100) is None  # too long
    typed = parse('{"t":"type","n":2,"text":"  12,5 "}', 100)
    assert typed.fields["text"] == "12,5"


def test_rate_limit_refills_with_time() -> None:
    limit = RateLimit(burst=2, per_s=1)
    assert limit.allow("a", 0) and limit.allow("a", 0) and not limit.allow("a", 0)
    assert limit.allow("b", 0)  # per key
    assert limit.allow("a", 1.0)


def test_a_seat_sees_its_own_state_and_never_the_answer_before_the_reveal() -> None:
    show = make_show(4)
    clock = ManualClock()
    qid = show.setup.questions.questions[0].id
    show.show_question(qid, clock.now_ms())
    show.start_timer(clock.advance(1000))
    view = seat_view(show.state, show.setup, 1, clock.now_ms())
    assert view["mode"] == ARMED and view["left_ms"] > 0
    question = show.setup.questions.by_id(qid)
    text = repr(view)
    assert "correct" not in view and question.correct_text() not in text
    public = public_view(audience_view(show.state, show.setup), clock.now_ms())
    assert public["correct"] is None
    wrong = next(k for k in question.letters if k != question.correct)
    from rcv.core.commands import Press

    show.presses(
        [Press(1, question.correct, clock.advance(500)), Press(2, wrong, clock.now_ms())],
        clock.now_ms(),
    )
    show.time_up(clock.advance(30_000))
    assert seat_view(show.state, show.setup, 1, clock.now_ms())["mode"] == LOCKED
    show.reveal(clock.advance(100))
    assert seat_view(show.state, show.setup, 1, clock.now_ms())["mode"] == RIGHT
    assert seat_view(show.state, show.setup, 2, clock.now_ms())["mode"] == WRONG
    assert "correct" in seat_view(show.state, show.setup, 2, clock.now_ms())


def test_a_short_question_takes_a_typed_answer_not_a_keypad_letter() -> None:
    from rcv.core.commands import Press
    from rcv.core.events import AnswerReceived, PressRejected
    from rcv.core.model import QuestionSet
    from tests.core.helpers import questions

    short = Question("S1", "2 + 2 = ?", QuestionKind.SHORT, accepted=("4",))
    show = make_show(3, qs=QuestionSet((short, *questions().questions)))
    clock = ManualClock()
    show.show_question("S1", clock.now_ms())
    show.start_timer(clock.advance(100))
    change = show.presses(
        [Press(1, "A", clock.advance(100)), Press(2, " 4 ", clock.now_ms(), typed=True)],
        clock.now_ms(),
    )
    first, second = change.events
    assert isinstance(first, PressRejected) and first.reason == "invalid_key"
    assert isinstance(second, AnswerReceived) and second.answer == "4"
