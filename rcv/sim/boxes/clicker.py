"""One clicker per USB port: the published "Sistema de Clicker para Concursos" sketch (Rodrigo
Collado) for an Arduino Uno/Nano/ESP32 with buttons A–D, at 9600 baud::

    CLICKER_READY:001          (after three blinks at power-on)
    001:A                      (a press: CLICKER_ID ":" answer, "\\n")
    DEBUG: Botón A presionado  (its own debug line)

``CLICKER_ID`` is set in the sketch for each device ("001" unless someone changed it); one
debounce of 200 ms covers all four buttons. The sketch reads nothing from the laptop.
"""

from __future__ import annotations

from rcv.sim.boxes.base import Box

READY_AFTER_MS = 1200  # three blinks of 200 + 200 ms


class ColladoClicker(Box):
    baud = 9600
    name = "clicker"

    def __init__(self, clicker_id: str = "001") -> None:
        super().__init__()
        self.clicker_id = clicker_id
        self._last_ms: int | None = None

    def boot(self, now_ms: int) -> None:
        self.send(f"CLICKER_READY:{self.clicker_id}\r\n".encode(), now_ms + READY_AFTER_MS)

    def press(self, answer: str, now_ms: int) -> None:
        if answer not in "ABCD" or len(answer) != 1:
            raise ValueError(f"no button {answer!r}")
        if self._last_ms is not None and now_ms - self._last_ms <= 200:
            return  # the sketch's debounce
        self._last_ms = now_ms
        text = f"{self.clicker_id}:{answer}\nDEBUG: Botón {answer} presionado\r\n"
        self.send(text.encode("utf-8"), now_ms)
