"""Rendering the display off screen: for ``rcv screenshots``, the tests and the benchmark.

A ``QQuickView`` with the display's QML root, never placed on a real screen; ``grab()`` renders
the current scene (Qt Quick's software renderer under the offscreen platform) into a QImage.
Animations are switched off on the model so a grab shows a scene's resting state, not a frame
half-way through a fade.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSize, QUrl
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickItem, QQuickView

from rcv.ui.display.engine import prepare_engine, root_url
from rcv.ui.display.model import DisplayModel


class SceneRenderer:
    """``SceneRenderer(model, QSize(1920, 1080)).save("question.png")``."""

    def __init__(self, model: DisplayModel, size: QSize | None = None, animate: bool = False):
        self.model = model
        model.animate = animate
        self.view = QQuickView()
        self.view.setResizeMode(QQuickView.ResizeMode.SizeRootObjectToView)
        prepare_engine(self.view.engine(), model)
        self.view.setSource(root_url())
        if self.view.status() != QQuickView.Status.Ready:
            raise RuntimeError("display QML failed to load:\n" + self.errors_text())
        self.view.resize(size or QSize(1920, 1080))
        self.view.show()
        self.settle()

    def errors_text(self) -> str:
        return "\n".join(e.toString() for e in self.view.errors())

    def root(self) -> QQuickItem:
        return self.view.rootObject()

    def scene_item(self) -> QObject | None:
        return self.root().property("sceneItem")

    def items(self) -> Iterator[QObject]:
        """Every item of the display, depth first (the visual tree, so delegates are found)."""
        stack: list[QObject] = [self.root()]
        while stack:
            obj = stack.pop()
            yield obj
            if isinstance(obj, QQuickItem):
                stack.extend(reversed(obj.childItems()))

    def find(self, name: str) -> QObject | None:
        """The first QML item called ``name`` (objectName)."""
        return next((o for o in self.items() if o.objectName() == name), None)

    def settle(self, rounds: int = 3) -> None:
        for _ in range(rounds):
            QCoreApplication.processEvents()

    def resize(self, size: QSize) -> None:
        self.view.resize(size)
        self.settle()

    def grab(self) -> QImage:
        """The current scene, with the countdown recomputed for the clock as it is now."""
        self.model.refresh()
        self.settle()
        return self.view.grabWindow()

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not self.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        return path

    def close(self) -> None:
        self.view.close()
        self.view.setSource(QUrl())  # drop the scene now, while the model is still alive
        self.view.deleteLater()
