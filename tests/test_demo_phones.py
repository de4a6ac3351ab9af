"""``rcv demo --headless --phones N``: a whole show answered by simulated phones over real
WebSockets on 127.0.0.1, through the answer server, to the printed results."""

from __future__ import annotations

import re

import pytest

from rcv.cli.main import main
from rcv.core.events import AnswerReceived, PressRejected
from rcv.core.state import Phase
from rcv.storage.event_file import EventFile


@pytest.mark.slow
def test_a_whole_show_on_phones(qapp, tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("RCV_LANG", "en")
    path = tmp_path / "phones.rcv"
    assert main(["demo", "--headless", "--phones", "8", "--seed", "3", "--event", str(path)]) == 0
    out = capsys.readouterr().out
    assert "8 phones joined" in out and "PRIZES" in out.upper()
    sent, logged = map(
        int, re.search(r"Phones: (\d+) answers sent, (\d+) in the log", out).groups()
    )
    assert sent == logged > 0
    with EventFile.open(path, read_only=True) as event_file:
        entries = event_file.entries
    rows = [e.event for e in entries if isinstance(e.event, AnswerReceived | PressRejected)]
    assert rows and all(e.hub == "phones" for e in rows)
    from rcv.core.events import effective_entries
    from rcv.core.fold import replay

    assert replay(event_file.setup, effective_entries(list(entries))).phase is Phase.FINISHED
