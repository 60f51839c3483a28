"""Back up the whole store, and restore it after validating every cell.

Two containers hold the same tables (README, cohorts, participants, load_issues, agency_corrections) with
the same cell values, and restore takes either:

- **.xlsx** (the page's download): one sheet per table, readable in Excel or LibreOffice.
- **.zip** (compact, for large stores and the command line): ``README.json`` plus one Parquet file per
  table (zstd-compressed columns, stored in the zip as is), about a tenth of the workbook's size.

Text cells are written safe for spreadsheets: a text that Excel or LibreOffice could take for a formula
(starting with = + - @, tab, CR or LF) gets a leading apostrophe. So that a restore gets the original text
back, a text that already starts with an apostrophe gets one too, and an empty text is written as a lone
apostrophe: reading strips exactly one leading apostrophe.
"""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import sqlalchemy as sa
from alembic.runtime.migration import MigrationContext
from python_calamine import CalamineWorkbook

from loaders.agencies import override_key
from loaders.report import ISSUE_TYPES
from loaders.sandbox import SandboxFailure, run_sandboxed
from loaders.schema import GENDERS, LEVELS, NIP_STATUSES, SECTORS
from loaders.settings import DEFAULT_LIMITS
from store import facts as facts_sql
from store.audit import record_audit
from store.bulk import chunks, insert_rows
from store.engine import read_transaction
from store.errors import StoreError
from store.records import STORED_COLUMNS, participant_rows, reference_date
from store.schema import STATE_ID, agency_corrections, cohorts, load_issues, participants, store_state
from store.uploads import cohort_key
from store.xlsx import neutralise, new_workbook, plain_sheet, storable, workbook_bytes

if TYPE_CHECKING:
    from store.database import Store

FORMAT: Final = "dasbor-peserta-backup"
VERSION: Final = 1
ESCAPE: Final = "'"
MAX_BYTES: Final = 512 * 1024 * 1024
MAX_UNPACKED: Final = 2 * 1024 * 1024 * 1024
MAX_TEXT: Final = 32_767  # Excel's cell limit
MAX_ERRORS_SHOWN: Final = 10
PARSE_TIMEOUT_SECONDS: Final = 900.0  # reading and checking a 420k-participant workbook takes about a minute
PARSE_MEMORY_BYTES: Final = DEFAULT_LIMITS.memory_bytes
SANDBOX_PROBLEMS: Final = {
    "crashed": "pembaca spreadsheet berhenti saat membaca berkas ini (misalnya sel terisi jauh di luar "
    "tabel, seperti XFD1048576, atau berkas yang sengaja dirusak)",
    "timeout": f"pembacaan melebihi batas waktu {PARSE_TIMEOUT_SECONDS:.0f} detik",
    "too_large": "isi berkas terlalu besar untuk diproses",
}
README_SHEET: Final = "README"
README_JSON: Final = "README.json"
MAX_README_BYTES: Final = 1024 * 1024
PARQUET_ROWS: Final = 50_000  # rows per Parquet row group (and per batch in memory while writing)

Parser = Callable[[Any], Any]


class _Bad(ValueError):
    """A cell that does not hold what its column needs (message in Indonesian)."""


# --- cell codecs -----------------------------------------------------------------------------------------


def escape_text(value: str) -> str:
    """Text as written to a cell: the workbook cell-safety rule (store.xlsx; no length cut, a backup keeps
    every character), and one apostrophe more in front of text that is empty or starts with one, so
    unescape_text can always strip exactly one."""
    value = storable(value)
    if not value or value.startswith(ESCAPE):
        return ESCAPE + value
    return str(neutralise(value))


def unescape_text(value: str) -> str:
    """The original text of a cell written by escape_text."""
    return value[1:] if value.startswith(ESCAPE) else value


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _Bad(f"berisi {value!r}, seharusnya teks")
    text = unescape_text(value)
    if len(text) > MAX_TEXT:
        raise _Bad("teks terlalu panjang")
    return text


def _required_text(value: Any) -> str:
    text = _text(value)
    if text is None:
        raise _Bad("kosong, seharusnya terisi")
    return text


