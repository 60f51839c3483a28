"""peserta.stats: counts, shares, Indonesian formats and the cohort list."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders.metadata import CohortMeta
from loaders.schema import SECTORS
from peserta.stats import (
    cohort_label,
    cohort_participants,
    count_by_sector,
    format_count,
    format_period,
    format_share,
    headline_metrics,
    list_cohorts,
    load_samples,
)


def frame_of(*sectors: str | None) -> pd.DataFrame:
    return pd.DataFrame({"sector": pd.array(list(sectors), dtype="str")})


@pytest.mark.parametrize(
    ("value", "text"),
    [(0, "0"), (26, "26"), (1234, "1.234"), (4_500_000, "4.500.000")],
)
def test_format_count_uses_indonesian_grouping(value, text):
    assert format_count(value) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [(14 / 26, "53,8%"), (12 / 26, "46,2%"), (0.0, "0,0%"), (1.0, "100,0%"), (1 / 3, "33,3%")],
)
def test_format_share_uses_decimal_comma(value, text):
    assert format_share(value) == text


@pytest.mark.parametrize(
    ("start", "end", "text"),
    [
        (date(2023, 9, 5), date(2023, 9, 8), "5-8 September 2023"),
        (date(2024, 2, 19), date(2024, 6, 21), "19 Februari-21 Juni 2024"),
        (date(2023, 12, 28), date(2024, 1, 3), "28 Desember 2023-3 Januari 2024"),
        (date(2023, 9, 5), date(2023, 9, 5), "5 September 2023"),
        (date(2023, 9, 5), None, "5 September 2023"),
        (None, None, ""),
    ],
)
def test_format_period(start, end, text):
    assert format_period(start, end) == text


def test_count_by_sector_reference_cohort():
    counts = count_by_sector(frame_of(*["central"] * 14, *["regional"] * 12)).set_index("sector")
    assert counts["count"].to_dict() == {"central": 14, "regional": 12, "other": 0, "unknown": 0}
    assert format_share(counts.loc["central", "share"]) == "53,8%"
    assert counts.loc["central", "label"] == "Kementerian/Lembaga"
    assert counts.loc["regional", "label"] == "Pemerintah Daerah"


def test_count_by_sector_counts_missing_sector_as_unknown():
    counts = count_by_sector(frame_of("central", None, "other")).set_index("sector")["count"]
    assert counts.to_dict() == {"central": 1, "regional": 0, "other": 1, "unknown": 1}


def test_count_by_sector_of_nobody_is_all_zero():
    counts = count_by_sector(frame_of())
    assert counts["count"].sum() == 0
    assert (counts["share"] == 0).all()


@given(st.lists(st.sampled_from([*SECTORS, None]), max_size=200))
def test_breakdown_always_sums_to_total(sectors):
    counts = count_by_sector(frame_of(*sectors))
    assert list(counts["sector"]) == list(SECTORS)
    assert counts["count"].sum() == len(sectors)
    if sectors:
        assert counts["share"].sum() == pytest.approx(1.0)


def test_headline_metrics_of_reference_cohort():
    metrics = headline_metrics(frame_of(*["central"] * 14, *["regional"] * 12))
    assert [(m.label, m.value, m.note) for m in metrics] == [
        ("Peserta", "26", ""),
        ("Kementerian/Lembaga", "14", "53,8%"),
        ("Pemerintah Daerah", "12", "46,2%"),
    ]


@pytest.mark.parametrize(
    ("meta", "label"),
    [
        (
            CohortMeta(
                "Peserta", "Pelatihan Coaching dan Mentoring", "IV", 2023, date(2023, 9, 5), date(2023, 9, 8)
            ),
            "Pelatihan Coaching dan Mentoring Angkatan IV Tahun 2023 (5-8 September 2023)",
        ),
        (CohortMeta("Sheet1"), "Sheet1"),
        (CohortMeta("Sheet1", program="Pelatihan Dasar CPNS", year=2024), "Pelatihan Dasar CPNS Tahun 2024"),
    ],
)
def test_cohort_label(meta, label):
    assert cohort_label(meta) == label


def test_samples_list_every_cohort_newest_first():
    results = load_samples()
    cohorts = list_cohorts(results)
    assert len(cohorts) == 7
    starts = [c.start_date for c in cohorts]
    assert starts == sorted(starts, reverse=True)
    reference = next(c for c in cohorts if c.file == "cmd_2023_angkatan_IV.xlsx")
    frame = cohort_participants(results, reference.key)
    assert [m.value for m in headline_metrics(frame)] == ["26", "14", "12"]


def test_cohort_participants_unknown_key():
    with pytest.raises(KeyError, match="nope.xlsx"):
        cohort_participants(load_samples(), "nope.xlsx::Sheet1")
