"""Why an event file cannot be used, in words a crew can act on. Never opens a dialog.

Every error says what happened and what to do, in Vietnamese (``str()``) and in complete English
(``.english``). The classes sort failures by who can act on them: a file damaged or edited
(``EventFileCorrupt``, ``EventFileTampered``), one that cannot be checked or written here
(``EventFileReadOnly``, ``EventFileLocked``, ``EventFileTooNew``), and a write that failed
(``EventFileWriteError``: nothing of that step was written, the same command can be retried).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path


class EventFileError(Exception):
    """An event file that cannot be opened or written; ``str()`` is the Vietnamese message."""

    def __init__(self, path: Path | str, message: str, english: str = "") -> None:
        self.path = Path(path)
        self.english = english or message
        super().__init__(message)


class EventFileCorrupt(EventFileError):
    """Not a readable SQLite file, or not an rcv event file, or damaged."""


class EventFileTampered(EventFileError):
    """The log, the roster, the questions, the rules or the event's details were changed
    outside rcv. ``parts`` names what changed, when the file lets rcv tell."""

    def __init__(
        self,
        path: Path | str,
        seq: int | None,
        message: str,
        english: str = "",
        parts: tuple[str, ...] = (),
    ) -> None:
        self.seq = seq
        self.parts = parts
        super().__init__(path, message, english)


class EventFileTooNew(EventFileError):
    """Written by a newer rcv with a schema this version does not know."""


class EventFileReadOnly(EventFileError):
    """The file sits where nothing can be written (a locked stick, a CD, a read-only share):
    it cannot be played on here, or its journal cannot be merged to read it."""


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who has an event file open for writing, as written in its lock file."""

    host: str
    pid: int
    program: str
    since: float  # seconds since the epoch

    def since_text(self) -> str:
        return datetime.fromtimestamp(self.since).strftime("%H:%M:%S ngày %d/%m/%Y")

    def since_english(self) -> str:
        return datetime.fromtimestamp(self.since).strftime("%H:%M:%S on %Y-%m-%d")


class EventFileLocked(EventFileError):
    """Another rcv (in this program or another, on this computer or another) is writing the file.
    ``holder`` is who, or None when the lock file could not be read."""

    def __init__(self, path: Path | str, holder: LockHolder | None) -> None:
        self.holder = holder
        name = Path(path).name
        if holder is None:
            who_vi = "một chương trình rcv khác (không đọc được thông tin trong tệp khoá)"
            who_en = "another rcv program (its lock file could not be read)"
        else:
            who_vi = (
                f"{holder.program} trên máy {holder.host} (PID {holder.pid}) "
                f"từ {holder.since_text()}"
            )
            who_en = (
                f"{holder.program} on computer {holder.host} (PID {holder.pid}) "
                f"since {holder.since_english()}"
            )
        super().__init__(
            path,
            f"Tệp sự kiện {name} đang được mở để ghi bởi {who_vi}. Mỗi tệp chỉ một chương "
            "trình được ghi. Hãy đóng chương trình đó rồi thử lại, hoặc chỉ xem tệp "
            "(rcv status / log / verify mở tệp ở chế độ chỉ đọc).",
            f"The event file {name} is open for writing by {who_en}. Only one program may write "
            "a file. Close that program and try again, or only look at the file (rcv status / "
            "log / verify open it read-only).",
        )


class WriteFailure(StrEnum):
    """Why a write did not happen, as far as the system tells."""

    DISK_FULL = "disk_full"
    MEDIUM_GONE = "medium_gone"  # the stick was pulled, the network share dropped
    READ_ONLY = "read_only"  # the medium or the file refuses writes
    OTHER = "other"


class EventFileWriteError(EventFileError):
    """A write that did not happen: nothing of it is in the file and the open event file is as
    it was before, so the same step can be tried again once the cause is fixed."""

    def __init__(self, path: Path | str, failure: WriteFailure, message: str, english: str) -> None:
        self.failure = failure
        super().__init__(path, message, english)
