"""Database rows -> the store's typed frames (cohorts, participants, audit log), as every reader returns them:
built by their loaders.frames contracts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

import pandas as pd

from loaders.frames import AUDIT, COHORTS, STORED_PARTICIPANTS
from store.records import issues_tuple

COHORT_COLUMNS: Final = COHORTS.columns
PARTICIPANT_FRAME_COLUMNS: Final = STORED_PARTICIPANTS.columns


def cohorts_frame(rows: Sequence[Any]) -> pd.DataFrame:
    """Rows of the cohorts table's COHORT_COLUMNS -> the cohorts frame (Store.cohorts())."""
    return COHORTS.from_rows(rows)


def participants_frame(rows: Sequence[Any]) -> pd.DataFrame:
    """Database rows -> the intake's participants frame (plus cohort_id and the derived columns)."""
    columns = {
        name: [issues_tuple(r["issue_codes"]) for r in rows] if name == "issues" else [r[name] for r in rows]
        for name in PARTICIPANT_FRAME_COLUMNS
    }
    return STORED_PARTICIPANTS.build(columns)


def audit_frame(rows: Sequence[Any]) -> pd.DataFrame:
    """Rows of (at, user, action, detail) -> the audit log frame (Store.audit_log())."""
    return AUDIT.from_rows(rows)
