"""The Store: every read and write of the dashboard's data, each write one all-or-nothing transaction."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

import numpy as np
import pandas as pd
import sqlalchemy as sa

from loaders.agencies import AgencyClass, override_key
from loaders.errors import RosterError
from loaders.frames import LOAD_ISSUES
from loaders.metadata import normalise_angkatan
from loaders.nip import normalise_nip
from loaders.overrides import default_path as default_overrides_path
from loaders.overrides import load_overrides
from loaders.schema import PARTICIPANT_COLUMNS
from store import classification
from store import facts as facts_sql
from store.audit import clean_user, read_audit_log, record_audit
from store.bulk import insert_rows
from store.diff import CohortDiff, diff_participants
from store.engine import OnWait, create_engine, migrate, read_transaction, resolve_url, write_transaction
from store.errors import StoreError
from store.frames import COHORT_COLUMNS, cohorts_frame, participants_frame
from store.records import DERIVED_COLUMNS, participant_rows, reference_date
from store.schema import STATE_ID, cohorts, load_issues, participants, settings, store_state
from store.snapshot import SnapshotKey, read_snapshot, write_snapshot
from store.uploads import CohortUpload, cohort_key, cohort_label

FACT_COLUMNS: Final = facts_sql.FACT_COLUMNS
ISSUE_COLUMNS: Final = LOAD_ISSUES.columns
SCRUBBED_TABLES: Final = ("participants", "load_issues")  # the tables that hold names and NIPs


def open_store(url: str | None = None) -> Store:
    """Connect to the store (argument, $DASBOR_DB_URL, secrets.toml or SQLite in var/) and migrate it to head."""
    resolved = resolve_url(url)
    engine = create_engine(resolved)
    try:
        migrate(engine)
    except sa.exc.OperationalError as exc:
        engine.dispose()
        shown = sa.make_url(resolved).render_as_string(hide_password=True)
        raise StoreError(
            "unavailable",
            f"Basis data {shown} tidak dapat dibuka ({type(exc.orig).__name__}). "
            "Periksa alamat, sandi dan apakah servernya berjalan.",
        ) from exc
    store = Store(engine, resolved)
    store.import_corrections_file()
    return store


def ids_in(column: sa.ColumnElement[int], ids: Sequence[int]) -> sa.ColumnElement[bool]:
    """column IN (ids), the integers written into the SQL (no per-value parameter limit)."""
    values = [int(i) for i in ids]
    return column.in_(sa.bindparam(None, values, expanding=True, literal_execute=True, type_=sa.BigInteger))


@dataclass(frozen=True)
class RepeatIndex:
    """The people found in more than one cohort (Store.repeat_index) as flat arrays: their keys, and one
    (person, cohort) pair per distinct cohort each is in. Person keys (a NIP or a normalised name) stay in the
    server's memory: the pages only pass them back to the store."""

    keys: np.ndarray  # person_key per person (object)
    person: np.ndarray  # int64: position in `keys`, per (person, cohort) pair
    cohort: np.ndarray  # int64: cohort id, per (person, cohort) pair

    def keys_in(self, cohort_ids: Sequence[int]) -> list[str]:
        """The people in at least two of these cohorts: exactly those repeat_people finds for them."""
        wanted = np.asarray(list(cohort_ids), dtype=np.int64)
        if not len(wanted) or not len(self.cohort):
            return []
        chosen = np.isin(self.cohort, wanted)
        counts = np.bincount(self.person[chosen], minlength=len(self.keys))
        return [str(k) for k in self.keys[counts >= 2]]


# How long a deletion's clean-up waits for transactions that started before it (PostgreSQL).
SCRUB_WAIT_S: Final = 30.0

# What keeps a row deleted before `xmax` (the first transaction id not yet given out when the clean-up began)
# from being removed: a snapshot older than that in this database (or in none: WAL senders, backends still
# connecting), or a transaction id older than that in ANY database (PostgreSQL's horizons start from the
# oldest running transaction id of the whole server).
_OLDER_SNAPSHOTS: Final = sa.text(
    "SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND ("
    "((datname = current_database() OR datname IS NULL) AND age(backend_xmin) > age(CAST(:xmax AS xid))) "
    "OR age(backend_xid) > age(CAST(:xmax AS xid)))"
)


def _wait_for_older_snapshots(conn: sa.Connection, timeout: float) -> bool:
    """Wait until no other transaction that could still see the deleted rows is running (True), or `timeout`
    seconds (False). VACUUM FULL copies a deleted row into the new files while any such transaction runs (an
    autovacuum ANALYZE, another server's read): the row's bytes would outlive the deletion."""
    xmax = int(conn.exec_driver_sql("SELECT pg_snapshot_xmax(pg_current_snapshot())::text").scalar_one())
    deadline = time.monotonic() + timeout
    while conn.execute(_OLDER_SNAPSHOTS, {"xmax": str(xmax % 2**32)}).scalar_one():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@dataclass(frozen=True)
class StoreFrames:
    """What the dashboard reads, as of one store generation: the cohorts frame (as Store.cohorts()) and the
    facts frame with categorical text columns (as peserta.facts.prepare_facts(Store.facts()))."""

    generation: int
    cohorts: pd.DataFrame
    facts: pd.DataFrame


