"""Turn a roster file into a clean participants frame, cohort metadata and a load report."""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from loaders.agencies import classify_many, warm_up_in_background
from loaders.columnar import (
    TEXT,
    factorize_text,
    float_column,
    null_positions,
    per_distinct,
    per_distinct_pair,
    take_by_code,
    text_column,
)
from loaders.columns import COHORT_FIELDS, ColumnMap, map_columns, score_header
from loaders.errors import RosterError, id_int
from loaders.formats import EXTENSION_KINDS
from loaders.grid import INSTRUCTION_SHEET_NAMES, Cell, Grid, Prefetch, column_letter, read_file
from loaders.metadata import (
    ANGKATAN,
    BARE_YEAR,
    MONTHS,
    CohortMeta,
    extract_metadata,
    normalise_angkatan,
    parse_dates,
    program_name,
)
from loaders.nip import NipInfo, parse_nip, plain_valid_nips
from loaders.ranks import golongan_from_pangkat, normalise_gender, normalise_golongan
from loaders.report import Issue, make_issue
from loaders.schema import NIP_STATUSES, PARTICIPANT_COLUMNS
from loaders.settings import DEFAULT_LIMITS, Limits

HEADER_SEARCH_ROWS: Final = 40
DATE_COLUMNS: Final = frozenset({"birth_date", "appointment_date"})
TOTAL_ROW: Final = re.compile(r"^\s*(sub\s*-?\s*)?(jumlah|total|subtotal|grand total)\b", re.IGNORECASE)
# Lines that open a signature block under a roster.
SIGNATURE: Final = re.compile(
    r"^\s*(mengetahui|menyetujui|a\.?\s?n\.?\s|an\.\s|plt\.?\s|plh\.?\s|ketua panitia|panitia penyelenggara|"
    r"kepala (pusat|bidang|bagian|badan|balai|sub)|sekretaris|direktur|dibuat oleh|ttd\.?|tanda tangan|"
    r"nip[.:]?\s*\d)",
    re.IGNORECASE,
)
_MONTH_ALT: Final = "|".join(sorted(MONTHS, key=len, reverse=True))
PLACE_DATE: Final = re.compile(
    rf"^[A-Za-z .'-]{{3,40}},\s*\d{{1,2}}\s+({_MONTH_ALT})\.?\s+\d{{4}}\s*$", re.IGNORECASE
)
NUMBER_ROW: Final = re.compile(r"^\(?\d{1,2}\)?$")
# "A. DINAS PENDIDIKAN", "II. KEMENTERIAN ...": a group label's enumerator, dropped when it names the instansi.
SECTION_ENUMERATOR: Final = re.compile(r"^\s*(?:[A-Z]|[IVX]{1,4}|\d{1,2})\s*[.)]\s+(?=\S)")
TITLES: Final = re.compile(
    r"\b(dr|drs|dra|ir|prof|h|hj|s|m|a\.?md|st|se|sh|mh|mm|mpd|spd|skm|ssos|sip|ap|msi|mt|phd|sp|mkes|skom|"
    r"sst|mak|ak|ca|cpa|ns|apt|bsc|msc|ma|mba)\b\.?",
    re.IGNORECASE,
)


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
    duplicates: pd.DataFrame = field(default_factory=pd.DataFrame)

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

    def to_dict(self, rows: bool = True) -> dict[str, Any]:
        """The CLI's documented JSON form of one loaded file. rows=False leaves the two long lists
        (participants, issues) as None in their places, for a writer that renders them column by column."""
        records = []
        frame = self.participants
        for rec in frame.to_dict("records") if rows else ():
            records.append(
                {
                    "sheet": rec["sheet"],
                    "row": int(rec["row"]),
                    "name": _none(rec["name"]),
                    "nip": _none(rec["nip"]),
                    "nip_status": rec["nip_status"],
                    "gender": _none(rec["gender"]),
                    "birth_date": _iso(rec["birth_date"]),
                    "instansi": _none(rec["instansi"]),
                    "agency": _none(rec["agency"]),
                    "sector": rec["sector"],
                    "level": _none(rec["level"]),
                    "province": _none(rec["province"]),
                    "issues": list(rec["issues"]),
                }
            )
        return {
            "file": self.file,
            "format": self.kind,
            "cohorts": [
                {**c.to_dict(), "n_participants": c.n_participants, "rows": list(c.rows) if c.rows else None}
                for c in self.cohorts
            ],
            "participants": records if rows else None,
            "summary": self.summary(),
            "issues": [i.to_dict() for i in self.issues] if rows else None,
        }


def _none(value: object) -> Any:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return None
    return value


def _iso(value: object) -> str | None:
    value = _none(value)
    if value is None or value is pd.NaT:
        return None
    return value.isoformat()[:10] if hasattr(value, "isoformat") else str(value)


