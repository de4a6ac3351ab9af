"""Real small disks for the storage tests: a tmpfs that can be filled up (a full USB stick) or
remounted read-only (a write-protected stick). Mounting needs root: without it, or where the
kernel refuses, the test is skipped with the reason. Every mount is undone by the fixture."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, check=False)


@contextmanager
def tmpfs(where: Path, size: str = "4m") -> Iterator[Path]:
    """Mount a tmpfs of ``size`` on ``where`` (created); unmounted afterwards."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("needs root to mount a small tmpfs (a real full or read-only disk)")
    where.mkdir(parents=True, exist_ok=True)
    done = _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where))
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield where
    finally:
        if _run("umount", str(where)).returncode != 0:
            _run("umount", "-l", str(where))


def remount(where: Path, mode: str) -> None:
    """``mode`` "ro" or "rw". Read-only fails while a file there is open for writing."""
    done = _run("mount", "-o", f"remount,{mode}", str(where))
    assert done.returncode == 0, f"remount {mode} failed: {done.stderr.strip()}"


def fill(folder: Path) -> Path:
    """Write a file until the disk is full (a real ENOSPC); delete it to free the space."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        for size in (1 << 20, 1 << 16, 1 << 12, 512, 1):
            try:
                while os.write(fd, b"\0" * size):
                    pass
            except OSError:
                continue  # no room for this size: try a smaller one
    finally:
        os.close(fd)
    return filler


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())
