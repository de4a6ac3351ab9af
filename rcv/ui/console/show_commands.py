"""What the MC's show keys and dialogs do: each handler reads the state, asks when a step cannot
be taken back lightly, and calls the controller. Refusals come back on ``controller.refused``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog

from rcv.core import commands
from rcv.core.audience import Scene
from rcv.core.errors import CommandRefused
from rcv.core.state import Phase
from rcv.core.suggest import ActionKind, Why
from rcv.i18n.phrases.events import describe_step
from rcv.i18n.phrases.show import refusal
from rcv.ui.console.event_session import setup_problem
from rcv.ui.console.prompts import ask
from rcv.ui.console.rescue_dialog import RescueDialog
from rcv.ui.console.seat_dialog import SeatAction, SeatDialog
from rcv.ui.console.tiebreak_dialog import TieBreakDialog

if TYPE_CHECKING:
    from rcv.ui.console.host import ConsoleHost

D = TypeVar("D", bound=QDialog)
ANSWER_PHASES = (Phase.TIMER_RUNNING, Phase.TIME_UP, Phase.REVEALED)


class ShowCommands(QObject):
    def __init__(self, window: ConsoleHost) -> None:
        super().__init__(window.widget())
        self._window = window
        self._parent = window.widget()  # dialogs open over the console
        self._controller = window.controller

    def _say(self, text: str) -> None:
        self._window.say(text)

    # -- the show keys -----------------------------------------------------------------------
    def primary(self) -> None:
        problem = setup_problem(self._controller)
        if problem is not None:
            self._say(problem)
            return
        self._controller.primary()

    def stop_early(self) -> None:
        state = self._controller.state
        if state is None or state.phase is not Phase.TIMER_RUNNING:
            return
        if ask(
            self._parent,
            self.tr("Dừng sớm"),
            self.tr("Khoá đáp án ngay bây giờ, trước khi hết giờ?"),
        ):
            self._controller.stop_early()

    def toggle_pause(self) -> None:
        state = self._controller.state
        if state is None:
            return
        if state.paused:
            self._controller.resume()
        else:
            self._controller.pause()

    def undo(self) -> None:
        target = self._controller.undo_target()
        if target is None:
            self._say(self.tr("Không còn thao tác nào để hoàn tác."))
            return
        preview = describe_step(target, self._window.services.words)
        if ask(self._parent, self.tr("Hoàn tác"), self.tr("Hoàn tác bước này?\n\n") + preview):
            self._controller.undo()

    def end_tiebreak(self) -> None:
        self._controller.end_tiebreak()

    def finish(self) -> bool:
        """End the show: say why not (beside the big button) when it cannot end now; else ask
        plainly what ending means, then end it and say so there. True when it ended."""
        state, setup = self._controller.state, self._controller.setup
        if state is None or setup is None:
            return False
        try:
            commands.finish(state, setup, Why.MC)  # the core's own check, nothing taken
        except CommandRefused as exc:
            self._window.say(refusal(exc, self._window.services.words), True, beside_button=True)
            return False
        standing = len(state.standing)
        question = self.tr(
            "Kết thúc chương trình bây giờ?\n\n"
            "Còn {standing} thí sinh trên sàn. Bảng xếp hạng và giải thưởng được chốt theo kết "
            "quả hiện tại; sau đó không thể hỏi thêm câu nào."
        ).format(standing=standing)
        if state.tiebreak is not None:
            question += "\n" + self.tr("Vòng câu hỏi phụ đang dở sẽ dừng, chưa phân định.")
        if not ask(self._parent, self.tr("Kết thúc chương trình"), question):
            return False
        if self._controller.finish(Why.MC) is None:
            return False  # refused or not written: the reason is already beside the button
        self._window.say(self.tr("Đã kết thúc chương trình."), beside_button=True)
        return True

    def set_scene(self, scene: Scene, on: bool) -> None:
        self._controller.set_display_override(scene if on else None)

    # -- dialogs (opened window-modal; their result is carried out when they close) ------------
    def open_seat(self, seat: int) -> SeatDialog | None:
        state, setup = self._controller.state, self._controller.setup
        if state is None or setup is None or seat not in state.seats:
            return None
        record = state.current
        in_question = (
            record is not None and state.phase in ANSWER_PHASES and seat in record.participants
        )
        question = setup.questions.by_id(record.question_id) if record is not None else None
        dialog = SeatDialog(
            setup.roster.at(seat),
            state.seats[seat],
            self._window.grid.seat_model.cell(seat),
            question if in_question else None,
            in_question,
            self._window.services.words,
            self._parent,
        )

        def done(result: int) -> None:
            decision = dialog.decision
            if result != QDialog.DialogCode.Accepted or decision is None:
                return
            if decision.action is SeatAction.SET_ANSWER:
                self._controller.set_answer(decision.seat, decision.answer, decision.reason)
            elif decision.action is SeatAction.ELIMINATE:
                self._controller.eliminate(decision.seat, decision.reason)
            else:
                self._controller.revive(decision.seat, decision.reason)

        return self._open(dialog, done)

    def open_rescue(self) -> RescueDialog | None:
        state, setup = self._controller.state, self._controller.setup
        if state is None or setup is None:
            return None
        dialog = RescueDialog(state, setup, self._window.services.words, self._parent)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                choice = dialog.choice()
                self._controller.rescue(choice.method, choice.seats, choice.count)

        return self._open(dialog, done)

    def open_tiebreak(self) -> TieBreakDialog | None:
        state, setup = self._controller.state, self._controller.setup
        ranking = self._controller.ranking()
        if state is None or setup is None or ranking is None:
            return None
        seats: tuple[int, ...] = tuple(state.standing)
        places, reason = 1, ""
        suggestion = self._controller.suggestion()
        if suggestion is not None and suggestion.kind is ActionKind.START_TIEBREAK:
            seats, places, reason = suggestion.seats, suggestion.places, suggestion.reason
        elif ranking.straddling_ties:
            seats = ranking.straddling_ties[0]
            reason = self.tr("đồng hạng ở ranh giới giải thưởng")
        dialog = TieBreakDialog(state, setup, ranking, seats, places, reason, self._parent)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                choice = dialog.choice()
                self._controller.start_tiebreak(choice.seats, choice.places, choice.reason)

        return self._open(dialog, done)

    def _open(self, dialog: D, done: Callable[[int], None]) -> D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.finished.connect(done)
        dialog.open()
        return dialog
