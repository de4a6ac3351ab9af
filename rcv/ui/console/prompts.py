"""Yes/no questions and notices, in one place (tests replace QMessageBox's static functions)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget, title: str, text: str) -> bool:
    """A yes/no question; "No" is the default so a stray Enter changes nothing."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    give_back_the_keys(parent)
    return answer == QMessageBox.StandardButton.Yes


def warn(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)
    give_back_the_keys(parent)


def give_back_the_keys(parent: QWidget) -> None:
    """After a modal box closes, the MC's window is active again, so the next Space is a step.
    Windows does this for the box's owner; without a window manager (a kiosk X session, Xvfb,
    offscreen) nothing did, and Space went nowhere until the MC clicked the console."""
    window = parent.window()
    if window.isVisible():
        window.activateWindow()


def crash_notice(parent: QWidget | None, message: str, log_path: object) -> None:
    """The one dialog an unexpected error opens: the show is safe, here is the log."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("CrashNotice", "Lỗi không mong muốn"))
    box.setText(
        QCoreApplication.translate(
            "CrashNotice",
            "Đã xảy ra lỗi trong chương trình. Chương trình thi vẫn an toàn: mọi bước đã được "
            "ghi vào tệp sự kiện. Có thể tiếp tục; nếu bảng điều khiển hoạt động bất thường, "
            "hãy đóng rồi mở lại tệp sự kiện.",
        )
    )
    where = QCoreApplication.translate("CrashNotice", "Nhật ký lỗi: {path}").format(path=log_path)
    box.setInformativeText(f"{message}\n\n{where}")
    box.open()
