"""What the console is given by the composition root: settings, and the seams to other modules.

Each seam is optional. When it is None the console says plainly that the module is not wired
yet (a greyed-out menu entry with a tooltip, a labelled placeholder) — it never pretends.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from rcv.app.backups import AutoBackup
from rcv.app.hardware_status import HardwareFeed
from rcv.i18n import Words
from rcv.ui.console.importing import Importers
from rcv.ui.console.projector_panel import PreviewFactory
from rcv.ui.console.settings import ConsoleSettings


class ScreenEntry(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def label(self) -> str: ...


class ScreenChoice(Protocol):
    """The display package's ``ScreenChooser`` (list, choose, swap the projector screen)."""

    @property
    def remembered(self) -> str | None: ...
    def screens(self) -> Sequence[ScreenEntry]: ...
    def choose(self, name: str) -> None: ...
    def swap(self) -> None: ...


@dataclass(slots=True)
class ConsoleServices:
    settings: ConsoleSettings = field(default_factory=ConsoleSettings)
    words: Words = field(default_factory=Words)  # the operator's language, for codes
    importers: Importers | None = None  # rcv.importers
    preview_factory: PreviewFactory | None = None  # rcv.ui.display.DisplayPreview
    screens: ScreenChoice | None = None  # rcv.ui.display.screens.ScreenChooser
    projector_visible: Callable[[bool], None] | None = None  # show/hide the projector window
    hardware_setup: Callable[[QWidget], None] | None = None  # rcv.hardware set-up dialog
    hardware_feed: HardwareFeed | None = None  # hub status from the keypad link
    log_dir: Path | None = None  # where crash logs go (rcv.app.crash)
    thread_pool: QThreadPool | None = None  # for imports; the global pool when None
    switch_language: Callable[[str], None] | None = None  # rebuilds the console in that language
    auto_backup: AutoBackup | None = None  # a verified copy after every question
    phones: Callable[[QWidget], None] | None = None  # the phones panel (rcv.web's server)
