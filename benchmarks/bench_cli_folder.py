"""`python -m loaders` on a folder of rosters at once (an officer's recap folder): the real layouts of
tests/real_layouts.py that load, all in one command, against the same files read one command each (what an
officer would do otherwise; measured as one process that runs them in turn). The files are small (about 1,500
rows in all), so raw python-calamine is no useful baseline here: process start and imports are the cost.
Whole processes, best of three, commands taking turns (bench_cli.measure). ``--against DIR`` also runs another
checkout's command line in the same rounds.

Why: each file is read in its own forked child; since session 17 the parent imports the intake while the
first file is read, so later children start with it ready instead of importing it again (~0.6 s a file).
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import import_module
from pathlib import Path
from typing import Any

from benchmarks.bench_cli import measure
from benchmarks.timing import OUT, report

SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".ods")
# Each file in its own `python -m loaders FILE`, one after the other.
ONE_BY_ONE = (
    "import subprocess, sys\n"
    "for path in sys.argv[1:]:\n"
    "    subprocess.run([sys.executable, '-m', 'loaders', path], stdout=subprocess.DEVNULL, check=True)\n"
)


def folder(where: Path) -> list[Path]:
    """The real layouts' spreadsheets that load without the officer's answer (`python -m loaders` exits 0 on
    them), built under `where`."""
    real: Any = import_module("tests.real_layouts")
    files = []
    for name, build in real.REAL_LAYOUTS.items():
        target = where / name
        target.mkdir(parents=True, exist_ok=True)
        expected = build(target)
        if expected.path.suffix.lower() in SPREADSHEETS and not getattr(expected, "instansi", None):
            files.append(expected.path)
    loads = subprocess.run([sys.executable, "-m", "loaders", *map(str, files), "--json"], capture_output=True)
    entries = json.loads(loads.stdout)["files"]
    return [path for path, entry in zip(files, entries, strict=True) if "error" not in entry]


def run(against: Path | None = None) -> list[dict[str, Any]]:
    files = [str(p) for p in folder(OUT / "cli_folder")]
    commands = {
        "one_by_one": [sys.executable, "-c", ONE_BY_ONE, *files],
        "folder": [sys.executable, "-m", "loaders", *files],
    }
    where: dict[str, Path] = {}
    if against is not None:
        commands["against_folder"] = commands["folder"]
        where = {"against_folder": against}
    m = measure(commands, where=where)
    base = m.pop("one_by_one")
    row: dict[str, Any] = {"name": f"cli folder of {len(files)} real layouts", "one_by_one_s": round(base["seconds"], 2)}
    for what, got in m.items():
        row[f"{what}_s"] = round(got["seconds"], 2)
        row[f"{what}_vs_one_by_one"] = round(got["seconds"] / base["seconds"], 2)
        row[f"{what}_per_file_s"] = round(got["seconds"] / len(files), 3)
    return [row]


if __name__ == "__main__":
    other = sys.argv[sys.argv.index("--against") + 1] if "--against" in sys.argv else None
    sys.exit(report(run(against=Path(other).resolve() if other else None), "cli_folder"))
