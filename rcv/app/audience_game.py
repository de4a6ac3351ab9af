"""The audience rescue game (cứu trợ khán giả): spectators answer a question from their phones;
how many of them answer right decides how many eliminated contestants come back.

The MC opens a round with a question of the audience pool (when a rescue is allowed), the
spectators answer (one answer per device, the first counts), the projector and the overlay show
how many have answered; the MC closes the round, the count of right answers is shown, and
:class:`~rcv.core.rules.AudienceRescue` maps it to a number of contestants, who return by their
record: the rescue is the core's :attr:`~rcv.core.rules.RescueMethod.BEST` with that count,
logged (and undone) like any rescue. The spectators' answers are not part of the show's log;
the count that decided is kept with the round (:attr:`AudienceGame.last`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from rcv.app.controller import ShowController
from rcv.core.events import Stage
from rcv.core.model import Pool, Question
from rcv.core.round_commands import rescue_allowed
from rcv.core.rules import AudienceRescue, RescueMethod
from rcv.core.show import Change
from rcv.core.state import Phase
from rcv.web.wire import AudienceAnswer


@dataclass(slots=True)
class Round:
    number: int
    question: Question
    open: bool = True
    answers: dict[str, str] = field(default_factory=dict)  # device -> key (the first)

    @property
    def id(self) -> str:
        return f"{self.question.id}#{self.number}"

    @property
    def right(self) -> int:
        return sum(1 for key in self.answers.values() if self.question.is_correct(key))


class AudienceGame(QObject):
    changed = Signal()

    def __init__(
        self,
        controller: ShowController,
        publish_round: Callable[[dict[str, Any]], None],
        publish_public: Callable[[], None],
        parent: QObject | None = None,
        rescue: AudienceRescue | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._publish_round = publish_round
        self._publish_public = publish_public
        self.rescue = rescue or AudienceRescue()
        self.round: Round | None = None
        self.last: Round | None = None  # the round that decided the last rescue
        self._played: set[str] = set()

    @property
    def active(self) -> bool:
        return self.round is not None

    def questions(self) -> tuple[Question, ...]:
        """The questions for the hall not played yet: the audience pool, then the rescue pool
        (the rescue question, answered by the hall instead of the eliminated contestants)."""
        setup, state = self._controller.setup, self._controller.state
        if setup is None or state is None:
            return ()
        pools = (*setup.questions.pool(Pool.AUDIENCE), *setup.questions.pool(Pool.RESCUE))
        used = self._played | state.asked
        return tuple(q for q in pools if q.id not in used and q.letters)

    def allowed(self) -> bool:
        """Whether a round may open now: between main questions, when the rules allow a
        rescue (the console greys its button out otherwise)."""
        state, setup = self._controller.state, self._controller.setup
        if state is None or setup is None or state.phase is not Phase.RESULTS:
            return False
        return state.stage is Stage.MAIN and rescue_allowed(state, setup) is None

    def open(self, question: Question | None = None) -> Round | None:
        """Open a round (the next unplayed audience question by default); None when there is
        no audience question left or a rescue is not allowed now (between main questions,
        by the rules)."""
        if not self.allowed():
            return None
        left = self.questions()
        question = question or (left[0] if left else None)
        if question is None or not question.letters:
            return None
        self._played.add(question.id)
        number = (self.round.number if self.round else 0) + 1
        self.round = Round(number, question)
        self.republish()
        return self.round

    def take(self, answer: AudienceAnswer) -> bool:
        """A spectator's answer: counted when the round is open and it is the device's first."""
        r = self.round
        if r is None or not r.open or answer.round != r.id or answer.device in r.answers:
            return False
        if answer.key not in r.question.letters:
            return False
        r.answers[answer.device] = answer.key
        self._publish_public()
        self.changed.emit()
        return True

    def close(self) -> int:
        """Close the answers; how many spectators answered right."""
        r = self.round
        if r is None:
            return 0
        r.open = False
        self.republish()
        return r.right

    def returns(self) -> int:
        """How many contestants the closed round brings back: what the right answers earned,
        at most everyone eliminated (what the projector and the overlay show)."""
        r, state = self.round, self._controller.state
        if r is None or r.open:
            return 0
        earned = self.rescue.returns(r.right)
        return min(earned, len(state.eliminated)) if state is not None else earned

    def apply(self) -> Change | None:
        """Bring back as many contestants as the closed round earned (best by record); the
        round ends. Nothing (and no rescue used) when it earned none."""
        r = self.round
        if r is None or r.open:
            return None
        count = self.returns()
        state = self._controller.state
        if state is not None:
            count = min(count, len(state.eliminated))
        change = self._controller.rescue(RescueMethod.BEST, count=count) if count > 0 else None
        self.last, self.round = r, None
        self.republish()
        return change

    def cancel(self) -> None:
        self.round = None
        self.republish()

    def figures(self) -> dict[str, Any]:
        r = self.round
        if r is None:
            return {}
        return {
            "answered": len(r.answers),
            "right": None if r.open else r.right,
            "returns": None if r.open else self.returns(),
        }

    def republish(self) -> None:
        r = self.round
        if r is None:
            self._publish_round({"t": "round", "round": None})
        else:
            q = r.question
            self._publish_round(
                {
                    "t": "round",
                    "round": r.id,
                    "open": r.open,
                    "text": q.text,
                    "options": list(q.options),
                    "letters": q.letters,
                    "correct": None if r.open else q.correct_text(),
                }
            )
        self._publish_public()
        self.changed.emit()
