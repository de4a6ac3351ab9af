"""Mathematics between ``$…$`` without a typesetter: TeX turned into Unicode and Qt rich text.

The fallback of :mod:`rcv.results.mathtext` (which typesets formulas as pictures): it gives
every formula a *plain* form for places that take no pictures — an Excel cell, a log line, a
list — and the rich form of a formula the typesetter cannot read. School-level mathematics maps
well: powers and indices (``<sup>``/``<sub>``, or Unicode super- and subscript digits in plain
text), roots, Greek letters, relations, arrows, degrees, sets; fractions are written inline
(``a/b``, parenthesised when needed).

Anything not understood is shown as its TeX source (e.g. ``\\mathbb``), never dropped, so a
formula is never silently wrong. Outside ``$…$`` the text is escaped and kept as it is. Pure
Python, no Qt: the workbook, the console and the projector all use it.
"""

from __future__ import annotations

import html
import re

SYMBOLS = {
    "times": "×", "cdot": "·", "div": "÷", "pm": "±", "mp": "∓", "le": "≤", "leq": "≤",
    "ge": "≥", "geq": "≥", "ne": "≠", "neq": "≠", "approx": "≈", "equiv": "≡", "sim": "∼",
    "infty": "∞", "circ": "∘", "degree": "°", "angle": "∠", "perp": "⊥", "parallel": "∥",
    "in": "∈", "notin": "∉", "subset": "⊂", "subseteq": "⊆", "supset": "⊃", "cup": "∪",
    "cap": "∩", "emptyset": "∅", "varnothing": "∅", "forall": "∀", "exists": "∃",
    "to": "→", "rightarrow": "→", "leftarrow": "←", "Rightarrow": "⇒", "Leftarrow": "⇐",
    "Leftrightarrow": "⇔", "leftrightarrow": "↔", "implies": "⇒", "iff": "⇔", "sum": "∑",
    "prod": "∏", "int": "∫", "partial": "∂", "nabla": "∇", "ldots": "…", "cdots": "⋯",
    "dots": "…", "triangle": "△", "square": "□", "neg": "¬", "wedge": "∧", "vee": "∨",
    "mid": "∣", "prime": "′", "ell": "ℓ", "%": "%", "{": "{", "}": "}", "$": "$", "#": "#",
    "&": "&", "_": "_", ",": "\u2009", ";": "\u2005", ":": "\u2005", "!": "", " ": " ",
    "quad": "\u2003", "qquad": "\u2003\u2003", "backslash": "\\",
    "lt": "<", "gt": ">", "langle": "⟨", "rangle": "⟩", "lfloor": "⌊", "rfloor": "⌋",
    "lceil": "⌈", "rceil": "⌉", "|": "‖",
}  # fmt: skip
GREEK = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
    "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ",
    "tau": "τ", "upsilon": "υ", "phi": "φ", "varphi": "φ", "chi": "χ", "psi": "ψ",
    "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ",
    "Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
}  # fmt: skip
FUNCTIONS = {"sin", "cos", "tan", "cot", "log", "ln", "lg", "exp", "lim", "max", "min",
             "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "gcd", "det", "mod"}  # fmt: skip
ACCENTS = {"overline": "\u0305", "bar": "\u0304", "vec": "\u20d7", "hat": "\u0302",
           "widehat": "\u0302", "tilde": "\u0303", "dot": "\u0307",
           "overrightarrow": "\u20d7"}  # fmt: skip
TEXT_COMMANDS = {"text", "mathrm", "textrm", "operatorname", "mbox", "textbf", "mathbf"}
UNARY = {"−", "+", "±", "∓"}
BLACKBOARD = {"R": "ℝ", "N": "ℕ", "Z": "ℤ", "Q": "ℚ", "C": "ℂ"}
IGNORED = {"left", "right", "displaystyle", "limits", "big", "Big", "bigl", "bigr"}

_TOKEN = re.compile(r"\\([A-Za-z]+|.)|([{}^_])|(\s+)|(.)", re.S)
# Pandoc's rule: the opening $ is not followed by a space, the closing $ is not preceded by one
# nor followed by a digit — so "5$ và 3$" stays money.
_MATH = re.compile(r"(?<!\\)\$(?!\s)(.+?)(?<![\s\\])\$(?!\d)", re.S)


def has_math(text: str) -> bool:
    return bool(_MATH.search(text))


def to_rich_text(text: str) -> str:
    """Escaped text with every ``$…$`` replaced by its rendering (for ``Text.RichText``)."""
    out: list[str] = []
    pos = 0
    for m in _MATH.finditer(text):
        out.append(_escape(text[pos : m.start()]))
        out.append(render_math(m.group(1)))
        pos = m.end()
    out.append(_escape(text[pos:]))
    return "".join(out)


def display_markup(text: str) -> tuple[str, bool]:
    """(markup, is_rich): plain text stays plain; text with ``$…$`` becomes rich text."""
    if not has_math(text):
        return text, False
    return to_rich_text(text), True


def math_spans(text: str) -> list[tuple[bool, str]]:
    """The text cut into (is_formula, piece): a formula without its dollars, the words
    between as written (``\\$`` unescaped)."""
    spans: list[tuple[bool, str]] = []
    pos = 0
    for m in _MATH.finditer(text):
        if m.start() > pos:
            spans.append((False, text[pos : m.start()].replace("\\$", "$")))
        spans.append((True, m.group(1)))
        pos = m.end()
    if pos < len(text):
        spans.append((False, text[pos:].replace("\\$", "$")))
    return spans


SUPERSCRIPTS = str.maketrans("0123456789+−=()ni", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ")
SUBSCRIPTS = str.maketrans("0123456789+−=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")
_SCRIPT = re.compile(r"<(sup|sub)>(.*?)</\1>", re.S)


def plain_math(source: str) -> str:
    """One formula (without its dollars) as plain Unicode text: ``x^2`` → ``x²``, ``x_{10}``
    → ``x₁₀``, ``2^{x+1}`` → ``2^(x+1)`` (no superscript letter for every character)."""

    def script(m: re.Match[str]) -> str:
        inner = html.unescape(re.sub(r"<[^>]+>", "", m.group(2)))
        table = SUPERSCRIPTS if m.group(1) == "sup" else SUBSCRIPTS
        mapped = inner.translate(table)
        if all(c != o or c in "°" for c, o in zip(mapped, inner, strict=True)):
            return mapped
        mark = "^" if m.group(1) == "sup" else "_"
        return f"{mark}{inner}" if len(inner) == 1 else f"{mark}({inner})"

    rich = render_math(source)
    rich = _SCRIPT.sub(script, rich)
    return html.unescape(re.sub(r"<[^>]+>", "", rich))


def to_plain_text(text: str) -> str:
    """The whole text with every ``$…$`` in plain Unicode (for cells, lists, logs)."""
    return "".join(plain_math(piece) if formula else piece for formula, piece in math_spans(text))


def _escape(text: str) -> str:
    return html.escape(text.replace("\\$", "$"), quote=False).replace("\n", "<br>")


class _Parser:
    def __init__(self, source: str) -> None:
        self.tokens = [
            (m.group(1), m.group(2), m.group(3), m.group(4)) for m in _TOKEN.finditer(source)
        ]
        self.i = 0

    def done(self) -> bool:
        return self.i >= len(self.tokens)

    def next(self) -> tuple[str | None, str | None, str | None, str | None]:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def peek_special(self) -> str | None:
        return None if self.done() else self.tokens[self.i][1]

    def group(self) -> str:
        """One argument: a braced group or a single token."""
        if self.done():
            return ""
        if self.peek_special() == "{":
            self.i += 1
            return self.sequence(until="}")
        return self.atom()

    def raw_group(self) -> str:
        """A braced group taken as text (for ``\\text{…}``)."""
        if self.peek_special() != "{":
            return self.atom()
        self.i += 1
        depth, parts = 1, []
        while not self.done():
            cmd, special, space, char = self.next()
            if special == "{":
                depth += 1
            elif special == "}":
                depth -= 1
                if depth == 0:
                    break
            parts.append(
                ("\\" + cmd if cmd and cmd not in SYMBOLS else SYMBOLS.get(cmd or "", ""))
                if cmd
                else (special or space or char or "")
            )
        return _escape("".join(parts))

    def sequence(self, until: str | None = None) -> str:
        out: list[str] = []
        while not self.done():
            if until and self.peek_special() == until:
                self.i += 1
                break
            special = self.peek_special()
            if special == "^":
                self.i += 1
                arg = self.group()
                out.append("°" if arg in ("∘", "<i>o</i>") else f"<sup>{arg}</sup>")
            elif special == "_":
                self.i += 1
                out.append(f"<sub>{self.group()}</sub>")
            else:
                piece = self.atom()
                if not out and piece.startswith(" ") and piece.strip() in UNARY:
                    piece = piece.strip()  # a leading sign: −3, not " − 3"
                out.append(piece)
        return "".join(out)

    def atom(self) -> str:
        cmd, special, space, char = self.next()
        if space:
            return ""  # TeX ignores spaces in math; operators get their own below
        if special == "{":
            return self.sequence(until="}")
        if special:
            return html.escape(special)
        if char is not None:
            if char.isalpha():
                return f"<i>{html.escape(char)}</i>"
            if char in "+−=<>":
                return f" {html.escape(char)} "
            if char == "-":
                return " − "
            return html.escape(char)
        return self.command(cmd or "")

    def command(self, name: str) -> str:
        if name in IGNORED:
            return ""
        if name in GREEK:
            return GREEK[name]
        if name in FUNCTIONS:
            return name + "\u2009"
        if name in ("frac", "dfrac", "tfrac"):
            num, den = self.group(), self.group()
            return f"{_wrap(num)}/{_wrap(den)}"
        if name == "sqrt":
            index = ""
            if self.peek_char() == "[":
                self.i += 1
                parts = []
                while not self.done() and self.peek_char() != "]":
                    parts.append(self.atom())
                self.i += 1
                index = f"<sup>{''.join(parts)}</sup>"
            return f"{index}√{_wrap(self.group())}"
        if name in ACCENTS:
            arg = self.group()
            plain = re.sub(r"<[^>]+>", "", arg)
            if len(plain) == 1:  # the mark goes inside the tags, on its letter
                return re.sub(r"^((?:<[^>]+>)*[^<])", lambda m: m.group(1) + ACCENTS[name], arg)
            return f"<u>{arg}</u>" if name in ("overline", "bar") else arg + ACCENTS[name]
        if name == "mathbb":
            arg = re.sub(r"<[^>]+>", "", self.group())
            return BLACKBOARD.get(arg, arg)
        if name in TEXT_COMMANDS:
            return self.raw_group()
        if name in SYMBOLS:
            sym = SYMBOLS[name]
            if name in ("times", "cdot", "div", "pm", "mp", "le", "leq", "ge", "geq", "ne",
                        "neq", "approx", "equiv", "in", "notin", "subset", "subseteq", "cup",
                        "cap", "to", "rightarrow", "Rightarrow", "Leftrightarrow", "implies",
                        "iff", "perp", "parallel"):  # fmt: skip
                return f" {html.escape(sym)} "
            return html.escape(sym)
        return f"<tt>\\{html.escape(name)}</tt>"  # shown as written: never silently wrong

    def peek_char(self) -> str | None:
        return None if self.done() else self.tokens[self.i][3]


def _wrap(rendered: str) -> str:
    """Parenthesise a fraction part or root argument made of more than one term."""
    plain = re.sub(r"<[^>]+>", "", rendered)
    if len(plain.strip()) <= 1 or re.fullmatch(r"[\w.,]+", plain.strip()):
        return rendered
    if plain.startswith("(") and plain.endswith(")"):
        return rendered
    return f"({rendered})"


def render_math(source: str) -> str:
    """One formula (without its dollars) as rich text."""
    text = _Parser(source).sequence()
    return re.sub(r" {2,}", " ", text).strip()
