"""How long cohorts are kept: the retention setting and which cohorts it has expired.

The setting is $DASBOR_RETENTION_DAYS when set (the server's configuration wins), else the value an admin
saved in Kelola Data (settings table), else off. A cohort expires `days` after its end date, or after its
upload when it has no end date. Store.purge_expired deletes the expired cohorts in one transaction. The
automatic purge runs once a day for all servers on the database: claim_purge_run keeps its last run in the
settings table.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Final

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from store.engine import read_transaction, write_transaction
from store.errors import StoreError
from store.schema import cohorts, settings

if TYPE_CHECKING:
    from store.database import Store

RETENTION_ENV: Final = "DASBOR_RETENTION_DAYS"
RETENTION_KEY: Final = "retention_days"  # settings table key
LAST_RUN_KEY: Final = "retention_last_run"  # settings table key: when a server last ran the automatic purge
RUN_EVERY: Final = timedelta(hours=24)
MIN_DAYS: Final = 30  # shorter would delete a cohort before its report is written
MAX_DAYS: Final = 36_500


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
    source = os.environ if env is None else env
    return parse_days(source.get(RETENTION_ENV), RETENTION_ENV)


def retention_days(store: Store, env: Mapping[str, str] | None = None) -> int | None:
    """The retention in force: the environment's when set, else the saved setting, else None (off)."""
    source = os.environ if env is None else env
    if (source.get(RETENTION_ENV) or "").strip():
        return env_retention_days(source)
    with read_transaction(store.engine) as conn:
        saved = conn.scalar(sa.select(settings.c.value).where(settings.c.key == RETENTION_KEY))
    return parse_days(saved, "pengaturan") if saved is not None else None


def set_retention_days(store: Store, days: int | None, *, user: str) -> None:
    """Save the retention setting (None or 0: off); audited."""
    from store.database import record_audit

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


def claim_purge_run(store: Store, now: datetime, *, by: str, every: timedelta = RUN_EVERY) -> bool:
    """Whether the caller runs the automatic purge now: True for one caller when no server on this database
    has claimed it within `every`, and the claim's time is stored for the others. Not a data change: the
    store generation (every server's cache key) stays as it is."""
    stamp = _stamp(now)
    c = settings.c
    try:
        with write_transaction(store.engine) as conn:
            values = {"value": stamp, "updated_by": by, "updated_at": now}
            claimed = conn.execute(
                sa.update(settings)
                .where(c.key == LAST_RUN_KEY, c.value <= _stamp(now - every))
                .values(values)
            )
            if claimed.rowcount:
                return True
            if conn.scalar(sa.select(c.key).where(c.key == LAST_RUN_KEY)) is not None:
                return False
            conn.execute(sa.insert(settings).values(key=LAST_RUN_KEY, **values))
    except IntegrityError:  # another server inserted the first claim at the same moment
        return False
    return True


def _stamp(moment: datetime) -> str:
    """A UTC time as fixed-width ISO text (compares in time order as text)."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


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