def _counts(series: pd.Series) -> dict[str, int]:
    """value_counts with missing values counted under 'unknown' so the counts sum to the total."""
    filled = series.astype(object).where(series.notna(), "unknown")
    return {str(k): int(v) for k, v in filled.value_counts(sort=True).items()}


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
) -> LoadResult:
    """Read one roster file in this process; raises only RosterError.

    A person listed twice in one cohort (same valid NIP, or same name where neither row has one) is
    counted once: the later rows are reported and returned in `LoadResult.duplicates`. With
    `keep_duplicates` rows of the same name without NIP are all counted (two people of one name); a
    repeated valid NIP is one person all the same. `bounded` streams every sheet for cells far outside
    its table before the workbook parser sees it (the sandbox retries so after the parser aborted).
    `prefetched` is this same file already being read (grid.Prefetch, started with the same limits and
    display name), for a caller that started the parser before importing this module."""
    path = Path(path)
    name = display_name or path.name
    collecting = gc.isenabled()
    gc.disable()  # bulk loading builds millions of objects; cyclic GC passes over them would dominate
    try:
        return _read(path, name, column_mapping, overrides, limits, keep_duplicates, bounded, prefetched)
    except RosterError as exc:
        raise exc.with_file(name) from None
    except MemoryError as exc:
        raise RosterError("too_large", "File terlalu besar untuk diproses.", file=name) from exc
    except Exception as exc:  # the library boundary: anything else is reported, never propagated raw
        raise RosterError(
            "unreadable",
            f"File tidak dapat dibaca ({type(exc).__name__}: {' '.join(str(exc).split())[:160]}). "
            "Simpan ulang dari Excel sebagai .xlsx lalu unggah lagi.",
            file=name,
        ) from exc
    finally:
        if collecting:
            gc.enable()


