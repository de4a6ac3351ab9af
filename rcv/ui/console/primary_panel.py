"""The top of the console: the one big button for the next step (Space), the clock, the counts.

The button's words and the line under it (what Space will do) come from
:func:`rcv.ui.console.next_step.next_step`; while the clock runs it does nothing (the deadline
locks the answers, or the MC stops early on purpose). Beside the button, :meth:`PrimaryPanel.
show_notice` says why a step was refused — where the MC is looking, not only in the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from rcv.app.controller import ShowController
from rcv.core.show import Change
from rcv.core.state import Phase, ShowState
from rcv.i18n import Words
from rcv.i18n.phrases.presses import reject_reason
from rcv.i18n.phrases.show import phase_name, question_title, round_name
from rcv.ui.console.event_session import setup_problem
from rcv.ui.console.next_step import NextStep, next_step

COUNTDOWN_MS = 100
NOTICE_MS = 20_000  # a refusal's reason stays this long beside the button (or until a step)


class PrimaryPanel(QWidget):
    def __init__(
        self, controller: ShowController, words: Words, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._words = words
        self.primary_button = QPushButton(self)
        self.primary_button.setObjectName("primaryButton")
        self.primary_button.setMinimumHeight(76)
        self.primary_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space is the shortcut
        self.primary_button.setToolTip(self.tr("Bước tiếp theo — phím Space"))
        self.stop_button = QPushButton(self.tr("Dừng sớm\nCtrl+Enter"), self)
        self.pause_button = QPushButton(self.tr("Tạm dừng\nP"), self)
        for button in (self.stop_button, self.pause_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(76)
            button.setMinimumWidth(120)
        self.stop_button.setObjectName("dangerButton")
        self.hint = QLabel(self)  # what Space will do now
        self.hint.setObjectName("mcOnly")
        self.notice = QLabel(self)  # why the last step was refused, beside the button
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setMaximumWidth(360)
        self.notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self.clear_notice)
        self._typing = False
        self.phase_line = QLabel(self)
        self.phase_line.setObjectName("phaseLine")
        self.countdown = QLabel(self)
        self.countdown.setObjectName("countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.standing_label = QLabel(self)
        self.standing_label.setObjectName("bigCount")
        self.answered_label = QLabel(self)
        self.answered_label.setObjectName("bigCount")
        self.refused_label = QLabel(self)  # presses of this question that did not count
        self.refused_label.setObjectName("bigCount")
        self._build()
        self._ticker = QTimer(self)
        self._ticker.setInterval(COUNTDOWN_MS)
        self._ticker.timeout.connect(self._show_time_left)
        controller.changed.connect(self.on_changed)
        # after the finish, Space walks the presentation (results, prizes): no log entry, only
        # what the hall sees changes — and with it the next step
        controller.displayChanged.connect(self._on_display_changed)
        self.on_changed(None)

    def _build(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.primary_button, 1)
        buttons.addWidget(self.notice)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.pause_button)
        counts = QGridLayout()
        counts.addWidget(QLabel(self.tr("Còn trên sàn"), self), 0, 0)
        counts.addWidget(QLabel(self.tr("Đã trả lời"), self), 0, 1)
        counts.addWidget(QLabel(self.tr("Bấm bị từ chối"), self), 0, 2)
        counts.addWidget(self.standing_label, 1, 0)
        counts.addWidget(self.answered_label, 1, 1)
        counts.addWidget(self.refused_label, 1, 2)
        counts.setHorizontalSpacing(32)
        line = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.phase_line)
        left.addWidget(self.hint)
        line.addLayout(left, 1)
        line.addLayout(counts)
        line.addSpacing(24)
        line.addWidget(self.countdown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addLayout(line)

    # -- what the MC reads ---------------------------------------------------------------------
    def label(self) -> str:
        """The primary button's words."""
        return self.primary_button.text()

    def standing_text(self) -> str:
        return self.standing_label.text()

    def notice_text(self) -> str:
        """Why the last step was refused (empty when nothing is to be said)."""
        return self.notice.text() if not self.notice.isHidden() else ""

    def show_notice(self, text: str, warning: bool = True) -> None:
        """Say something beside the big button (a refusal in amber, a done step in green)."""
        self.notice.setText(text)
        self.notice.setProperty("warning", warning)
        self.notice.style().polish(self.notice)
        self.notice.show()
        self._notice_timer.start()

    def clear_notice(self) -> None:
        self.notice.hide()
        self.notice.setText("")
        self._notice_timer.stop()

    def set_typing(self, typing: bool) -> None:
        """A text field has the keys: Space types there, and the hint says so."""
        self._typing = typing
        self._show_hint()

    def _show_hint(self, step: NextStep | None = None) -> None:
        if self._typing:
            self.hint.setText(self.tr("Đang gõ chữ: phím tắt tạm tắt — Esc để trở lại điều khiển"))
        else:
            self.hint.setText((step or next_step(self._controller, self._words)).hint)

    def _on_display_changed(self) -> None:
        step = next_step(self._controller, self._words)
        self.primary_button.setText(step.label)
        self._show_hint(step)

    def on_changed(self, change: Change | None) -> None:
        if change is not None and (change.phase_changed or change.undone):
            self.clear_notice()  # a step was taken: what was refused before is old news
        state = self._controller.state
        step = next_step(self._controller, self._words)
        self.primary_button.setText(step.label)
        self._show_hint(step)
        if state is None or setup_problem(self._controller) is not None:
            self.phase_line.setText("")
            self.standing_label.setText("—")
            self.answered_label.setText("—")
            self.refused_label.setText("—")
            self.countdown.setText("")
            self._ticker.stop()
            return
        running = state.phase is Phase.TIMER_RUNNING
        self.pause_button.setText(
            self.tr("Tiếp tục\nP") if state.paused else self.tr("Tạm dừng\nP")
        )
        self.phase_line.setText(_phase_words(state, self._words))
        total = len(state.seats)
        self.standing_label.setText(f"{len(state.standing)} / {total}")
        record = state.current
        if record is not None:
            self.answered_label.setText(f"{len(record.answers)} / {len(record.participants)}")
            self.refused_label.setText(str(record.rejected))
            self.refused_label.setProperty("alarm", record.rejected > 0)
            self.refused_label.setToolTip(_refusal_words(record.refused, self._words))
        else:
            self.answered_label.setText("—")
            self.refused_label.setText("—")
            self.refused_label.setProperty("alarm", False)
            self.refused_label.setToolTip("")
        self.refused_label.style().polish(self.refused_label)
        if running and not state.paused:
            self._ticker.start()
        else:
            self._ticker.stop()
        self._show_time_left()

    def _show_time_left(self) -> None:
        state = self._controller.state
        if state is None or state.phase is not Phase.TIMER_RUNNING or not state.questions:
            self.countdown.setText("")
            return
        if state.paused and state.paused_remaining_ms is not None:
            left = state.paused_remaining_ms
        else:
            deadline = state.questions[-1].deadline_ms or 0
            left = max(0, deadline - self._controller.clock.now_ms())
        self.countdown.setText(f"{left / 1000:.1f} s".replace(".", ","))


