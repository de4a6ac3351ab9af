"""What the projector shows besides the show itself: the console's override and, once the show
has finished, the presentation — the final results, then the prize ceremony one award at a time
(lowest prize first, Giải Nhất last), then the units' ranking and their prizes.

Neither is a game event: nothing here is written to the log, so showing the results or a prize
again never changes the event file, and a read-only event can be presented too. The
:class:`~rcv.app.controller.ShowController` owns one :class:`Projection` and announces every
change of it on ``displayChanged``.

The rule for overrides: when the show moves to a new question or a new stage (rescue, tie-break,
golden bell, the end), the override is lifted, so the hall never misses an intro; steps inside a
question (start the clock, reveal, apply) keep it. A presentation step lifts it too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from rcv.core.audience import (
    INTRO_SCENES,
    AudienceAward,
    AudienceView,
    Presentation,
    Scene,
    audience_view,
    ceremony_of,
    presentation_after,
    presentation_before,
    scene_of,
)
from rcv.core.model import Roster
from rcv.core.ranking import Ranking
from rcv.core.state import Phase, ShowSetup, ShowState
from rcv.core.suggest import Action, ActionKind
from rcv.core.units import Unit, units_of
from rcv.results.fingerprint import results_payload
from rcv.storage.chain import fingerprint_text
from rcv.storage.event_file import EventFile

PRESENTATION_KINDS = frozenset({ActionKind.SHOW_RESULTS, ActionKind.REVEAL_PRIZE})


class Projection:
    """The override (None: the show's own scene) and the presentation step (None: the winner,
    or whatever the show finished on)."""

    def __init__(self) -> None:
        self.override: Scene | None = None
        self.step: Presentation | None = None
        self._pictures: dict[str, bytes | None] = {}  # the open event's, read once each
        # worked out once, not at every redraw: the roster's units, the ceremony of a ranking
        self._units: tuple[Roster, tuple[Unit, ...]] | None = None
        self._ceremony: tuple[Ranking, tuple[AudienceAward, ...]] | None = None

    def forget_event(self) -> None:
        """The event was closed: its presentation and its pictures go with it."""
        self.step = None
        self._pictures = {}
        self._units = self._ceremony = None

    def view(
        self,
        event_file: EventFile,
        state: ShowState,
        setup: ShowSetup,
        ranking: Callable[[], Ranking | None],
    ) -> AudienceView:
        """The audience view of the show in ``event_file``, with the question's picture."""
        finished = state.phase is Phase.FINISHED
        head = event_file.head
        ranked = ranking() if finished else None
        view = audience_view(
            state,
            setup,
            event_file.info.name,
            ranked,
            fingerprint_text(head) if finished else None,
            self.override,
            results_payload(head, event_file.entry_count) if finished else None,
            self.step,
            self.awards(state, setup, ranked),
            self.units_of(setup) if self.override is Scene.UNITS else None,
        )
        question = view.question
        if question is not None and question.media:
            picture = self._picture(event_file, question.media)
            view = replace(view, question=replace(question, picture=picture))
        return view

    def _picture(self, event_file: EventFile, media: str) -> bytes | None:
        """A question's picture (:func:`question_picture`), read once per event."""
        if media not in self._pictures:
            self._pictures[media] = question_picture(event_file, media)
        return self._pictures[media]

    def awards(
        self, state: ShowState | None, setup: ShowSetup | None, ranking: Ranking | None
    ) -> tuple[AudienceAward, ...]:
        """The ceremony's awards, lowest prize first (none before the finish): the contestants',
        then the units' ranking and prizes when the roster has units. Worked out once per
        ranking (the controller makes a new one at every change)."""
        if state is None or setup is None or ranking is None or state.phase is not Phase.FINISHED:
            return ()
        if self._ceremony is None or self._ceremony[0] is not ranking:
            self._ceremony = (ranking, ceremony_of(state, setup, ranking))
        return self._ceremony[1]

    def units_of(self, setup: ShowSetup) -> tuple[Unit, ...]:
        """The roster's units, worked out once per roster."""
        if self._units is None or self._units[0] is not setup.roster:
            self._units = (setup.roster, units_of(setup.roster))
        return self._units[1]

    def following(self, state: ShowState, awards: int, forward: bool = True) -> Presentation | None:
        """The step after (``forward``) or before the current one; the current one when there
        is none (before: the show's own scene is None)."""
        if forward:
            after = presentation_after(self.step, awards, scene_of(state))
            return self.step if after is None else after
        return presentation_before(self.step, awards)

    def action(self, state: ShowState, awards: tuple[AudienceAward, ...]) -> Action | None:
        """The next presentation step as the primary action (Space), once the show is over."""
        if state.phase is not Phase.FINISHED:
            return None
        step = presentation_after(self.step, len(awards), scene_of(state))
        if step is None:
            return None
        if step.scene is Scene.CEREMONY:
            award, number = awards[step.award], step.award + 1
            return Action(
                ActionKind.REVEAL_PRIZE,
                number=number,
                places=len(awards),
                prize=award.prize,
                reason=award.kind.value,  # the units' ranking is worded apart (no prize)
            )
        return Action(ActionKind.SHOW_RESULTS)

    def step_for(self, action: Action, state: ShowState, awards: int) -> Presentation:
        """Where a presentation action leads: the suggested next step, or the one it names (a
        menu entry)."""
        if action.kind is ActionKind.REVEAL_PRIZE:
            return Presentation(Scene.CEREMONY, max(0, min(action.number, awards) - 1))
        after = presentation_after(self.step, awards, scene_of(state))
        if after is not None and after.scene is Scene.RANKING:
            return after
        return Presentation(Scene.RANKING, done=self.step is not None and self.step.done)

    def follow(self, before: Scene, state: ShowState) -> bool:
        """After a command: a new question or stage lifts the override (True when it did); a
        show that is not over has no presentation (an undo of the finish starts it again)."""
        if state.phase is not Phase.FINISHED:
            self.step = None
        now = scene_of(state)
        if self.override is None or now is before or now not in INTRO_SCENES:
            return False
        self.override = None
        return True


def question_picture(event_file: EventFile, media: str) -> bytes | None:
    """A question's picture: stored in the event file (by its content hash), or, in files made
    before pictures were stored, a file beside the event file; None when there is none. The
    projector gets it in the audience view; the MC's console reads it here for any question,
    the upcoming one too."""
    data = event_file.media(media)
    if data is None:
        beside = event_file.path.parent / media
        try:
            data = beside.read_bytes() if beside.is_file() else None
        except OSError:
            data = None  # a missing picture must never stop the show
    return data
