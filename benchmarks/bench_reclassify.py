"""Re-classifying a whole store after the reference tables changed, against a baseline of the same run.

For each engine (SQLite always; PostgreSQL when DASBOR_TEST_PG_URL is set): fill N fictional participants
(benchmarks.synthetic_store), then "age" the store as an older reference release would have left it: a
fifth of the distinct instansi texts stored as unknown. Timed: Store.plan_reclassification (what the
Kelola preview and `python -m store reclassify` run), Store.reclassify (the apply), and as the baseline the
rewrite of every cohort's facts (the cost of any write touching the whole store). Target: plan + apply of
1,000,000 participants under 1 minute. Run: ``python -m benchmarks.bench_reclassify [--quick]``.
"""

from __future__ import annotations

import os
import random
import sys
import time
from typing import Any

import sqlalchemy as sa

from benchmarks.bench_store import PG_ENV, _database, _ratio
from benchmarks.synthetic_store import fill_store
from benchmarks.timing import report
from store import facts as facts_sql
from store import open_store
from store.schema import cohorts, participants

AGED_SHARE = 0.2  # distinct texts an older release did not know


def _age(engine: sa.Engine, seed: int = 3) -> int:
    """Store a fifth of the distinct instansi texts as unknown; returns the participants touched."""
    with engine.begin() as conn:
        texts = sorted(t for (t,) in conn.execute(sa.select(participants.c.instansi).distinct()) if t)
        aged = random.Random(seed).sample(texts, int(len(texts) * AGED_SHARE))
        result = conn.execute(
            sa.update(participants)
            .where(participants.c.instansi == sa.bindparam("text"))
            .values(sector="unknown", level=None, agency=None, province=None),
            [{"text": t} for t in aged],
        )
        return int(result.rowcount)


def _rewrite_facts(engine: sa.Engine) -> None:
    with engine.begin() as conn:
        ids = [int(i) for (i,) in conn.execute(sa.select(cohorts.c.cohort_id))]
        facts_sql.delete_facts(conn, ids)
        facts_sql.insert_facts(conn, ids)


def measure(engine_name: str, n: int) -> dict[str, Any]:
    """One engine's row: plan, apply, and the facts-rewrite baseline (seconds, ratios)."""
    with _database(engine_name) as url:
        store = open_store(url)
        try:
            fill_store(store, n)
            aged = _age(store.engine)
            start = time.perf_counter()
            _rewrite_facts(store.engine)
            baseline = time.perf_counter() - start
            start = time.perf_counter()
            plan = store.plan_reclassification()
            planned = time.perf_counter() - start
            start = time.perf_counter()
            changed = store.reclassify(plan, user="benchmark")
            applied = time.perf_counter() - start
            assert changed == plan.n_participants >= aged, (changed, aged)
            assert store.plan_reclassification().empty
        finally:
            store.close()
    return {
        "engine": engine_name,
        "participants": n,
        "texts_changed": len(plan.changes),
        "participants_changed": changed,
        "cohorts_changed": len(plan.cohorts),
        "plan_s": round(planned, 2),
        "apply_s": round(applied, 2),
        "total_s": round(planned + applied, 2),
        "facts_rewrite_baseline_s": round(baseline, 2),
        "total_vs_baseline": _ratio(planned + applied, baseline),
    }


def run(n: int = 1_000_000) -> list[dict[str, Any]]:
    """Rows for SQLite, and PostgreSQL when its URL is set."""
    engines = ["sqlite", *(["postgresql"] if os.environ.get(PG_ENV) else [])]
    return [measure(name, n) for name in engines]


if __name__ == "__main__":
    sys.exit(report(run(100_000 if "--quick" in sys.argv else 1_000_000), "reclassify"))
