"""What one cohort upload holds, cut from the intake's LoadResult (one upload per cohort sheet)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from loaders.report import Issue
from loaders.roster import LoadResult


@dataclass
class CohortUpload:
    """One cohort ready to save: its metadata (as corrected by the user), participants and load report."""

    program: str | None
    angkatan: str | None
    year: int | None
    start_date: date | None
    end_date: date | None
    venue: str | None
    sheet: str
    participants: pd.DataFrame  # intake schema (loaders.schema.PARTICIPANT_COLUMNS)
    issues: list[Issue] = field(default_factory=list)
    source_file: str = ""
    file_sha256: str = ""
    is_sample: bool = False
    part: str = ""  # which cohort of a sheet holding several ("" = the whole sheet)
    # Rows not counted because they repeat a person listed above them (shown, never saved).
    duplicates: pd.DataFrame = field(default_factory=pd.DataFrame)

    @property
    def key(self) -> str:
        """Names this cohort among the file's cohorts: the sheet, and its part of a recap sheet."""
        return f"{self.sheet} · {self.part}" if self.part else self.sheet

    @property
    def label(self) -> str:
        """'Pelatihan X Angkatan IV Tahun 2023' for messages and the audit log."""
        return cohort_label(self.program, self.angkatan, self.year)


def cohort_label(program: str | None, angkatan: str | None, year: int | None) -> str:
    """A cohort's name as people say it."""
    parts = [program or "(program tanpa nama)"]
    if angkatan:
        parts.append(f"Angkatan {angkatan}")
    if year:
        parts.append(f"Tahun {year}")
    return " ".join(parts)


def cohort_key(program: str | None, angkatan: str | None, year: int | None) -> str:
    """The identity of a cohort: program (case and spaces ignored), angkatan and year."""
    program_key = " ".join((program or "").split()).casefold()
    angkatan_key = "".join((angkatan or "").split()).upper()
    return f"{program_key}|{angkatan_key}|{year if year is not None else ''}"


def cohort_uploads(result: LoadResult, file_sha256: str) -> list[CohortUpload]:
    """One upload per cohort the intake found (a cohort continued on later sheets takes their rows and notes
    too); file-level notes (no sheet) go with every cohort. A sheet
    holding several cohorts is split by each cohort's rows; its notes on rows of no participant (section
    and total rows, the header) go with each of its cohorts."""
    frame = result.participants
    uploads = []
    people_rows: dict[str, set[int]] = {}
    for meta in result.cohorts:
        if meta.rows is not None:
            people_rows.setdefault(meta.sheet, set()).update(meta.rows)
    for meta in result.cohorts:
        sheets = meta.sheets  # a cohort printed one page per sheet spans several
        in_sheet = frame["sheet"].isin(sheets)
        repeated = result.duplicates
        if len(repeated):
            repeated = repeated[repeated["sheet"].isin(sheets)]
        part = ""
        if meta.rows is None:
            rows = frame[in_sheet].reset_index(drop=True)
            issues = [i for i in result.issues if i.sheet is None or i.sheet in sheets]
        else:
            own = set(meta.rows)
            rows = frame[in_sheet & frame["row"].isin(own)].reset_index(drop=True)
            if len(repeated):
                repeated = repeated[repeated["row"].isin(own)]
            others = people_rows[meta.sheet] - own
            issues = [
                i for i in result.issues if i.sheet is None or (i.sheet == meta.sheet and i.row not in others)
            ]
            part = cohort_label(meta.program, meta.angkatan, meta.year)
        uploads.append(
            CohortUpload(
                program=meta.program,
                angkatan=meta.angkatan,
                year=meta.year,
                start_date=meta.start_date,
                end_date=meta.end_date,
                venue=meta.venue,
                sheet=meta.sheet,
                participants=rows,
                issues=issues,
                source_file=result.file,
                file_sha256=file_sha256,
                part=part,
                duplicates=repeated.reset_index(drop=True) if len(repeated) else frame.iloc[:0],
            )
        )
    return uploads
