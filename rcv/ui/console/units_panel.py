"""Units (đơn vị) and their groups (cụm, khối thi đua) beside the seat grid: how many of each
unit's contestants stand, of how many; clicking a unit (or a group) marks its seats on the grid
and dims the others, "Mọi ghế" (or Esc) shows them all again.

A thin view: it reads the controller's state and setup when a change could move a contestant
(a step of the MC, an undo, a new roster — never a keypad press) and keeps nothing of its own
but which unit the MC chose. The panel hides itself when the roster has no units.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rcv.app.controller import ShowController
from rcv.core.model import Roster
from rcv.core.show import Change
from rcv.core.units import Unit, groups_of, units_of
from rcv.i18n import Words
from rcv.i18n.phrases import units as phrases
from rcv.ui.console import style

SEATS_ROLE = int(Qt.ItemDataRole.UserRole) + 1
WIDTH = 320


class UnitsPanel(QWidget):
    """The units' list; ``marked`` carries the seats to mark (empty: none marked, all shown)."""

    marked = Signal(object)  # frozenset[int] | None

    def __init__(self, controller: ShowController, words: Words, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unitsPanel")
        self._controller = controller
        self._words = words
        self._roster: Roster | None = None  # the roster the tree was built for
        self._units: tuple[Unit, ...] = ()
        self._chosen: str | None = None  # the key of the item the MC chose
        self.title = QLabel(phrases.say(words, phrases.TITLE))
        self.title.setStyleSheet("font-weight: bold;")
        self.tree = QTreeWidget()
        self.tree.setObjectName("unitsTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([phrases.say(words, c) for c in phrases.COLUMNS])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.itemClicked.connect(self._choose)
        self.tree.currentItemChanged.connect(lambda item, _old: self._choose(item))
        self.status = QLabel(phrases.say(words, phrases.HINT))
        self.status.setObjectName("unitsStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {style.MUTED.name()};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        controller.changed.connect(self._on_changed)
        self.refresh()

    # -- following the show --------------------------------------------------------------------
    def _on_changed(self, change: Change | None) -> None:
        if change is not None and not (
            change.phase_changed or change.undone or any(e.OPERATOR for e in change.events)
        ):
            return  # keypad presses never move a contestant on or off the floor
        self.refresh()

    def refresh(self) -> None:
        """Read the floor again: rebuild the list for a new roster, else renew the counts."""
        setup, state = self._controller.setup, self._controller.state
        roster = setup.roster if setup is not None else None
        if roster is not self._roster:
            self._roster = roster
            self._units = units_of(roster) if roster is not None else ()
            self._rebuild()
        self.setVisible(bool(self._units))
        if state is None or not self._units:
            return
        standing = {s for s, r in state.seats.items() if r.standing}
        for item in self._items():
            seats = item.data(0, SEATS_ROLE) or frozenset()
            up = len(seats & standing)
            item.setText(1, f"{up}/{len(seats)}")
            item.setData(1, Qt.ItemDataRole.UserRole, up)
            tip = item.data(1, SEATS_ROLE)
            if tip is not None:
                name, template, extra = tip
                text = phrases.say(
                    self._words, template, name=name, standing=up, size=len(seats), units=extra
                )
                item.setToolTip(0, text)
                item.setToolTip(1, text)
            item.setForeground(1, style.MUTED if up == 0 else style.TEXT)
        self._say_marked()

    # -- the list ------------------------------------------------------------------------------
    def _rebuild(self) -> None:
        self.tree.clear()
        self._chosen = None
        self.marked.emit(None)
        if not self._units:
            return
        words = self._words
        everyone = QTreeWidgetItem([phrases.say(words, phrases.ALL, units=len(self._units)), ""])
        everyone.setData(0, Qt.ItemDataRole.UserRole, "")
        self.tree.addTopLevelItem(everyone)
        by_key = {u.key: u for u in self._units}
        roster = self._roster
        groups = groups_of(roster, self._units) if roster is not None else ()
        placed: set[str] = set()
        for group in groups:
            seats = frozenset(s for k in group.units for s in by_key[k].seats)
            parent = self._item(f"group:{group.key}", group.name, seats)
            parent.setData(1, SEATS_ROLE, (group.name, phrases.GROUP_TIP, len(group.units)))
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            self.tree.addTopLevelItem(parent)
            for key in group.units:
                parent.addChild(self._unit_item(by_key[key]))
                placed.add(key)
            parent.setExpanded(True)
        for unit in self._units:
            if unit.key not in placed:
                self.tree.addTopLevelItem(self._unit_item(unit))
        if roster is not None:
            assigned = {s for u in self._units for s in u.seats}
            rest = frozenset(c.seat for c in roster.contestants if c.seat not in assigned)
            if rest:
                self.tree.addTopLevelItem(
                    self._item("none", phrases.say(words, phrases.NONE), rest)
                )

    def _unit_item(self, unit: Unit) -> QTreeWidgetItem:
        item = self._item(f"unit:{unit.key}", unit.name, frozenset(unit.seats))
        item.setData(1, SEATS_ROLE, (unit.name, phrases.UNIT_TIP, 1))
        return item

    @staticmethod
    def _item(key: str, name: str, seats: frozenset[int]) -> QTreeWidgetItem:
        item = QTreeWidgetItem([name, ""])
        item.setData(0, Qt.ItemDataRole.UserRole, key)
        item.setData(0, SEATS_ROLE, seats)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _items(self) -> list[QTreeWidgetItem]:
        found = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            found.append(top)
            found += [top.child(j) for j in range(top.childCount())]
        return [item for item in found if item.data(0, SEATS_ROLE) is not None]

    def item_for(self, name: str) -> QTreeWidgetItem | None:
        """The row that shows ``name`` (a unit, a group, or "all"), for tests and the tour."""
        hits = self.tree.findItems(name, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return hits[0] if hits else None

    # -- choosing ------------------------------------------------------------------------------
    def _choose(self, item: QTreeWidgetItem | None) -> None:
        key = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else ""
        if key == self._chosen or item is None:
            return
        self._chosen = key or None
        seats = item.data(0, SEATS_ROLE)
        self.marked.emit(frozenset(seats) if key and seats is not None else None)
        self._say_marked()

    def clear_mark(self) -> None:
        """Every seat shown again ("Mọi ghế", Esc)."""
        top = self.tree.topLevelItem(0)
        if top is not None:
            self.tree.setCurrentItem(top)
        self._chosen = None
        self.marked.emit(None)
        self._say_marked()

    def _say_marked(self) -> None:
        item = self.tree.currentItem()
        if self._chosen is None or item is None:
            self.status.setText(phrases.say(self._words, phrases.HINT))
            return
        seats = item.data(0, SEATS_ROLE) or frozenset()
        up = item.data(1, Qt.ItemDataRole.UserRole) or 0
        self.status.setText(
            phrases.say(
                self._words, phrases.MARKED, name=item.text(0), standing=up, size=len(seats)
            )
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._chosen is not None:
            self.clear_mark()
            return
        super().keyPressEvent(event)


def beside_grid(grid: QWidget, panel: UnitsPanel) -> QSplitter:
    """The seat grid with the units panel at its right (narrow; the grid takes the rest), the
    panel's choice marking the grid's seats."""
    split = QSplitter(Qt.Orientation.Horizontal)
    split.setObjectName("gridAndUnits")
    split.addWidget(grid)
    split.addWidget(panel)
    split.setStretchFactor(0, 1)
    split.setStretchFactor(1, 0)
    split.setSizes([900, WIDTH])
    split.setChildrenCollapsible(False)
    set_marked = getattr(grid, "set_marked", None)
    if set_marked is not None:
        panel.marked.connect(set_marked)
    return split
