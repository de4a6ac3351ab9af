"""Log rows edited by someone who also recomputed the hash chain (it has no secret key): the
chain then holds, so the decoding alone must refuse what rcv would never have written, and read
what it accepts exactly as ``json.loads`` and the codec's full checks would. Reopening reads
each row's JSON with a fast path (``raw_decode``) and the codec's fast path for an answer; these
tests pin that the fast paths change nothing, in the writer's and in the read-only opening."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rcv.core.events import AnswerReceived, LogEntry
from rcv.storage import chain
from rcv.storage.errors import EventFileTampered
from rcv.storage.event_file import EventFile

from .conftest import Closed, log_rows, sql

MODES = {"writer": False, "read-only": True}


def _rechain(path: Path) -> str:
    """Recompute every row's hash from the stored genesis, as a forger would; the new head."""
    head = sql(path, "SELECT value FROM meta WHERE key = 'genesis'")[0][0]
    for seq, step, at_ms, type_, data, _ in log_rows(path):
        head = chain.link_text(head, seq, step, at_ms, type_, data)
        sql(path, "UPDATE log SET hash = ? WHERE seq = ?", (head, seq))
    return head


def _answers(path: Path) -> list[tuple[int, str]]:
    rows = sql(
        path, "SELECT seq, data FROM log WHERE type = ? ORDER BY seq", (AnswerReceived.TYPE,)
    )
    assert len(rows) > 10
    return rows


def _set(path: Path, seq: int, data: str) -> None:
    sql(path, "UPDATE log SET data = ? WHERE seq = ?", (data, seq))


def _open(path: Path, read_only: bool) -> tuple[tuple[LogEntry, ...], str]:
    with EventFile.open(path, read_only=read_only) as f:
        return f.entries, f.head


def _refused(path: Path, read_only: bool) -> EventFileTampered:
    with pytest.raises(EventFileTampered) as caught:
        _open(path, read_only)
    return caught.value


@pytest.mark.parametrize("mode", sorted(MODES))
def test_rows_split_across_each_other_are_refused(closed: Closed, mode: str) -> None:
    """Two rows that are one JSON value only when joined (what parsing the whole log as one
    array would accept), and a third holding two values, so the count still matches."""
    (a, plain_a), (b, _), (c, plain_c) = (
        (seq, json.loads(data)) for seq, data in _answers(closed.path)[3:6]
    )
    assert (a + 1, a + 2) == (b, c)
    _set(closed.path, a, '{"answer":"}')
    _set(
        closed.path,
        b,
        f'{{","frame":"","hub":"","pressed_at_ms":{plain_a["pressed_at_ms"]},'
        f'"seat":{plain_a["seat"]}}}',
    )
    _set(closed.path, c, json.dumps(plain_c) + "," + json.dumps(plain_c))
    _rechain(closed.path)

    exc = _refused(closed.path, MODES[mode])
    assert (exc.code, exc.seq) == ("log_entry_invalid", a)


@pytest.mark.parametrize("mode", sorted(MODES))
@pytest.mark.parametrize(
    ("edit", "detail"),
    [
        (lambda p: {**p, "seat": str(p["seat"])}, "expected int"),
        (lambda p: {**p, "answer": 2}, "expected str"),
        (lambda p: {**p, "extra": 1}, "unknown fields ['extra']"),
        (lambda p: [p], "expected an object"),
    ],
    ids=["seat as text", "answer as number", "unknown field", "a list"],
)
def test_an_answer_rcv_would_not_write_is_refused(closed: Closed, mode: str, edit, detail) -> None:
    seq, data = _answers(closed.path)[7]
    _set(closed.path, seq, json.dumps(edit(json.loads(data))))
    _rechain(closed.path)

    exc = _refused(closed.path, MODES[mode])
    assert (exc.code, exc.seq) == ("log_entry_invalid", seq)
    assert detail in exc.params["detail"]


@pytest.mark.parametrize(
    "data", ["{", '{"answer":"A"} x', "", "null null"], ids=["cut", "extra", "empty", "two"]
)
def test_text_that_is_not_one_json_value_is_refused_as_loads_would(
    closed: Closed, data: str
) -> None:
    seq, _ = _answers(closed.path)[2]
    _set(closed.path, seq, data)
    _rechain(closed.path)

    exc = _refused(closed.path, read_only=False)
    assert (exc.code, exc.seq) == ("log_entry_invalid", seq)
    with pytest.raises(ValueError) as loads_error:
        json.loads(data)
    assert exc.params["detail"] == str(loads_error.value)


@pytest.mark.parametrize("mode", sorted(MODES))
def test_what_loads_and_the_codec_accept_still_opens_the_same(closed: Closed, mode: str) -> None:
    """Whitespace around a row, keys in another order, an older answer without the optional
    fields: not rcv's canonical text, but accepted before the fast paths, so still accepted,
    decoded to the same events (the head differs: the forger's chain)."""
    rows = _answers(closed.path)
    padded, shuffled, older = rows[1][0], rows[4][0], rows[9][0]
    _set(closed.path, padded, "  \n" + rows[1][1] + " \t")
    plain = json.loads(rows[4][1])
    _set(closed.path, shuffled, json.dumps(dict(reversed(list(plain.items())))))
    plain = json.loads(rows[9][1])
    minimal = {k: plain[k] for k in ("answer", "pressed_at_ms", "seat")}
    _set(closed.path, older, json.dumps(minimal))
    head = _rechain(closed.path)

    entries, reopened_head = _open(closed.path, MODES[mode])
    assert reopened_head == head
    expected = list(closed.log)
    old = expected[older - 1]
    assert isinstance(old.event, AnswerReceived)
    expected[older - 1] = LogEntry(
        old.seq,
        old.step,
        old.at_ms,
        AnswerReceived(old.event.seat, old.event.answer, old.event.pressed_at_ms),
    )
    assert list(entries) == expected
    assert entries[padded - 1] == closed.log[padded - 1]
    assert entries[shuffled - 1] == closed.log[shuffled - 1]
