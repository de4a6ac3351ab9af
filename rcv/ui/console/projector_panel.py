"""The projector, seen from the console: a live preview, what the audience sees, and the override
keys (blackout, logo, floor, units) the MC uses between moments of the show.

The preview is the display package's own widget (``DisplayPreview``), built by a factory the
composition root passes in; without one the panel shows a clearly labelled placeholder.

"Khán giả thấy:" names the scene the projector renders, read from the display's own model (the
preview's ``model``: its ``view`` is what the QML shows) each time that model updates — never
worked out here, so it cannot disagree with the hall or lag behind it. Without a display it
reads the controller's audience view (the display's one source) after every change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from rcv.app.controller import ShowController
from rcv.core.audience import AudienceView, Scene
from rcv.core.show import Change
from rcv.i18n import Words
from rcv.i18n.phrases.show import scene_name

PreviewFactory = Callable[[QWidget], QWidget]

OVERRIDES = (Scene.BLACKOUT, Scene.LOGO, Scene.FLOOR, Scene.UNITS)


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
            Scene.UNITS: self.tr("Đơn vị (U)"),
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
        self._display = getattr(self.preview, "model", None)  # the display's DisplayModel
        if self._display is not None:
            self._display.updated.connect(self.refresh)  # after it took the new view
        else:
            controller.changed.connect(self._on_changed)
            controller.displayChanged.connect(self.refresh)
        self.refresh()

    def _on_changed(self, change: Change | None) -> None:
        if change is not None and not (
            change.phase_changed or change.undone or any(e.OPERATOR for e in change.events)
        ):
            return  # keypad presses never change the scene (and come hundreds a second)
        self.refresh()

    def audience_view(self) -> AudienceView | None:
        """The view the projector shows now: the display model's, else the controller's."""
        if self._display is not None:
            view: AudienceView | None = self._display.view
            return view
        return self._controller.audience_view()

    def scene(self) -> Scene | None:
        view = self.audience_view()
        return view.scene if view is not None else None

    def refresh(self) -> None:
        view = self.audience_view()
        override = self._controller.display_override
        setup = self._controller.setup
        units = setup is not None and any(c.unit.strip() for c in setup.roster.contestants)
        for scene, button in self.buttons.items():
            button.setChecked(scene is override)
            button.setEnabled(view is not None and (units or scene is not Scene.UNITS))
        if view is None:
            self.audience.setText(self.tr("Khán giả thấy: —"))
            return
        text = self.tr("Khán giả thấy: ") + scene_name(view.scene, self._words)
        if override is not None:
            text += self.tr(" (MC chọn)")
        self.audience.setText(text)


class ScreenLine(QLabel):
    """Which screen the projector is on — or, plainly, that there is no second screen yet. Follows
    the display's ``ScreenChooser`` (its ``changed`` signal); hidden without one."""

    def __init__(self, chooser: QObject | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screenLine")
        self.setWordWrap(True)
        self._chooser = chooser
        if chooser is None:
            self.hide()
            return
        changed = getattr(chooser, "changed", None)
        if changed is not None:
            changed.connect(self.refresh)
        self.refresh()

    def has_projector(self) -> bool:
        chooser = self._chooser
        return chooser is not None and chooser.projector_screen() is not None  # type: ignore[attr-defined]

    def refresh(self) -> None:
        chooser = self._chooser
        if chooser is None:
            return
        screen = chooser.projector_screen()  # type: ignore[attr-defined]
        if screen is None:
            self.setText(
                self.tr(
                    "Không thấy màn hình thứ hai: màn chiếu đang là một cửa sổ trên màn hình "
                    "này. Cắm máy chiếu vào — màn chiếu sẽ tự lên đó."
                )
            )
        else:
            size = screen.geometry().size()
            self.setText(
                self.tr("Màn chiếu: {name} — {w}×{h}").format(
                    name=screen.name(), w=size.width(), h=size.height()
                )
            )
        self.setProperty("missing", screen is None)
        self.style().polish(self)
