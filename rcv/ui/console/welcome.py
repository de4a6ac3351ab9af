"""The page shown when no event is open: create one, open one, or reopen a recent one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class WelcomePage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    recentChosen = Signal(object)  # Path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Rung chuông vàng — bảng điều khiển của MC"), self)
        title.setStyleSheet("font-size: 28px; font-weight: bold;")
        intro = QLabel(
            self.tr(
                "Tạo sự kiện mới hoặc mở tệp sự kiện. Một chương trình bị gián đoạn sẽ "
                "tiếp tục đúng chỗ cũ khi mở lại tệp của nó."
            ),
            self,
        )
        intro.setWordWrap(True)
        new = QPushButton(self.tr("Sự kiện mới… (Ctrl+N)"), self)
        open_ = QPushButton(self.tr("Mở sự kiện… (Ctrl+O)"), self)
        for button in (new, open_):
            button.setMinimumHeight(48)
            button.setStyleSheet("font-size: 16px;")
        new.clicked.connect(self.newRequested)
        open_.clicked.connect(self.openRequested)
        self.recent = QListWidget(self)
        self.recent.itemActivated.connect(self._chosen)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(open_)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addSpacing(16)
        layout.addWidget(QLabel(self.tr("Sự kiện gần đây (nhấp đúp để mở):"), self))
        layout.addWidget(self.recent, 1)

    def set_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.name}    {path.parent}", self.recent)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            if not path.exists():
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.recentChosen.emit(Path(str(item.data(Qt.ItemDataRole.UserRole))))
