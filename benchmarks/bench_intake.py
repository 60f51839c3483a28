"""Intake speed and memory against baselines measured in the same run (issue: roster intake, item 8).

(a) our full intake (parse + normalise + classify + validate), in-process and sandboxed (the first
    upload after a server start, which also starts the sandbox's forkserver, and a later one);
(b) pandas.read_excel(engine="openpyxl", dtype=str) alone; (c) raw python_calamine reading.
Each measurement runs in a fresh subprocess (imports done, caches cold) so peak memory (RSS growth) is
its own; every reader is measured three times, interleaved with nothing else, and its best run counts.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.rosters import roster_file

OUT = Path(__file__).resolve().parent / "out"
ROOT = Path(__file__).resolve().parents[1]

MEASURE = r"""
import json, resource, sys, time
path, what = sys.argv[1], sys.argv[2]
import pandas, python_calamine
import loaders, loaders.agencies
def rss_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
base = rss_kb()
start = time.perf_counter()
if what == "calamine":
    wb = python_calamine.CalamineWorkbook.from_path(path)
    rows = wb.get_sheet_by_index(0).to_python()
    n = len(rows)
elif what == "pandas_openpyxl":
    n = len(pandas.read_excel(path, engine="openpyxl", dtype=str, header=None))
elif what == "intake":
    n = len(loaders.read_roster(path).participants)
elif what == "intake_sandboxed":
    n = len(loaders.load_roster(path).participants)
elif what == "intake_sandboxed_again":
    n = len(loaders.load_roster(path).participants)  # a server's later uploads: the sandbox is ready
    base, start = rss_kb(), time.perf_counter()
    n = len(loaders.load_roster(path).participants)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_mb": (peak - base) / 1024, "rows": n}))
"""


def _measure(path: Path, what: str, repeat: int = 3) -> dict[str, Any]:
    """Best time and lowest peak memory of `repeat` fresh processes (a loaded machine only adds noise)."""
    runs = []
    for _ in range(repeat):
        proc = subprocess.run(
            [sys.executable, "-c", "if __name__ == '__main__':\n" + "\n".join("    " + line for line in MEASURE.splitlines())
             , str(path), what],
            cwd=ROOT, capture_output=True, text=True, check=True,
        )  # fmt: skip
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    return {
        "seconds": min(r["seconds"] for r in runs),
        "peak_mb": min(r["peak_mb"] for r in runs),
        "rows": runs[-1]["rows"],
    }


def run(
    sizes: tuple[int, ...] = (100_000, 300_000),
    with_pandas: bool = True,
    kinds: tuple[str, ...] = ("clean", "messy"),
) -> list[dict[str, Any]]:
    """Measure each reader on generated rosters of the given sizes and kinds (benchmarks/rosters.py);
    ratios against calamine and (clean roster only) pandas."""
    results: list[dict[str, Any]] = []
    for kind, n in [(kind, n) for kind in kinds for n in sizes]:
        path = roster_file(OUT, kind, n)
        calamine = _measure(path, "calamine")
        intake = _measure(path, "intake")
        sandboxed = _measure(path, "intake_sandboxed")
        sandboxed_again = _measure(path, "intake_sandboxed_again")
        row: dict[str, Any] = {
            "name": f"intake {'' if kind == 'clean' else kind + ' '}{n:,} rows".replace(",", "."),
            "calamine_s": round(calamine["seconds"], 2),
            "intake_s": round(intake["seconds"], 2),
            "intake_sandboxed_s": round(sandboxed["seconds"], 2),
            "intake_sandboxed_again_s": round(sandboxed_again["seconds"], 2),
            "intake_vs_calamine": round(intake["seconds"] / calamine["seconds"], 2),
            "sandboxed_vs_calamine": round(sandboxed["seconds"] / calamine["seconds"], 2),
            "sandboxed_again_vs_calamine": round(sandboxed_again["seconds"] / calamine["seconds"], 2),
            "calamine_peak_mb": round(calamine["peak_mb"]),
            "intake_peak_mb": round(intake["peak_mb"]),
            "memory_vs_calamine": round(intake["peak_mb"] / max(calamine["peak_mb"], 1), 2),
            "target": "intake <= 1.5x calamine, >= 4x faster than pandas+openpyxl, memory <= 2x calamine",
        }
        if with_pandas and kind == "clean":
            # Tens of seconds per run, far off the target either way: measured once.
            pandas_openpyxl = _measure(path, "pandas_openpyxl", repeat=1)
            row["pandas_openpyxl_s"] = round(pandas_openpyxl["seconds"], 2)
            row["pandas_vs_intake"] = round(pandas_openpyxl["seconds"] / intake["seconds"], 2)
        results.append(row)
    return results


if __name__ == "__main__":
    for line in run():
        print(line)
