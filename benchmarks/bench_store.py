"""Store speed at dashboard scale, against baselines measured in the same run on the same database.

For each engine (SQLite always; PostgreSQL when DASBOR_TEST_PG_URL is set, in a throwaway database):
fill N fictional participants (benchmarks.synthetic_store), then time what the pages call:
facts() against a plain ``pandas.read_sql`` of the same table, participants() pages and searches against
the raw SQL they boil down to, the quality queries, one upload, a personal-data deletion, and a backup
round trip on a smaller store. Run: ``python -m benchmarks.bench_store [--quick]``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd
import sqlalchemy as sa

from benchmarks.synthetic_store import fill_store, synthetic_upload
from benchmarks.timing import best_of, report
from store import Store, open_store
from store.backup import export_backup, restore_backup

OUT = Path(__file__).resolve().parent / "out"
PG_ENV = "DASBOR_TEST_PG_URL"
BACKUP_SIZE = 20_000


@contextmanager
def _database(engine: str) -> Iterator[str]:
    """A fresh, empty database URL for one engine; removed afterwards."""
    if engine == "sqlite":
        with tempfile.TemporaryDirectory(prefix="bench-store-") as folder:
            yield f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        return
    admin_url = os.environ[PG_ENV]
    name = f"dasbor_bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield sa.make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _ratio(ours: float, baseline: float) -> float:
    return round(ours / baseline, 2) if baseline > 0 else float("nan")


def _measure_store(store: Store, n: int) -> dict[str, Any]:
    row: dict[str, Any] = {}
    engine = store.engine

    def raw_count() -> int:
        with engine.connect() as conn:
            return int(conn.execute(sa.text("SELECT count(*) FROM participants")).scalar_one())

    count_s, _ = best_of(raw_count)
    read_sql_s, facts_raw = best_of(lambda: pd.read_sql("SELECT * FROM facts", engine), repeat=1)
    facts_s, facts = best_of(store.facts, repeat=2)
    assert len(facts) == len(facts_raw)
    row |= {
        "facts_rows": len(facts),
        "baseline_count_s": round(count_s, 3),
        "baseline_read_sql_facts_s": round(read_sql_s, 2),
        "facts_s": round(facts_s, 2),
        "facts_vs_read_sql": _ratio(facts_s, read_sql_s),
    }
    cohorts_s, cohorts = best_of(store.cohorts)
    row["cohorts_s"] = round(cohorts_s, 3)
    some = cohorts["cohort_id"].head(50).tolist()
    row["facts_50_cohorts_s"] = round(best_of(lambda: store.facts(some))[0], 3)

    def raw_page() -> None:  # what one page costs in plain SQL: the rows and the total count
        pd.read_sql("SELECT * FROM participants ORDER BY cohort_id, participant_id LIMIT 1000", engine)
        raw_count()

    page_raw_s, _ = best_of(raw_page)
    page_s, _ = best_of(lambda: store.participants(None, limit=1000))
    row |= {
        "baseline_raw_page_s": round(page_raw_s, 3),
        "page_s": round(page_s, 3),
        "page_vs_raw": _ratio(page_s, page_raw_s),
    }
    # The same predicate as Store.participants(search=...), as hand-written SQL: count plus one page.
    where = " OR ".join(f"lower({c}) LIKE :term" for c in ("name", "nip", "instansi", "agency"))

    def raw_search() -> None:
        with engine.connect() as conn:
            conn.execute(
                sa.text(f"SELECT count(*) FROM participants WHERE {where}"), {"term": "%santoso%"}
            ).all()
            conn.execute(
                sa.text(f"SELECT * FROM participants WHERE {where} LIMIT 100"), {"term": "%santoso%"}
            ).all()

    search_raw_s, _ = best_of(raw_search)
    search_s, (_, found) = best_of(lambda: store.participants(None, search="Santoso", limit=100))
    row |= {
        "baseline_raw_search_s": round(search_raw_s, 3),
        "search_s": round(search_s, 3),
        "search_vs_raw": _ratio(search_s, search_raw_s),
        "search_hits": found,
    }
    row["filtered_page_s"] = round(
        best_of(
            lambda: store.participants(None, sectors=["regional"], levels=["city"], offset=2000, limit=100)
        )[0],
        3,
    )
    row["one_cohort_page_s"] = round(best_of(lambda: store.participants(some[:1]))[0], 4)
    row["repeat_people_s"] = round(best_of(store.repeat_people, repeat=1)[0], 2)
    row["unknown_agencies_s"] = round(best_of(store.unknown_agencies, repeat=1)[0], 2)
    row["load_issues_s"] = round(best_of(lambda: store.load_issues(some))[0], 3)

    upload = synthetic_upload(30, angkatan="BENCH")
    start = time.perf_counter()
    cohort_id = store.save_cohort(upload, user="bench")
    row["save_30_s"] = round(time.perf_counter() - start, 3)
    big = synthetic_upload(10_000, angkatan="BENCH", seed=3)
    start = time.perf_counter()
    store.save_cohort(big, user="bench", replace=True)
    row["replace_10k_s"] = round(time.perf_counter() - start, 2)
    nip = str(big.participants["nip"].iloc[0])
    start = time.perf_counter()
    store.delete_person(nip, user="bench")
    row["delete_person_s"] = round(time.perf_counter() - start, 3)
    store.delete_cohort(cohort_id, user="bench")
    return row


def _measure_backup(url: str) -> dict[str, Any]:
    store = open_store(url)
    try:
        fill_store(store, BACKUP_SIZE, seed=5)
        export_s, data = best_of(lambda: export_backup(store), repeat=1)
        restore_s, _ = best_of(lambda: restore_backup(store, data, user="bench"), repeat=1)
        return {
            f"backup_{BACKUP_SIZE // 1000}k_export_s": round(export_s, 2),
            f"backup_{BACKUP_SIZE // 1000}k_restore_s": round(restore_s, 2),
            f"backup_{BACKUP_SIZE // 1000}k_mb": round(len(data) / 2**20, 1),
        }
    finally:
        store.close()


def run(n: int = 1_000_000, engines: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
    """One result row per engine."""
    if engines is None:
        engines = ("sqlite", "postgresql") if os.environ.get(PG_ENV) else ("sqlite",)
    results = []
    for engine in engines:
        with _database(engine) as url:
            store = open_store(url)
            try:
                start = time.perf_counter()
                n_cohorts = fill_store(store, n)
                fill_s = time.perf_counter() - start
                row: dict[str, Any] = {
                    "name": f"store {engine} {n:,} peserta".replace(",", "."),
                    "cohorts": n_cohorts,
                    "fill_s": round(fill_s, 1),
                    "fill_rows_per_s": round(n / fill_s),
                }
                row |= _measure_store(store, n)
            finally:
                store.close()
        with _database(engine) as url:
            row |= _measure_backup(url)
        row["target"] = "facts() <= read_sql; page/search within 2x raw SQL; no timed assertions in tests"
        results.append(row)
    return results


def main() -> int:
    """`python -m benchmarks.bench_store [--quick]`: 1.000.000 participants (100.000 with --quick)."""
    quick = "--quick" in sys.argv
    return report(run(100_000 if quick else 1_000_000), "store")


if __name__ == "__main__":
    sys.exit(main())
