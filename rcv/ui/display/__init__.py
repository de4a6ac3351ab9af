"""The projector display: Qt Quick (QML) fed only from the public audience view.

Public API (for the composition root and the console)::

    from rcv.ui.display import (
        DisplayModel, ProjectorWindow, DisplayPreview, ScreenChooser, SoundBoard,
        list_screens, load_fonts, assets_dir,
    )

    family = load_fonts()                     # once, after QApplication, before any window
    words = Words(settings.projector_language)  # the projector's, apart from the console's
    model = DisplayModel(controller, words=words, font_family=family)
    chooser = ScreenChooser(settings)         # remembers the screen by name (console settings)
    projector = ProjectorWindow(model, chooser)
    projector.place()                         # fullscreen on the projector, or windowed fallback
    preview = DisplayPreview(model, parent)   # the console's preview: the same QML, scaled
    sounds = SoundBoard(model)                # ticks, time-up, correct, wrong, golden bell

The projector's language is its own (``model.words``, ``model.switch_language(lang)``, QML
``display.language``): every text of the display is marked ``QT_TRANSLATE_NOOP("Display", …)``
and shown with ``Words.say`` (``qml/Words.qml``) — never Qt's translators, which are the
console's. The composition root makes the display's objects; no module here keeps state.

Screens: ``list_screens() -> list[ScreenInfo]`` (name, x, y, width, height, primary, dpr;
``.label`` for a menu); ``chooser.screens()``, ``chooser.projector_screen()``,
``chooser.console_screen()``, ``chooser.choose(name)``, ``chooser.swap()``,
``chooser.forget()``, signal ``chooser.changed``. ``preview.set_aspect(w, h)`` follows the
projector's shape.

``DisplayModel`` properties (QML: ``display.x``): scene, eventName, stage, hasQuestion,
questionNumber, questionText + questionMath (the text as written; ``$…$`` formulas are typeset
by ``display.markup(text, pixelSize, color)`` → rich text with SVG pictures, see
:mod:`rcv.results.mathtext`), questionKind, options (letter, text, math; after the reveal also
correct, count, share), mediaUrl, timerStarted, timerRunning, paused, durationMs,
remainingAtUpdateMs + updateRefMs + ``nowMs()`` (the countdown), answered, participants,
revealed, correctLetter, correctText + correctMath, explanation + explanationMath, standing,
total, seats (a list model: seat, name, standing, eliminatedNow, returnedNow, bell); the lists of
people the scenes name, each ``{seat, name}`` and any length: leaving, returning, playing (who
takes part in the rescue, tie-break or golden bell; places: what a tie-break decides),
finalists, winners (with ``detail``: the unit); bell, ranking (rank, seat, name, unit, prize),
fingerprint, qrSource; awards (the prize ceremony, lowest prize first: prize, kind, winners)
and award (the one on screen, -1 for none); and fontFamily, logoUrl, backgroundUrl, animate,
language; ``display.translate(source)`` (context "Display"). ``model.remaining_ms()`` is the
countdown in Python.

QML building blocks: ``FitText`` (the largest size that fits its box, maths typeset),
``NameText`` (a name on one or two lines, never below ``Theme.nameMin`` = 2.6 % of the height,
28 px at 1080p), ``NameBoard`` (any number of names: as large as the room allows, a page at a
time every ``Theme.pageMs`` when they do not fit). Scenes after the finish: the results
(``RankingScene``) and the prize ceremony (``CeremonyScene``), walked by Space through the
controller's presentation; ``PictureScene`` is the question's picture full screen (override).

Sound: ``SoundBoard(model, parent, volume=0.8, muted=False)``; ``set_volume``, ``set_muted``,
``play(cue)``, ``available`` (False without QtMultimedia or sound files), ``history`` and the
``played(str)`` signal. Assets: ``assets_dir()`` (repo ``assets/``, or ``sys._MEIPASS/assets``
in a PyInstaller build, or ``$RCV_ASSETS``), ``load_fonts()`` → the family name ("Noto Sans").

Off screen: ``SceneRenderer(model, size).save(path)`` (``render``); a whole show through the
controller stopping at every scene: ``tour`` (used by ``rcv screenshots`` and the tests).
"""

from __future__ import annotations

from typing import Any

_EXPORTS = {
    "DisplayModel": "rcv.ui.display.model",
    "SeatListModel": "rcv.ui.display.seats",
    "ProjectorWindow": "rcv.ui.display.window",
    "DisplayPreview": "rcv.ui.display.preview",
    "ScreenChooser": "rcv.ui.display.screens",
    "ScreenInfo": "rcv.ui.display.screens",
    "ScreenMemory": "rcv.ui.display.screens",
    "Remembered": "rcv.ui.display.screens",
    "list_screens": "rcv.ui.display.screens",
    "find_screen": "rcv.ui.display.screens",
    "SoundBoard": "rcv.ui.display.sound",
    "SceneRenderer": "rcv.ui.display.render",
    "load_fonts": "rcv.ui.display.assets",
    "assets_dir": "rcv.ui.display.assets",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    """Import lazily: importing the package loads no Qt module it does not need."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(name)
    import importlib

    return getattr(importlib.import_module(module), name)
