"""The store under failure and load: errors mid-write, a killed process, concurrent writers, readers during a replace."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

import store.facts
from store import Store, StoreError, open_store, seed_samples
from store.backup import export_backup, restore_backup
from tests.factories import assert_facts_add_up, dump, person, reference_upload, small_upload

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def db(db_url: str) -> Iterator[Store]:
    opened = open_store(db_url)
    yield opened
    opened.close()


def _boom(*_args: Any) -> None:
    raise RuntimeError("gagal disuntikkan di tengah penyimpanan")


def _save_new(db: Store) -> Callable[[], Any]:
    return lambda: db.save_cohort(small_upload("II", [person(i) for i in range(50)]), user="admin")


def _replace(db: Store) -> Callable[[], Any]:
    return lambda: db.save_cohort(reference_upload(venue="Tempat baru"), user="admin", replace=True)


def _delete_person(db: Store) -> Callable[[], Any]:
    return lambda: db.delete_person(reference_upload().participants["nip"].iloc[0], user="admin")


def _restore(db: Store) -> Callable[[], Any]:
    data = export_backup(db)
    db.delete_cohort(int(db.cohorts()["cohort_id"].iloc[0]), user="admin")
    return lambda: restore_backup(db, data, user="admin")


@pytest.mark.parametrize(
    "prepare", [_save_new, _replace, _delete_person, _restore], ids=lambda f: f.__name__[1:]
)
def test_error_mid_write_leaves_the_store_exactly_as_before(
    db: Store, monkeypatch: pytest.MonkeyPatch, prepare
):
    db.save_cohort(reference_upload(), user="admin")
    db.save_cohort(small_upload("I", [person(i) for i in range(5)]), user="admin")
    write = prepare(db)
    monkeypatch.setattr(store.facts, "insert_facts", _boom)
    before, generation = dump(db), db.generation()
    with pytest.raises(RuntimeError, match="disuntikkan"):
        write()
    assert dump(db) == before
    assert db.generation() == generation
    monkeypatch.undo()
    _save_new(db)()  # still usable
    assert_facts_add_up(db.facts())


CHILD_SAVE = r"""
import sys, time
import store.facts
from store import open_store
from tests.factories import person, reference_upload, small_upload

url, mode = sys.argv[1], sys.argv[2]
db = open_store(url)

def pause(conn, ids):
    print("PAUSED", flush=True)  # the participants are inserted, the transaction is open
    time.sleep(600)

store.facts.insert_facts = pause
if mode == "replace":
    upload = reference_upload(venue="Tidak boleh terlihat")
    upload.participants = upload.participants.iloc[:5].copy()
    db.save_cohort(upload, user="anak", replace=True)
else:
    db.save_cohort(small_upload("BESAR", [person(i) for i in range(20_000)]), user="anak")
