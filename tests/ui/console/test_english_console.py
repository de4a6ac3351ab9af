"""The console built by the composition root speaks English after switching language twice
(English, Tiếng Việt, English): no Vietnamese of rcv's own in any visible widget, action, tooltip,
window title, status bar, menu or dialog — at every step of a whole show (eliminations, a rescue,
the golden bell, a tie-break, the final results and the prize ceremony). The event's own data is
ASCII here, so any Vietnamese diacritic found is rcv's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from rcv.clock import ManualClock
from rcv.core.model import Contestant, EventInfo, Pool, Question, QuestionSet, Roster
from rcv.core.rules import Prize, RescueMethod, RescueRules, Rules, StandingRules
from rcv.core.state import Phase, ShowSetup
from rcv.entry.compose import Program, build_offscreen
from rcv.i18n.words import LANGUAGE_NAMES
from rcv.storage.event_file import EventFile
from rcv.ui import translators
from tests.test_english import VIETNAMESE

from .driver import press, space, time_up

SEATS = 8


def ascii_setup() -> ShowSetup:
    """An event whose own words carry no diacritic: whatever Vietnamese shows is rcv's."""
    roster = Roster(
        tuple(Contestant(f"S{i:03d}", i, f"Player {i}", "North School") for i in range(1, 9))
    )

    def q(qid: str, pool: Pool, correct: str) -> Question:
        return Question(
            id=qid,
            text=f"Question {qid}: pick {correct}",
            pool=pool,
            options=("one", "two", "three", "four"),
            correct=correct,
            explanation=f"It is {correct}.",
        )

    qs = [q(f"M{i:02d}", Pool.MAIN, "B") for i in range(1, 6)]
    qs += [q("P01", Pool.TIEBREAK, "A"), q("R01", Pool.RESCUE, "C"), q("F01", Pool.FINAL, "D")]
    prizes = (Prize("First", 1), Prize("Second", 1), Prize("Third", 1))  # names: the event's
    rescue = RescueRules(after_question=2, method=RescueMethod.QUESTION)
    teams = StandingRules(prizes=(Prize("First team", 1), Prize("Second team", 1)))
    rules = Rules(prizes=prizes, rescue=rescue, final_when_standing=2, units=teams)
    return ShowSetup(roster, QuestionSet(tuple(qs), "Test set"), rules)


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def menu_texts(menu: QMenu, path: str) -> list[tuple[str, str]]:
    found = [(path, menu.title()), (path + " tooltip", menu.toolTip())]
    for action in menu.actions():
        found += action_texts(action, path)
    return found


def action_texts(action: QAction, path: str) -> list[tuple[str, str]]:
    if action.isSeparator():
        return []
    where = f"{path} › {action.text()!r}"
    found = [(where, action.text()), (where + " tooltip", action.toolTip())]
    found.append((where + " status tip", action.statusTip()))
    if action.menu() is not None:
        found += menu_texts(action.menu(), where)
    return found


def header_texts(header: QHeaderView, where: str) -> list[tuple[str, str]]:
    """Column or row titles (the cells are the event's data)."""
    model = header.model()
    if model is None or not header.isVisible():
        return []
    found = []
    for i in range(min(header.count(), 50)):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(i, header.orientation(), role)
            found.append((f"{where} {i}", str(value or "")))
    return found


def widget_texts(widget: QWidget) -> list[tuple[str, str]]:
    """Everything the MC can read on ``widget`` and its visible children."""
    found: list[tuple[str, str]] = [("window title", widget.windowTitle())]
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget) and child is not widget:
            continue
        where = f"{type(child).__name__} {child.objectName()!r}"
        found.append((where + " tooltip", child.toolTip()))
        found.append((where + " accessible", child.accessibleName()))
        if isinstance(child, (QLabel, QAbstractButton)):
            found.append((where, child.text()))
        elif isinstance(child, QGroupBox):
            found.append((where, child.title()))
        elif isinstance(child, QLineEdit):
            found += [(where, child.placeholderText())]
        elif isinstance(child, (QPlainTextEdit, QTextEdit)):
            found += [(where + " placeholder", child.placeholderText())]
        elif isinstance(child, QComboBox):
            found += [(where, child.itemText(i)) for i in range(child.count())]
        elif isinstance(child, QTabWidget):
            found += [(where, child.tabText(i)) for i in range(child.count())]
        if isinstance(child, QHeaderView):
            found += header_texts(child, where)
        for action in child.actions():
            found += action_texts(action, where)
    return found


