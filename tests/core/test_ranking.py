"""The official order: standing, then how long they lasted, tie-breaks, right answers, time."""

from __future__ import annotations

from rcv.core.ranking import rank
from rcv.core.rules import Prize, Rules
from tests.core.helpers import Host, make_show


def test_the_order_and_what_decided_each_place() -> None:
    show = make_show(6, Rules(prizes=(Prize("Nhất", 1), Prize("Nhì", 1), Prize("Ba", 2))))
    host = Host(show)
    # Q1: seat 6 out. Q2: 4 and 5 out (5 pressed Q1 later than 4). Q3: 3 out, 2 out silent.
    host.ask("M01", {1: "B", 2: "B", 3: "B", 4: "B", 5: "B", 6: "A"})
    host.ask("M02", {1: "B", 2: "B", 3: "B", 4: "A", 5: "C"})
    host.ask("M03", {1: "B", 3: "A"})
    ranking = rank(show.state, show.setup)
    assert [p.seat for p in ranking.placings] == [1, 2, 3, 4, 5, 6]
    assert [p.rank for p in ranking.placings] == [1, 2, 3, 4, 5, 6]
    decided = {p.seat: p.decided_by for p in ranking.placings}
    assert decided[1] is None  # first place: nobody above
    assert decided[2] == "standing"
    assert decided[3] == "time"  # 2 and 3 fell together with 2 right answers; 2 was faster
    assert decided[4] == "fell_at"
    assert decided[5] == "time"
    assert decided[6] == "fell_at"
    prizes = {p.seat: p.prize for p in ranking.placings}
    assert prizes == {1: "Nhất", 2: "Nhì", 3: "Ba", 4: "Ba", 5: None, 6: None}


def test_exact_ties_share_a_rank_and_are_never_ordered_silently() -> None:
    show = make_show(5)
    host = Host(show)
    host.ask("M01", {1: "B", 2: "B"})  # 3, 4, 5 fall at Q1 without answering
    ranking = rank(show.state, show.setup)
    ranks = [p.rank for p in ranking.placings]
    assert ranks == [1, 2, 3, 3, 3]
    tied = [p for p in ranking.placings if p.rank == 3]
    assert {p.seat for p in tied} == {3, 4, 5}
    assert all(set(p.tied_with) == {3, 4, 5} - {p.seat} for p in tied)
    assert ranking.open_ties == [(3, 4, 5)]


def test_a_tie_across_a_prize_boundary_is_flagged_not_resolved() -> None:
    show = make_show(5, Rules(prizes=(Prize("Nhất", 1), Prize("Nhì", 1), Prize("Ba", 1))))
    host = Host(show)
    host.ask("M01", {1: "B", 2: "B"})
    ranking = rank(show.state, show.setup)
    tied = [p for p in ranking.placings if p.rank == 3]
    assert all(p.prize is None and p.prize_pending == ("Ba",) for p in tied)
    assert ranking.straddling_ties == [(3, 4, 5)]


def test_a_tie_inside_one_prize_level_is_not_a_problem() -> None:
    show = make_show(5, Rules(prizes=(Prize("Nhất", 1), Prize("Khuyến khích", 4))))
    host = Host(show)
    host.ask("M01", {1: "B", 2: "B"})
    ranking = rank(show.state, show.setup)
    assert [p.prize for p in ranking.placings] == ["Nhất"] + ["Khuyến khích"] * 4
    assert ranking.straddling_ties == []
    assert len(ranking.open_ties) == 1  # still a tie, but it decides nothing


def test_a_rescued_contestant_is_ranked_by_where_they_finally_fell() -> None:
    from rcv.core.rules import RescueMethod, RescueRules

    show = make_show(3, Rules(rescue=RescueRules(after_question=1)))
    host = Host(show)
    host.ask("M01", {1: "B", 2: "B"})  # 3 out at Q1
    show.rescue(RescueMethod.ALL, host.tick())
    host.ask("M02", {1: "B", 3: "B"})  # 2 out at Q2
    host.ask("M03", {1: "B"})  # 3 out at Q3
    ranking = rank(show.state, show.setup)
    assert [p.seat for p in ranking.placings] == [1, 3, 2]
    assert ranking.placings[1].rescued == 1


def test_survivors_at_the_question_limit_are_co_winners_by_default() -> None:
    show = make_show(4, Rules(question_limit=2, prizes=(Prize("Nhất", 1), Prize("Nhì", 1))))
    host = Host(show)
    host.ask("M01", {1: "B", 2: "B", 3: "B"})
    host.ask("M02", {1: "B", 2: "B", 3: "A"})
    show.finish(host.tick(), "hết câu hỏi")
    ranking = rank(show.state, show.setup)
    top = ranking.placings[:2]
    assert {p.seat for p in top} == {1, 2}
    assert all(p.rank == 1 and p.co_winner and p.prize == "Nhất" for p in top)
    assert ranking.placings[2].seat == 3 and ranking.placings[2].prize is None
    assert ranking.straddling_ties == []


def test_at_the_limit_the_rules_can_send_survivors_to_a_tiebreak_instead() -> None:
    from rcv.core.rules import LimitPolicy
    from rcv.core.suggest import ActionKind, suggest

    show = make_show(4, Rules(question_limit=1, at_limit=LimitPolicy.TIEBREAK))
    host = Host(show)
    host.ask("M01", {1: "B", 2: "B"})
    action = suggest(show.state, show.setup)
    assert action.kind is ActionKind.START_TIEBREAK and action.seats == (1, 2)


def test_ringing_the_golden_bell_ranks_above_missing_it() -> None:
    show = make_show(3, Rules(final_when_standing=2))
    host = Host(show)
    host.ask("M01", {1: "B", 2: "B"})
    show.start_final(host.tick())
    host.ask("F01", {1: "A", 2: "D"})
    ranking = rank(show.state, show.setup)
    assert [p.seat for p in ranking.placings[:2]] == [2, 1]
    assert ranking.placings[1].decided_by == "bell"
