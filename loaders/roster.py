"""Turn a roster file into a clean participants frame, cohort metadata and a load report."""

from __future__ import annotations

import gc
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from loaders.agencies import (
    AgencyClass,
    classify_many,
    in_context,
    in_roster,
    title_pemda,
    warm_up_in_background,
)
from loaders.cells import cell_text, clean_text
from loaders.columnar import (
    TEXT,
    factorize_text,
    take_by_code,
)
from loaders.columns import COHORT_FIELDS, ColumnMap, field_for_header, joined_nip_header
from loaders.employer import TitleAgency, read_title_agency
from loaders.errors import RosterError, id_int
from loaders.fields import DATE_COLUMNS, normalise_fields, parse_birth, unwanted
from loaders.formats import EXTENSION_KINDS
from loaders.grid import (
    INSTRUCTION_SHEET_NAMES,
    Cell,
    FileGrids,
    Grid,
    Prefetch,
    column_letter,
    read_file,
    staff_sheets,
)
from loaders.header import MIN_SCORE_GIVEN_INSTANSI, Header, find_header, headers_seen, merged_fill
from loaders.metadata import (
    ANGKATAN,
    BARE_YEAR,
    CohortMeta,
    extract_metadata,
    normalise_angkatan,
    parse_dates,
    parse_period,
    program_name,
)
from loaders.nip import nip_in_joined_cell, parse_nip, split_name_nip
from loaders.people import flag_duplicates
from loaders.report import Issue, make_issue
from loaders.rows import TableRows, scan_rows
from loaders.schema import PARTICIPANT_COLUMNS
from loaders.settings import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    import pandas as pd


def _empty_frame() -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame()


@dataclass
class LoadResult:
    """Everything the intake learnt from one file."""

    file: str
    kind: str
    cohorts: list[CohortMeta]
    participants: pd.DataFrame
    issues: list[Issue]
    columns: dict[str, dict[str, Any]] = field(default_factory=dict)  # sheet -> mapping facts
    # Later rows of a person already listed in the same cohort, not counted (empty when kept on request).
    duplicates: pd.DataFrame = field(default_factory=_empty_frame)

    def summary(self) -> dict[str, Any]:
        """Counts that always add up to the participant total."""
        frame = self.participants
        return {
            "participants": len(frame),
            "by_sector": _counts(frame["sector"]),
            "by_level": _counts(frame["level"]),
            "by_province": _counts(frame["province"]),
            "by_gender": _counts(frame["gender"]),
        }


def _counts(series: pd.Series) -> dict[str, int]:
    """value_counts with missing values counted under 'unknown' so the counts sum to the total."""
    filled = series.astype(object).where(series.notna(), "unknown")
    return {str(k): int(v) for k, v in filled.value_counts(sort=True).items()}


SUMMARY_COLUMNS: Final = {
    "by_sector": "sector",
    "by_level": "level",
    "by_province": "province",
    "by_gender": "gender",
}


@dataclass
class RosterColumns:
    """What the intake read from one file as columns (Arrow text, NumPy dates, the list of Excel rows):
    a LoadResult before its pandas frames are built. The command line writes its output from these
    without importing pandas; `to_result()` builds the frames."""

    file: str
    kind: str
    cohorts: list[CohortMeta]
    participants: dict[str, Any]  # PARTICIPANT_COLUMNS but "issues": column -> values
    tags: dict[int, list[str]]  # participant position -> its issue codes
    issues: list[Issue]
    columns: dict[str, dict[str, Any]]  # sheet -> mapping facts
    duplicates: tuple[dict[str, Any], dict[int, list[str]]] | None = None  # the rows not counted, tags

    def summary(self) -> dict[str, Any]:
        """LoadResult.summary() of the frame these columns become."""
        data = self.participants
        counts = {key: count_values(data[column]) for key, column in SUMMARY_COLUMNS.items()}
        return {"participants": len(data["row"]), **counts}

    @classmethod
    def of(cls, result: LoadResult) -> RosterColumns:
        """The columns of a LoadResult's frames (to write a result read elsewhere, e.g. in the sandbox)."""
        frame = result.participants
        data: dict[str, Any] = {}
        for c in PARTICIPANT_COLUMNS:
            column = frame[c]
            if c == "row":
                data[c] = column.to_numpy(dtype=np.int64)
            elif c in DATE_COLUMNS:
                data[c] = column.to_numpy(dtype="M8[D]")
            elif c not in ("issues", "score"):
                data[c] = pa.array(column.astype(object).where(column.notna(), None).tolist(), type=TEXT)
        tags = {k: list(codes) for k, codes in enumerate(frame["issues"].tolist()) if codes}
        return cls(result.file, result.kind, result.cohorts, data, tags, result.issues, result.columns)

    def to_result(self) -> LoadResult:
        """The LoadResult: participants (and repeated rows) as pandas frames (every column must have been
        read: read_roster_columns without `columns`)."""
        missing = [c for c in PARTICIPANT_COLUMNS if c != "issues" and c not in self.participants]
        if missing:
            raise ValueError(f"columns not read, a frame needs them: {', '.join(missing)}")
        frame = _build_frame(self.participants, self.tags)
        duplicates = frame.iloc[:0] if self.duplicates is None else _build_frame(*self.duplicates)
        return LoadResult(
            file=self.file,
            kind=self.kind,
            cohorts=self.cohorts,
            participants=frame,
            issues=self.issues,
            columns=self.columns,
            duplicates=duplicates,
        )


def count_values(column: pa.Array) -> dict[str, int]:
    """_counts of a text column: most frequent first, ties in order of first appearance (the order of
    pandas' value_counts, which sorts stably)."""
    encoded = pc.fill_null(column, pa.scalar("unknown", column.type)).dictionary_encode()
    counts = np.bincount(encoded.indices.to_numpy(zero_copy_only=False), minlength=len(encoded.dictionary))
    keys = encoded.dictionary.to_pylist()
    return {keys[k]: int(counts[k]) for k in np.argsort(-counts, kind="stable").tolist()}


def read_roster(
    path: str | Path,
    *,
    column_mapping: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    display_name: str | None = None,
    keep_duplicates: bool = False,
    bounded: bool = False,
    prefetched: Prefetch | None = None,
    instansi_for_all: str | None = None,
) -> LoadResult:
    """Read one roster file in this process; raises only RosterError.

    A person listed twice in one cohort (same valid NIP, or same name where neither row has one) is
    counted once: the later rows are reported and returned in `LoadResult.duplicates`. With
    `keep_duplicates` rows of the same name without NIP are all counted (two people of one name); a
    repeated valid NIP is one person all the same. `bounded` streams every sheet for cells far outside
    its table before the workbook parser sees it (the sandbox retries so after the parser aborted).
    `prefetched` is this same file already being read (grid.Prefetch, started with the same limits and
    display name), for a caller that started the parser before importing this module.

    `instansi_for_all` is the officer's answer to "every participant of this file is from ...": the instansi
    of every participant of a table without an instansi column (classified like any instansi text, reported
    as `instansi_from_officer`; it wins over an agency the title names). A table with an instansi column
    keeps its values, and the report says the answer was not used (`instansi_from_officer_ignored`)."""
    read = read_roster_columns(
        path,
        column_mapping=column_mapping,
        overrides=overrides,
        limits=limits,
        display_name=display_name,
        keep_duplicates=keep_duplicates,
        bounded=bounded,
        prefetched=prefetched,
        instansi_for_all=instansi_for_all,
    )
    with _reading(read.file):
        return read.to_result()


