"""Mathematics between $…$: typeset as pictures (real fractions, roots, scripts) for the
projector and the console, in plain Unicode for cells and lists; a formula the typesetter cannot
read falls back to the Unicode rendering; everything else stays as written."""

from __future__ import annotations

import base64
import re

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtSvg import QSvgRenderer

from rcv.results import mathtext
from rcv.results.mathunicode import (
    display_markup,
    has_math,
    render_math,
    to_plain_text,
    to_rich_text,
)


@pytest.mark.parametrize(
    ("tex", "rich"),
    [
        ("x^2", "<i>x</i><sup>2</sup>"),
        ("x^{10}", "<i>x</i><sup>10</sup>"),
        ("10^{-3}", "10<sup>−3</sup>"),
        ("H_2O", "<i>H</i><sub>2</sub><i>O</i>"),
        (r"\frac{1}{2}", "1/2"),
        (r"\frac{a+b}{c}", "(<i>a</i> + <i>b</i>)/<i>c</i>"),
        (r"\sqrt{16}", "√16"),
        (r"\sqrt[3]{27}", "<sup>3</sup>√27"),
        (r"90^\circ", "90°"),
        (r"\alpha \le \beta", "α ≤ β"),
        (r"3 \times 4 \div 2", "3 × 4 ÷ 2"),
        (r"\pi \approx 3{,}14", "π ≈ 3,14"),
        (r"\text{km}^2", "km<sup>2</sup>"),
        (r"\mathbb{R}", "ℝ"),
        (r"\sin x", "sin\u2009<i>x</i>"),
        (r"-x", "−<i>x</i>"),
        (r"a < b", "<i>a</i> &lt; <i>b</i>"),
    ],
)
def test_formulas(tex: str, rich: str) -> None:
    assert render_math(tex) == rich


def test_unknown_commands_are_shown_not_dropped() -> None:
    assert "\\unknowncmd" in render_math(r"\unknowncmd{x}")


def test_text_around_formulas_is_escaped_and_kept() -> None:
    text = "Tính <giá trị> của $x^2$ khi $x = 3$"
    assert to_rich_text(text) == ("Tính &lt;giá trị&gt; của <i>x</i><sup>2</sup> khi <i>x</i> = 3")


def test_money_is_not_maths() -> None:
    assert not has_math("Giá 5$ và 3$")
    assert display_markup("Giá 5$ và 3$") == ("Giá 5$ và 3$", False)
    assert display_markup("Không có công thức") == ("Không có công thức", False)
    assert display_markup("Có $x$")[1] is True


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("$7^2 = 49$", "7² = 49"),
        (r"Tính $\frac{3}{4}$ của $\sqrt{16}$", "Tính 3/4 của √16"),
        ("$x_{10} + 2^{x+1}$", "x₁₀ + 2^(x + 1)"),
        (r"$90^\circ$ và $\alpha \le \pi$", "90° và α ≤ π"),
        ("Giá 5$ và 3$", "Giá 5$ và 3$"),
    ],
)
def test_plain_text_for_cells_and_lists(text: str, plain: str) -> None:
    assert to_plain_text(text) == plain
    assert mathtext.render_math(text).plain == plain


def images(rich: str) -> list[tuple[bytes, int, int]]:
    found = re.findall(
        r'src="data:image/svg\+xml;base64,([^"]+)" width="(\d+)" height="(\d+)"', rich
    )
    return [(base64.b64decode(data), int(w), int(h)) for data, w, h in found]


def test_formulas_are_typeset_as_pictures_qt_can_draw(qapp) -> None:  # type: ignore[no-untyped-def]
    shown = mathtext.render_math(r"Tính $\frac{3}{4} + \sqrt{2}$ và $x^2$", 40, "#ffffff")
    assert shown.has_math and shown.rich.startswith("Tính ")
    pictures = images(shown.rich)
    assert len(pictures) == 2
    for svg, width, height in pictures:
        renderer = QSvgRenderer(QByteArray(svg))
        assert renderer.isValid() and width > 0 and height > 0
        assert b"#ffffff" in svg  # drawn in the words' colour
    fraction, power = pictures
    assert fraction[2] > 1.6 * 40  # a real fraction: numerator over denominator, taller
    assert power[2] < fraction[2]
    assert "\\frac" not in shown.rich and "$" not in shown.rich


def test_the_picture_scales_with_the_words() -> None:
    small = mathtext.formula_svg(r"\frac{1}{2}", 20)
    large = mathtext.formula_svg(r"\frac{1}{2}", 80)
    assert small is not None and large is not None
    assert large.height == pytest.approx(4 * small.height, rel=0.02)
    assert 0 < large.baseline < large.height


def test_a_formula_the_typesetter_cannot_read_is_still_shown() -> None:
    shown = mathtext.render_math("Sai: $x^$ và $y^2$", 30)
    assert len(images(shown.rich)) == 1  # y² typeset; x^ shown by the fallback, not dropped
    assert "<i>x</i>" in shown.rich


def test_text_without_maths_stays_plain_and_escaped() -> None:
    shown = mathtext.render_math("Giá <5$ và 3$")
    assert not shown.has_math
    assert shown.plain == "Giá <5$ và 3$" and shown.rich == "Giá &lt;5$ và 3$"