def console_texts(program: Program) -> list[tuple[str, str]]:
    window = program.console
    found = widget_texts(window)
    for action in window.menuBar().actions():
        found += action_texts(action, "menu")
    found.append(("status bar", window.statusBar().currentMessage()))
    return found


# The way back must be readable by anyone: the language menus say both, each language its own name.
BOTH_LANGUAGES = {
    "Ngôn ngữ / Language",
    "Ngôn ngữ màn chiếu / Projector language",
    *LANGUAGE_NAMES.values(),
}


def vietnamese_of_rcv(texts: list[tuple[str, str]], step: str) -> list[str]:
    return [f"{step}: {where}: {text!r}" for where, text in texts
            if text and VIETNAMESE.search(text) and text not in BOTH_LANGUAGES]  # fmt: skip


def leftovers(program: Program, step: str) -> list[str]:
    return vietnamese_of_rcv(console_texts(program), step)


def dialog_texts(program: Program, step: str, *commands: str) -> list[str]:
    """Open each of the console's dialogs by its command, read every window it opened, close."""
    app = QApplication.instance()
    found = []
    for name in commands:
        action = getattr(program.console.commands, name)
        if not action.isEnabled():
            continue
        action.trigger()
        settle(app)
        opened = [w for w in app.topLevelWidgets()
                  if w.isVisible() and isinstance(w, QDialog)]  # fmt: skip
        assert opened, f"{name} opened no dialog"
        for dialog in opened:
            found += vietnamese_of_rcv(widget_texts(dialog), f"{step} › {name}")
            dialog.reject()
        settle(app)
    program.console.activateWindow()  # what the window manager does when a dialog closes
    settle(app)
    return found


@pytest.fixture
def program(qtbot, tmp_path: Path):
    app = QApplication.instance()
    built = build_offscreen(app, (640, 360))
    info = EventInfo(name="Spring Quiz", venue="Main Hall")  # not the default Vietnamese name
    event = EventFile.create(tmp_path / "show.rcv", ascii_setup(), info)
    built.controller.attach(event)
    yield built
    built.close()
    translators.switch_language(app, "vi")
    settle(app)


def test_after_switching_twice_the_console_speaks_only_english(program, qtbot, prompts) -> None:
    app = QApplication.instance()
    program.console.show()
    qtbot.waitExposed(program.console)
    assert leftovers(program, "start"), "the detector finds the Vietnamese console's words"
    for lang in ("en", "vi", "en"):
        program.switch_language(lang)
        settle(app)
    window = program.console
    window.show()
    qtbot.waitExposed(window)
    clock = program.clock
    assert isinstance(clock, ManualClock)
    found = leftovers(program, "event open")
    found += dialog_texts(program, "event open", "edit_rules", "shortcuts", "hardware_setup")
    seen: list[str] = []
    for _ in range(80):  # the whole show, a walk after every step
        state = program.controller.state
        if state.phase is Phase.FINISHED and not window.commands.primary.isEnabled():
            break
        if state.phase is Phase.TIMER_RUNNING:
            press(window, answers(program))
            time_up(window, clock)
        else:
            space(qtbot, window)
        settle(app)
        step = window.primary.label() or str(program.controller.state.phase)
        seen.append(step)
        found += leftovers(program, step)
    assert program.controller.state.phase is Phase.FINISHED, seen
    for stage in ("Eliminate", "Rescue", "Tie-break", "Golden bell", "Award", "final results"):
        assert any(stage in label for label in seen), (stage, seen)  # every kind of step walked
    found += dialog_texts(program, "finished", "edit_rules", "shortcuts")
    assert not found, "\n".join(dict.fromkeys(found))


def answers(program: Program) -> dict[int, str]:
    """Everyone presses (the eliminated too, in a rescue round): seat 1 always right, the
    others right one question in three — eliminations, a rescue, then a winner."""
    controller = program.controller
    record = controller.state.questions[-1]
    correct = controller.setup.questions.by_id(record.question_id).correct
    wrong = "A" if correct != "A" else "B"
    n = len(controller.state.questions)
    return {s: correct if s == 1 or (s + n) % 3 == 0 else wrong for s in range(1, SEATS + 1)}
