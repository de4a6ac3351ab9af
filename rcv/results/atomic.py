"""Write an output file so that a failure never leaves half a file behind.

The content is written to a hidden temporary file in the target's own folder (same disk, so the
final rename is atomic) and renamed over the target only once complete. On Windows a file open
in Excel is locked: both the early check and the rename then raise :class:`TargetInUse`.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from rcv.results.errors import ResultsError, TargetInUse, TargetNotWritable


def in_use(path: Path) -> TargetInUse:
    return TargetInUse("in_use", path)


def check_target(path: Path) -> None:
    """Fail early, before the long work, when the target obviously cannot be written."""
    if path.is_dir():
        raise TargetNotWritable("is_folder", path)
    folder = path.parent
    if not folder.is_dir():
        raise TargetNotWritable("no_folder", path, folder=str(folder))
    if path.exists():
        try:
            with path.open("r+b"):
                pass
        except PermissionError as exc:
            raise in_use(path) from exc


def write_atomically(path: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(temp_path)`` and move the finished file to ``path``; returns ``path``."""
    path = Path(path)
    check_target(path)
    try:
        fd, temp_name = tempfile.mkstemp(
            prefix=f".~{path.stem}-", suffix=path.suffix or ".tmp", dir=path.parent
        )
    except OSError as exc:
        detail = str(exc.strerror or exc)
        raise TargetNotWritable(
            "folder_not_writable", path, folder=str(path.parent), detail=detail
        ) from exc
    os.close(fd)
    temp = Path(temp_name)
    try:
        write(temp)
        os.chmod(temp, _mode_for(path))  # mkstemp makes the file private to this user
        try:
            os.replace(temp, path)
        except PermissionError as exc:
            raise in_use(path) from exc
    except ResultsError:
        _remove(temp)
        raise
    except OSError as exc:
        _remove(temp)
        raise TargetNotWritable("write_failed", path, detail=str(exc.strerror or exc)) from exc
    except BaseException:
        _remove(temp)
        raise
    return path


def _mode_for(path: Path) -> int:
    """The replaced file's permissions, or rw-r--r-- for a new file.

    (Reading the umask means changing it for a moment, which would race with the console's
    other threads.)
    """
    if path.exists():
        return path.stat().st_mode & 0o777
    return 0o644


def _remove(temp: Path) -> None:
    with contextlib.suppress(OSError):
        temp.unlink()
