"""Draw rcv's program icon, a golden bell on a red disc, with Pillow only.

Writes ``rcv.ico`` (16–256 px, for ``rcv.exe``) and ``rcv.png`` (256 px) beside this file. The
output is committed; run ``.venv/bin/python packaging/make_icon.py`` again after changing the
drawing. Drawn at 1024 px and scaled down, so the small sizes stay smooth.
"""

from __future__ import annotations

import itertools
import math
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter

HERE = Path(__file__).resolve().parent
SIZE = 1024
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]

RED_LIGHT = (214, 40, 40)
RED_DARK = (128, 12, 18)
GOLD_LIGHT = (255, 236, 150)
GOLD = (245, 190, 40)
GOLD_DARK = (170, 110, 10)
OUTLINE = (110, 60, 0)


def _radial(size: int, inner: tuple[int, int, int], outer: tuple[int, int, int]) -> Image.Image:
    """A disc-shaped gradient from ``inner`` (upper left) to ``outer``."""
    img = Image.new("RGB", (size, size))
    px = img.load()
    cx, cy = size * 0.38, size * 0.32
    reach = size * 0.85
    for y in range(size):
        for x in range(size):
            t = min(1.0, math.hypot(x - cx, y - cy) / reach)
            px[x, y] = tuple(round(a + (b - a) * t) for a, b in zip(inner, outer, strict=True))
    return img


def _horizontal(size: int, stops: list[tuple[float, tuple[int, int, int]]]) -> Image.Image:
    """A left-to-right gradient through colour stops (position 0..1, colour)."""
    row = Image.new("RGB", (size, 1))
    for x in range(size):
        t = x / (size - 1)
        for (t0, c0), (t1, c1) in itertools.pairwise(stops):
            if t0 <= t <= t1:
                f = (t - t0) / (t1 - t0) if t1 > t0 else 0.0
                colour = tuple(round(a + (b - a) * f) for a, b in zip(c0, c1, strict=True))
                row.putpixel((x, 0), colour)
                break
    return row.resize((size, size))


def bell_outline(size: int) -> list[tuple[float, float]]:
    """The bell's body as a polygon: a dome, sides flaring to a wide lip."""
    top, rim = size * 0.22, size * 0.72
    cx = size / 2
    r_top, r_rim = size * 0.17, size * 0.33
    right: list[tuple[float, float]] = []
    steps = 120
    for i in range(steps + 1):
        t = i / steps
        y = top + (rim - top) * t
        if t < 0.28:  # the dome
            u = t / 0.28
            w = r_top * math.sqrt(max(0.0, 1 - (1 - u) ** 2))
        else:  # the waist and the flare
            u = (t - 0.28) / 0.72
            w = r_top + (r_rim - r_top) * u**2.4
        right.append((cx + w, y))
    left = [(2 * cx - x, y) for x, y in reversed(right)]
    return right + left


def draw(size: int = SIZE) -> Image.Image:
    # the red disc, with a thin gold ring
    disc_mask = Image.new("L", (size, size), 0)
    ImageDraw.Draw(disc_mask).ellipse((8, 8, size - 8, size - 8), fill=255)
    icon = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    icon.paste(_radial(size, RED_LIGHT, RED_DARK), (0, 0), disc_mask)
    d = ImageDraw.Draw(icon)
    d.ellipse((8, 8, size - 8, size - 8), outline=GOLD, width=size // 40)

    gold = _horizontal(size, [(0.0, GOLD_DARK), (0.3, GOLD_LIGHT), (0.45, GOLD), (1.0, GOLD_DARK)])
    cx = size / 2

    # the handle: a ring on top of the dome
    ring = Image.new("L", (size, size), 0)
    rd = ImageDraw.Draw(ring)
    rd.ellipse((cx - size * 0.07, size * 0.12, cx + size * 0.07, size * 0.26), fill=255)
    rd.ellipse((cx - size * 0.035, size * 0.155, cx + size * 0.035, size * 0.225), fill=0)
    icon.paste(gold, (0, 0), ring)

    # the clapper, peeking out under the lip
    clapper = Image.new("L", (size, size), 0)
    ImageDraw.Draw(clapper).ellipse(
        (cx - size * 0.075, size * 0.70, cx + size * 0.075, size * 0.85), fill=255
    )
    icon.paste(gold, (0, 0), clapper)

    # the body, then the lip as a flat ellipse across the bottom
    body = Image.new("L", (size, size), 0)
    bd = ImageDraw.Draw(body)
    bd.polygon(bell_outline(size), fill=255)
    bd.ellipse((cx - size * 0.35, size * 0.67, cx + size * 0.35, size * 0.77), fill=255)
    shadow = body.filter(ImageFilter.GaussianBlur(size // 60))
    icon.paste((60, 0, 0, 150), (size // 80, size // 50), ImageChops.multiply(shadow, disc_mask))
    icon.paste(gold, (0, 0), body)
    d = ImageDraw.Draw(icon)
    d.polygon(bell_outline(size), outline=OUTLINE, width=size // 120)
    d.arc(
        (cx - size * 0.35, size * 0.67, cx + size * 0.35, size * 0.77),
        0,
        180,
        fill=OUTLINE,
        width=size // 120,
    )
    # a band around the waist and a highlight
    d.arc(
        (cx - size * 0.24, size * 0.55, cx + size * 0.24, size * 0.63),
        0,
        180,
        fill=GOLD_DARK,
        width=size // 70,
    )
    d.line(
        (cx - size * 0.09, size * 0.30, cx - size * 0.15, size * 0.60),
        fill=(255, 250, 215),
        width=size // 40,
    )
    return icon


def main() -> None:
    big = draw()
    png = big.resize((256, 256), Image.Resampling.LANCZOS)
    png.save(HERE / "rcv.png", optimize=True)
    png.save(HERE / "rcv.ico", sizes=ICO_SIZES)
    print(f"wrote {HERE / 'rcv.png'} and {HERE / 'rcv.ico'}")


if __name__ == "__main__":
    main()
