"""Parts of the console's menu bar that are built from settings and services rather than from
fixed actions: the two language menus, the projector screens, the devices (the phones' panel),
and what is greyed out (with the reason) when a module is not wired in.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from rcv.i18n.phrases.phones import phones_words
from rcv.ui.console.actions import ConsoleActions
from rcv.ui.console.services import ConsoleServices


class ConsoleWindow(Protocol):
    """What these helpers need of the console window (a protocol: no import of the window)."""

    commands: ConsoleActions
    services: ConsoleServices
    screens_menu: QMenu

    def menuBar(self) -> QMenuBar: ...
    def addAction(self, action: QAction) -> None: ...


def mark_unavailable(window: ConsoleWindow) -> None:
    """Grey out what a missing module would do, saying which module it needs."""
    a = window.commands
    s = window.services

    if s.importers is None:
        why = QCoreApplication.translate(
            "ConsoleWindow", "Có khi mô-đun nhập dữ liệu (rcv.importers) được nối vào."
        )
        a.unavailable(a.import_contestants, why)
        a.unavailable(a.import_questions, why)
    if s.hardware_setup is None:
        a.unavailable(
            a.hardware_setup,
            QCoreApplication.translate(
                "ConsoleWindow", "Có cùng mô-đun phần cứng (rcv.hardware): bộ thu, cổng."
            ),
        )
    if s.screens is None:
        why = QCoreApplication.translate("ConsoleWindow", "Có cùng gói màn chiếu (rcv.ui.display).")
        a.unavailable(a.swap_screens, why)
        window.screens_menu.setEnabled(False)
        window.screens_menu.setToolTip(why)
    if s.projector_visible is None:
        a.unavailable(
            a.show_projector,
            QCoreApplication.translate(
                "ConsoleWindow", "Có cùng cửa sổ màn chiếu (rcv.ui.display)."
            ),
        )
    if s.log_dir is None:
        a.unavailable(
            a.open_log_folder,
            QCoreApplication.translate("ConsoleWindow", "Chưa ghi nhật ký lỗi trong phiên này."),
        )
    if s.auto_backup is None:
        a.unavailable(
            a.backup_folder,
            QCoreApplication.translate("ConsoleWindow", "Có khi bảng điều khiển được dựng đầy đủ."),
        )


def add_devices(window: ConsoleWindow, menu: QMenu) -> None:
    """Thiết bị: the hubs' set-up and the phones' panel (answer server, whiteboard, audience;
    Ctrl+Shift+P), greyed out with the reason when the answer server is not wired in."""
    s = window.services
    say = phones_words(s.words)
    phones = QAction(say("action"), window)  # type: ignore[arg-type]
    phones.setShortcut(QKeySequence("Ctrl+Shift+P"))
    phones.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.addAction(phones)  # retired with the window's other actions
    menu.addActions([window.commands.hardware_setup, phones])
    panel = s.phones
    if panel is None:
        ConsoleActions.unavailable(phones, say("unavailable"))
    else:
        phones.triggered.connect(lambda: panel(window))  # type: ignore[arg-type]


def add_language_menu(window: ConsoleWindow) -> None:
    """Ngôn ngữ / Language: the console is rebuilt in the chosen language (it keeps no state
    of its own; the show lives in the controller and the event file)."""
    switch = window.services.switch_language
    if switch is None:
        return
    from rcv.i18n import available_languages, language_name
    from rcv.ui.translators import current_language

    # both names, so whoever is stuck in the wrong language can still find it
    menu = window.menuBar().addMenu("Ngôn ngữ / Language")
    current = current_language()
    for lang in available_languages():
        action = menu.addAction(language_name(lang))
        action.setCheckable(True)
        action.setChecked(lang == current)
        action.triggered.connect(lambda _checked=False, lang=lang: switch(lang))


def add_projector_language(window: ConsoleWindow, projector: QMenu) -> None:
    """Ngôn ngữ màn chiếu / Projector language: what the hall reads, a setting apart from the
    console's language (the composition root has the display follow the setting)."""
    settings = window.services.settings
    menu = projector.addMenu("Ngôn ngữ màn chiếu / Projector language")  # both, like Ngôn ngữ
    for action in window.commands.projector_language.actions():
        lang = str(action.data())
        menu.addAction(action)
        action.setChecked(lang == settings.projector_language)

        def choose(_checked: bool = False, lang: str = lang) -> None:
            settings.projector_language = lang

        action.triggered.connect(choose)


def fill_screens(window: ConsoleWindow) -> None:
    """The projector screens to choose from (when the menu opens: screens come and go)."""
    menu: QMenu = window.screens_menu
    menu.clear()
    chooser = window.services.screens
    if chooser is None:
        return
    for info in chooser.screens():
        action = menu.addAction(info.label)
        action.setCheckable(True)
        action.setChecked(info.name == chooser.remembered)
        action.triggered.connect(lambda _c=False, n=info.name: choose_screen(window, n))


def choose_screen(window: ConsoleWindow, name: str) -> None:
    if window.services.screens is not None:
        window.services.screens.choose(name)
        window.services.settings.projector_screen = name


def follow_screens(window: ConsoleWindow) -> None:
    """A projector came (or went): the projector window places itself; F11 says it is up."""
    chooser = window.services.screens
    if chooser is None or window.services.projector_visible is None:
        return
    if getattr(chooser, "projector_screen", lambda: None)() is not None:
        action = window.commands.show_projector
        blocked = action.blockSignals(True)
        action.setChecked(True)
        action.blockSignals(blocked)
