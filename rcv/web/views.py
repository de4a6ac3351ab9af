"""What each page is shown, made from the show's state by pure functions: a seat's own view,
and the public view (the projector's :class:`~rcv.core.audience.AudienceView`) as JSON.

A seat's view says only what that seat may know: whether it may answer now, its own answer,
and — once the answer is public, after the reveal — whether it was right. Never the correct
answer before the reveal, never another seat's anything.
"""

from __future__ import annotations

from typing import Any

from rcv.core.audience import AudienceView, Scene
from rcv.core.model import QuestionKind
from rcv.core.state import Phase, ShowSetup, ShowState

# a seat's mode: what its page shows
IDLE = "idle"  # no question on stage
SHOWN = "shown"  # a question is up, the clock has not started
ARMED = "armed"  # answer now
ANSWERED = "answered"  # answered; waiting for time-up
LOCKED = "locked"  # time is up (or paused): answers are closed
RIGHT = "right"
WRONG = "wrong"
OUT = "out"  # eliminated, not in play
WATCH = "watch"  # standing, but not part of this question (a tie-break, a rescue)
OVER = "over"  # the show has finished


def seat_view(state: ShowState, setup: ShowSetup, seat: int, now_ms: int) -> dict[str, Any]:
    record = state.questions[-1] if state.questions else None
    seat_state = state.seats.get(seat)
    view: dict[str, Any] = {"t": "state", "seat": seat, "mode": IDLE, "standing": True}
    if seat_state is None:
        view["mode"] = OUT
        return view
    view["standing"] = seat_state.standing
    view["bell"] = seat_state.bell
    if state.phase is Phase.FINISHED:
        view["mode"] = OVER
        return view
    on_stage = record is not None and state.phase in (
        Phase.QUESTION_SHOWN,
        Phase.TIMER_RUNNING,
        Phase.TIME_UP,
        Phase.REVEALED,
        Phase.RESULTS,
    )
    if not on_stage or record is None:
        view["mode"] = IDLE if seat_state.standing else OUT
        return view
    question = setup.questions.by_id(record.question_id)
    view["q"] = record.number
    view["stage"] = record.stage.value
    view["kind"] = question.kind.value
    view["letters"] = question.letters
    view["options"] = list(question.options) if question.kind is not QuestionKind.SHORT else []
    if seat not in record.participants:
        view["mode"] = WATCH if seat_state.standing else OUT
        return view
    mine = record.answers.get(seat)
    view["mine"] = mine.answer if mine is not None else None
    if state.phase is Phase.QUESTION_SHOWN:
        view["mode"] = SHOWN
    elif state.phase is Phase.TIMER_RUNNING and not state.paused:
        view["mode"] = ANSWERED if mine is not None else ARMED
        if record.deadline_ms is not None:
            view["left_ms"] = max(0, record.deadline_ms - now_ms)
    elif state.phase in (Phase.TIMER_RUNNING, Phase.TIME_UP):
        view["mode"] = LOCKED
    else:  # revealed or applied: the verdict is public now
        right = question.is_correct(mine.answer if mine is not None else None)
        view["mode"] = RIGHT if right else WRONG
        view["correct"] = question.correct_text()
    if not seat_state.standing and state.phase is Phase.RESULTS:
        view["mode"] = OUT
    return view


def public_view(view: AudienceView, now_ms: int, extra: dict[str, Any] | None = None) -> dict:
    """The projector's public view for the audience page and the livestream overlay: text
    only (no pictures), the time left instead of a deadline, nothing the projector lacks."""
    question = None
    if view.question is not None:
        q = view.question
        left = q.paused_remaining_ms
        if left is None and q.deadline_ms is not None:
            left = max(0, q.deadline_ms - now_ms)
        question = {
            "number": q.number,
            "stage": q.stage.value,
            "text": q.text,
            "kind": q.kind.value,
            "options": list(q.options),
            "duration_ms": q.duration_ms,
            "left_ms": left,
            "running": q.deadline_ms is not None and q.paused_remaining_ms is None,
        }
    out_now = [s.name for s in view.seats if s.eliminated_now]
    back_now = [s.name for s in view.seats if s.returned_now]
    winners = [s.name for s in view.seats if s.bell] or (
        [s.name for s in view.seats if s.standing] if view.scene is Scene.WINNER else []
    )
    data: dict[str, Any] = {
        "t": "public",
        "scene": view.scene.value,
        "event": view.event_name,
        "stage": view.stage.value,
        "question": question,
        "answered": view.answered,
        "participants": view.participants,
        "standing": view.standing,
        "total": view.total,
        "correct": view.correct_text,
        "eliminated_now": out_now[:50],
        "eliminated_count": len(out_now),
        "returned_now": back_now[:50],
        "winners": winners[:10] if view.scene in (Scene.WINNER, Scene.RANKING) else [],
    }
    if extra:
        data.update(extra)
    return data
