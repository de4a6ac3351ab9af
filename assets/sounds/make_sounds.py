"""Synthesise the display's sound effects (WAV, 16-bit mono, 44.1 kHz) with the standard library.

    python assets/sounds/make_sounds.py        # rewrites the .wav files next to this script

Deterministic: the same script writes the same bytes. The sounds are CC0 (see README.md).
"""

from __future__ import annotations

import math
import random
import struct
import wave
from collections.abc import Callable
from pathlib import Path

RATE = 44_100
HERE = Path(__file__).resolve().parent
TAU = 2 * math.pi


def render(seconds: float, voice: Callable[[float], float]) -> list[float]:
    return [voice(i / RATE) for i in range(int(seconds * RATE))]


def mix(*tracks: tuple[float, list[float]]) -> list[float]:
    """Tracks placed at (start in seconds, samples)."""
    length = max(int(start * RATE) + len(s) for start, s in tracks)
    out = [0.0] * length
    for start, samples in tracks:
        offset = int(start * RATE)
        for i, v in enumerate(samples):
            out[offset + i] += v
    return out


def fade(samples: list[float], seconds: float = 0.01) -> list[float]:
    """Short fades at both ends so nothing clicks."""
    n = min(len(samples) // 2, int(seconds * RATE))
    for i in range(n):
        k = i / n
        samples[i] *= k
        samples[-1 - i] *= k
    return samples


def write(name: str, samples: list[float], peak_db: float = -1.0) -> None:
    peak = max(abs(v) for v in samples) or 1.0
    gain = 10 ** (peak_db / 20) / peak
    frames = b"".join(struct.pack("<h", round(v * gain * 32767)) for v in samples)
    with wave.open(str(HERE / name), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames)


def tick() -> list[float]:
    """A wood-block tick for the last five seconds."""
    noise = random.Random("tick")

    def voice(t: float) -> float:
        body = math.sin(TAU * 1750 * t) + 0.5 * math.sin(TAU * 2630 * t)
        click = noise.uniform(-1, 1) * math.exp(-t / 0.002)
        return body * math.exp(-t / 0.018) + 0.4 * click

    return fade(render(0.09, voice), 0.002)


def time_up() -> list[float]:
    """A buzzer: two detuned saw-like tones beating against each other."""

    def saw(f: float, t: float) -> float:
        return sum(math.sin(TAU * f * k * t) / k for k in range(1, 14))

    def voice(t: float) -> float:
        env = min(1.0, t / 0.015) * (1.0 if t < 0.8 else math.exp(-(t - 0.8) / 0.05))
        return env * (saw(174, t) + saw(181, t)) * 0.5

    return fade(render(1.0, voice))


def bell_tone(f: float, seconds: float, decay: float) -> list[float]:
    partials = ((1.0, 1.0), (2.0, 0.35), (3.01, 0.15), (4.2, 0.06))

    def voice(t: float) -> float:
        env = min(1.0, t / 0.004) * math.exp(-t / decay)
        return env * sum(a * math.sin(TAU * f * r * t) for r, a in partials)

    return render(seconds, voice)


def correct() -> list[float]:
    """A bright rising arpeggio (C6 E6 G6 C7)."""
    notes = (1046.5, 1318.5, 1568.0, 2093.0)
    return fade(mix(*((i * 0.11, bell_tone(f, 0.9, 0.28)) for i, f in enumerate(notes))))


def wrong() -> list[float]:
    """Two falling, muffled tones."""

    def tone(f: float) -> list[float]:
        def voice(t: float) -> float:
            env = min(1.0, t / 0.01) * math.exp(-t / 0.22)
            return env * (
                math.sin(TAU * f * t)
                + 0.3 * math.sin(TAU * 2 * f * t)
                + 0.12 * math.sin(TAU * 3 * f * t)
            )

        return render(0.45, voice)

    return fade(mix((0.0, tone(330.0)), (0.22, tone(247.0))))


def golden_bell() -> list[float]:
    """A big bell struck twice: the inharmonic partials of a church bell (hum, prime, tierce,
    quint, nominal …), the low ones ringing longest."""
    f = 392.0  # G4
    partials = (  # ratio, amplitude, decay (s)
        (0.5, 0.55, 2.6), (1.0, 1.0, 2.0), (1.19, 0.55, 1.5), (1.5, 0.35, 1.1),
        (2.0, 0.65, 0.9), (2.52, 0.25, 0.6), (3.0, 0.2, 0.45), (4.07, 0.12, 0.3),
    )  # fmt: skip
    noise = random.Random("bell")

    def strike(gain: float) -> list[float]:
        def voice(t: float) -> float:
            ring = sum(a * math.exp(-t / d) * math.sin(TAU * f * r * t) for r, a, d in partials)
            hit = noise.uniform(-1, 1) * math.exp(-t / 0.006) * 0.5
            return gain * (min(1.0, t / 0.002) * ring + hit)

        return render(2.6, voice)

    return fade(mix((0.0, strike(1.0)), (0.85, strike(0.8))), 0.05)


SOUNDS = {
    "tick.wav": tick,
    "time_up.wav": time_up,
    "correct.wav": correct,
    "wrong.wav": wrong,
    "golden_bell.wav": golden_bell,
}


def main() -> None:
    for name, make in SOUNDS.items():
        write(name, make())
        print(f"wrote {HERE / name}")


if __name__ == "__main__":
    main()