def _read(
    path: Path,
    name: str,
    column_mapping: Mapping[str, str] | None,
    overrides: Mapping[str, Any] | None,
    limits: Limits,
    keep_duplicates: bool = False,
    bounded: bool = False,
    prefetched: Prefetch | None = None,
) -> LoadResult:
    # The classifier's indexes are built (once per process) while the parser reads the file.
    read = (
        prefetched.result()
        if prefetched is not None
        else read_file(path, limits, warm_up_in_background, display_name=name, bounded=bounded)
    )
    kind, grids, facts, far = read.kind, read.grids, read.facts, read.far
    issues: list[Issue] = []
    claimed = EXTENSION_KINDS.get(path.suffix.lower())
    if claimed and claimed != kind.kind and {claimed, kind.kind} != {"xlsx", "xlsm"}:
        issues.append(make_issue("format_mismatch", ext=path.suffix.lower(), actual=kind.label))
    if kind.has_macros:
        issues.append(make_issue("macros_ignored"))
    for cells in far:
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
    if facts:
        issues.append(make_issue("csv_encoding", encoding=facts["encoding"], delimiter=facts["delimiter"]))
    sheets: list[_SheetResult] = []
    empty: list[tuple[str, int]] = []  # (sheet, header row) of tables without a participant row
    visible_grids = [g for g in grids if g.visible]
    for grid in grids:
        if not grid.visible:
            issues.append(make_issue("sheet_hidden", name=grid.name))
            continue
        found = None
        if len(visible_grids) > 1 and INSTRUCTION_SHEET_NAMES.search(grid.name):
            # A "Rekap PKA" sheet listing people with their Angkatan is a recap workbook's roster.
            found = _find_header(grid, column_mapping)
            if found is None or not {"angkatan", "program"} & set(found.columns.fields):
                issues.append(make_issue("sheet_skipped", name=grid.name, reason="lembar petunjuk/rekap"))
                continue
        found = found or _find_header(grid, column_mapping)
        if found is None:
            if grid.rows:
                issues.append(
                    make_issue(
                        "sheet_skipped",
                        name=grid.name,
                        reason="tidak ada tabel peserta (Nama/NIP + Instansi)",
                    )
                )
            continue
        sheet_result = _read_sheet(grid, found, name)
        if not len(sheet_result):
            empty.append((grid.name, grid.excel_row(found.bottom)))
            issues.append(
                make_issue(
                    "sheet_skipped", name=grid.name, reason="ada judul kolom tetapi tidak ada baris peserta"
                )
            )
            continue
        sheets.append(sheet_result)
    if not sheets and empty:
        sheet_name, header_row = empty[0]
        raise RosterError(
            "no_participants",
            f"Tidak ditemukan baris peserta di bawah judul kolom (baris {header_row}). Isi satu baris untuk "
            "setiap peserta di bawah judul kolom, lalu unggah lagi.",
            sheet=sheet_name,
        )
    if not sheets:
        headers = _headers_seen(grids)
        raise RosterError(
            "no_roster",
            "Tidak ditemukan tabel peserta. Roster perlu kolom Instansi (atau Unit Kerja) dan kolom Nama atau NIP. "
            + (f"Judul kolom yang terbaca: {', '.join(headers)}." if headers else "File tidak berisi teks."),
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
    for sheet in sheets:
        sheet.columns.clear()  # `data` holds them now; cutting repeated rows below must not keep two copies
    issues.extend(_classify(data, tags, overrides))
    dup_issues, later = _flag_duplicates(data, tags, scope, keep_duplicates)
    issues.extend(dup_issues)
    cohorts = [m for s in sheets for m in s.metas]
    counts = np.bincount(scope, minlength=len(cohorts))
    duplicates: pd.DataFrame | None = None
    if len(later):
        # Cut the repeated rows from the columns before the frame is built (no second full frame).
        duplicates = _build_frame(
            _take_rows(data, later), {i: tags[k] for i, k in enumerate(later) if k in tags}
        )
        kept = np.ones(len(scope), dtype=bool)
        kept[later] = False
        _keep_rows(data, np.flatnonzero(kept))
        new_position = np.cumsum(kept) - 1
        tags = {int(new_position[k]): codes for k, codes in tags.items() if kept[k]}
        counts -= np.bincount(scope[later], minlength=len(cohorts))
    frame = _build_frame(data, tags)
    if duplicates is None:
        duplicates = frame.iloc[:0]
    for meta, count in zip(cohorts, counts.tolist(), strict=True):
        meta.n_participants = count
    issues = _sorted_issues(issues)
    columns = {s.metas[0].sheet: s.column_facts for s in sheets}
    return LoadResult(
        file=name,
        kind=kind.kind,
        cohorts=cohorts,
        participants=frame,
        issues=issues,
        columns=columns,
        duplicates=duplicates,
    )


def _headers_seen(grids: list[Grid]) -> list[str]:
    seen: list[str] = []
    for grid in grids:
        for row in grid.rows[:HEADER_SEARCH_ROWS]:
            texts = [str(c).strip() for c in row if isinstance(c, str) and c.strip()]
            if len(texts) >= 2:
                seen.extend(t[:40] for t in texts if t[:40] not in seen)
                break
    return seen[:20]


def _sorted_issues(issues: list[Issue]) -> list[Issue]:
    return sorted(issues, key=lambda i: (i.sheet is not None, i.sheet or "", i.row or 0))


# --- finding the table --------------------------------------------------------------------------------


@dataclass
class _Header:
    top: int  # index into grid.rows of the first header row
    bottom: int  # index of the last header row (== top for a one-row header)
    labels: list[str]
    columns: ColumnMap


def _text(cell: Cell) -> str:
    """A cell as trimmed text ('' for empty); integral floats lose their '.0'."""
    if cell is None:
        return ""
    if isinstance(cell, str):
        return cell.strip()
    if isinstance(cell, float):
        if cell != cell:
            return ""
        return str(int(cell)) if cell.is_integer() and abs(cell) < 1e15 else repr(cell)
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == datetime.min.time() else cell.isoformat()
    return str(cell).strip()


def _horizontal_fill(grid: Grid, index: int) -> list[str]:
    """Header labels of one row with horizontally merged group labels repeated across their span."""
    row = [_text(c) for c in grid.rows[index]]
    abs_row = grid.first_row - 1 + index
    for r1, c1, r2, c2 in grid.merged:
        if r1 <= abs_row <= r2 and c2 > c1:
            j1 = c1 - grid.first_col
            value = row[j1] if 0 <= j1 < len(row) else ""
            for j in range(max(j1, 0), min(c2 - grid.first_col + 1, len(row))):
                if not row[j]:
                    row[j] = value
    return row


def _find_header(grid: Grid, column_mapping: Mapping[str, str] | None) -> _Header | None:
    """Find the header row (or two merged header rows) under any title block."""

    def score_of(labels: list[str]) -> int:
        if column_mapping:
            mapped = map_columns(labels, column_mapping)
            return len(mapped.fields) if mapped.has_roster_fields() else 0
        return score_header(labels)

    best: _Header | None = None
    best_score = 0
    limit = min(len(grid.rows), HEADER_SEARCH_ROWS)
    for i in range(limit):
        single = _horizontal_fill(grid, i)
        candidates = [(i, single, score_of(single))]
        if i + 1 < len(grid.rows):
            lower = [_text(c) for c in grid.rows[i + 1]]
            combined = [
                lo or up for up, lo in zip(single, lower + [""] * (len(single) - len(lower)), strict=False)
            ]
            # Two rows make one header only when the upper row adds recognised columns: a title line
            # right above a one-row header adds none and stays a title (the cohort metadata is there).
            combined_score = score_of(combined)
            if combined_score > score_of(_horizontal_fill(grid, i + 1)):
                candidates.append((i + 1, combined, combined_score))
        for bottom, labels, score in candidates:
            if score > best_score:
                columns = map_columns(labels, column_mapping)
                if columns.has_roster_fields():
                    best_score = score
                    best = _Header(top=i, bottom=bottom, labels=labels, columns=columns)
    if best is not None and best_score >= 2:
        return best
    return None


# --- reading rows -------------------------------------------------------------------------------------


@dataclass
class _SheetResult:
    metas: list[CohortMeta]  # one cohort, or one per (program, angkatan, year) of a recap sheet
    columns: dict[str, Any]  # column -> Arrow array, or a plain list for "row"
    tags: dict[int, list[str]]  # position in the sheet -> issue codes of that row
    issues: list[Issue]
    column_facts: dict[str, Any]
    cohort_of: npt.NDArray[np.intp] | None = None  # position in the sheet -> index into metas

    def __len__(self) -> int:
        return len(self.columns["row"])


def _read_sheet(grid: Grid, header: _Header, file_name: str) -> _SheetResult:
    """Read the participant rows under a header, collecting every problem on the way."""
    sheet = grid.name
    cols = header.columns
    issues: list[Issue] = []
    for text in cols.ignored:
        issues.append(make_issue("column_ignored", sheet=sheet, header=text))
    for text in cols.sensitive:
        issues.append(make_issue("column_sensitive", sheet=sheet, header=text))
    instansi_field = "instansi" if "instansi" in cols.fields else "unit_kerja"
    titles = [
        (f"judul baris {grid.excel_row(i)}", " ".join(_text(c) for c in grid.rows[i] if _text(c)))
        for i in range(header.top)
    ]
    stem = Path(file_name).stem.replace("_", " ")
    meta = extract_metadata(sheet, [*titles, ("nama lembar", sheet), ("nama file", stem)])

    fill = _merged_fill(grid, header, cols)
    rows = grid.rows
    col_of = cols.fields
    c_no, c_name, c_nip = col_of.get("no"), col_of.get("name"), col_of.get("nip")
    indexes: list[int] = []
    special = grid.special
    first_col = grid.first_col
    special_cols = {c + first_col: f for f, c in col_of.items()}
    footer_start: int | None = None
    section_text: str | None = None
    section_for: list[str | None] = []
    section_rows: dict[str, int] = {}  # section label -> its Excel row
    start = header.bottom + 1
    if start < len(rows) and _is_number_row(rows[start]):
        issues.append(make_issue("row_number_header", sheet=sheet, row=grid.excel_row(start)))
        start += 1
    body = np.empty((max(len(rows) - start, 0), len(rows[0]) if rows else 0), dtype=object)
    if body.size:
        body[:] = rows[start:]  # grid rows are rectangular
    numbered = _numbered_people(body, c_no, c_name, c_nip)
    last_nonblank = start - 1
    after = start  # rows from `after` up to the next other row are numbered people
    for i in [*(np.flatnonzero(~numbered) + start).tolist(), len(rows)]:
        if after < i:
            last_nonblank = i - 1
            if footer_start is None:
                indexes.extend(range(after, i))
                section_for.extend([section_text] * (i - after))
        after = i + 1
        if i == len(rows):
            break
        row = rows[i]
        if not any(c not in ("", None) for c in row):
            continue
        last_nonblank = i
        if footer_start is not None:
            continue
        name_v = _cell(row, c_name, i, fill)
        nip_v = _cell(row, c_nip, i, fill)
        no_v = _cell(row, c_no, i, fill)
        has_person = bool(_text(name_v) or _text(nip_v))
        if not _is_number(no_v):
            texts = [_text(c) for c in row if c not in ("", None)]
            joined = " ".join(texts)
            if TOTAL_ROW.match(texts[0]) or TOTAL_ROW.match(_text(name_v)):
                issues.append(
                    make_issue("row_subtotal", sheet=sheet, row=grid.excel_row(i), text=joined[:60])
                )
                section_text = None  # "Sub Jumlah" closes its group
                continue
            if SIGNATURE.match(_text(name_v) or texts[0]) or PLACE_DATE.match(texts[0]):
                footer_start = i
                continue
            if not has_person or _is_section_row(texts, nip_v, numbered=c_no is not None):
                if len(set(texts)) == 1:
                    section_text = SECTION_ENUMERATOR.sub("", texts[0]).strip() or texts[0]
                    section_rows[section_text] = grid.excel_row(i)
                issues.append(make_issue("row_section", sheet=sheet, row=grid.excel_row(i), text=joined[:60]))
                continue
        elif not has_person and sum(1 for c in row if c not in ("", None)) <= 1:
            issues.append(make_issue("row_numbered_empty", sheet=sheet, row=grid.excel_row(i)))
            continue
        indexes.append(i)
        section_for.append(section_text)
    if footer_start is not None:
        issues.append(
            make_issue(
                "row_footer",
                sheet=sheet,
                row=grid.excel_row(footer_start),
                first=grid.excel_row(footer_start),
                last=grid.excel_row(last_nonblank),
            )
        )
    kept = {f: c for f, c in col_of.items() if f != "no"}  # the running number only found the rows
    if indexes and indexes[-1] - indexes[0] + 1 == len(indexes):  # the usual case: one contiguous table
        picked = body[indexes[0] - start : indexes[-1] + 1 - start]
    else:
        picked = body[np.asarray(indexes, dtype=np.intp) - start]
    raw: dict[str, list[Cell]] = {f: picked[:, c].tolist() for f, c in kept.items()}
    excel_rows = grid.excel_rows(indexes)
    if fill:
        position = {i: k for k, i in enumerate(indexes)}
        for f, c in kept.items():
            for (i, j), value in fill.items():
                if j == c and i in position and raw[f][position[i]] in ("", None):
                    raw[f][position[i]] = value
    if "instansi" in raw and "unit_kerja" in raw and not {"instansi", "unit_kerja"} & cols.explicit:
        if _unit_column_classifies_better(raw, col_of, header.labels, sheet, issues):
            raw["instansi"], raw["unit_kerja"] = raw["unit_kerja"], raw["instansi"]
            col_of = {**col_of, "instansi": col_of["unit_kerja"], "unit_kerja": col_of["instansi"]}
    # Error cells and formulas without a cached value, in the columns we keep.
    if special:
        wanted = set(excel_rows)
        for (r, c), (code, value) in special.items():
            if r in wanted and c in special_cols:
                issues.append(
                    make_issue(code, sheet=sheet, row=r, cell=f"{column_letter(c)}{r}", value=value)
                )
    out, tags = _normalise_fields(
        raw, excel_rows, grid, cols, instansi_field, (section_for, section_rows), sheet, issues
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
        metas, cohort_of = _split_cohorts(meta, raw, labels, excel_rows)
    return _SheetResult(
        metas=metas, columns=out, tags=tags, issues=issues, column_facts=facts, cohort_of=cohort_of
    )


def _cell_date(value: Cell) -> date | None:
    """A date cell, or a date written as text ('5 September 2023', '2023-09-05', '05/09/2023')."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _clean_text(value)
    if not text:
        return None
    start, _ = parse_dates(text)
    if start:
        return start
    return _parse_birth(text)[1]


def _cell_year(value: Cell) -> int | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 1945 <= value <= 2100:
        return int(value)
    if isinstance(value, (datetime, date)):
        return value.year
    m = BARE_YEAR.search(_text(value))
    return int(m.group(1)) if m else None


def _cell_angkatan(value: Cell) -> str | None:
    text = _text(value)
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
    meta: CohortMeta, raw: dict[str, list[Cell]], labels: dict[str, str], rows: list[int]
) -> tuple[list[CohortMeta], npt.NDArray[np.intp] | None]:
    """One cohort per distinct (program, angkatan, year) in a recap sheet's cohort columns, each with its
    own metadata and sources; the sheet's title fills what the columns leave empty."""
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
    firsts: list[int] = []
    for k in range(n):
        text = _clean_text(program_cells[k])
        program = (program_name(text) or text) if text else None
        start = _cell_date(start_cells[k])
        year = _cell_year(year_cells[k]) or (start.year if start else None)
        key = (program, _cell_angkatan(angkatan_cells[k]), year)
        if key not in groups:
            groups[key] = len(groups)
            firsts.append(k)
        cohort_of[k] = groups[key]
    metas: list[CohortMeta] = []
    members: list[list[int]] = [[] for _ in groups]
    for k, g in enumerate(cohort_of.tolist()):
        members[g].append(rows[k])
    for (program, angkatan, year), g in groups.items():
        k = firsts[g]
        cohort = CohortMeta(sheet=meta.sheet, venue=meta.venue, sources={})
        if "venue" in meta.sources:
            cohort.sources["venue"] = meta.sources["venue"]
        column_values: dict[str, Any] = {
            "program": program,
            "angkatan": angkatan,
            "year": year,
            "start_date": _cell_date(start_cells[k]),
            "end_date": _cell_date(end_cells[k]),
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
            cohort.rows = tuple(members[g])
        metas.append(cohort)
    if len(groups) == 1:
        return metas, None
    return metas, cohort_of


def _numbered_people(
    body: npt.NDArray[np.object_], c_no: int | None, c_name: int | None, c_nip: int | None
) -> npt.NDArray[np.bool_]:
    """Rows with a number in the No column and a name or NIP: participants without further checks."""
    if c_no is None or not len(body):
        return np.zeros(len(body), dtype=bool)
    types = np.fromiter(map(type, body[:, c_no].tolist()), dtype=object, count=len(body))
    numbered = types == float  # noqa: E721 - elementwise over an array of types
    person = np.zeros(len(body), dtype=bool)
    for c in (c_name, c_nip):
        if c is not None:  # bool() is False for "" and None (and for 0: those rows take the slow path)
            person |= body[:, c].astype(bool)
    return numbered & person


def _cell(row: list[Cell], col: int | None, index: int, fill: dict[tuple[int, int], Cell]) -> Cell:
    if col is None:
        return None
    value = row[col] if col < len(row) else None
    if (value == "" or value is None) and fill:
        return fill.get((index, col), value)
    return value


def _is_number(value: Cell) -> bool:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return True
    return isinstance(value, str) and value.strip().rstrip(".").isdigit()


INSTANSI_SAMPLE: Final = 200  # distinct values per candidate column classified to choose the instansi column


def _recognised_share(values: list[Cell]) -> float:
    """Share of a sample of a column's distinct values that the agency classifier recognises."""
    sample: dict[str, None] = {}
    for value in values[: INSTANSI_SAMPLE * 20]:
        text = _clean_text(value)
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


def _is_section_row(texts: list[str], nip: Cell, *, numbered: bool) -> bool:
    """A lone label in the No/Nama column ("A. DINAS PENDIDIKAN"): a group heading, not a person. An
    unenumerated label in capitals counts only in a numbered table (a person there has a number)."""
    if _text(nip) or len(set(texts)) != 1:
        return False
    label = texts[0]
    return bool(SECTION_ENUMERATOR.match(label)) or (numbered and label.isupper() and len(label.split()) >= 2)


def _is_number_row(row: list[Cell]) -> bool:
    """The '1 2 3 4 ...' row some templates put under the header."""
    texts = [_text(c) for c in row if c not in ("", None)]
    if len(texts) < 3 or not all(NUMBER_ROW.match(t) for t in texts):
        return False
    numbers = [int(t.strip("()")) for t in texts]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _merged_fill(grid: Grid, header: _Header, cols: ColumnMap) -> dict[tuple[int, int], Cell]:
    """Values of vertically merged cells (agency names spanning its people), by (row index, column)."""
    fill: dict[tuple[int, int], Cell] = {}
    wanted = {
        cols.fields[f]
        for f in ("instansi", "unit_kerja", "province", "city", *COHORT_FIELDS)
        if f in cols.fields
    }
    for r1, c1, r2, c2 in grid.merged:
        if r2 <= r1:
            continue
        i1 = r1 - (grid.first_row - 1)
        if i1 <= header.bottom or i1 >= len(grid.rows):
            continue
        for c in range(c1, c2 + 1):
            j = c - grid.first_col
            if j not in wanted or j >= len(grid.rows[i1]):
                continue
            value = grid.rows[i1][j]
            for i in range(i1 + 1, min(r2 - (grid.first_row - 1) + 1, len(grid.rows))):
                fill[(i, j)] = value
    return fill


def _clean_text(value: Cell) -> str | None:
    text = " ".join(_text(value).split())
    return text or None


def _parse_birth(value: Cell) -> tuple[str | None, date | None]:
    """'Bandung, 1 Januari 1980' / '1980-01-01' / a date cell -> (place, date)."""
    if isinstance(value, datetime):
        return None, value.date()
    if isinstance(value, date):
        return None, value
    text = _clean_text(value)
    if not text:
        return None, None
    place = None
    if "," in text or "/" in text and not re.search(r"\d/\d", text):
        place_part, _, date_part = text.replace("/", ",", 1).partition(",")
        place, text = place_part.strip() or None, date_part.strip()
    m = re.search(rf"(\d{{1,2}})\s+({_MONTH_ALT})\.?\s+(\d{{4}})", text, re.IGNORECASE)
    try:
        if m:
            return place, date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
        m = re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
        if m:
            return place, date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = re.search(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text)
        if m:
            return place, date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        pass
    return place or (text if not any(ch.isdigit() for ch in text) else None), None


def _normalise_fields(
    raw: dict[str, list[Cell]],
    rows: list[int],
    grid: Grid,
    cols: ColumnMap,
    instansi_field: str,
    sections: tuple[list[str | None], dict[str, int]],
    sheet: str,
    issues: list[Issue],
) -> tuple[dict[str, Any], dict[int, list[str]]]:
    """Per-field normalisation on whole columns; per-cell rules run once per distinct value."""
    n = len(rows)
    empty: list[Cell] = [None] * n
    tags: dict[int, list[str]] = {}

    def tag(k: int, code: str) -> None:
        tags.setdefault(k, []).append(code)

    cleaned: dict[str, pa.Array] = {}

    def texts(f: str) -> pa.Array:
        if f not in cleaned:
            values = raw.get(f)
            cleaned[f] = pa.nulls(n, type=TEXT) if values is None else text_column(values, _clean_text)
        return cleaned[f]

    out: dict[str, Any] = {"sheet": pa.repeat(pa.scalar(sheet, TEXT), n), "row": rows}
    out["name"] = names = texts("name")
    instansi = texts(instansi_field)
    section_for, section_rows = sections
    if any(section_for) and instansi.null_count:
        filled = instansi.to_pylist()
        used: dict[str, int] = {}
        for k, value in enumerate(filled):
            label = section_for[k]
            if value is None and label:
                filled[k] = label
                used[label] = used.get(label, 0) + 1
        instansi = pa.array(filled, type=TEXT)
        for label, count in used.items():
            issues.append(
                make_issue(
                    "instansi_from_section", sheet=sheet, row=section_rows.get(label), text=label, count=count
                )
            )
    out["instansi"] = instansi
    out["unit_kerja"] = texts("unit_kerja")
    out["jabatan"] = texts("jabatan")
    out["province_stated"] = texts("province")
    out["city_stated"] = texts("city")
    out["status"] = texts("status")
    out["score"] = float_column(raw.get("score", empty), _score)
    out["pangkat"] = pangkat = texts("pangkat") if "pangkat" in raw else texts("pangkat_golongan")
    gol_source = texts("golongan") if "golongan" in raw else texts("pangkat_golongan")
    out["golongan"] = per_distinct_pair(gol_source, pangkat, _golongan, TEXT)

    report_missing = ("name" in raw) if "nip" in raw else None  # None: no NIP column, nothing to report
    nip = _nip_fields(raw.get("nip", empty), rows, grid, cols, report_missing, sheet, issues, tag)
    stated = per_distinct(raw.get("gender", empty), normalise_gender, TEXT)
    mismatch = pc.fill_null(pc.not_equal(stated, nip.gender), False)
    if pc.any(mismatch).as_py():
        for k in np.flatnonzero(mismatch.to_numpy(zero_copy_only=False)).tolist():
            said, derived = stated[k].as_py(), nip.gender[k].as_py()
            tag(k, "gender_mismatch")
            issues.append(
                make_issue("gender_mismatch", sheet=sheet, row=rows[k], stated=said, derived=derived)
            )
    birth_date = nip.birth_date
    missing = [(k, "missing_name") for k in null_positions(names).tolist()]
    missing += [(k, "missing_instansi") for k in null_positions(instansi).tolist()]
    for k, code in sorted(missing, key=lambda item: item[0]):  # stable: a row's name before its instansi
        tag(k, code)
        issues.append(make_issue(code, sheet=sheet, row=rows[k]))
    # Birth place/date columns (a combined "Tempat/Tgl Lahir" is split); the NIP's date wins.
    birth_place = texts("birth_place")
    for source in ("birth_place_date", "birth_date"):
        if source not in raw:
            continue
        places = birth_place.to_pylist()
        dated = (~np.isnat(birth_date)).tolist()
        cache: dict[tuple[type, Cell], tuple[str | None, date | None]] = {}
        for k, v in enumerate(raw[source]):
            if dated[k] and (places[k] or source == "birth_date"):
                continue
            key = (type(v), v)
            place, born = cache[key] if key in cache else cache.setdefault(key, _parse_birth(v))
            places[k] = places[k] or place
            if not dated[k] and born is not None:
                birth_date[k], dated[k] = born, True
        birth_place = pa.array(places, type=TEXT)
    out["nip"] = nip.nip
    out["nip_status"] = nip.status
    out["gender"] = pc.coalesce(stated, nip.gender)  # as stated, else as the NIP says
    out["birth_date"] = birth_date
    out["appointment_date"] = nip.appointment_date
    out["birth_place"] = birth_place
    return out, tags


@dataclass
class _NipColumns:
    nip: pa.Array  # normalised text
    status: pa.Array
    gender: pa.Array  # "L"/"P" derived from a valid NIP
    birth_date: npt.NDArray[np.datetime64]
    appointment_date: npt.NDArray[np.datetime64]


_STATUS_CODES: Final = {status: code for code, status in enumerate(NIP_STATUSES)}
_GENDER_CODES: Final = {None: 0, "L": 1, "P": 2}


def _nip_fields(
    values: list[Cell],
    rows: list[int],
    grid: Grid,
    cols: ColumnMap,
    report_missing: bool | None,
    sheet: str,
    issues: list[Issue],
    tag: Callable[[int, str], None],
) -> _NipColumns:
    """Classify every NIP cell. Text cells are read as text; numeric cells by the literal stored in the
    file. `report_missing` is None without a NIP column (nothing to report), else whether empty cells are
    reported."""
    n = len(values)
    # Plain valid NIPs take a vectorised path; every other value goes through parse_nip.
    fast = plain_valid_nips(values)
    nips = list(values)  # the plain valid ones stay as written
    status = np.full(n, _STATUS_CODES["missing"], dtype=np.int8)
    gender = np.zeros(n, dtype=np.int8)
    birth = np.full(n, np.datetime64("NaT"), dtype="M8[D]")
    appointment = np.full(n, np.datetime64("NaT"), dtype="M8[D]")
    status[fast.index] = np.where(fast.pppk, _STATUS_CODES["pppk"], _STATUS_CODES["pns"])
    gender[fast.index] = np.where(fast.female, _GENDER_CODES["P"], _GENDER_CODES["L"])
    birth[fast.index] = fast.birth
    appointment[fast.index] = fast.appointment
    slow = np.ones(n, dtype=bool)
    slow[fast.index] = False
    blank: dict[Cell, NipInfo] = {None: parse_nip(None), "": parse_nip("")}
    literals: dict[int, str] | None = None
    for k in np.flatnonzero(slow).tolist():
        v = nips[k]
        if v is None or v == "":
            info = blank[v]
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            if literals is None:  # read once, at the first number
                literals = grid.raw_numbers(cols.fields["nip"] + grid.first_col) if grid.raw_numbers else {}
            literal = literals.get(rows[k])
            info = parse_nip(literal if literal is not None else v, stored_as_number=True)
        else:
            info = parse_nip(v)
        nips[k], status[k], gender[k] = info.nip, _STATUS_CODES[info.status], _GENDER_CODES[info.gender]
        if info.birth_date is not None:
            birth[k] = info.birth_date
        if info.appointment_date is not None:
            appointment[k] = info.appointment_date
        code = _NIP_CODES.get(info.status)
        if code and report_missing is not None and (code != "nip_missing" or report_missing):
            tag(k, code)
            if code == "nip_missing":
                issues.append(make_issue(code, sheet=sheet, row=rows[k]))
            else:
                issues.append(make_issue(code, sheet=sheet, row=rows[k], detail=info.message or info.status))
        if info.warning:
            tag(k, info.warning)
            issues.append(make_issue(info.warning, sheet=sheet, row=rows[k], detail=info.message or ""))
    return _NipColumns(
        nip=pa.array(nips, type=TEXT),
        status=pa.array(NIP_STATUSES, type=TEXT).take(pa.array(status)),
        gender=pa.array([None, "L", "P"], type=TEXT).take(pa.array(gender)),
        birth_date=birth,
        appointment_date=appointment,
    )


_NIP_CODES: Final = {
    "damaged": "nip_damaged",
    "invalid": "nip_invalid",
    "nik": "nip_nik",
    "nip_lama": "nip_lama",
    "nrp": "nip_nrp",
    "missing": "nip_missing",
}


def _golongan(golongan: str | None, pangkat: str | None) -> str | None:
    """The golongan as written, else the one a PNS pangkat name implies."""
    if not (golongan or pangkat):
        return None
    return normalise_golongan(golongan) or golongan_from_pangkat(pangkat)


def _score(value: Cell) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    text = _text(value).replace(",", ".")
    try:
        return float(text) if text else None
    except ValueError:
        return None


def _concat(
    sheets: list[_SheetResult],
) -> tuple[dict[str, Any], dict[int, list[str]], npt.NDArray[np.intp]]:
    """The sheets' columns end to end, their row tags by position in the whole file, and each row's
    cohort (index into the file's cohorts)."""
    columns: dict[str, Any] = {}
    for c in PARTICIPANT_COLUMNS:
        if c in ("agency", "sector", "level", "province", "issues"):
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
    n = len(columns["row"])
    issues: list[tuple[str, ...]] = [()] * n
    for k, codes in tags.items():
        issues[k] = tuple(codes)
    data: dict[str, Any] = {}
    for c in PARTICIPANT_COLUMNS:
        if c == "issues":
            data[c] = pd.Series(issues, dtype=object).array
        elif c == "row":
            data[c] = pd.array(np.asarray(columns[c], dtype=np.int64), dtype="int64")
        elif c == "score":
            data[c] = pd.array(columns[c], dtype="Float64")
        elif c in DATE_COLUMNS:
            data[c] = pd.array(columns[c].astype("M8[s]"))
        else:
            data[c] = pd.array(columns[c], dtype="str")
    return pd.DataFrame(data)


# Sides named in the review note of the load report (other bodies already get their own note).
REVIEW_SIDES: Final[dict[str, str]] = {"central": "instansi pusat (K/L)", "regional": "pemerintah daerah"}


def _classify(
    columns: dict[str, Any], tags: dict[int, list[str]], overrides: Mapping[str, Any] | None
) -> list[Issue]:
    """Classify each distinct instansi once and add the agency/sector/level/province columns."""
    codes, distinct = factorize_text(columns["instansi"])
    classes = classify_many([*distinct, None], overrides)
    found = [classes[v] for v in distinct]
    for name in ("agency", "sector", "level", "province"):
        missing = getattr(classes[""], name)  # the empty instansi's class
        columns[name] = take_by_code([getattr(c, name) for c in found], codes, missing, TEXT)
    issues: list[Issue] = []
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


def person_keys(frame: pd.DataFrame) -> pd.Series:
    """Identity of each row for spotting the same person twice: a valid NIP, else the bare name."""
    keys = _person_keys(frame)
    return keys.astype(object).where(keys.notna(), None)


def _person_keys(frame: pd.DataFrame) -> pd.Series:
    """person_keys as a text column (missing where a row has neither a valid NIP nor a name)."""
    nip = frame["nip"].astype("str")
    valid = frame["nip_status"].isin(["pns", "pppk"]) & nip.notna()
    keys = ("nip:" + nip).where(valid)
    names = frame.loc[~valid, "name"].astype(object).dropna()
    if len(names):
        bare = pd.Series(bare_names(names.tolist()), index=names.index, dtype="str")
        keys.loc[bare.index] = ("nama:" + bare).where(bare != "")
    return keys


_TITLES_RE2: Final = "(?i)" + TITLES.pattern


def bare_names(names: list[str]) -> list[str]:
    """Each name lower-cased, titles dropped, only its letters a-z kept, single spaces (the name part of a
    person key). Keys are stored (participants.person_key), so this must stay the rule written in Python:
    lower-casing is Python's (Arrow's differs for a few letters such as "İ"); the regular expressions run
    in Arrow (RE2) on names that are ASCII once lower-cased, where RE2's ASCII `\\b` and Python's agree,
    and in Python on the others."""
    lowered = [name.lower() for name in names]
    array = pa.array(lowered, type=TEXT)
    bare = pc.utf8_trim(
        pc.replace_substring_regex(pc.replace_substring_regex(array, _TITLES_RE2, " "), "[^a-z]+", " "), " "
    ).to_pylist()
    for k in np.flatnonzero(~pc.string_is_ascii(array).to_numpy(zero_copy_only=False)).tolist():
        bare[k] = re.sub(r"[^a-z]+", " ", TITLES.sub(" ", lowered[k])).strip()
    return bare


def _flag_duplicates(
    columns: dict[str, Any], tags: dict[int, list[str]], scope: npt.NDArray[np.intp], keep_named: bool
) -> tuple[list[Issue], npt.NDArray[np.intp]]:
    """Flag each later occurrence of a person already listed in the same cohort; return the issues and
    the positions of the rows not counted: all of them, or with `keep_named` only those repeating a valid
    NIP (two rows of the same name without NIP may be two people)."""
    people = pd.DataFrame({c: pd.array(columns[c], dtype="str") for c in ("name", "nip", "nip_status")})
    keys = _person_keys(people)
    key_codes, _ = pd.factorize(keys)
    scoped = scope.astype(np.int64) * (int(key_codes.max(initial=0)) + 2) + key_codes
    _, first_index, inverse = np.unique(scoped, return_index=True, return_inverse=True)
    first = first_index[inverse.ravel()]  # position of the first row with the same cohort and person
    later = np.flatnonzero((key_codes >= 0) & (first != np.arange(len(scoped))))
    issues: list[Issue] = []
    if not len(later):
        return issues, later
    sheets, rows = columns["sheet"], columns["row"]
    dropped = []
    for k in later.tolist():
        by_nip = keys.iat[k].startswith("nip:")
        kept = keep_named and not by_nip
        if not kept:
            dropped.append(k)
        tags.setdefault(k, []).append("duplicate_in_file")
        issues.append(
            make_issue(
                "duplicate_in_file",
                sheet=sheets[k].as_py(),
                row=rows[k],
                other=f"baris {rows[first[k]]}",
                key="NIP sama" if by_nip else "nama sama, tanpa NIP",
                outcome="kedua baris dihitung (dipilih petugas)"
                if kept
                else "baris ini tidak dihitung dua kali",
            )
        )
    return issues, np.asarray(dropped, dtype=np.intp)