class Store:
    """The dashboard's data: cohorts, participants, load reports, facts, audit log."""

    def __init__(self, engine: sa.Engine, url: str | None = None) -> None:
        self.engine = engine
        self.url = url or engine.url.render_as_string(hide_password=False)
        self.dialect: str = engine.dialect.name

    def __repr__(self) -> str:
        return f"Store({self.display_url!r})"

    @property
    def display_url(self) -> str:
        """The URL with any password hidden, for the admin page."""
        return sa.make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        """Close the connection pool."""
        self.engine.dispose()

    # --- reads -------------------------------------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[sa.Connection]:
        """A read-only transaction; all its statements see one snapshot (SQLite WAL, PostgreSQL REPEATABLE READ)."""
        with read_transaction(self.engine) as conn:
            yield conn

    def generation(self) -> int:
        """A counter bumped by every committed change: the pages' cache key."""
        with self._read() as conn:
            return _generation(conn)

    def is_empty(self) -> bool:
        """No cohort stored."""
        with self._read() as conn:
            return conn.scalar(sa.select(cohorts.c.cohort_id).limit(1)) is None

    def cohorts(self) -> pd.DataFrame:
        """One row per cohort, newest start date first (columns: COHORT_COLUMNS)."""
        with self._read() as conn:
            return _read_cohorts(conn)

    def facts(self, cohort_ids: Sequence[int] | None = None) -> pd.DataFrame:
        """The facts table (see docs/architecture.md), optionally for some cohorts only."""
        with self._read() as conn:
            return facts_sql.read_facts(conn, cohort_ids)

    def agency_facts(self, agencies: Sequence[str]) -> pd.DataFrame:
        """The facts of these agencies' participants only (every cohort; agency names as classified)."""
        with self._read() as conn:
            return facts_sql.agency_facts(conn, agencies)

    def read_frames(self) -> StoreFrames:
        """Cohorts and facts (text columns categorical) of one generation, all read in one transaction.

        From the on-disk snapshot of that generation when there is one (store/snapshot.py), else from the
        database, and then kept as that snapshot for the next reader (another session or server process).
        """
        with self._read() as conn:
            generation = _generation(conn)
            key = SnapshotKey(self.url, generation, _cohorts_fingerprint(conn))
            found = read_snapshot(key)
            if found is not None:
                return StoreFrames(generation, *found)
            frames = StoreFrames(generation, _read_cohorts(conn), facts_sql.read_facts_categorical(conn))
        write_snapshot(key, frames.cohorts, frames.facts)
        return frames

    def find_cohort(self, program: str | None, angkatan: str | None, year: int | None) -> int | None:
        """The stored cohort with this program (case and spaces ignored), angkatan and year."""
        with self._read() as conn:
            found = conn.scalar(
                sa.select(cohorts.c.cohort_id).where(cohorts.c.cohort_key == _key(program, angkatan, year))
            )
        return int(found) if found is not None else None

    def find_by_hash(self, file_sha256: str) -> list[int]:
        """Cohorts saved from a file with this SHA-256 (an identical file uploaded before)."""
        with self._read() as conn:
            found = conn.scalars(
                sa.select(cohorts.c.cohort_id)
                .where(cohorts.c.file_sha256 == file_sha256)
                .order_by(cohorts.c.cohort_id)
            ).all()
        return [int(i) for i in found]

    def diff_cohort(self, cohort_id: int, participants: pd.DataFrame) -> CohortDiff:
        """What replacing the cohort with this participants frame would add, remove and change."""
        stored, _ = self.participants([cohort_id], limit=None)
        return diff_participants(stored, participants)

    def participants(
        self,
        cohort_ids: Sequence[int] | None = None,
        *,
        sectors: Sequence[str] = (),
        levels: Sequence[str] = (),
        provinces: Sequence[str] = (),
        agencies: Sequence[str] = (),
        search: str = "",
        personal: bool = True,
        limit: int | None = 1000,
        offset: int = 0,
    ) -> tuple[pd.DataFrame, int]:
        """One page of participants (filtered and searched in SQL) and the number of matching rows.

        Levels and provinces use "" for unknown, sectors "unknown", as in the facts table; ``agencies`` are
        agency names as classified (Filters.agencies); ``search`` is a
        case-insensitive substring of name, NIP (spaces and dots ignored), instansi or agency. With
        ``personal=False`` (viewers, who see no names and only masked NIPs) it matches instansi and agency
        only, so that the count and the rows cannot reveal a name or recover a NIP digit by digit.
        """
        where = _participant_filters(
            cohort_ids, sectors, levels, provinces, agencies, search, personal=personal
        )
        count_query = sa.select(sa.func.count()).select_from(participants).where(*where)
        with self._read() as conn:
            rows = conn.execute(_page_query(where, limit, offset)).mappings().all()
            total = int(conn.scalar(count_query) or 0)
        return participants_frame(rows), total

    def participant_page(
        self,
        cohort_ids: Sequence[int] | None = None,
        *,
        sectors: Sequence[str] = (),
        levels: Sequence[str] = (),
        provinces: Sequence[str] = (),
        agencies: Sequence[str] = (),
        search: str = "",
        personal: bool = True,
        limit: int | None = 1000,
        offset: int = 0,
    ) -> pd.DataFrame:
        """participants() without the count (a page whose total is already known: counting every matching
        row of a million costs more than fetching the first hundred)."""
        where = _participant_filters(
            cohort_ids, sectors, levels, provinces, agencies, search, personal=personal
        )
        with self._read() as conn:
            rows = conn.execute(_page_query(where, limit, offset)).mappings().all()
        return participants_frame(rows)

    def count_participants(
        self,
        cohort_ids: Sequence[int] | None = None,
        *,
        sectors: Sequence[str] = (),
        levels: Sequence[str] = (),
        provinces: Sequence[str] = (),
        agencies: Sequence[str] = (),
        search: str = "",
        personal: bool = True,
    ) -> int:
        """How many participants participants() would find."""
        where = _participant_filters(
            cohort_ids, sectors, levels, provinces, agencies, search, personal=personal
        )
        with self._read() as conn:
            return int(conn.scalar(sa.select(sa.func.count()).select_from(participants).where(*where)) or 0)

    def load_issues(self, cohort_ids: Sequence[int] | None = None) -> pd.DataFrame:
        """The stored load reports (cohort_id, sheet, row, code, severity, message)."""
        i = load_issues.c
        query = sa.select(*(i[c] for c in ISSUE_COLUMNS)).order_by(
            i.cohort_id, sa.nulls_first(i.row.asc()), i.issue_id
        )
        if cohort_ids is not None:
            query = query.where(ids_in(i.cohort_id, cohort_ids))
        with self._read() as conn:
            rows = conn.execute(query).all()
        return LOAD_ISSUES.from_rows(rows)

    def unknown_agencies(self, cohort_ids: Sequence[int] | None = None) -> pd.DataFrame:
        """Instansi texts not yet classified: instansi, n participants, cohort_ids (most frequent first)."""
        p = participants.c
        # Grouped by an expression, not the column: with the bare column SQLite walks the instansi index and
        # fetches every row by it (7.6 s at 1M participants, 0.6 s as one scan).
        instansi = p.instansi.op("||")(sa.literal_column("''", sa.Text))
        query = (
            sa.select(instansi, sa.func.count().label("n"), self._id_list(p.cohort_id))
            .where(sa.func.coalesce(p.sector, "unknown") == "unknown", p.instansi.is_not(None))
            .group_by(instansi)
            .order_by(sa.func.count().desc(), instansi)
        )
        if cohort_ids is not None:
            query = query.where(ids_in(p.cohort_id, cohort_ids))
        with self._read() as conn:
            rows = conn.execute(query).all()
        return pd.DataFrame(
            {
                "instansi": pd.array([r[0] for r in rows], dtype="str"),
                "n": pd.array([r[1] for r in rows], dtype="int64"),
                "cohort_ids": pd.Series([_ids(r[2]) for r in rows], dtype=object),
            },
            columns=["instansi", "n", "cohort_ids"],
        )

    def uncounted_rows(
        self, cohort_ids: Sequence[int] | None = None, *, limit: int | None = 500
    ) -> tuple[pd.DataFrame, int]:
        """The participants the overview counts as neither K/L nor Pemda (sector other or unknown, missing
        instansi included): cohort_id, sheet, row, instansi, sector; at most `limit` rows, and how many there are."""
        p = participants.c
        sector = sa.func.coalesce(p.sector, "unknown")
        where: list[sa.ColumnElement[bool]] = [sector.in_(["other", "unknown"])]
        if cohort_ids is not None:
            where.append(ids_in(p.cohort_id, cohort_ids))
        query = (
            sa.select(p.cohort_id, p.sheet, p.row, p.instansi, sector)
            .where(*where)
            .order_by(sector.desc(), p.cohort_id, p.participant_id)
        )
        if limit is not None:
            query = query.limit(max(int(limit), 0))
        with self._read() as conn:
            rows = conn.execute(query).all()
            total = int(conn.scalar(sa.select(sa.func.count()).select_from(participants).where(*where)) or 0)
        frame = pd.DataFrame(
            {
                "cohort_id": pd.array([r[0] for r in rows], dtype="int64"),
                "sheet": pd.array([r[1] for r in rows], dtype="str"),
                "row": pd.array([r[2] for r in rows], dtype="Int64"),
                "instansi": pd.array([r[3] for r in rows], dtype="str"),
                "sector": pd.array([r[4] for r in rows], dtype="str"),
            },
            columns=["cohort_id", "sheet", "row", "instansi", "sector"],
        )
        return frame, total

    def repeat_index(self) -> RepeatIndex:
        """Every person (key) found in more than one cohort of the store and those cohorts (one scan: 0.3-0.4 s
        at a million participants, for RepeatIndex.keys_in of every later selection)."""
        p = participants.c
        twice = sa.select(p.person_key).where(p.person_key.is_not(None)).group_by(p.person_key)
        query = (
            sa.select(p.person_key, self._id_list(p.cohort_id))
            .where(p.person_key.in_(twice.having(sa.func.count() > 1)))
            .group_by(p.person_key)
            .having(sa.func.count(sa.distinct(p.cohort_id)) > 1)
        )
        with self._read() as conn:
            rows = conn.execute(query).all()
        ids = [_ids(r[1]) for r in rows]
        return RepeatIndex(
            keys=np.array([r[0] for r in rows], dtype=object),
            person=np.repeat(np.arange(len(rows), dtype=np.int64), [len(i) for i in ids]),
            cohort=np.array([c for i in ids for c in i], dtype=np.int64),
        )

    def _repeat_query(
        self, cohort_ids: Sequence[int] | None, keys: Sequence[str] | None = None
    ) -> sa.Select[Any]:
        """person_key, min(name), max(nip), cohort count, id list of the people in more than one cohort
        (`keys`: the people to look at, from RepeatIndex.keys_in, instead of finding them in SQL)."""
        p = participants.c
        n_cohorts = sa.func.count(sa.distinct(p.cohort_id))
        # "+ 0": the outer query finds each key's rows by person_key alone and then tests the cohort; with
        # the bare column SQLite probes the index once per key x cohort id (hours at 30k cohorts).
        outer_scope = [ids_in(p.cohort_id + 0, cohort_ids)] if cohort_ids is not None else []
        if keys is not None:
            in_keys = self._key_in(p.person_key, keys)
        else:
            # First the keys seen twice (from the (person_key, cohort_id) index alone), then the rest only for
            # those; a key twice in one cohort (listed twice in a file) is dropped by the outer HAVING.
            seen_twice = sa.select(p.person_key).where(p.person_key.is_not(None)).group_by(p.person_key)
            if cohort_ids is not None:
                seen_twice = seen_twice.where(ids_in(p.cohort_id, cohort_ids))
            twice = seen_twice.having(sa.func.count() > 1)
            in_keys = p.person_key.in_(twice)
            if cohort_ids is not None and self.dialect == "postgresql":
                # PostgreSQL guesses tens of thousands of keys seen twice (301 for the 1,640 cohorts of one
                # year at a million participants) and then scans every participant to join them. Given the
                # keys as one array it looks each up in the (person_key, cohort_id) index: 0.35 s -> 0.07 s.
                array = sa.select(sa.func.array_agg(twice.subquery().c.person_key)).scalar_subquery()
                in_keys = p.person_key == sa.any_(sa.cast(array, sa.ARRAY(sa.Text)))  # none: NULL, no row
        return (
            sa.select(
                p.person_key, sa.func.min(p.name), sa.func.max(p.nip), n_cohorts, self._id_list(p.cohort_id)
            )
            .where(in_keys, *outer_scope)
            .group_by(p.person_key)
            .having(n_cohorts > 1)
        )

    def repeat_people(
        self, cohort_ids: Sequence[int] | None = None, limit: int | None = None
    ) -> pd.DataFrame:
        """People (valid NIP, else normalised name) found in more than one cohort, most cohorts first;
        at most `limit` of them (None: all; repeat_people_count counts them all)."""
        return self._repeat_rows(cohort_ids, limit)[1]

    def repeat_people_counted(
        self, cohort_ids: Sequence[int] | None, limit: int, keys: Sequence[str] | None = None
    ) -> tuple[int, pd.DataFrame]:
        """(repeat_people_count, repeat_people with `limit`) from one query: the groups are found once.
        `keys`: RepeatIndex.keys_in(cohort_ids) of the store as it is now; the same answer, looked up by
        key (a year of a million participants: ~10 ms instead of ~50 ms)."""
        if limit <= 0:
            return self.repeat_people_count(cohort_ids), self.repeat_people(cohort_ids, limit=0)
        return self._repeat_rows(cohort_ids, limit, counted=True, keys=keys)

    def _key_in(self, column: sa.ColumnElement[str], keys: Sequence[str]) -> sa.ColumnElement[bool]:
        """column IN (keys), the keys as one bound value (an array; in SQLite a JSON list): no limit on how
        many, nothing of them written into the SQL."""
        values = [str(k) for k in keys]
        if self.dialect == "postgresql":
            return column == sa.any_(sa.bindparam(None, values, type_=sa.ARRAY(sa.Text)))
        listed = sa.func.json_each(sa.bindparam(None, json.dumps(values), type_=sa.Text)).table_valued("value")
        return column.in_(sa.select(listed.c.value))

    def _repeat_rows(
        self,
        cohort_ids: Sequence[int] | None,
        limit: int | None,
        *,
        counted: bool = False,
        keys: Sequence[str] | None = None,
    ) -> tuple[int, pd.DataFrame]:
        p = participants.c
        query = self._repeat_query(cohort_ids, keys).order_by(
            sa.func.count(sa.distinct(p.cohort_id)).desc(), sa.func.min(p.name)
        )
        if counted:  # every group, counted before LIMIT keeps the first ones
            query = query.add_columns(sa.func.count().over())
        if limit is not None:
            query = query.limit(max(int(limit), 0))
        with self._read() as conn:
            rows = conn.execute(query).all()
        frame = pd.DataFrame(
            {
                "person_key": pd.array([r[0] for r in rows], dtype="str"),
                "name": pd.array([r[1] for r in rows], dtype="str"),
                "nip": pd.array([r[2] for r in rows], dtype="str"),
                "n_cohorts": pd.array([r[3] for r in rows], dtype="int64"),
                "cohort_ids": pd.Series([_ids(r[4]) for r in rows], dtype=object),
            },
            columns=["person_key", "name", "nip", "n_cohorts", "cohort_ids"],
        )
        return (int(rows[0][5]) if counted and rows else len(rows)), frame

    def repeat_people_count(self, cohort_ids: Sequence[int] | None = None) -> int:
        """How many people repeat_people finds (without fetching them)."""
        keys = self._repeat_query(cohort_ids).with_only_columns(participants.c.person_key).subquery()
        with self._read() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(keys)).scalar_one())

    def audit_log(self, limit: int = 200) -> pd.DataFrame:
        """The newest changes first: at (UTC), user, action, detail (never names or NIPs); store.audit."""
        with self._read() as conn:
            return read_audit_log(conn, limit)

    def _id_list(self, column: sa.ColumnElement[int]) -> sa.ColumnElement[str]:
        """The distinct ids of a group as "1,5,7" (dialect's string aggregate)."""
        if self.dialect == "postgresql":
            return sa.func.string_agg(sa.distinct(sa.cast(column, sa.Text)), sa.literal_column("','"))
        return sa.func.group_concat(sa.distinct(column))

    # --- writes ------------------------------------------------------------------------------------------

    @contextmanager
    def write(self, on_wait: OnWait | None = None) -> Iterator[sa.Connection]:
        """The store's write transaction, for every change of the stored data (here, store.backup,
        store.retention): all or nothing, committed on leaving the block and rolled back on any exception.

        It first takes the store's write lock and bumps the generation (so every page and snapshot reads the
        change), waiting for its turn behind other writes (store.engine.write_turn; ``on_wait(seconds)``
        about once a second meanwhile). Audit rows of the change go in the same transaction
        (store.audit.record_audit). Events that change no data (sign-ins, downloads, settings) use
        store.engine.write_transaction instead: no generation bump, no cache invalidated."""
        with write_transaction(self.engine, on_wait) as conn:
            conn.execute(
                sa.update(store_state)
                .where(store_state.c.state_id == STATE_ID)
                .values(generation=store_state.c.generation + 1)
            )
            yield conn

    def scrub_deleted(self, tables: Sequence[str] = SCRUBBED_TABLES) -> bool:
        """After a deletion of people: leave none of their bytes in the database's files. SQLite (with
        secure_delete on, deleted rows are already zeros in the database file): the affected tables'
        indexes are rebuilt (their inner pages may keep deleted keys) and the WAL, which still holds the
        pages as they were, is checkpointed and truncated to zero bytes. PostgreSQL: VACUUM FULL rewrites
        the tables and their indexes into new files, once no transaction older than the deletion runs.
        Failing here never undoes the committed deletion; False (and a warning in the log) when some bytes
        may remain: `python -m store scrub` runs it again."""
        log = logging.getLogger(__name__)
        try:
            if self.dialect == "postgresql":
                with self.engine.connect() as conn:
                    conn = conn.execution_options(isolation_level="AUTOCOMMIT")
                    waited = _wait_for_older_snapshots(conn, SCRUB_WAIT_S)
                    if not waited:
                        log.warning(
                            "Masih ada transaksi yang dimulai sebelum penghapusan setelah %.0f detik; VACUUM FULL "
                            "menyalin baris terhapus untuknya. Jalankan `python -m store scrub` nanti.",
                            SCRUB_WAIT_S,
                        )
                    for table in tables:
                        conn.exec_driver_sql(f"VACUUM FULL {table}")
                return waited
            with write_transaction(self.engine) as conn:
                for table in tables:
                    conn.exec_driver_sql(f"REINDEX {table}")
            raw = self.engine.raw_connection()
            try:
                cursor = raw.cursor()
                busy, _, _ = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                cursor.close()
            finally:
                raw.close()
            if busy:
                log.warning("WAL belum dapat dikosongkan (ada pembaca aktif); jalankan `python -m store scrub` nanti.")
            return not busy
        except sa.exc.SQLAlchemyError as exc:
            log.warning("Pembersihan berkas sesudah penghapusan gagal (%s); data sudah terhapus dari tabel.", exc)
            return False

    def save_cohort(
        self, upload: CohortUpload, *, user: str, replace: bool = False, on_wait: OnWait | None = None
    ) -> int:
        """Save one cohort (or, with replace=True, swap an existing one atomically); returns its id.

        A save waits for its turn behind other saves, calling ``on_wait(seconds waited)`` about once a
        second meanwhile; one that cannot get the database raises StoreError "busy" (nothing saved)."""
        rows = _upload_rows(upload)
        try:
            with self.write(on_wait) as conn:
                cohort_id, replaced = _save(conn, upload, rows, user, replace, _now())
                record_audit(
                    conn,
                    user,
                    "ganti" if replaced else "unggah",
                    f"{upload.label}: {len(rows)} peserta dari {upload.source_file or 'berkas'}"
                    f" (lembar {upload.sheet}).",
                )
        except sa.exc.IntegrityError as exc:
            if self.find_cohort(upload.program, upload.angkatan, upload.year) is not None:
                raise _exists_error(upload) from exc
            raise
        except sa.exc.OperationalError as exc:
            if "locked" in str(exc.orig) or "busy" in str(exc.orig):  # a writer outside this app's queue
                raise StoreError(
                    "busy",
                    f"Basis data sedang dipakai proses lain, jadi {upload.label} belum disimpan. "
                    "Coba lagi sebentar lagi.",
                ) from exc
            raise
        return cohort_id

    def delete_cohort(self, cohort_id: int, *, user: str) -> int:
        """Delete a cohort with its participants, load report and facts; returns participants deleted."""
        return self.delete_cohorts([cohort_id], user=user)

    def delete_cohorts(self, cohort_ids: Sequence[int], *, user: str) -> int:
        """Delete several cohorts (e.g. all sample data) in one transaction: all of them or none; returns
        the participants deleted. Each cohort gets its audit row, as with delete_cohort."""
        ids = list(dict.fromkeys(int(i) for i in cohort_ids))
        deleted = 0
        with self.write() as conn:
            for cohort_id in ids:
                found = conn.execute(
                    sa.select(cohorts.c.program, cohorts.c.angkatan, cohorts.c.year).where(
                        cohorts.c.cohort_id == cohort_id
                    )
                ).first()
                if found is None:
                    raise StoreError(
                        "not_found", f"Angkatan dengan nomor {cohort_id} tidak ada (mungkin sudah dihapus)."
                    )
                removed = delete_cohort_rows(conn, [cohort_id])
                conn.execute(sa.delete(cohorts).where(cohorts.c.cohort_id == cohort_id))
                record_audit(
                    conn, user, "hapus_angkatan", f"{cohort_label(*found)}: {removed} peserta dihapus."
                )
                deleted += removed
        self.scrub_deleted()
        return deleted

    def delete_person(self, nip: str, *, user: str) -> int:
        """Remove everything stored about one NIP in every cohort (personal-data request); returns rows deleted."""
        digits = normalise_nip(str(nip))
        if not digits.isdigit():
            raise StoreError(
                "bad_nip", "NIP yang diminta tidak valid: isi angka NIP saja (spasi dan titik boleh)."
            )
        p = participants.c
        with self.write() as conn:
            found = conn.execute(
                sa.select(p.participant_id, p.cohort_id, p.sheet, p.row).where(p.nip == digits)
            ).all()
            affected = sorted({int(r.cohort_id) for r in found})
            for r in found:  # the load report rows about this person (their messages may quote the NIP)
                conn.execute(
                    sa.delete(load_issues).where(
                        load_issues.c.cohort_id == r.cohort_id,
                        load_issues.c.sheet == r.sheet
                        if r.sheet is not None
                        else load_issues.c.sheet.is_(None),
                        load_issues.c.row == r.row,
                    )
                )
            if found:
                conn.execute(sa.delete(participants).where(ids_in(p.participant_id, [r[0] for r in found])))
                facts_sql.delete_facts(conn, affected)
                facts_sql.insert_facts(conn, affected)
                _recount(conn, affected)
            record_audit(
                conn,
                user,
                "hapus_orang",
                f"Permintaan hapus data pribadi: {len(found)} baris dihapus dari {len(affected)} angkatan.",
            )
        if found:
            self.scrub_deleted()
        return len(found)

    # --- agency classification ---------------------------------------------------------------------------

    def corrections(self) -> dict[str, AgencyClass]:
        """The officers' agency corrections: instansi text -> classification (applied to every read too)."""
        with self._read() as conn:
            return classification.read_corrections(conn)

    def save_correction(self, instansi: str, cls: AgencyClass, *, user: str) -> int:
        """Save one correction and re-classify, in the same transaction, every stored participant whose
        instansi normalises to the same text (facts rewritten); returns the participants changed."""
        key = override_key(instansi)
        if not key:
            raise StoreError("bad_correction", "Teks instansi kosong tidak dapat dikoreksi.")
        with self.write() as conn:
            classification.write_correction(conn, instansi, cls, clean_user(user))
            corrections = classification.read_corrections(conn)
            changes = classification.plan_changes(conn, corrections, keys={key})
            touched, n_rows = classification.apply_changes(conn, changes, corrections)
            where = cls.province or "-"
            record_audit(
                conn,
                user,
                "koreksi_instansi",
                f"Instansi '{instansi}' dikoreksi menjadi {cls.sector}/{cls.level or '-'}"
                f" ({cls.agency or '-'}, provinsi {where}): {n_rows} peserta di {len(touched)} angkatan berubah.",
            )
        return n_rows

    def import_corrections_file(self, path: Path | None = None) -> int:
        """Take over the corrections an older version kept in a CSV file beside the data (once per store:
        later changes live in the database); corrections already in the database win. Returns the number
        taken over."""
        path = path or default_overrides_path()
        if not path.exists():
            return 0
        marker = f"corrections_file_imported:{path.resolve()}"
        imported = sa.select(settings.c.key).where(settings.c.key == marker)
        with self._read() as conn:
            if conn.scalar(imported) is not None:
                return 0
        try:
            table = load_overrides(path)
        except RosterError as exc:  # a damaged old file must not keep the dashboard from starting
            logging.getLogger(__name__).warning("Berkas koreksi lama tidak dibaca: %s", exc.message)
            return 0
        taken = 0
        try:
            with self.write() as conn:
                # Again under the write lock: servers starting together all pass the check above.
                if conn.scalar(imported) is not None:
                    raise _NothingToDo
                known = {override_key(t) for t in classification.read_corrections(conn)}
                for instansi, cls in table.items():
                    if override_key(instansi) not in known:
                        classification.write_correction(conn, instansi, cls, "berkas-koreksi-lama")
                        taken += 1
                conn.execute(
                    sa.insert(settings).values(
                        key=marker, value=str(taken), updated_by="sistem", updated_at=_now()
                    )
                )
                record_audit(
                    conn, "sistem", "impor_koreksi", f"{taken} koreksi instansi diambil dari {path.name}."
                )
        except _NothingToDo:
            return 0
        return taken

    def plan_reclassification(self) -> classification.Reclassification:
        """What re-running the classifier (current reference tables and corrections) over every stored
        participant would change, per cohort; nothing is written."""
        with self._read() as conn:
            changes = classification.plan_changes(conn, classification.read_corrections(conn))
            counts, n_rows = classification.cohort_counts(conn, changes)
        return classification.Reclassification(changes, counts, n_rows)

    def reclassify(self, plan: classification.Reclassification, *, user: str) -> int:
        """Apply a plan from plan_reclassification in one transaction (facts rewritten); refused when the
        store changed since the plan was made. Returns the participants changed."""
        with self.write() as conn:
            corrections = classification.read_corrections(conn)
            changes = classification.plan_changes(conn, corrections)
            if changes != plan.changes:
                raise StoreError(
                    "stale_plan",
                    "Data berubah sejak pratinjau klasifikasi ulang dibuat. Buat pratinjau baru lalu konfirmasi.",
                )
            touched, n_rows = classification.apply_changes(conn, changes, corrections)
            record_audit(
                conn,
                user,
                "klasifikasi_ulang",
                f"Klasifikasi ulang instansi: {len(changes)} teks instansi, {n_rows} peserta, {len(touched)} angkatan.",
            )
        return n_rows

    def samples_seeded(self) -> bool:
        """Whether the sample cohorts were loaded once (they are never loaded again after that)."""
        with self._read() as conn:
            return bool(
                conn.scalar(sa.select(store_state.c.samples_seeded).where(store_state.c.state_id == STATE_ID))
            )

    def save_samples(self, uploads: Sequence[CohortUpload], user: str) -> int:
        """Save the sample cohorts in one transaction, only into an empty store that was never seeded
        (store.samples.seed_samples reads them); returns the cohorts saved (0: nothing done)."""
        prepared = [(upload, _upload_rows(upload)) for upload in uploads]
        state = store_state.c
        try:
            with self.write() as conn:  # the write lock makes a concurrent seeder wait, then find them
                seeded = conn.scalar(sa.select(state.samples_seeded).where(state.state_id == STATE_ID))
                if seeded or conn.scalar(sa.select(cohorts.c.cohort_id).limit(1)) is not None:
                    raise _NothingToDo
                now = _now()
                for upload, rows in prepared:
                    _save(conn, upload, rows, user, False, now)
                conn.execute(
                    sa.update(store_state).where(state.state_id == STATE_ID).values(samples_seeded=True)
                )
                record_audit(conn, user, "contoh", f"{len(prepared)} angkatan contoh (data fiktif) dimuat.")
        except _NothingToDo:
            return 0
        return len(prepared)


