"""The console's way in: results from a show held in memory, exported from a worker thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from rcv.core.commands import Press
from rcv.core.rules import Rules
from rcv.core.show import Show
from rcv.core.state import ShowSetup
from rcv.demo.builtin import builtin_questions
from rcv.i18n import Words
from rcv.i18n.phrases.results import STATUS, said, sheet_name
from rcv.i18n.phrases.show import decider
from rcv.results.facts import EventRecord
from rcv.results.workbook import export_results
from rcv.storage import chain
from tests.results.builders import CRAFTED_ROSTER, INFO, T0
from tests.results.readback import LANGUAGES, header, open_workbook, table


def co_winners_show() -> EventRecord:
    """Two questions, four contestants still standing at the limit: co-winners by the rules."""
    setup = ShowSetup(CRAFTED_ROSTER, builtin_questions(main=3), Rules(question_limit=2))
    show = Show(setup)
    t = T0
    for qid in ("M01", "M02"):
        q = setup.questions.by_id(qid)
        wrong = next(k for k in q.letters if k != q.correct)
        show.show_question(qid, t)
        show.start_timer(t + 1000)
        keys = {1: q.correct, 2: q.correct, 3: q.correct, 4: q.correct, 5: wrong, 6: wrong}
        batch = [
            Press(s, k, t + 2000 + 300 * s) for s, k in keys.items() if s in show.state.standing
        ]
        show.presses(batch, t + 4000)
        show.time_up(t + 21000)
        show.reveal(t + 22000)
        show.apply_eliminations(t + 23000)
        t += 30000
    show.finish(t, "Hết câu hỏi chính")
    head = chain.genesis(setup)
    for entry in show.log:
        head = chain.link(head, entry)
    return EventRecord(setup, INFO, show.log, head)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_co_winners_share_first_place_and_the_first_prize(tmp_path: Path, lang: str):
    out = tmp_path / "ket-qua.xlsx"
    words = Words(lang)
    errors: list[BaseException] = []
    progress: list[tuple[int, int]] = []

    def work() -> None:
        try:
            export_results(
                co_winners_show(), out, words, progress=lambda d, t: progress.append((d, t))
            )
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(60)
    assert not errors and progress[-1][0] == progress[-1][1]
    h = header(words)
    headers, rows = table(open_workbook(out)[sheet_name("ranking", words)], h("rank"))
    got = [dict(zip(headers, r, strict=True)) for r in rows]
    winners = [r for r in got if r[h("rank")] == 1]
    assert sorted(r[h("seat")] for r in winners) == [1, 2, 3, 4]
    for r in winners:
        assert r[h("status")] == said(STATUS, "co_winner", words)
        assert r[h("prize")] == "Giải Nhất"  # the organisers' name for it
        assert said(STATUS, "co_winners", words) in r[h("decided")]
        assert decider(None, words) not in r[h("decided")]  # not a tie left to the organisers
