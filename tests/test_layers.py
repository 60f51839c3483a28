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