def read_roster_columns(path: str | Path, **options: Any) -> RosterColumns:
    """read_roster (the same options) without building the frames, so pandas is not imported: what the
    command line writes. One more option, `columns`: the participant columns the caller uses (None: all,
    as to_result() needs); the others are not computed (the command line writes a few of them only)."""
    path = Path(path)
    name = options.pop("display_name", None) or path.name
    with _reading(name):
        return _read(path, name, **options)
    raise AssertionError("unreachable: _reading re-raises every error")


@contextmanager
def _reading(name: str) -> Iterator[None]:
    """The library boundary: every error becomes a RosterError naming the file; cyclic GC paused."""
    collecting = gc.isenabled()
    gc.disable()  # bulk loading builds millions of objects; cyclic GC passes over them would dominate
    try:
        yield
    except RosterError as exc:
        raise exc.with_file(name) from None
    except MemoryError as exc:
        raise RosterError("too_large", "File terlalu besar untuk diproses.", file=name) from exc
    except Exception as exc:  # anything else is reported, never propagated raw
        raise RosterError(
            "unreadable",
            f"File tidak dapat dibaca ({type(exc).__name__}: {' '.join(str(exc).split())[:160]}). "
            "Simpan ulang dari Excel sebagai .xlsx lalu unggah lagi.",
            file=name,
        ) from exc
    finally:
        if collecting:
            gc.enable()


def _file_notes(path: Path, read: FileGrids) -> list[Issue]:
    """Notes about the file as a whole: a wrong extension, macros, far cells, a CSV's encoding."""
    kind, facts = read.kind, read.facts
    issues: list[Issue] = []
    claimed = EXTENSION_KINDS.get(path.suffix.lower())
    if claimed and claimed != kind.kind and {claimed, kind.kind} != {"xlsx", "xlsm"}:
        issues.append(make_issue("format_mismatch", ext=path.suffix.lower(), actual=kind.label))
    if kind.has_macros:
        issues.append(make_issue("macros_ignored"))
    for cells in read.far:
        shown = ", ".join(cells.refs[:5]) + (
            f" dan {len(cells.refs) - 5} sel lain" if len(cells.refs) > 5 else ""
        )
        issues.append(
            make_issue(
                "far_cells",
                sheet=cells.sheet,
                cells=shown,
                column=cells.max_column,
                last_row=id_int(cells.max_row),
            )
        )
    if "encoding" in facts:
        issues.append(make_issue("csv_encoding", encoding=facts["encoding"], delimiter=facts["delimiter"]))
    if "pager" in facts:  # a list page saved from the browser: the other pages' rows are not in the file
        first, last, total = (int(n) for n in facts["pager"].split())
        issues.append(make_issue("html_page_part", first=first, last=last, total=id_int(total),
                                 missing=id_int(total - (last - first + 1))))  # fmt: skip
    return issues


NO_TABLE_REASON: Final = "tidak ada tabel peserta (Nama/NIP + Instansi)"
STAFF_SHEET_REASON: Final = "lembar pengajar/panitia, bukan daftar peserta"


def _read_sheets(
    grids: list[Grid],
    column_mapping: Mapping[str, str] | None,
    name: str,
    issues: list[Issue],
    columns: Collection[str] | None = None,
    staff: frozenset[str] = frozenset(),
) -> tuple[list[_SheetResult], list[tuple[str, int]], list[Grid]]:
    """Each sheet's table, (sheet, header row) of tables without a participant row, and the sheets whose table's
    instansi column is empty (read as tables without one); sheets skipped (also the `staff` sheets: staff_sheets)
    are noted in `issues`."""
    sheets: list[_SheetResult] = []
    empty: list[tuple[str, int]] = []  # (sheet, header row) of tables without a participant row
    blank: list[Grid] = []
    visible_grids = [g for g in grids if g.visible]
    for grid in grids:
        if not grid.visible:
            issues.append(make_issue("sheet_hidden", name=grid.name))
            continue
        if grid.name in staff:
            issues.append(make_issue("sheet_skipped", name=grid.name, reason=STAFF_SHEET_REASON))
            continue
        found = None
        if len(visible_grids) > 1 and INSTRUCTION_SHEET_NAMES.search(grid.name):
            # A "Rekap PKA" sheet listing people with their Angkatan is a recap workbook's roster.
            found = find_header(grid, column_mapping)
            if found is None or not {"angkatan", "program"} & set(found.columns.fields):
                issues.append(make_issue("sheet_skipped", name=grid.name, reason="lembar petunjuk/rekap"))
                continue
        found = found or find_header(grid, column_mapping)
        if found is None:
            if grid.rows:
                issues.append(make_issue("sheet_skipped", name=grid.name, reason=NO_TABLE_REASON))
            continue
        # The cells of a table whose instansi column is empty are kept: if it has participants, it is read again
        # as a table without an instansi column (a header without participants is said so, as before).
        kept_rows = grid.rows if _instansi_columns_empty(grid, found) else None
        sheet_result = _read_sheet(grid, found, name, columns=columns)
        if len(sheet_result) and kept_rows is not None:
            grid.rows = kept_rows
            blank.append(grid)
            continue
        if not len(sheet_result):
            empty.append((grid.name, grid.excel_row(found.bottom)))
            issues.append(
                make_issue(
                    "sheet_skipped", name=grid.name, reason="ada judul kolom tetapi tidak ada baris peserta"
                )
            )
            continue
        sheets.append(sheet_result)
    return sheets, empty, blank


def _instansi_columns_empty(grid: Grid, header: Header) -> bool:
    """Whether the table's instansi (and unit kerja) columns hold nothing at all under the header, and the caller
    did not map them: an exporter that writes "UNIT KERJA" over an empty column names nobody's agency, so the
    table is one without an instansi column (refused, or read with the officer's or the title's agency), not
    one whose every participant is of an unknown agency."""
    cols = header.columns
    wanted = [cols.fields[f] for f in ("instansi", "unit_kerja") if f in cols.fields]
    if not wanted or {"instansi", "unit_kerja"} & cols.explicit:
        return False
    return not any(j < len(row) and cell_text(row[j]) for row in grid.rows[header.bottom + 1 :] for j in wanted)


# Why a table of only No/Nama/NIP columns does not take the agency its title names.
NO_ROWS_WHY: Final = "tidak ada baris di bawah judul kolom yang terbaca sebagai peserta"
THIN_TABLE_WHY: Final = "tabelnya hanya punya kolom Nomor dan Nama/NIP, terlalu sedikit untuk memakai instansi dari judul"


@dataclass
class _NoInstansi:
    """A table of people without an instansi column whose title names no single agency of theirs."""

    sheet: str
    header_row: int
    headers: list[str]
    why: str


