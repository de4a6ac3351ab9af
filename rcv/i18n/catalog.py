"""The translation sources (``.ts``): refreshing them from the code with ``lupdate`` and reading
them back. ``scripts/update-translations`` runs :func:`main`; the tests use the rest.

``lupdate`` (from the PySide6-Essentials wheel) finds ``self.tr("…")``, ``QCoreApplication.
translate("context", "…")`` and ``QT_TR_NOOP``/``QT_TRANSLATE_NOOP`` in Python, ``qsTr("…")``
in QML and JavaScript. Files are written without source locations (``-locations none``) so a
change elsewhere in a file does not rewrite the ``.ts``; strings gone from the code are dropped
(``-no-obsolete``).
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

I18N_DIR = Path(__file__).resolve().parent
PACKAGE_DIR = I18N_DIR.parent
REPO_ROOT = PACKAGE_DIR.parent
SOURCE_SUFFIXES = (".py", ".qml", ".js")
TARGETS = {"en": "rcv_en.ts"}  # full translations
SOURCE_FILE = "rcv_vi.ts"  # the source language: plural forms only


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"
    numerus: bool = False
    comment: str = ""
    locations: tuple[str, ...] = ()

    @property
    def finished(self) -> bool:
        return self.kind == "" and bool(self.translation.strip())

    @property
    def live(self) -> bool:
        """Still in the code (not marked vanished or obsolete)."""
        return self.kind not in ("vanished", "obsolete")


def source_files(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    """Every file lupdate reads: rcv's Python, QML and JavaScript, sorted."""
    return sorted(
        p
        for p in package_dir.rglob("*")
        if p.suffix in SOURCE_SUFFIXES and p.is_file() and "__pycache__" not in p.parts
    )


def lupdate_path() -> Path:
    import PySide6

    name = "lupdate.exe" if sys.platform == "win32" else "lupdate"
    tool = Path(PySide6.__file__).resolve().parent / name
    if tool.is_file():
        return tool
    found = shutil.which("pyside6-lupdate") or shutil.which("lupdate")
    if not found:
        raise FileNotFoundError("lupdate not found (it comes with PySide6-Essentials)")
    return Path(found)


def run_lupdate(
    ts: Path,
    language: str,
    sources: Sequence[Path] | None = None,
    *,
    plural_only: bool = False,
    locations: str = "none",
    cwd: Path = REPO_ROOT,
) -> str:
    """Refresh ``ts`` (created when missing) from ``sources``; returns lupdate's summary."""
    files = [str(p) for p in (sources if sources is not None else source_files())]
    args = [
        str(lupdate_path()),
        *files,
        "-locations",
        locations,
        "-no-obsolete",
        "-source-language",
        "vi",
        "-target-language",
        language,
    ]
    if plural_only:
        args.append("-pluralonly")
    done = subprocess.run(
        [*args, "-ts", str(ts)], capture_output=True, text=True, cwd=cwd, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"lupdate failed: {done.stderr or done.stdout}")
    return (done.stdout + done.stderr).strip()


def read_ts(path: Path) -> list[Message]:
    """Every message of a ``.ts`` file, in file order."""
    root = ET.parse(path).getroot()
    messages: list[Message] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            node = msg.find("translation")
            numerus = msg.get("numerus") == "yes"
            if node is None:
                text, kind = "", "unfinished"
            else:
                forms = node.findall("numerusform")
                text = "\n".join(f.text or "" for f in forms) if numerus else node.text or ""
                if numerus and any(not (f.text or "").strip() for f in forms):
                    text = ""
                kind = node.get("type", "")
            messages.append(
                Message(
                    context=name,
                    source=msg.findtext("source") or "",
                    translation=text,
                    kind=kind,
                    numerus=numerus,
                    comment=msg.findtext("comment") or "",
                    locations=tuple(
                        f"{_located(path, loc.get('filename') or '')}:{loc.get('line')}"
                        for loc in msg.iter("location")
                    ),
                )
            )
    return messages


# -- what the code asks to translate -------------------------------------------------------------
APP_CLASSES = ("QCoreApplication", "QGuiApplication", "QApplication")


@dataclass(frozen=True)
class Call:
    """A translatable string in Python code, as Qt will look it up at run time."""

    context: str
    source: str
    where: str  # file:line


