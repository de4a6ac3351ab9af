"""Run a command on this machine with some shared libraries genuinely missing.

    python hide_libraries.py WORKDIR SONAME[,SONAME…] -- COMMAND [ARG…]

In a private mount namespace, each system folder holding one of the libraries is covered by a
copy of itself made of symbolic links, minus every file named ``SONAME`` or ``SONAME.*``. The
dynamic loader (and ``ldd``) of the command then finds nothing under that name, exactly as on
a machine without the package: no mock of any tool's output. Nothing changes outside the
command's namespace. Needs root, or unprivileged user namespaces; exits with
:data:`UNAVAILABLE` (the caller skips) when the kernel refuses.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

UNAVAILABLE = 77
CLONE_NEWNS = 0x00020000
CLONE_NEWUSER = 0x10000000
MS_BIND = 0x1000
MS_REC = 0x4000
MS_PRIVATE = 0x40000
LIBRARY_DIRS = (
    "/usr/lib/x86_64-linux-gnu",
    "/usr/lib/aarch64-linux-gnu",
    "/usr/lib64",
    "/usr/lib",
    "/lib/x86_64-linux-gnu",
    "/lib/aarch64-linux-gnu",
    "/lib64",
    "/lib",
)


def hidden(name: str, sonames: list[str]) -> bool:
    return any(name == s or name.startswith(s + ".") for s in sonames)


def folders_holding(sonames: list[str]) -> list[Path]:
    """The real system folders with a file to hide (``/lib`` is often ``/usr/lib``)."""
    found: dict[Path, None] = {}
    for folder in LIBRARY_DIRS:
        path = Path(folder)
        if path.is_dir() and any(hidden(p.name, sonames) for p in path.iterdir()):
            found[path.resolve()] = None
    return list(found)


def enter_namespace(libc: ctypes.CDLL) -> str | None:
    """A private mount namespace (and a user namespace when not root); why not, if it fails.
    Every mount is made private first, so nothing done here reaches the rest of the system."""
    uid, gid = os.getuid(), os.getgid()
    flags = CLONE_NEWNS if uid == 0 else CLONE_NEWNS | CLONE_NEWUSER
    if libc.unshare(flags) != 0:
        return f"unshare: {os.strerror(ctypes.get_errno())}"
    if uid != 0:  # be root inside the new user namespace, to be allowed to mount
        Path("/proc/self/setgroups").write_text("deny")
        Path("/proc/self/uid_map").write_text(f"0 {uid} 1")
        Path("/proc/self/gid_map").write_text(f"0 {gid} 1")
    if libc.mount(None, b"/", None, MS_REC | MS_PRIVATE, None) != 0:  # EINVAL in a chroot
        return f"making / private: {os.strerror(ctypes.get_errno())} (/ is not a mount point?)"
    return None


def bind(libc: ctypes.CDLL, source: Path, target: Path) -> None:
    if libc.mount(bytes(source), bytes(target), None, MS_BIND, None) != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"mount --bind {source} {target}: {os.strerror(errno)}")


def main(argv: list[str]) -> int:
    if len(argv) < 4 or argv[2] != "--":
        print(__doc__, file=sys.stderr)
        return 2
    work, sonames, command = Path(argv[0]), argv[1].split(","), argv[3:]
    folders = folders_holding(sonames)
    libc = ctypes.CDLL(None, use_errno=True)
    why = enter_namespace(libc)
    if why is not None:
        print(f"no private mount namespace: {why}", file=sys.stderr)
        return UNAVAILABLE
    for number, folder in enumerate(folders):
        original, farm = work / f"original-{number}", work / f"farm-{number}"
        original.mkdir(parents=True)
        farm.mkdir()
        bind(libc, folder, original)
        for entry in os.listdir(original):
            if not hidden(entry, sonames):
                (farm / entry).symlink_to(original / entry)
        bind(libc, farm, folder)
    os.execvp(command[0], command)
    return 1  # not reached


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