def _read_sheets_without_instansi(
    grids: list[Grid],
    column_mapping: Mapping[str, str] | None,
    name: str,
    issues: list[Issue],
    given: str | None = None,
    columns: Collection[str] | None = None,
    staff: frozenset[str] = frozenset(),
) -> tuple[list[_SheetResult], list[_NoInstansi]]:
    """When no sheet has an instansi column: the tables of people (Nama or NIP) whose every participant gets
    the officer's instansi (`given`), else the one agency their title names (loaders.employer); the others
    refused."""
    sheets: list[_SheetResult] = []
    refused: list[_NoInstansi] = []
    for grid in grids:
        if not grid.visible or grid.name in staff:  # a staff sheet is noted by _read_sheets
            continue
        found = find_header(grid, column_mapping, need_instansi=False)
        # A thinner table ("No | Nama | Tanda Tangan") is a roster when the officer names its agency, and is
        # refused with what to do (not as "no table") when nobody does.
        thin = found is None
        found = found or find_header(grid, column_mapping, need_instansi=False, min_score=MIN_SCORE_GIVEN_INSTANSI)
        if found is None:
            continue
        title = read_title_agency(_title_lines(grid, found, name)) if given is None else None
        if thin and given is None:
            why = title.why if title is not None and title.found is None else THIN_TABLE_WHY
            labels = [label for label in found.labels if label]
            refused.append(_NoInstansi(grid.name, grid.excel_row(found.bottom), labels, why))
            continue
        try:
            sheet_result = _read_sheet(
                grid, found, name, title.found if title else None, given, no_column=True, columns=columns
            )
        except _RowsWithoutAgency:  # neither the officer, nor the title, nor group headings name their agency
            labels = [label for label in found.labels if label]
            # With the officer's instansi the rows themselves are the trouble: none was read as a participant.
            why = title.why if title is not None else NO_ROWS_WHY
            refused.append(_NoInstansi(grid.name, grid.excel_row(found.bottom), labels, why))
            continue
        if len(sheet_result):
            sheets.append(sheet_result)
            skipped = make_issue("sheet_skipped", name=grid.name, reason=NO_TABLE_REASON)
            issues[:] = [i for i in issues if (i.code, i.message) != (skipped.code, skipped.message)]
    return sheets, refused


def _no_instansi_error(refused: _NoInstansi) -> RosterError:
    """The refusal of a table without an instansi column: what is missing and how to map it."""
    unfilled = [h for h in refused.headers if field_for_header(h) in ("instansi", "unit_kerja")]
    column = (
        "tidak punya kolom instansi yang terisi (kolom " + ", ".join(f"'{h}'" for h in unfilled) + " kosong)"
        if unfilled
        else "tidak punya kolom instansi"
    )
    return RosterError(
        "no_roster",
        f"Tidak ditemukan tabel peserta dengan kolom Instansi (atau Unit Kerja): tabel di baris {refused.header_row} "
        f"punya kolom Nama/NIP tetapi {column}, dan {refused.why}. Tambahkan kolom Instansi "
        "ke file, atau petakan kolom yang berisi instansi peserta: di baris perintah "
        "--map 'Judul Kolom=instansi', di halaman Unggah lewat Pemetaan kolom. Bila semua peserta berasal dari "
        "satu instansi, sebutkan instansinya: di baris perintah --instansi 'Nama Instansi', di halaman Unggah "
        "lewat isian 'Semua peserta berasal dari instansi'. "
        f"Judul kolom yang terbaca: {', '.join(refused.headers)}.",
        sheet=refused.sheet,
        headers=tuple(refused.headers),
        missing="instansi",
    )


def _given_not_used(sheets: list[_SheetResult], given: str) -> list[Issue]:
    """The officer's instansi for a file whose tables have an instansi column: not used, said per sheet."""
    notes = []
    for sheet in sheets:
        mapped = sheet.column_facts["mapped"]
        header = mapped.get("instansi") or mapped.get("unit_kerja") or ""
        notes.append(
            make_issue(
                "instansi_from_officer_ignored",
                sheet=sheet.metas[0].sheet,
                name=sheet.metas[0].sheet,
                header=header,
                instansi=given,
            )
        )
    return notes


def _holds_nips(grid: Grid, header: Header, label: str) -> bool:
    """Whether most filled cells of a column hold 18 digits (a NIP), not a 16-digit NIK."""
    if label not in header.labels:
        return False
    j = header.labels.index(label)
    lengths = [
        sum(ch.isdigit() for ch in cell_text(row[j])) for row in grid.rows[header.bottom + 1 :] if cell_text(row[j])
    ]
    return bool(lengths) and sum(n == 18 for n in lengths) * 2 >= len(lengths)


def _nip_column_by_content(
    header: Header, cols: ColumnMap, table: TableRows, fill: dict[tuple[int, int], Cell]
) -> tuple[str, int, int, int] | None:
    """A table without a NIP column whose column of an unrecognised header ("NP", an app's employee number) holds, in
    its participant rows, valid NIPs in nine of ten filled cells (at least three), nine of ten of them different: that
    column (label, index, valid, filled). Not a column the caller's mapping ignored, nor one whose header the intake
    knows (a NIK is never read); not a mentor's NIP repeated down a Coaching-Mentoring roster (repeats), and not a
    column filled only in rows under the table (a committee's list: only participant rows count)."""
    if {"nip", "name_nip"} & set(cols.fields) or not table.indexes:
        return None
    for label in cols.ignored:
        if label in cols.dropped or label not in header.labels:
            continue
        j = header.labels.index(label)
        cells = [cell for cell in _cells_by_field(table, {"nip": j}, fill)["nip"] if cell_text(cell)]
        if sum(parse_nip(cell).is_valid for cell in cells[:50]) * 10 < min(len(cells), 50) * 9:
            continue  # the first cells already say no, without parsing a big table's whole column
        valid = [info.nip for info in map(parse_nip, cells) if info.is_valid]
        if len(cells) >= 3 and len(valid) * 10 >= len(cells) * 9 and len(set(valid)) * 10 >= len(valid) * 9:
            return label, j, len(valid), len(cells)
    return None


def _with_nip_by_content(
    sheet: str, header: Header, cols: ColumnMap, table: TableRows, fill: dict[tuple[int, int], Cell],
    issues: list[Issue],
) -> tuple[ColumnMap, list[Issue]]:  # fmt: skip
    """The columns with a NIP column found by its content (_nip_column_by_content) and the notes: the note saying it
    was read as the NIP takes the place of the one saying the column was ignored."""
    found = _nip_column_by_content(header, cols, table, fill)
    if found is None:
        return cols, issues
    label, j, valid, filled = found
    ignored = make_issue("column_ignored", sheet=sheet, header=label)
    note = make_issue(
        "column_nip_by_content", sheet=sheet, header=label, valid=valid, filled=filled, mapping=f"{label}="
    )
    notes = [note if i.code == ignored.code and i.message == ignored.message else i for i in issues]
    fields = {**cols.fields, "nip": j}
    return replace(cols, fields=fields, ignored=[t for t in cols.ignored if t != label]), notes


