"""The frames that cross a module boundary, as executable contracts (docs/architecture.md).

Each `Contract` names a frame's columns in order and the dtype of each: `build` makes the frame from
column values (the one place those dtypes are written), `check` says how a frame breaks the contract.
The intake builds the participants frame with it, the store its cohorts, participants, load-issue and
facts frames; the tests check every frame a public function returns against its contract.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Final, Literal

import numpy as np
import pandas as pd

from loaders.schema import FACT_COLUMNS, FACT_TEXT_COLUMNS, PARTICIPANT_COLUMNS

# int: int64, no missing values; int?: nullable Int64; float?: nullable Float64; bool; str: pandas text
# (missing = NaN); day: datetime64[s] (a day, NaT when unknown); date: datetime.date objects or None;
# utc: timezone-aware datetime64[us, UTC]; object: Python objects (tuples, lists).
Kind = Literal["int", "int?", "float?", "bool", "str", "day", "date", "utc", "object"]
DTYPES: Final[dict[str, str]] = {
    "int": "int64",
    "int?": "Int64",
    "float?": "Float64",
    "bool": "bool",
    "str": "str",
    "day": "datetime64[s]",
    "date": "object",
    "utc": "datetime64[us, UTC]",
    "object": "object",
}


def _as_date(value: Any) -> date | None:
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _utc(value: Any) -> Any:
    """Naive datetimes (SQLite returns them) are UTC; aware ones are converted."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return value


def _day(values: Any) -> Any:
    if isinstance(values, np.ndarray) and values.dtype.kind == "M":
        return pd.array(values.astype("M8[s]"))  # the intake's numpy dates: no Python objects
    return pd.Series(pd.to_datetime(pd.Series(values, dtype=object)), dtype="datetime64[s]").array


_CONVERT: Final[dict[str, Callable[[Any], Any]]] = {
    "int": lambda v: pd.array(np.asarray(v, dtype=np.int64), dtype="int64"),
    "int?": lambda v: pd.array(v, dtype="Int64"),
    "float?": lambda v: pd.array(v, dtype="Float64"),
    "bool": lambda v: pd.array([bool(x) for x in v], dtype="bool"),
    "str": lambda v: pd.array(v, dtype="str"),
    "day": _day,
    "date": lambda v: pd.Series([_as_date(x) for x in v], dtype=object).array,
    "utc": lambda v: pd.Series(pd.to_datetime([_utc(x) for x in v], utc=True), dtype="datetime64[us, UTC]").array,
    "object": lambda v: pd.Series(list(v), dtype=object).array,
}


class ContractError(ValueError):
    """A frame that breaks its contract (a programming error, never a user's)."""


@dataclass(frozen=True)
class Contract:
    """A frame's columns, in order, and the kind of each."""

    name: str
    kinds: Mapping[str, Kind]

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(self.kinds)

    def dtypes(self) -> dict[str, str]:
        """Column -> pandas dtype name."""
        return {column: DTYPES[kind] for column, kind in self.kinds.items()}

    def build(self, columns: Mapping[str, Any]) -> pd.DataFrame:
        """The frame from one sequence (list, numpy or Arrow array) per column, each made its kind's dtype."""
        missing = [c for c in self.columns if c not in columns]
        if missing:
            raise ContractError(f"{self.name}: columns missing: {missing}")
        return pd.DataFrame(
            {column: _CONVERT[kind](columns[column]) for column, kind in self.kinds.items()},
            columns=list(self.columns),
        )

    def from_rows(self, rows: Sequence[Sequence[Any]]) -> pd.DataFrame:
        """The frame from rows holding the columns in order (database rows)."""
        values = list(zip(*rows, strict=True)) if rows else [()] * len(self.kinds)
        return self.build(dict(zip(self.columns, values, strict=True)))

    def empty(self) -> pd.DataFrame:
        """The frame with no rows."""
        return self.build({column: [] for column in self.columns})

    def problems(self, frame: pd.DataFrame) -> list[str]:
        """How `frame` breaks the contract (empty when it keeps it)."""
        found = list(frame.columns)
        if found != list(self.columns):
            return [f"columns {found}, expected {list(self.columns)}"]
        out = []
        for column, kind in self.kinds.items():
            dtype = frame[column].dtype
            if dtype != pd.api.types.pandas_dtype(DTYPES[kind]):
                out.append(f"{column}: {dtype}, expected {DTYPES[kind]} ({kind})")
            elif kind == "date" and not all(v is None or type(v) is date for v in frame[column]):
                out.append(f"{column}: values are not datetime.date")
        return out

    def check(self, frame: pd.DataFrame) -> pd.DataFrame:
        """`frame` unchanged when it keeps the contract; ContractError naming every break otherwise."""
        problems = self.problems(frame)
        if problems:
            raise ContractError(f"{self.name}: " + "; ".join(problems))
        return frame


_PARTICIPANT_KINDS: Final[dict[str, Kind]] = {
    column: "int"
    if column == "row"
    else "float?"
    if column == "score"
    else "day"
    if column in ("birth_date", "appointment_date")
    else "object"
    if column == "issues"
    else "str"
    for column in PARTICIPANT_COLUMNS
}
# The intake's participants frame (loaders.read_roster): loaders.schema.PARTICIPANT_COLUMNS.
PARTICIPANTS: Final = Contract("participants", _PARTICIPANT_KINDS)
# The store's participants (Store.participants): the intake's columns with the cohort and derived columns.
STORED_PARTICIPANTS: Final = Contract(
    "stored participants",
    {
        "cohort_id": "int",
        **_PARTICIPANT_KINDS,
        "row": "int?",
        "golongan_group": "str",
        "age_band": "str",
        "person_key": "str",
    },
)
COHORTS: Final = Contract(
    "cohorts",
    {
        "cohort_id": "int", "program": "str", "angkatan": "str", "year": "int?", "start_date": "date",
        "end_date": "date", "venue": "str", "sheet": "str", "source_file": "str", "file_sha256": "str",
        "uploaded_by": "str", "uploaded_at": "utc", "n_participants": "int", "is_sample": "bool",
    },
)  # fmt: skip
LOAD_ISSUES: Final = Contract(
    "load issues",
    {"cohort_id": "int", "sheet": "str", "row": "int?", "code": "str", "severity": "str", "message": "str"},
)
FACTS: Final = Contract(
    "facts", {column: "str" if column in FACT_TEXT_COLUMNS else "int" for column in FACT_COLUMNS}
)
AUDIT: Final = Contract("audit log", {"at": "utc", "user": "str", "action": "str", "detail": "str"})
