"""Participants frame <-> database rows: derived columns (age band, golongan group, person key) and types."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Final

import numpy as np
import pandas as pd

from loaders.people import person_keys
from loaders.ranks import golongan_group
from loaders.schema import AGE_BAND_LIMITS, PARTICIPANT_COLUMNS

STORED_COLUMNS: Final = tuple(c for c in PARTICIPANT_COLUMNS if c != "issues") + ("issue_codes",)
DERIVED_COLUMNS: Final = ("golongan_group", "age_band", "person_key")
DATE_COLUMNS: Final = ("birth_date", "appointment_date")
REFERENCE_MONTH_DAY: Final = (7, 1)  # age on 1 July of the cohort's year when its start date is unknown


def reference_date(start_date: date | None, year: int | None) -> date | None:
    """The day a cohort's ages are measured on: its start date, else 1 July of its year."""
    if start_date is not None:
        return start_date
    return date(year, *REFERENCE_MONTH_DAY) if year else None


def age_bands(birth_dates: pd.Series, reference: pd.Series) -> list[str | None]:
    """Age band of each birth date on the matching reference date; None when either is unknown."""
    birth = pd.to_datetime(birth_dates, errors="coerce")
    ref = pd.to_datetime(reference, errors="coerce")
    birth_md = birth.dt.month * 100 + birth.dt.day
    ref_md = ref.dt.month * 100 + ref.dt.day
    age = (ref.dt.year - birth.dt.year - (ref_md < birth_md).astype("float64")).to_numpy(dtype="float64")
    edges = np.array([limit for limit, _ in AGE_BAND_LIMITS], dtype="float64")
    labels = [label for _, label in AGE_BAND_LIMITS]
    index = np.searchsorted(edges, age, side="right")
    return [
        labels[i] if a == a and 0 <= a < edges[-1] else None  # a == a: not NaN
        for a, i in zip(age.tolist(), index.tolist(), strict=True)
    ]


def golongan_groups(golongan: pd.Series) -> list[str | None]:
    """Golongan group of each row ("I".."IV", "PPPK"), each distinct value looked up once."""
    values = _objects(golongan)
    groups = {v: golongan_group(v) for v in set(values) if isinstance(v, str)}
    return [groups.get(v) if isinstance(v, str) else None for v in values]


def participant_rows(
    frame: pd.DataFrame, reference: date | None | Sequence[date | None], extra: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    """Database rows for an intake-schema frame (``issues`` tuples or ``issue_codes`` text), derived columns added.

    ``reference`` is the age reference date for every row, or one per row.
    """
    frame = frame.reset_index(drop=True)
    n = len(frame)
    columns: dict[str, list[Any]] = {}
    for column in STORED_COLUMNS:
        if column == "issue_codes":
            columns[column] = _issue_codes(frame)
        elif column in DATE_COLUMNS:
            columns[column] = _dates(frame[column]) if column in frame else [None] * n
        elif column == "row":
            columns[column] = [int(v) if v is not None else None for v in _objects(frame[column])]
        elif column == "score":
            columns[column] = [float(v) if v is not None else None for v in _objects(frame[column])]
        else:
            columns[column] = [_text(v) for v in _objects(frame[column])] if column in frame else [None] * n
    refs = pd.Series(list(reference) if isinstance(reference, Sequence) else [reference] * n, dtype=object)
    keyed = pd.DataFrame({c: pd.Series(columns[c], dtype=object) for c in ("name", "nip", "nip_status")})
    columns["golongan_group"] = golongan_groups(pd.Series(columns["golongan"], dtype=object))
    columns["age_band"] = age_bands(pd.Series(columns["birth_date"], dtype=object), refs)
    columns["person_key"] = [v if isinstance(v, str) else None for v in person_keys(keyed).tolist()]
    names = list(columns)
    rows = [dict(zip(names, values, strict=True)) for values in zip(*columns.values(), strict=True)]
    if extra:
        for row in rows:
            row.update(extra)
    return rows


def _objects(series: pd.Series) -> list[Any]:
    """Values as Python objects with every missing marker (NaN, NA, NaT) turned into None."""
    return series.astype(object).where(series.notna(), None).tolist()


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) or value is None else str(value)


def _dates(series: pd.Series) -> list[date | None]:
    out: list[date | None] = []
    for value in _objects(series):
        if value is None:
            out.append(None)
        elif isinstance(value, pd.Timestamp):
            out.append(value.date())
        elif isinstance(value, date):
            out.append(value if type(value) is date else date(value.year, value.month, value.day))
        else:
            out.append(pd.Timestamp(value).date())
    return out


def _issue_codes(frame: pd.DataFrame) -> list[str | None]:
    if "issue_codes" in frame and "issues" not in frame:
        return [_text(v) or None for v in _objects(frame["issue_codes"])]
    if "issues" not in frame:
        return [None] * len(frame)
    out: list[str | None] = []
    for value in frame["issues"].tolist():
        if isinstance(value, (tuple, list)) and value:
            out.append(",".join(str(code) for code in value))
        elif isinstance(value, str) and value:
            out.append(value)
        else:
            out.append(None)
    return out


def issues_tuple(codes: str | None) -> tuple[str, ...]:
    """The intake's ``issues`` tuple from the stored ``issue_codes`` text."""
    return tuple(codes.split(",")) if codes else ()
