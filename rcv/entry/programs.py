"""The programs that run what :mod:`rcv.entry.compose` builds: :func:`run_console` is ``rcv``
with no arguments (the MC's console, the projector on a second screen, the saved hubs
reconnected); :func:`run_gui_demo` is ``rcv demo`` (console and projector with simulated
keypads). Both make the one QApplication in the operator's language and run it to the end."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from rcv.app.controller import ShowController
from rcv.app.keypads import KeypadLink
from rcv.entry.compose import Program, build
from rcv.entry.phones import start_phones
from rcv.ui.console.settings import ConsoleSettings

log = logging.getLogger(__name__)


def application(argv: Sequence[str], saved_language: str | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(list(argv) or ["rcv"])
        app.setApplicationName("rcv")
        app.setApplicationDisplayName("Rung chuông vàng")
    _translate(app, saved_language)
    return app


def _translate(app: QApplication, saved_language: str | None) -> None:
    """Vietnamese by default (Qt's own buttons too); ``RCV_LANG=en`` for English."""
    try:
        from rcv.ui.translators import install_translator

        install_translator(app, choose_language(saved_language))
    except Exception as exc:  # a missing translation must never stop the show
        log.warning("no translation installed: %s", exc)


def choose_language(saved: str | None) -> str:
    """``RCV_LANG`` first, then the language saved in the settings, else Vietnamese."""
    from rcv.i18n import available_languages, default_language

    chosen = os.environ.get("RCV_LANG") or saved
    return chosen if chosen in available_languages() else default_language()


def run(program: Program) -> int:
    program.console.show()
    try:
        return int(program.app.exec())
    finally:
        program.close()


def _hub_link(controller: ShowController) -> KeypadLink:
    return KeypadLink(controller, controller.clock)


def run_console(argv: Sequence[str]) -> int:
    """``rcv`` with no arguments: the MC's console (the projector goes up on a second screen);
    the hubs saved in the set-up dialog are reconnected."""
    settings = ConsoleSettings()
    program = build(
        application(argv, settings.language),
        settings=settings,
        keypads=_hub_link,
    )
    saved = [(h.get("port", ""), h.get("profile", "")) for h in settings.hubs()]
    if isinstance(program.keypads, KeypadLink) and saved:
        problem = program.keypads.connect_ports([p for p in saved if p[0]])
        if problem is not None:
            from rcv.i18n.phrases.hardware import connect_problem

            program.console.say(connect_problem(problem, program.words), warning=True)
    put_up_projector(program)
    return run(program)


def put_up_projector(program: Program, windowed: bool = False) -> bool:
    """Before the console is shown: the console on its own screen and, when a second screen is
    connected, the projector window full screen on it (F11 checked). Without one the console
    says so plainly (its screen line keeps saying it, and the window goes up by itself on a
    projector plugged in later); ``windowed``: put the projector up as a window on the console's
    screen anyway (the demo). True when it went up on a projector screen."""
    display = program.display
    if display is None or display.window is None or display.chooser is None:
        return False
    chooser, console = display.chooser, program.console
    home = chooser.console_screen()
    if home is not None:
        console.move(home.availableGeometry().topLeft())
    on_projector = chooser.projector_screen() is not None
    if on_projector or windowed:
        console.commands.show_projector.setChecked(True)  # puts the window up (place)
    if not on_projector:
        console.say(
            QCoreApplication.translate(
                "Console",
                "Chỉ có một màn hình: cắm máy chiếu (màn hình thứ hai) — màn chiếu sẽ tự lên đó.",
            )
        )
    return on_projector


def demo_program(
    seats: int, seed: int, event: Path | None, simulate: bool = True
) -> Program | None:
    """The demo's program with its event open (the sample questions; ``event`` resumed or
    created): keypads simulated for every seat (``simulate``) or for none yet, short answers
    read from the simulated boards. None when the event file cannot be used (said on stdout,
    in the operator's language)."""
    from rcv.app.demo_stage import BoardReader
    from rcv.app.keypads import simulated_hubs
    from rcv.demo.headless import open_or_create
    from rcv.demo.setup import demo_event_path, demo_questions
    from rcv.i18n.phrases.storage import storage_error
    from rcv.sim.floor import FloorModel
    from rcv.storage.errors import EventFileError

    def keypads(controller: ShowController) -> KeypadLink:
        link = KeypadLink(controller, controller.clock, tell_answers=True)
        if simulate:
            simulated_hubs(link, seats, seed)
        # short-answer questions are written on boards: typed in at time-up
        BoardReader(controller, FloorModel(seed=seed), parent=link)
        return link

    settings = ConsoleSettings()
    program = build(application(["rcv", "demo"], settings.language), settings=settings,
                    keypads=keypads)  # fmt: skip
    path = event or demo_event_path(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        event_file = open_or_create(path, seats, seed, demo_questions())
    except EventFileError as exc:
        print(storage_error(exc, program.words))
        program.close()
        return None
    program.console.session.attach(event_file)
    return program


def run_gui_demo(
    seats: int, seed: int, event: Path | None = None, phones_server: str | None = None
) -> int:
    """``rcv demo``: the console and the projector with the sample questions and simulated
    keypads; pressing Space plays a whole show. ``event`` resumes (or creates) that file;
    ``phones_server``: serve the phones on that address, with the phones panel open."""
    program = demo_program(seats, seed, event)
    if program is None:
        return 2
    put_up_projector(program, windowed=True)
    if phones_server:
        start_phones(program, phones_server)
    program.console.say(
        QCoreApplication.translate(
            "Demo", "Chương trình thử: bấm Space để đi từng bước; bàn phím mô phỏng tự trả lời."
        )
    )
    return run(program)
