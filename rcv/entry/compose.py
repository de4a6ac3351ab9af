"""The composition root: every object of the running program, built here through constructors.

Nothing is registered on import and nothing is global. :func:`build` makes the clock, the
controller, the display (model, projector window, preview, sounds — when ``rcv.ui.display`` is
installed), the console and, for the demo, the simulated keypads, and wires them together.
The programs that run what is built here (``rcv``, ``rcv demo``) are in :mod:`rcv.entry.programs`.

Keypads always come through :class:`~rcv.app.keypads.KeypadLink`: real hubs chosen in the
set-up dialog (and reconnected at start from the saved choice), or, in the demo, simulated hubs
on pseudo-terminals (TCP on Windows) speaking the same protocol.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget

from rcv.app.backups import AutoBackup
from rcv.app.controller import ShowController
from rcv.app.crash import CrashHandler, default_log_dir
from rcv.app.hardware_status import HardwareFeed
from rcv.app.keypads import KeypadLink
from rcv.clock import Clock, ManualClock, SystemClock
from rcv.entry.phones import follow_phones, phone_hub, phones_panel
from rcv.i18n import Words
from rcv.ui.console.importing import Importers, default_importers
from rcv.ui.console.main_window import ConsoleWindow
from rcv.ui.console.prompts import crash_notice
from rcv.ui.console.services import ConsoleServices
from rcv.ui.console.settings import ConsoleSettings
from rcv.ui.translators import current_language

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Display:
    """The projector side, when the display package is there."""

    model: Any  # rcv.ui.display.DisplayModel
    chooser: Any | None  # ScreenChooser
    window: Any | None  # ProjectorWindow
    sounds: Any | None  # SoundBoard
    preview_factory: Callable[[QWidget], QWidget] | None
    renderer: Any | None = None  # SceneRenderer: the display drawn off screen (screenshots)


@dataclass(slots=True)
class Program:
    """Everything :func:`build` made, for the runner (and tests) to hold and tear down."""

    app: QApplication
    clock: Clock
    controller: ShowController
    console: ConsoleWindow
    display: Display | None
    keypads: QObject | None
    crash: CrashHandler | None
    words: Words  # the operator's language (the console's and the CLI's words for codes)
    phones: Any | None = None  # PhoneHub: the answer server (stopped with the program)

    def switch_language(self, lang: str) -> None:
        """Re-install the translators and rebuild the console in the new language around the
        same controller and event. The console's language only: the projector keeps its own
        (``ConsoleSettings.projector_language``, the display's ``Words``).

        The old window is retired first — every connection from the controller, the
        application and the services to it is cut at once, its actions disabled — so no key,
        shortcut or signal can reach it while it waits for its deferred delete."""
        from rcv.ui.translators import switch_language

        old = self.console
        old.retire()
        switch_language(self.app, lang)
        self.words.switch(lang)
        old.services.settings.language = lang
        new = ConsoleWindow(self.controller, old.services)
        self.console = new
        new.take_over(old)
        old.deleteLater()

    def close(self) -> None:
        if self.phones is not None:
            self.phones.stop()
        stop = getattr(self.keypads, "stop", None)
        if callable(stop):
            stop()
        if self.controller.event_file is not None:
            self.controller.detach()
        if self.display is not None and self.display.window is not None:
            self.display.window.hide()
        if self.crash is not None:
            self.crash.uninstall()


def build_display(
    controller: ShowController,
    offscreen: QSize | None = None,
    settings: ConsoleSettings | None = None,
) -> Display | None:
    """The display package's objects; None when it is not installed (the console then shows a
    labelled placeholder instead of the preview). ``offscreen``: no projector window and no
    sound, but a renderer drawing the display at that size (screenshots, benchmarks).

    ``settings`` (the console's; none kept when not given): the projector's language — its own
    ``Words``, following ``projector_language`` when the MC changes it — and the remembered
    projector screen."""
    try:
        from rcv.ui.display import DisplayModel, DisplayPreview, load_fonts
    except (ImportError, AttributeError) as exc:
        log.warning("no projector display: %s", exc)
        return None
    settings = settings or ConsoleSettings.ephemeral()
    words = Words(settings.projector_language)  # the projector's own, apart from the console's
    model = DisplayModel(controller, words=words, font_family=load_fonts())
    settings.follow_projector_language(model.switch_language)

    def preview(parent: QWidget) -> QWidget:
        widget: QWidget = DisplayPreview(model, parent)
        return widget

    if offscreen is not None:
        from rcv.ui.display import SceneRenderer

        return Display(model, None, None, None, preview, SceneRenderer(model, offscreen))
    chooser = window = sounds = None
    try:
        from rcv.ui.display import ProjectorWindow, ScreenChooser

        chooser = ScreenChooser(settings)  # remembered in the console's settings file
        window = ProjectorWindow(model, chooser)
    except (ImportError, AttributeError) as exc:
        log.warning("no projector window: %s", exc)
    try:
        from rcv.ui.display import SoundBoard

        sounds = SoundBoard(model)
    except (ImportError, AttributeError) as exc:
        log.warning("no sound board: %s", exc)
    return Display(model, chooser, window, sounds, preview)


def build(
    app: QApplication,
    *,
    clock: Clock | None = None,
    settings: ConsoleSettings | None = None,
    with_display: bool = True,
    importers: Importers | None = None,
    keypads: Callable[[ShowController], QObject] | None = None,
    hardware_feed: Callable[[QObject], HardwareFeed | None] | None = None,
    log_dir: Path | None = None,
    crash_log: bool = True,
    offscreen: QSize | None = None,
) -> Program:
    """Build the program. ``keypads`` makes the object that feeds presses to the controller
    (a :class:`~rcv.app.keypads.KeypadLink`, to real or simulated hubs), and
    ``hardware_feed`` takes it and returns its status feed for the console's hardware panel.
    ``offscreen``: the display drawn off screen at that size (no projector window, no sound)."""
    clock = clock or SystemClock()
    controller = ShowController(clock)
    settings = settings or ConsoleSettings()
    display = build_display(controller, offscreen, settings) if with_display else None
    link = keypads(controller) if keypads is not None else None
    if hardware_feed is not None and link is not None:
        feed = hardware_feed(link)
    else:  # the keypad link publishes its own status
        feed = link.feed if isinstance(link, KeypadLink) else None
    if importers is None:
        try:
            importers = default_importers()
        except ImportError as exc:  # the importers module is missing: the menu says so
            log.warning("no importers: %s", exc)
    log_dir = log_dir or default_log_dir()
    auto_backup = AutoBackup(controller, settings.backup_folder)
    words = Words(current_language(app))
    services = ConsoleServices(
        words=words,
        settings=settings,
        importers=importers,
        preview_factory=display.preview_factory if display else None,
        screens=display.chooser if display else None,
        projector_visible=_projector_toggle(display),
        hardware_setup=_hardware_setup(settings, link, words, controller),
        hardware_feed=feed,
        log_dir=log_dir if crash_log else None,
        auto_backup=auto_backup,
    )
    built: list[Program] = []  # the language menu needs the program, made just below
    services.switch_language = lambda lang: built[0].switch_language(lang)
    phones = phone_hub(controller, link)
    services.phones = phones_panel(controller, phones, words)
    program = Program(
        app, clock, controller, ConsoleWindow(controller, services), display, link, None, words
    )
    program.phones = phones
    built.append(program)
    follow_phones(phones, display.model if display else None, services.phones, built)
    if crash_log:
        program.crash = CrashHandler(
            log_dir, lambda text, path: crash_notice(program.console, text, path)
        )
        program.crash.install()
    return program


def build_offscreen(
    app: QApplication, size: tuple[int, int], projector_language: str | None = None
) -> Program:
    """The program for pictures (``rcv screenshots``, benchmarks): a manual clock, settings
    neither read nor written, no crash log, the display drawn off screen at ``size``, in
    ``projector_language`` (Vietnamese when not given)."""
    settings = ConsoleSettings.ephemeral()
    if projector_language:
        settings.projector_language = projector_language
    return build(
        app,
        clock=ManualClock(),
        settings=settings,
        crash_log=False,
        offscreen=QSize(*size),
    )


def _hardware_setup(
    settings: ConsoleSettings,
    link: QObject | None,
    words: Words | None = None,
    controller: ShowController | None = None,
) -> Callable[[QWidget], None] | None:
    """The hub set-up dialog on ``rcv.hardware``'s port list and device profiles (shipped and
    imported); "connect" hands the chosen ports to the keypad link, and the open event keeps
    the ports and pairing tables (:class:`~rcv.app.hardware_store.EventHardware`)."""
    try:
        from rcv.hardware.ports import list_serial_ports
        from rcv.hardware.profile_library import available_profiles, user_profiles_dir
    except ImportError as exc:
        log.warning("no hardware module: %s", exc)
        return None
    from rcv.app.hardware_store import EventHardware
    from rcv.i18n.phrases.hardware import connect_problem
    from rcv.ui.console.hardware_setup import HardwareSetupDialog, HubChoice

    connect = None
    store = None
    if isinstance(link, KeypadLink):
        keypads = link

        def connect(choices: Sequence[HubChoice]) -> str | None:
            problem = keypads.connect_ports([(c.port, c.profile) for c in choices])
            return None if problem is None else connect_problem(problem, words or Words())

        if controller is not None and words is not None:
            store = EventHardware(controller, keypads, words)

    def open_dialog(parent: QWidget) -> None:
        profiles = [e.name for e in available_profiles((user_profiles_dir(),))]
        dialog = HardwareSetupDialog(
            settings,
            list_serial_ports,
            profiles,
            connect=connect,
            parent=parent,
            words=words,
            store=store if store is not None and store.ready() else None,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()

    return open_dialog


def _projector_toggle(display: Display | None) -> Callable[[bool], None] | None:
    if display is None or display.window is None:
        return None
    window = display.window

    def toggle(on: bool) -> None:
        if on:
            window.place()
        else:
            window.hide()

    return toggle
