"""The console's keys in words (F1): one list, shown in a box and read by the tests."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def shortcuts() -> list[tuple[str, str]]:
    """(keys, what they do), in the console's language."""

    return [
        ("Space", QCoreApplication.translate("KeysHelp", "Bước tiếp theo (nút lớn)")),
        ("Ctrl+Enter", QCoreApplication.translate("KeysHelp", "Dừng sớm, khoá đáp án")),
        ("P", QCoreApplication.translate("KeysHelp", "Tạm dừng / tiếp tục")),
        (
            "Ctrl+Z",
            QCoreApplication.translate("KeysHelp", "Hoàn tác (hỏi lại, nói rõ sẽ hoàn tác gì)"),
        ),
        ("R", QCoreApplication.translate("KeysHelp", "Cứu trợ…")),
        ("T", QCoreApplication.translate("KeysHelp", "Câu hỏi phụ…")),
        (
            "B / L / S",
            QCoreApplication.translate(
                "KeysHelp", "Màn chiếu: màn đen / logo / sàn thi đấu (bấm lại để trở về)"
            ),
        ),
        (
            "U",
            QCoreApplication.translate(
                "KeysHelp", "Màn chiếu: đơn vị còn nhiều thí sinh nhất (bấm lại để trở về)"
            ),
        ),
        (
            "Ctrl+F",
            QCoreApplication.translate(
                "KeysHelp", "Tìm thí sinh; Enter mở ghế đã tìm, Esc trở lại"
            ),
        ),
        (
            QCoreApplication.translate("KeysHelp", "Nhấp vào ghế"),
            QCoreApplication.translate("KeysHelp", "Sửa đáp án, loại hoặc đưa thí sinh trở lại"),
        ),
        (
            QCoreApplication.translate("KeysHelp", "Mũi tên, Enter"),
            QCoreApplication.translate("KeysHelp", "Chọn ghế trên lưới, mở ghế"),
        ),
        (
            "Ctrl +/−, Ctrl+0",
            QCoreApplication.translate(
                "KeysHelp", "Lưới ghế: phóng to / thu nhỏ; xem hết mọi ghế (Ctrl+9: cỡ đọc được)"
            ),
        ),
        ("F11", QCoreApplication.translate("KeysHelp", "Hiện / ẩn cửa sổ màn chiếu")),
        (
            "Ctrl+Shift+P",
            QCoreApplication.translate(
                "KeysHelp", "Điện thoại, bảng trắng và khán giả (máy chủ trả lời, ghế, cứu trợ)"
            ),
        ),
        ("Ctrl+N / Ctrl+O", QCoreApplication.translate("KeysHelp", "Sự kiện mới / mở sự kiện")),
    ]


def show_shortcuts(parent: QWidget) -> QMessageBox:
    rows = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{t}</td></tr>" for k, t in shortcuts())
    note = QCoreApplication.translate("KeysHelp", "Phím tắt không chạy khi đang gõ chữ.")
    title = QCoreApplication.translate("KeysHelp", "Phím tắt")
    box = QMessageBox(QMessageBox.Icon.Information, title, "", parent=parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(f"<table>{rows}</table><p>{note}</p>")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.open()
    return box
