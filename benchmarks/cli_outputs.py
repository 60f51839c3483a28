"""The command line's outputs in this checkout and in another, byte for byte (issue 14: making
`python -m loaders` faster must not change what it prints).

`python -m benchmarks.cli_outputs --against DIR [--quick]` writes a corpus of rosters (the 100k clean and
messy benchmark rosters, every file in data/samples/, the layouts of tests/builders.py and the fixture
sets of tests/test_cli.py), runs `python -m loaders FILE` and `python -m loaders FILE --json -o OUT` in
both checkouts on each big roster and once on all the small files together (a file's output does not
depend on the files beside it: each is read in its own process), and lists every difference.
`--quick` leaves out the two 100k rosters. Exit status 1 when any output differs.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import Any

from benchmarks.rosters import roster_file
from benchmarks.timing import OUT

ROOT = Path(__file__).resolve().parents[1]


def _builder_files(folder: Path) -> list[Path]:
    """Rosters from the test builders: every issue-14 layout, the CLI's fixture sets, other formats."""
    # Imported by name: the tests are not part of what mypy checks (pyproject's files).
    b = import_module("tests.builders")
    fixture_sets: dict[str, Callable[[Path], Any]] = import_module("tests.test_cli").FIXTURE_SETS

    makers: dict[str, Callable[[Path], Any]] = {
        f"layout_{name}": case.build for name, case in b.ISSUE14_LAYOUTS.items()
    }
    makers.update({f"set_{name}": build for name, build in fixture_sets.items()})
    makers.update(
        {
            "xls": b.xls_roster,
            "xlsm": b.xlsm_roster,
            "html": b.html_roster,
            "csv_named_xlsx": b.csv_named_xlsx,
            "hidden_and_extra_sheets": lambda p: b.xlsx_roster(
                p, hidden_sheets=("Lama",), extra_sheets=(("Petunjuk", ["Isi satu baris per peserta"]),)
            ),
            "nip_as_exact_number": lambda p: b.xlsx_roster(p, nip_as_number="exact"),
            "nip_scientific_text": lambda p: b.xlsx_roster(p, nip_style="sci", footer="jumlah"),
            "encrypted": b.encrypted_xlsx,
            "truncated": b.truncated_xlsx,
        }
    )
    files: list[Path] = []
    for name, make in makers.items():
        where = folder / name
        where.mkdir(parents=True)
        built: Any = make(where)
        for item in built if isinstance(built, list) else [built]:
            files.append(Path(item.path if hasattr(item, "path") else item))
    return files


def corpus(folder: Path, quick: bool) -> tuple[list[Path], list[Path]]:
    """(big files, small files) to compare."""
    big = [] if quick else [roster_file(OUT, kind, 100_000) for kind in ("messy", "clean")]
    samples = sorted(p for p in (ROOT / "data" / "samples").iterdir() if p.suffix in (".xlsx", ".csv"))
    return big, samples + _builder_files(folder)


def outputs(checkout: Path, files: list[Path], out: Path) -> tuple[bytes, bytes]:
    """(summary on stdout, --json written to a file) of one command over `files` in a checkout."""
    command = [sys.executable, "-m", "loaders", *map(str, files)]
    summary = subprocess.run(command, cwd=checkout, capture_output=True, timeout=600).stdout
    subprocess.run([*command, "--json", "-o", str(out)], cwd=checkout, capture_output=True, timeout=600)
    data = out.read_bytes()
    out.unlink()
    return summary, data


def compare(other: Path, quick: bool = False) -> list[str]:
    """Every (file, output) whose bytes differ between this checkout and `other`."""
    differences: list[str] = []
    with tempfile.TemporaryDirectory(prefix="cli-keluaran-") as tmp:
        big, small = corpus(Path(tmp) / "corpus", quick)
        runs = [[f] for f in big] + [small]
        for files in runs:
            mine = outputs(ROOT, files, Path(tmp) / "ini.json")
            theirs = outputs(other, files, Path(tmp) / "itu.json")
            label = files[0].name if len(files) == 1 else f"{len(files)} file sekaligus"
            for what, a, b in zip(("ringkasan", "--json"), mine, theirs, strict=True):
                status = "sama" if a == b else "BEDA"
                print(f"  {status}: {label} {what} ({len(a)} / {len(b)} byte)")
                if a != b:
                    differences.append(f"{label} {what}")
    return differences


if __name__ == "__main__":
    against = Path(sys.argv[sys.argv.index("--against") + 1]).resolve()
    found = compare(against, quick="--quick" in sys.argv)
    print(f"{len(found)} beda" + (": " + ", ".join(found) if found else ""))
    sys.exit(1 if found else 0)
