"""Choosing files and folders: Qt's own file dialog, never the system's.

The system's dialog (GTK, Windows Explorer) is white in a dark hall and speaks the system's
language, not the one the MC chose in rcv. Qt's own dialog is a child of the console, so it takes
the console's dark stylesheet, and its words come from the translators rcv installs (Qt's own
catalogue, or ``rcv/i18n/qtbase_vi.ts`` for Vietnamese) — it switches language with the console.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget

OWN = QFileDialog.Option.DontUseNativeDialog


def open_file(parent: QWidget, title: str, start: str = "", filters: str = "") -> str:
    """The file chosen to open ("" when cancelled)."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, start, filters, options=OWN)
    return chosen


def save_file(parent: QWidget, title: str, start: str = "", filters: str = "") -> str:
    """The file chosen to write ("" when cancelled); Qt asks before replacing one."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, start, filters, options=OWN)
    return chosen


def choose_folder(parent: QWidget, title: str, start: str = "") -> str:
    """The folder chosen ("" when cancelled)."""
    return QFileDialog.getExistingDirectory(
        parent, title, start, QFileDialog.Option.ShowDirsOnly | OWN
    )


def file_dialog(parent: QWidget, title: str, start: str = "", filters: str = "") -> QFileDialog:
    """A non-modal Qt file dialog (not shown): what the helpers above open, for a caller that
    needs the dialog itself (a test, a screenshot)."""
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setOption(OWN, True)
    return dialog
