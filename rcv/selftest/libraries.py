"""The system libraries rcv's Qt files take from the system, and their Debian/Ubuntu packages.

When Qt, its platform plugin or QtMultimedia cannot load because a shared library is missing,
the self-test names the library and the package holding it: ``ldd`` on the Qt files finds what
is missing, and :data:`SYSTEM_LIBRARIES` maps each soname to its package. The same table gives
``scripts/setup.sh`` its ``apt-get install`` list (through ``scripts/system-packages``) and
``scripts/fresh-machine-check`` its check, which run it with the system's bare ``python3``
before ``.venv`` exists: this module imports only the standard library.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from rcv.selftest.checks import Said, said

# -- system libraries ------------------------------------------------------------------------------
# The shared libraries that the Qt files rcv loads (PySide6 wheels 6.6-6.11) take from the system:
# soname and its package on Debian 12 (renamed on newer releases: T64_RENAMES). glibc's own
# (libc.so.6, libm, libdl, libpthread, libresolv, ld-linux) are on every system and left out.
SYSTEM_LIBRARIES: tuple[tuple[str, str], ...] = (
    # Qt itself: QtCore, QtGui, QtWidgets, QtQml, QtQuick, the offscreen platform, SVG images
    ("libglib-2.0.so.0", "libglib2.0-0"),
    ("libgthread-2.0.so.0", "libglib2.0-0"),
    ("libGL.so.1", "libgl1"),
    ("libEGL.so.1", "libegl1"),
    ("libfontconfig.so.1", "libfontconfig1"),
    ("libfreetype.so.6", "libfreetype6"),
    ("libxkbcommon.so.0", "libxkbcommon0"),
    ("libdbus-1.so.3", "libdbus-1-3"),
    ("libX11.so.6", "libx11-6"),
    ("libxcb.so.1", "libxcb1"),
    ("libgssapi_krb5.so.2", "libgssapi-krb5-2"),
    ("libbrotlidec.so.1", "libbrotli1"),
    ("libbrotlicommon.so.1", "libbrotli1"),
    ("libzstd.so.1", "libzstd1"),
    ("libz.so.1", "zlib1g"),
    ("libstdc++.so.6", "libstdc++6"),
    ("libgcc_s.so.1", "libgcc-s1"),
    # a window on X11: the xcb platform plugin (with libQt6XcbQpa) and its OpenGL integrations
    ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-glx.so.0", "libxcb-glx0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-render.so.0", "libxcb-render0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-shm.so.0", "libxcb-shm0"),
    ("libxcb-sync.so.1", "libxcb-sync1"),
    ("libxcb-util.so.1", "libxcb-util1"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    # a window on Wayland
    ("libwayland-client.so.0", "libwayland-client0"),
    ("libwayland-cursor.so.0", "libwayland-cursor0"),
    # sound: QtMultimedia (PulseAudio's client, which PipeWire serves too) and its FFmpeg plugin
    ("libpulse.so.0", "libpulse0"),
    ("libXext.so.6", "libxext6"),
    ("libXrandr.so.2", "libxrandr2"),
    ("libdrm.so.2", "libdrm2"),
    ("libbz2.so.1", "libbz2-1.0"),
)
# Not libraries: objdump for PyInstaller (scripts/build-bundle and its test), and a system font
# for the console's widgets. PyInstaller also needs libpython3.X with a distro Python.
TOOL_PACKAGES = ("binutils", "fonts-dejavu-core")
# Debian 13 and Ubuntu 24.04 renamed the libraries whose ABI holds a time_t (the "t64" move).
T64_RENAMES = (("libglib2.0-0", "libglib2.0-0t64"), ("libpython3.12", "libpython3.12t64"))
PRE_T64_UBUNTU = frozenset({"bionic", "focal", "jammy", "kinetic", "lunar", "mantic"})
OS_RELEASE = Path("/etc/os-release")
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtQml", "QtQuick", "QtQuickWidgets")
QT_OWN = ("libQt6", "libpyside6", "libshiboken6")  # sonames that come with PySide6 itself
PYSIDE_OWN = "pyside6"  # the "package" of a soname that comes with PySide6
PIP_FIX = "pip install --force-reinstall PySide6-Essentials PySide6-Addons"
LOADER_ERROR = re.compile(r"([\w.+-]+\.so(?:\.[\w.]+)?): cannot open shared object file")


def read_os_release(path: Path = OS_RELEASE) -> dict[str, str]:
    """The fields of ``/etc/os-release`` (``ID``, ``VERSION_ID`` …); empty when it is missing."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return {}
    fields = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep and not line.lstrip().startswith("#"):
            fields[key.strip()] = value.strip().strip("\"'")
    return fields


