"""The projector display: Qt Quick (QML) fed only from the public audience view.

Public API (for the composition root and the console)::

    from rcv.ui.display import (
        DisplayModel, ProjectorWindow, DisplayPreview, ScreenChooser, SoundBoard,
        list_screens, load_fonts, assets_dir,
    )

    load_fonts()                              # once, after QApplication, before any window
    model = DisplayModel(controller)          # follows controller.changed / displayChanged
    chooser = ScreenChooser()                 # remembers the projector screen by name (QSettings)
    projector = ProjectorWindow(model, chooser)
    projector.place()                         # fullscreen on the projector, or windowed fallback
    preview = DisplayPreview(model, parent)   # the console's preview: the same QML, scaled
    sounds = SoundBoard(model)                # ticks, time-up, correct, wrong, golden bell

Screens: ``list_screens() -> list[ScreenInfo]`` (name, x, y, width, height, primary, dpr;
``.label`` for a menu); ``chooser.screens()``, ``chooser.projector_screen()``,
``chooser.console_screen()``, ``chooser.choose(name)``, ``chooser.swap()``,
``chooser.forget()``, signal ``chooser.changed``. ``preview.set_aspect(w, h)`` follows the
projector's shape.

``DisplayModel`` properties (QML: ``display.x``): scene, eventName, stage, hasQuestion,
questionNumber, questionText/questionRich (``$…$`` maths as rich text, see ``mathtext``),
questionKind, options (letter, text, rich; after the reveal also correct, count, share), mediaUrl,
timerStarted, timerRunning, paused, durationMs, remainingAtUpdateMs + updateRefMs + ``nowMs()``
(the countdown), answered, participants, revealed, correctLetter, correctText, explanation,
standing, total, seats (a list model: seat, name, standing, eliminatedNow, returnedNow, bell),
leaving, returning, finalists, winners, bell, ranking, fingerprint, qrSource; and fontFamily,
logoUrl, backgroundUrl, animate. ``model.remaining_ms()`` is the countdown in Python.

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