def _column_notes(grid: Grid, header: Header) -> list[Issue]:
    """The notes on the columns a sheet's header leaves out (a NIP column found by its content comes later, from
    the participant rows: _with_nip_by_content)."""
    sheet, cols, issues = grid.name, header.columns, []
    for text in cols.ignored:
        issues.append(make_issue("column_ignored", sheet=sheet, header=text))
    for text in cols.sensitive:
        issues.append(make_issue("column_sensitive", sheet=sheet, header=text))
        if (
            field_for_header(text) == "nik"
            and not {"nip", "name_nip"} & set(cols.fields)
            and _holds_nips(grid, header, text)
        ):
            # Exporters write the NIP into "NUPTK/PTK ID/KTP"-like columns: say how to read it as NIP.
            issues.append(make_issue("column_id_not_read", sheet=sheet, header=text, mapping=f"{text}=nip"))
    return issues


def _title_lines(grid: Grid, header: Header, file_name: str) -> list[tuple[str, str]]:
    """(source, text) of the lines naming a sheet's cohort: its title rows, the sheet's and the file's name."""
    titles = [
        (f"judul baris {grid.excel_row(i)}", " ".join(cell_text(c) for c in grid.rows[i] if cell_text(c)))
        for i in range(header.top)
    ]
    stem = Path(file_name).stem.replace("_", " ")
    return [*titles, ("nama lembar", grid.name), ("nama file", stem)]


def _read(
    path: Path,
    name: str,
    column_mapping: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    keep_duplicates: bool = False,
    bounded: bool = False,
    prefetched: Prefetch | None = None,
    instansi_for_all: str | None = None,
    columns: Collection[str] | None = None,
) -> RosterColumns:
    # The classifier's indexes are built (once per process) while the parser reads the file.
    read = (
        prefetched.result()
        if prefetched is not None
        else read_file(path, limits, warm_up_in_background, display_name=name, bounded=bounded)
    )
    kind, grids = read.kind, read.grids
    issues = _file_notes(path, read)
    given = " ".join(instansi_for_all.split()) if instansi_for_all else None
    staff = staff_sheets(grids)
    sheets, empty, blank = _read_sheets(grids, column_mapping, name, issues, columns, staff)
    if given:
        issues.extend(_given_not_used(sheets, given))
    if blank:  # tables whose instansi column is empty: as tables without one (never people of no agency)
        more, refused = _read_sheets_without_instansi(
            blank, column_mapping, name, issues, given or None, columns, staff
        )
        if refused:
            raise _no_instansi_error(refused[0])
        sheets += more
    if not sheets and not empty:
        sheets, refused = _read_sheets_without_instansi(
            grids, column_mapping, name, issues, given or None, columns, staff
        )
        if refused:  # part of the people without their agency would be a wrong count: none is read
            raise _no_instansi_error(refused[0])
    sheets = _drop_part_sheets(sheets, issues)
    if not sheets and empty:
        sheet_name, header_row = empty[0]
        raise RosterError(
            "no_participants",
            f"Tidak ditemukan baris peserta di bawah judul kolom (baris {header_row}). Isi satu baris untuk "
            "setiap peserta di bawah judul kolom, lalu unggah lagi.",
            sheet=sheet_name,
        )
    if not sheets:
        headers = headers_seen(grids)
        raise RosterError(
            "no_roster",
            "Tidak ditemukan tabel peserta. Roster perlu kolom Instansi (atau Unit Kerja) dan kolom Nama atau NIP. "
            + (f"Judul kolom yang terbaca: {', '.join(headers)}." if headers else "File tidak berisi teks."),
            headers=tuple(headers),
        )
    for grid in grids:
        grid.rows = []  # every table is in columns now: the cells (the read's largest object) can go
    total = sum(len(s) for s in sheets)
    if total > limits.max_rows:
        raise RosterError(
            "too_large", f"File berisi {id_int(total)} peserta; batasnya {id_int(limits.max_rows)} per file."
        )
    for sheet in sheets:
        issues.extend(sheet.issues)
    data, tags, scope = _concat(sheets)
    starts = np.cumsum([0] + [len(sheet) for sheet in sheets]).tolist()
    for sheet in sheets:
        sheet.columns.clear()  # `data` holds them now; cutting repeated rows below must not keep two copies
    issues.extend(_classify(data, tags, overrides, _file_title(sheets)))
    cohorts, scope = _join_continued(sheets, scope, issues)
    dup_issues, later = flag_duplicates(data, tags, scope, keep_duplicates)
    issues.extend(dup_issues)
    issues.extend(_fill_notes(sheets, starts, later, len(scope)))
    counts = np.bincount(scope, minlength=len(cohorts))
    duplicates = None
    if len(later):
        # Cut the repeated rows from the columns (no second full copy of them).
        duplicates = (_take_rows(data, later), {i: tags[k] for i, k in enumerate(later) if k in tags})
        kept = np.ones(len(scope), dtype=bool)
        kept[later] = False
        _keep_rows(data, np.flatnonzero(kept))
        new_position = np.cumsum(kept) - 1
        tags = {int(new_position[k]): codes for k, codes in tags.items() if kept[k]}
        counts -= np.bincount(scope[later], minlength=len(cohorts))
    for meta, count in zip(cohorts, counts.tolist(), strict=True):
        meta.n_participants = count
    return RosterColumns(
        file=name,
        kind=kind.kind,
        cohorts=cohorts,
        participants=data,
        tags=tags,
        issues=_sorted_issues(issues),
        columns={s.metas[0].sheet: s.column_facts for s in sheets},
        duplicates=duplicates,
    )


def _person_keys(sheet: _SheetResult) -> frozenset[str] | None:
    """Who a whole sheet lists: its NIPs when every row has one, else its names (case and spaces folded); None
    for a recap sheet split into cohorts or a row without either."""
    if len(sheet.metas) != 1 or sheet.metas[0].rows is not None:
        return None
    for column in ("nip", "name"):
        values = sheet.columns.get(column)
        if values is None:
            continue
        cells = values.to_pylist() if hasattr(values, "to_pylist") else list(values)
        keys = [" ".join(str(v).split()).casefold() for v in cells if v not in (None, "")]
        if keys and len(keys) == len(cells):
            return frozenset(keys)
    return None


