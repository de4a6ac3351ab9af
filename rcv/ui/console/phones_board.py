"""The phones panel's two show-time boxes: the whiteboard verdict and the audience rescue round.

**Whiteboard**: after time-up the MC types the wrong seats the referees call ("12 15 27-30")
and presses Enter; the panel lists them (with names) and what was not understood, and only a
second Enter (Áp dụng) calls :meth:`~rcv.app.controller.ShowController.whiteboard` — one step,
logged as manual verdicts, undone by Ctrl+Z. Esc (Sửa lại) goes back to the typing. The
referees' tablet reports gather below and can be taken as the list.

**Audience round**: open (the next audience question), close the answers, bring back as many
contestants as the right answers earned (:class:`~rcv.app.audience_game.AudienceGame`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rcv.app.controller import ShowController
from rcv.app.phones import PhoneHub
from rcv.app.whiteboard import WHITEBOARD_REASON, WhiteboardReports, parse_seats
from rcv.core.state import Phase
from rcv.web.wire import RefereeReport

LISTED = 60  # seats named one by one in the confirmation; more are counted


def seat_ranges(seats: tuple[int, ...] | list[int]) -> str:
    """12, 15, 27, 28, 29, 30 → "12 15 27-30" (how the MC typed them)."""
    parts: list[str] = []
    ordered = sorted(seats)
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        parts.append(str(ordered[i]) if i == j else f"{ordered[i]}-{ordered[j]}")
        i = j + 1
    return " ".join(parts)


class WhiteboardBox(QGroupBox):
    def __init__(
        self,
        controller: ShowController,
        hub: PhoneHub,
        say: Callable[..., str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(say("board_box"), parent)
        self._controller, self._say = controller, say
        self.reports = WhiteboardReports()
        self.pending: tuple[int, ...] | None = None  # seats waiting for the MC's confirmation
        self._question = -1
        self.entry = QLineEdit()
        self.entry.setObjectName("whiteboardEntry")
        self.entry.setPlaceholderText(say("board_hint"))
        self.entry.installEventFilter(self)  # Enter: check, then Enter again: apply
        label = QLabel(say("board_label"))
        label.setBuddy(self.entry)
        self.note = QLabel()
        self.note.setObjectName("whiteboardNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.apply_button = QPushButton(say("board_apply"))
        self.apply_button.setObjectName("whiteboardApply")
        self.edit_button = QPushButton(say("board_edit"))
        self.referees = QLabel()
        self.referees.setWordWrap(True)
        self.use_referees = QPushButton(say("board_use_referees"))
        self.apply_button.clicked.connect(self.apply)
        self.edit_button.clicked.connect(self.edit)
        self.use_referees.clicked.connect(self.take_referees)
        hub.refereeReported.connect(self.add_report)
        controller.changed.connect(self._follow)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.entry, 1)
        confirm = QHBoxLayout()
        confirm.addStretch(1)
        confirm.addWidget(self.edit_button)
        confirm.addWidget(self.apply_button)
        referees = QHBoxLayout()
        referees.addWidget(self.referees, 1)
        referees.addWidget(self.use_referees)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addLayout(confirm)
        layout.addLayout(referees)
        self.edit()
        self._show_reports()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The typing keys: Enter checks what was typed, a second Enter applies it, Esc goes
        back to the typing. The key is taken here, so it never reaches a button as well."""
        if watched is self.entry and event.type() == QEvent.Type.KeyPress:
            key = QKeyEvent(event).key() if not isinstance(event, QKeyEvent) else event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.apply() if self.pending is not None else self.check()
                return True
            if key == Qt.Key.Key_Escape and self.pending is not None:
                self.edit()
                return True
        return super().eventFilter(watched, event)

    def check(self) -> None:
        """Enter: read what was typed and ask for the confirmation (nothing applies yet)."""
        state, setup = self._controller.state, self._controller.setup
        say = self._say
        if state is None or setup is None or state.phase not in (Phase.TIME_UP, Phase.REVEALED):
            self.note.setText(say("board_not_now"))
            return
        parsed = parse_seats(self.entry.text())
        playing = set(state.questions[-1].participants)
        wrong = tuple(s for s in parsed.seats if s in playing)
        outside = [s for s in parsed.seats if s not in playing]
        lines: list[str] = []
        if parsed.problems:
            lines.append(say("board_problems", pieces=" ".join(parsed.problems)))
        if outside:
            lines.append(say("board_outside", seats=seat_ranges(outside)))
        if parsed.problems or outside:
            self.note.setText("\n".join(lines))
            return  # the MC corrects what was typed first: nothing is guessed
        names = {c.seat: c.name for c in setup.roster.contestants}
        listed = [f"{s} {names.get(s, '')}".strip() for s in wrong[:LISTED]]
        if len(wrong) > LISTED:
            listed.append(f"… (+{len(wrong) - LISTED})")
        self.pending = wrong
        self.note.setText(
            say(
                "board_confirm",
                number=state.questions[-1].number,
                n=len(wrong),
                right=len(playing) - len(wrong),
                seats=", ".join(listed) if listed else say("board_none"),
            )
        )
        self._confirming(True)

    def apply(self) -> None:
        """The second Enter: the verdict, in one step."""
        wrong, self.pending = self.pending, None
        if wrong is None:
            return
        change = self._controller.whiteboard(wrong, WHITEBOARD_REASON)
        self._confirming(False)
        if change is not None:
            self.entry.clear()
            self.reports.clear()
            self._show_reports()
            self.note.setText(self._say("board_done", n=len(wrong)))

    def edit(self) -> None:
        """Back to the typing (Esc): nothing applied."""
        self.pending = None
        self._confirming(False)
        if not self.note.text():
            self.note.setText("")

    def _confirming(self, on: bool) -> None:
        self.apply_button.setVisible(on)
        self.edit_button.setVisible(on)
        self.entry.setReadOnly(on)
        self.entry.setFocus()

    def add_report(self, report: RefereeReport) -> None:
        self.reports.add(report)
        self._show_reports()

    def take_referees(self) -> None:
        self.entry.setText(seat_ranges(list(self.reports.wrong)))
        self.check()

    def _show_reports(self) -> None:
        blocks = " ".join(f"{a}-{b}" for a, b in self.reports.covered)
        has = bool(self.reports.reports)
        self.referees.setVisible(has)
        self.use_referees.setVisible(has)
        if has:
            seats = seat_ranges(list(self.reports.wrong)) or self._say("board_none")
            self.referees.setText(self._say("board_referees", blocks=blocks, seats=seats))

    def _follow(self, _change: object = None) -> None:
        """A new question: the last question's reports and pending list are dropped."""
        state = self._controller.state
        number = len(state.questions) if state is not None else -1
        if number != self._question:
            self._question = number
            self.reports.clear()
            self._show_reports()
            if self.pending is not None:
                self.edit()


