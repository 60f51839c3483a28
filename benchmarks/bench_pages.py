"""Server time and bytes sent for EVERY page at 1,000,000 participants, against the same page on the sample.

For each engine (SQLite always; PostgreSQL when DASBOR_BENCH_PG_URL or DASBOR_TEST_PG_URL is set) and each
page of the navigation, a fresh process (modules imported, caches cold) runs the real ``dashboard.py``
through Streamlit's AppTest, signed in locally as admin (every page, every part of it):

- ``cold``: the first run in a new server process (the default page, Ringkasan: store snapshot read,
  filter options built), the same for every page;
- ``open``: then switching to the page (the server's shared data loaded, the page's own caches cold: what a
  user who opens the page waits for);
- ``change``: the filter changes of PLAN (pick a value, clear it again), median and max; ``new``: the picks
  alone (a choice no cache has seen yet), ``seen``: the clears alone (back to the page as it opened).

Server time of a run is what the script thread spends, plus the full garbage collection Streamlit runs
after every script run when ``runner.postScriptGC`` is on (AppTest skips it; a real server does not).
Bytes are the serialized ForwardMsg protos of the run (what the server queues for the browser).

Large stores are built once and kept under benchmarks/out/stores/ (``--rebuild`` makes them again); the
PostgreSQL ones in databases named dasbor_bench_<n> (another prefix in DASBOR_BENCH_PG_PREFIX, e.g. on a
server shared with other work). Run: ``python -m benchmarks.bench_pages [--quick]
[--pages ringkasan,peserta] [--sqlite-only] [--against OTHER_CHECKOUT [--postgresql]]``. Targets (issue 16): a filter
change at 1M <= 1.2x the same page on the sample and < 300 ms server time; <= 200 kB per interaction.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Final

import sqlalchemy as sa

from benchmarks.synthetic_store import fill_store
from benchmarks.timing import report
from store import open_store, seed_samples

ROOT: Final = Path(__file__).resolve().parents[1]
STORES: Final = Path(__file__).resolve().parent / "out" / "stores"
PG_ENVS: Final = ("DASBOR_BENCH_PG_URL", "DASBOR_TEST_PG_URL")
PG_PREFIX_ENV: Final = "DASBOR_BENCH_PG_PREFIX"  # names of the kept databases: <prefix>_<n>
PAGES: Final = ("ringkasan", "tren", "peserta", "kualitas", "presentasi", "kelola")
# (sidebar multiselect, option picked; None clears it): programs 0, years 1, angkatan 2, sectors 3,
# levels 4, provinces 5 - each choice followed by clearing it again (back to everything).
PLAN: Final = [(1, 0), (1, None), (3, 1), (3, None), (5, 2), (5, None), (0, 1), (0, None)]
# A pick is a choice the process has not seen (the page's caches cold for it); clearing goes back to what
# the page showed when it opened (cached).
NEW: Final = tuple(i for i, (_, pick) in enumerate(PLAN) if pick is not None)


def _split(changes: list[float]) -> tuple[list[float], list[float]]:
    """(changes to a choice not seen yet, changes back to one already shown) of PLAN's changes."""
    return [c for i, c in enumerate(changes) if i in NEW], [c for i, c in enumerate(changes) if i not in NEW]


MEASURE: Final = r"""
import gc, json, os, sys, time
from streamlit import config
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest
import dashboard, peserta.stats, store  # imports are not page time
from peserta.filters import filter_options

root, page, plan = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
_pm_init = PagesManager.__init__
def _pm(self, *args, **kwargs):  # a long-running server has left the legacy pages mode (tests/test_app.py)
    _pm_init(self, *args, **kwargs)
    PagesManager.uses_pages_directory = False
PagesManager.__init__ = _pm
post_gc = bool(config.get_option("runner.postScriptGC"))


def timed(at):
    start = time.perf_counter()
    at.run()
    run_s = time.perf_counter() - start
    assert not at.exception, [e.value for e in at.exception]
    gc_s = 0.0
    if post_gc:  # what ScriptRunner does after every run on a real server
        start = time.perf_counter()
        gc.collect(2)
        gc_s = time.perf_counter() - start
    sent = sum(m.ByteSize() for m in at._tree_runner().forward_msgs()) if hasattr(at, "_tree_runner") else None
    return run_s + gc_s, gc_s, sent


at = AppTest.from_file(os.path.join(root, "dashboard.py"), default_timeout=900)
out = {}
out["cold_s"], _, out["cold_bytes"] = timed(at)  # the default page, in a new process: data read
at.switch_page(f"pages/{page}.py")  # then the page itself: what a user who opens it waits for
out["open_s"], out["open_gc_s"], out["open_bytes"] = timed(at)
frames = store.open_store().read_frames()
raw = list(filter_options(frames.cohorts, frames.facts).values())
changes, gcs, sizes = [], [], []
for index, pick in plan:
    options = raw[index]
    at.sidebar.multiselect[index].set_value([] if pick is None else [options[pick % len(options)]])
    seconds, gc_s, sent = timed(at)
    changes.append(seconds)
    gcs.append(gc_s)
    sizes.append(sent)
out.update(change_s=changes, change_gc_s=gcs, change_bytes=sizes, post_gc=post_gc)
print(json.dumps(out))
"""


