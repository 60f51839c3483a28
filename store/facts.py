"""The facts aggregate, computed in SQL from a cohort's participants (one INSERT ... SELECT per dimension)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any, Final

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import sqlalchemy as sa

from loaders.schema import FACT_COLUMNS, FACT_TEXT_COLUMNS
from store.bulk import id_chunks
from store.schema import facts, participants


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


def _facts_selects(where: sa.ColumnElement[bool] | None = None) -> list[sa.Select[Any]]:
    """The facts of the participants `where` selects (all when None): one SELECT per dimension, grouped by
    cohort, sector, level and province (and the dimension's value), counting the participants."""
    p = participants.c
    groups = (p.cohort_id, _coalesce(p.sector, "unknown"), _coalesce(p.level, ""), _coalesce(p.province, ""))
    selects = []
    for dimension, value in _dimensions().items():
        shown = value if value is not None else sa.literal_column("''", sa.Text)
        select = sa.select(*groups, sa.literal_column(f"'{dimension}'", sa.Text), shown, sa.func.count())
        if where is not None:
            select = select.where(where)
        selects.append(select.group_by(*groups, *([value] if value is not None else [])))
    return selects


def insert_facts(conn: sa.Connection, cohort_ids: Sequence[int]) -> None:
    """Write the facts of these cohorts (whose old facts are already deleted) from their participants."""
    p = participants.c
    for chunk in id_chunks(cohort_ids):
        for select in _facts_selects(p.cohort_id.in_(chunk) if len(chunk) > 1 else p.cohort_id == chunk[0]):
            conn.execute(facts.insert().from_select(list(FACT_COLUMNS), select))


def rewrite_facts(conn: sa.Connection, cohort_ids: Sequence[int], n_cohorts: int) -> None:
    """Delete and write again the facts of these cohorts (of `n_cohorts` stored). When they are most of the
    store, the whole table is written at once (no IN lists, one scan per dimension)."""
    if len(set(cohort_ids)) * 2 < n_cohorts:
        delete_facts(conn, cohort_ids)
        insert_facts(conn, cohort_ids)
    elif conn.dialect.name == "postgresql":
        _replace_differing_facts(conn)
    else:  # SQLite empties a table without a WHERE at once, and its inserts are cheap
        conn.execute(facts.delete())
        for select in _facts_selects():
            conn.execute(facts.insert().from_select(list(FACT_COLUMNS), select))


def _replace_differing_facts(conn: sa.Connection) -> None:
    """PostgreSQL: bring the whole facts table up to date by its differences. The new facts go to a temporary
    table and only the rows that differ are deleted and inserted: a reclassification changes a minority of the
    rows, and inserting into `facts` (a primary key of six texts, the foreign key checked per row, the old
    rows' index entries still in place) is the expensive part. 1,000,000 participants, a fifth of the texts
    reclassified (benchmarks/bench_reclassify.py's case): 52 s rewritten whole, 32 s this way. (On SQLite the
    NOT EXISTS below runs for minutes: it keeps the plain rewrite.) On an error the caller's transaction rolls
    back, the temporary table with it."""
    new = sa.Table(
        "dasbor_new_facts",
        sa.MetaData(),
        *(sa.Column(c.name, c.type) for c in facts.columns),
        prefixes=["TEMPORARY"],
    )
    new.create(conn)
    conn.execute(new.insert().from_select(list(FACT_COLUMNS), sa.union_all(*_facts_selects())))
    conn.execute(sa.text(f"ANALYZE {new.name}"))  # a temporary table has no statistics of its own
    f, nc = facts.c, new.c
    same_key = sa.and_(*(f[name] == nc[name] for name in FACT_COLUMNS if name != "n"))
    conn.execute(facts.delete().where(~sa.exists().where(same_key, f.n == nc.n)))
    # What is left of `facts` is right: add the rows it lacks, in the order of its primary key (the index
    # grows at its end instead of splitting pages all over it: 21 s -> 15 s for 835,000 rows).
    key = [nc[name] for name in FACT_COLUMNS if name != "n"]
    lacking = sa.select(*nc).where(~sa.exists().where(same_key)).order_by(*key)
    conn.execute(facts.insert().from_select(list(FACT_COLUMNS), lacking))
    new.drop(conn)


def agency_facts(conn: sa.Connection, agencies: Sequence[str]) -> pd.DataFrame:
    """The facts of the participants of these agencies only (every cohort), computed from the participants
    like insert_facts (a click on an agency's bar narrows every breakdown to its people, and the stored
    facts keep no agency beside gender, golongan or age). Columns FACT_COLUMNS."""
    names = sorted({str(a) for a in agencies if str(a).strip()})
    if not names:
        return pd.DataFrame({name: [] for name in FACT_COLUMNS}).astype({"cohort_id": "int64", "n": "int64"})
    rows = conn.execute(sa.union_all(*_facts_selects(participants.c.agency.in_(names)))).all()
    frame = pd.DataFrame([tuple(row) for row in rows], columns=list(FACT_COLUMNS))
    return frame.astype({"cohort_id": "int64", "n": "int64"})


def delete_facts(conn: sa.Connection, cohort_ids: Sequence[int]) -> None:
    """Remove these cohorts' facts."""
    for chunk in id_chunks(cohort_ids):
        conn.execute(facts.delete().where(facts.c.cohort_id.in_(chunk)))


# --- reading the facts table fast (millions of rows) -----------------------------------------------------

_DICTIONARY: Final = pa.dictionary(pa.int32(), pa.string())
# SQLite: one value per line (a literal separator: char(10) would be a function call per row and value). A
# value holding a line break is read again hex-encoded.
_LINE_SQL: Final = "'\n'"
_NOT_A_DELIMITER: Final = "\x1f"  # the CSV reader needs one; a value holding it is re-read hex-encoded


def read_facts(conn: sa.Connection, cohort_ids: Sequence[int] | None) -> pd.DataFrame:
    """The facts frame: columns FACT_COLUMNS, cohort_id/n int64, the rest str."""
    table = read_facts_table(conn, cohort_ids)
    columns = {
        name: pc.cast(table.column(name), pa.large_string()) if name in FACT_TEXT_COLUMNS else table.column(name)
        for name in FACT_COLUMNS
    }
    frame = pa.table(columns).to_pandas()
    return frame.astype({"cohort_id": "int64", "n": "int64", **dict.fromkeys(FACT_TEXT_COLUMNS, "str")})


def read_facts_categorical(conn: sa.Connection, cohort_ids: Sequence[int] | None = None) -> pd.DataFrame:
    """The facts frame with categorical text columns (categories sorted, as pandas' astype("category"))."""
    return facts_frame(read_facts_table(conn, cohort_ids))


def read_facts_table(conn: sa.Connection, cohort_ids: Sequence[int] | None) -> pa.Table:
    """The facts as an Arrow table: cohort_id/n int64, text columns dictionary-encoded, rows grouped by
    dimension.

    Millions of rows are read as a few big values (SQLite: one group_concat per column; PostgreSQL:
    COPY ... TO STDOUT as CSV) and parsed by Arrow's CSV reader straight into dictionary arrays, not
    turned into millions of Python objects.
    """
    where = ""
    if cohort_ids is not None:
        ids = sorted({int(i) for i in cohort_ids})
        where = f" WHERE cohort_id IN ({', '.join(map(str, ids))})" if ids else " WHERE 1 = 0"
    table = None
    if conn.dialect.name == "sqlite":
        table = _read_sqlite(conn, where)
    elif conn.dialect.name == "postgresql":
        table = _read_postgresql(conn, where)
    if table is None:
        table = _rows_table(conn, cohort_ids)
    return _by_dimension(table)


def _by_dimension(table: pa.Table) -> pa.Table:
    """The rows grouped by dimension (dimensions in sorted order, rows in their order within one): the
    statistics then read a dimension's rows as one slice of each column (peserta.stats), not a gather."""
    if table.num_rows < 2:
        return table
    column = table.column("dimension")
    array = column.unify_dictionaries().combine_chunks()
    values = array.dictionary.to_pylist()
    rank = np.empty(len(values), dtype=np.int64)
    rank[sorted(range(len(values)), key=values.__getitem__)] = np.arange(len(values))
    keys = rank[array.indices.to_numpy(zero_copy_only=False)]
    if bool(np.all(keys[:-1] <= keys[1:])):
        return table
    return table.take(pa.array(np.argsort(keys, kind="stable")))


def facts_frame(table: pa.Table) -> pd.DataFrame:
    """A facts table (read_facts_table's form) as a pandas frame with categorical text columns, categories
    sorted as pandas' astype("category") sorts them. The frame copies every buffer (copy=True), so it never
    refers to a file the table was memory-mapped from."""
    data: dict[str, object] = {}
    for name in FACT_COLUMNS:
        column = table.column(name)
        data[name] = _categorical(column) if name in FACT_TEXT_COLUMNS else column.to_numpy()
    return pd.DataFrame(data, columns=list(FACT_COLUMNS), copy=True)


def _categorical(column: pa.ChunkedArray) -> pd.Categorical:
    """A dictionary column as a pandas Categorical with sorted categories (one gather of the codes)."""
    array = column.unify_dictionaries().combine_chunks() if column.num_chunks else pa.array([], _DICTIONARY)
    values = array.dictionary.to_pylist()
    order = sorted(range(len(values)), key=values.__getitem__)
    categories = pd.Index([values[i] for i in order], dtype="str")
    indices = array.indices.to_numpy(zero_copy_only=False)
    code_type = np.int8 if len(values) < 2**7 else np.int16 if len(values) < 2**15 else np.int32
    if order == list(range(len(values))):  # already sorted (a snapshot)
        codes = indices.astype(code_type, copy=False)
    else:
        rank = np.empty(len(values), dtype=code_type)
        rank[order] = np.arange(len(values), dtype=code_type)
        codes = rank[indices]
    return pd.Categorical.from_codes(codes, dtype=pd.CategoricalDtype(categories))


def _parse_lines(data: bytes, name: str, count: int) -> pa.ChunkedArray | None:
    """One column written one value per line, or None when a value held a line break or the delimiter."""
    kind = _DICTIONARY if name in FACT_TEXT_COLUMNS else pa.int64()
    try:
        table = pa_csv.read_csv(
            pa.py_buffer(data),
            read_options=pa_csv.ReadOptions(column_names=[name]),
            parse_options=pa_csv.ParseOptions(
                delimiter=_NOT_A_DELIMITER,
                quote_char=False,
                double_quote=False,
                escape_char=False,
                newlines_in_values=False,
                ignore_empty_lines=False,
            ),
            convert_options=pa_csv.ConvertOptions(
                column_types={name: kind}, strings_can_be_null=False, quoted_strings_can_be_null=False
            ),
        )
    except pa.ArrowInvalid:
        return None
    return table.column(0) if table.num_rows == count else None


def _unhex(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """A dictionary column of hex-encoded UTF-8 text decoded (only its distinct values)."""
    array = column.unify_dictionaries().combine_chunks() if column.num_chunks else pa.array([], _DICTIONARY)
    texts = pa.array([bytes.fromhex(v).decode("utf-8") for v in array.dictionary.to_pylist()], pa.string())
    return pa.chunked_array([pa.DictionaryArray.from_arrays(array.indices, texts)])


def _read_sqlite(conn: sa.Connection, where: str) -> pa.Table | None:
    hexed: set[str] = set()
    while True:
        aggregates = ", ".join(
            f"CAST(group_concat({f'hex({c})' if c in hexed else c}, {_LINE_SQL}) || {_LINE_SQL} AS BLOB)"
            for c in FACT_COLUMNS
        )
        # All aggregates of one SELECT see the rows in the same order, so the columns stay aligned.
        row = conn.exec_driver_sql(f"SELECT count(*), {aggregates} FROM facts{where}").one()
        count = int(row[0])
        if count == 0:
            return _empty_table()
        columns = {
            name: _parse_lines(data, name, count) for name, data in zip(FACT_COLUMNS, row[1:], strict=True)
        }
        broken = {name for name, column in columns.items() if column is None}
        if not broken:
            return pa.table({name: _unhex(c) if name in hexed else c for name, c in columns.items()})
        if broken - set(FACT_TEXT_COLUMNS) or broken & hexed:  # pragma: no cover - hex and integers are one line
            return None
        hexed |= broken  # rare (a line break in an agency name): read again, those columns as hex


def _read_postgresql(conn: sa.Connection, where: str) -> pa.Table | None:
    cursor = conn.connection.cursor()
    buffer = io.BytesIO()
    query = f"COPY (SELECT {', '.join(FACT_COLUMNS)} FROM facts{where}) TO STDOUT (FORMAT csv, HEADER true)"
    with cursor.copy(query) as copy:
        for chunk in copy:
            buffer.write(chunk)
    cursor.close()
    types = {name: _DICTIONARY for name in FACT_TEXT_COLUMNS} | {"cohort_id": pa.int64(), "n": pa.int64()}
    try:
        return pa_csv.read_csv(
            pa.py_buffer(buffer.getbuffer()),
            parse_options=pa_csv.ParseOptions(newlines_in_values=True),
            convert_options=pa_csv.ConvertOptions(
                column_types=types, strings_can_be_null=False, quoted_strings_can_be_null=False
            ),
        )
    except pa.ArrowInvalid:  # pragma: no cover - PostgreSQL's CSV is always well formed
        return None


def _empty_table() -> pa.Table:
    return pa.table(
        {name: pa.array([], _DICTIONARY if name in FACT_TEXT_COLUMNS else pa.int64()) for name in FACT_COLUMNS}
    )


def _rows_table(conn: sa.Connection, cohort_ids: Sequence[int] | None) -> pa.Table:
    frame = _read_rows(conn, cohort_ids)
    return pa.table(
        {
            name: pa.array(frame[name].to_numpy(), pa.int64())
            if name not in FACT_TEXT_COLUMNS
            else pa.array(frame[name].astype(object).tolist(), pa.string()).dictionary_encode()
            for name in FACT_COLUMNS
        }
    )


def _read_rows(conn: sa.Connection, cohort_ids: Sequence[int] | None) -> pd.DataFrame:
    """The slow, always-safe read: one Python row per facts row."""
    query = sa.select(*(facts.c[name] for name in FACT_COLUMNS))
    if cohort_ids is not None:
        query = query.where(facts.c.cohort_id.in_([int(i) for i in cohort_ids]))
    rows = conn.execute(query).all()
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(FACT_COLUMNS)
    data = {
        name: pd.array(values, dtype="str" if name in FACT_TEXT_COLUMNS else "int64")
        for name, values in zip(FACT_COLUMNS, columns, strict=True)
    }
    return pd.DataFrame(data, columns=list(FACT_COLUMNS))
