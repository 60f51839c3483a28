"""`python -m loaders`'s outputs, byte for byte, against golden files (issue 14: making the command line
faster must not change a byte of what it prints).

The corpus: small versions (2,000 rows) of the clean and messy benchmark rosters (benchmarks/rosters.py),
every file in data/samples/, the layouts and fixture sets of tests/builders.py and tests/test_cli.py
(benchmarks/cli_outputs.py's list) and the real layouts of tests/real_layouts.py (those without an instansi
column once more with `--instansi`). Each group runs through the real command (`python -m loaders FILES` and
`--json -o OUT`); the outputs are compared with tests/data/cli_outputs/, written by the code before a speed
change. The files are deterministic (seeded), so the goldens only change when the intake's answers do.

When an output changes on purpose (a new agency row, a new issue text), write the goldens again and review
the diff: `python -m tests.test_cli_outputs --write` (`--checkout DIR` runs another checkout's command line
on this corpus, e.g. the commit before a speed change).
"""

from __future__ import annotations

import difflib
import gzip
import subprocess
import sys
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import Any

import pytest

from benchmarks.rosters import write_messy_xlsx, write_xlsx

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "data" / "cli_outputs"
ROWS = 2_000


def corpus(folder: Path) -> dict[str, tuple[list[Path], list[str]]]:
    """Groups of files to run at once: group name -> (files, extra command-line options)."""
    real: Any = import_module("tests.real_layouts")
    builders: Callable[[Path], list[Path]] = import_module("benchmarks.cli_outputs")._builder_files
    folder.mkdir(parents=True, exist_ok=True)
    samples = sorted(p for p in (ROOT / "data" / "samples").iterdir() if p.suffix in (".xlsx", ".csv"))
    layouts: list[Path] = []
    given: list[Path] = []
    for name, build in real.REAL_LAYOUTS.items():
        where = folder / f"real_{name}"
        where.mkdir()
        expected = build(where)
        layouts.append(expected.path)
        if getattr(expected, "instansi", None):
            given.append(expected.path)
    groups: dict[str, tuple[list[Path], list[str]]] = {
        "messy": ([write_messy_xlsx(folder / f"roster_messy_{ROWS}.xlsx", ROWS)], []),
        "clean": ([write_xlsx(folder / f"roster_{ROWS}.xlsx", ROWS)], []),
        "samples_builders": ([*samples, *builders(folder / "builders")], []),
        "real_layouts": (layouts, []),
    }
    if given:  # the same officer's answer for all of them: each is read as the answer says
        groups["real_layouts_instansi"] = (given, ["--instansi", "Dinas Kesehatan Kabupaten Malang"])
    return groups


def outputs(checkout: Path, files: list[Path], options: list[str], out: Path) -> tuple[bytes, bytes]:
    """(summary on stdout, --json written to a file) of the command line of `checkout` over `files`."""
    command = [sys.executable, "-m", "loaders", *map(str, files), *options]
    summary = subprocess.run(command, cwd=checkout, capture_output=True, timeout=900).stdout
    subprocess.run([*command, "--json", "-o", str(out)], cwd=checkout, capture_output=True, timeout=900)
    data = out.read_bytes()
    out.unlink()
    return summary, data


def golden_paths(group: str) -> tuple[Path, Path]:
    return GOLDEN / f"{group}.summary.txt", GOLDEN / f"{group}.json.gz"


def _first_difference(expected: bytes, got: bytes) -> str:
    lines = difflib.unified_diff(
        expected.decode().splitlines(), got.decode().splitlines(), "golden", "now", n=2, lineterm=""
    )
    return "\n".join(list(lines)[:40])


@pytest.fixture(scope="module")
def current_outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[bytes, bytes]]:
    folder = tmp_path_factory.mktemp("cli-outputs")
    groups = corpus(folder / "corpus")
    return {name: outputs(ROOT, files, options, folder / "out.json") for name, (files, options) in groups.items()}


GROUPS = ("messy", "clean", "samples_builders", "real_layouts", "real_layouts_instansi")


@pytest.mark.slow
@pytest.mark.parametrize("group", GROUPS)
def test_outputs_are_the_golden_bytes(current_outputs: dict[str, tuple[bytes, bytes]], group: str) -> None:
    summary, document = current_outputs[group]
    summary_file, json_file = golden_paths(group)
    expected_summary = summary_file.read_bytes()
    expected_json = gzip.decompress(json_file.read_bytes())
    assert summary == expected_summary, _first_difference(expected_summary, summary)
    assert document == expected_json, _first_difference(expected_json, document)


def write_goldens(checkout: Path) -> None:
    """Run `checkout`'s command line on the corpus and store its outputs as the goldens."""
    import tempfile

    GOLDEN.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="cli-outputs-") as tmp:
        for name, (files, options) in corpus(Path(tmp) / "corpus").items():
            summary, document = outputs(checkout, files, options, Path(tmp) / "out.json")
            summary_file, json_file = golden_paths(name)
            summary_file.write_bytes(summary)
            json_file.write_bytes(gzip.compress(document, mtime=0))
            print(f"{name}: {len(files)} file(s), summary {len(summary)} bytes, json {len(document)} bytes")


if __name__ == "__main__":
    if "--write" not in sys.argv:
        sys.exit("usage: python -m tests.test_cli_outputs --write [--checkout DIR]")
    checkout = Path(sys.argv[sys.argv.index("--checkout") + 1]).resolve() if "--checkout" in sys.argv else ROOT
    write_goldens(checkout)
