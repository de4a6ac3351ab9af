"""The MC's console: the window that puts the panels together and wires keys to commands.

It holds no show state of its own. Every panel observes the one :class:`ShowController`; the
window adds the menus, the status bar (refusals, storage failures — a refusal is also said beside
the big button), the typing guard and the question asked before closing mid-show.

The language menu replaces the window around the same controller: :meth:`~ConsoleWindow.retire`
cuts at once every connection from the objects that outlive it (controller, application, backup
keeper, screen chooser), so no signal reaches a deleted window, action or shortcut, and
:meth:`~ConsoleWindow.take_over` carries the projector toggle, the tab and the geometry over.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rcv.app.controller import ShowController
from rcv.core.errors import CommandRefused
from rcv.core.show import Change
from rcv.core.suggest import Action, ActionKind
from rcv.i18n.phrases.show import refusal
from rcv.i18n.phrases.storage import storage_error
from rcv.storage.errors import EventFileError
from rcv.ui.console import menus, style
from rcv.ui.console.actions import ConsoleActions
from rcv.ui.console.backup_line import BackupLine
from rcv.ui.console.event_commands import EventCommands
from rcv.ui.console.event_session import EventSession, setup_problem
from rcv.ui.console.hardware_panel import HardwarePanel
from rcv.ui.console.keys_help import show_shortcuts
from rcv.ui.console.primary_panel import PrimaryPanel
from rcv.ui.console.projector_panel import ProjectorPanel, ScreenLine
from rcv.ui.console.prompts import ask
from rcv.ui.console.question_panel import QuestionPanel, fixed_area
from rcv.ui.console.seat_grid import SeatGrid, SeatGridModel
from rcv.ui.console.seat_legend import SeatLegend
from rcv.ui.console.seat_search import SeatSearch
from rcv.ui.console.services import ConsoleServices
from rcv.ui.console.show_commands import ShowCommands
from rcv.ui.console.storage_banner import StorageBanner
from rcv.ui.console.timeline import TimelineModel, TimelineView
from rcv.ui.console.typing_guard import TypingGuard, is_typing_widget
from rcv.ui.console.units_panel import UnitsPanel, beside_grid
from rcv.ui.console.welcome import WelcomePage


class ConsoleWindow(QMainWindow):
    def __init__(
        self,
        controller: ShowController,
        services: ConsoleServices | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.services = services or ConsoleServices()
        self.setObjectName("console")
        self.setStyleSheet(style.STYLESHEET)
        self._outside: list[tuple[Any, Callable[..., Any]]] = []  # cut by retire()
        self.was_visible = False  # set by retire(): was it on screen when it was replaced
        words = self.services.words
        self.session = EventSession(controller, self.services.settings, words, self)
        self.commands = ConsoleActions(self)
        self.primary = PrimaryPanel(controller, words)
        self.question = QuestionPanel(controller, words)
        self.grid = SeatGrid(SeatGridModel(controller, words, self))
        self.units = UnitsPanel(controller, words)  # beside the grid: a unit marks its seats
        self.legend = SeatLegend()
        self.search = SeatSearch(controller)
        self.timeline = TimelineView(TimelineModel(controller, words, self))
        self.hardware = HardwarePanel(controller.clock.now_ms, self.services.hardware_feed, words)
        self.projector = ProjectorPanel(controller, self.services.preview_factory, words)
        self.screen_line = ScreenLine(self.services.screens)  # type: ignore[arg-type]
        self.banner = StorageBanner(controller)
        self.welcome = WelcomePage()
        self.pages = QStackedWidget()
        self.show_commands = ShowCommands(self)
        self.event_commands = EventCommands(self)
        self._guard = TypingGuard(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.installEventFilter(self._guard)
            self._link(app.focusChanged, self._focus_moved)
        self.backup_state = BackupLine(self.services.auto_backup, words, self)
        self.statusBar().addPermanentWidget(self.backup_state)
        self._build_layout()
        self._build_menus()
        self._wire()
        self.show_backup_state()
        self.resize(1600, 960)
        self.grid.setFocus()  # Space belongs to the show until the MC clicks into a text field
        self._on_changed(None)

    # -- layout ------------------------------------------------------------------------------
    def _build_layout(self) -> None:
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        question_area = fixed_area(self.question)  # a long question never moves the grid
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        left_layout.addWidget(self.primary)
        left_layout.addWidget(question_area)
        left_layout.addLayout(search_row)
        left_layout.addWidget(beside_grid(self.grid, self.units), 1)
        left_layout.addWidget(self.legend)
        tabs = QTabWidget()
        tabs.addTab(self.timeline, self.tr("Diễn biến"))
        tabs.addTab(self.hardware, self.tr("Thiết bị"))
        self.tabs = tabs
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 8, 8, 8)
        right_layout.addWidget(self.projector)
        right_layout.addWidget(self.screen_line)
        right_layout.addWidget(tabs, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([1140, 460])
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(split)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    def _build_menus(self) -> None:
        a = self.commands
        bar = self.menuBar()
        event = bar.addMenu(self.tr("&Sự kiện"))
        event.addActions([a.new_event, a.open_event])
        self.recent_menu = event.addMenu(self.tr("Mở gần đây"))
        self.recent_menu.aboutToShow.connect(
            lambda: self.event_commands.fill_recent(self.recent_menu)
        )
        event.addSeparator()
        event.addActions([a.import_contestants, a.import_questions, a.edit_rules])
        event.addSeparator()
        event.addActions([a.export_results, a.backup, a.backup_folder, a.close_event])
        event.addSeparator()
        event.addAction(a.quit)
        show = bar.addMenu(self.tr("&Chương trình"))
        show.addActions([a.primary, a.stop_early, a.pause, a.undo])
        show.addSeparator()
        show.addActions([a.rescue, a.tiebreak, a.end_tiebreak, a.finish])
        show.addSeparator()
        show.addAction(a.find_seat)
        projector = bar.addMenu(self.tr("&Màn chiếu"))
        projector.addActions([a.blackout, a.logo, a.floor, a.units, a.picture, a.follow_show])
        projector.addSeparator()
        projector.addActions([a.results, a.ceremony_next, a.ceremony_back])
        projector.addSeparator()
        projector.addAction(a.show_projector)
        self.screens_menu = projector.addMenu(self.tr("Chọn màn hình chiếu"))
        self.screens_menu.aboutToShow.connect(lambda: menus.fill_screens(self))
        projector.addAction(a.swap_screens)
        menus.add_projector_language(self, projector)
        hardware = bar.addMenu(self.tr("&Thiết bị"))
        menus.add_devices(self, hardware)  # the hubs' set-up, the phones' panel
        menus.add_language_menu(self)
        help_ = bar.addMenu(self.tr("Trợ &giúp"))
        help_.addActions([a.shortcuts, a.open_log_folder])
        for menu in (event, show, projector, hardware, help_):
            menu.setToolTipsVisible(True)
        menus.mark_unavailable(self)

    def _link(self, signal: Any, slot: Callable[..., Any]) -> None:
        """Connect a signal of an object that outlives this window (see :meth:`retire`)."""
        signal.connect(slot)
        self._outside.append((signal, slot))

    def _wire(self) -> None:
        a, sc, ec = self.commands, self.show_commands, self.event_commands
        c = self.controller
        self._link(c.changed, self._on_changed)
        self._link(c.displayChanged, self._on_display_changed)
        self._link(c.refused, self._on_refused)
        self._link(c.storageFailed, self._storage_failed)
        a.primary.triggered.connect(sc.primary)
        a.stop_early.triggered.connect(sc.stop_early)
        a.pause.triggered.connect(sc.toggle_pause)
        a.undo.triggered.connect(sc.undo)
        a.rescue.triggered.connect(sc.open_rescue)
        a.tiebreak.triggered.connect(sc.open_tiebreak)
        a.end_tiebreak.triggered.connect(sc.end_tiebreak)
        a.finish.triggered.connect(sc.finish)
        a.find_seat.triggered.connect(self.search.start)
        for scene, action in a.scene_actions().items():
            action.triggered.connect(lambda on, s=scene: sc.set_scene(s, on))
        a.follow_show.triggered.connect(lambda: c.set_display_override(None))
        a.results.triggered.connect(lambda: c.perform(Action(ActionKind.SHOW_RESULTS)))
        a.ceremony_next.triggered.connect(lambda: c.step_presentation(forward=True))
        a.ceremony_back.triggered.connect(lambda: c.step_presentation(forward=False))
        a.new_event.triggered.connect(ec.new_event)
        a.open_event.triggered.connect(ec.open_event)
        a.import_contestants.triggered.connect(lambda: ec.import_file(True))
        a.import_questions.triggered.connect(lambda: ec.import_file(False))
        a.edit_rules.triggered.connect(ec.edit_rules)
        a.backup.triggered.connect(lambda: ec.backup())
        a.backup_folder.triggered.connect(lambda: ec.choose_backup_folder())
        a.export_results.triggered.connect(lambda: ec.export_results())
        a.close_event.triggered.connect(ec.close_event)
        a.quit.triggered.connect(self.close)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.open_log_folder.triggered.connect(self._open_log_folder)
        s = self.services
        if s.hardware_setup is not None:
            a.hardware_setup.triggered.connect(lambda: s.hardware_setup and s.hardware_setup(self))
        if s.projector_visible is not None:
            a.show_projector.toggled.connect(s.projector_visible)
        if s.screens is not None:
            a.swap_screens.triggered.connect(s.screens.swap)
            screens_changed = getattr(s.screens, "changed", None)
            if screens_changed is not None:
                self._link(screens_changed, lambda: menus.follow_screens(self))
        p = self.primary
        for button, action in (
            (p.primary_button, a.primary),
            (p.stop_button, a.stop_early),
            (p.pause_button, a.pause),
        ):  # a button and its key can never disagree: the button follows its action
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, act=action: b.setEnabled(act.isEnabled()))
            button.setEnabled(action.isEnabled())
        for scene, button in self.projector.buttons.items():
            button.clicked.connect(lambda on, s=scene: sc.set_scene(s, on))
        self.grid.seatActivated.connect(sc.open_seat)
        self.search.found.connect(self.grid.select_seat)
        self.search.chosen.connect(sc.open_seat)
        self.search.left.connect(self.grid.setFocus)
        keeper = s.auto_backup
        if keeper is not None:
            self._link(keeper.backedUp, self.backup_state.backed_up)
            self._link(keeper.failed, self.backup_state.failed)
        w = self.welcome
        w.newRequested.connect(ec.new_event)
        w.openRequested.connect(ec.open_event)
        w.recentChosen.connect(ec.open_path)

    # -- replacing the window (language switch) ---------------------------------------------
    def retire(self) -> None:
        """Before this window is replaced: cut at once the connections from the objects that
        outlive it (its deferred delete leaves it alive a little longer), and hide it."""
        for signal, slot in self._outside:
            with contextlib.suppress(RuntimeError, TypeError):  # already gone with its sender
                signal.disconnect(slot)
        self._outside.clear()
        if (app := QApplication.instance()) is not None:
            app.removeEventFilter(self._guard)
        for action in self.actions():
            action.setEnabled(False)  # its shortcut can no longer fire, even if still queued
        self.was_visible = self.isVisible()
        self.hide()

    def take_over(self, old: ConsoleWindow) -> None:
        """What the MC had set in the window this one replaces: the projector shown, the tab,
        the geometry; then show it where the old one was."""
        self.restoreGeometry(old.saveGeometry())
        self.tabs.setCurrentIndex(old.tabs.currentIndex())
        shown = old.commands.show_projector
        mine = self.commands.show_projector
        blocked = mine.blockSignals(True)  # the projector window is already where it should be
        mine.setChecked(shown.isChecked())
        mine.blockSignals(blocked)
        if old.was_visible or old.isVisible():
            self.show()

    # -- following the show ------------------------------------------------------------------
    def _on_display_changed(self) -> None:
        self._on_changed(None, display_only=True)

    def _on_refused(self, exc: object) -> None:
        """A refused step: why, in the status bar and beside the big button."""
        text = refusal(exc, self.services.words) if isinstance(exc, CommandRefused) else str(exc)
        self.say(text, warning=True, beside_button=True)

    def _on_changed(self, change: Change | None, display_only: bool = False) -> None:
        if change is not None:
            press_only = not (
                change.phase_changed or change.undone or any(e.OPERATOR for e in change.events)
            )
            if press_only:
                return  # keypads change the grid and the counts, never the menus
        opened = self.controller.state is not None
        if not display_only:
            self.pages.setCurrentIndex(1 if opened else 0)
            if not opened:
                self.welcome.set_recent(self.session.settings.recent())
            self._set_title()
        self.commands.refresh(
            self.controller,
            setup_problem(self.controller) is None,
            self.session.started(),
            self.services.words,
        )

    def _set_title(self) -> None:
        event_file = self.controller.event_file
        if event_file is None:
            self.setWindowTitle(self.tr("rcv — Rung chuông vàng"))
        else:
            view_only = self.tr("CHỈ XEM")
            view = f" — {view_only}" if event_file.read_only else ""
            self.setWindowTitle(f"rcv — {event_file.info.name} — {event_file.path}{view}")

    def show_backup_state(self, text: str | None = None) -> None:
        """The status bar's lasting line about automatic backups (amber after a failure)."""
        self.backup_state.show_state(text)

    def widget(self) -> QWidget:
        """The window as a widget (dialogs' parent) — what :class:`ConsoleHost` asks for."""
        return self

    def say(self, text: str, warning: bool = False, beside_button: bool = False) -> None:
        """A message in the status bar (refusals in amber); ``beside_button``: also where the
        MC is looking, next to the big button."""
        colour = style.WARNING if warning else style.TEXT.name()
        self.statusBar().setStyleSheet(f"QStatusBar {{ color: {colour}; }}")
        self.statusBar().showMessage(text, 10000)
        if beside_button:
            self.primary.show_notice(text, warning)

    def _storage_failed(self, problem: EventFileError) -> None:
        """The event file could not be written: the status bar says why, the banner the rest."""
        text = storage_error(problem, self.services.words)
        self.say(text, warning=True)
        self.banner.show_problem(text)

    # -- focus -------------------------------------------------------------------------------
    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        """Say so while a text field has the keys: Space types, it does not run the show."""
        if new is not None and new.window() is not self:
            return
        self.primary.set_typing(is_typing_widget(new))

    # -- help ----------------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        show_shortcuts(self)

    def _open_log_folder(self) -> None:
        if self.services.log_dir is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.services.log_dir)))

    # -- closing -----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session.in_progress() and not ask(
            self,
            self.tr("Đóng bảng điều khiển?"),
            self.tr(
                "Chương trình đang diễn ra. Mọi bước đã được lưu trong tệp sự kiện; mở lại tệp "
                "này để chơi tiếp đúng chỗ cũ.\n\nĐóng bảng điều khiển bây giờ?"
            ),
        ):
            event.ignore()
            return
        self.session.close()
        if self.services.projector_visible is not None:
            self.services.projector_visible(False)
        event.accept()