# --- write steps (all inside the caller's transaction) -------------------------------------------------


class _NothingToDo(Exception):
    """Raised inside a write transaction to roll it back (generation bump included) without an error."""


def _now() -> datetime:
    return datetime.now(UTC)


def _key(program: str | None, angkatan: str | None, year: int | None) -> str:
    return cohort_key(program, normalise_angkatan(angkatan) or angkatan if angkatan else None, year)


def _exists_error(upload: CohortUpload) -> StoreError:
    return StoreError(
        "exists",
        f"{upload.label} sudah tersimpan. Pilih 'Ganti' untuk menggantinya dengan berkas ini, "
        "atau perbaiki program/angkatan/tahun bila ini angkatan lain.",
    )


def _upload_rows(upload: CohortUpload) -> list[dict[str, Any]]:
    missing = [c for c in PARTICIPANT_COLUMNS if c not in upload.participants.columns]
    if missing:
        raise StoreError(
            "bad_upload", f"Data peserta {upload.label} tidak lengkap: kolom {', '.join(missing)} tidak ada."
        )
    return participant_rows(upload.participants, reference_date(upload.start_date, upload.year))


def _save(
    conn: sa.Connection,
    upload: CohortUpload,
    rows: list[dict[str, Any]],
    user: str,
    replace: bool,
    now: datetime,
) -> tuple[int, bool]:
    key = _key(upload.program, upload.angkatan, upload.year)
    existing = conn.scalar(
        sa.select(cohorts.c.cohort_id).where(cohorts.c.cohort_key == key).with_for_update()
    )
    values = {
        "cohort_key": key,
        "program": upload.program,
        "angkatan": upload.angkatan,
        "year": upload.year,
        "start_date": upload.start_date,
        "end_date": upload.end_date,
        "venue": upload.venue,
        "sheet": upload.sheet,
        "source_file": upload.source_file,
        "file_sha256": upload.file_sha256,
        "uploaded_by": clean_user(user),
        "uploaded_at": now,
        "n_participants": len(rows),
        "is_sample": bool(upload.is_sample),
    }
    if existing is not None and not replace:
        raise _exists_error(upload)
    if existing is not None:
        cohort_id = int(existing)
        delete_cohort_rows(conn, [cohort_id])
        conn.execute(sa.update(cohorts).where(cohorts.c.cohort_id == cohort_id).values(values))
    else:
        inserted = conn.execute(sa.insert(cohorts).values(values).returning(cohorts.c.cohort_id))
        cohort_id = int(inserted.scalar_one())
    insert_rows(conn, participants, ({**row, "cohort_id": cohort_id} for row in rows))
    issues = (
        {"cohort_id": cohort_id, "sheet": i.sheet, "row": i.row, "code": i.code, "severity": i.severity,
         "message": i.message}
        for i in upload.issues
    )  # fmt: skip
    insert_rows(conn, load_issues, issues)
    facts_sql.insert_facts(conn, [cohort_id])
    return cohort_id, existing is not None