def uses_t64_names(release: Mapping[str, str]) -> bool:
    """Whether this release has the t64 package names (Ubuntu 24.04+, Debian 13+, sid)."""

    def version(text: str) -> tuple[int, ...]:
        return tuple(int(part) for part in re.findall(r"\d+", text)[:2])

    codename = release.get("UBUNTU_CODENAME", "")
    if release.get("ID") == "ubuntu" or codename:  # Ubuntu and its derivatives (Mint, Pop!_OS)
        if codename:
            return codename not in PRE_T64_UBUNTU
        return version(release.get("VERSION_ID", "0")) >= (24, 4)
    if "debian" in {release.get("ID", ""), *release.get("ID_LIKE", "").split()}:
        number = release.get("VERSION_ID")  # testing and sid have none
        return number is None or version(number) >= (13,)
    return False


def package_name(package: str, release: Mapping[str, str]) -> str:
    """A Debian 12 package's name on ``release``."""
    return dict(T64_RENAMES).get(package, package) if uses_t64_names(release) else package


def package_for(soname: str, release: Mapping[str, str] | None = None) -> str | None:
    """The Debian/Ubuntu package holding ``soname`` on this system (None: not in the table)."""
    release = read_os_release() if release is None else release
    for name, package in SYSTEM_LIBRARIES:
        if name == soname:
            return package_name(package, release)
    return None


def apt_packages(release: Mapping[str, str] | None = None) -> list[str]:
    """Every system package rcv needs on this Debian/Ubuntu release (scripts/setup.sh's list)."""
    release = read_os_release() if release is None else release
    names = [package for _, package in SYSTEM_LIBRARIES] + list(TOOL_PACKAGES)
    return list(dict.fromkeys(package_name(name, release) for name in names))


def pyside_dir() -> Path | None:
    """The PySide6 package folder, found without importing it (its import may be what fails)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "PySide6"
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def qt_files(part: str, platform_name: str = "offscreen") -> list[Path]:
    """The Qt files one part of the show loads: ``qt`` (the modules rcv imports and the SVG
    image plugin), ``platform`` (the platform plugin ``platform_name``) or ``sound``
    (QtMultimedia and its backend plugins)."""
    root = pyside_dir()
    if root is None:
        return []
    plugins = root / "Qt" / "plugins"
    if part == "qt":
        modules = [path for name in QT_MODULES for path in sorted(root.glob(f"{name}.*.so"))]
        return [*modules, plugins / "imageformats" / "libqsvg.so"]
    if part == "platform":
        return [plugins / "platforms" / f"libq{platform_name}.so"]
    if part == "sound":
        return sorted(root.glob("QtMultimedia.*.so")) + sorted(plugins.glob("multimedia/*.so"))
    raise ValueError(f"unknown part of Qt: {part}")


def missing_libraries(files: Iterable[Path]) -> list[str]:
    """The sonames the dynamic loader cannot find for ``files`` (or for what they load), as
    ``ldd`` reports them; empty when nothing is missing or there is no ``ldd`` (Windows)."""
    paths = [str(path) for path in files if path.is_file()]
    ldd = shutil.which("ldd")
    if not paths or ldd is None:
        return []
    env = dict(os.environ)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # the bundle's own copies come first, as for the bundle's loader
        env["LD_LIBRARY_PATH"] = os.pathsep.join(filter(None, [bundle, env.get("LD_LIBRARY_PATH")]))
    try:
        done = subprocess.run(
            [ldd, *paths], capture_output=True, text=True, errors="replace", env=env, timeout=60
        )
    except (OSError, subprocess.SubprocessError):
        return []
    found = re.findall(r"^\s*(\S+) => not found", done.stdout, flags=re.MULTILINE)
    return list(dict.fromkeys(found))


def explain_missing(sonames: Sequence[str], release: Mapping[str, str] | None = None) -> Said:
    """The missing libraries, each with the package holding it (``"pyside6"``: one of PySide6's
    own, ``""``: unknown), the command that installs the packages, and how to get PySide6's
    own files back (``fix``: ``"bundle"`` or ``"pip"``)."""
    release = read_os_release() if release is None else release
    libraries, packages, own = [], [], False
    for soname in sonames:
        package = package_for(soname, release)
        if package:
            packages.append(package)
        elif soname.startswith(QT_OWN):
            own, package = True, PYSIDE_OWN
        libraries.append((soname, package or ""))
    command = "sudo apt-get install " + " ".join(dict.fromkeys(packages)) if packages else ""
    fix = ("bundle" if getattr(sys, "frozen", False) else "pip") if own else ""
    return said(
        "missing_libraries", libraries=tuple(libraries), command=command, fix=fix, pip=PIP_FIX
    )


def explain_import_error(exc: BaseException, files: Iterable[Path]) -> Said:
    """Why a Qt module did not import: the missing libraries (``ldd`` on ``files`` and the
    loader's own message), or the error itself when no library is missing."""
    missing = missing_libraries(files)
    named = LOADER_ERROR.search(str(exc))
    if named and named.group(1) not in missing:
        missing.insert(0, named.group(1))
    if missing:
        return explain_missing(missing)
    return said("import_error", kind=type(exc).__name__, message=str(exc))
