"""The set-up dialog's tools for a device before it is saved: a monitor pane that tries a port
with a profile live (what the device sends, byte for byte, and what rcv reads from it: seat,
key, keypad ID, or why a line was refused), and importing a profile file (checked first, its
problems listed on their rows in the operator's words, then copied into the user's profiles).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rcv.app.port_listener import PortListener
from rcv.hardware.device import DeviceProfile
from rcv.hardware.events import HardwareEvent, KeyPress, LinkStatus, RejectedFrame
from rcv.hardware.pairing import PairingTable
from rcv.hardware.profile import ProfileError, check_profile
from rcv.hardware.profile_library import import_profile, load_profile, user_profiles_dir
from rcv.hardware.tools import escaped
from rcv.i18n import Words
from rcv.i18n.phrases.hardware import CTX, UNPAIRED_PRESS, check_report, profile_error

MAX_LINES = 2000
GLUE_MS = 30


def load_any_profile(name: str, folder: Path | None = None) -> DeviceProfile | None:
    """A shipped or imported profile by name (or a file); None for rcv's own protocol.
    ProfileError when it cannot be used."""
    if name in ("", "rcv-hub"):
        return None
    return load_profile(name, (folder or user_profiles_dir(),))


class MonitorPane(QWidget):
    """Live lines of one port read with one profile: ``←``/``→`` the bytes as they travel,
    then what rcv made of them."""

    def __init__(self, words: Words, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = words
        self.listener = PortListener(parent=self)
        self.listener.heard.connect(self._heard)
        self.listener.raw.connect(self._raw)
        self._pending: list = []  # [direction, bytes, since_ms] not shown yet
        self._glue = QTimer(self)
        self._glue.setSingleShot(True)
        self._glue.setInterval(GLUE_MS)
        self._glue.timeout.connect(self._flush)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setMaximumBlockCount(MAX_LINES)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlaceholderText(
            self.tr("Chọn một dòng rồi bấm Thử trực tiếp: mọi byte thiết bị gửi hiện ở đây.")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)

    def start(self, spec: str, profile: DeviceProfile | None, pairing: PairingTable) -> None:
        name = profile.name if profile else "rcv-hub"
        self.text.appendPlainText(self.tr("— Nghe {port} với hồ sơ {name}").format(
            port=spec, name=name))  # fmt: skip
        self.listener.start(spec, profile, pairing, raw_bytes=True)

    def stop(self) -> None:
        if self.listener.listening:
            self.listener.stop()
            self.text.appendPlainText(self.tr("— Đã dừng."))

    def _raw(self, direction: str, data: bytes, since_ms: int) -> None:
        """Bytes of one direction that follow each other within ``GLUE_MS`` are one line (a
        serial read often returns a line's first byte on its own)."""
        if self._pending and (
            self._pending[0] != direction or since_ms - self._pending[2] > GLUE_MS
        ):
            self._flush()
        if not self._pending:
            self._pending = [direction, bytearray(), since_ms]
        self._pending[1] += data
        self._glue.start()

    def _flush(self) -> None:
        if self._pending:
            direction, data, since_ms = self._pending
            arrow = "←" if direction == "in" else "→"
            self.text.appendPlainText(f"{since_ms / 1000:8.3f} {arrow} {escaped(bytes(data))}")
            self._pending = []

    def _heard(self, event: HardwareEvent) -> None:
        self._flush()
        self.text.appendPlainText("    " + self.line(event))

    def line(self, event: HardwareEvent) -> str:
        """What rcv read, in the operator's language."""
        if isinstance(event, KeyPress):
            key = event.key or "•"
            device = f" ({event.device_id})" if event.device_id else ""
            return self.tr("ghế {seat} bấm {key}{device}").format(
                seat=event.seat, key=key, device=device
            )
        if isinstance(event, RejectedFrame):
            if event.device_id and event.seat is None:
                return self._words(CTX, UNPAIRED_PRESS, id=event.device_id, key=event.key or "•")
            return self.tr("không dùng ({reason}): {raw}").format(
                reason=event.reason.value, raw=escaped(event.raw[:60])
            )
        if isinstance(event, LinkStatus):
            return self.tr("cổng: {state} {detail}").format(
                state=event.kind.value, detail=event.detail
            )
        return self.tr("dòng của thiết bị: {text}").format(
            text=str(getattr(getattr(event, "frame", None), "text", event))
        )


def import_profile_file(
    path: Path, words: Words, folder: Path | None = None
) -> tuple[DeviceProfile | None, list[str]]:
    """Check ``path`` and, when it can be used, copy it into the user's profiles: the profile
    (None when it cannot be used) and the report, each problem on its row."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [profile_error(_unreadable(path, exc), words)]
    check = check_profile(text, path.stem)
    report = check_report(check, path.name, words)
    if not check.ok:
        return None, report
    try:
        profile = import_profile(path, folder or user_profiles_dir())
    except (ProfileError, OSError) as exc:
        detail = profile_error(exc, words) if isinstance(exc, ProfileError) else str(exc)
        return None, [*report, detail]
    return profile, report


def _unreadable(path: Path, exc: Exception) -> ProfileError:
    from rcv.hardware.profile import Problem

    code = "not_found" if isinstance(exc, FileNotFoundError) else "cannot_read"
    return ProfileError([Problem(0, code, {"path": str(path), "detail": str(exc)})])


class SetupTools:
    """The dialog's tools for the selected row: import a profile, try the row live in the
    monitor pane, pair its keypads."""

    def __init__(self, dialog: Any, words: Words) -> None:  # a HardwareSetupDialog
        self.dialog, self.words = dialog, words
        self.monitor = MonitorPane(words, dialog)
        self.report = QLabel(dialog)
        self.report.setWordWrap(True)
        self.report.setVisible(False)
        self.import_button = QPushButton(
            QCoreApplication.translate("HardwareSetupDialog", "Nhập hồ sơ thiết bị…"), dialog
        )
        self.try_button = QPushButton(
            QCoreApplication.translate("HardwareSetupDialog", "Thử trực tiếp dòng đang chọn"),
            dialog,
        )
        self.stop_button = QPushButton(
            QCoreApplication.translate("HardwareSetupDialog", "Dừng thử"), dialog
        )
        self.pair_button = QPushButton(
            QCoreApplication.translate("HardwareSetupDialog", "Ghép bàn phím với ghế…"), dialog
        )
        if dialog._store is None:
            self.pair_button.setEnabled(False)
            self.pair_button.setToolTip(
                QCoreApplication.translate(
                    "HardwareSetupDialog", "Mở một tệp sự kiện trước: bảng ghép lưu trong đó."
                )
            )
        self.import_button.clicked.connect(self.ask_import)
        self.try_button.clicked.connect(self.try_live)
        self.stop_button.clicked.connect(self.monitor.stop)
        self.pair_button.clicked.connect(self.pair)
        self.buttons = QHBoxLayout()
        for button in (self.import_button, self.try_button, self.stop_button, self.pair_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)

    def _say(self, text: str, ok: bool) -> None:
        self.dialog.problem.setText(text)
        self.dialog.problem.setStyleSheet("color: #56d364;" if ok else "color: #f85149;")

    def _row(self) -> tuple[Any, DeviceProfile | None] | None:
        """The selected row's choice and profile, or None (said in the dialog)."""
        row = self.dialog.table.currentRow()
        if row < 0:
            row = self.dialog.table.rowCount() - 1
        try:
            choice = self.dialog.row_choice(row) if row >= 0 else None
        except ValueError:
            choice = None
        if choice is None:
            self._say(
                QCoreApplication.translate(
                    "HardwareSetupDialog", "Chọn một dòng có cổng (và ghế đúng dạng)."
                ),
                False,
            )
            return None
        try:
            return choice, load_any_profile(choice.profile, self.dialog._profiles_dir)
        except ProfileError as exc:
            self._say(profile_error(exc, self.words), False)
            return None

    def import_file(self, path: Path) -> bool:
        profile, report = import_profile_file(path, self.words, self.dialog._profiles_dir)
        self.report.setText("\n".join(report))
        self.report.setVisible(True)
        self.report.setStyleSheet("" if profile else "color: #f85149;")
        if profile is not None:
            self.dialog.add_profile(profile.name, profile.title)
            row = self.dialog.table.currentRow()
            if row >= 0:
                box = self.dialog._kind_box(row)
                box.setCurrentIndex(box.findData(profile.name))
        return profile is not None

    def ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.dialog,
            QCoreApplication.translate("HardwareSetupDialog", "Nhập hồ sơ thiết bị"),
            "",
            "YAML (*.yaml *.yml)",
        )
        if name:
            self.import_file(Path(name))

    def try_live(self) -> None:
        picked = self._row()
        if picked is None:
            return
        choice, profile = picked
        store = self.dialog._store
        table = store.load().pairing(profile.name) if store and profile else None
        try:
            self.monitor.start(choice.port, profile, table or PairingTable())
        except (OSError, ValueError) as exc:
            self._say(str(exc), False)

    def pair(self) -> None:
        picked = self._row()
        store = self.dialog._store
        if picked is None or store is None:
            return
        choice, profile = picked
        if profile is None or not profile.has("id"):
            self._say(
                QCoreApplication.translate(
                    "HardwareSetupDialog", "Thiết bị này tự nói ghế: không cần ghép."
                ),
                False,
            )
            return
        from rcv.ui.console.pairing_dialog import PairingDialog

        self.monitor.stop()  # one reader per port
        settings = store.load()
        table = settings.pairing(profile.name)
        seats = (1, max([*table.seats, 50]))

        def save(new_table: PairingTable) -> str | None:
            return store.save(store.load().with_pairing(profile.name, new_table))

        self.pairing = PairingDialog(
            choice.port,
            profile,
            table,
            seats,
            self.words,
            save,
            parent=self.dialog,
            title=self.dialog._title(profile.name),
        )
        self.pairing.open()
