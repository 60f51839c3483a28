"""Field normalisation on whole columns: text, scores, golongan, NIPs (with what they imply), gender, birth."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from loaders.cells import cell_text, clean_text
from loaders.columnar import TEXT, float_column, null_positions, per_distinct, per_distinct_pair, text_column
from loaders.columns import ColumnMap
from loaders.grid import Cell, Grid
from loaders.metadata import parse_date
from loaders.nip import NipInfo, digit_only_nips, nip_text_column, parse_nip, plain_valid_nips
from loaders.ranks import golongan_from_pangkat, normalise_gender, normalise_golongan
from loaders.report import Issue, detail_issue, make_issue
from loaders.schema import NIP_STATUSES

DATE_COLUMNS: Final = frozenset({"birth_date", "appointment_date"})


def parse_birth(value: Cell) -> tuple[str | None, date | None]:
    """'Bandung, 1 Januari 1980' / '1980-01-01' / a date cell -> (place, date)."""
    if isinstance(value, datetime):
        return None, value.date()
    if isinstance(value, date):
        return None, value
    text = clean_text(value)
    if not text:
        return None, None
    place = None
    if "," in text or "/" in text and not re.search(r"\d/\d", text):
        place_part, _, date_part = text.replace("/", ",", 1).partition(",")
        place, text = place_part.strip() or None, date_part.strip()
    born = parse_date(text)
    if born is not None:
        return place, born
    return place or (text if not any(ch.isdigit() for ch in text) else None), None


def _instansi_from_sections(
    instansi: pa.Array, sections: tuple[list[str | None], dict[str, int]], sheet: str, issues: list[Issue]
) -> pa.Array:
    """Empty instansi cells take the group heading above their row (a per-agency layout), reported once
    per heading."""
    section_for, section_rows = sections
    if not (any(section_for) and instansi.null_count):
        return instansi
    positions, labels = [], []  # the empty cells under a heading, and its label
    used: dict[str, int] = {}
    for k in null_positions(instansi).tolist():
        label = section_for[k]
        if label:
            positions.append(k)
            labels.append(label)
            used[label] = used.get(label, 0) + 1
    if positions:
        mask = np.zeros(len(instansi), dtype=bool)
        mask[positions] = True
        instansi = pc.replace_with_mask(instansi, pa.array(mask), pa.array(labels, type=TEXT))
    for label, count in used.items():
        issues.append(
            make_issue(
                "instansi_from_section", sheet=sheet, row=section_rows.get(label), text=label, count=count
            )
        )
    return instansi


def _birth_columns(
    raw: dict[str, list[Cell]], birth_place: pa.Array, birth_date: npt.NDArray[np.datetime64]
) -> pa.Array:
    """Birth place and date from their columns (a combined "Tempat/Tgl Lahir" is split), filling
    `birth_date` where the NIP gave none (the NIP's date wins); returns the birth place column."""
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
            place, born = cache[key] if key in cache else cache.setdefault(key, parse_birth(v))
            places[k] = places[k] or place
            if not dated[k] and born is not None:
                birth_date[k], dated[k] = born, True
        birth_place = pa.array(places, type=TEXT)
    return birth_place


# Output columns that are a field's text as written: (column, field).
_PLAIN_TEXT: Final = (
    ("unit_kerja", "unit_kerja"),
    ("jabatan", "jabatan"),
    ("province_stated", "province"),
    ("city_stated", "city"),
    ("status", "status"),
)


# Fields read into one output column only (and into no issue): field -> its columns.
_ONLY_INTO: Final = {
    "jabatan": {"jabatan"},
    "province": {"province_stated"},
    "city": {"city_stated"},
    "status": {"status"},
    "score": {"score"},
    "pangkat": {"pangkat", "golongan"},
    "golongan": {"golongan"},
    "pangkat_golongan": {"pangkat", "golongan"},
}


def unwanted(f: str, columns: Collection[str]) -> bool:
    """Whether a field's cells serve only output columns that are not among `columns`."""
    into = _ONLY_INTO.get(f)
    return into is not None and not into & set(columns)


def normalise_fields(
    raw: dict[str, list[Cell]],
    rows: list[int],
    grid: Grid,
    cols: ColumnMap,
    instansi_field: str,
    sections: tuple[list[str | None], dict[str, int]],
    sheet: str,
    issues: list[Issue],
    columns: Collection[str] | None = None,
) -> tuple[dict[str, Any], dict[int, list[str]]]:
    """Per-field normalisation on whole columns; per-cell rules run once per distinct value. `columns`: the
    output columns wanted (None: all); the others, which no issue depends on, are left out."""
    n = len(rows)
    empty: list[Cell] = [None] * n
    tags: dict[int, list[str]] = {}

    def tag(k: int, code: str) -> None:
        tags.setdefault(k, []).append(code)

    cleaned: dict[str, pa.Array] = {}

    def texts(f: str) -> pa.Array:
        if f not in cleaned:
            values = raw.get(f)
            cleaned[f] = pa.nulls(n, type=TEXT) if values is None else text_column(values, clean_text)
            if values is not None:
                values.clear()  # the cells are text in `cleaned` now: their memory serves what comes next
        return cleaned[f]

    out: dict[str, Any] = {"sheet": pa.repeat(pa.scalar(sheet, TEXT), n), "row": rows}
    out["name"] = names = texts("name")
    instansi = texts(instansi_field)
    instansi = _instansi_from_sections(instansi, sections, sheet, issues)
    out["instansi"] = instansi
    for column, f in _PLAIN_TEXT:
        if columns is None or column in columns:
            out[column] = texts(f)
    if columns is None or "score" in columns:
        out["score"] = float_column(raw.get("score", empty), score_value)
    if columns is None or {"pangkat", "golongan"} & set(columns):
        out["pangkat"] = pangkat = texts("pangkat") if "pangkat" in raw else texts("pangkat_golongan")
        gol_source = texts("golongan") if "golongan" in raw else texts("pangkat_golongan")
        out["golongan"] = per_distinct_pair(gol_source, pangkat, golongan, TEXT)

    report_missing = ("name" in raw) if "nip" in raw else None  # None: no NIP column, nothing to report
    nip = _nip_fields(raw.get("nip", empty), rows, grid, cols, report_missing, sheet, issues, tags)
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
    birth_place = _birth_columns(raw, texts("birth_place"), birth_date)
    out["nip"] = nip.nip
    out["nip_status"] = nip.status
    out["gender"] = pc.coalesce(stated, nip.gender)  # as stated, else as the NIP says
    out["birth_date"] = birth_date
    out["appointment_date"] = nip.appointment_date
    out["birth_place"] = birth_place
    if columns is not None:
        out = {c: v for c, v in out.items() if c in columns or c in ("sheet", "row")}
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
    tags: dict[int, list[str]],
) -> _NipColumns:
    """Classify every NIP cell. Text cells are read as text; numeric cells by the literal stored in the
    file. `report_missing` is None without a NIP column (nothing to report), else whether empty cells are
    reported."""
    n = len(values)
    # Plain valid NIPs, and texts of digits judged by their length, take vectorised paths; every other value
    # goes through parse_nip.
    column = nip_text_column(values)
    fast = plain_valid_nips(values, column=column)
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
    unread = np.flatnonzero(slow)
    # found[j]: the issues (sheet and row left empty) of the row unread[j]
    found: list[list[Issue]] = [[]] * len(unread)
    if column is not None and len(unread):
        index, statuses, messages = digit_only_nips(column.take(pa.array(unread)))
        status[unread[index]] = [_STATUS_CODES[s] for s in statuses]  # the nip is the text, as written
        if report_missing is not None:
            for j, s, message in zip(index.tolist(), statuses, messages, strict=True):
                found[j] = [detail_issue(_NIP_CODES[s], None, None, message)]
        slow[unread[index]] = False
    positions = np.flatnonzero(slow).tolist()
    infos = _slow_nips(nips, positions, rows, grid, cols)
    status[positions] = [_STATUS_CODES[info.status] for info in infos]
    gender[positions] = [_GENDER_CODES[info.gender] for info in infos]
    notes: dict[int, list[Issue]] = {}  # id of a result -> its issues (the infos list keeps ids unique)
    for j, k, info in zip(np.searchsorted(unread, positions).tolist(), positions, infos, strict=True):
        nips[k] = info.nip
        if info.birth_date is not None:
            birth[k] = info.birth_date
        if info.appointment_date is not None:
            appointment[k] = info.appointment_date
        notes_of = notes.get(id(info))
        found[j] = notes[id(info)] = _nip_notes(info, report_missing) if notes_of is None else notes_of
    for k, notes_of in zip(unread.tolist(), found, strict=True):  # in row order, as the report lists them
        if notes_of:
            row, codes = rows[k], tags.setdefault(k, [])
            for note in notes_of:
                codes.append(note.code)
                issues.append(Issue(note.code, note.message, note.severity, sheet, row))
    if column is None:
        nip_text = pa.array(nips, type=TEXT)
    else:  # the cells as written, but where parse_nip normalised them (or emptied them)
        changed = np.zeros(n, dtype=bool)
        changed[positions] = True
        nip_text = pc.replace_with_mask(
            column.cast(TEXT), pa.array(changed), pa.array([nips[k] for k in positions], type=TEXT)
        )
    return _NipColumns(
        nip=nip_text,
        status=pa.array(NIP_STATUSES, type=TEXT).take(pa.array(status)),
        gender=pa.array([None, "L", "P"], type=TEXT).take(pa.array(gender)),
        birth_date=birth,
        appointment_date=appointment,
    )