"""


def _child(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.mark.parametrize("mode", ["save", "replace"])
def test_process_killed_mid_transaction_leaves_the_store_as_before(db_url: str, mode: str):
    db = open_store(db_url)
    db.save_cohort(reference_upload(), user="admin")
    before, generation = dump(db), db.generation()
    db.close()

    child = _child(CHILD_SAVE, db_url, mode)
    assert child.stdout is not None
    line = child.stdout.readline()  # blocks until the child is inside its transaction
    assert line.strip() == "PAUSED", child.stderr.read() if child.stderr else ""
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    reopened = open_store(db_url)
    assert dump(reopened) == before
    assert reopened.generation() == generation
    if reopened.dialect == "sqlite":
        with reopened.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    reopened.save_cohort(small_upload("I", [person(i) for i in range(3)]), user="admin")
    assert reopened.participants()[1] == 29
    reopened.close()


def _wait_all(jobs: list[Callable[[], Any]]) -> list[Any]:
    """Run the jobs in threads that start together; results (or exceptions) in order."""
    barrier = threading.Barrier(len(jobs))

    def run(job: Callable[[], Any]) -> Any:
        barrier.wait()
        try:
            return job()
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            return exc

    with ThreadPoolExecutor(len(jobs)) as pool:
        return list(pool.map(run, jobs))


def _check_cohorts(db: Store, expected: dict[str, int]) -> None:
    cohorts = db.cohorts().set_index("angkatan")
    assert sorted(cohorts.index) == sorted(expected)
    for angkatan, n in expected.items():
        assert cohorts.loc[angkatan, "n_participants"] == n
    frame, total = db.participants(None, limit=None)
    assert total == sum(expected.values()) == len(frame)
    assert not frame.duplicated(["cohort_id", "row"]).any()
    facts = db.facts()
    assert_facts_add_up(facts)
    totals = facts.query("dimension == 'total'").groupby("cohort_id")["n"].sum()
    assert totals.to_dict() == cohorts.set_index("cohort_id")["n_participants"].to_dict()


def test_eight_threads_share_one_store(db: Store):
    generation = db.generation()
    uploads = [small_upload(f"T{k}", [person(k * 1000 + i) for i in range(100 + k)]) for k in range(8)]
    results = _wait_all([lambda u=u: db.save_cohort(u, user="admin") for u in uploads])
    assert all(isinstance(r, int) for r in results), results
    assert len(set(results)) == 8
    _check_cohorts(db, {f"T{k}": 100 + k for k in range(8)})
    assert db.generation() == generation + 8
    assert len(db.audit_log()) == 8


def test_racing_uploads_of_the_same_cohort_store_it_once(db: Store):
    upload = small_upload("SAMA", [person(i) for i in range(30)])
    results = _wait_all([lambda: db.save_cohort(upload, user="admin") for _ in range(4)])
    saved = [r for r in results if isinstance(r, int)]
    refused = [r for r in results if isinstance(r, StoreError)]
    assert len(saved) == 1 and len(refused) == 3, results
    assert all(r.code == "exists" for r in refused)
    _check_cohorts(db, {"SAMA": 30})


def test_two_sessions_seeding_at_once_load_the_samples_once(db_url: str):
    stores = [open_store(db_url), open_store(db_url)]
    results = _wait_all([lambda s=s: seed_samples(s) for s in stores])
    assert sorted(results) == [0, 7], results
    assert len(stores[0].cohorts()) == 7
    for s in stores:
        s.close()


CHILD_WRITER = r"""
import sys
import pandas as pd
from loaders.schema import PARTICIPANT_COLUMNS
from store import CohortUpload, open_store

url, worker = sys.argv[1], int(sys.argv[2])
db = open_store(url)
for k in range(2):
    angkatan = f"P{worker}{k}"
    rows = [
        {"sheet": "Peserta", "row": i + 2, "name": f"Peserta Fiktif {worker}-{k}-{i}", "nip_status": "missing",
         "gender": "LP"[i % 2], "instansi": "Kementerian Keuangan", "agency": "Kementerian Keuangan",
         "sector": "central", "level": "ministry", "issues": ()}
        for i in range(300)
    ]
    frame = pd.DataFrame(rows, columns=list(PARTICIPANT_COLUMNS))
    upload = CohortUpload("Pelatihan Uji Coba", angkatan, 2024, None, None, None, "Peserta", frame, [],
                          f"uji_{angkatan}.csv", angkatan.ljust(64, "0"))
    db.save_cohort(upload, user="anak")
