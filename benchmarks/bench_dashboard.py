"""Dashboard server time at 1,000,000 participants, against the same page on the bundled sample data.

For each engine (SQLite always; PostgreSQL when DASBOR_TEST_PG_URL is set, in a throwaway database) the
store is filled with N fictional participants (benchmarks.synthetic_store). Then, in a fresh process (cold
caches, modules already imported), Streamlit's AppTest runs the real ``dashboard.py``: the first load of
*Ringkasan* (facts read from the database, every breakdown and chart built), then filter changes (year,
sector, province, program) each re-running the page. The same is measured on a store holding only the
sample cohorts (the baseline, same run). Targets (issue 4): first load < 3 s, filter change < 300 ms.
Run: ``python -m benchmarks.bench_dashboard [--quick]``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.bench_store import _database
from benchmarks.synthetic_store import fill_store
from store import open_store, seed_samples

ROOT = Path(__file__).resolve().parents[1]
OUT = Path(__file__).resolve().parent / "out"
PG_ENV = "DASBOR_TEST_PG_URL"

MEASURE = r"""
import json, os, statistics, sys, time
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest
import dashboard, peserta.stats, store  # imports are not page time

PagesManager.uses_pages_directory = False  # a long-running server has left the legacy pages mode
at = AppTest.from_file(os.path.join(sys.argv[1], "dashboard.py"), default_timeout=600)
start = time.perf_counter()
at.run()
first = time.perf_counter() - start
assert not at.exception, at.exception
labels = {w.label: w for w in at.sidebar.multiselect}
def choose(index_of_label, pick):
    widget = at.sidebar.multiselect[index_of_label]
    options = widget.options
    widget.set_value([] if pick is None else [options[pick % len(options)]])
changes = []
plan = [(1, 0), (1, None), (3, 1), (3, None), (5, 2), (5, None), (0, 1), (0, None), (1, 3), (1, None)]
for index, pick in plan:
    choose(index, pick)
    start = time.perf_counter()
    at.run()
    changes.append(time.perf_counter() - start)
    assert not at.exception, at.exception
print(json.dumps({"first_load_s": first, "filter_change_s": changes,
                  "participants": at.metric[0].value if at.metric else None}))
"""


def _measure(url: str) -> dict[str, Any]:
    env = {**os.environ, "DASBOR_DB_URL": url}
    proc = subprocess.run(
        [sys.executable, "-c", MEASURE, str(ROOT)], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-3000:])
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def _row(engine: str, size: str, measured: dict[str, Any]) -> dict[str, Any]:
    changes = measured["filter_change_s"]
    return {
        "engine": engine,
        "store": size,
        "participants_shown": measured["participants"],
        "first_load_s": round(measured["first_load_s"], 3),
        "filter_change_median_ms": round(1000 * statistics.median(changes), 1),
        "filter_change_max_ms": round(1000 * max(changes), 1),
    }


def run(n_participants: int = 1_000_000) -> list[dict[str, Any]]:
    """Measure the overview's first load and filter changes on each engine, big store vs sample store."""
    engines = ["sqlite"] + (["postgresql"] if os.environ.get(PG_ENV) else [])
    rows: list[dict[str, Any]] = []
    for engine in engines:
        with _database(engine) as small_url:
            seed_samples(open_store(small_url))
            base = _row(engine, "data contoh", _measure(small_url))
        with _database(engine) as big_url:
            store = open_store(big_url)
            fill_store(store, n_participants)
            store.engine.dispose()
            big = _row(engine, f"{n_participants:,}".replace(",", "."), _measure(big_url))
        big["first_load_ratio"] = round(big["first_load_s"] / base["first_load_s"], 2)
        big["filter_change_ratio"] = round(big["filter_change_median_ms"] / base["filter_change_median_ms"], 2)
        rows += [base, big]
    return rows


def main() -> int:
    """Print and save the figures; `--quick` uses 100,000 participants."""
    rows = run(100_000 if "--quick" in sys.argv else 1_000_000)
    OUT.mkdir(exist_ok=True)
    (OUT / "dashboard.json").write_text(json.dumps(rows, indent=1, ensure_ascii=False))
    for row in rows:
        print(", ".join(f"{k}={v}" for k, v in row.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