def _phase_words(state: ShowState, words: Words) -> str:
    parts = []
    record = state.current
    if record is not None:
        title = question_title(record.stage, record.number, words)
        parts.append(f"{title} ({record.question_id})")
    else:
        done = QCoreApplication.translate("PrimaryPanel", "Đã hỏi {n} câu chính")
        parts.append(done.format(n=state.main_number))
    parts.append(round_name(state.stage, words))
    parts.append(phase_name(state.phase, words))
    if state.paused:
        if state.phase is Phase.TIMER_RUNNING:
            parts.append(
                QCoreApplication.translate("PrimaryPanel", "TẠM DỪNG — đồng hồ dừng, bàn phím khoá")
            )
        else:
            parts.append(QCoreApplication.translate("PrimaryPanel", "TẠM DỪNG"))
    tb = state.tiebreak
    if tb is not None:
        words = QCoreApplication.translate("PrimaryPanel", "câu hỏi phụ: còn {left}, lấy {places}")
        parts.append(words.format(left=len(tb.in_play), places=tb.places))
    return " · ".join(parts)


def _refusal_words(refused: dict[int, str], words: Words) -> str:
    """The seats whose last press did not count, grouped by why (the count's tooltip)."""
    by_reason: dict[str, list[int]] = {}
    for seat, reason in sorted(refused.items()):
        by_reason.setdefault(reason, []).append(seat)
    lines = []
    for reason, seats in sorted(by_reason.items(), key=lambda item: -len(item[1])):
        shown = ", ".join(str(s) for s in seats[:15]) + (" …" if len(seats) > 15 else "")
        lines.append(f"{reject_reason(reason, words)}: {shown}")
    return "\n".join(lines)