def _drop_part_sheets(sheets: list[_SheetResult], issues: list[Issue]) -> list[_SheetResult]:
    """The sheets left once the parts of a combined sheet are set aside: a workbook with one sheet per unit and
    a "GABUNGAN" sheet listing them all again (same columns) would count everyone twice. A whole sheet is a part
    when all its people appear in one other sheet with the same columns that lists more people and has at least
    one other such part (two sheets of one day's attendance are no combined sheet and its part)."""
    if len(sheets) < 3:
        return sheets
    keys = [_person_keys(sheet) for sheet in sheets]
    fields = [frozenset(sheet.column_facts["mapped"]) for sheet in sheets]
    parts_of: dict[int, list[int]] = {}
    for whole, people in enumerate(keys):
        if people is None:
            continue
        parts = [
            i
            for i, part in enumerate(keys)
            if i != whole and part is not None and part < people and fields[i] == fields[whole]
        ]
        if len(parts) >= 2:
            parts_of[whole] = parts
    if not parts_of:
        return sheets
    whole = max(parts_of, key=lambda i: len(keys[i] or ()))
    parts = parts_of[whole]
    if len(sheets[whole].metas) == 1 and _distinct_cohorts(
        [sheets[i] for i in parts], [keys[i] or frozenset() for i in parts], keys[whole] or frozenset()
    ):
        # "Angkatan I", "Angkatan II" and a sheet listing everyone: the parts are the cohorts, the whole one repeats
        # them (counted, everyone would be in one cohort without its angkatan).
        names = ", ".join(f"'{sheets[i].metas[0].sheet}'" for i in parts)
        reason = f"semua pesertanya tercantum di lembar angkatan {names}, yang dihitung"
        issues.append(make_issue("sheet_skipped", name=sheets[whole].metas[0].sheet, reason=reason))
        return [sheet for i, sheet in enumerate(sheets) if i != whole]
    dropped = set(parts)
    combined = sheets[whole].metas[0].sheet
    for i in sorted(dropped):
        reason = f"semua pesertanya tercantum lagi di lembar gabungan '{combined}', yang dihitung"
        issues.append(make_issue("sheet_skipped", name=sheets[i].metas[0].sheet, reason=reason))
    return [sheet for i, sheet in enumerate(sheets) if i not in dropped]


def _distinct_cohorts(parts: list[_SheetResult], people: list[frozenset[Any]], whole: frozenset[Any]) -> bool:
    """Whether the parts of a combined sheet are cohorts of their own that list all of it: each one cohort naming
    its own angkatan, no person in two of them, and together exactly the combined sheet's people. Sheets of one
    angkatan on different days share people and an angkatan; a unit's sheets name the same event or nothing; angkatan
    sheets that miss some of the combined sheet's people would lose them (review s15)."""
    if any(len(part.metas) != 1 for part in parts):
        return False
    angkatan = [part.metas[0].angkatan for part in parts]
    if not all(angkatan) or len(set(angkatan)) != len(angkatan):
        return False
    listed: set[Any] = set()
    for keys in people:
        if not listed.isdisjoint(keys):
            return False
        listed |= keys
    return listed == whole


def _join_continued(
    sheets: list[_SheetResult], scope: npt.NDArray[np.intp], issues: list[Issue]
) -> tuple[list[CohortMeta], npt.NDArray[np.intp]]:
    """The file's cohorts, a whole sheet naming the same program, angkatan, year and dates as an earlier whole
    sheet joined to it (a list printed one page per sheet; present and absent on two sheets): one cohort, its
    people counted once. Returns the cohorts and each row's cohort."""
    cohorts = [m for s in sheets for m in s.metas]
    first: dict[tuple[object, ...], int] = {}
    target = np.arange(len(cohorts), dtype=np.intp)
    for i, meta in enumerate(cohorts):
        if meta.rows is not None or not meta.program:
            continue  # a part of a recap sheet, or a sheet naming no program: its own cohort
        key = (" ".join(meta.program.split()).casefold(), meta.angkatan, meta.year, meta.start_date, meta.end_date)
        if key not in first:
            first[key] = i
            continue
        head = cohorts[first[key]]
        target[i] = first[key]
        head.continued = (*head.continued, meta.sheet)
        issues.append(make_issue("cohort_continued", sheet=meta.sheet, first=head.sheet))
    if (target == np.arange(len(cohorts))).all():
        return cohorts, scope
    kept = np.unique(target)
    position = np.zeros(len(cohorts), dtype=np.intp)
    position[kept] = np.arange(len(kept))
    return [cohorts[i] for i in kept.tolist()], position[target][scope]


def _sorted_issues(issues: list[Issue]) -> list[Issue]:
    """File notes first, then by sheet name and row; stable (an equal key keeps the order found)."""
    sheets = [i.sheet for i in issues]
    names = sorted({s for s in sheets if s is not None})
    rank: dict[str | None, int] = {None: 0} | {s: r + 1 for r, s in enumerate(names)}  # (has a sheet, name)
    by_sheet = np.fromiter(map(rank.__getitem__, sheets), dtype=np.int64, count=len(issues))
    by_row = np.fromiter((i.row or 0 for i in issues), dtype=np.int64, count=len(issues))
    return [issues[k] for k in np.lexsort((by_row, by_sheet)).tolist()]  # lexsort is stable


# --- finding the table --------------------------------------------------------------------------------


# --- reading rows -------------------------------------------------------------------------------------


@dataclass
class _SheetResult:
    metas: list[CohortMeta]  # one cohort, or one per (program, angkatan, year) of a recap sheet
    columns: dict[str, Any]  # column -> Arrow array, or a plain list for "row"
    tags: dict[int, list[str]]  # position in the sheet -> issue codes of that row
    issues: list[Issue]
    column_facts: dict[str, Any]
    cohort_of: npt.NDArray[np.intp] | None = None  # position in the sheet -> index into metas
    title: tuple[AgencyClass, str] | None = None  # the regional government its title block names, the line
    fill_note: _FillNote | None = None  # the rows given the officer's or the title's agency, noted after repeats

    def __len__(self) -> int:
        return len(self.columns["row"])


def _fill_notes(sheets: list[_SheetResult], starts: list[int], later: npt.NDArray[np.intp], n: int) -> list[Issue]:
    """The sheets' notes on rows given the officer's or the title's agency, each counting its people once: the
    `later` rows (of the file's `n`, sheets starting at `starts`) repeat a person already listed."""
    counted = np.ones(n, dtype=bool)
    counted[later] = False
    return [
        sheet.fill_note.issue(counted[start : start + len(sheet.fill_note.rows)])
        for sheet, start in zip(sheets, starts, strict=False)
        if sheet.fill_note is not None
    ]


@dataclass
class _FillNote:
    """The note of a table without an instansi column whose rows took the officer's or the title's agency: its code,
    the message's parameters but the count, and which rows of the sheet (by position) it covers."""

    code: str
    params: dict[str, Any]
    rows: npt.NDArray[np.bool_]

    def issue(self, counted: npt.NDArray[np.bool_]) -> Issue:
        """The note, counting the covered rows that are `counted` (not a repeat of a person already listed)."""
        return make_issue(self.code, count=id_int(int(np.count_nonzero(self.rows & counted))), **self.params)


def _cells_by_field(
    table: TableRows, kept: dict[str, int], fill: dict[tuple[int, int], Cell]
) -> dict[str, list[Cell]]:
    """Each kept field's cells in the participant rows, vertically merged cells filled in."""
    indexes, start, body = table.indexes, table.start, table.body
    if indexes and indexes[-1] - indexes[0] + 1 == len(indexes):  # the usual case: one contiguous table
        picked = body[indexes[0] - start : indexes[-1] + 1 - start]
    else:
        picked = body[np.asarray(indexes, dtype=np.intp) - start]
    raw: dict[str, list[Cell]] = {f: picked[:, c].tolist() for f, c in kept.items()}
    if fill:
        position = {i: k for k, i in enumerate(indexes)}
        for f, c in kept.items():
            for (i, j), value in fill.items():
                if j == c and i in position and raw[f][position[i]] in ("", None):
                    raw[f][position[i]] = value
    return raw


