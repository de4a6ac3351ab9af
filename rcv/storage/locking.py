"""One writer per event file: an exclusive OS lock on a sidecar file (``show.rcv.lock``).

SQLite's own locks do not stop a second program from writing the same WAL file between two of
our transactions, so a writer holds ``fcntl.flock`` (POSIX) or ``msvcrt.locking`` (Windows) on
the lock file for as long as the event file is open, with who it is written inside (computer,
PID, program, since when) so a refusal can name it. The OS drops the lock when a process dies:
a lock file left by a crash is found free and taken over, and :attr:`WriterLock.took_over`
says whose it was. On a file system without OS locks, a holder whose PID is dead on this
computer counts as gone. The lock file is removed when the writer closes.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import sys
import time
from pathlib import Path

from rcv.storage.errors import (
    EventFileError,
    EventFileLocked,
    EventFileReadOnly,
    LockHolder,
)

LOCK_SUFFIX = ".lock"
_WINDOWS_LOCK_OFFSET = 1 << 30  # the byte locked on Windows, far from the holder's details
_BUSY = {errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES, getattr(errno, "EDEADLK", -1)}
_NO_LOCKS = {errno.ENOLCK, getattr(errno, "EOPNOTSUPP", -1), getattr(errno, "ENOSYS", -1)}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


def default_program(argv: list[str] | None = None) -> str:
    """How this process is named in a lock when the caller does not say: "rcv console" for
    ``rcv`` alone, "rcv demo" for ``rcv demo …``, else the program's own name."""
    argv = sys.argv if argv is None else argv
    parts = argv[0].replace("\\", "/").split("/") if argv else [""]
    name = parts[-1].split(".", 1)[0]
    if name == "__main__" and len(parts) > 1:  # python -m <package>: the package's name
        name = parts[-2]
    if name == "rcv":
        words = [a for a in argv[1:] if not a.startswith("-")]
        return f"rcv {words[0]}" if words else "rcv console"
    return f"rcv ({name})" if name else "rcv"


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + LOCK_SUFFIX)


def read_holder(lock_file: Path) -> LockHolder | None:
    """The holder written in a lock file, or None when there is none or it cannot be read."""
    try:
        raw = lock_file.read_bytes()[:4096]
    except OSError:
        return None
    return parse_holder(raw)


def parse_holder(raw: bytes) -> LockHolder | None:
    try:
        data = json.loads(raw.split(b"\0", 1)[0].decode("utf-8"))
        return LockHolder(
            str(data["host"]), int(data["pid"]), str(data["program"]), float(data["since"])
        )
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


def holder_is_gone(holder: LockHolder | None, host: str) -> bool:
    """Without OS locks: is the holder surely dead? Only a PID on this computer can be checked."""
    if holder is None:
        return True
    return holder.host == host and not pid_alive(holder.pid)


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFO
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class WriterLock:
    """The exclusive right to write one event file, held until :meth:`release`."""

    def __init__(
        self, path: Path, fd: int, holder: LockHolder, took_over: LockHolder | None
    ) -> None:
        self.path = path  # the lock file
        self.holder = holder
        self.took_over = took_over  # the crashed holder whose lock was taken over, if any
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, event_path: Path, program: str | None = None) -> WriterLock:
        """Lock ``event_path`` for writing as ``program`` (see :func:`default_program`), or raise
        :class:`EventFileLocked` naming the holder (:class:`EventFileReadOnly` when no lock file
        can be made: the medium is read-only)."""
        path = lock_path(event_path)
        name = program or default_program()
        holder = LockHolder(socket.gethostname(), os.getpid(), name, time.time())
        for _ in range(20):  # the file can be removed by a closing holder between two steps
            fd = _open_lock_file(event_path, path)
            try:
                locked = _try_lock(fd)
            except BaseException:
                os.close(fd)
                raise
            previous = parse_holder(_read_fd(fd))
            if locked is None and not holder_is_gone(previous, holder.host):
                os.close(fd)  # no OS locks here, and the holder written inside is alive
                raise EventFileLocked(event_path, previous)
            if locked is False:
                os.close(fd)
                raise EventFileLocked(event_path, previous or _wait_for_holder(path))
            if not _same_file(fd, path):
                _unlock(fd)
                os.close(fd)
                continue
            _write_holder(fd, holder)
            return cls(path, fd, holder, previous)
        raise EventFileLocked(event_path, read_holder(path))

    def adopt(self, other: WriterLock) -> None:
        """Become ``other`` (a lock taken again after this one's file went away)."""
        self.path, self.holder, self._fd = other.path, other.holder, other._fd
        other._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def still_ours(self) -> bool:
        """Is the lock file on disk still the one this lock holds (not removed or replaced)?"""
        return self._fd is not None and _same_file(self._fd, self.path)

    def release(self) -> None:
        """Remove the lock file and let go of the lock. Safe to call twice."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform != "win32" and _same_file(fd, self.path):
            with contextlib.suppress(OSError):
                self.path.unlink()  # removed while still held: nobody can lock a dead file
        _unlock(fd)
        with contextlib.suppress(OSError):
            os.close(fd)
        if sys.platform == "win32":  # pragma: no cover - an open file cannot be removed there
            with contextlib.suppress(OSError):
                self.path.unlink()


def _open_lock_file(event_path: Path, path: Path) -> int:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
    except OSError as exc:
        if exc.errno in _READ_ONLY:
            raise EventFileReadOnly(
                event_path, "folder_read_only", detail=exc.strerror or str(exc)
            ) from exc
        if exc.errno == errno.ENOENT:
            raise EventFileError(event_path, "no_folder", folder=str(path.parent)) from exc
        raise EventFileError(
            event_path, "lock_failed", lock_file=str(path), detail=exc.strerror or str(exc)
        ) from exc


def _try_lock(fd: int) -> bool | None:
    """True: locked; False: someone else holds it; None: this file system has no OS locks."""
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows only
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in _NO_LOCKS:
            return None
        if exc.errno in _BUSY:
            return False
        raise
    return True


def _unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":  # pragma: no cover - Windows only
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)


def _same_file(fd: int, path: Path) -> bool:
    try:
        mine, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)


def _read_fd(fd: int) -> bytes:
    try:
        return os.pread(fd, 4096, 0) if hasattr(os, "pread") else _read_from_start(fd)
    except OSError:
        return b""


def _read_from_start(fd: int) -> bytes:  # pragma: no cover - Windows has no pread
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, 4096)


def _wait_for_holder(path: Path) -> LockHolder | None:
    """A holder that has just taken the lock writes its details a moment later."""
    for _ in range(10):
        holder = read_holder(path)
        if holder is not None:
            return holder
        time.sleep(0.01)
    return None


def _write_holder(fd: int, holder: LockHolder) -> None:
    """Write who holds the lock. The details only serve messages: a full disk that refuses them
    leaves the lock held and the file empty."""
    data = json.dumps(
        {"host": holder.host, "pid": holder.pid, "program": holder.program, "since": holder.since},
        ensure_ascii=False,
    ).encode("utf-8")
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data)
