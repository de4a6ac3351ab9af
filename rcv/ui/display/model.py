"""What the projector shows, as Qt properties for QML, fed only from the public audience view.

``DisplayModel`` reads :meth:`ShowController.audience_view` — never the questions or the show
state — once per command (``changed``) and per override (``displayChanged``), and copies it into
one property per field, each with its own change signal, so QML re-evaluates only what changed.
Before the reveal the view has no correct answer, explanation or counts, so neither has this
model: the leak test walks every property and every seat role to prove it.

The projector speaks its own language, apart from the console's (the hall stays Vietnamese
while the operator works in English): the model holds the projector's :class:`~rcv.i18n.Words`
(made by the composition root from the console's settings), exposes its ``language`` and
translates the display's marked texts (context ``"Display"``) with :meth:`translate`. QML marks
each text ``QT_TRANSLATE_NOOP("Display", "…")`` and shows it through ``Words.say`` (``qml/
Words.qml``), which reads ``display.language``: a switch re-evaluates every such binding at once.
Nothing of the display goes through Qt's installed translators.

Press batches reach the model once per frame at most (:mod:`~rcv.ui.display.presses`).

The countdown: at each update the model maps the show clock once — ``remainingAtUpdateMs`` (what
was left at ``updateRefMs`` on the show clock) — and QML computes, on every frame,
``remainingAtUpdateMs - (nowMs() - updateRefMs)``: no tick counting, no drift, and with a
``ManualClock`` the countdown is exact in tests without sleeping.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from PySide6.QtCore import Property, QObject, QUrl, Signal, Slot

from rcv.core.audience import AudienceView, Scene
from rcv.core.model import LETTERS
from rcv.i18n import Words
from rcv.results.mathtext import render_math
from rcv.results.mathunicode import has_math
from rcv.storage.media import PREFIX as STORED_PREFIX
from rcv.storage.media import media_name
from rcv.ui.display.assets import DEFAULT_FAMILY, background_path, logo_path
from rcv.ui.display.hall import HallModel
from rcv.ui.display.presses import PressCoalescer
from rcv.ui.display.qr import qr_source
from rcv.ui.display.seats import SeatListModel
from rcv.ui.display.units import UnitListModel
from rcv.userdirs import cache_dir

CONTEXT = "Display"  # the catalogue's context of every word the projector shows
MARKUP_CACHE = 512  # texts with maths kept typeset, per size and colour (QML asks often)

MediaResolver = Callable[[str, bytes], str]  # (name, bytes) -> a URL QML can show


DEFAULTS: dict[str, Any] = {
    "scene": Scene.BLACKOUT.value, "eventName": "", "stage": "main", "hasQuestion": False,
    "questionNumber": 0, "questionText": "", "questionMath": False, "questionKind": "",
    "options": [], "mediaUrl": "", "timerStarted": False, "timerRunning": False,
    "paused": False, "durationMs": 0.0, "remainingAtUpdateMs": 0.0, "updateRefMs": 0.0,
    "answered": 0, "participants": 0, "revealed": False, "correctLetter": "",
    "correctText": "", "correctMath": False, "explanation": "", "explanationMath": False,
    "standing": 0, "total": 0, "leaving": [], "returning": [], "playing": [], "places": 0,
    "finalists": [], "winners": [], "bell": False, "ranking": [], "fingerprint": "",
    "qrSource": "", "awards": [], "award": -1,
}  # fmt: skip


LIST = "QVariantList"
KINDS: dict[str, Any] = {
    name: LIST if isinstance(value, list) else type(value) for name, value in DEFAULTS.items()
}


def _fields() -> type[QObject]:
    """A QObject base class with one property ``x`` and one signal ``xChanged`` per field."""
    namespace: dict[str, Any] = {}
    for name, kind in KINDS.items():
        signal = Signal()
        namespace[f"{name}Changed"] = signal
        namespace[name] = Property(kind, lambda self, n=name: self._values[n], notify=signal)
    return type(QObject)("DisplayFields", (QObject,), namespace)


DisplayFields = _fields()


class DisplayModel(DisplayFields):  # type: ignore[misc, valid-type]
    """The projector's data. ``DisplayModel(controller, words=Words("vi"))``; ``refresh()`` is
    called for you. ``words``: the projector's language (its own, Vietnamese when not given);
    ``font_family``: the display font the composition root registered (``DisplayFonts``)."""

    updated = Signal()  # once per refresh, after every property is set

    def __init__(
        self,
        controller: Any | None = None,
        parent: QObject | None = None,
        media_resolver: MediaResolver | None = None,
        now_ms: Callable[[], int] | None = None,
        words: Words | None = None,
        font_family: str = DEFAULT_FAMILY,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._values: dict[str, Any] = dict(DEFAULTS)
        self._seats = SeatListModel(self)
        self._units = UnitListModel(self)  # the units scene's bars
        self._media_resolver = media_resolver or self._cache_picture
        self._media_urls: dict[str, str] = {}
        self._now = now_ms or (controller.clock.now_ms if controller is not None else _zero)
        self._animate = True
        self._words = words if words is not None else Words()
        self._math = lru_cache(maxsize=MARKUP_CACHE)(render_math)  # this model's own cache
        self._font = font_family
        self._logo = QUrl.fromLocalFile(str(logo_path())).toString()
        self._background = QUrl.fromLocalFile(str(background_path())).toString()
        self.view: AudienceView | None = None
        self.hall = HallModel(self)  # the audience rescue game, fed by the composition root
        self._presses = PressCoalescer(self, self.refresh)  # one refresh per frame for presses
        if controller is not None:
            controller.changed.connect(self._changed)
            controller.displayChanged.connect(self.refresh)
            self.refresh()

    # -- constant and settable properties ------------------------------------------------------
    def _get_seats(self) -> SeatListModel:
        return self._seats

    seats = Property(QObject, _get_seats, constant=True)

    def _get_units(self) -> UnitListModel:
        return self._units

    units = Property(QObject, _get_units, constant=True)

    def _get_hall(self) -> HallModel:
        return self.hall

    hallModel = Property(QObject, _get_hall, constant=True)

    def _get_font(self) -> str:
        return self._font

    fontFamily = Property(str, _get_font, constant=True)

    def _get_logo(self) -> str:
        return self._logo

    logoUrl = Property(str, _get_logo, constant=True)

    def _get_background(self) -> str:
        return self._background

    backgroundUrl = Property(str, _get_background, constant=True)

    animateChanged = Signal()

    def _get_animate(self) -> bool:
        return self._animate

    def _set_animate(self, value: bool) -> None:
        if value != self._animate:
            self._animate = value
            self.animateChanged.emit()

    animate = Property(bool, _get_animate, _set_animate, notify=animateChanged)

    # -- the projector's language --------------------------------------------------------------
    languageChanged = Signal()

    def _get_language(self) -> str:
        return self._words.lang

    language = Property(str, _get_language, notify=languageChanged)

    @property
    def words(self) -> Words:
        """The projector's words (for texts computed in Python, e.g. the window's title)."""
        return self._words

    def switch_language(self, lang: str) -> None:
        """Speak ``lang`` on the projector from now on: every text of the display follows at
        once (Vietnamese when rcv has no catalogue for ``lang``). The console is not touched."""
        before = self._words.lang
        self._words.switch(lang)
        if self._words.lang != before:
            self.languageChanged.emit()

    @Slot(str, result=str)
    def translate(self, source: str) -> str:
        """A marked text of the display (context "Display") in the projector's language; QML
        calls it through ``Words.say``, which makes the binding depend on ``language``."""
        return self._words(CONTEXT, source)

    @Slot(str, int, str, result=str)
    def markup(self, text: str, pixel_size: int, color: str) -> str:
        """``text`` as Qt rich text with its ``$…$`` formulas typeset as pictures, for words of
        ``pixel_size`` in ``color`` (QML's ``FitText`` asks for the size it tries)."""
        return self._math(text, float(pixel_size), color).rich

    # -- the clock -----------------------------------------------------------------------------
    @Slot(result=float)
    def nowMs(self) -> float:
        """Show time now (the controller's clock): QML calls this once per frame."""
        return float(self._now())

    def remaining_ms(self) -> int:
        """What is left on the countdown now, computed from the deadline."""
        v = self._values
        if not v["timerStarted"]:
            return 0
        if not v["timerRunning"]:
            return max(0, int(v["remainingAtUpdateMs"]))
        return max(0, int(v["remainingAtUpdateMs"] - (self._now() - v["updateRefMs"])))

    # -- updates -------------------------------------------------------------------------------
    @Slot(object)
    def _changed(self, change: object) -> None:
        """A command's change: presses alone wait for the frame's refresh, the rest is shown now."""
        if not self._presses.hold(change):
            self.refresh()

    @property
    def presses_waiting(self) -> bool:
        """True while a batch of presses has not reached the model yet (at most one frame)."""
        return self._presses.waiting

    @Slot()
    @Slot(object)
    def refresh(self, _change: object = None) -> None:
        """Read the controller's audience view again (connected to its signals).

        Without a controller (a model fed by ``apply_view``) the last view is applied again, so
        the countdown mapping is renewed and nothing else changes. Presses waiting for their
        frame are taken along.
        """
        self._presses.cancel()
        if self._controller is None:
            self.apply_view(self.view)
        else:
            self.apply_view(self._controller.audience_view())

    def apply_view(self, view: AudienceView | None) -> None:
        """Show this view (None: nothing open — blackout)."""
        self.view = view
        values = dict(DEFAULTS) if view is None else self._values_of(view)
        for name, value in values.items():
            if self._values[name] != value:
                self._values[name] = value
                getattr(self, f"{name}Changed").emit()
        self._seats.update(view.seats if view is not None else ())
        self._units.update(view.units if view is not None else ())
        self.updated.emit()

    def value(self, name: str) -> Any:
        return self._values[name]

    def _values_of(self, view: AudienceView) -> dict[str, Any]:
        v: dict[str, Any] = dict(DEFAULTS)
        v["scene"] = view.scene.value
        v["eventName"] = view.event_name
        v["stage"] = view.stage.value
        v["standing"], v["total"] = view.standing, view.total
        v["answered"], v["participants"] = view.answered, view.participants
        q = view.question
        revealed = view.correct is not None or view.option_counts is not None
        if q is not None:
            v["hasQuestion"] = True
            v["questionNumber"] = q.number
            v["questionText"], v["questionMath"] = q.text, has_math(q.text)
            v["questionKind"] = q.kind.value
            v["mediaUrl"] = self._media_url(q.media, q.picture)
            counts = view.option_counts
            whole = max(view.participants, sum(counts) if counts else 0)
            options = []
            for i, text in enumerate(q.options):
                option: dict[str, Any] = {
                    "letter": LETTERS[i],
                    "text": text,
                    "math": has_math(text),
                }
                if revealed:  # nothing about the answer exists in the model before the reveal
                    n = counts[i] if counts and i < len(counts) else 0
                    option |= {
                        "correct": view.correct == LETTERS[i],
                        "count": n,
                        "share": n / whole if whole else 0.0,  # of everyone asked
                    }
                options.append(option)
            v["options"] = options
            now = self._now()
            if q.duration_ms is not None:
                v["timerStarted"] = True
                v["durationMs"] = float(q.duration_ms)
                v["updateRefMs"] = float(now)
                if q.paused_remaining_ms is not None:
                    v["paused"] = True
                    v["remainingAtUpdateMs"] = float(q.paused_remaining_ms)
                elif q.deadline_ms is not None:
                    v["remainingAtUpdateMs"] = float(max(0, q.deadline_ms - now))
                    v["timerRunning"] = view.scene is Scene.QUESTION
        if revealed:
            v["revealed"] = True
            v["correctLetter"] = view.correct or ""
            v["correctText"] = view.correct_text or ""
            v["correctMath"] = has_math(v["correctText"])
            v["explanation"] = view.explanation or ""
            v["explanationMath"] = has_math(v["explanation"])
        v |= _people(view)
        v["ranking"] = [_row(r) for r in view.ranking]
        v["awards"] = [
            {"prize": a.prize, "kind": a.kind.value, "winners": [_row(r) for r in a.winners]}
            for a in view.awards
        ]
        v["award"] = -1 if view.award is None else view.award
        v["fingerprint"] = view.fingerprint or ""
        v["qrSource"] = qr_source(view.fingerprint_payload or v["fingerprint"])
        return v

    # -- media ---------------------------------------------------------------------------------
    def _media_url(self, media: str | None, picture: bytes | None) -> str:
        """The question's picture as a file URL for QML: its bytes (from the audience view)
        written once to the cache under the picture's name (a content hash for pictures kept
        in the event file: a cached copy is always right)."""
        if not media or picture is None:
            return ""
        # stored pictures are named by their content; an older file's picture beside the event
        # file is named by its path only, so its content is part of the key
        key = media if media.startswith(STORED_PREFIX) else media_name(picture, media)
        if key not in self._media_urls:
            try:
                self._media_urls[key] = self._media_resolver(key, picture)
            except OSError:  # a picture that cannot be shown must never stop the show
                return ""
        return self._media_urls[key]

    @staticmethod
    def _cache_picture(name: str, picture: bytes) -> str:
        cached = cache_dir() / name
        if not cached.is_file():
            cached.parent.mkdir(parents=True, exist_ok=True)
            partial = cached.with_suffix(cached.suffix + ".part")
            partial.write_bytes(picture)
            os.replace(partial, cached)  # a cut-off copy is never taken for the picture
        return QUrl.fromLocalFile(str(cached)).toString()


def _who(seat: Any) -> dict[str, Any]:
    return {"seat": seat.seat, "name": seat.name}


def _row(row: Any) -> dict[str, Any]:
    """A row of the ranking (or of an award): its unit is the detail under the name."""
    return {
        "rank": row.rank,
        "seat": row.seat,
        "name": row.name,
        "unit": row.unit,
        "detail": row.unit,
        "prize": row.prize or "",
    }


def _people(view: AudienceView) -> dict[str, Any]:
    """The lists of people the scenes name: leaving, back, playing, finalists, winners."""
    by_seat = {s.seat: s for s in view.seats}
    units = {r.seat: r.unit for r in view.ranking}
    standing = [s for s in view.seats if s.standing]
    belled = [s for s in view.seats if s.bell]
    return {
        "leaving": [_who(s) for s in view.seats if s.eliminated_now],
        "returning": [_who(s) for s in view.seats if s.returned_now],
        "playing": [_who(by_seat[seat]) for seat in view.playing if seat in by_seat],
        "places": view.places,
        "finalists": [_who(s) for s in standing],
        "bell": bool(belled),
        "winners": [
            _who(s) | {"bell": s.bell, "detail": units.get(s.seat, "")}
            for s in (belled or standing)
        ],
    }


def _zero() -> int:
    return 0
