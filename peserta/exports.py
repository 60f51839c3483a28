"""Downloads: the participants table and the load report as Excel/CSV, safe to open in a spreadsheet.

Every text cell goes through ``store.xlsx.safe_text`` (OWASP CSV/formula-injection defence), so a roster cell
such as ``=HYPERLINK(...)`` arrives in the download as inert text.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, Final

import pandas as pd
from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from loaders.catalog import LANGS, N_, t
from loaders.nip import mask_nip
from loaders.schema import PDF_MIME, PPTX_MIME, ROLES, XLSX_MIME
from store.xlsx import (
    neutralise,
    new_workbook,
    safe_text,
    table_sheet,
    workbook_bytes,
)

# Participants export: column -> text id of its header, in the order they are written.
# Only these columns are exported; anything else in the frame (e.g. person_key, which holds the raw NIP)
# stays out of the file.
PARTICIPANT_LABELS: Final[dict[str, str]] = {
    "cohort": N_("export.col.cohort"),
    "cohort_label": N_("export.col.cohort"),
    "cohort_id": N_("export.col.cohort_id"),
    "program": N_("export.col.program"),
    "angkatan": N_("export.col.angkatan"),
    "year": N_("export.col.year"),
    "sheet": N_("export.col.sheet"),
    "row": N_("export.col.row"),
    "name": N_("export.col.name"),
    "nip": N_("export.col.nip"),
    "nip_status": N_("export.col.nip_status"),
    "gender": N_("export.col.gender"),
    "birth_date": N_("export.col.birth_date"),
    "appointment_date": N_("export.col.appointment_date"),
    "birth_place": N_("export.col.birth_place"),
    "pangkat": N_("export.col.pangkat"),
    "golongan": N_("export.col.golongan"),
    "golongan_group": N_("export.col.golongan_group"),
    "age_band": N_("export.col.age_band"),
    "jabatan": N_("export.col.jabatan"),
    "unit_kerja": N_("export.col.unit_kerja"),
    "instansi": N_("export.col.instansi"),
    "agency": N_("export.col.agency"),
    "sector": N_("export.col.sector"),
    "level": N_("export.col.level"),
    "province": N_("export.col.province"),
    "province_stated": N_("export.col.province_stated"),
    "city_stated": N_("export.col.city_stated"),
    "status": N_("export.col.status"),
    "score": N_("export.col.score"),
    "issues": N_("export.col.issues"),
    "issue_codes": N_("export.col.issues"),
}
# With mask=True these stay out too: the NIP mask exists to hide birth date and TMT, and exporting
# them beside the masked NIP would undo it.
MASKED_OUT: Final = frozenset({"birth_date", "appointment_date"})

# Load report export: column -> text id of its header; other columns follow under their own name.
ISSUE_LABELS: Final[dict[str, str]] = {
    "cohort": N_("export.col.cohort"),
    "cohort_label": N_("export.col.cohort"),
    "cohort_id": N_("export.col.cohort_id"),
    "file": N_("export.col.file"),
    "sheet": N_("export.col.sheet"),
    "row": N_("export.col.row"),
    "code": N_("export.col.code"),
    "severity": N_("export.col.severity"),
    "message": N_("export.col.message"),
}

SHEET_TITLES: Final[dict[str, str]] = {
    "participants": N_("sheet.participants"),
    "issues": N_("sheet.issues"),
}
DATE_FORMATS: Final = {"id": "dd/mm/yyyy", "en": "yyyy-mm-dd"}


PRESENTASI_STEM: Final = "presentasi-peserta"


@dataclass(frozen=True)
class Export:
    """One download offered by a page: what the button says, the file, who may take it, how the audit
    log names it. The page builds the file on the click."""

    key: str
    label_key: str
    stem: str
    suffix: str
    mime: str
    action: str  # audit action
    what: str  # the audit detail's first words
    icon: str
    roles: frozenset[str] = frozenset(ROLES)  # an editor-only variant is chosen by the page


# The downloads of the Presentasi page (the page builds each from its slides on the click).
PRESENTASI_EXPORTS: Final = (
    Export("pptx", N_("presentasi.download_pptx"), PRESENTASI_STEM, ".pptx", PPTX_MIME, "unduh_presentasi",
           "Presentasi PowerPoint", ":material/slideshow:"),
    Export("xlsx", N_("presentasi.download_xlsx"), "rekap-peserta", ".xlsx", XLSX_MIME, "unduh_rekap", "Rekap Excel",
           ":material/table_view:"),
    Export("pdf", N_("presentasi.download_pdf"), PRESENTASI_STEM, ".pdf", PDF_MIME, "unduh_pdf", "Presentasi PDF",
           ":material/picture_as_pdf:"),
)  # fmt: skip


def participants_xlsx(frame: pd.DataFrame, lang: str = "id", *, mask: bool = True) -> bytes:
    """The participants table as an .xlsx; mask=True (default) masks the NIP and leaves out birth date and TMT."""
    lang = _checked_lang(lang)
    columns = [c for c in PARTICIPANT_LABELS if c in frame.columns and not (mask and c in MASKED_OUT)]
    headers = [t(PARTICIPANT_LABELS[c], lang) for c in columns]
    values = [_column_values(frame[c], mask_nip if mask and c == "nip" else None) for c in columns]
    return _xlsx(t(SHEET_TITLES["participants"], lang), headers, values, DATE_FORMATS[lang])


def issues_xlsx(frame: pd.DataFrame, lang: str = "id") -> bytes:
    """A load report (cohort/file, sheet, row, code, severity, message) as an .xlsx, every text inert."""
    lang = _checked_lang(lang)
    columns, headers = _issue_columns(frame, lang)
    values = [_column_values(frame[c]) for c in columns]
    return _xlsx(t(SHEET_TITLES["issues"], lang), headers, values, DATE_FORMATS[lang])


def issues_csv(frame: pd.DataFrame, lang: str = "id") -> bytes:
    """A load report as CSV (UTF-8 with BOM), readable headers, every text inert."""
    columns, headers = _issue_columns(frame, _checked_lang(lang))
    return _csv(headers, [_column_values(frame[c]) for c in columns])


def frame_csv(frame: pd.DataFrame) -> bytes:
    """Any frame as CSV (UTF-8 with BOM, so Excel reads the accents), column names as headers, every text inert."""
    headers = [str(c) for c in frame.columns]
    return _csv(headers, [_column_values(frame.iloc[:, k]) for k in range(frame.shape[1])])


# --- private helpers -------------------------------------------------------------------------------------


def _checked_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}, got {lang!r}")
    return lang


def _issue_columns(frame: pd.DataFrame, lang: str) -> tuple[list[str], list[str]]:
    """Known report columns in table order, then any others under their own name."""
    known = [c for c in ISSUE_LABELS if c in frame.columns]
    extra = [str(c) for c in frame.columns if c not in ISSUE_LABELS]
    return known + extra, [t(ISSUE_LABELS[c], lang) for c in known] + extra


def _column_values(series: pd.Series, transform: Callable[[str | None], str] | None = None) -> list[Any]:
    """One column as plain Python values (None for missing, dates as date), text already neutralised."""
    dtype = series.dtype
    if pd.api.types.is_bool_dtype(dtype) or pd.api.types.is_numeric_dtype(dtype):
        numbers = [_plain_number(v) for v in series.astype(object).tolist()]
        if pd.api.types.is_float_dtype(dtype) and all(v is None or v.is_integer() for v in numbers):
            # Row numbers with a gap (NaN) arrive as floats: write 34, not 34.0.
            return [None if v is None else int(v) for v in numbers]
        return numbers
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return [_plain_datetime(v) for v in series.tolist()]
    raw = series.tolist()
    if transform is not None:
        raw = [transform(v) or None if isinstance(v, str) else None for v in raw]
    return [_plain(v) for v in raw]


def _plain_number(value: Any) -> Any:
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


def _plain_datetime(value: Any) -> date | datetime | None:
    if value is None or value is pd.NaT or not isinstance(value, datetime):
        return None
    plain = value.to_pydatetime() if isinstance(value, pd.Timestamp) else value
    if plain.tzinfo is None and plain.time() == datetime.min.time():
        return plain.date()
    return plain


def _plain(value: Any) -> Any:
    """One object cell as a value a spreadsheet can hold."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, str):
        return safe_text(value)
    if isinstance(value, (bool, Decimal)):
        return value
    if isinstance(value, datetime):
        return _plain_datetime(value)
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) or hasattr(value, "dtype"):  # numbers, numpy scalars
        return _plain_number(value)
    if isinstance(value, (tuple, list, set, frozenset)):
        return safe_text(", ".join(str(v) for v in value)) or None
    return safe_text(str(value))


