"""The display's sound effects: ticks in the last five seconds, time-up, correct, wrong, bell.

``SoundBoard(model)`` loads every WAV once, at start (``QSoundEffect`` plays WAV only), and then
reacts to the display model, not to the controller: what the hall hears follows what the hall
sees. It never blocks and never raises: without QtMultimedia, without an audio device, or with a
missing file, it stays silent (``available`` says so) and the show goes on. ``history`` and the
``played`` signal record each cue, heard or not, for tests and for the console.

The ticks are computed like the countdown: the board looks at what is left (from the deadline)
every 25 ms while the clock runs and ticks when the whole second shown becomes 5, 4, 3, 2, 1.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

from rcv.ui.display.assets import sound_path
from rcv.ui.display.model import DisplayModel

CUES = {
    "tick": "tick.wav",
    "time_up": "time_up.wav",
    "correct": "correct.wav",
    "wrong": "wrong.wav",
    "golden_bell": "golden_bell.wav",
}
TICK_FROM_S = 5
POLL_MS = 25


class SoundBoard(QObject):
    played = Signal(str)  # the cue's name, each time one is due (even when muted or silent)

    def __init__(
        self,
        model: DisplayModel,
        parent: QObject | None = None,
        volume: float = 0.8,
        muted: bool = False,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.history: list[str] = []
        self._done: set[tuple[object, ...]] = set()
        self._volume = max(0.0, min(1.0, volume))
        self._muted = muted
        self._effects: dict[str, Any] = {}
        self._error_status: Any = None
        self.available = self._load()
        self._scene = model.value("scene")
        self._revealed = model.value("revealed")
        self._last_second: int | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.poll)
        model.updated.connect(self._on_update)
        self._on_update()

    # -- settings ------------------------------------------------------------------------------
    @property
    def volume(self) -> float:
        return self._volume

    def set_volume(self, volume: float) -> None:
        self._volume = max(0.0, min(1.0, volume))
        for effect in self._effects.values():
            effect.setVolume(self._volume)

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        for effect in self._effects.values():
            effect.setMuted(muted)

    # -- playing -------------------------------------------------------------------------------
    def play(self, cue: str) -> None:
        """Play a cue now (the console may call this too, e.g. to test the speakers)."""
        self.history.append(cue)
        self.played.emit(cue)
        effect = self._effects.get(cue)
        if effect is None or self._muted:
            return
        try:
            if effect.status() != self._error_status:
                effect.play()
        except Exception:  # a sound must never stop the show
            pass

    def _once(self, cue: str, moment: tuple[object, ...]) -> None:
        """A cue plays once per moment of the show: the MC putting the logo or blackout up and
        taking it down again (back to the same scene) replays nothing."""
        key = (cue, *moment)
        if key not in self._done:
            self._done.add(key)
            self.play(cue)

    def _load(self) -> bool:
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except Exception:  # QtMultimedia or its system libraries missing: silent show
            return False
        self._error_status = QSoundEffect.Status.Error
        for cue, name in CUES.items():
            path = sound_path(name)
            if not path.is_file():
                continue
            try:
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                effect.setVolume(self._volume)
                effect.setMuted(self._muted)
            except Exception:
                continue
            self._effects[cue] = effect
        return bool(self._effects)

    # -- following the display -----------------------------------------------------------------
    def _on_update(self) -> None:
        m = self.model
        scene, before = m.value("scene"), self._scene
        revealed, was_revealed = m.value("revealed"), self._revealed
        self._scene, self._revealed = scene, revealed
        moment = (m.value("stage"), m.value("questionNumber"))
        if scene != before:
            if scene == "time_up" and before in ("question", "paused"):
                self._once("time_up", moment)
            elif scene == "eliminations" and m.value("leaving"):
                self._once("wrong", moment)
            elif scene == "final":
                self._once("golden_bell", ("final",))
            elif scene == "winner" and m.value("bell"):
                self._once("golden_bell", ("winner",))
        if revealed and not was_revealed and scene == "reveal":
            self._once("correct", moment)
        if m.value("timerRunning"):
            if not self._poll.isActive():
                self._last_second = None
                self._poll.start()
            self.poll()
        else:
            self._poll.stop()
            self._last_second = None

    def poll(self) -> None:
        """Tick if the whole second shown has just become 5, 4, 3, 2 or 1 (timer-driven)."""
        remaining = self.model.remaining_ms()
        second = math.ceil(remaining / 1000)
        if second != self._last_second:
            if 1 <= second <= TICK_FROM_S and self._last_second is not None:
                self.play("tick")
            self._last_second = second
