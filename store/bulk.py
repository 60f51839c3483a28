"""Statements over many rows or ids, cut into chunks: bulk inserts (executemany) and IN lists."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Final, TypeVar

import sqlalchemy as sa

INSERT_CHUNK: Final = 5_000  # rows per executemany call (memory stays flat for a million participants)
IN_CHUNK: Final = 500  # values per IN list (far below every driver's parameter limit)

T = TypeVar("T")


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """The items in lists of at most `size`, in order (nothing for no items)."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def insert_rows(
    conn: sa.Connection, table: sa.Table, rows: Iterable[Mapping[str, Any]], size: int = INSERT_CHUNK
) -> int:
    """Insert the rows (read lazily, executemany in chunks of `size`); returns how many were inserted."""
    n = 0
    for chunk in chunks(rows, size):
        conn.execute(sa.insert(table), chunk)
        n += len(chunk)
    return n


def id_chunks(ids: Sequence[int], size: int = IN_CHUNK) -> Iterator[list[int]]:
    """The distinct ids, sorted, in IN lists of at most `size`."""
    return chunks(sorted(set(ids)), size)
