"""Dashboard server time at 1,000,000 participants, against the same page on the bundled sample data.

For each engine (SQLite always; PostgreSQL when DASBOR_TEST_PG_URL is set, in a throwaway database) the
store is filled with N fictional participants (benchmarks.synthetic_store). Then, each in a fresh process
(cold caches, modules already imported), Streamlit's AppTest runs the real ``dashboard.py``: the first load
of *Ringkasan* (cohorts and facts read, every breakdown and chart built), then filter changes (year, sector,
province, program) each re-running the page. The first load is measured twice: right after the store
changed (no on-disk snapshot of this generation yet: the facts come from the database and the snapshot is
written), and in a second fresh process (snapshot present: a server restart). The same is measured on a
store holding only the sample cohorts (the baseline, same run). A third process times the parts directly
(store reads, filter options, and per rerun each step of the page). Targets (issue 4): first load < 3 s,
filter change < 300 ms. Run: ``python -m benchmarks.bench_dashboard [--quick]``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.bench_store import _database
from benchmarks.synthetic_store import fill_store
from benchmarks.timing import report
from store import open_store, seed_samples

ROOT = Path(__file__).resolve().parents[1]
OUT = Path(__file__).resolve().parent / "out"
PG_ENV = "DASBOR_TEST_PG_URL"
# (sidebar multiselect, option picked; None clears it): programs 0, years 1, angkatan 2, sectors 3,
# levels 4, provinces 5 - each choice followed by clearing it again (back to everything).
PLAN = [(1, 0), (1, None), (3, 1), (3, None), (5, 2), (5, None), (0, 1), (0, None), (1, 3), (1, None)]

MEASURE = r"""
import json, os, sys, time
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest
import dashboard, peserta.stats, store  # imports are not page time
from peserta.filters import filter_options

PagesManager.uses_pages_directory = False  # a long-running server has left the legacy pages mode
at = AppTest.from_file(os.path.join(sys.argv[1], "dashboard.py"), default_timeout=600)
start = time.perf_counter()
at.run()
first = time.perf_counter() - start
assert not at.exception, at.exception
# The raw option values, in the sidebar's order (the widgets show labels: 'regional' as 'Pemerintah Daerah').
frames = store.open_store().read_frames()
raw = list(filter_options(frames.cohorts, frames.facts).values())
changes, shown = [], []
for index, pick in json.loads(sys.argv[2]):
    options = raw[index]
    at.sidebar.multiselect[index].set_value([] if pick is None else [options[pick % len(options)]])
    start = time.perf_counter()
    at.run()
    changes.append(time.perf_counter() - start)
    assert not at.exception, at.exception
    shown.append(at.metric[0].value if at.metric else None)
print(json.dumps({"first_load_s": first, "filter_change_s": changes, "shown": shown,
                  "participants": shown[-1]}))
"""

PARTS = r"""
import json, os, statistics, sys, tempfile, time
import store
from peserta import figures, stats
from peserta.facts import prepare_facts
from peserta.filters import Filters, apply_filters, filter_options, selected_cohorts
from peserta.narrative import summary_sentence
from benchmarks.timing import best_of as timed

db = store.open_store()
out = {}
out["db_cohorts_s"], _ = timed(db.cohorts)
out["db_facts_str_s"], raw_facts = timed(db.facts)
out["prepare_facts_s"], _ = timed(lambda: prepare_facts(raw_facts))
del raw_facts

def without_snapshot():
    # A new data dir for every try: the first read_frames writes the snapshot, which the next would read.
    os.environ["DASBOR_DATA_DIR"] = tempfile.mkdtemp(prefix="bench-parts-")
    return db.read_frames()

out["read_frames_no_snapshot_s"], _ = timed(without_snapshot)
out["read_frames_snapshot_s"], frames = timed(db.read_frames)  # the last try's snapshot is there
cohorts, facts = frames.cohorts, frames.facts
out["filter_options_s"], options = timed(lambda: filter_options(cohorts, facts))
out["order_cohorts_s"], timeline = timed(lambda: stats.order_cohorts(cohorts))
pick = {0: "programs", 1: "years", 2: "angkatan", 3: "sectors", 4: "levels", 5: "provinces"}
plan = [Filters() if p is None else Filters(**{pick[i]: (options[pick[i]][p % len(options[pick[i]])],)})
        for i, p in json.loads(sys.argv[1])]