def _child(url: str, page: str, data_dir: str, root: Path = ROOT) -> dict[str, Any]:
    env = {**os.environ, "DASBOR_DB_URL": url, "DASBOR_DATA_DIR": data_dir, "DASBOR_LOCAL_MODE": "1"}
    script = PATCH + MEASURE
    proc = subprocess.run(
        [sys.executable, "-c", script, str(root), page, json.dumps(PLAN)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{page}: {proc.stderr[-3000:]}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


# AppTest builds a LocalScriptRunner per run and drops it; keep the last one so the child can read the
# ForwardMsgs the run queued (the element tree AppTest parses from them has lost their sizes).
PATCH: Final = r"""
from streamlit.testing.v1 import app_test as _app_test, local_script_runner as _lsr
_runners = []
_original_init = _lsr.LocalScriptRunner.__init__
def _init(self, *args, **kwargs):
    _original_init(self, *args, **kwargs)
    _runners.append(self)
_lsr.LocalScriptRunner.__init__ = _init
def _tree_runner(self):
    return _runners[-1]
_app_test.AppTest._tree_runner = _tree_runner
"""


def _kb(sizes: list[int | None]) -> float | None:
    known = [s for s in sizes if s is not None]
    return round(max(known) / 1000, 1) if known else None


def _row(engine: str, size: str, page: str, m: dict[str, Any]) -> dict[str, Any]:
    changes = m["change_s"]
    new, seen = _split(changes)
    return {
        "engine": engine,
        "store": size,
        "page": page,
        "cold_s": round(m["cold_s"], 3),
        "open_ms": round(1000 * m["open_s"]),
        "change_median_ms": round(1000 * statistics.median(changes)),
        "change_max_ms": round(1000 * max(changes)),
        "new_median_ms": round(1000 * statistics.median(new)),
        "new_max_ms": round(1000 * max(new)),
        "seen_median_ms": round(1000 * statistics.median(seen)),
        "gc_median_ms": round(1000 * statistics.median(m["change_gc_s"])),
        "open_kB": _kb([m["open_bytes"]]),
        "change_max_kB": _kb(m["change_bytes"]),
    }


def _sqlite_store(n: int | None, rebuild: bool) -> str:
    """A kept SQLite store with the sample cohorts (n None) or n synthetic participants."""
    STORES.mkdir(parents=True, exist_ok=True)
    path = STORES / f"sqlite-{n or 'sample'}.sqlite3"
    if rebuild and path.exists():
        path.unlink()
    if not path.exists():
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        store = open_store(f"sqlite:///{partial}")
        seed_samples(store) if n is None else fill_store(store, n)
        store.close()
        partial.rename(path)
    return f"sqlite:///{path}"


def _pg_store(admin_url: str, n: int | None, rebuild: bool) -> str:
    """A kept PostgreSQL database dasbor_bench_<n> (filled once; 'complete' marked in its audit log)."""
    name = f"{os.environ.get(PG_PREFIX_ENV) or 'dasbor_bench'}_{n or 'sample'}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.scalar(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
        if exists and rebuild:
            conn.execute(sa.text(f'DROP DATABASE "{name}" WITH (FORCE)'))
            exists = False
        if not exists:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    url = sa.make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    store = open_store(url)
    if store.is_empty():
        seed_samples(store) if n is None else fill_store(store, n)
    store.close()
    return url


def run(
    n_participants: int = 1_000_000,
    pages: tuple[str, ...] = PAGES,
    *,
    sqlite_only: bool = False,
    rebuild: bool = False,
) -> list[dict[str, Any]]:
    """Every page on each engine: the sample store first, then the big one, with ratios big / sample."""
    pg_url = next((os.environ[e] for e in PG_ENVS if os.environ.get(e)), None)
    engines: list[tuple[str, Any]] = [("sqlite", lambda n: _sqlite_store(n, rebuild))]
    if pg_url and not sqlite_only:
        engines.append(("postgresql", lambda n: _pg_store(pg_url, n, rebuild)))
    rows: list[dict[str, Any]] = []
    size = f"{n_participants:,}".replace(",", ".")
    for engine, make in engines:
        small_url, big_url = make(None), make(n_participants)
        for page in pages:
            with tempfile.TemporaryDirectory(prefix="bench-pages-") as data_dir:
                base = _row(engine, "data contoh", page, _child(small_url, page, data_dir))
            with tempfile.TemporaryDirectory(prefix="bench-pages-") as data_dir:
                big = _row(engine, size, page, _child(big_url, page, data_dir))
            big["open_ratio"] = round(big["open_ms"] / max(base["open_ms"], 1), 2)
            big["change_ratio"] = round(big["change_median_ms"] / max(base["change_median_ms"], 1), 2)
            big["new_ratio"] = round(big["new_median_ms"] / max(base["new_median_ms"], 1), 2)
            rows += [base, big]
            print("  " + ", ".join(f"{k}={v}" for k, v in big.items()), file=sys.stderr, flush=True)
    return rows


def against(
    other: Path, n_participants: int, pages: tuple[str, ...], rounds: int = 2, *, postgresql: bool = False
) -> list[dict[str, Any]]:
    """A/B under the same load: the same children run alternately from another checkout (e.g. `git worktree
    add /tmp/lama <commit>`, same .venv) and from this one, on the kept SQLite store (`postgresql`: the kept
    PostgreSQL one); median filter change, and of the new choices and the ones seen before apart."""
    pg_url = next((os.environ[e] for e in PG_ENVS if os.environ.get(e)), None)
    if postgresql and not pg_url:
        raise SystemExit(f"--postgresql needs {' or '.join(PG_ENVS)}")
    big = _pg_store(pg_url, n_participants, False) if postgresql and pg_url else None
    url = big or _sqlite_store(n_participants, False)
    changes: dict[tuple[str, str], list[float]] = {}
    fresh: dict[tuple[str, str], list[float]] = {}
    seen: dict[tuple[str, str], list[float]] = {}
    opens: dict[tuple[str, str], list[float]] = {}
    for _ in range(rounds):
        for name, root in (("lain", other), ("ini", ROOT)):
            for page in pages:
                with tempfile.TemporaryDirectory(prefix="bench-pages-") as data_dir:
                    measured = _child(url, page, data_dir, root)
                changes.setdefault((name, page), []).extend(measured["change_s"])
                new, old = _split(measured["change_s"])
                fresh.setdefault((name, page), []).extend(new)
                seen.setdefault((name, page), []).extend(old)
                opens.setdefault((name, page), []).append(measured["open_s"])
    return [
        {
            "tree": str(other) if name == "lain" else "ini",
            "page": page,
            "open_median_ms": round(1000 * statistics.median(opens[(name, page)])),
            "change_median_ms": round(1000 * statistics.median(values)),
            "new_median_ms": round(1000 * statistics.median(fresh[(name, page)])),
            "new_max_ms": round(1000 * max(fresh[(name, page)])),
            "seen_median_ms": round(1000 * statistics.median(seen[(name, page)])),
        }
        for (name, page), values in changes.items()
    ]


def main() -> int:
    """Print and save the figures (benchmarks/out/pages.json); `--against DIR` compares with another checkout."""
    args = sys.argv[1:]
    pages: tuple[str, ...] = PAGES
    if "--pages" in args:
        pages = tuple(args[args.index("--pages") + 1].split(","))
    n = 100_000 if "--quick" in args else 1_000_000
    if "--against" in args:
        other = Path(args[args.index("--against") + 1])
        return report(against(other, n, pages, postgresql="--postgresql" in args), "pages-against")
    return report(run(n, pages, sqlite_only="--sqlite-only" in args, rebuild="--rebuild" in args), "pages")


if __name__ == "__main__":
    sys.exit(main())
