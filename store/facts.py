"""The facts aggregate, computed in SQL from a cohort's participants (one INSERT ... SELECT per dimension)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Final

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import sqlalchemy as sa

from store.schema import facts, participants

ID_CHUNK: Final = 500  # cohort ids per statement (keeps the IN list far below every driver's limit)
FACT_COLUMNS: Final = ("cohort_id", "sector", "level", "province", "dimension", "value", "n")


def _coalesce(column: sa.ColumnElement[str], default: str) -> sa.ColumnElement[str]:
    # Literal SQL, not bound parameters: PostgreSQL must see the GROUP BY expressions and the selected
    # ones as the same text.
    return sa.func.coalesce(column, sa.literal_column(f"'{default}'", sa.Text))


def _dimensions() -> dict[str, sa.ColumnElement[str] | None]:
    p = participants.c
    return {
        "total": None,
        "agency": _coalesce(p.agency, ""),
        "gender": _coalesce(p.gender, ""),
        "golongan": _coalesce(p.golongan_group, ""),
        "age": _coalesce(p.age_band, ""),
    }


def insert_facts(conn: sa.Connection, cohort_ids: Sequence[int]) -> None:
    """Write the facts of these cohorts (whose old facts are already deleted) from their participants."""
    p = participants.c
    groups = (p.cohort_id, _coalesce(p.sector, "unknown"), _coalesce(p.level, ""), _coalesce(p.province, ""))
    ids = sorted(set(cohort_ids))
    for start in range(0, len(ids), ID_CHUNK):
        chunk = ids[start : start + ID_CHUNK]
        where = p.cohort_id.in_(chunk) if len(chunk) > 1 else p.cohort_id == chunk[0]
        for dimension, value in _dimensions().items():
            shown = value if value is not None else sa.literal_column("''", sa.Text)
            select = (
                sa.select(*groups, sa.literal_column(f"'{dimension}'", sa.Text), shown, sa.func.count())
                .where(where)
                .group_by(*groups, *([value] if value is not None else []))
            )
            conn.execute(facts.insert().from_select(list(FACT_COLUMNS), select))


def delete_facts(conn: sa.Connection, cohort_ids: Sequence[int]) -> None:
    """Remove these cohorts' facts."""
    ids = sorted(set(cohort_ids))
    for start in range(0, len(ids), ID_CHUNK):
        conn.execute(facts.delete().where(facts.c.cohort_id.in_(ids[start : start + ID_CHUNK])))


# --- reading the facts table fast (millions of rows) -----------------------------------------------------

SEPARATOR: Final = "\x1f"  # ASCII unit separator: never in an agency name or a code


def read_facts(conn: sa.Connection, cohort_ids: Sequence[int] | None) -> pd.DataFrame:
    """The facts frame: columns FACT_COLUMNS, cohort_id/n int64, the rest str.

    Millions of rows are read as a few big values (SQLite: one group_concat per column; PostgreSQL:
    COPY ... TO STDOUT as CSV) and split by Arrow, not turned into millions of Python row objects.
    """
    where = ""
    if cohort_ids is not None:
        ids = sorted({int(i) for i in cohort_ids})
        where = f" WHERE cohort_id IN ({', '.join(map(str, ids))})" if ids else " WHERE 1 = 0"
    if conn.dialect.name == "sqlite":
        table = _read_sqlite(conn, where)
    elif conn.dialect.name == "postgresql":
        table = _read_postgresql(conn, where)
    else:  # pragma: no cover - only the two dialects are supported
        table = None
    if table is None:
        return _read_rows(conn, cohort_ids)
    frame = table.to_pandas()
    return frame.astype({"cohort_id": "int64", "n": "int64", **dict.fromkeys(_TEXT_COLUMNS, "str")})


_TEXT_COLUMNS: Final = ("sector", "level", "province", "dimension", "value")


def _read_sqlite(conn: sa.Connection, where: str) -> pa.Table | None:
    aggregates = ", ".join(
        f"group_concat({c}, char(31))" if c in _TEXT_COLUMNS else f"group_concat({c}, ',')"
        for c in FACT_COLUMNS
    )
    # All aggregates of one SELECT see the rows in the same order, so the columns stay aligned.
    row = conn.exec_driver_sql(f"SELECT count(*), {aggregates} FROM facts{where}").one()
    count = int(row[0])
    if count == 0:
        return _empty_table()
    columns = {}
    for name, text in zip(FACT_COLUMNS, row[1:], strict=True):
        separator = SEPARATOR if name in _TEXT_COLUMNS else ","
        parts = pc.list_flatten(pc.split_pattern(pa.array([text], pa.large_string()), separator))
        if len(parts) != count:  # a separator inside a value: take the slow, safe path
            return None
        columns[name] = parts if name in _TEXT_COLUMNS else pc.cast(parts, pa.int64())
    return pa.table(columns)


def _read_postgresql(conn: sa.Connection, where: str) -> pa.Table | None:
    cursor = conn.connection.cursor()
    buffer = io.BytesIO()
    query = f"COPY (SELECT {', '.join(FACT_COLUMNS)} FROM facts{where}) TO STDOUT (FORMAT csv, HEADER true)"
    with cursor.copy(query) as copy:
        for chunk in copy:
            buffer.write(chunk)
    cursor.close()
    buffer.seek(0)
    types = {name: pa.large_string() for name in _TEXT_COLUMNS} | {"cohort_id": pa.int64(), "n": pa.int64()}
    try:
        return pa_csv.read_csv(
            buffer,
            parse_options=pa_csv.ParseOptions(newlines_in_values=True),
            convert_options=pa_csv.ConvertOptions(
                column_types=types, strings_can_be_null=False, quoted_strings_can_be_null=False
            ),
        )
    except pa.ArrowInvalid:  # pragma: no cover - PostgreSQL's CSV is always well formed
        return None


def _empty_table() -> pa.Table:
    return pa.table(
        {
            name: pa.array([], pa.large_string() if name in _TEXT_COLUMNS else pa.int64())
            for name in FACT_COLUMNS
        }
    )


def _read_rows(conn: sa.Connection, cohort_ids: Sequence[int] | None) -> pd.DataFrame:
    query = sa.select(*(facts.c[name] for name in FACT_COLUMNS))
    if cohort_ids is not None:
        query = query.where(facts.c.cohort_id.in_([int(i) for i in cohort_ids]))
    rows = conn.execute(query).all()
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(FACT_COLUMNS)
    data = {
        name: pd.array(values, dtype="str" if name in _TEXT_COLUMNS else "int64")
        for name, values in zip(FACT_COLUMNS, columns, strict=True)
    }
    return pd.DataFrame(data, columns=list(FACT_COLUMNS))