def delete_cohort_rows(conn: sa.Connection, cohort_ids: Sequence[int]) -> int:
    """Delete the cohorts' facts, load report and participants (not the cohort rows), in the caller's write
    transaction; returns the participants deleted."""
    facts_sql.delete_facts(conn, cohort_ids)
    conn.execute(sa.delete(load_issues).where(ids_in(load_issues.c.cohort_id, cohort_ids)))
    result = conn.execute(sa.delete(participants).where(ids_in(participants.c.cohort_id, cohort_ids)))
    return int(result.rowcount)


def _recount(conn: sa.Connection, cohort_ids: Sequence[int]) -> None:
    counted = (
        sa.select(sa.func.count()).where(participants.c.cohort_id == cohorts.c.cohort_id).scalar_subquery()
    )
    conn.execute(
        sa.update(cohorts).where(ids_in(cohorts.c.cohort_id, cohort_ids)).values(n_participants=counted)
    )


# --- reading helpers -------------------------------------------------------------------------------------


def _generation(conn: sa.Connection) -> int:
    value = conn.scalar(sa.select(store_state.c.generation).where(store_state.c.state_id == STATE_ID))
    return int(value or 0)


def _cohorts_fingerprint(conn: sa.Connection) -> str:
    """A cheap summary of the cohorts table: with the generation, it tells this database's state apart from
    another database's at the same URL and generation (a store deleted and created anew)."""
    c = cohorts.c
    row = conn.execute(
        sa.select(
            sa.func.count(),
            sa.func.max(c.cohort_id),
            sa.func.sum(c.n_participants),
            sa.func.max(c.uploaded_at),
        )
    ).one()
    return "|".join(str(value) for value in row)


