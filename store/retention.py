"""How long cohorts are kept: the retention setting, which cohorts it has expired, and the schedule that
deletes them.

The setting is $DASBOR_RETENTION_DAYS when set (the server's configuration wins), else the value an admin
saved in Kelola Data (settings table), else off. A cohort expires `days` after its end date, or after its
upload when it has no end date. expired_cohorts lists them; purge_expired deletes them in one transaction.

The schedule (start_schedule, once per server process when it opens the store): a run when the store is
opened, then a look every CHECK_EVERY from a daemon thread; a run happens when the last one recorded in the
database is older than RUN_EVERY (or the retention changed), so several servers on one database do not
repeat it, and no page view (or visitor on the sign-in page) ever triggers or waits for it.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Final

import pandas as pd
import sqlalchemy as sa

from loaders.settings import setting
from store.audit import record_audit
from store.database import Store, delete_cohort_rows, ids_in
from store.engine import read_transaction, write_transaction
from store.errors import StoreError
from store.frames import COHORT_COLUMNS, cohorts_frame
from store.schema import cohorts, settings

RETENTION_ENV: Final = "DASBOR_RETENTION_DAYS"
RETENTION_KEY: Final = "retention_days"  # settings table key
MIN_DAYS: Final = 30  # shorter would delete a cohort before its report is written
MAX_DAYS: Final = 36_500
LAST_RUN_KEY: Final = "retention_last_run"  # settings row: value = the days applied, updated_at = when
RUN_EVERY: Final = timedelta(days=1)
CHECK_EVERY: Final = timedelta(minutes=10)  # how often the schedule thread looks whether a run is due
PURGE_USER: Final = "retensi-otomatis"  # the audit log's name for the scheduled purge
RUN_LOCK: Final = 0x44A5B2  # PostgreSQL advisory lock key while claiming a run (SQLite: BEGIN IMMEDIATE)
log = logging.getLogger("dasbor.retention")


def parse_days(value: object, source: str) -> int | None:
    """A retention in days (None, "", "0" and "off" mean off); StoreError naming `source` when invalid."""
    text = str(value if value is not None else "").strip().casefold()
    if text in ("", "0", "off", "mati", "none"):
        return None
    try:
        days = int(text)
    except ValueError:
        days = -1
    if not MIN_DAYS <= days <= MAX_DAYS:
        raise StoreError(
            "bad_retention",
            f"Masa simpan {source}={value!r} tidak valid: isi jumlah hari {MIN_DAYS}-{MAX_DAYS}, atau 0 untuk mati.",
        )
    return days


def env_retention_days(env: Mapping[str, str] | None = None) -> int | None:
    """$DASBOR_RETENTION_DAYS as days (None when unset or off)."""
    return parse_days(setting(RETENTION_ENV, env) or None, RETENTION_ENV)


def retention_days(store: Store, env: Mapping[str, str] | None = None) -> int | None:
    """The retention in force: the environment's when set, else the saved setting, else None (off)."""
    if setting(RETENTION_ENV, env):
        return env_retention_days(env)
    with read_transaction(store.engine) as conn:
        saved = conn.scalar(sa.select(settings.c.value).where(settings.c.key == RETENTION_KEY))
    return parse_days(saved, "pengaturan") if saved is not None else None


def set_retention_days(store: Store, days: int | None, *, user: str) -> None:
    """Save the retention setting (None or 0: off); audited."""
    checked = parse_days(days, "masa simpan")
    value = str(checked or 0)
    with write_transaction(store.engine) as conn:
        updated = conn.execute(
            sa.update(settings)
            .where(settings.c.key == RETENTION_KEY)
            .values(value=value, updated_by=user, updated_at=datetime.now(UTC))
        )
        if not updated.rowcount:
            conn.execute(
                sa.insert(settings).values(
                    key=RETENTION_KEY, value=value, updated_by=user, updated_at=datetime.now(UTC)
                )
            )
        shown = f"{checked} hari" if checked else "mati"
        record_audit(conn, user, "retensi_atur", f"Masa simpan data diatur: {shown}.")


def cutoff(days: int, today: date) -> date:
    """Cohorts that ended (or were uploaded) before this date have expired."""
    return today - timedelta(days=days)