def _nip_notes(info: NipInfo, report_missing: bool | None) -> list[Issue]:
    """The issues (sheet and row left empty) a row gets for a NIP result: its status's code, unless no
    NIP column is read (`report_missing` None) or the cell is empty and empty cells are not reported; then
    its warning."""
    found = []
    code = _NIP_CODES.get(info.status)
    if code and report_missing is not None and (code != "nip_missing" or report_missing):
        found.append(detail_issue(code, None, None, info.message or info.status))
    if info.warning:
        found.append(detail_issue(info.warning, None, None, info.message or ""))
    return found


def _slow_nips(
    values: list[Cell], positions: list[int], rows: list[int], grid: Grid, cols: ColumnMap
) -> list[NipInfo]:
    """parse_nip of the cells at `positions`: text as written (each distinct text parsed once), numbers by
    the literal stored in the file."""
    cache: dict[Cell, NipInfo] = {}
    literals: dict[int, str] | None = None
    infos = []
    for k in positions:
        v = values[k]
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            if literals is None:  # read once, at the first number
                column = cols.fields.get("nip", cols.fields.get("name_nip"))  # a number in a Nama/NIP cell
                literals = grid.raw_numbers(column + grid.first_col) if grid.raw_numbers and column is not None else {}
            literal = literals.get(rows[k])
            info = parse_nip(literal if literal is not None else v, stored_as_number=True)
        else:
            cached = cache.get(v)
            info = cached if cached is not None else cache.setdefault(v, parse_nip(v))
        infos.append(info)
    return infos


_NIP_CODES: Final = {
    "damaged": "nip_damaged",
    "invalid": "nip_invalid",
    "nik": "nip_nik",
    "nip_lama": "nip_lama",
    "nrp": "nip_nrp",
    "missing": "nip_missing",
}


def golongan(golongan: str | None, pangkat: str | None) -> str | None:
    """The golongan as written, else the one a PNS pangkat name implies."""
    if not (golongan or pangkat):
        return None
    return normalise_golongan(golongan) or golongan_from_pangkat(pangkat)


def score_value(value: Cell) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    text = cell_text(value).replace(",", ".")
    try:
        return float(text) if text else None
    except ValueError:
        return None
