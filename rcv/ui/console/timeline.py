"""The timeline: every step the MC took, newest first, in words; undone steps struck through.

Keypad presses are not listed one by one (the seat grid shows them); the timeline is the story
of the show as the organisers will read it in the exported journal.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from rcv.app.controller import ShowController
from rcv.core.events import LogEntry, Undone
from rcv.core.show import Change
from rcv.i18n import Words
from rcv.i18n.phrases.events import describe_entry

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(slots=True)
class TimelineRow:
    seq: int
    step: int
    text: str
    is_undo: bool
    undone: bool = False


def _listed(entry: LogEntry) -> bool:
    return entry.event.OPERATOR or isinstance(entry.event, Undone)


def _row(entry: LogEntry, log: Sequence[LogEntry], words: Words) -> TimelineRow:
    when = time.strftime("%H:%M:%S", time.localtime(entry.at_ms / 1000))
    text = f"{when}  {describe_entry(entry, log, words)}"
    return TimelineRow(entry.seq, entry.step, text, isinstance(entry.event, Undone))


class TimelineModel(QAbstractListModel):
    def __init__(
        self, controller: ShowController, words: Words, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._words = words
        self._rows: list[TimelineRow] = []  # newest first
        self._struck = QFont()
        self._struck.setStrikeOut(True)
        controller.changed.connect(self.on_changed)
        self.on_changed(None)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if row.undone:
                return row.text + " — " + QCoreApplication.translate("TimelineModel", "đã hoàn tác")
            return row.text
        if role == Qt.ItemDataRole.FontRole and row.undone:
            return self._struck
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.undone:
                return QBrush(QColor("#6e7681"))
            if row.is_undo:
                return QBrush(QColor("#d29922"))
        return None

    def lines(self) -> list[str]:
        """The rows as shown, newest first."""
        return [str(self.data(self.index(i))) for i in range(len(self._rows))]

    def on_changed(self, change: Change | None) -> None:
        show = self._controller.show
        if change is None or show is None:
            self.beginResetModel()
            log = show.log if show else ()
            self._rows = [_row(e, log, self._words) for e in reversed(log) if _listed(e)]
            self._mark_undone()
            self.endResetModel()
            return
        undoes = any(isinstance(e.event, Undone) for e in change.entries)
        log = show.log if undoes else change.entries  # an undo names the step it took back
        fresh = [_row(e, log, self._words) for e in change.entries if _listed(e)]
        if fresh:
            self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
            self._rows[0:0] = list(reversed(fresh))
            self.endInsertRows()
        if change.undone and self._rows:
            self._mark_undone()
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def _mark_undone(self) -> None:
        show = self._controller.show
        if show is None:
            return
        kept = {e.seq for e in show.effective_log}
        for row in self._rows:
            row.undone = not row.is_undo and row.seq not in kept


class TimelineView(QListView):
    def __init__(self, model: TimelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setObjectName("timeline")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