def expired_where(days: int, today: date) -> sa.ColumnElement[bool]:
    """SQL condition on the cohorts table: ended (else uploaded) more than `days` days before `today`."""
    limit = cutoff(days, today)
    uploaded_limit = datetime.combine(limit, time(0, 0), tzinfo=UTC)
    c = cohorts.c
    return sa.or_(
        sa.and_(c.end_date.is_not(None), c.end_date < limit),
        sa.and_(c.end_date.is_(None), c.uploaded_at < uploaded_limit),
    )


def expired_cohorts(store: Store, days: int, *, today: date | None = None) -> pd.DataFrame:
    """The cohorts that ended (else were uploaded) more than `days` days ago (columns: COHORT_COLUMNS)."""
    c = cohorts.c
    query = sa.select(*(c[name] for name in COHORT_COLUMNS)).where(
        expired_where(days, today or datetime.now(UTC).date())
    )
    with read_transaction(store.engine) as conn:
        rows = conn.execute(query.order_by(c.cohort_id)).all()
    return cohorts_frame(rows)


class _NothingExpired(Exception):
    """Raised inside the write transaction to roll it back (generation bump included) without an error."""


def purge_expired(store: Store, days: int, *, user: str, today: date | None = None) -> tuple[int, int]:
    """Delete every expired cohort (see expired_cohorts) in one transaction, audited; returns
    (cohorts, participants) deleted. Nothing expired: no write, no audit row."""
    expired = sa.select(cohorts.c.cohort_id).where(expired_where(days, today or datetime.now(UTC).date()))
    try:
        with store.write() as conn:
            ids = [int(i) for i in conn.scalars(expired)]
            if not ids:
                raise _NothingExpired
            deleted = delete_cohort_rows(conn, ids)
            conn.execute(sa.delete(cohorts).where(ids_in(cohorts.c.cohort_id, ids)))
            record_audit(
                conn,
                user,
                "retensi",
                f"Masa simpan {days} hari terlewati: {len(ids)} angkatan, {deleted} peserta dihapus.",
            )
    except _NothingExpired:
        return 0, 0
    store.scrub_deleted()
    return len(ids), deleted


# --- the schedule -----------------------------------------------------------------------------------------


def claim_run(store: Store, days: int, now: datetime, every: timedelta = RUN_EVERY) -> bool:
    """Record a scheduled run of `days` at `now` and return True, unless one was recorded less than `every`
    ago with the same days (then False: this or another server already ran it)."""
    with write_transaction(store.engine) as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": RUN_LOCK})
        last = conn.execute(
            sa.select(settings.c.value, settings.c.updated_at).where(settings.c.key == LAST_RUN_KEY)
        ).first()
        if last is not None:
            at = last.updated_at if last.updated_at.tzinfo else last.updated_at.replace(tzinfo=UTC)
            if last.value == str(days) and now - at < every:
                return False
            conn.execute(
                sa.update(settings)
                .where(settings.c.key == LAST_RUN_KEY)
                .values(value=str(days), updated_by=PURGE_USER, updated_at=now)
            )
        else:
            conn.execute(
                sa.insert(settings).values(
                    key=LAST_RUN_KEY, value=str(days), updated_by=PURGE_USER, updated_at=now
                )
            )
    return True


def run_if_due(
    store: Store, now: datetime | None = None, env: Mapping[str, str] | None = None
) -> tuple[int, int] | None:
    """One scheduled purge when due: (cohorts, participants) deleted, or None (retention off, or run less
    than RUN_EVERY ago by some server)."""
    now = now or datetime.now(UTC)
    days = retention_days(store, env)
    if days is None or not claim_run(store, days, now):
        return None
    deleted = purge_expired(store, days, user=PURGE_USER, today=now.date())
    if deleted[0]:
        log.warning("retention %s days: %s cohorts, %s participants deleted", days, *deleted)
    return deleted


def start_schedule(
    store: Store,
    *,
    check_every: timedelta = CHECK_EVERY,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> threading.Event:
    """Run a due purge now (a freshly started server never shows expired cohorts), then look every
    `check_every` from a daemon thread, until the returned event is set or the store is gone."""
    run_if_due(store, clock())
    stop = threading.Event()
    ref = weakref.ref(store)  # the thread does not keep a dropped store (and its pool) alive

    def loop() -> None:
        while not stop.wait(check_every.total_seconds()):
            current = ref()
            if current is None:
                return
            try:
                run_if_due(current, clock())
            except Exception:  # a database hiccup must not end the schedule; the next look retries
                log.exception("scheduled retention failed")
            del current

    threading.Thread(target=loop, name="dasbor-retention", daemon=True).start()
    return stop