def _xlsx(title: str, headers: Sequence[str], columns: Sequence[list[Any]], date_format: str) -> bytes:
    """A one-sheet workbook (store.xlsx): dates in the export's date format."""
    book = new_workbook()
    date_columns = {k for k, values in enumerate(columns) if any(isinstance(v, date) for v in values)}

    def dated(sheet: WriteOnlyWorksheet, k: int, _row: int, value: Any) -> Any:
        return _date_cell(sheet, value, date_format) if k in date_columns else value

    table_sheet(book, title, headers, columns, dated if date_columns else None)
    return workbook_bytes(book)


def _date_cell(sheet: WriteOnlyWorksheet, value: Any, date_format: str) -> Any:
    """A date value as a cell in the export's date format; anything else unchanged."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:  # a workbook holds no time zone: write UTC
            value = value.astimezone(UTC).replace(tzinfo=None)
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = date_format + " hh:mm"
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = date_format
        return cell
    return value


def _csv(headers: Sequence[str], columns: Sequence[list[Any]]) -> bytes:
    """RFC 4180 CSV with every field quoted (as OWASP advises), UTF-8 with BOM."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in headers])
    writer.writerows(
        ["" if v is None else v.isoformat() if isinstance(v, date) else v for v in row]
        for row in zip(*columns, strict=True)
    )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
