"""What every view of the display shares: the QML root and how an engine is prepared for it.

The projector window and the console's preview each have their own QML engine, loading the
same ``qml/Main.qml`` with the same :class:`DisplayModel` as the context property ``display``:
the preview is the display itself, only smaller.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtQml import QQmlEngine

from rcv.ui.display.model import DisplayModel
from rcv.ui.display.qr import PROVIDER_ID, QrImageProvider
from rcv.ui.display.seatface import PROVIDER_ID as SEAT_PROVIDER
from rcv.ui.display.seatface import SeatFaceProvider

QML_DIR = Path(__file__).resolve().parent / "qml"


def root_url() -> QUrl:
    return QUrl.fromLocalFile(str(QML_DIR / "Main.qml"))


def prepare_engine(engine: QQmlEngine, model: DisplayModel) -> None:
    """Give ``engine`` the model, the QR and the seat faces' image providers (once per engine)."""
    engine.rootContext().setContextProperty("display", model)
    if engine.imageProvider(PROVIDER_ID) is None:
        engine.addImageProvider(PROVIDER_ID, QrImageProvider())  # the engine owns it
    if engine.imageProvider(SEAT_PROVIDER) is None:
        engine.addImageProvider(SEAT_PROVIDER, SeatFaceProvider(model.property("fontFamily")))