class HallBox(QGroupBox):
    """The audience rescue round: open, close the answers, bring back, cancel."""

    def __init__(
        self,
        controller: ShowController,
        hub: PhoneHub,
        say: Callable[..., str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(say("hall_box"), parent)
        self._hub, self._say = hub, say
        self.status = QLabel()
        self.status.setObjectName("hallStatus")
        self.status.setWordWrap(True)
        game = hub.audience
        self.open_button = QPushButton(say("hall_open"))
        self.close_button = QPushButton(say("hall_close"))
        self.apply_button = QPushButton(say("hall_apply"))
        self.cancel_button = QPushButton(say("hall_cancel"))
        self.open_button.clicked.connect(self.open_round)
        self.close_button.clicked.connect(game.close)
        self.apply_button.clicked.connect(game.apply)
        self.cancel_button.clicked.connect(game.cancel)
        game.changed.connect(self.refresh)
        hub.running.connect(self.refresh)
        controller.changed.connect(self.refresh)  # a rescue becomes allowed (or not)
        buttons = QHBoxLayout()
        for b in (self.open_button, self.close_button, self.apply_button, self.cancel_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.refresh()

    def open_round(self) -> None:
        if self._hub.audience.open() is None:
            self.status.setText(self._say("hall_refused"))

    def refresh(self, _running: object = None) -> None:
        game, say = self._hub.audience, self._say
        r = game.round
        running = self._hub.server is not None
        self.open_button.setEnabled(running and r is None and game.allowed())
        self.close_button.setEnabled(r is not None and r.open)
        self.apply_button.setEnabled(r is not None and not r.open)
        self.cancel_button.setEnabled(r is not None)
        if r is None:
            self.status.setText(say("hall_idle"))
        elif r.open:
            n = len(r.answers)
            self.status.setText(say("hall_answering", text=r.question.text, answered=n))
        else:
            self.status.setText(
                say("hall_closed", right=r.right, answered=len(r.answers), returns=game.returns())
            )
