"""No default rule can never apply, and a setting that could never apply is named."""

from __future__ import annotations

from rcv.core.rules import AllWrongPolicy, RescueMethod, RescueRules, Rules, unreachable


def test_no_default_rule_is_unreachable() -> None:
    assert unreachable(Rules()) == ()
    assert Rules().rescue.after_question is not None  # the default rescue has a real condition


def test_a_rescue_when_the_floor_is_empty_is_unreachable_while_all_wrong_keeps_the_floor() -> None:
    empty_floor = RescueRules(when_fewer_than=1)
    assert unreachable(Rules(rescue=empty_floor)) == ("rescue_floor_empty",)
    # once an all-wrong floor leaves, the floor can empty and the rule can apply
    out = Rules(rescue=empty_floor, all_wrong=AllWrongPolicy.ELIMINATE)
    assert unreachable(out) == ()
    assert unreachable(Rules(rescue=RescueRules(when_fewer_than=10))) == ()


def test_rescues_allowed_on_no_condition_or_bringing_nobody_back_are_named() -> None:
    never = RescueRules(after_question=None, when_fewer_than=None, max_times=1)
    assert unreachable(Rules(rescue=never)) == ("rescue_never",)
    assert unreachable(Rules(rescue=RescueRules(after_question=None, max_times=0))) == ()
    best_none = RescueRules(method=RescueMethod.BEST, best_count=0)
    assert unreachable(Rules(rescue=best_none)) == ("rescue_best_none",)