print("OK", flush=True)
"""


def test_four_processes_write_at_once(db: Store):
    children = [_child(CHILD_WRITER, db.url, str(worker)) for worker in range(4)]
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0 and out.strip() == "OK", err
    _check_cohorts(db, {f"P{w}{k}": 300 for w in range(4) for k in range(2)})


def test_reader_never_sees_half_a_cohort_during_replace(db_url: str):
    writer, reader = open_store(db_url), open_store(db_url)
    full = reference_upload()
    part = reference_upload()
    part.participants = part.participants.iloc[:20].copy()
    cohort_id = writer.save_cohort(full, user="admin")
    done = threading.Event()
    problems: list[str] = []
    reads = 0

    def write() -> None:
        try:
            for k in range(12):
                writer.save_cohort(part if k % 2 == 0 else full, user="admin", replace=True)
        finally:
            done.set()

    thread = threading.Thread(target=write)
    thread.start()
    while not done.is_set() or reads < 5:
        facts = reader.facts([cohort_id])
        total = int(facts.loc[facts["dimension"] == "total", "n"].sum())
        sums = facts.groupby("dimension")["n"].sum().to_dict()
        if total not in (20, 26) or set(sums.values()) != {total}:
            problems.append(f"facts {sums}")
        n = int(reader.cohorts().set_index("cohort_id").loc[cohort_id, "n_participants"])
        rows = reader.participants([cohort_id], limit=None)[1]
        if n not in (20, 26) or rows not in (20, 26):
            problems.append(f"cohort {n} participants {rows}")
        reads += 1
        time.sleep(0.002)
    thread.join()
    assert problems == []
    assert reads >= 5
    writer.close()
    reader.close()


def test_sqlite_writer_waits_for_a_long_transaction(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    first, second = open_store(url), open_store(url)
    with first.engine.connect() as conn:
        conn.execution_options(dasbor_write=True)
        with conn.begin():
            conn.execute(sa.text("UPDATE store_state SET generation = generation + 1"))
            started = time.perf_counter()
            waiter = threading.Thread(
                target=lambda: second.save_cohort(small_upload("I", [person(1)]), user="x")
            )
            waiter.start()
            time.sleep(0.5)
            assert waiter.is_alive()  # queued on the write lock, not failed
    waiter.join(timeout=30)
    assert time.perf_counter() - started >= 0.5
    assert second.participants()[1] == 1
    first.close()
    second.close()


def test_concurrent_large_saves_on_sqlite_all_succeed_in_turn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The attack: parallel large saves. Each 20,000-row save holds the write lock longer than SQLite's
    busy timeout (scaled down here from 30 s to 0.1 s), so without a queue the later ones failed with
    "database is locked"; in turn, they all succeed and the waiting ones report how long they waited."""
    import store.engine

    monkeypatch.setattr(store.engine, "SQLITE_BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(store.engine, "WAIT_REPORT_SECONDS", 0.1)
    db = open_store(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    rows = [person(i) for i in range(20_000)]
    uploads = [small_upload(f"B{k}", rows) for k in range(4)]
    waited: list[float] = []
    results = _wait_all([lambda u=u: db.save_cohort(u, user="admin", on_wait=waited.append) for u in uploads])
    assert all(isinstance(r, int) for r in results), results
    _check_cohorts(db, {f"B{k}": 20_000 for k in range(4)})
    assert waited and max(waited) > 0.1
    db.close()


def test_a_save_that_never_gets_its_turn_fails_clearly_and_saves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import store.engine

    monkeypatch.setattr(store.engine, "WRITE_TURN_SECONDS", 1.0)
    monkeypatch.setattr(store.engine, "WAIT_REPORT_SECONDS", 0.1)
    db = open_store(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    generation = db.generation()
    holding, release = threading.Event(), threading.Event()

    def hold_the_turn() -> None:  # another process's long write
        with store.engine.write_turn(db.engine):
            holding.set()
            release.wait(30)

    holder = threading.Thread(target=hold_the_turn)
    holder.start()
    holding.wait(10)
    waited: list[float] = []
    try:
        with pytest.raises(StoreError, match="belum disimpan. Coba lagi") as caught:
            db.save_cohort(small_upload("I", [person(1)]), user="admin", on_wait=waited.append)
    finally:
        release.set()
        holder.join()
    assert caught.value.code == "busy"
    assert waited and waited == sorted(waited)
    assert db.generation() == generation and db.cohorts().empty
    db.save_cohort(small_upload("I", [person(1)]), user="admin")  # the retry, once the turn is free
    db.close()


def test_sessions_opening_a_new_database_at_once_migrate_it_once(db_url: str):
    results = _wait_all([lambda: open_store(db_url) for _ in range(4)])
    assert all(isinstance(r, Store) for r in results), results
    from store.engine import current_revision, head_revision

    assert {current_revision(r.engine) for r in results} == {head_revision()}
    assert results[0].generation() == 0 and results[0].is_empty()
    for r in results:
        r.close()


def test_opening_the_store_while_sqlite_removes_its_wal_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """SQLite deletes the -wal and -shm files when its last connection closes; a session opening the store at that
    moment used to fail (the file's mode was set by name after opening it, and the name was gone). The file vanishing
    right after it is opened is reproduced here: the store still opens, and the database keeps its 0600 mode."""
    database = tmp_path / "dasbor.sqlite"
    open_store(f"sqlite:///{database}").close()
    (tmp_path / "dasbor.sqlite-wal").touch()  # left behind, as when another process still holds a connection
    real_open = os.open

    def open_then_vanish(path: Any, flags: int, *args: Any) -> int:
        fd = real_open(path, flags, *args)
        if str(path).endswith("-wal"):
            os.unlink(path)  # the last connection elsewhere closed: SQLite removed its WAL file
        return fd

    monkeypatch.setattr(os, "open", open_then_vanish)
    reopened = open_store(f"sqlite:///{database}")
    monkeypatch.undo()
    assert reopened.is_empty()
    reopened.close()
    assert database.stat().st_mode & 0o777 == 0o600
