"""Database rows -> the store's typed frames (cohorts, participants), as every reader returns them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any, Final

import pandas as pd

from loaders.schema import PARTICIPANT_COLUMNS
from store.records import DATE_COLUMNS, DERIVED_COLUMNS, issues_tuple

COHORT_COLUMNS: Final = (
    "cohort_id", "program", "angkatan", "year", "start_date", "end_date", "venue", "sheet", "source_file",
    "file_sha256", "uploaded_by", "uploaded_at", "n_participants", "is_sample",
)  # fmt: skip
PARTICIPANT_FRAME_COLUMNS: Final = ("cohort_id", *PARTICIPANT_COLUMNS, *DERIVED_COLUMNS)


def utc(value: datetime | None) -> datetime | None:
    """SQLite returns naive datetimes; everything stored is UTC."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def as_date(value: Any) -> date | None:
    """A stored date (a date, a datetime or ISO text, as the dialect returns it) as a date."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def cohorts_frame(rows: Sequence[Any]) -> pd.DataFrame:
    """Rows of the cohorts table's COHORT_COLUMNS -> the cohorts frame (Store.cohorts())."""
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(COHORT_COLUMNS)
    by_name = dict(zip(COHORT_COLUMNS, columns, strict=True))
    data: dict[str, Any] = {}
    for name, values in by_name.items():
        if name in ("cohort_id", "n_participants"):
            data[name] = pd.array(values, dtype="int64")
        elif name == "year":
            data[name] = pd.array(values, dtype="Int64")
        elif name == "is_sample":
            data[name] = pd.array([bool(v) for v in values], dtype="bool")
        elif name in ("start_date", "end_date"):
            data[name] = pd.Series([as_date(v) for v in values], dtype=object)
        elif name == "uploaded_at":
            data[name] = pd.Series(
                pd.to_datetime([utc(v) for v in values], utc=True), dtype="datetime64[us, UTC]"
            )
        else:
            data[name] = pd.array(values, dtype="str")
    return pd.DataFrame(data, columns=list(COHORT_COLUMNS))


def participants_frame(rows: Sequence[Any]) -> pd.DataFrame:
    """Database rows -> the intake's participants frame (plus cohort_id and the derived columns)."""
    data: dict[str, Any] = {}
    for name in PARTICIPANT_FRAME_COLUMNS:
        if name == "issues":
            data[name] = pd.Series([issues_tuple(r["issue_codes"]) for r in rows], dtype=object)
            continue
        values = [r[name] for r in rows]
        if name == "cohort_id":
            data[name] = pd.array(values, dtype="int64")
        elif name == "row":
            data[name] = pd.array(values, dtype="Int64")
        elif name == "score":
            data[name] = pd.array(values, dtype="Float64")
        elif name in DATE_COLUMNS:
            data[name] = pd.Series(pd.to_datetime(pd.Series(values, dtype=object)), dtype="datetime64[s]")
        else:
            data[name] = pd.array(values, dtype="str")
    return pd.DataFrame(data, columns=list(PARTICIPANT_FRAME_COLUMNS))