class _Finder(ast.NodeVisitor):
    def __init__(self, where: str) -> None:
        self.where = where
        self.classes: list[str] = []
        self.calls: list[Call] = []
        self.problems: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _problem(self, node: ast.AST, text: str) -> None:
        self.problems.append(f"{self.where}:{getattr(node, 'lineno', 0)}: {text}")

    def _text(self, node: ast.Call, index: int, what: str) -> str | None:
        args = node.args
        if len(args) > index and isinstance(args[index], ast.Constant):
            value = args[index].value
            if isinstance(value, str):
                return value
        self._problem(
            node,
            f"{what} với chữ không cố định: lupdate không thấy chữ cần dịch "
            "(đánh dấu từng chữ bằng QT_TRANSLATE_NOOP(ngữ cảnh, chữ))",
        )
        return None

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Name) and func.id == "tr":
            self._problem(
                node,
                "tr(...) qua biến: lupdate không biết ngữ cảnh (lớp), chữ sẽ "
                'không bao giờ được dịch; gọi thẳng self.tr("…")',
            )
        elif isinstance(func, ast.Attribute) and func.attr == "tr":
            self._tr(node, func)
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "translate"
            and isinstance(func.value, ast.Name)
            and func.value.id in APP_CLASSES
        ):
            self._translate(node, "QCoreApplication.translate")
        elif (isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP") or (
            isinstance(func, ast.Attribute) and func.attr == "QT_TRANSLATE_NOOP"
        ):
            self._translate(node, "QT_TRANSLATE_NOOP")
        self.generic_visit(node)

    def _tr(self, node: ast.Call, func: ast.Attribute) -> None:
        owner = func.value
        if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
            if not self.classes:
                self._problem(node, "self.tr ngoài một lớp")
                return
            context = self.classes[-1]
        elif isinstance(owner, ast.Name) and owner.id[:1].isupper():
            context = owner.id  # QMessageBox.tr(…): the class's name is the context
        else:
            self._problem(
                node,
                "tr của một đối tượng khác: ngữ cảnh lúc chạy là lớp của đối "
                "tượng đó, lupdate không biết; dùng self.tr hoặc Lớp.tr",
            )
            return
        text = self._text(node, 0, "tr(...)")
        if text is not None:
            self.calls.append(Call(context, text, f"{self.where}:{node.lineno}"))

    def _translate(self, node: ast.Call, what: str) -> None:
        first = node.args[0] if node.args else None
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            self._problem(node, f"{what} với ngữ cảnh không cố định")
            return
        text = self._text(node, 1, what)
        if text is not None:
            self.calls.append(Call(first.value, text, f"{self.where}:{node.lineno}"))


def python_calls(files: Sequence[Path], root: Path = REPO_ROOT) -> tuple[list[Call], list[str]]:
    """Every translatable string the Python ``files`` ask for, with its run-time context, and
    the calls lupdate cannot turn into a usable entry (aliases, non-literal text)."""
    calls: list[Call] = []
    problems: list[str] = []
    for path in files:
        if path.suffix != ".py":
            continue
        where = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        finder = _Finder(where)
        finder.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        calls += finder.calls
        problems += finder.problems
    return calls, problems


def unseen_calls(calls: Sequence[Call], messages: Sequence[Message]) -> list[Call]:
    """The calls whose (context, text) lupdate did not extract — typically a ``self.tr`` inside
    an f-string, which lupdate does not read: they would never be translated."""
    extracted = {(m.context, m.source) for m in messages}
    return [c for c in calls if (c.context, c.source) not in extracted]


def _located(ts: Path, filename: str) -> str:
    """A location's file (relative to the .ts) as a path relative to the repository."""
    path = (ts.parent / filename).resolve()
    return path.relative_to(REPO_ROOT).as_posix() if path.is_relative_to(REPO_ROOT) else str(path)


def update(i18n_dir: Path = I18N_DIR) -> list[str]:
    """Refresh every rcv ``.ts`` from the code; returns one summary line per file."""
    lines = []
    for lang, name in TARGETS.items():
        run_lupdate(i18n_dir / name, lang)
        messages = [m for m in read_ts(i18n_dir / name) if m.live]
        todo = sum(not m.finished for m in messages)
        lines.append(f"{name}: {len(messages)} chuỗi, {todo} chưa dịch")
    run_lupdate(i18n_dir / SOURCE_FILE, "vi", plural_only=True)
    plural = [m for m in read_ts(i18n_dir / SOURCE_FILE) if m.live]
    lines.append(f"{SOURCE_FILE}: {len(plural)} chuỗi có số nhiều")
    calls, problems = python_calls(source_files())
    english = read_ts(i18n_dir / TARGETS["en"])
    problems += [
        f"{c.where}: lupdate không thấy {c.source!r} (ngữ cảnh {c.context}): "
        "self.tr trong f-string? tính chữ dịch ra một biến trước"
        for c in unseen_calls(calls, english)
    ]
    lines += [f"cảnh báo: {p}" for p in problems]
    return lines


def fill(translations: dict[str, str], ts: Path = I18N_DIR / TARGETS["en"]) -> list[str]:
    """Write English for unfinished entries: ``translations`` maps "context\x1fsource" (or
    "context|source") to the translation. Returns the entries still unfinished. Run
    :func:`update` afterwards: lupdate rewrites the file in its own layout."""
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            text = translations.get(f"{name}\x1f{source}", translations.get(f"{name}|{source}"))
            if text is None:
                missing.append(f"[{name}] {source}")
                continue
            node.text = text
            del node.attrib["type"]
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")
    return missing


def main(argv: Sequence[str] | None = None) -> int:
    """``scripts/update-translations [--fill FILE.json]``: refresh the catalogue from the code
    (after writing the English of FILE.json into unfinished entries)."""
    import json

    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--fill"] and len(args) == 2:
        update()  # the entries the code has now, then their English
        missing = fill(json.loads(Path(args[1]).read_text(encoding="utf-8")))
        for line in update():
            print(line)
        for entry in missing:
            print(f"chưa dịch: {entry}")
        return 0
    for line in update():
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
