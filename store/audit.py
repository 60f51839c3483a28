"""The audit log: who changed, signed in or downloaded what, and when (never a participant's name or NIP).

Writes in a store transaction go through ``record_audit(conn, ...)`` (the row commits or rolls back with the
change it describes); events that change nothing (sign-ins, sign-outs, downloads) through ``audit_event``,
in their own transaction without a generation bump. ``read_audit_log`` is what Store.audit_log returns.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Final

import pandas as pd
import sqlalchemy as sa

from loaders.frames import AUDIT
from store.engine import write_transaction
from store.frames import audit_frame
from store.schema import audit_log

if TYPE_CHECKING:
    from store.database import Store

AUDIT_COLUMNS: Final = AUDIT.columns


def clean_user(user: str) -> str:
    """A user name as stored in audit and upload columns: spaces collapsed, "anonim" when empty."""
    return " ".join(str(user or "").split()) or "anonim"


def record_audit(conn: sa.Connection, user: str, action: str, detail: str) -> None:
    """One audit row in the caller's transaction (detail: counts and cohort names only, never a person)."""
    conn.execute(
        sa.insert(audit_log).values(at=datetime.now(UTC), user=clean_user(user), action=action, detail=detail)
    )


def audit_event(store: Store, user: str, action: str, detail: str) -> None:
    """One audit row in its own transaction (sign-ins, sign-outs, downloads): no generation bump.

    `detail` names counts, cohorts, files or accounts, never a participant."""
    with write_transaction(store.engine) as conn:
        record_audit(conn, user, action, detail)


def read_audit_log(conn: sa.Connection, limit: int = 200) -> pd.DataFrame:
    """The newest `limit` rows first: at (UTC), user, action, detail."""
    a = audit_log.c
    rows = conn.execute(
        sa.select(a.at, a.user, a.action, a.detail).order_by(a.audit_id.desc()).limit(limit)
    ).all()
    return audit_frame(rows)
