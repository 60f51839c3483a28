"""How `python -m loaders` writes one loaded file: the readable summary and the JSON entry.

Imported by the CLI's reading child only (Arrow is not needed to start the command or to report an
error), and written from the intake's columns (roster.RosterColumns): pandas is never imported. The JSON
is written column by column - each distinct value encoded once, the rows joined by Arrow - and is byte for
byte what ``json.dump(doc, ensure_ascii=False, indent=1)`` of the whole entry built as dicts from the
LoadResult gives (tests/test_cli.py compares the two on many rosters).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import fields
from json.encoder import encode_basestring  # what json.dump(ensure_ascii=False) writes a str with
from operator import attrgetter
from typing import Any, Final

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from loaders.catalog import DEFAULT_LANG, sector_label
from loaders.cli import indented
from loaders.report import Issue
from loaders.roster import SUMMARY_COLUMNS, LoadResult, RosterColumns, count_values

# The participant records of the JSON (LoadResult.to_dict), key by key: how the frame's column is written.
# raw: as is (a missing value would be NaN, as json.dump writes float('nan')); text: missing -> null;
# date: ISO date or null; codes: the row's issue codes as a list.
PARTICIPANT_JSON: Final = (
    ("sheet", "raw"),
    ("row", "int"),
    ("name", "text"),
    ("nip", "text"),
    ("nip_status", "raw"),
    ("gender", "text"),
    ("birth_date", "date"),
    ("instansi", "text"),
    ("agency", "text"),
    ("sector", "raw"),
    ("level", "text"),
    ("province", "text"),
    ("issues", "codes"),
)
# The participant columns the command line writes (JSON records and the summary's counts): the reading
# child asks the intake for these only.
OUTPUT_COLUMNS: Final = frozenset(
    {key for key, kind in PARTICIPANT_JSON if kind != "codes"} | set(SUMMARY_COLUMNS.values())
)
ROWS_PER_CHUNK: Final = 10_000  # records rendered at a time: bounds the child's memory on big rosters
SHOWN_PROBLEMS: Final = 30  # problems listed by the readable summary

TEXT: Final = pa.large_string()


# --- JSON, column by column ------------------------------------------------------------------------------


def _by_distinct(column: pa.Array, encode: Callable[[Any], str], missing: str) -> pa.Array:
    """The JSON text of every value of a text column, each distinct value encoded once."""
    encoded = column.dictionary_encode()
    table = pa.array(list(map(encode, encoded.dictionary.to_pylist())), type=TEXT)
    return pc.fill_null(table.take(encoded.indices), pa.scalar(missing, TEXT))


def _date_column(column: np.ndarray[Any, Any]) -> pa.Array:
    """The JSON text of a NumPy date column: each distinct date as an ISO date string once, NaT as null."""
    encoded = pa.array(column.astype("M8[D]").astype(np.int64), mask=np.isnat(column)).dictionary_encode()
    days = encoded.dictionary.to_numpy(zero_copy_only=False).astype("M8[D]")
    table = pa.array([f'"{d}"' for d in np.datetime_as_string(days, unit="D").tolist()], type=TEXT)
    return pc.fill_null(table.take(encoded.indices), pa.scalar("null", TEXT))


def _codes_column(tags: dict[int, list[str]], n: int, depth: int) -> pa.Array:
    """Each row's issue codes as a JSON list (the list's key sits `depth` spaces in)."""
    inner, outer = ",\n" + " " * (depth + 1), "\n" + " " * depth
    cache: dict[tuple[str, ...], str] = {}
    texts = ["[]"] * n
    for k, codes in tags.items():
        key = tuple(codes)
        text = cache.get(key)
        if text is None:
            text = cache[key] = (
                "[\n" + " " * (depth + 1) + inner.join(map(encode_basestring, key)) + outer + "]"
                if key
                else "[]"
            )
        texts[k] = text
    return pa.array(texts, type=TEXT)


def _participant_columns(read: RosterColumns, depth: int, start: int, stop: int) -> list[pa.Array]:
    """The JSON text of the participant values of rows start..stop-1, key by key (records sit `depth`
    spaces in)."""
    data = read.participants
    columns = []
    for key, kind in PARTICIPANT_JSON:
        if kind == "int":
            values = pa.array(np.asarray(data[key][start:stop], dtype=np.int64)).cast(TEXT)
        elif kind == "codes":
            tags = {k - start: codes for k, codes in read.tags.items() if start <= k < stop}
            values = _codes_column(tags, stop - start, depth + 1)
        elif kind == "date":
            values = _date_column(data[key][start:stop])
        else:
            column = data[key].slice(start, stop - start)
            values = _by_distinct(column, encode_basestring, "NaN" if kind == "raw" else "null")
        columns.append(values)
    return columns


def _scalar_json(value: Any, depth: int) -> str:
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if type(value) is int:
        return int.__repr__(value)
    return indented(value, depth)


def _issue_columns(issues: list[Issue], depth: int) -> list[pa.Array]:
    """The JSON text of every issue value, field by field (Issue.to_dict is its dataclass fields)."""
    columns = []
    for f in fields(Issue):
        values = list(map(attrgetter(f.name), issues))
        kinds = set(map(type, values))
        if kinds <= {str}:  # messages: mostly distinct
            texts = list(map(encode_basestring, values))
        elif kinds <= {int, type(None)}:  # rows
            texts = ["null" if v is None else int.__repr__(v) for v in values]
        else:
            cache: dict[tuple[type, Any], str] = {}
            texts = []
            for value in values:
                key = (type(value), value)
                text = cache.get(key)
                if text is None:
                    text = cache[key] = _scalar_json(value, depth + 1)
                texts.append(text)
        columns.append(pa.array(texts, type=TEXT))
    return columns


def _utf8(column: pa.Array) -> bytes:
    """The concatenated UTF-8 text of a string column, without a Python object per row."""
    offsets = np.frombuffer(column.buffers()[1], dtype=np.int64)
    start, end = int(offsets[column.offset]), int(offsets[column.offset + len(column)])
    return column.buffers()[2].slice(start, end - start).to_pybytes()


def _records_json(
    keys: list[str], columns: Callable[[int, int], list[pa.Array]], n: int, depth: int
) -> Iterator[bytes]:
    """A JSON list of n records, laid out as json.dump(indent=1) lays out a list whose key sits `depth`
    spaces in; `columns(start, stop)` gives the JSON texts of rows start..stop-1, one column per key.
    Written ROWS_PER_CHUNK records at a time, so that only one chunk's texts are held at once."""
    if n == 0:
        yield b"[]"
        return
    record, indent = "\n" + " " * (depth + 1), "\n" + " " * (depth + 2)
    pieces: list[Any] = []
    for j, key in enumerate(keys):
        pieces.append(
            pa.scalar(("," if j else "," + record + "{") + indent + encode_basestring(key) + ": ", TEXT)
        )
        pieces.append(j)
    pieces.append(pa.scalar(record + "}", TEXT))
    yield b"["
    for start in range(0, n, ROWS_PER_CHUNK):
        texts = columns(start, min(start + ROWS_PER_CHUNK, n))
        part = [texts[p] if isinstance(p, int) else p for p in pieces]
        text = _utf8(pc.binary_join_element_wise(*part, pa.scalar("", TEXT)))
        del texts, part
        yield text[1:] if start == 0 else text  # no comma before the first record
    yield ("\n" + " " * depth + "]").encode()


