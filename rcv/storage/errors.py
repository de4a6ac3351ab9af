"""Why an event file cannot be used, as a code with its facts. Never opens a dialog, never words.

Every error carries ``code`` (what happened: ``"not_found"``, ``"corrupt"``, ``"write_failed"``
…) and ``params`` (the facts a sentence needs: the file's ``path`` and ``name``, an entry's
``seq``, the lock holder's ``host``/``pid``/``program``/``since``, the ``failure`` kind, the
system's own ``detail`` …). The sentences — what happened and what to do, in the reader's
language — are in :mod:`rcv.i18n.phrases.storage`; ``str()`` is a short technical form for logs.

The classes sort failures by who can act on them: a file damaged or edited
(``EventFileCorrupt``, ``EventFileTampered``), one that cannot be checked or written here
(``EventFileReadOnly``, ``EventFileLocked``, ``EventFileTooNew``), and a write that failed
(``EventFileWriteError``: nothing of that step was written, the same command can be retried).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any


class EventFileError(Exception):
    """An event file that cannot be opened or written: ``code`` and ``params`` say why."""

    def __init__(self, path: Path | str, code: str, **params: Any) -> None:
        self.path = Path(path)
        self.code = code
        self.params: dict[str, Any] = {"path": str(self.path), "name": self.path.name, **params}
        super().__init__(str(self.path), code)

    def __str__(self) -> str:
        facts = ", ".join(
            f"{key}={value}" for key, value in self.params.items() if key not in ("path", "name")
        )
        return f"{self.code}: {self.path}" + (f" ({facts})" if facts else "")


class EventFileCorrupt(EventFileError):
    """Not a readable SQLite file, or not an rcv event file, or damaged. ``params["reason"]``
    says which (``not_sqlite``, ``tables_missing``, ``not_rcv``, ``integrity``,
    ``unknown_recipe``, ``no_migration``, ``sqlite``), with the ``detail`` the check found."""

    def __init__(self, path: Path | str, reason: str, detail: str = "", **params: Any) -> None:
        self.reason = reason
        super().__init__(path, "corrupt", reason=reason, detail=detail, **params)


class EventFileTampered(EventFileError):
    """The log, the roster, the questions, the rules or the event's details were changed
    outside rcv. ``seq`` is the log entry that breaks the chain (None: the setup); ``parts``
    names what changed, when the file lets rcv tell."""

    def __init__(
        self,
        path: Path | str,
        code: str,
        seq: int | None = None,
        parts: tuple[str, ...] = (),
        **params: Any,
    ) -> None:
        self.seq = seq
        self.parts = parts
        super().__init__(path, code, seq=seq, parts=parts, **params)


class EventFileTooNew(EventFileError):
    """Written by a newer rcv with a schema this version does not know."""

    def __init__(self, path: Path | str, version: int, supported: int) -> None:
        super().__init__(path, "too_new", version=version, supported=supported)


class EventFileReadOnly(EventFileError):
    """The file sits where nothing can be written (a locked stick, a CD, a read-only share):
    it cannot be played on here (``folder_read_only``), or its journal cannot be merged to
    read it (``journal_unmerged``)."""


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who has an event file open for writing, as written in its lock file."""

    host: str
    pid: int
    program: str
    since: float  # seconds since the epoch


class EventFileLocked(EventFileError):
    """Another rcv (in this program or another, on this computer or another) is writing the file.
    ``holder`` is who (``locked``), or None when the lock file could not be read
    (``locked_unknown``)."""

    def __init__(self, path: Path | str, holder: LockHolder | None) -> None:
        self.holder = holder
        if holder is None:
            super().__init__(path, "locked_unknown")
        else:
            super().__init__(
                path,
                "locked",
                host=holder.host,
                pid=holder.pid,
                program=holder.program,
                since=holder.since,
            )


class WriteFailure(StrEnum):
    """Why a write did not happen, as far as the system tells."""

    DISK_FULL = "disk_full"
    MEDIUM_GONE = "medium_gone"  # the stick was pulled, the network share dropped
    READ_ONLY = "read_only"  # the medium or the file refuses writes
    OTHER = "other"


class Written(StrEnum):
    """What a failed write was writing."""

    STEP = "step"  # the show's last step (log entries)
    SETUP = "setup"  # the roster, questions and rules
    INFO = "info"  # the event's name, date, venue, organiser
    NEW_FILE = "new_file"  # a new event file
    BACKUP = "backup"
    JOURNAL = "journal"  # merging the journal into the main file
    HARDWARE = "hardware"  # the event's hardware settings (ports, pairing tables)


class Consequence(StrEnum):
    """What a failed write leaves behind."""

    UNCHANGED = "unchanged"  # nothing of it is in the file; the show is as it was
    FILE_UNCHANGED = "file_unchanged"
    BACKUP_KEPT = "backup_kept"  # an older backup is untouched, the event file not affected
    MERGE_LATER = "merge_later"  # the steps are safe in the journal, merged next time


class EventFileWriteError(EventFileError):
    """A write that did not happen: nothing of it is in the file and the open event file is as
    it was before, so the same step can be tried again once the cause is fixed. ``code`` is
    ``write_failed`` (``params``: ``written``, ``consequence``) or ``open_failed`` (the disk
    stopped a writer opening the file); ``failure`` is why, ``params["detail"]`` the system's
    own words."""

    def __init__(
        self, path: Path | str, failure: WriteFailure, code: str = "write_failed", **params: Any
    ) -> None:
        self.failure = failure
        super().__init__(path, code, failure=failure.value, **params)
