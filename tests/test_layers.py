"""The house's layers as a checked contract: data flows file -> loaders -> store -> peserta -> pages, and
nothing below imports anything above it; Streamlit is imported only by dashboard.py and pages/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# package -> the first-party packages it must never import (those above it)
FORBIDDEN = {
    "loaders": {"store", "peserta", "pages", "dashboard", "benchmarks"},
    "store": {"peserta", "pages", "dashboard", "benchmarks"},
    "peserta": {"pages", "dashboard", "benchmarks"},
}
STREAMLIT_ALLOWED = {"pages", "dashboard"}


def imported_packages(path: Path) -> set[str]:
    """Top-level names of every module a source file imports (absolute imports; relative ones stay inside)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def sources(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_layer_imports_a_layer_above_it(package: str) -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(imported_packages(path) & FORBIDDEN[package])
        for path in sources(package)
        if imported_packages(path) & FORBIDDEN[package]
    }
    assert offenders == {}


def test_streamlit_only_in_the_app() -> None:
    # benchmarks/ drive the app from outside (AppTest, the WebSocket protocol), as tests/ do
    files = [p for package in ("loaders", "store", "peserta") for p in sources(package)]
    assert len(files) > 40  # the scan sees the packages
    assert [str(p.relative_to(ROOT)) for p in files if "streamlit" in imported_packages(p)] == []


def test_the_contract_scan_sees_a_violation(tmp_path: Path) -> None:
    """The scan itself: a module importing upwards is found (so an empty result above means something)."""
    bad = tmp_path / "bad.py"
    bad.write_text("import os\nfrom store.database import Store\nimport streamlit as st\n", encoding="utf-8")
    assert imported_packages(bad) == {"os", "store", "streamlit"}


# --- no import cycles inside store/ ----------------------------------------------------------------------
# A cycle held together by function-level ("lazy") imports still ties the modules into one: neither can be
# read, tested or changed alone. So imports inside functions count; those under `if TYPE_CHECKING:` do not
# (they never run). An import of `a.b.c` is an edge to that module (not to its parent packages' __init__).
CYCLE_FREE = ("store",)


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    """Every import statement that can run: at module level or inside functions, not under TYPE_CHECKING."""
    found: list[ast.Import | ast.ImportFrom] = []
    pending: list[ast.AST] = [tree]
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            pending.extend(node.orelse)
            continue
        pending.extend(ast.iter_child_nodes(node))
    return found


def import_graph(root: Path, package: str) -> dict[str, set[str]]:
    """module -> the modules of `package` it imports (module names relative to root, e.g. store.database)."""
    paths = {module_name(root, p): p for p in sorted((root / package).rglob("*.py"))}
    graph: dict[str, set[str]] = {name: set() for name in paths}
    for name, path in paths.items():
        own_package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in _runtime_imports(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    anchor = own_package.split(".")[: len(own_package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, *([base] if base else [])])
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in paths else base for a in node.names]
            graph[name].update(t for t in targets if t in paths and t != name)
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted: every import cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(groups)


@pytest.mark.parametrize("package", CYCLE_FREE)
def test_no_import_cycles_inside_a_package(package: str) -> None:
    graph = import_graph(ROOT, package)
    assert len(graph) > 15  # the scan sees the package
    assert import_cycles(graph) == []


def test_the_cycle_scan_sees_a_lazy_import_and_ignores_type_checking(tmp_path: Path) -> None:
    """The scan itself: a cycle closed by an import inside a function is found; one closed only under
    TYPE_CHECKING is not."""
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "sub" / "__init__.py").write_text("", encoding="utf-8")
    (package / "a.py").write_text("from pkg.sub import b\n", encoding="utf-8")
    (package / "sub" / "b.py").write_text("def f():\n    from pkg.a import x\n", encoding="utf-8")
    (package / "c.py").write_text("from . import a\n", encoding="utf-8")
    (package / "d.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.c import y\n", encoding="utf-8"
    )
    (package / "e.py").write_text("import pkg.d\n", encoding="utf-8")
    graph = import_graph(tmp_path, "pkg")
    assert graph["pkg.c"] == {"pkg.a"} and graph["pkg.d"] == set() and graph["pkg.e"] == {"pkg.d"}
    assert import_cycles(graph) == [["pkg.a", "pkg.sub.b"]]
