"""The red band across the console when the event file cannot be written.

A failed write changes nothing (the controller refuses the step and keeps the keypad presses in
memory, in order); this band says so in the MC's words, says what to do, counts what is being
held, and offers "Thử lại" (try again). The controller also retries by itself once a second;
the band goes away the moment a write succeeds. The window words the controller's
``storageFailed`` (a code, in the operator's language) and hands the text to :meth:`show_problem`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from rcv.app.controller import ShowController


class StorageBanner(QFrame):
    def __init__(self, controller: ShowController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setObjectName("storageBanner")
        self.text = QLabel(self)
        self.text.setObjectName("storageBannerText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry = QPushButton(self.tr("Thử lại"), self)
        self.retry.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.retry.clicked.connect(self._retry)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.retry)
        controller.storageRecovered.connect(self.hide)
        self.hide()

    def show_problem(self, why: str) -> None:
        """Show the band: what failed (``why``, already in words), what is held, what to do."""
        held = self._controller.pending_presses
        head = self.tr(
            "KHÔNG GHI ĐƯỢC VÀO TỆP SỰ KIỆN — chương trình đang chờ: bước vừa rồi chưa được thực "
            "hiện, {n} lần bấm phím đang được giữ trong bộ nhớ, không mất gì."
        ).format(n=held)
        todo = self.tr(
            "Hãy khắc phục (giải phóng dung lượng ổ đĩa, cắm lại ổ USB, bỏ chế độ chỉ đọc) rồi "
            "bấm Thử lại; rcv cũng tự thử lại mỗi giây."
        )
        self.text.setText(f"{head}\n{why}\n{todo}")
        self.show()

    def _retry(self) -> None:
        if self._controller.retry_storage():
            self.hide()
