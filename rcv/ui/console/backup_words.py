"""Backups in the MC's words: where the last verified copy went, or why it could not be made."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication

from rcv.storage.backup import BackupResult


def backup_words(result: BackupResult) -> str:
    """ "Đã sao lưu và kiểm tra lúc 10:32:05: 1 234 mục, dấu vân tay …, vào E:/…" """
    return QCoreApplication.translate(
        "Backup", "Đã sao lưu và kiểm tra lúc {time}: {entries} mục, dấu vân tay {fp} — {path}"
    ).format(
        time=time.strftime("%H:%M:%S"),
        entries=result.entries,
        fp=result.fingerprint,
        path=result.path,
    )


def backup_failed_words(why: str) -> str:
    return QCoreApplication.translate(
        "Backup",
        "⚠ SAO LƯU TỰ ĐỘNG THẤT BẠI — chương trình vẫn an toàn trong tệp sự kiện, nhưng bản "
        "sao chưa được cập nhật: {why}",
    ).format(why=why)


def backup_off_words() -> str:
    return QCoreApplication.translate(
        "Backup", "Sao lưu tự động: chưa chọn thư mục (Sự kiện › Thư mục sao lưu tự động…)"
    )


def backup_on_words(folder: object) -> str:
    return QCoreApplication.translate(
        "Backup", "Sao lưu tự động sau mỗi câu hỏi vào {folder}"
    ).format(folder=folder)