def page(filters, lang="id"):
    # The steps of the router and of pages/ringkasan.py, in order.
    steps = {}
    def step(name, action):
        start = time.perf_counter()
        result = action()
        steps[name] = steps.get(name, 0.0) + time.perf_counter() - start
        return result
    selected = step("selected_cohorts", lambda: selected_cohorts(timeline, filters, in_order=True))
    shown = step("apply_filters", lambda: apply_filters(facts, cohorts, filters))
    step("kpis", lambda: stats.kpis(shown))
    step("summary_sentence", lambda: summary_sentence(shown, selected, lang))
    step("by_sector+figure", lambda: figures.participants_by_sector(stats.by_sector(shown, lang), lang))
    step("regional_by_level+figure", lambda: figures.regional_by_level(stats.regional_by_level(shown, lang), lang))
    step("top_agencies+figure", lambda: figures.top_agencies(stats.top_agencies(shown, 10, lang), lang))
    provinces = step("by_province", lambda: stats.by_province(shown, lang))
    step("province_tile_map", lambda: figures.province_tile_map(provinces, lang))
    step("province_bar", lambda: figures.province_bar(provinces, lang))
    step("by_gender+figure", lambda: figures.gender_split(stats.by_gender(shown, lang), lang))
    step("by_golongan+figure", lambda: figures.golongan_bars(stats.by_golongan(shown, lang), lang))
    step("by_age_band+figure", lambda: figures.age_bands(stats.by_age_band(shown, lang), lang))
    return steps

page(Filters())  # warm-up (lazy imports, Babel caches)
runs = [page(filters) for filters in plan]
for name in runs[0]:
    out[f"rerun_{name}_ms"] = 1000 * statistics.median(run[name] for run in runs)
out["rerun_pure_total_ms"] = 1000 * statistics.median(sum(run.values()) for run in runs)
print(json.dumps(out))
"""


def _child(script: str, args: list[str], url: str, data_dir: str) -> dict[str, Any]:
    env = {**os.environ, "DASBOR_DB_URL": url, "DASBOR_DATA_DIR": data_dir}
    proc = subprocess.run(
        [sys.executable, "-c", script, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-3000:])
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def _measure(url: str, data_dir: str) -> dict[str, Any]:
    return _child(MEASURE, [str(ROOT), json.dumps(PLAN)], url, data_dir)


def _row(engine: str, size: str, snapshot: str, measured: dict[str, Any]) -> dict[str, Any]:
    changes = measured["filter_change_s"]
    return {
        "engine": engine,
        "store": size,
        "first_load": snapshot,
        "participants_shown": measured["participants"],
        "first_load_s": round(measured["first_load_s"], 3),
        "filter_change_median_ms": round(1000 * statistics.median(changes), 1),
        "filter_change_max_ms": round(1000 * max(changes), 1),
        "filter_changes_ms": [round(1000 * c) for c in changes],
    }


def _loads(engine: str, size: str, url: str) -> list[dict[str, Any]]:
    """First load right after a change (no snapshot), then in a fresh process with the snapshot."""
    with tempfile.TemporaryDirectory(prefix="bench-dashboard-") as data_dir:
        cold = _row(engine, size, "after a change (no snapshot)", _measure(url, data_dir))
        warm = _row(engine, size, "server restart (snapshot)", _measure(url, data_dir))
    return [cold, warm]


def _parts(engine: str, size: str, url: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-dashboard-") as data_dir:
        parts = _child(PARTS, [json.dumps(PLAN)], url, data_dir)
    row: dict[str, Any] = {"engine": engine, "store": size, "first_load": "parts"}
    for name, value in parts.items():
        row[name] = round(value, 3) if name.endswith("_s") else round(value, 1)
    return row


def run(n_participants: int = 1_000_000) -> list[dict[str, Any]]:
    """Measure the overview's first loads and filter changes on each engine, big store vs sample store."""
    engines = ["sqlite"] + (["postgresql"] if os.environ.get(PG_ENV) else [])
    rows: list[dict[str, Any]] = []
    for engine in engines:
        with _database(engine) as small_url:
            seed_samples(open_store(small_url))
            base = _loads(engine, "data contoh", small_url)
        with _database(engine) as big_url:
            store = open_store(big_url)
            fill_store(store, n_participants)
            store.engine.dispose()
            size = f"{n_participants:,}".replace(",", ".")
            big = _loads(engine, size, big_url)
            parts = _parts(engine, size, big_url)
        for mine, theirs in zip(big, base, strict=True):
            mine["first_load_ratio"] = round(mine["first_load_s"] / theirs["first_load_s"], 2)
            mine["filter_change_ratio"] = round(
                mine["filter_change_median_ms"] / theirs["filter_change_median_ms"], 2
            )
        rows += [*base, *big, parts]
    return rows


def main() -> int:
    """Print and save the figures; `--quick` uses 100,000 participants."""
    return report(run(100_000 if "--quick" in sys.argv else 1_000_000), "dashboard")


if __name__ == "__main__":
    sys.exit(main())
