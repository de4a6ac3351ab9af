"""Mathematics in question texts, typeset: ``$…$`` (TeX) as real fractions, roots and scripts.

One function for every reader of a question — the projector, the console, the workbook::

    from rcv.results.mathtext import render_math
    shown = render_math("Tính $\\frac{3}{4} + 7^2$", size_px=40, color="#f5f7ff")
    shown.plain     # "Tính 3/4 + 7²"       — Unicode, for cells, lists, logs, plain labels
    shown.rich      # Qt rich text: the words escaped, each formula an inline SVG picture
    shown.has_math  # False: no formula (plain == the text, rich == the text escaped)

``rich`` goes into a ``QLabel``/``QTextDocument`` (``Qt.RichText``) or a QML ``Text``
(``textFormat: Text.RichText``) as it is: each formula is an ``<img>`` with a ``data:`` URL of
an SVG drawn at ``size_px`` (the words' pixel size) in ``color``, centred so that its baseline
sits on the line's baseline. ``formula_svg`` gives one formula's SVG alone.

Decision (tried, see the projector's screenshots): `ziamath <https://pypi.org/project/ziamath/>`_
(MIT, pure Python, with ``ziafont`` and ``latex2mathml``, ~4 MB installed including its STIX Two
Math font, OFL) typesets TeX to SVG in ~5 ms a formula, offline, on Windows as anywhere; Qt
draws the SVG. Matplotlib's mathtext would need numpy and ~50 MB; Qt's own rich text has
``<sup>``/``<sub>`` but no fraction or radical. A formula ziamath cannot read (a typo) falls back
to :mod:`rcv.results.mathunicode`: shown, never dropped. Nothing is kept between calls: callers
that redraw often keep their own cache (the display model does).
"""

from __future__ import annotations

import base64
import html
import warnings
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from rcv.results.mathunicode import math_spans, plain_math
from rcv.results.mathunicode import render_math as unicode_math

MATH_SCALE = 1.08  # STIX Two Math's letters are smaller than Noto Sans's at the same size
AXIS_EM = 0.134  # Qt centres a middle-aligned picture a quarter x-height above the baseline
MARGIN_EM = 0.06  # room around a formula so no stroke touches the picture's edge
# a tiny no-break space glued before each picture: Qt Quick draws a picture that starts a line
# at the line's left edge whatever the alignment; after a glyph it draws it where it belongs
GLUE = '<span style="font-size:1px">\u00a0</span>'


@dataclass(frozen=True, slots=True)
class Formula:
    """One formula as an SVG picture: ``width`` × ``height`` pixels, its baseline ``baseline``
    pixels from the top."""

    svg: bytes
    width: float
    height: float
    baseline: float


@dataclass(frozen=True, slots=True)
class MathText:
    plain: str
    rich: str
    has_math: bool


def render_math(text: str, size_px: float = 24.0, color: str = "#000000") -> MathText:
    """``text`` with its ``$…$`` formulas typeset for a reader: see the module's docstring."""
    spans = math_spans(text)
    if not any(formula for formula, _ in spans):
        return MathText(text, _escape(text), False)
    plain, rich = [], []
    for formula, piece in spans:
        if not formula:
            plain.append(piece)
            rich.append(_escape(piece))
            continue
        plain.append(plain_math(piece))
        drawn = formula_svg(piece, size_px, color)
        rich.append(GLUE + _image(drawn) if drawn is not None else unicode_math(piece))
    return MathText("".join(plain), "".join(rich), True)


def formula_svg(source: str, size_px: float = 24.0, color: str = "#000000") -> Formula | None:
    """One formula (without its dollars) as an SVG at ``size_px``; None when it cannot be read.

    The picture is as tall above the line's middle as below it, so a middle-aligned ``<img>``
    puts the formula's baseline on the text's baseline."""
    size = size_px * MATH_SCALE
    try:
        with warnings.catch_warnings():  # ziamath reads its font through a deprecated API
            warnings.simplefilter("ignore", DeprecationWarning)
            import ziamath

            ziamath.config.svg2 = False  # SVG 1.1 paths: Qt's SVG renderer draws no <symbol>
            math = ziamath.Latex(source, size=size, color=color, margin=0)
            root = math.svgxml()
    except ImportError:  # pragma: no cover - a bundle without it still shows the formula
        return None
    except Exception:  # any TeX the typesetter cannot read falls back
        return None
    box = math.node.bbox
    margin = MARGIN_EM * size_px
    axis = AXIS_EM * size_px  # where Qt puts the picture's middle, above the baseline
    half = max(box.ymax - axis, axis - box.ymin) + margin
    width = box.xmax - box.xmin + 2 * margin
    height = 2 * half
    top = -(axis + half)  # in the formula's coordinates (y grows downwards, baseline at 0)
    root.attrib["viewBox"] = f"{box.xmin - margin:.2f} {top:.2f} {width:.2f} {height:.2f}"
    root.attrib["width"] = f"{width:.2f}"
    root.attrib["height"] = f"{height:.2f}"
    return Formula(ET.tostring(root), width, height, -top)


def _image(formula: Formula) -> str:
    data = base64.b64encode(formula.svg).decode("ascii")
    return (
        f'<img src="data:image/svg+xml;base64,{data}" width="{formula.width:.0f}" '
        f'height="{formula.height:.0f}" align="middle">'
    )


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")