def _special_cells(grid: Grid, col_of: dict[str, int], excel_rows: list[int]) -> list[Issue]:
    """Error cells and formulas without a cached value, in the participant rows of the columns kept."""
    if not grid.special:
        return []
    wanted = set(excel_rows)
    columns = {c + grid.first_col for c in col_of.values()}
    return [
        make_issue(code, sheet=grid.name, row=r, cell=f"{column_letter(c)}{r}", value=value)
        for (r, c), (code, value) in grid.special.items()
        if r in wanted and c in columns
    ]


def _read_sheet(
    grid: Grid,
    header: Header,
    file_name: str,
    title_agency: TitleAgency | None = None,
    given: str | None = None,
    *,
    no_column: bool = False,
    columns: Collection[str] | None = None,
) -> _SheetResult:
    """Read the participant rows under a header, collecting every problem on the way.

    `no_column`: the table has no instansi column. A group heading that names a body ("B. KEMENTERIAN AGAMA")
    is then the instansi of the rows under it, and `given` (the officer's) or else `title_agency` that of the
    other rows; _RowsWithoutAgency when some row is left without one (the caller refuses the file)."""
    sheet = grid.name
    cols, issues = header.columns, _column_notes(grid, header)
    instansi_field = "instansi" if "instansi" in cols.fields or no_column else "unit_kerja"
    lines = _title_lines(grid, header, file_name)
    titles = lines[:-2]
    meta = extract_metadata(sheet, lines)
    title = title_pemda(text for _, text in titles)

    fill = merged_fill(grid, header, cols)
    col_of = cols.fields
    fill_note = None
    if no_column:  # an instansi column here is one the exporter left empty (_instansi_columns_empty): not read
        col_of = {f: c for f, c in col_of.items() if f not in ("instansi", "unit_kerja")}
    table = scan_rows(grid, header.bottom, col_of, fill, issues, header_top=header.top)
    cols, issues = _with_nip_by_content(sheet, header, cols, table, fill, issues)
    col_of = {**col_of, **{f: c for f, c in cols.fields.items() if f == "nip"}}
    indexes = table.indexes
    section_for, section_rows = table.section_for, table.section_rows
    # The running number only found the rows; fields read only into columns the caller does not want are not
    # read at all.
    kept = {f: c for f, c in col_of.items() if f != "no" and not (columns is not None and unwanted(f, columns))}
    raw = _cells_by_field(table, kept, fill)
    excel_rows = grid.excel_rows(indexes)
    # The participants' cells are in `raw` now: the sheet's rows (and their 2-D copy) can go before the
    # columns are built (they are the read's largest objects; a sheet is never read twice).
    # A fresh empty array, not a slice: a slice is a view that keeps the whole 2-D copy (and every cell in it) alive.
    grid.rows, table.body = [], np.empty((0, table.body.shape[1]), dtype=object)
    if "name_nip" in raw:
        _split_name_nip(raw, sheet, header.labels[col_of["name_nip"]], issues)
    if "period" in raw:
        col_of = _period_columns(raw, col_of)
    if "nip" in col_of and "nip" in raw and joined_nip_header(header.labels[col_of["nip"]]):
        raw["nip"] = [nip_in_joined_cell(v) for v in raw["nip"]]
    if no_column:
        # Rows under a heading that names a body stay empty here: normalise_fields gives them the heading
        # (instansi_from_section); the officer's or the title's text fills the others.
        headed = _bodies(section_for)
        fallback = given or (title_agency.text if title_agency is not None else None)
        raw["instansi"] = [None if label in headed else fallback for label in section_for]
        filled = np.fromiter((label not in headed for label in section_for), dtype=bool, count=len(section_for))
        # The note says how many people got the officer's or the title's agency: written once repeated rows are
        # cut (_read), so a person listed twice is counted once, as in the summary.
        if filled.any() and given:
            fill_note = _FillNote("instansi_from_officer", {"sheet": sheet, "name": sheet, "instansi": given}, filled)
        elif filled.any() and title_agency is not None:
            fill_note = _FillNote(
                "instansi_from_title",
                {
                    "sheet": sheet,
                    "instansi": title_agency.text,
                    "agency": title_agency.agency.agency,
                    "source": title_agency.source,
                },
                filled,
            )
        elif filled.any() or not section_for:
            raise _RowsWithoutAgency
    if "instansi" in raw and "unit_kerja" in raw and not {"instansi", "unit_kerja"} & cols.explicit:
        if _unit_column_classifies_better(raw, col_of, header.labels, sheet, issues):
            raw["instansi"], raw["unit_kerja"] = raw["unit_kerja"], raw["instansi"]
            col_of = {**col_of, "instansi": col_of["unit_kerja"], "unit_kerja": col_of["instansi"]}
    issues.extend(_special_cells(grid, col_of, excel_rows))
    out, tags = normalise_fields(
        raw, excel_rows, grid, cols, instansi_field, (section_for, section_rows), sheet, issues, columns
    )
    facts = {
        "header_rows": [grid.excel_row(header.top), grid.excel_row(header.bottom)],
        "mapped": {f: header.labels[c] for f, c in col_of.items()},
        "ignored": list(cols.ignored),
        "sensitive_dropped": list(cols.sensitive),
    }
    metas, cohort_of = [meta], None
    if any(f in raw for f in COHORT_FIELDS):
        labels: dict[str, str] = {f: header.labels[col_of[f]] for f in COHORT_FIELDS if f in raw}
        metas, cohort_of = _split_cohorts(meta, raw, labels, excel_rows, issues)
    return _SheetResult(
        metas=metas,
        columns=out,
        tags=tags,
        issues=issues,
        column_facts=facts,
        cohort_of=cohort_of,
        title=title,
        fill_note=fill_note,
    )


class _RowsWithoutAgency(Exception):
    """A table without an instansi column has rows whose agency nothing names."""


def _bodies(section_for: list[str | None]) -> set[str | None]:
    """The group headings that name a body the classifier knows (a government or other body, not "KELAS A")."""
    classes = classify_many(label for label in set(section_for) if label)
    return {label for label, cls in classes.items() if cls.sector != "unknown"}


def _split_name_nip(raw: dict[str, list[Cell]], sheet: str, label: str, issues: list[Issue]) -> None:
    """A "Nama/NIP" column's cells as the name and NIP fields (a separate Nama or NIP column wins where it
    is filled)."""
    parts = [split_name_nip(v) for v in raw.pop("name_nip")]
    for f, k in (("name", 0), ("nip", 1)):
        own = raw.get(f)
        raw[f] = [p[k] if own is None or own[j] in ("", None) else own[j] for j, p in enumerate(parts)]
    issues.append(make_issue("name_nip_split", sheet=sheet, header=label))


