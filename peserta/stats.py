"""Counts and shares behind the dashboard's numbers, and the cohort list the pages choose from."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

import pandas as pd
from babel.numbers import format_decimal, format_percent

from loaders import LoadResult, read_roster
from loaders.metadata import CohortMeta
from loaders.overrides import load_overrides
from loaders.schema import SECTORS

LOCALE: Final = "id"
SAMPLES_DIR: Final = Path(__file__).resolve().parent.parent / "data" / "samples"
SAMPLE_SUFFIXES: Final = frozenset({".xlsx", ".xls", ".csv"})
SECTOR_LABELS: Final[dict[str, str]] = {
    "central": "Kementerian/Lembaga",
    "regional": "Pemerintah Daerah",
    "other": "Bukan instansi pemerintah",
    "unknown": "Belum dikenali",
}
MONTHS_ID: Final = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                    "Oktober", "November", "Desember")  # fmt: skip


def format_count(value: int) -> str:
    """An integer in Indonesian notation: 12345 -> '12.345'."""
    return format_decimal(value, locale=LOCALE)


def format_share(value: float) -> str:
    """A fraction as an Indonesian percentage with one decimal: 0.5385 -> '53,8%'."""
    return format_percent(value, locale=LOCALE, format="#,##0.0%")


def format_period(start: date | None, end: date | None) -> str:
    """'5-8 September 2023', '19 Februari-21 Juni 2024', or '' when unknown."""
    if start is None:
        return ""
    end = end or start
    if start == end:
        return f"{start.day} {MONTHS_ID[start.month - 1]} {start.year}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}-{end.day} {MONTHS_ID[end.month - 1]} {end.year}"
    head = f"{start.day} {MONTHS_ID[start.month - 1]}" + ("" if start.year == end.year else f" {start.year}")
    return f"{head}-{end.day} {MONTHS_ID[end.month - 1]} {end.year}"


def count_by_sector(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per sector (all four, fixed order): sector, label, count, share of the total."""
    counts = frame["sector"].astype(object).where(frame["sector"].notna(), "unknown").value_counts()
    total = len(frame)
    rows = [
        {
            "sector": sector,
            "label": SECTOR_LABELS[sector],
            "count": int(counts.get(sector, 0)),
            "share": counts.get(sector, 0) / total if total else 0.0,
        }
        for sector in SECTORS
    ]
    return pd.DataFrame(rows, columns=["sector", "label", "count", "share"])


@dataclass(frozen=True)
class Metric:
    """One headline number as a page shows it."""

    label: str
    value: str
    note: str


def headline_metrics(frame: pd.DataFrame) -> list[Metric]:
    """Peserta, Kementerian/Lembaga and Pemerintah Daerah, formatted, with shares as notes."""
    by_sector = count_by_sector(frame).set_index("sector")
    metrics = [Metric("Peserta", format_count(len(frame)), "")]
    for sector in ("central", "regional"):
        row = by_sector.loc[sector]
        metrics.append(
            Metric(str(row["label"]), format_count(int(row["count"])), format_share(float(row["share"])))
        )
    return metrics


@dataclass(frozen=True)
class Cohort:
    """One cohort (one roster sheet) the pages can select."""

    key: str  # "<file>::<sheet>", stable across reloads
    file: str
    sheet: str
    label: str
    start_date: date | None


def cohort_label(meta: CohortMeta) -> str:
    """'Pelatihan Coaching dan Mentoring Angkatan IV Tahun 2023 (5-8 September 2023)'."""
    parts = [meta.program or meta.sheet]
    if meta.angkatan:
        parts.append(f"Angkatan {meta.angkatan}")
    if meta.year:
        parts.append(f"Tahun {meta.year}")
    period = format_period(meta.start_date, meta.end_date)
    return " ".join(parts) + (f" ({period})" if period else "")


def list_cohorts(results: Sequence[LoadResult]) -> list[Cohort]:
    """Every cohort of the loaded files, newest first."""
    cohorts = [
        Cohort(f"{r.file}::{m.sheet}", r.file, m.sheet, cohort_label(m), m.start_date)
        for r in results
        for m in r.cohorts
    ]
    return sorted(cohorts, key=lambda c: (c.start_date or date.min, c.label), reverse=True)


def cohort_participants(results: Sequence[LoadResult], key: str) -> pd.DataFrame:
    """The participants of one cohort, by its key."""
    file, _, sheet = key.partition("::")
    for result in results:
        if result.file == file:
            frame = result.participants
            return frame[frame["sheet"] == sheet].reset_index(drop=True)
    raise KeyError(key)


def sample_paths(folder: Path = SAMPLES_DIR) -> list[Path]:
    """The committed sample rosters."""
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in SAMPLE_SUFFIXES)


def load_samples(folder: Path = SAMPLES_DIR) -> list[LoadResult]:
    """Read every sample roster through the intake (trusted files: in this process)."""
    overrides = load_overrides()  # the user's agency corrections apply to every load
    return [read_roster(path, overrides=overrides) for path in sample_paths(folder)]
