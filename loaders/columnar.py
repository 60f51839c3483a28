"""Whole-column versions of the intake's per-cell rules, so a 300k-row roster is not 3M Python steps.

Every helper here gives exactly what the per-cell rule gives (tests compare the two on generated
values); it only avoids calling the rule for each cell when a column-wide operation is equivalent.
NumPy and Arrow only: the command line reads a roster without importing pandas (issue 14).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Final

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

# Arrow's default allocator (mimalloc) keeps the memory it frees for itself, so a roster's temporary
# columns stack on top of what the spreadsheet parser and Python just freed; the system allocator reuses
# that memory (100k-row roster: peak 243 MB -> about 180 MB, same speed). Process-wide, set on import.
pa.set_memory_pool(pa.system_memory_pool())

TEXT: Final = pa.large_string()  # what pandas' "str" dtype stores, so frames are built without copies

# Every character Python's str.split() splits on (str.isspace(); tests/test_columnar.py checks the list
# against the running Python). RE2's \s is ASCII-only, so the class is spelt out.
_WHITESPACE: Final = [
    *map(chr, (*range(0x09, 0x0E), *range(0x1C, 0x21), 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B))),
    *map(chr, (0x2028, 0x2029, 0x202F, 0x205F, 0x3000)),
]


def _re2_class(chars: Sequence[str]) -> str:
    return "[" + "".join(f"\\x{{{ord(ch):x}}}" for ch in chars) + "]"


_SPACE: Final = _re2_class(_WHITESPACE)
_OTHER_SPACE: Final = _re2_class([ch for ch in _WHITESPACE if ch != " "])
# A value whose whitespace is not already single spaces between words.
_NEEDS_CLEANING: Final = f"^{_SPACE}|{_SPACE}$|{_SPACE}{{2}}|{_OTHER_SPACE}"


def collapse_spaces(text: str) -> str | None:
    """The per-cell rule: words joined by single spaces; empty text is None."""
    return " ".join(text.split()) or None


def text_column(values: list[Any], clean: Callable[[Any], str | None]) -> pa.Array:
    """Cells as trimmed text with inner whitespace collapsed, '' as null, as an Arrow string array.

    `clean` is the per-cell rule for columns holding more than text (numbers, dates), where it runs
    once per distinct cell; a text-only column is checked as a whole and only untidy values are cleaned.
    """
    try:
        column = pa.array(values, type=TEXT)
    except (pa.ArrowTypeError, pa.ArrowInvalid):  # numbers, dates or booleans among the text
        return _per_cell(values, clean, TEXT)
    untidy = pc.fill_null(pc.match_substring_regex(column, _NEEDS_CLEANING), False)
    if pc.any(untidy).as_py():
        positions = np.flatnonzero(untidy.to_numpy(zero_copy_only=False)).tolist()
        cleaned = pa.array([collapse_spaces(values[k]) for k in positions], type=TEXT)
        column = pc.replace_with_mask(column, untidy, cleaned)
    blank = pc.equal(column, "")
    if pc.any(blank).as_py():
        column = pc.if_else(blank, pa.scalar(None, TEXT), column)
    return column


def null_positions(column: pa.Array) -> npt.NDArray[np.intp]:
    """Positions of the missing values."""
    if column.null_count == 0:
        return np.zeros(0, dtype=np.intp)
    return np.flatnonzero(column.is_null().to_numpy(zero_copy_only=False))


def per_distinct(values: list[Any], rule: Callable[[Any], Any], kind: pa.DataType) -> pa.Array:
    """rule(cell) for every cell, computed once per distinct cell: equal cells of the same type share
    one result (True, 1 and 1.0 are told apart; 0.0 and -0.0 are not)."""
    try:
        codes, uniques = factorize_text(pa.array(values, type=TEXT))
    except (pa.ArrowTypeError, pa.ArrowInvalid):  # not only text
        return _per_cell(values, rule, kind)
    return take_by_code([rule(u) for u in uniques], codes, rule(None), kind)


def _per_cell(values: list[Any], rule: Callable[[Any], Any], kind: pa.DataType) -> pa.Array:
    """per_distinct for cells of any type: one Python step per cell, the rule once per (type, value)."""
    cache: dict[tuple[type, Any], Any] = {}
    out = []
    for v in values:
        key = (type(v), v)
        if key not in cache:
            cache[key] = rule(v)
        out.append(cache[key])
    return pa.array(out, type=kind)


def per_distinct_pair(
    first: pa.Array, second: pa.Array, rule: Callable[[str | None, str | None], Any], kind: pa.DataType
) -> pa.Array:
    """rule(a, b) for every row of two text columns, computed once per distinct pair."""
    codes_a, uniques_a = factorize_text(first)
    codes_b, uniques_b = factorize_text(second)
    width = len(uniques_b) + 1
    pair_codes, pairs = factorize_numbers((codes_a + 1) * width + (codes_b + 1))
    values_a, values_b = [None, *uniques_a], [None, *uniques_b]
    mapped = [rule(values_a[p // width], values_b[p % width]) for p in pairs.tolist()]
    return take_by_code(mapped, pair_codes, None, kind)


def factorize_text(column: pa.Array) -> tuple[npt.NDArray[np.intp], list[str]]:
    """Codes per row (-1 for null) and the distinct texts, in order of appearance."""
    encoded = column.dictionary_encode()
    codes = encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.intp, copy=False)
    return codes, encoded.dictionary.to_pylist()


def text_codes(column: pa.Array) -> npt.NDArray[np.intp]:
    """factorize_text's codes alone (the distinct texts are not turned into Python strings)."""
    indices = column.dictionary_encode().indices
    return indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.intp, copy=False)


def factorize_numbers(values: npt.NDArray[np.int64]) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.int64]]:
    """Codes per value and the distinct values, in order of appearance (pandas.factorize's order)."""
    encoded = pa.array(values).dictionary_encode()
    codes = encoded.indices.to_numpy(zero_copy_only=False).astype(np.intp, copy=False)
    return codes, encoded.dictionary.to_numpy(zero_copy_only=False)


def take_by_code(mapped: list[Any], codes: npt.NDArray[np.intp], missing: Any, kind: pa.DataType) -> pa.Array:
    """An Arrow column of per-distinct results picked by code (code -1 takes `missing`)."""
    table = pa.array([*mapped, missing], type=kind)
    return table.take(pa.array(np.where(codes < 0, len(mapped), codes)))


def float_column(values: list[Any], rule: Callable[[Any], float | None]) -> pa.Array:
    """Numbers as float64 with nulls; cells that are not plain numbers go through `rule` one by one."""
    if set(map(type, values)) <= {float, int, type(None)}:
        try:
            return pa.array(values, type=pa.float64())
        except pa.ArrowInvalid:  # an integer a float cannot hold exactly: the rule decides
            pass
    return pa.array([rule(v) for v in values], type=pa.float64())
