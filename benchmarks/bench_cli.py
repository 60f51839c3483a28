"""`python -m loaders` as whole processes against raw python-calamine in its own process (issue 14, "the
command line is slow"), on the clean roster and on a messy one (a third of the NIPs not valid, people
listed twice, per-agency section and sub-total rows; benchmarks/rosters.py).

Every command runs in a fresh process, three times, and its best time counts: the time covers the whole
process (interpreter start, imports, reading, writing), the memory is the largest peak RSS among the
process and the children it waited for (ru_maxrss), so the CLI's reading child is included.
Targets: summary <= 1.5x calamine, --json to a file <= 2.5x calamine, memory <= 2x calamine. ``floor`` is
the design's own floor: the reading child's parse, imports and classifier warm-up, and no intake work.
``--against DIR`` also measures the command line of another checkout (an older commit) in the same rounds.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.rosters import roster_file
from benchmarks.timing import OUT, report

ROOT = Path(__file__).resolve().parents[1]
CALAMINE = (
    "import sys, python_calamine\n"
    "rows = python_calamine.CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python()\n"
)
# The floor of the command line's design: what its reading child does before any intake work (the workbook
# parsed in a thread, the intake imported and the classifier warmed up once the parser runs), then nothing.
FLOOR = (
    "import gc, sys\n"
    "from pathlib import Path\n"
    "from loaders.grid import Prefetch\n"
    "from loaders.settings import DEFAULT_LIMITS, confine_reader\n"
    "gc.disable()\n"
    "confine_reader(DEFAULT_LIMITS.memory_bytes)\n"
    "prefetched = Prefetch(Path(sys.argv[1]), DEFAULT_LIMITS)\n"
    "prefetched.wait_parsing()\n"
    "from loaders.cli import arrow_without_pandas\n"
    "arrow_without_pandas()\n"
    "from loaders.agencies import warm_up\n"
    "from loaders.roster import read_roster_columns\n"
    "warm_up()\n"
    "prefetched.result()\n"
)
# Runs one command and reports its wall time, CPU time and peak memory, from outside it.
WRAPPER = (
    "import json, resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)\n"
    "seconds = time.perf_counter() - start\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(json.dumps({'seconds': seconds, 'cpu_s': usage.ru_utime + usage.ru_stime,"
    " 'peak_mb': usage.ru_maxrss / 1024}))\n"
)


def measure(
    commands: dict[str, list[str]], repeat: int = 3, where: dict[str, Path] | None = None
) -> dict[str, dict[str, float]]:
    """Best time, CPU time and lowest peak memory of `repeat` fresh runs of each command (run in this
    checkout, or in `where[name]`). The commands take turns (one round runs each once), so a machine that
    gets busier mid-way slows all of them alike."""
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():
            proc = subprocess.run(
                [sys.executable, "-c", WRAPPER, *command],
                cwd=(where or {}).get(name, ROOT),
                capture_output=True,
                text=True,
                check=True,
            )
            runs[name].append(json.loads(proc.stdout))
    return {name: {k: min(r[k] for r in rs) for k in rs[0]} for name, rs in runs.items()}


def run(
    sizes: tuple[int, ...] = (100_000, 300_000),
    kinds: tuple[str, ...] = ("clean", "messy"),
    against: Path | None = None,
) -> list[dict[str, Any]]:
    """Measure calamine, the readable summary and --json on each roster; ratios against calamine. With
    `against` (another checkout, e.g. an older commit) its command line is measured in the same rounds."""
    results: list[dict[str, Any]] = []
    json_out = OUT / "cli_output.json"
    for kind in kinds:
        for n in sizes:
            path = str(roster_file(OUT, kind, n))
            commands = {
                "calamine": [sys.executable, "-c", CALAMINE, path],
                "floor": [sys.executable, "-c", FLOOR, path],
                "summary": [sys.executable, "-m", "loaders", path],
                "json": [sys.executable, "-m", "loaders", path, "--json", "-o", str(json_out)],
            }
            where: dict[str, Path] = {}
            if against is not None:
                commands["against_summary"] = commands["summary"]
                commands["against_json"] = commands["json"]
                where = {"against_summary": against, "against_json": against}
            m = measure(commands, where=where)
            base = m.pop("calamine")
            row: dict[str, Any] = {
                "name": f"cli {kind} {n:,} rows".replace(",", "."),
                "calamine_s": round(base["seconds"], 2),
                "calamine_peak_mb": round(base["peak_mb"]),
            }
            for what, got in m.items():
                row[f"{what}_s"] = round(got["seconds"], 2)
                row[f"{what}_vs_calamine"] = round(got["seconds"] / base["seconds"], 2)
                row[f"{what}_cpu_vs_calamine"] = round(got["cpu_s"] / base["cpu_s"], 2)
                row[f"{what}_peak_mb"] = round(got["peak_mb"])
                row[f"{what}_memory_vs_calamine"] = round(got["peak_mb"] / base["peak_mb"], 2)
            row["target"] = "summary <= 1.5x, json <= 2.5x, memory <= 2x calamine (wall time, peak RSS)"
            results.append(row)
    json_out.unlink(missing_ok=True)
    return results


if __name__ == "__main__":
    other = sys.argv[sys.argv.index("--against") + 1] if "--against" in sys.argv else None
    sizes = (100_000,) if "--quick" in sys.argv else (100_000, 300_000)
    sys.exit(report(run(sizes=sizes, against=Path(other).resolve() if other else None), "cli"))