def entry_outline(result: LoadResult | RosterColumns) -> dict[str, Any]:
    """One file's entry of the documented JSON, in its key order, with the two long lists (participants,
    issues) as None in their places: json_entry writes those column by column."""
    return {
        "file": result.file,
        "format": result.kind,
        "cohorts": [
            {
                **c.to_dict(),
                "n_participants": c.n_participants,
                "rows": list(c.rows) if c.rows else None,
                "sheets": list(c.sheets),
            }
            for c in result.cohorts
        ],
        "participants": None,
        "summary": result.summary(),
        "issues": None,
    }


def json_entry(read: RosterColumns | LoadResult, depth: int = 2) -> Iterator[bytes]:
    """One file's entry of the JSON document (the entry sits `depth` spaces in), in UTF-8 pieces."""
    result = read if isinstance(read, RosterColumns) else RosterColumns.of(read)
    entry = entry_outline(result)
    for j, (key, value) in enumerate(entry.items()):
        yield f"{',' if j else '{'}\n{' ' * (depth + 1)}{encode_basestring(key)}: ".encode()
        if value is None and key == "participants":
            yield from _records_json(
                [k for k, _ in PARTICIPANT_JSON],
                lambda start, stop: _participant_columns(result, depth + 2, start, stop),
                len(result.participants["row"]),
                depth + 1,
            )
        elif value is None and key == "issues":
            yield from _records_json(
                [f.name for f in fields(Issue)],
                lambda start, stop: _issue_columns(result.issues[start:stop], depth + 2),
                len(result.issues),
                depth + 1,
            )
        else:
            yield indented(value, depth + 1).encode()
    yield ("\n" + " " * depth + "}").encode()


# --- the readable summary -------------------------------------------------------------------------------


def summary_text(result: RosterColumns) -> Iterator[bytes]:
    """The readable Indonesian summary of one loaded file."""
    lines = [f"== {result.file}"]
    for cohort in result.cohorts:
        label = " ".join(
            str(x)
            for x in (
                cohort.program or "(program?)",
                f"Angkatan {cohort.angkatan}" if cohort.angkatan else "",
                f"Tahun {cohort.year}" if cohort.year else "",
            )
            if x
        )
        lines.append(f"   Lembar '{cohort.sheet}': {label}")
    # Only the counts shown (RosterColumns.summary() would also count levels, provinces and genders).
    lines.append(f"   Peserta: {len(result.participants['row'])}")
    for sector, count in count_values(result.participants[SUMMARY_COLUMNS["by_sector"]]).items():
        lines.append(f"     {sector_label(sector, DEFAULT_LANG)}: {count}")
    problems = [i for i in result.issues if i.severity != "info"]
    lines.append(f"   Masalah: {len(problems)} (catatan: {len(result.issues) - len(problems)})")
    for issue in problems[:SHOWN_PROBLEMS]:
        where = f"{issue.sheet}!{issue.row}" if issue.row else issue.sheet or ""
        lines.append(f"     [{where}] {issue.message}")
    if len(problems) > SHOWN_PROBLEMS:
        lines.append(
            f"     ... dan {len(problems) - SHOWN_PROBLEMS} lainnya (gunakan --json untuk daftar lengkap)"
        )
    yield ("\n".join(lines) + "\n").encode()
