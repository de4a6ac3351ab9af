"""The big button's words for APPLY in every round, and the sentences for the rules that could
never apply: finished in English, and said in both languages with the counts in them."""

from __future__ import annotations

import pytest

from rcv.core.events import EliminationsApplied, Stage
from rcv.core.suggest import Action, ActionKind
from rcv.i18n import Words
from rcv.i18n.phrases.show import APPLY_OUTCOMES, CTX, UNREACHABLE, action_label, unreachable_rule


@pytest.mark.parametrize("table", [APPLY_OUTCOMES, UNREACHABLE])
def test_every_new_phrase_has_its_english(table: dict[str, str]) -> None:
    english = Words("en")
    assert all(english.has(CTX, source) for source in table.values())


APPLY = Action(ActionKind.APPLY)


@pytest.mark.parametrize(
    ("outcome", "stage", "vi", "en"),
    [
        (EliminationsApplied(eliminated=(1, 2)), Stage.MAIN, "Loại 2 thí sinh", "Eliminate 2"),
        (EliminationsApplied(eliminated=(5,)), Stage.MAIN, "Loại 1 thí sinh", "Eliminate 1"),
        (EliminationsApplied(), Stage.MAIN, "Không ai bị loại", "Nobody is eliminated"),
        (EliminationsApplied(all_wrong=True), Stage.MAIN, "Cả sàn sai", "whole floor"),
        (EliminationsApplied(returned=(4, 5, 6)), Stage.RESCUE, "Đưa 3 thí sinh", "Bring 3 back"),
        (EliminationsApplied(dropped=(7,)), Stage.TIEBREAK, "dừng 1 thí sinh", "1 stop here"),
        (EliminationsApplied(rung=(1,)), Stage.FINAL, "Rung chuông vàng: 1", "rung by 1"),
        (EliminationsApplied(), Stage.FINAL, "Không rung chuông", "No golden bell"),
    ],
)
def test_apply_says_what_it_will_do_in_each_round(
    outcome: EliminationsApplied, stage: Stage, vi: str, en: str
) -> None:
    assert vi in action_label(APPLY, Words("vi"), outcome, stage)
    said = action_label(APPLY, Words("en"), outcome, stage)
    assert en in said and not any(c in said for c in "ạịốửữ")
    assert "1 contestants" not in said  # English for one as for many (seen in the GUI demo)
    if stage is Stage.RESCUE:  # never worded as eliminating in the rescue round
        assert "Loại" not in action_label(APPLY, Words("vi"), outcome, stage)


def test_the_unreachable_rules_are_worded_in_both_languages() -> None:
    for code in UNREACHABLE:
        assert unreachable_rule(code, Words("vi")) != unreachable_rule(code, Words("en"))
    assert unreachable_rule("unknown_code", Words("en")) == "unknown_code"