def _period_columns(raw: dict[str, list[Cell]], col_of: dict[str, int]) -> dict[str, int]:
    """A "Tanggal Pelaksanaan" column holding each row's period ("2026-11-02 - 2026-11-13") as the start and end
    date columns (a start or end column of its own wins); the column map with the period's column under both."""
    periods = [parse_period(cell_text(v)) if v not in ("", None) else (None, None) for v in raw.pop("period")]
    column = col_of["period"]
    col_of = {f: c for f, c in col_of.items() if f != "period"}
    for f, k in (("start_date", 0), ("end_date", 1)):
        if f not in raw:
            raw[f] = [p[k] for p in periods]
            col_of[f] = column
    return col_of


def _cell_date(value: Cell) -> date | None:
    """A date cell, or a date written as text ('5 September 2023', '2023-09-05', '05/09/2023')."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = clean_text(value)
    if not text:
        return None
    start, _ = parse_dates(text)
    if start:
        return start
    return parse_birth(text)[1]


def _cell_year(value: Cell) -> int | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 1945 <= value <= 2100:
        return int(value)
    if isinstance(value, (datetime, date)):
        return value.year
    m = BARE_YEAR.search(cell_text(value))
    return int(m.group(1)) if m else None


def _cell_angkatan(value: Cell) -> str | None:
    text = cell_text(value)
    if not text:
        return None
    if m := ANGKATAN.search(text):
        text = m.group(1)
    return normalise_angkatan(text.strip(" .")) or text


def _filled_down(cells: list[Cell]) -> list[Cell]:
    """A cohort column with each empty cell taking the value above it: recaps write a group's Angkatan
    (or Tahun, Program, dates) on its first row only, or merge it down the group."""
    out: list[Cell] = []
    last: Cell = None
    for cell in cells:
        if cell is None or (isinstance(cell, str) and not cell.strip()):
            out.append(last)
        else:
            out.append(cell)
            last = cell
    return out


def _split_cohorts(
    meta: CohortMeta, raw: dict[str, list[Cell]], labels: dict[str, str], rows: list[int], issues: list[Issue]
) -> tuple[list[CohortMeta], npt.NDArray[np.intp] | None]:
    """One cohort per distinct (program, angkatan, year) in a recap sheet's cohort columns, each with its own
    metadata and sources; the sheet's title fills what the columns leave empty. A cohort's dates are its rows' own
    (_cohort_dates)."""
    n = len(rows)
    empty: list[Cell] = [None] * n
    raw = {f: _filled_down(raw[f]) for f in COHORT_FIELDS if f in raw}
    program_cells, angkatan_cells = raw.get("program", empty), raw.get("angkatan", empty)
    year_cells, start_cells, end_cells = (
        raw.get("year", empty),
        raw.get("start_date", empty),
        raw.get("end_date", empty),
    )
    groups: dict[tuple[str | None, str | None, int | None], int] = {}
    cohort_of = np.empty(n, dtype=np.intp)
    for k in range(n):
        text = clean_text(program_cells[k])
        program = (program_name(text) or text) if text else None
        start = _cell_date(start_cells[k])
        year = _cell_year(year_cells[k]) or (start.year if start else None)
        key = (program, _cell_angkatan(angkatan_cells[k]), year)
        groups.setdefault(key, len(groups))
        cohort_of[k] = groups[key]
    metas: list[CohortMeta] = []
    members: list[list[int]] = [[] for _ in groups]  # each cohort's positions in `rows`, in order
    for k, g in enumerate(cohort_of.tolist()):
        members[g].append(k)
    for (program, angkatan, year), g in groups.items():
        ks = members[g]
        k = ks[0]
        cohort = CohortMeta(sheet=meta.sheet, venue=meta.venue, sources={})
        if "venue" in meta.sources:
            cohort.sources["venue"] = meta.sources["venue"]
        start, end = _cohort_dates(
            meta.sheet, [rows[m] for m in ks], [start_cells[m] for m in ks], [end_cells[m] for m in ks], issues
        )
        column_values: dict[str, Any] = {
            "program": program,
            "angkatan": angkatan,
            "year": year,
            "start_date": start,
            "end_date": end,
        }
        for f, value in column_values.items():
            if value is not None:
                setattr(cohort, f, value)
                label = labels.get(f) or labels.get("start_date", "")
                cohort.sources[f] = f"kolom '{label}' baris {rows[k]}"
            elif len(groups) == 1 or f not in ("start_date", "end_date"):
                # The title's value; a title's dates do not belong to each of several cohorts
                setattr(cohort, f, getattr(meta, f))
                if f in meta.sources:
                    cohort.sources[f] = meta.sources[f]
        if len(groups) > 1:
            cohort.rows = tuple(rows[m] for m in ks)
        metas.append(cohort)
    if len(groups) == 1:
        return metas, None
    return metas, cohort_of


def _cohort_dates(
    sheet: str, rows: list[int], starts: list[Cell], ends: list[Cell], issues: list[Issue]
) -> tuple[date | None, date | None]:
    """A cohort's dates from its rows' start/end (or period) cells. Days of their own (an attendance list's
    "Tanggal Kegiatan": start and end the same day in every row) span the first to the last day. Periods that differ
    between rows (a second training in the list, a typo) are not split into cohorts: the period most rows give is
    taken and the others are reported with their rows (review s15: a period column split by its start date made a
    cohort of every typo and of every attendance day)."""
    spans: dict[tuple[date | None, date | None], list[int]] = {}
    for row, start_cell, end_cell in zip(rows, starts, ends, strict=True):
        start, end = _cell_date(start_cell), _cell_date(end_cell)
        if start is not None or end is not None:
            spans.setdefault((start, end), []).append(row)
    if not spans:
        return None, None
    if len(spans) == 1:
        return next(iter(spans))
    if all(start is not None and end == start for start, end in spans):
        days = [start for start, _ in spans if start is not None]
        return min(days), max(days)
    (start, end), _ = max(spans.items(), key=lambda item: len(item[1]))
    others = [(span, found) for span, found in spans.items() if span != (start, end)]
    listed = "; ".join(
        f"{_span_text(span)} (baris {', '.join(str(r) for r in found[:5])}{', ...' if len(found) > 5 else ''})"
        for span, found in others[:5]
    )
    issues.append(make_issue("cohort_dates_differ", sheet=sheet, taken=_span_text((start, end)), others=listed))
    return start, end


def _span_text(span: tuple[date | None, date | None]) -> str:
    start, end = span
    return " s.d. ".join(d.strftime("%d/%m/%Y") for d in (start, end) if d is not None) or "-"


INSTANSI_SAMPLE: Final = 200  # distinct values per candidate column classified to choose the instansi column


def _recognised_share(values: list[Cell]) -> float:
    """Share of a sample of a column's distinct values that the agency classifier recognises."""
    sample: dict[str, None] = {}
    for value in values[: INSTANSI_SAMPLE * 20]:
        text = clean_text(value)
        if text:
            sample[text] = None
            if len(sample) >= INSTANSI_SAMPLE:
                break
    if not sample:
        return 0.0
    classes = classify_many(sample)
    return sum(classes[t].sector != "unknown" for t in sample) / len(sample)


