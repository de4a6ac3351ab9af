"""Run in a subprocess by test_screens.py under ``offscreen:configfile=…``: the projector window
on fake screens, with the projector unplugged and plugged back mid-show. Prints JSON.

Screens are removed and added for real, through the offscreen platform's own
``setConfiguration`` (its native interface, reached with ctypes: it is not in PySide6).
"""

from __future__ import annotations

import ctypes
import json
import os
import sys
from typing import Any

import PySide6
import shiboken6
from PySide6.QtCore import QByteArray, QCoreApplication, QJsonDocument, Qt
from PySide6.QtGui import QGuiApplication

from rcv.core.audience import AudienceView, Scene
from rcv.core.events import Stage
from rcv.ui.display.model import DisplayModel
from rcv.ui.display.screens import Remembered, ScreenChooser
from rcv.ui.display.window import ProjectorWindow

QT_LIB = os.path.join(os.path.dirname(PySide6.__file__), "Qt", "lib")


def set_screens(screens: list[dict[str, Any]]) -> None:
    """QOffscreenIntegration::setConfiguration({"screens": screens}) — screens come and go."""
    gui = ctypes.CDLL(os.path.join(QT_LIB, "libQt6Gui.so.6"))
    core = ctypes.CDLL(os.path.join(QT_LIB, "libQt6Core.so.6"))
    native = gui._ZN15QGuiApplication23platformNativeInterfaceEv
    native.restype = ctypes.c_void_p
    iface = native()
    base = ctypes.cast(
        gui._ZN24QPlatformNativeInterface28nativeResourceForIntegrationERK10QByteArray,
        ctypes.c_void_p,
    ).value
    vtable = ctypes.addressof(ctypes.c_void_p.in_dll(gui, "_ZTV24QPlatformNativeInterface"))
    slots = [ctypes.c_void_p.from_address(vtable + 8 * i).value for i in range(64)]
    index = slots.index(base) - 2  # a vtable symbol points two slots before the first method
    method = ctypes.c_void_p.from_address(ctypes.c_void_p.from_address(iface).value + 8 * index)
    resource = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(method.value)
    name = QByteArray(b"setConfiguration")
    set_configuration = resource(iface, shiboken6.getCppPointer(name)[0])
    document = QJsonDocument.fromJson(QByteArray(json.dumps({"screens": screens}).encode()))
    json_object = ctypes.create_string_buffer(64)
    to_object = core._ZNK13QJsonDocument6objectEv
    to_object.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    to_object(ctypes.addressof(json_object), shiboken6.getCppPointer(document)[0])
    apply = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)(set_configuration)
    apply(ctypes.addressof(json_object), iface)
    for _ in range(5):
        QCoreApplication.processEvents()


def window_state(window: ProjectorWindow) -> dict[str, Any]:
    g = window.geometry()
    return {
        "visible": window.isVisible(),
        "fullscreen": window.fullscreen,
        "frameless": bool(window.flags() & Qt.WindowType.FramelessWindowHint),
        "screen": window.screen().name() if window.screen() else None,
        "geometry": [g.x(), g.y(), g.width(), g.height()],
        "takes_focus": not bool(window.flags() & Qt.WindowType.WindowDoesNotAcceptFocus),
    }


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        config = json.load(f)
    app = QGuiApplication(sys.argv[:1])
    model = DisplayModel()
    view = AudienceView(
        Scene.WELCOME, "Thử màn hình", Stage.MAIN, None, 0, 0, None, None, None, None, (), 0, 0
    )
    model.apply_view(view)
    memory = Remembered()
    chooser = ScreenChooser(memory)
    window = ProjectorWindow(model, chooser)
    window.place()
    app.processEvents()
    out: dict[str, Any] = {
        "screens": [(s.name, s.width, s.height, s.primary) for s in chooser.screens()],
        "plugged": window_state(window),
    }
    console, projector = config["screens"]
    set_screens([console])
    out["unplugged"] = window_state(window)
    out["projector_when_unplugged"] = chooser.projector_screen() is None
    set_screens([console, projector])
    out["replugged"] = window_state(window)
    chooser.choose(console["name"])  # the MC swaps: the projector is the first screen now
    app.processEvents()
    out["chosen_console"] = window_state(window)
    out["remembered"] = memory.projector_screen
    chooser.swap()
    app.processEvents()
    out["swapped_back"] = window_state(window)
    out["errors"] = window.errors_text()
    print(json.dumps(out))
    sys.stdout.flush()
    os._exit(0)  # skip teardown: the platform's own screen list was changed under it


if __name__ == "__main__":
    main()
