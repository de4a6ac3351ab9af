"""The house rules of the code's structure, checked on every run: layers import downward only and
no module imports itself back through others (no import loop), counting imports made inside
functions too. The floors are written down in docs/architecture.md."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

RCV = Path(__file__).resolve().parents[1] / "rcv"

# lowest first; a module may import its own floor and the floors below. A module belongs to the
# floor of the longest name that starts it (rcv.i18n.phrases.storage is above rcv.i18n).
FLOORS: tuple[tuple[str, ...], ...] = (
    ("rcv.core", "rcv.clock", "rcv.paths", "rcv.yamlsafe"),
    ("rcv.i18n",),  # the catalogue, and the show's own words (they read the core's codes)
    ("rcv.storage", "rcv.hardware", "rcv.web", "rcv.importers", "rcv.results", "rcv.userdirs"),
    (  # the words of the domains just below: they render those domains' codes
        "rcv.i18n.phrases.storage",
        "rcv.i18n.phrases.importing",
        "rcv.i18n.phrases.selftest",
        "rcv.i18n.phrases.hardware",
    ),
    ("rcv.sim",),
    ("rcv.demo",),
    ("rcv.app",),
    ("rcv.ui",),
    ("rcv.entry", "rcv.cli", "rcv.selftest", "rcv.__main__"),
)


def module_name(path: Path) -> str:
    parts = path.relative_to(RCV.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in RCV.rglob("*.py")}


def imports_of(name: str, path: Path, known: dict[str, Path]) -> Iterator[str]:
    """The rcv modules ``name`` imports, anywhere in the file (functions included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join([*parts, *([base] if base else [])])
            targets = [base] + [f"{base}.{a.name}" for a in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target.startswith("rcv.") and target != name:
                yield target


def floor_of(name: str) -> int:
    matches = [
        (len(top), i)
        for i, floor in enumerate(FLOORS)
        for top in floor
        if name == top or name.startswith(top + ".")
    ]
    if not matches:
        raise AssertionError(f"{name} is on no floor: add it to FLOORS and docs/architecture.md")
    return max(matches)[1]


def graph() -> dict[str, set[str]]:
    known = modules()
    return {n: set(imports_of(n, p, known)) for n, p in known.items() if n != "rcv"}


def test_every_module_has_a_floor() -> None:
    for name in graph():
        floor_of(name)


def test_layers_import_downward_only() -> None:
    upward = sorted(
        f"{a} (floor {floor_of(a)}) imports {b} (floor {floor_of(b)})"
        for a, targets in graph().items()
        for b in targets
        if b != "rcv" and floor_of(b) > floor_of(a)
    )
    assert not upward, "imports that run back up:\n  " + "\n  ".join(upward)


def test_no_import_loops() -> None:
    edges = graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    loops: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in edges.get(node, ()):
            if nxt not in edges:
                continue
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                loops.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    assert not loops, "import loops:\n  " + "\n  ".join(" ⇄ ".join(g) for g in loops)


def test_the_checker_sees_a_loop_and_an_upward_import(tmp_path: Path) -> None:
    """The rules above can fail: a made-up pair of modules breaking both is caught."""
    known = {"rcv.core.a": tmp_path / "a.py", "rcv.app.b": tmp_path / "b.py"}
    known["rcv.core.a"].write_text("from rcv.app import b\n", encoding="utf-8")
    known["rcv.app.b"].write_text("from rcv.core import a\n", encoding="utf-8")
    a = set(imports_of("rcv.core.a", known["rcv.core.a"], known))
    b = set(imports_of("rcv.app.b", known["rcv.app.b"], known))
    assert a == {"rcv.app.b"} and b == {"rcv.core.a"}
    assert floor_of("rcv.app.b") > floor_of("rcv.core.a")  # a runs back up
