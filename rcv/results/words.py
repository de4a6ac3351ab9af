"""The printed results in words: statuses, how places were decided, the rules, the banners —
in the language of a :class:`~rcv.i18n.Words` (the sentences are in
:mod:`rcv.i18n.phrases.results`).

Pure functions: the workbook and its verification call the same ones with the same words, so a
cell that differs from what these return was changed by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo

from rcv.core.events import Stage
from rcv.core.ranking import Placing
from rcv.core.rules import AllWrongPolicy, AnswerPolicy, LimitPolicy, Rules
from rcv.core.state import SeatRecord
from rcv.i18n import Words
from rcv.i18n.phrases.results import (
    PAGE,
    PLAY,
    RULE_LABELS,
    RULE_WORDS,
    STATUS,
    said,
)
from rcv.i18n.phrases.show import decider, reason_text, rescue_method

STAGES = {
    Stage.MAIN: "main",
    Stage.RESCUE: "rescue",
    Stage.TIEBREAK: "tiebreak",
    Stage.FINAL: "final",
}
AUTOMATIC_REASONS = ("wrong", "all_wrong", "sai", "cả sàn sai")  # codes; older files: words
ALL_WRONG = {
    AllWrongPolicy.KEEP: "keep",
    AllWrongPolicy.ELIMINATE: "eliminate",
    AllWrongPolicy.TIEBREAK: "tiebreak",
}
ANSWER_POLICY = {AnswerPolicy.FIRST_LOCKS: "first", AnswerPolicy.LAST_COUNTS: "last"}
AT_LIMIT = {LimitPolicy.CO_WINNERS: "co_winners", LimitPolicy.TIEBREAK: "limit_tiebreak"}
RANKING_ORDER = (  # how places are decided, in order (every key of the show's DECIDERS)
    "standing",
    "bell",
    "fell_at",
    "tiebreak",
    "correct",
    "time",
    "",
)


def banner(finished: bool, words: Words) -> str | None:
    """The provisional banner of every sheet while the show is not over."""
    return None if finished else said(PAGE, "provisional", words)


def final_banner(words: Words) -> str:
    return said(PAGE, "final", words)


def stage_label(stage: Stage, words: Words) -> str:
    """The round of a question, short, for a column ("Chính", "Cứu trợ" …)."""
    return said(PLAY, STAGES[stage], words)


def status_words(placing: Placing, record: SeatRecord, finished: bool, words: Words) -> str:
    """Winner, golden bell, still standing, eliminated at question N; rescued if so."""
    if placing.bell:
        text = said(STATUS, "bell", words)
    elif placing.co_winner:
        text = said(STATUS, "co_winner", words)
    elif placing.standing and finished:
        text = said(STATUS, "winner" if placing.rank == 1 else "to_the_end", words)
    elif placing.standing:
        text = said(STATUS, "standing", words)
    else:
        fell = placing.fell_at or 0
        text = said(STATUS, "fell", words, n=fell) if fell else said(STATUS, "fell_first", words)
        reason = record.eliminated_reason
        if reason in ("all_wrong", "cả sàn sai"):
            text += said(STATUS, "all_wrong", words)
        elif reason and reason not in AUTOMATIC_REASONS:
            text += f" — {reason_text(reason, words)}"
    if placing.rescued > 1:
        text += said(STATUS, "rescued_times", words, n=placing.rescued)
    elif placing.rescued:
        text += said(STATUS, "rescued", words)
    return text


def decision_words(
    placing: Placing, rank_above: int | None, tied_sbds: Sequence[str], words: Words
) -> str:
    """How this place was decided: against the place above, or an open tie that says so."""
    parts = []
    if rank_above is not None and placing.decided_by is not None:
        why = decider(placing.decided_by, words)
        parts.append(said(STATUS, "above", words, rank=rank_above, why=why))
    if placing.co_winner:
        parts.append(said(STATUS, "co_winners", words))
    elif tied_sbds:
        parts.append(
            said(STATUS, "tied", words, sbds=_some(tied_sbds, words), why=decider(None, words))
        )
    if placing.prize_pending:
        parts.append(said(STATUS, "pending", words, prizes=" / ".join(placing.prize_pending)))
    return "; ".join(parts)


def _some(sbds: Sequence[str], words: Words, shown: int = 10) -> str:
    """A few SBDs, and how many more: a tie of 300 must not print 300 names on 300 rows."""
    if len(sbds) <= shown:
        return ", ".join(sbds)
    return said(STATUS, "and_more", words, sbds=", ".join(sbds[:shown]), n=len(sbds) - shown)


def prize_words(placing: Placing, words: Words) -> str | None:
    if placing.prize:
        return placing.prize
    if placing.prize_pending:
        return said(STATUS, "undecided", words, prizes=" / ".join(placing.prize_pending))
    return None


def _rule(which: str, words: Words, /, **params: object) -> str:
    return said(RULE_WORDS, which, words, **params)


def _rescue_words(rules: Rules, words: Words) -> str:
    rescue = rules.rescue
    if rescue.max_times == 0:
        return _rule("no_rescue", words)
    when = []
    if rescue.after_question is not None:
        when.append(_rule("after", words, n=rescue.after_question))
    if rescue.when_fewer_than is not None:
        if rescue.when_fewer_than == 1:
            when.append(_rule("floor_empty", words))
        else:
            when.append(_rule("fewer", words, n=rescue.when_fewer_than))
    if len(when) == 2:
        at = _rule("either", words, first=when[0], second=when[1])
    else:
        at = when[0] if when else _rule("any_time", words)
    method = rescue_method(rescue.method, words)
    if rescue.method.value == "best":
        method = _rule("best", words, method=method, n=rescue.best_count)
    once = rescue.max_times == 1
    return _rule(
        "rescue_once" if once else "rescue", words, times=rescue.max_times, when=at, method=method
    )


def rules_lines(rules: Rules, words: Words) -> list[tuple[str, str]]:
    """The rules in force, one (label, words) pair per rule."""
    prizes = "; ".join(f"{p.name}: {p.count}" for p in rules.prizes) or _rule("no_prizes", words)
    if rules.question_limit:
        limit = _rule("questions", words, n=rules.question_limit)
    else:
        limit = _rule("all_questions", words)
    if rules.final_when_standing == 1:
        final = _rule("final_when_one", words)
    elif rules.final_when_standing:
        final = _rule("final_when", words, n=rules.final_when_standing)
    else:
        final = _rule("not_used", words)
    missing = "missing_wrong" if rules.missing_answer_is_wrong else "missing_not_wrong"
    lines = {
        "time": _rule("seconds", words, n=rules.time_per_question_s),
        "tiebreak_time": _rule("seconds", words, n=rules.tiebreak_time_s),
        "final_time": _rule("seconds", words, n=rules.final_time_s),
        "missing": _rule(missing, words),
        "all_wrong": _rule(ALL_WRONG[rules.all_wrong], words),
        "presses": _rule(ANSWER_POLICY[rules.answer_policy], words),
        "rescue": _rescue_words(rules, words),
        "limit": limit,
        "at_limit": _rule(AT_LIMIT[rules.at_limit], words),
        "final": final,
        "prizes": prizes,
        "order": "; ".join(decider(code, words) for code in RANKING_ORDER),
    }
    return [(said(RULE_LABELS, key, words), text) for key, text in lines.items()]


def local_time(at_ms: int, tz: tzinfo | None = None) -> datetime:
    """Show-clock milliseconds as a naive local date-time (what Excel stores)."""
    moment = datetime.fromtimestamp(at_ms / 1000, tz)
    return moment.replace(tzinfo=None)
