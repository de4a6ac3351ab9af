"""The first rows of what a file gave, as a table, before the MC uses it ("Dùng dữ liệu này").

Shown from the data the importer read (a :class:`Roster` or a :class:`QuestionSet`), not the
file's cells: what is previewed is exactly what will be stored — seats and names as rcv will
show them, each question's round, kind, text, answer and picture.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rcv.core.model import QuestionSet, Roster
from rcv.i18n import Words
from rcv.i18n.phrases.importing import KINDS, POOLS

ROWS = 8  # rows previewed
TEXT_CHARS = 90  # a question's text is cut here in the preview


class ImportPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(self)
        self.caption.setObjectName("phaseLine")
        self.table = QTableWidget(0, 0, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table)
        self.hide()

    def rows(self) -> list[list[str]]:
        """The cells shown, row by row (for tests)."""
        return [
            [
                (self.table.item(r, c) or QTableWidgetItem()).text()
                for c in range(self.table.columnCount())
            ]
            for r in range(self.table.rowCount())
        ]

    def headers(self) -> list[str]:
        return [
            (self.table.horizontalHeaderItem(c) or QTableWidgetItem()).text()
            for c in range(self.table.columnCount())
        ]

    def show_value(self, value: Roster | QuestionSet | None, words: Words) -> None:
        if isinstance(value, Roster):
            self._fill(
                [self.tr("Ghế"), self.tr("SBD"), self.tr("Họ và tên"), self.tr("Đơn vị")],
                [[str(c.seat), c.sbd, c.name, c.unit] for c in value.contestants[:ROWS]],
                stretch=2,
            )
            total = len(value.contestants)
            self.caption.setText(
                self.tr("Xem trước: {shown} dòng đầu trong {total} thí sinh").format(
                    shown=min(ROWS, total), total=total
                )
            )
        elif isinstance(value, QuestionSet):
            rows = []
            for q in value.questions[:ROWS]:
                text = q.text if len(q.text) <= TEXT_CHARS else q.text[:TEXT_CHARS] + "…"
                rows.append(
                    [
                        q.id,
                        words("ImportSummary", POOLS[q.pool]),
                        words("ImportSummary", KINDS[q.kind]),
                        text,
                        q.correct_text(),
                        q.media or "",
                    ]
                )
            self._fill(
                [
                    self.tr("Mã"),
                    self.tr("Phần thi"),
                    self.tr("Loại"),
                    self.tr("Câu hỏi"),
                    self.tr("Đáp án"),
                    self.tr("Hình"),
                ],
                rows,
                stretch=3,
            )
            total = len(value.questions)
            self.caption.setText(
                self.tr("Xem trước: {shown} dòng đầu trong {total} câu hỏi").format(
                    shown=min(ROWS, total), total=total
                )
            )
        else:
            self.hide()
            return
        self.show()

    def _fill(self, headers: list[str], rows: list[list[str]], stretch: int) -> None:
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        height = self.table.horizontalHeader().height() + 4
        height += sum(self.table.rowHeight(r) for r in range(len(rows)))
        self.table.setFixedHeight(min(height, 260))
