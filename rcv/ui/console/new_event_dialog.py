"""A new event: its name, date, venue and organiser (printed on the results) and its file."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rcv.core.model import EventInfo
from rcv.ui.console import file_dialogs

SUFFIX = ".rcv"


def file_name_for(name: str) -> str:
    """A safe file name from the event's name (Vietnamese letters kept)."""
    cleaned = re.sub(r"[\\/:*?\"<>|]+", " ", name).strip()
    cleaned = re.sub(r"\s+", " ", cleaned)[:60] or "su-kien"
    return cleaned + SUFFIX


class NewEventDialog(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sự kiện mới"))
        self._folder = folder
        self.name = QLineEdit(self.tr("Rung chuông vàng"), self)
        self.date = QLineEdit(self)
        self.date.setPlaceholderText(self.tr("ví dụ: 24/11/2026"))
        self.venue = QLineEdit(self)
        self.organiser = QLineEdit(self)
        self.path = QLineEdit(str(folder / file_name_for(self.name.text())), self)
        browse = QPushButton(self.tr("Chọn…"), self)
        browse.clicked.connect(self._browse)
        self._path_edited = False
        self.path.textEdited.connect(lambda _t: setattr(self, "_path_edited", True))
        self.name.textChanged.connect(self._follow_name)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Tên sự kiện"), self.name)
        form.addRow(self.tr("Ngày"), self.date)
        form.addRow(self.tr("Địa điểm"), self.venue)
        form.addRow(self.tr("Đơn vị tổ chức"), self.organiser)
        form.addRow(self.tr("Tệp sự kiện"), where)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #f85149;")
        note = QLabel(
            self.tr(
                "Sau khi tạo: nhập danh sách thí sinh, bộ câu hỏi và xem lại thể lệ "
                "(menu Sự kiện). Toàn bộ chương trình được ghi vào tệp này."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Tạo sự kiện"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def info(self) -> EventInfo:
        return EventInfo(
            name=self.name.text().strip(),
            date=self.date.text().strip(),
            venue=self.venue.text().strip(),
            organiser=self.organiser.text().strip(),
        )

    def file_path(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix else path.with_suffix(SUFFIX)

    def _follow_name(self, name: str) -> None:
        if not self._path_edited:
            self.path.setText(str(self._folder / file_name_for(name)))

    def _browse(self) -> None:
        chosen = file_dialogs.save_file(
            self, self.tr("Tệp sự kiện"), self.path.text(), self.tr("Sự kiện rcv (*.rcv)")
        )
        if chosen:
            self._path_edited = True
            self.path.setText(chosen)

    def _check(self) -> None:
        if not self.name.text().strip():
            self.problem.setText(self.tr("Hãy đặt tên cho sự kiện."))
            return
        if self.file_path().exists():
            self.problem.setText(self.tr("Tệp này đã có: hãy chọn tên khác hoặc mở nó."))
            return
        self.accept()
