"""The system packages rcv needs: one table (``rcv.selftest.libraries.SYSTEM_LIBRARIES``) that
covers every library the Qt files rcv loads take from the system, package names per release, and
the ``scripts/system-packages`` list that ``scripts/setup.sh`` installs.

Whether the list is enough on a really fresh machine is proved by
``scripts/fresh-machine-check`` (debootstrap + chroot, not run here)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rcv.selftest import libraries

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "system-packages"
GLIBC = {"libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "libresolv.so.2", "librt.so.1"}
RELEASES = {
    "bookworm": 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n'
    "VERSION_CODENAME=bookworm\n",
    "trixie": 'ID=debian\nVERSION_ID="13"\nVERSION_CODENAME=trixie\n',
    "sid": "ID=debian\nVERSION_CODENAME=sid\n",
    "jammy": 'ID=ubuntu\nID_LIKE=debian\nVERSION_ID="22.04"\nUBUNTU_CODENAME=jammy\n',
    "noble": 'ID=ubuntu\nID_LIKE=debian\nVERSION_ID="24.04"\nVERSION_CODENAME=noble\n'
    "UBUNTU_CODENAME=noble\n",
    "mint22": 'ID=linuxmint\nID_LIKE="ubuntu debian"\nVERSION_ID="22"\nUBUNTU_CODENAME=noble\n',
}
# The names checked by hand with apt-cache on Debian 12 and Ubuntu 24.04 (2025): the exact
# lists scripts/setup.sh installs there.
BOOKWORM = (
    "libglib2.0-0 libgl1 libegl1 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 libx11-6 "
    "libxcb1 libgssapi-krb5-2 libbrotli1 libzstd1 zlib1g libstdc++6 libgcc-s1 libx11-xcb1 "
    "libxkbcommon-x11-0 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 "
    "libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 "
    "libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libwayland-client0 libwayland-cursor0 libpulse0 "
    "libxext6 libxrandr2 libdrm2 libbz2-1.0 binutils fonts-dejavu-core"
)
NOBLE = BOOKWORM.replace("libglib2.0-0 ", "libglib2.0-0t64 ")


def release(tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"os-release-{name}"
    path.write_text(RELEASES[name], encoding="utf-8")
    return path


def packages(*args: str, env: dict[str, str] | None = None) -> str:
    """scripts/system-packages as setup.sh runs it: a bare interpreter (-S: no site-packages,
    so rcv.selftest.libraries must import only the standard library)."""
    done = subprocess.run(
        [sys.executable, "-S", str(SCRIPT), *args],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.parametrize(
    ("name", "t64"),
    [("bookworm", False), ("trixie", True), ("sid", True), ("jammy", False), ("noble", True),
     ("mint22", True)],
)  # fmt: skip
def test_package_names_follow_the_release(tmp_path: Path, name: str, t64: bool) -> None:
    fields = libraries.read_os_release(release(tmp_path, name))
    assert libraries.uses_t64_names(fields) is t64
    glib = "libglib2.0-0t64" if t64 else "libglib2.0-0"
    assert libraries.package_for("libglib-2.0.so.0", fields) == glib
    assert libraries.package_for("libpulse.so.0", fields) == "libpulse0"
    assert libraries.package_for("libxcb-icccm.so.4", fields) == "libxcb-icccm4"
    assert libraries.package_for("libQt6Gui.so.6", fields) is None


def test_the_script_lists_every_package_for_debian_12_and_ubuntu_24_04(tmp_path: Path) -> None:
    distro_python = sys.base_prefix == "/usr"  # then PyInstaller needs libpython3.X too
    minor = sys.version_info.minor
    for name, expected, libpython in (
        ("bookworm", BOOKWORM, f"libpython3.{minor}"),
        ("noble", NOBLE, f"libpython3.{minor}" + ("t64" if minor == 12 else "")),
    ):
        if distro_python:
            expected += " " + libpython
        assert packages("--os-release", str(release(tmp_path, name))) == expected


def test_the_python_library_has_its_t64_name_on_ubuntu_24_04(tmp_path: Path) -> None:
    noble = libraries.read_os_release(release(tmp_path, "noble"))
    bookworm = libraries.read_os_release(release(tmp_path, "bookworm"))
    assert libraries.package_name("libpython3.12", noble) == "libpython3.12t64"
    assert libraries.package_name("libpython3.11", bookworm) == "libpython3.11"


def test_missing_lists_only_packages_dpkg_does_not_have(tmp_path: Path) -> None:
    if shutil.which("dpkg-query") is None:
        pytest.skip("no dpkg on this system")
    everything = packages().split()
    missing = packages("--missing").split()
    assert set(missing) <= set(everything)
    for package in set(everything) - set(missing):
        status = subprocess.run(
            ["dpkg-query", "-W", "-f=${db:Status-Status}", package],
            capture_output=True, text=True,
        ).stdout  # fmt: skip
        assert "installed" in status, package


def test_a_python_without_ensurepip_adds_its_venv_package(tmp_path: Path) -> None:
    """``python3 -m venv`` needs ensurepip, which Debian and Ubuntu ship in python3.X-venv."""
    broken = tmp_path / "no-ensurepip" / "ensurepip"
    broken.mkdir(parents=True)
    (broken / "__init__.py").write_text("raise ImportError('ensurepip is not available')\n")
    venv = f"python3.{sys.version_info.minor}-venv"
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(broken.parent)}
    assert packages("--venv", env=env).split()[-1] == venv
    # listed even when dpkg has it (files deleted): setup.sh then reinstalls it
    assert packages("--missing", "--venv", env=env).split()[-1] == venv
    assert venv not in packages("--venv").split()  # this Python has a working ensurepip


def test_setup_installs_the_list_of_the_table() -> None:
    """One list: setup.sh asks scripts/system-packages instead of keeping its own."""
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert 'scripts/system-packages" --missing' in setup
    assert not re.search(r"\blib(xcb|pulse|glib|egl)", setup.split("set -euo pipefail")[1])


def loader() -> str:
    """The dynamic loader of this system (ld-linux-…), as ldd names it for Python."""
    out = subprocess.run(["ldd", sys.executable], capture_output=True, text=True).stdout
    found = re.search(r"(/\S*ld-linux\S*\.so\S*)", out)
    if found is None:
        pytest.skip("no ld-linux loader found")
    return found.group(1)


def test_every_library_qt_takes_from_the_system_is_in_the_table() -> None:
    """Each library that a Qt file rcv loads (or a Qt library it pulls, like libQt6XcbQpa)
    names directly, as the loader itself reports it: a new PySide6 needing one more system
    library fails here instead of on a fresh machine."""
    if shutil.which("ldd") is None:
        pytest.skip("no ldd (not Linux)")
    pyside = libraries.pyside_dir()
    assert pyside is not None
    files = [
        *libraries.qt_files("qt"),
        *libraries.qt_files("sound"),
        *(libraries.qt_files("platform", name)[0] for name in ("offscreen", "xcb", "wayland")),
        *sorted((pyside / "Qt" / "plugins" / "xcbglintegrations").glob("*.so")),
    ]
    assert all(f.is_file() for f in files), [f for f in files if not f.is_file()]
    shipped = {p.name for d in (pyside, pyside / "Qt" / "lib", pyside.parent / "shiboken6")
               for p in d.glob("*.so*")}  # fmt: skip
    needed: dict[str, str] = {}
    for path in files:
        done = subprocess.run(
            [loader(), "--list", str(path)],
            capture_output=True, text=True, env={"LD_DEBUG": "files", "PATH": "/usr/bin:/bin"},
        )  # fmt: skip
        for soname, by in re.findall(r"file=(\S+) \[0\];\s+needed by (\S+)", done.stderr):
            if Path(by).resolve().is_relative_to(pyside.resolve()):
                needed.setdefault(soname, Path(by).name)
    system = {s: by for s, by in needed.items() if s not in shipped and not s.startswith("ld-")}
    assert "libxcb-icccm.so.4" in system and "libpulse.so.0" in system  # the check sees them
    known = {soname for soname, _ in libraries.SYSTEM_LIBRARIES}
    unknown = {s: by for s, by in system.items() if s not in known and s not in GLIBC}
    assert not unknown, f"add these to rcv.selftest.libraries.SYSTEM_LIBRARIES: {unknown}"
