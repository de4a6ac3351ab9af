"""``rcv self-test``: is this installation ready for a show? Run it on the event laptop before
the doors open.

Each check exercises one thing a show needs, the way the program uses it, and reports OK or
LỖI (error) with a detail line in Vietnamese; notes (no audio device, no serial port plugged in)
are not failures. The checks that need no Qt run first, so a Qt that cannot start (which ends
the process) still leaves their lines on the screen. The exit code is 0 only when every check
passed.

=========================  ===========================================================
Thư mục ghi                data, event, log and settings folders writable (portable?)
Tệp mẫu                    sample questions load; Excel templates open
Tệp sự kiện (SQLite)       a temporary event: create, play, close, reopen, same log
Excel                      openpyxl writes and reads back Vietnamese text and numbers
Bàn phím (hub mô phỏng)    a simulated hub on TCP loopback: hello, ARM, a press, LOCK
Qt                         the application starts; platform plugin, screens
Phông chữ                  the bundled font loads and has every Vietnamese letter
Âm thanh                   the WAV cues parse and load in QSoundEffect; QtMultimedia loads
Màn chiếu (QML)            every QML file of the display compiles; SVG images load
Bản dịch                   the translations load and translate
=========================  ===========================================================

When Qt, its platform plugin or QtMultimedia cannot load because a shared library is missing,
the line names the library and the Debian/Ubuntu package holding it: ``ldd`` on the Qt files
finds what is missing, and :data:`SYSTEM_LIBRARIES` maps each soname to its package. The same
table gives ``scripts/setup.sh`` its ``apt-get install`` list (through
``scripts/system-packages``), so this module imports nothing outside the standard library at
its top: that script runs it with the system's bare ``python3``.

The checks live in :mod:`rcv.selftest_files`, :mod:`rcv.selftest_hub` and
:mod:`rcv.selftest_qt`; this module runs them and writes the report.
"""

from __future__ import annotations

import importlib.util
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import rcv
from rcv.paths import install_root


class CheckFailed(Exception):
    """A check found a problem; the message (Vietnamese) is the report's detail."""


@dataclass
class Outcome:
    """What a passing check found: a detail line and notes that are not failures."""

    detail: str
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Result:
    name: str
    ok: bool
    detail: str
    notes: tuple[str, ...] = ()
    seconds: float = 0.0


Check = Callable[[], Outcome]

OK_MARK = "OK "
FAIL_MARK = "LỖI"


def run_check(name: str, check: Check) -> Result:
    """Run one check; any exception is a failure with its message, never a crash."""
    start = time.monotonic()
    try:
        outcome = check()
    except CheckFailed as exc:
        return Result(name, False, str(exc), (), time.monotonic() - start)
    except Exception as exc:
        detail = f"lỗi không mong đợi: {type(exc).__name__}: {exc}"
        return Result(name, False, detail, (), time.monotonic() - start)
    return Result(name, True, outcome.detail, tuple(outcome.notes), time.monotonic() - start)


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


def explain_missing(sonames: Sequence[str], release: Mapping[str, str] | None = None) -> str:
    """A report detail naming each missing library, its package and the command that installs
    it: Vietnamese, then English."""
    release = read_os_release() if release is None else release
    vi, en, packages, own = [], [], [], False
    for soname in sonames:
        package = package_for(soname, release)
        if package:
            packages.append(package)
            vi.append(f"{soname} (gói {package})")
            en.append(f"{soname} (package {package})")
        elif soname.startswith(QT_OWN):
            own = True
            vi.append(f"{soname} (của PySide6)")
            en.append(f"{soname} (part of PySide6)")
        else:
            vi.append(f"{soname} (không rõ gói nào)")
            en.append(f"{soname} (package unknown)")
    vi_text, en_text = "thiếu thư viện " + ", ".join(vi), "missing library " + ", ".join(en)
    if packages:
        command = "sudo apt-get install " + " ".join(dict.fromkeys(packages))
        vi_text += f"; cài bằng: {command}"
        en_text += f"; install with: {command}"
    if own:
        fix = "pip install --force-reinstall PySide6-Essentials PySide6-Addons"
        if getattr(sys, "frozen", False):
            vi_text += "; bản đóng gói bị thiếu tệp, hãy chép lại cả thư mục"
            en_text += "; the bundle lacks a file, copy the whole folder again"
        else:
            vi_text += f"; cài lại PySide6: {fix}"
            en_text += f"; reinstall PySide6: {fix}"
    return f"{vi_text} — {en_text}"