def _unit_column_classifies_better(
    raw: dict[str, list[Cell]], col_of: dict[str, int], labels: list[str], sheet: str, issues: list[Issue]
) -> bool:
    """Two columns could hold the instansi: say which one is used (the one whose values classify)."""
    shares = {f: _recognised_share(raw[f]) for f in ("instansi", "unit_kerja")}
    swap = shares["unit_kerja"] > shares["instansi"]
    used, other = ("unit_kerja", "instansi") if swap else ("instansi", "unit_kerja")
    issues.append(
        make_issue(
            "instansi_column",
            sheet=sheet,
            used=labels[col_of[used]],
            used_share=f"{shares[used]:.0%}",
            other=labels[col_of[other]],
            other_share=f"{shares[other]:.0%}",
        )
    )
    return swap


def _concat(
    sheets: list[_SheetResult],
) -> tuple[dict[str, Any], dict[int, list[str]], npt.NDArray[np.intp]]:
    """The sheets' columns end to end, their row tags by position in the whole file, and each row's
    cohort (index into the file's cohorts)."""
    columns: dict[str, Any] = {}
    for c in PARTICIPANT_COLUMNS:
        if c in ("agency", "sector", "level", "province", "issues") or c not in sheets[0].columns:
            continue
        parts = [sheet.columns[c] for sheet in sheets]
        if c == "row":
            columns[c] = [r for part in parts for r in part] if len(parts) > 1 else parts[0]
        elif c in DATE_COLUMNS:
            columns[c] = np.concatenate(parts)
        else:
            columns[c] = pa.concat_arrays(parts) if len(parts) > 1 else parts[0]
    tags: dict[int, list[str]] = {}
    offset = 0
    scopes = []
    cohort = 0
    for sheet in sheets:
        tags.update({offset + k: codes for k, codes in sheet.tags.items()})
        offset += len(sheet)
        if sheet.cohort_of is None:
            scopes.append(np.full(len(sheet), cohort, dtype=np.intp))
        else:
            scopes.append(sheet.cohort_of + cohort)
        cohort += len(sheet.metas)
    scope = np.concatenate(scopes) if len(scopes) > 1 else scopes[0]
    return columns, tags, scope


def _take_rows(columns: dict[str, Any], positions: npt.NDArray[np.intp]) -> dict[str, Any]:
    """The given rows of every column (Arrow arrays, NumPy arrays or the plain list of row numbers)."""
    out = dict(columns)
    _keep_rows(out, positions)
    return out


def _keep_rows(columns: dict[str, Any], positions: npt.NDArray[np.intp]) -> None:
    """Keep only the given rows, one column at a time (each old column is freed as it is replaced)."""
    index = pa.array(positions)
    for name in list(columns):
        column = columns[name]
        if isinstance(column, list):
            columns[name] = [column[k] for k in positions.tolist()]
        elif isinstance(column, np.ndarray):
            columns[name] = column[positions]
        else:
            columns[name] = column.take(index)
        del column


def _build_frame(columns: dict[str, Any], tags: dict[int, list[str]]) -> pd.DataFrame:
    """The canonical participants frame, built from the columns without copying text."""
    from loaders.frames import PARTICIPANTS  # pandas: never in the command line's reading child

    n = len(columns["row"])
    issues: list[tuple[str, ...]] = [()] * n
    for k, codes in tags.items():
        issues[k] = tuple(codes)
    return PARTICIPANTS.build({**columns, "issues": issues})


# Sides named in the review note of the load report (other bodies already get their own note).
REVIEW_SIDES: Final[dict[str, str]] = {"central": "instansi pusat (K/L)", "regional": "pemerintah daerah"}


def _file_title(sheets: list[_SheetResult]) -> tuple[AgencyClass, str] | None:
    """The one regional government the sheets' titles name (None when none, or when they name several)."""
    named = {s.title[0].agency: s.title for s in sheets if s.title is not None}
    return next(iter(named.values())) if len(named) == 1 else None


def _placement(
    found: list[AgencyClass],
    placed: list[AgencyClass],
    codes: npt.NDArray[np.intp],
    distinct: list[str],
    columns: dict[str, Any],
    issues: list[Issue],
    code: str,
    params: Mapping[str, Any] | None = None,
) -> list[AgencyClass]:
    """The distinct instansi's classes after a placement by context (`placed`), reported once under `code`
    (how many rows moved, an example and the government, unless `params` names it) when any moved."""
    moved = [j for j, (old, new) in enumerate(zip(found, placed, strict=True)) if new is not old]
    if not moved:
        return found
    rows = np.flatnonzero(np.isin(codes, moved))
    values: dict[str, Any] = {"example": distinct[moved[0]], "pemda": placed[moved[0]].agency, **(params or {})}
    issues.append(
        make_issue(code, sheet=columns["sheet"][int(rows[0])].as_py(), count=id_int(len(rows)), **values)
    )
    return placed


def _classify(
    columns: dict[str, Any],
    tags: dict[int, list[str]],
    overrides: Mapping[str, Any] | None,
    title: tuple[AgencyClass, str] | None = None,
) -> list[Issue]:
    """Classify each distinct instansi once and add the agency/sector/level/province columns; regional units
    that name no region are placed in the government the title names, else by the roster's other rows (in_roster);
    each placement reported once."""
    codes, distinct = factorize_text(columns["instansi"])
    classes = classify_many([*distinct, None], overrides)
    found = [classes[v] for v in distinct]
    issues: list[Issue] = []
    if title is not None:
        placed = [in_context(c, title[0]) for c in found]
        params = {"pemda": title[0].agency, "title": title[1]}
        found = _placement(found, placed, codes, distinct, columns, issues, "agency_from_title", params)
    found = _placement(found, in_roster(found), codes, distinct, columns, issues, "agency_from_rows")
    for name in ("agency", "sector", "level", "province"):
        missing = getattr(classes[""], name)  # the empty instansi's class
        columns[name] = take_by_code([getattr(c, name) for c in found], codes, missing, TEXT)
    flagged = [j for j, c in enumerate(found) if c.sector in ("unknown", "other") or c.review]
    if not flagged:
        return issues
    sheets, rows = columns["sheet"].to_pylist(), columns["row"]
    for k in np.flatnonzero(np.isin(codes, flagged)).tolist():
        value, cls, sheet = distinct[codes[k]], found[codes[k]], sheets[k]
        if cls.sector in REVIEW_SIDES:
            tags.setdefault(k, []).append("agency_review")
            issues.append(
                make_issue(
                    "agency_review",
                    sheet=sheet,
                    row=rows[k],
                    instansi=value,
                    side=REVIEW_SIDES[cls.sector],
                    review=cls.review,
                )  # fmt: skip
            )
        elif cls.sector == "unknown":
            tags.setdefault(k, []).append("agency_unknown")
            issues.append(make_issue("agency_unknown", sheet=sheet, row=rows[k], instansi=value))
        else:
            tags.setdefault(k, []).append("agency_other")
            issues.append(
                make_issue("agency_other", sheet=sheet, row=rows[k], instansi=value, reason=cls.reason)
            )
    return issues
