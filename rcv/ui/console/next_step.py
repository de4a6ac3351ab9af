"""The next step as the MC reads it: the big button's words, whether Space does anything, and
what Space will do — worked out once, from the controller, so the button, its menu entry and the
hint under it never disagree.

The APPLY step is worded by what it will do ("Loại 12 thí sinh", "Đưa 3 thí sinh trở lại
sàn"): :func:`apply_outcome` asks the core's own command for the revealed question's outcome
without taking the step, so the button counts exactly what the step will then do.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from rcv.app.controller import ShowController
from rcv.core.commands import apply_eliminations
from rcv.core.errors import CommandRefused
from rcv.core.events import EliminationsApplied
from rcv.core.state import Phase, ShowSetup, ShowState
from rcv.core.suggest import ActionKind
from rcv.i18n import Words
from rcv.i18n.phrases.show import action_label
from rcv.ui.console.event_session import setup_problem


def apply_outcome(state: ShowState, setup: ShowSetup) -> EliminationsApplied | None:
    """What applying the revealed question would do now (None before the reveal, or when the
    step would be refused): the core's decision, computed and not taken."""
    if state.phase is not Phase.REVEALED or state.paused:
        return None
    try:
        events = apply_eliminations(state, setup)
    except CommandRefused:
        return None
    return next((e for e in events if isinstance(e, EliminationsApplied)), None)


@dataclass(frozen=True, slots=True)
class NextStep:
    label: str  # the big button's words
    enabled: bool  # does Space (and the button) do anything now
    hint: str  # what Space does, in a line under the button


def next_step(controller: ShowController, words: Words) -> NextStep:
    """The step Space takes now, in the console's words."""
    problem = setup_problem(controller)
    if problem is not None:
        return NextStep(
            problem,
            False,
            QCoreApplication.translate("NextStep", "Space: chưa có gì để làm — {why}").format(
                why=problem
            ),
        )
    state, setup = controller.state, controller.setup
    action = controller.suggestion()
    if state is None or setup is None or action is None:  # pragma: no cover - setup_problem
        return NextStep("", False, "")
    record = state.current
    stage = record.stage if record is not None else state.stage
    label = action_label(action, words, apply_outcome(state, setup), stage)
    if controller.read_only:
        return NextStep(
            label,
            False,
            QCoreApplication.translate(
                "NextStep", "Chỉ xem: Space không làm gì, không bước nào được ghi"
            ),
        )
    if action.kind is ActionKind.WAIT_TIME_UP:
        hint = QCoreApplication.translate(
            "NextStep", "Space không làm gì khi đồng hồ chạy — Ctrl+Enter: dừng sớm, P: tạm dừng"
        )
        return NextStep(label, False, hint)
    if action.kind is ActionKind.NONE:
        return NextStep(
            label,
            False,
            QCoreApplication.translate("NextStep", "Chương trình đã kết thúc: Space không làm gì"),
        )
    return NextStep(
        label, True, QCoreApplication.translate("NextStep", "Space: {step}").format(step=label)
    )
