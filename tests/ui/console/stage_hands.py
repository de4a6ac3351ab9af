"""What the acceptance test needs around the console: the organisers' Excel files, a simulated
hub whose contestants press when the test says so, and an MC who presses keys on whatever
console window is up (the language menu replaces it) and reads what it says."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from PySide6.QtCore import QCoreApplication, Qt

from rcv.core.state import ShowState
from rcv.hardware.frames import HubState
from rcv.i18n.phrases.events import describe_entry
from rcv.i18n.phrases.show import scene_name
from rcv.sim.host import VirtualHub

SEATS = 60
REPEAT_MS = 300  # longer than the link's bounce window (rcv.hardware.recovery repeat_ms)
GIVEN = ("An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Khánh", "Linh", "Minh", "Ngọc")
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ")
UNITS = ("THPT Lê Lợi", "THPT Chu Văn An", "THPT Nguyễn Trãi")
HEADER = ("Mã câu", "Câu hỏi", "Phương án A", "Phương án B", "Phương án C", "Phương án D",
          "Đáp án", "Loại câu")  # fmt: skip
# each sheet's questions: id, text, the right letter
SHEETS = {
    "Câu hỏi chính": [(f"M{i:02d}", f"Câu hỏi chính số {i}: chọn {k}", k)
                      for i, k in enumerate("BCADBCAD", start=1)],
    "Câu hỏi phụ": [(f"P{i:02d}", f"Câu hỏi phụ số {i}: chọn {k}", k)
                    for i, k in enumerate("ACB", start=1)],
    "Cứu trợ": [("R01", "Câu hỏi cứu trợ: chọn A", "A"), ("R02", "Cứu trợ dự phòng: B", "B")],
    "Chuông vàng": [("F01", "Câu hỏi chuông vàng: chọn D", "D")],
}  # fmt: skip


def name(seat: int) -> str:
    return f"{FAMILY[seat % len(FAMILY)]} {GIVEN[seat % len(GIVEN)]} {seat:02d}"


def write_roster(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Danh sách thí sinh"
    sheet.append(["STT", "SBD", "Họ và tên", "Đơn vị"])
    for seat in range(1, SEATS + 1):
        sheet.append([seat, f"{seat:03d}", name(seat), UNITS[seat % len(UNITS)]])
    book.save(path)
    return path


def write_questions(path: Path) -> Path:
    book = Workbook()
    book.remove(book.active)
    for title, rows in SHEETS.items():
        sheet = book.create_sheet(title)
        sheet.append(list(HEADER))
        for qid, text, right in rows:
            sheet.append([qid, text, "một", "hai", "ba", "bốn", right, "Trắc nghiệm"])
    book.save(path)
    return path


def right_answer(qid: str) -> str:
    return next(k for rows in SHEETS.values() for q, _t, k in rows if q == qid)


def wrong_answer(qid: str) -> str:
    return "A" if right_answer(qid) != "A" else "B"


class MC:
    """Keys on the console that is up now, and what it shows."""

    def __init__(self, qtbot: Any, program: Any, hub: VirtualHub) -> None:
        self.qtbot, self.program, self.hub = qtbot, program, hub
        self._last_burst = -REPEAT_MS

    @property
    def console(self) -> Any:
        return self.program.console

    @property
    def state(self) -> ShowState:
        state = self.program.controller.state
        assert state is not None
        return state

    def key(self, key: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        window = self.console
        window.grid.setFocus()
        if not window.isActiveWindow():  # a dialog just closed: the MC clicks on the console
            window.activateWindow()
            self.qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
        self.qtbot.keyClick(window, key, mod)

    def space(self) -> None:
        self.key(Qt.Key.Key_Space)

    def stop_early(self) -> None:
        """Ctrl+Enter: the answers are locked before the deadline (the console asks first)."""
        self.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    def label(self) -> str:
        return str(self.console.primary.label())

    def scene(self) -> str:
        return str(self.program.display.model.value("scene"))

    def agree(self, label: str, scene: str | None = None, last: type | None = None) -> None:
        """The big button says ``label`` (and its menu entry, and what Space does), the projector
        shows ``scene`` and the console names that scene, the log's last step is a ``last``
        and the timeline tells it in the console's words."""
        w = self.console
        assert self.label() == label, (self.label(), label)
        if w.commands.primary.isEnabled():
            assert w.commands.primary.text() == label
            assert w.primary.hint.text().endswith(label)
        view = self.program.display.model.view
        seen = QCoreApplication.translate("ProjectorPanel", "Khán giả thấy: ")
        if view is not None:
            assert w.projector.audience.text().startswith(
                seen + scene_name(view.scene, w.services.words)
            ), w.projector.audience.text()
        if scene is not None:
            assert self.scene() == scene, (self.scene(), scene)
        log = self.program.controller.event_file.entries
        if last is not None:
            operator = [e for e in log if e.event.OPERATOR]
            assert isinstance(operator[-1].event, last), operator[-1].event
            told = describe_entry(operator[-1], log, w.services.words)
            assert w.timeline.model().lines()[0].endswith(told)

    def press(self, answers: dict[int, str]) -> None:
        """The contestants press on their keypads (one burst, the same hub time each), and the
        console has every press before the test goes on."""
        record_id = self.state.questions[-1].question_id
        sim = self.hub.sim
        self.qtbot.waitUntil(
            lambda: sim.state is HubState.ARMED and sim.question == record_id, timeout=5_000
        )
        players = set(self.state.questions[-1].participants)
        assert set(answers) <= players

        # a person presses no faster than this: the same key again sooner is taken for a bouncing
        # key by the link (repeat_ms), and the test plays questions faster than any hall
        self.qtbot.wait(max(0, REPEAT_MS - (self.hub.now_ms() - self._last_burst)))

        def burst() -> None:
            at = self._last_burst = self.hub.now_ms()
            for seat, key in answers.items():
                sim.press(seat, key, at)

        assert self.hub.call(burst)
        self.qtbot.waitUntil(
            lambda: len(self.state.questions[-1].answers) == len(answers), timeout=10_000
        )

    def question(self, answers: dict[int, str], apply_label: str) -> None:
        """One question with the keys: Space (show), Space (clock), presses, Ctrl+Enter (stop),
        Space (reveal); then the button says what applying will do, and Space applies it."""
        self.space()
        self.space()
        self.press(answers)
        self.stop_early()
        self.space()
        self.agree(apply_label, "reveal")
        self.space()

    def switch_language(self, lang: str) -> None:
        """Through the menu a user sees: Ngôn ngữ / Language › English (or Tiếng Việt)."""
        from rcv.i18n import language_name

        bar = self.console.menuBar()
        menu = next(a.menu() for a in bar.actions() if "Language" in a.text())
        entry = next(a for a in menu.actions() if a.text() == language_name(lang))
        entry.trigger()
        QCoreApplication.processEvents()
        self.qtbot.waitExposed(self.console)