def _int(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
        raise _Bad(f"berisi {value!r}, seharusnya bilangan bulat")
    return int(value)


def _positive_int(value: Any) -> int:
    number = _int(value)
    if number is None or number <= 0:
        raise _Bad(f"berisi {value!r}, seharusnya bilangan bulat positif")
    return number


def _count(value: Any) -> int:
    number = _int(value)
    if number is None or number < 0:
        raise _Bad(f"berisi {value!r}, seharusnya jumlah (0 atau lebih)")
    return number


def _year(value: Any) -> int | None:
    number = _int(value)
    if number is not None and not 1900 <= number <= 2200:
        raise _Bad(f"tahun {number} tidak masuk akal")
    return number


def _float(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        raise _Bad(f"berisi {value!r}, seharusnya angka")
    return float(value)


def _date(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(unescape_text(value))
        except ValueError:
            pass
    raise _Bad(f"berisi {value!r}, seharusnya tanggal TTTT-BB-HH")


def _timestamp(value: Any) -> datetime:
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(unescape_text(value))
        except ValueError:
            parsed = None
        if parsed is not None:
            return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    raise _Bad(f"berisi {value!r}, seharusnya waktu ISO 8601")


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if value in (0, 1):
        return bool(value)
    raise _Bad(f"berisi {value!r}, seharusnya TRUE atau FALSE")


def _choice(choices: Sequence[str], required: bool = False) -> Parser:
    allowed = frozenset(choices)

    def parse(value: Any) -> str | None:
        text = _required_text(value) if required else _text(value)
        if text is not None and text not in allowed:
            raise _Bad(f"berisi '{text[:40]}', seharusnya salah satu dari {', '.join(sorted(allowed))}")
        return text

    return parse


def _gender(value: Any) -> str | None:
    return _choice(GENDERS)(value)


# --- sheets: column -> (parser, how to write) ------------------------------------------------------------

COHORT_SHEET: Final[dict[str, Parser]] = {
    "cohort_id": _positive_int,
    "program": _text,
    "angkatan": _text,
    "year": _year,
    "start_date": _date,
    "end_date": _date,
    "venue": _text,
    "sheet": _required_text,
    "source_file": _required_text,
    "file_sha256": _required_text,
    "uploaded_by": _required_text,
    "uploaded_at": _timestamp,
    "n_participants": _count,
    "is_sample": _bool,
}
_TEXT_PARTICIPANT: Final = _text
PARTICIPANT_SHEET: Final[dict[str, Parser]] = {
    "cohort_id": _positive_int,
    **{column: _TEXT_PARTICIPANT for column in STORED_COLUMNS},
    "row": _int,
    "nip_status": _choice(NIP_STATUSES),
    "gender": _gender,
    "birth_date": _date,
    "appointment_date": _date,
    "score": _float,
    "sector": _choice(SECTORS),
    "level": _choice(LEVELS),
}
ISSUE_SHEET: Final[dict[str, Parser]] = {
    "cohort_id": _positive_int,
    "sheet": _text,
    "row": _int,
    "code": _required_text,
    "severity": _choice(sorted({kind.severity for kind in ISSUE_TYPES.values()}), required=True),
    "message": _required_text,
}
CORRECTION_SHEET: Final[dict[str, Parser]] = {
    "instansi": _required_text,
    "sector": _choice(SECTORS, required=True),
    "level": _choice(LEVELS),
    "agency": _text,
    "province": _text,
    "reason": _required_text,
    "updated_by": _required_text,
    "updated_at": _timestamp,
}
SHEETS: Final[dict[str, dict[str, Parser]]] = {
    "cohorts": COHORT_SHEET,
    "participants": PARTICIPANT_SHEET,
    "load_issues": ISSUE_SHEET,
}
# Sheets a backup may lack (made before they existed); restoring such a backup empties their table.
OPTIONAL_SHEETS: Final[dict[str, dict[str, Parser]]] = {"agency_corrections": CORRECTION_SHEET}
SPECS: Final[dict[str, dict[str, Parser]]] = {**SHEETS, **OPTIONAL_SHEETS}


def _cell(value: Any) -> Any:
    """A Python value as written to the workbook."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat() if value.tzinfo else value.replace(tzinfo=UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return escape_text(str(value))


# --- export ----------------------------------------------------------------------------------------------


TABLES: Final = (
    ("cohorts", cohorts, cohorts.c.cohort_id),
    ("participants", participants, participants.c.participant_id),
    ("load_issues", load_issues, load_issues.c.issue_id),
    ("agency_corrections", agency_corrections, agency_corrections.c.instansi_key),
)
ARROW_TYPES: Final[dict[Parser, pa.DataType]] = {
    _positive_int: pa.int64(),
    _int: pa.int64(),
    _count: pa.int64(),
    _year: pa.int64(),
    _float: pa.float64(),
    _bool: pa.bool_(),
}  # every other column holds text (dates and times as ISO 8601 text, as in the workbook)


def _table_rows(conn: sa.Connection, name: str) -> Iterator[list[Any]]:
    """One table's rows as cells (in SPECS[name]'s column order), streamed."""
    table, order = next((table, order) for n, table, order in TABLES if n == name)
    columns = list(SPECS[name])
    result = conn.execution_options(yield_per=10_000).execute(
        sa.select(*(table.c[c] for c in columns)).order_by(order)
    )
    for row in result:
        yield [_cell(v) for v in row]


def _readme_items(revision: str | None, counts: dict[str, int]) -> list[tuple[str, Any]]:
    return [
        ("format", FORMAT),
        ("version", VERSION),
        ("schema", revision or ""),
        ("created_at", datetime.now(UTC).isoformat()),
        *((name, counts[name]) for name in SPECS),
        (
            "note",
            "Cadangan Dasbor Peserta Pelatihan. Berisi data pribadi (nama, NIP): simpan di tempat aman. "
            "Teks yang diawali ' ditulis begitu agar tidak dijalankan sebagai rumus; jangan diubah.",
        ),
    ]


def export_backup(store: Store, *, compact: bool = False) -> bytes:
    """The whole store as one .xlsx workbook, or (compact) as a .zip of Parquet files."""
    return _export_zip(store) if compact else _export_xlsx(store)


def _export_xlsx(store: Store) -> bytes:
    """The workbook (write-only mode: memory stays flat however big the store)."""
    workbook = new_workbook()
    readme = plain_sheet(workbook, README_SHEET)
    sheets = {name: plain_sheet(workbook, name) for name in SPECS}
    counts: dict[str, int] = {}
    with read_transaction(store.engine) as conn:  # one snapshot for all sheets
        revision = current_revision_on(conn)
        for name in SPECS:
            sheets[name].append(list(SPECS[name]))
            n = 0
            for row in _table_rows(conn, name):
                sheets[name].append(row)
                n += 1
            counts[name] = n
    readme.append(["key", "value"])
    for key, value in _readme_items(revision, counts):
        readme.append([key, _cell(value)])
    return workbook_bytes(workbook)


def _export_zip(store: Store) -> bytes:
    """The compact backup: README.json and <table>.parquet per table, in one zip."""
    out = io.BytesIO()
    counts: dict[str, int] = {}
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        with read_transaction(store.engine) as conn:  # one snapshot for all tables
            revision = current_revision_on(conn)
            for name, spec in SPECS.items():
                schema = pa.schema(
                    [(column, ARROW_TYPES.get(parser, pa.string())) for column, parser in spec.items()]
                )
                buffer = io.BytesIO()
                n = 0
                with pq.ParquetWriter(buffer, schema, compression="zstd") as writer:
                    for batch in chunks(_table_rows(conn, name), PARQUET_ROWS):
                        columns = list(zip(*batch, strict=True))
                        writer.write_table(
                            pa.Table.from_arrays(
                                [
                                    pa.array(values, type=field.type)
                                    for values, field in zip(columns, schema, strict=True)
                                ],
                                schema=schema,
                            )
                        )
                        n += len(batch)
                counts[name] = n
                archive.writestr(f"{name}.parquet", buffer.getvalue())
        readme = dict(_readme_items(revision, counts))
        archive.writestr(README_JSON, json.dumps(readme, ensure_ascii=False, indent=1), zipfile.ZIP_DEFLATED)
    return out.getvalue()


def current_revision_on(conn: sa.Connection) -> str | None:
    """The alembic revision, read on an open connection."""
    return MigrationContext.configure(conn).get_current_revision()


# --- restore ---------------------------------------------------------------------------------------------


@dataclass
class _Parsed:
    cohorts: list[dict[str, Any]]
    participants: list[dict[str, Any]]
    issues: list[dict[str, Any]]
    corrections: list[dict[str, Any]]


def check_backup(data: bytes) -> tuple[int, int]:
    """Validate the whole backup (.xlsx or .zip) without writing: (cohorts, participants) it holds."""
    parsed = _parse(data)
    return len(parsed.cohorts), len(parsed.participants)


def restore_backup(store: Store, data: bytes, *, user: str) -> int:
    """Validate the whole backup, then replace the store's content with it in one transaction."""
    parsed = _parse(data)
    by_id = {c["cohort_id"]: c for c in parsed.cohorts}
    frame = pd.DataFrame(parsed.participants, columns=["cohort_id", *STORED_COLUMNS])
    refs = [reference_date(by_id[i]["start_date"], by_id[i]["year"]) for i in frame["cohort_id"].tolist()]
    rows = participant_rows(frame, refs)
    for row, cohort_id in zip(rows, frame["cohort_id"].tolist(), strict=True):
        row["cohort_id"] = int(cohort_id)
    with store.write() as conn:
        conn.execute(sa.delete(facts_sql.facts))
        conn.execute(sa.delete(load_issues))
        conn.execute(sa.delete(participants))
        conn.execute(sa.delete(cohorts))
        conn.execute(sa.delete(agency_corrections))
        insert_rows(conn, agency_corrections, parsed.corrections)
        insert_rows(conn, cohorts, parsed.cohorts)
        insert_rows(conn, participants, rows)
        insert_rows(conn, load_issues, parsed.issues)
        facts_sql.insert_facts(conn, list(by_id))
        conn.execute(
            sa.update(store_state).where(store_state.c.state_id == STATE_ID).values(samples_seeded=True)
        )
        if (
            conn.dialect.name == "postgresql"
        ):  # cohort ids were inserted as given: move the sequence past them
            conn.execute(
                sa.text(
                    "SELECT setval(pg_get_serial_sequence('cohorts', 'cohort_id'), "
                    "COALESCE((SELECT MAX(cohort_id) FROM cohorts), 0) + 1, false)"
                )
            )
        record_audit(
            conn,
            user,
            "pulihkan",
            f"Data dipulihkan dari cadangan: {len(parsed.cohorts)} angkatan, {len(rows)} peserta.",
        )
    store.scrub_deleted()  # the people the backup does not hold leave no bytes behind
    return len(parsed.cohorts)


def _parse(data: bytes) -> _Parsed:
    """The whole backup validated; the workbook itself is read in the sandbox (loaders/sandbox.py), so a
    file that makes the reader abort, loop or allocate without bound costs a clear error, not the server."""
    if len(data) > MAX_BYTES:
        raise _error([f"berkas lebih dari {MAX_BYTES // 2**20} MB"])
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED:
                raise _error(["isi berkas terlalu besar setelah dibuka"])
    except StoreError:
        raise
    except Exception as exc:  # the boundary: any unreadable file is one clear message
        raise _error(
            [f"berkas bukan .xlsx atau .zip cadangan yang dapat dibaca ({type(exc).__name__})"]
        ) from exc
    with tempfile.TemporaryDirectory(prefix="dasbor-pulihkan-") as folder:  # 0700: only this user reads it
        path = Path(folder) / "cadangan"
        path.write_bytes(data)
        try:
            parsed: _Parsed = run_sandboxed(
                _parse_file, str(path), timeout_seconds=PARSE_TIMEOUT_SECONDS, memory_bytes=PARSE_MEMORY_BYTES
            )
        except SandboxFailure as failure:
            raise _error([SANDBOX_PROBLEMS.get(failure.reason, SANDBOX_PROBLEMS["crashed"])]) from None
        except StoreError:
            raise
        except Exception as exc:  # an error that could not cross the process boundary as itself
            raise _error([f"berkas rusak ({exc})"]) from None
    return parsed


def _parse_file(path: str) -> _Parsed:
    """Runs in the sandbox: read and validate the backup at path (every failure a StoreError)."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
        workbook: Any
        if README_JSON in names and "[Content_Types].xml" not in names:
            workbook = _ParquetBackup(path, names)
        else:
            # calamine (Rust) reads cell values without expanding XML entities, ~50x faster than openpyxl
            workbook = CalamineWorkbook.from_path(path)
    except StoreError:
        raise
    except Exception as exc:  # the boundary: any unreadable file is one clear message
        raise _error(
            [f"berkas bukan .xlsx atau .zip cadangan yang dapat dibaca ({type(exc).__name__})"]
        ) from None
    try:
        return _parse_workbook(workbook)
    except StoreError:
        raise
    except Exception as exc:  # a sheet calamine cannot read
        raise _error([f"berkas rusak ({type(exc).__name__})"]) from None


class _Sheet:
    """One table of a compact backup, read like a calamine sheet: a header row, then rows of values."""

    def __init__(self, rows: list[list[Any]]) -> None:
        self._rows = rows

    def iter_rows(self) -> Iterator[list[Any]]:
        return iter(self._rows)


class _ParquetBackup:
    """A compact backup (.zip of README.json and <table>.parquet), read like a calamine workbook."""

    def __init__(self, path: str, names: set[str]) -> None:
        self.path = path
        self.sheet_names = [README_SHEET, *(name for name in SPECS if f"{name}.parquet" in names)]

    def get_sheet_by_name(self, name: str) -> _Sheet:
        with zipfile.ZipFile(self.path) as archive:
            if name == README_SHEET:
                if archive.getinfo(README_JSON).file_size > MAX_README_BYTES:
                    raise _error([f"{README_JSON} terlalu besar"])
                readme = json.loads(archive.read(README_JSON))
                if not isinstance(readme, dict):
                    raise _error([f"{README_JSON} bukan objek JSON; ini bukan berkas cadangan dasbor"])
                return _Sheet([["key", "value"], *([key, value] for key, value in readme.items())])
            table = pq.read_table(io.BytesIO(archive.read(f"{name}.parquet")))
        columns = table.to_pydict()
        return _Sheet([list(columns), *(list(row) for row in zip(*columns.values(), strict=True))])


def _parse_workbook(workbook: Any) -> _Parsed:
    missing = [name for name in (README_SHEET, *SHEETS) if name not in workbook.sheet_names]
    if missing:
        raise _error([f"lembar {', '.join(missing)} tidak ada; ini bukan berkas cadangan dasbor"])
    readme = _readme(workbook.get_sheet_by_name(README_SHEET))
    if readme.get("format") != FORMAT:
        raise _error([f"lembar {README_SHEET}: format bukan '{FORMAT}'; ini bukan berkas cadangan dasbor"])
    if readme.get("version") != VERSION:
        raise _error([f"lembar {README_SHEET}: versi cadangan {readme.get('version')!r} tidak didukung"])
    errors: list[str] = []
    tables = {
        name: list(_rows(workbook.get_sheet_by_name(name), name, spec, errors))
        for name, spec in SPECS.items()
        if name in workbook.sheet_names
    }
    cohort_rows, participant_rows_, issue_rows = (
        tables["cohorts"],
        tables["participants"],
        tables["load_issues"],
    )
    ids: dict[int, int] = {}
    keys: dict[str, int] = {}
    for excel_row, row in cohort_rows:
        if row["cohort_id"] in ids:
            errors.append(f"lembar cohorts baris {excel_row}: cohort_id {row['cohort_id']} sudah dipakai di baris "
                          f"{ids[row['cohort_id']]}")  # fmt: skip
        ids.setdefault(row["cohort_id"], excel_row)
        key = cohort_key(row["program"], row["angkatan"], row["year"])
        row["cohort_key"] = key
        if key in keys:
            errors.append(f"lembar cohorts baris {excel_row}: angkatan yang sama dengan baris {keys[key]}")
        keys.setdefault(key, excel_row)
    counted: dict[int, int] = {}
    for sheet, rows in (("participants", participant_rows_), ("load_issues", issue_rows)):
        for excel_row, row in rows:
            if row["cohort_id"] not in ids:
                errors.append(
                    f"lembar {sheet} baris {excel_row}: cohort_id {row['cohort_id']} tidak ada di lembar cohorts"
                )
            elif sheet == "participants":
                counted[row["cohort_id"]] = counted.get(row["cohort_id"], 0) + 1
    for excel_row, row in cohort_rows:
        if row["cohort_id"] in ids and counted.get(row["cohort_id"], 0) != row["n_participants"]:
            errors.append(
                f"lembar cohorts baris {excel_row}: n_participants {row['n_participants']} tetapi lembar "
                f"participants berisi {counted.get(row['cohort_id'], 0)} baris untuk angkatan ini"
            )
    if errors:
        raise _error(errors)
    return _Parsed(
        cohorts=[row for _, row in cohort_rows],
        participants=[row for _, row in participant_rows_],
        issues=[row for _, row in issue_rows],
        corrections=_corrections(tables.get("agency_corrections", [])),
    )


def _corrections(rows: list[tuple[int, dict[str, Any]]]) -> list[dict[str, Any]]:
    """The corrections sheet's rows, keyed as the table is (the last row of a key wins, as when saving)."""
    by_key = {override_key(row["instansi"]): row for _, row in rows}
    return [{"instansi_key": key, **row} for key, row in by_key.items() if key]


def _readme(sheet: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for row in list(sheet.iter_rows())[1:]:
        if len(row) >= 2 and isinstance(row[0], str):
            value = _blank_is_none(row[1])
            out[row[0]] = unescape_text(value) if isinstance(value, str) else value
    return out


def _blank_is_none(value: Any) -> Any:
    """calamine reads an empty cell as "" (a stored empty text is never blank: it is written as ')."""
    return None if value == "" else value


def _rows(
    sheet: Any, name: str, spec: dict[str, Parser], errors: list[str]
) -> Iterator[tuple[int, dict[str, Any]]]:
    rows = iter(sheet.iter_rows())
    header = next(rows, None)
    header_names = [h for h in (header or ()) if h not in (None, "")]
    if sorted(map(str, header_names)) != sorted(spec) or len(header_names) != len(spec):
        errors.append(f"lembar {name} baris 1: judul kolom harus {', '.join(spec)}")
        return
    # Positions in the row as read (a blank header cell still takes a column): not in header_names.
    index_of = {h: i for i, h in enumerate(header or ()) if h not in (None, "")}
    positions = [(column, index_of[column], parser) for column, parser in spec.items()]
    for excel_row, values in enumerate(rows, start=2):
        values = [_blank_is_none(v) for v in values]
        if all(v is None for v in values):
            continue
        row: dict[str, Any] = {}
        bad = False
        for column, index, parser in positions:
            value = values[index] if index < len(values) else None
            try:
                row[column] = parser(value)
            except _Bad as exc:
                bad = True
                errors.append(f"lembar {name} baris {excel_row} kolom {column}: {exc}")
        if len(errors) > 10 * MAX_ERRORS_SHOWN:
            raise _error(errors)
        if not bad:
            yield excel_row, row


def _error(problems: list[str]) -> StoreError:
    shown = "; ".join(problems[:MAX_ERRORS_SHOWN])
    more = (
        f" (dan {len(problems) - MAX_ERRORS_SHOWN} masalah lain)" if len(problems) > MAX_ERRORS_SHOWN else ""
    )
    return StoreError(
        "bad_backup",
        f"Berkas cadangan tidak dapat dipulihkan: {shown}{more}. Data yang tersimpan tidak diubah; "
        "gunakan berkas cadangan asli dari halaman Kelola.",
    )
