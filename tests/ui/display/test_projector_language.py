"""The projector speaks its own language: a setting apart from the console's.

The program is built by the composition root (display drawn off screen, the real console, the
console's settings in a file) and a show is played to a scene; the scene's texts are read from
the QML items through :class:`SceneRenderer`. Switching the console to English leaves them
Vietnamese; choosing English in the Projector menu turns them English at once, and back.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtGui import QAction
from PySide6.QtQuick import QQuickItem
from PySide6.QtWidgets import QApplication, QMenu

from rcv.clock import ManualClock
from rcv.core.audience import AudienceView
from rcv.entry.compose import Program, build
from rcv.entry.tour import open_tour_event, tour
from rcv.i18n import Words
from rcv.results.mathunicode import math_spans
from rcv.ui.console.settings import ConsoleSettings
from rcv.ui.display.engine import QML_DIR
from rcv.ui.display.model import CONTEXT
from rcv.ui.display.render import SceneRenderer
from rcv.ui.display.window import TITLE
from tests.ui.display.test_scenes import texts

MENU = "Ngôn ngữ màn chiếu / Projector language"
MARKED = re.compile(r'QT_TRANSLATE_NOOP\(\s*"Display"\s*,\s*"((?:[^"\\]|\\.)*)"\s*\)')
COMMENT = re.compile(r"^\s*//.*$", re.M)
QT_CALL = re.compile(r"\b(qsTr|qsTranslate|qsTrId)\s*\(")
ENGLISH = Words("en")


@pytest.fixture
def program(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Program]:
    from rcv.ui import translators

    monkeypatch.setenv("RCV_PORTABLE", str(tmp_path / "portable"))  # compiled .qm: a temp cache
    settings = ConsoleSettings(tmp_path / "console.json")
    built = build(
        qapp,
        clock=ManualClock(),
        settings=settings,
        crash_log=False,
        offscreen=QSize(960, 540),
        log_dir=tmp_path,
    )
    built.controller.attach(open_tour_event(tmp_path / "show.rcv", 40, 1))
    yield built
    translators.switch_language(qapp, "vi")
    close(built)


def close(program: Program) -> None:
    """Tear down views before the model they show (no QML reading a model that is gone)."""
    renderer_of(program).close()
    program.close()
    program.console.close()
    program.console.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def renderer_of(program: Program) -> SceneRenderer:
    assert program.display is not None and program.display.renderer is not None
    renderer: SceneRenderer = program.display.renderer
    return renderer


def play_to(program: Program, moment: str) -> Iterator[str]:
    """The show played up to ``moment``; returns the rest of the tour (to go on)."""
    moments = tour(program.controller, program.clock)  # type: ignore[arg-type]
    for name in moments:
        if name == moment:
            renderer_of(program).settle()
            return moments
    raise AssertionError(f"the tour has no {moment!r}")


def projector_language_action(program: Program, lang: str) -> QAction:
    """The console's Projector menu entry for ``lang`` (the menu's title is in both languages)."""
    for top in program.console.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        for entry in menu.actions():
            sub = entry.menu()
            if isinstance(sub, QMenu) and entry.text() == MENU:
                return next(a for a in sub.actions() if a.data() == lang)
    raise AssertionError(f"no {MENU!r} menu")


def header(renderer: SceneRenderer) -> str:
    item = renderer.find("headerTitle")
    assert item is not None
    return str(item.property("text"))


def english(source: str) -> str:
    assert ENGLISH.has(CONTEXT, source), source
    return ENGLISH(CONTEXT, source)


def test_the_console_in_english_leaves_the_projector_vietnamese(program: Program) -> None:
    renderer = renderer_of(program)
    play_to(program, "question")
    vietnamese = sorted(texts(renderer))
    assert header(renderer) == "CÂU HỎI SỐ 1"
    program.switch_language("en")  # the console's language: Qt's translators, the console rebuilt
    renderer.settle()
    assert "&Event" in [a.text() for a in program.console.menuBar().actions()]  # it did switch
    assert program.words.lang == "en"
    assert sorted(texts(renderer)) == vietnamese
    assert program.display is not None and program.display.model.language == "vi"
    assert program.console.services.settings.projector_language == "vi"


def test_choosing_english_for_the_projector_turns_it_english_at_once_and_back(
    program: Program, tmp_path: Path
) -> None:
    renderer = renderer_of(program)
    play_to(program, "question")
    vietnamese = sorted(texts(renderer))
    vi_action = projector_language_action(program, "vi")
    en_action = projector_language_action(program, "en")
    assert vi_action.isCheckable() and vi_action.isChecked() and not en_action.isChecked()

    en_action.trigger()  # no event loop turn needed: the bindings follow display.language
    assert en_action.isChecked() and not vi_action.isChecked()
    assert header(renderer) == english("CÂU HỎI SỐ %1").replace("%1", "1") == "QUESTION 1"
    answered = renderer.find("answeredText")
    assert answered is not None and "answered" in answered.property("text")
    countdown_unit = english("giây")
    assert countdown_unit in texts(renderer)
    assert ConsoleSettings(tmp_path / "console.json").projector_language == "en"  # saved
    assert QApplication.instance() is not None
    assert program.words.lang == "vi"  # the console did not move
    assert "&Sự kiện" in [a.text() for a in program.console.menuBar().actions()]

    # the console's preview is the same model: it speaks the projector's language too
    preview = getattr(program.console.projector, "preview", None)
    quick = getattr(preview, "quick", None)
    if quick is not None:
        assert preview_header(quick.rootObject()) == "QUESTION 1"

    vi_action.trigger()
    assert header(renderer) == "CÂU HỎI SỐ 1"
    assert sorted(texts(renderer)) == vietnamese
    if quick is not None:
        assert preview_header(quick.rootObject()) == "CÂU HỎI SỐ 1"


def preview_header(root: QQuickItem) -> str:
    stack = [root]
    while stack:
        item = stack.pop()
        if item.objectName() == "headerTitle":
            return str(item.property("text"))
        stack.extend(item.childItems())
    raise AssertionError("no header in the preview")


def test_the_projector_language_survives_a_console_language_switch(program: Program) -> None:
    renderer = renderer_of(program)
    play_to(program, "question")
    projector_language_action(program, "en").trigger()
    program.switch_language("en")
    renderer.settle()
    assert header(renderer) == "QUESTION 1"
    assert projector_language_action(program, "en").isChecked()  # the rebuilt console's menu
    program.switch_language("vi")
    renderer.settle()
    assert header(renderer) == "QUESTION 1"


def test_the_projector_starts_in_the_saved_language(qapp: QApplication, tmp_path: Path) -> None:
    settings = ConsoleSettings(tmp_path / "console.json")
    assert settings.projector_language == "vi"  # the default
    settings.projector_language = "en"
    program = build(
        qapp,
        clock=ManualClock(),
        settings=ConsoleSettings(tmp_path / "console.json"),
        crash_log=False,
        offscreen=QSize(640, 360),
        log_dir=tmp_path,
    )
    try:
        assert program.display is not None and program.display.model.language == "en"
        assert program.words.lang == "vi"
        program.controller.attach(open_tour_event(tmp_path / "show.rcv", 20, 1))
        renderer = renderer_of(program)
        renderer.settle()
        assert english("RUNG CHUÔNG VÀNG") in texts(renderer)
    finally:
        close(program)


# -- every text of every scene --------------------------------------------------------------------
def marked_sources() -> set[str]:
    """Every text the display marks for the catalogue (QML and the window's title)."""
    found = {TITLE}
    for path in sorted(QML_DIR.glob("*.qml")):
        code = COMMENT.sub("", path.read_text(encoding="utf-8"))
        for match in MARKED.finditer(code):
            found.add(match.group(1).replace('\\"', '"'))
    return found


def test_every_display_text_is_marked_and_has_english() -> None:
    sources = marked_sources()
    assert len(sources) > 30
    for path in QML_DIR.glob("*.qml"):  # nothing goes through Qt's (the console's) translators
        assert not QT_CALL.search(path.read_text(encoding="utf-8")), path.name
    missing = sorted(s for s in sources if not ENGLISH.has(CONTEXT, s))
    assert not missing, f"no English in rcv_en.ts for: {missing}"
    same = sorted(s for s in sources if ENGLISH(CONTEXT, s) == s)
    assert not same, f"English identical to Vietnamese: {same}"


def is_vietnamese_letter(c: str) -> bool:
    return c in "đĐ" or (c.isalpha() and ord(c) > 127 and unicodedata.decomposition(c) != "")


def plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def content(view: AudienceView) -> list[str]:
    """What the organisers wrote (names, questions, units, prizes): shown as written."""
    out = [view.event_name, *(s.name for s in view.seats)]
    q = view.question
    if q is not None:
        out += [q.text, *q.options]
    out += [view.correct_text or "", view.explanation or ""]
    for row in view.ranking:
        out += [row.name, row.unit, row.prize or ""]
    for award in view.awards:  # a unit's award names the unit and its group
        out += [award.prize, award.prize.upper()]
        out += [t for w in award.winners for t in (w.name, w.unit)]
    out += [t for u in view.units for t in (u.name, u.group)]
    # typeset maths shows the words between formulas as written, the formulas as pictures
    out += [piece for t in list(out) for formula, piece in math_spans(t) if not formula]
    return sorted((plain(t).strip() for t in out if t.strip()), key=len, reverse=True)


def test_with_the_projector_in_english_no_scene_says_anything_vietnamese(
    program: Program,
) -> None:
    renderer = renderer_of(program)
    projector_language_action(program, "en").trigger()
    seen = []
    for moment in tour(program.controller, program.clock):  # type: ignore[arg-type]
        renderer.settle()
        view = program.controller.audience_view()
        if view is None:
            continue
        seen.append(moment)
        written = content(view)
        for text in texts(renderer):
            left = plain(text)
            for piece in written:
                left = left.replace(piece, " ")
            assert not any(is_vietnamese_letter(c) for c in left), f"{moment}: {text!r}"
        if moment in ("question", "time_up"):
            assert_inside_the_disc(renderer, moment)
    assert {"results", "prize_1", "rescue_intro", "rescue", "paused", "maths_reveal"} <= set(seen)


def assert_inside_the_disc(renderer: SceneRenderer, moment: str) -> None:
    """The countdown's word ("sec", "TIME'S UP") sits inside its round disc, within the ring:
    the corners of the text at its baseline are nearer the centre than the ring's inner edge."""
    unit = renderer.find("countdownUnit")
    assert unit is not None
    disc = unit.parentItem()
    ring = max(3.0, 0.7 * renderer.root().height() / 100)  # Countdown.qml's border.width
    radius = disc.width() / 2 - ring
    width = float(unit.property("contentWidth"))
    left = unit.x() + (unit.width() - width) / 2
    baseline = unit.y() + float(unit.property("baselineOffset"))
    for x in (left, left + width):
        distance = ((x - disc.width() / 2) ** 2 + (baseline - disc.height() / 2) ** 2) ** 0.5
        assert distance <= radius, f"{moment}: {unit.property('text')!r} reaches the ring"
