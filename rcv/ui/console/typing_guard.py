"""Shortcuts never fire while the MC is typing.

The console's show keys are single keys (Space, B, L, P, R, T). Qt asks the focused widget
first (a ``ShortcutOverride`` event); :class:`TypingGuard` answers "mine" for every text-bearing
key whenever the focus is in a text field, a spin box or an editable combo box, so Space types a
space in a name and never starts the timer. Keys with Ctrl/Alt/Meta are left to the shortcuts
(except those the field itself claims, such as Ctrl+Z inside a line edit).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QKeySequenceEdit,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def is_typing_widget(widget: QWidget | None) -> bool:
    """Does ``widget`` take typed text?"""
    if widget is None:
        return False
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QAbstractSpinBox):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QKeySequenceEdit)


def is_typed_key(event: QKeyEvent) -> bool:
    """A key that produces text (letters, digits, Space) without a command modifier."""
    text = event.text()
    if not text or not text.isprintable():
        return False
    return not (event.modifiers() & _COMMAND_MODIFIERS)


class TypingGuard(QObject):
    """Install on the application: ``app.installEventFilter(TypingGuard(app))``."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and is_typed_key(event)
            and is_typing_widget(QApplication.focusWidget())
        ):
            event.accept()  # deliver it as a key press to the field, not to a shortcut
            return True
        return False
