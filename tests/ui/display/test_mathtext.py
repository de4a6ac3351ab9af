"""Mathematics between $…$ becomes Qt rich text; everything else stays as written."""

from __future__ import annotations

import pytest

from rcv.ui.display.mathtext import display_markup, has_math, render_math, to_rich_text


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
