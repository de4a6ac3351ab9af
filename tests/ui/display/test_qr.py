"""The results QR code on the final screen decodes to the results payload."""

from __future__ import annotations

import zxingcpp
from PIL import Image

from rcv.entry.tour import tour
from rcv.ui.display.qr import QrImageProvider, qr_image, qr_source
from tests.ui.display.conftest import Show


def decode(image) -> str:  # type: ignore[no-untyped-def]
    rgb = image.convertToFormat(image.Format.Format_RGB888)
    data = bytes(rgb.constBits())[: rgb.sizeInBytes()]
    pil = Image.frombytes(
        "RGB", (rgb.width(), rgb.height()), data, "raw", "RGB", rgb.bytesPerLine()
    )
    found = zxingcpp.read_barcodes(pil)
    assert found, "no QR code found"
    return found[0].text


def test_the_painted_code_reads_back(qapp) -> None:  # type: ignore[no-untyped-def]
    payload = "RCV1:" + "ab" * 32 + ":1234"
    image = qr_image(payload, 300)
    assert image.width() == image.height() and image.width() <= 300
    assert decode(image) == payload


def test_the_provider_serves_the_source(qapp) -> None:  # type: ignore[no-untyped-def]
    text = "7806-7084-7BED-9519"
    source = qr_source(text)
    image_id = source.removeprefix("image://rcvqr/")
    from PySide6.QtCore import QSize

    image = QrImageProvider().requestImage(image_id, QSize(), QSize(256, 256))
    assert decode(image) == text
    assert qr_source("") == ""


def test_the_final_screen_carries_the_results_payload(show: Show) -> None:
    for moment in tour(show.controller, show.clock):
        if moment == "ranking":
            break
    event = show.controller.event_file
    expected = f"RCV1:{event.head}:{len(event.entries)}"  # the format of docs/results.md
    assert show.model.value("qrSource") == qr_source(expected)