def explain_import_error(exc: BaseException, files: Iterable[Path]) -> str:
    """Why a Qt module did not import: the missing libraries (``ldd`` on ``files`` and the
    loader's own message), or the error itself when no library is missing."""
    missing = missing_libraries(files)
    named = LOADER_ERROR.search(str(exc))
    if named and named.group(1) not in missing:
        missing.insert(0, named.group(1))
    return explain_missing(missing) if missing else f"{type(exc).__name__}: {exc}"


# -- the checks ------------------------------------------------------------------------------------
QT_CHECKS = ("Qt", "Phông chữ", "Âm thanh", "Màn chiếu (QML)", "Bản dịch")


def all_checks() -> list[tuple[str, Check]]:
    """Every check, in the order they run (Qt last: a Qt that cannot start ends the process)."""
    from rcv import selftest_files, selftest_hub

    checks: list[tuple[str, Check]] = [
        ("Thư mục ghi", selftest_files.check_folders),
        ("Tệp mẫu", selftest_files.check_samples),
        ("Tệp sự kiện (SQLite)", selftest_files.check_event_file),
        ("Excel", selftest_files.check_excel),
        ("Bàn phím (hub mô phỏng)", selftest_hub.check_hub_round_trip),
    ]
    try:
        from rcv import selftest_qt
    except ImportError as exc:  # QtGui itself did not load: say why on the Qt line
        return checks + qt_cannot_load(exc)
    qt = [
        getattr(selftest_qt, f"check_{n}") for n in ("qt", "fonts", "sounds", "qml", "translations")
    ]
    return checks + list(zip(QT_CHECKS, qt, strict=True))


def qt_cannot_load(exc: ImportError) -> list[tuple[str, Check]]:
    """The Qt checks when Qt cannot even be imported: the first says why, the others skip."""
    why = "Qt không nạp được — Qt cannot load: " + explain_import_error(exc, qt_files("qt"))

    def first() -> Outcome:
        raise CheckFailed(why)

    def skipped() -> Outcome:
        raise CheckFailed("không chạy vì Qt không nạp được (xem dòng Qt) — not run: Qt cannot load")

    return [(QT_CHECKS[0], first)] + [(name, skipped) for name in QT_CHECKS[1:]]


def header() -> list[str]:
    frozen = getattr(sys, "frozen", False)
    kind = "bản đóng gói" if frozen else "mã nguồn"
    return [
        f"rcv {rcv.__version__} — tự kiểm tra cài đặt (self-test)",
        f"Chương trình: {install_root()} ({kind}), Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()} {platform.machine()}",
    ]


def format_result(result: Result, width: int) -> list[str]:
    mark = OK_MARK if result.ok else FAIL_MARK
    lines = [f"[{mark}] {result.name.ljust(width)}  {result.detail}"]
    pad = " " * (len(mark) + 3 + width + 2)
    lines += [f"{pad}ghi chú: {note}" for note in result.notes]
    return lines


def summary(results: Sequence[Result]) -> str:
    failed = [r.name for r in results if not r.ok]
    if not failed:
        return f"Kết quả: {len(results)}/{len(results)} mục OK — máy sẵn sàng cho chương trình."
    return (
        f"Kết quả: {len(failed)}/{len(results)} mục LỖI ({', '.join(failed)}) — "
        "chưa sẵn sàng, xem chi tiết ở trên."
    )


def run(
    out: TextIO | None = None,
    checks: Sequence[tuple[str, Check]] | None = None,
) -> list[Result]:
    """Run the checks, writing each line as soon as it is known; returns the results."""
    stream = out or sys.stdout
    chosen = list(checks) if checks is not None else all_checks()
    width = max(len(name) for name, _ in chosen)

    def say(line: str) -> None:
        stream.write(line + "\n")
        stream.flush()

    for line in header():
        say(line)
    results: list[Result] = []
    for name, check in chosen:
        result = run_check(name, check)
        results.append(result)
        for line in format_result(result, width):
            say(line)
    say(summary(results))
    return results


def main(out: TextIO | None = None) -> int:
    """Run every check and report; 0 when all passed, 1 otherwise."""
    results = run(out)
    return 0 if all(r.ok for r in results) else 1
