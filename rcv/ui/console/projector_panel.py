"""The projector, seen from the console: a live preview, what the audience sees, and the override
keys (blackout, logo, floor) the MC uses between moments of the show.

The preview is the display package's own widget (``DisplayPreview``), built by a factory the
composition root passes in; without one the panel shows a clearly labelled placeholder.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from rcv.app.controller import ShowController
from rcv.core.audience import Scene
from rcv.core.show import Change
from rcv.i18n import Words
from rcv.i18n.phrases.show import scene_name

PreviewFactory = Callable[[QWidget], QWidget]

OVERRIDES = (Scene.BLACKOUT, Scene.LOGO, Scene.FLOOR)


class _Aspect(QWidget):
    """Keeps its child at 16:9 in whatever width it gets."""

    def __init__(self, child: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.child = child
        child.setParent(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width * 9 // 16

    def sizeHint(self) -> QSize:
        return QSize(400, 225)

    def resizeEvent(self, event: object) -> None:
        w = self.width()
        h = min(self.height(), w * 9 // 16)
        self.child.setGeometry(0, 0, h * 16 // 9, h)


class ProjectorPanel(QWidget):
    def __init__(
        self,
        controller: ShowController,
        preview_factory: PreviewFactory | None,
        words: Words,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._words = words
        if preview_factory is not None:
            self.preview = preview_factory(self)
            self.has_preview = True
        else:
            self.preview = QLabel(
                self.tr(
                    "XEM TRƯỚC MÀN CHIẾU\n(chỗ giữ chỗ)\n\nBản xem trước sẽ hiện ở đây khi "
                    "gói màn chiếu (rcv.ui.display) có DisplayPreview."
                ),
                self,
            )
            self.preview.setObjectName("placeholder")
            self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.preview.setWordWrap(True)
            self.has_preview = False
        self.preview.setObjectName(self.preview.objectName() or "projectorPreview")
        self.audience = QLabel(self)
        self.audience.setObjectName("phaseLine")
        self.buttons: dict[Scene, QPushButton] = {}
        words = {
            Scene.BLACKOUT: self.tr("Màn đen (B)"),
            Scene.LOGO: self.tr("Logo (L)"),
            Scene.FLOOR: self.tr("Sàn thi đấu (S)"),
        }
        row = QHBoxLayout()
        for scene in OVERRIDES:
            button = QPushButton(words[scene], self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.buttons[scene] = button
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_Aspect(self.preview, self))
        layout.addWidget(self.audience)
        layout.addLayout(row)
        controller.changed.connect(self._on_changed)
        controller.displayChanged.connect(self.refresh)
        self.refresh()

    def _on_changed(self, change: Change | None) -> None:
        # the audience's scene only moves with the phase, an undo, or an override
        if change is None or change.phase_changed or change.undone:
            self.refresh()

    def refresh(self) -> None:
        view = self._controller.audience_view()
        override = self._controller.display_override
        for scene, button in self.buttons.items():
            button.setChecked(scene is override)
            button.setEnabled(view is not None)
        if view is None:
            self.audience.setText(self.tr("Khán giả thấy: —"))
            return
        text = self.tr("Khán giả thấy: ") + scene_name(view.scene, self._words)
        if override is not None:
            text += self.tr(" (MC chọn)")
        self.audience.setText(text)