def _read_cohorts(conn: sa.Connection) -> pd.DataFrame:
    c = cohorts.c
    query = sa.select(*(c[name] for name in COHORT_COLUMNS)).order_by(
        sa.nulls_last(c.start_date.desc()), sa.nulls_last(c.year.desc()), c.cohort_id.desc()
    )
    return cohorts_frame(conn.execute(query).all())


def _participant_filters(
    cohort_ids: Sequence[int] | None,
    sectors: Sequence[str],
    levels: Sequence[str],
    provinces: Sequence[str],
    agencies: Sequence[str],
    search: str,
    *,
    personal: bool = True,
) -> list[sa.ColumnElement[bool]]:
    """The WHERE clauses; ``agencies`` are agency names as classified (a click on an agency's bar);
    ``personal=False`` searches instansi and agency only (no name or NIP)."""
    p = participants.c
    where: list[sa.ColumnElement[bool]] = []
    if cohort_ids is not None:
        where.append(ids_in(p.cohort_id, cohort_ids))
    if sectors:
        where.append(sa.func.coalesce(p.sector, "unknown").in_(list(sectors)))
    if levels:
        where.append(sa.func.coalesce(p.level, "").in_(list(levels)))
    if provinces:
        where.append(sa.func.coalesce(p.province, "").in_(list(provinces)))
    if agencies:
        where.append(p.agency.in_(list(agencies)))
    term = " ".join(search.split())
    if term:
        columns = ("name", "nip", "instansi", "agency") if personal else ("instansi", "agency")
        matches = [p[c].icontains(term, autoescape=True) for c in columns]
        digits = normalise_nip(term)
        if personal and digits.isdigit() and digits != term:
            matches.append(p.nip.contains(digits, autoescape=True))
        where.append(sa.or_(*matches))
    return where


def _page_query(where: Sequence[sa.ColumnElement[bool]], limit: int | None, offset: int) -> sa.Select[Any]:
    """Participants rows matching `where`, in cohort and file order, one page of them."""
    p = participants.c
    query = (
        sa.select(p.cohort_id, *(p[c] for c in PARTICIPANT_COLUMNS if c != "issues"), p.issue_codes)
        .add_columns(*(p[c] for c in DERIVED_COLUMNS))
        .where(*where)
        .order_by(p.cohort_id, p.participant_id)
        .offset(max(int(offset), 0))
    )
    return query if limit is None else query.limit(max(int(limit), 0))


def _ids(text: object) -> list[int]:
    if text is None:
        return []
    return sorted({int(part) for part in str(text).split(",") if part.strip()})
