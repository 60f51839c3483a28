"""peserta.stats: Indonesian formats, headline numbers, breakdowns and trends over hand-made facts frames.

The frames here follow the facts contract (docs/architecture.md) and are built from participant-like
rows by peserta.facts.facts_from_participants, the Python twin of the store's GROUP BY. The builders are
shared with the other peserta test files.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peserta import stats as stats_module
from peserta.facts import facts_from_participants, prepare_facts
from peserta.stats import (
    OTHERS_KEY,
    Kpis,
    Tie,
    angkatan_number,
    by_age_band,
    by_gender,
    by_golongan,
    by_province,
    by_sector,
    cohort_ids,
    cohort_label,
    cohort_labels,
    cohort_title,
    cohort_trend,
    format_count,
    format_period,
    format_periods,
    format_share,
    format_timestamp,
    kpis,
    last_updated,
    order_cohorts,
    participant_count,
    program_year_table,
    regional_by_level,
    regional_share_by_cohort,
    regional_share_by_year,
    top_agencies,
    trend_tables,
)
from tests.factories import (
    CM,
    DKI,
    LAN,
    LATSAR,
    PKA,
    REFERENCE_ID,
    cohorts_frame,
    multi_cohorts,
    multi_facts,
    multi_participants,
    participant_frames,
    participants,
    reference_facts,
    store_like,
)


def table(frame: pd.DataFrame, column: str = "count") -> dict[str, object]:
    """A breakdown as key -> column value."""
    return dict(zip(frame["key"], frame[column], strict=True))


# ------------------------------------------------------------------------------------------ formats


@pytest.mark.parametrize(
    ("value", "lang", "text"),
    [(0, "id", "0"), (26, "id", "26"), (1234, "id", "1.234"), (4_500_000, "id", "4.500.000"),
     (1234, "en", "1,234"), (4_500_000, "en", "4,500,000")],
)  # fmt: skip
def test_format_count(value, lang, text):
    assert format_count(value, lang) == text


@pytest.mark.parametrize(
    ("value", "lang", "text"),
    [(14 / 26, "id", "53,8%"), (12 / 26, "id", "46,2%"), (0.0, "id", "0,0%"), (1.0, "id", "100,0%"),
     (1 / 3, "id", "33,3%"), (14 / 26, "en", "53.8%"), (12 / 26, "en", "46.2%")],
)  # fmt: skip
def test_format_share(value, lang, text):
    assert format_share(value, lang) == text


@pytest.mark.parametrize(
    ("start", "end", "lang", "text"),
    [
        (date(2023, 9, 5), date(2023, 9, 8), "id", "5-8 September 2023"),
        (date(2024, 2, 19), date(2024, 6, 21), "id", "19 Februari-21 Juni 2024"),
        (date(2024, 2, 19), date(2024, 6, 21), "en", "19 February-21 June 2024"),
        (date(2023, 12, 28), date(2024, 1, 3), "id", "28 Desember 2023-3 Januari 2024"),
        (date(2023, 9, 5), date(2023, 9, 5), "id", "5 September 2023"),
        (date(2023, 9, 5), None, "id", "5 September 2023"),
        (date(2023, 8, 14), date(2023, 8, 17), "id", "14-17 Agustus 2023"),
        (date(2023, 8, 14), date(2023, 8, 17), "en", "14-17 August 2023"),
        (None, None, "id", ""),
        (None, date(2023, 9, 8), "id", ""),
    ],
)
def test_format_period(start, end, lang, text):
    assert format_period(start, end, lang) == text


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.none() | st.dates(date(1990, 1, 1), date(2040, 12, 31)),
            st.none() | st.integers(0, 800),
        ),
        max_size=30,
    ),
    st.sampled_from(["id", "en"]),
)
def test_format_periods_equals_format_period_row_by_row(pairs, lang):
    starts = [start for start, _ in pairs]
    ends = [None if start is None or days is None else start + timedelta(days=days) for start, days in pairs]
    expected = [format_period(start, end, lang) for start, end in zip(starts, ends, strict=True)]
    assert format_periods(pd.Series(starts, dtype=object), pd.Series(ends, dtype=object), lang) == expected


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.none() | st.sampled_from([CM, "  " + PKA + " ", "", " "]),
            st.none() | st.sampled_from(["IV", " xii ", "", " "]),
            st.none() | st.integers(2000, 2030),
        ),
        max_size=30,
    )
)
def test_cohort_labels_equal_cohort_label_row_by_row(rows):
    ids = pd.Series(range(len(rows)), dtype="int64")
    programs = pd.Series([p for p, _, _ in rows], dtype="str")
    angkatan = pd.Series([a for _, a, _ in rows], dtype=object)
    years = pd.Series([y for _, _, y in rows], dtype="Int64")
    expected = [cohort_label(p, a, y) or f"#{i}" for i, (p, a, y) in enumerate(rows)]
    assert cohort_labels(ids, programs, angkatan, years) == expected


@pytest.mark.parametrize(
    ("lang", "text"), [("id", "5 September 2023 14.03 WIB"), ("en", "5 September 2023 14:03 WIB")]
)
def test_format_timestamp_shows_jakarta_time(lang, text):
    assert format_timestamp(datetime(2023, 9, 5, 7, 3, tzinfo=UTC), lang) == text
    assert format_timestamp(None, lang) == ""


@pytest.mark.parametrize(
    ("program", "angkatan", "year", "label"),
    [
        (CM, "IV", 2023, "Pelatihan Coaching dan Mentoring Angkatan IV Tahun 2023"),
        (LATSAR, None, 2024, "Pelatihan Dasar CPNS Tahun 2024"),
        (PKA, "I", None, "Pelatihan Kepemimpinan Administrator Angkatan I"),
        (None, None, None, ""),
        ("  " + CM + " ", " IV ", 2023.0, "Pelatihan Coaching dan Mentoring Angkatan IV Tahun 2023"),
    ],
)
def test_cohort_label(program, angkatan, year, label):
    assert cohort_label(program, angkatan, year) == label


def test_cohort_title_adds_the_period_or_a_fallback():
    row = multi_cohorts().set_index("cohort_id").loc[REFERENCE_ID].to_dict() | {"cohort_id": REFERENCE_ID}
    assert cohort_title(row) == "Pelatihan Coaching dan Mentoring Angkatan IV Tahun 2023 (5-8 September 2023)"
    assert cohort_title({"cohort_id": 9, "program": None}, "en") == "Cohort #9"


@pytest.mark.parametrize(
    ("angkatan", "number"),
    [("I", 1), ("IV", 4), ("IX", 9), ("XIV", 14), ("xl", 40), ("12", 12), ("", 10**6), (None, 10**6), ("IIII", 10**6),
     ("A", 10**6)],
)  # fmt: skip
def test_angkatan_number(angkatan, number):
    assert angkatan_number(angkatan) == number


# ------------------------------------------------------------------------------------------ headline


def test_kpis_of_reference_cohort():
    numbers = kpis(reference_facts())
    assert numbers == Kpis(
        participants=26, central=14, regional=12, other=0, unknown=0, agencies=17, provinces=8, cohorts=1
    )
    assert format_share(numbers.share("central")) == "53,8%"
    assert format_share(numbers.share("regional")) == "46,2%"


def test_kpis_of_nothing():
    numbers = kpis(reference_facts().iloc[0:0])
    assert numbers.participants == 0 and numbers.cohorts == 0 and numbers.share("central") == 0.0


def test_kpis_accepts_plain_string_columns():
    plain = reference_facts().astype(
        {c: "str" for c in ("sector", "level", "province", "dimension", "value")}
    )
    assert kpis(plain) == kpis(reference_facts())


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_numbers_do_not_depend_on_the_row_order(seed):
    """The statistics read a dimension's rows as one slice when they are grouped (the store's frames are),
    else picked one by one: any order gives the same numbers."""
    grouped, cohorts = multi_facts(), multi_cohorts()
    shuffled = grouped.sample(frac=1, random_state=seed).reset_index(drop=True)
    assert kpis(shuffled) == kpis(grouped)
    breakdowns = (
        by_sector,
        regional_by_level,
        by_province,
        by_gender,
        by_golongan,
        by_age_band,
        top_agencies,
    )
    for compute in breakdowns:
        pd.testing.assert_frame_equal(compute(shuffled), compute(grouped))
    assert cohort_ids(shuffled).tolist() == cohort_ids(grouped).tolist()
    pd.testing.assert_frame_equal(cohort_trend(shuffled, cohorts), cohort_trend(grouped, cohorts))


def test_kpis_of_several_cohorts_counts_other_and_unknown():
    numbers = kpis(multi_facts())
    assert (numbers.participants, numbers.central, numbers.regional, numbers.other, numbers.unknown) == (
        36, 17, 17, 1, 1,
    )  # fmt: skip
    assert (numbers.cohorts, numbers.provinces) == (4, 10)


# ------------------------------------------------------------------------------------------ breakdowns


def test_by_sector_of_reference_cohort():
    frame = by_sector(reference_facts())
    assert list(frame.columns[:4]) == ["key", "label", "count", "share"]
    assert table(frame) == {"central": 14, "regional": 12, "other": 0, "unknown": 0}
    assert table(frame, "label")["central"] == "Kementerian/Lembaga"
    assert table(frame, "label")["regional"] == "Pemerintah Daerah"
    assert [format_share(s) for s in frame["share"][:2]] == ["53,8%", "46,2%"]
    assert table(by_sector(reference_facts(), "en"), "label")["regional"] == "Regional governments"


def test_regional_by_level_of_reference_cohort():
    frame = regional_by_level(reference_facts())
    assert table(frame) == {"province": 2, "regency": 5, "city": 5, "": 0}
    assert list(frame["label"]) == [
        "Pemerintah provinsi",
        "Pemerintah kabupaten",
        "Pemerintah kota",
        "Tidak diketahui",
    ]
    assert frame["share"].sum() == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("breakdown", "expected"),
    [
        (by_gender, {"L": 13, "P": 12, "": 1}),
        (by_golongan, {"I": 0, "II": 2, "III": 12, "IV": 10, "PPPK": 1, "": 1}),
        (by_age_band, {"<30": 3, "30-39": 9, "40-49": 10, "50-59": 3, "60+": 0, "": 1}),
    ],
)
def test_profile_breakdowns_of_reference_cohort(breakdown, expected):
    frame = breakdown(reference_facts())
    assert table(frame) == expected
    assert list(frame["key"]) == list(expected)  # fixed order, unknown last


@pytest.mark.parametrize(
    ("breakdown", "lang", "labels"),
    [
        (by_gender, "id", ["Laki-laki", "Perempuan", "Tidak diketahui"]),
        (by_gender, "en", ["Male", "Female", "Unknown"]),
        (by_age_band, "id", ["< 30 tahun", "30-39 tahun", "40-49 tahun", "50-59 tahun", "60+ tahun", "Tidak diketahui"]),
        (by_golongan, "en", ["Golongan I", "Golongan II", "Golongan III", "Golongan IV", "PPPK", "Unknown"]),
    ],
)  # fmt: skip
def test_breakdown_labels_follow_the_language(breakdown, lang, labels):
    assert list(breakdown(reference_facts(), lang)["label"]) == labels


def test_by_province_sorted_with_unknown_last():
    frame = by_province(multi_facts())
    assert list(frame["key"])[:5] == [DKI, "Jawa Barat", "Jawa Timur", "Aceh", "Bali"]  # ties by name
    assert list(frame["count"])[:5] == [16, 5, 3, 2, 2]
    assert frame["key"].iloc[-1] == "" and frame["label"].iloc[-1] == "Tidak diketahui"
    assert (frame["count"] > 0).all()
    assert frame["count"].sum() == 36


def test_by_province_of_one_sector():
    frame = by_province(reference_facts(), sector="regional")
    assert len(frame) == 7 and frame["count"].sum() == 12


def test_top_agencies_keeps_the_sum_with_a_remainder_row():
    frame = top_agencies(reference_facts(), n=3)
    assert list(frame["key"]) == [LAN, "Kementerian Keuangan", "Badan Kepegawaian Negara", OTHERS_KEY]
    assert list(frame["count"]) == [4, 3, 2, 17]
    assert list(frame["sector"]) == ["central", "central", "central", ""]
    assert frame["label"].iloc[-1] == "Lainnya (14 instansi)"
    assert top_agencies(reference_facts(), n=3, lang="en")["label"].iloc[-1] == "Others (14 agencies)"
    assert frame["count"].sum() == 26


def test_top_agencies_ties_by_name_and_unknown_last():
    frame = top_agencies(multi_facts(), n=4)
    assert list(frame["key"]) == [LAN, "Kementerian Keuangan", "Pemerintah Kota Surabaya", "Badan Kepegawaian Negara",
                                  OTHERS_KEY, ""]  # fmt: skip
    assert list(frame["count"])[:4] == [5, 3, 3, 2]
    assert frame["count"].sum() == 36


def test_top_agencies_shares_a_tie_at_the_cut_between_both_sides():
    """A small cohort where almost everyone is the only one from their agency: cutting the tie by name kept
    only K/L ('Badan ...', 'Kementerian ...' sort before 'Pemerintah ...'); the places go in turn by sector."""
    rows = [(1, "central", "agency", "", f"Badan Pusat {i:02d}", "L", "III", "30-39") for i in range(12)]
    rows += [
        (1, "regional", "regency", "Bali", f"Pemerintah Kabupaten {i:02d}", "P", "III", "30-39")
        for i in range(12)
    ]
    rows += [(1, "central", "ministry", "", "Kementerian Keuangan", "L", "IV", "40-49")] * 2
    facts = facts_from_participants(participants(*rows))
    frame = top_agencies(facts, n=10)
    shown = frame[~frame["key"].isin([OTHERS_KEY, ""])]
    assert shown["key"].iloc[0] == "Kementerian Keuangan"  # above the tie: always shown
    tied = shown.iloc[1:]
    assert (
        len(tied) == 9
        and abs((tied["sector"] == "central").sum() - (tied["sector"] == "regional").sum()) <= 1
    )
    assert frame.attrs["tie"] == Tie(count=1, tied=24, shown=9)
    assert frame["count"].sum() == 26
    # no tie at the cut: no note
    assert top_agencies(facts, n=1).attrs["tie"] is None


def test_top_agencies_without_remainder():
    frame = top_agencies(reference_facts(), n=50)
    assert len(frame) == 17 and OTHERS_KEY not in set(frame["key"])
    assert set(frame["sector_label"]) == {"Kementerian/Lembaga", "Pemerintah Daerah"}


@pytest.mark.parametrize(
    "breakdown",
    [by_sector, regional_by_level, by_gender, by_golongan, by_age_band, by_province, top_agencies],
)
def test_breakdowns_of_nothing_are_empty_or_zero(breakdown):
    frame = breakdown(reference_facts().iloc[0:0])
    assert frame["count"].sum() == 0
    assert (frame["share"] == 0).all()


# ------------------------------------------------------------------------------------------ invariants


@settings(max_examples=40, deadline=None)
@given(participant_frames)
def test_every_breakdown_sums_to_the_total(people):
    facts = facts_from_participants(people)
    numbers = kpis(facts)
    assert numbers.participants == len(people)
    assert numbers.central + numbers.regional + numbers.other + numbers.unknown == len(people)
    for breakdown in (by_sector, by_gender, by_golongan, by_age_band, by_province, top_agencies):
        frame = breakdown(facts)
        assert frame["count"].sum() == numbers.participants, breakdown.__name__
        if numbers.participants:
            assert frame["share"].sum() == pytest.approx(1.0)
    assert regional_by_level(facts)["count"].sum() == numbers.regional
    assert regional_share_by_cohort(facts, multi_cohorts())["participants"].sum() == numbers.participants
    assert cohort_trend(facts, multi_cohorts())["count"].sum() == numbers.participants


@settings(max_examples=30, deadline=None)
@given(participant_frames)
def test_breakdowns_count_what_the_participants_say(people):
    facts = facts_from_participants(people)
    genders = people["gender"].fillna("").value_counts().to_dict()
    assert {k: v for k, v in table(by_gender(facts)).items() if v} == genders
    sectors = people["sector"].fillna("unknown").value_counts().to_dict()
    assert {k: v for k, v in table(by_sector(facts)).items() if v} == sectors
    agencies = {a for a in people["agency"].dropna()}
    assert kpis(facts).agencies == len(agencies)
    assert kpis(facts).cohorts == people["cohort_id"].nunique()


# ------------------------------------------------------------------------------------------ trend


def test_order_cohorts_by_date_then_angkatan():
    ordered = order_cohorts(multi_cohorts())
    # 2023-05-15, 2023-09-05, 2024-02-19, then Latsar II 2024 without a date (taken as 1 July 2024)
    assert list(ordered["cohort_id"]) == [2, REFERENCE_ID, 5, 6]
    same_day = cohorts_frame((1, CM, "X", 2023, None, None), (2, CM, "IX", 2023, None, None),
                             (3, CM, "II", 2023, None, None))  # fmt: skip
    assert list(order_cohorts(same_day)["angkatan"]) == ["II", "IX", "X"]


def reference_order(cohorts: pd.DataFrame) -> list[int]:
    """order_cohorts' rule written plainly, one cohort at a time."""

    def key(row: pd.Series) -> tuple[object, ...]:
        start = (
            pd.to_datetime(row["start_date"], errors="coerce") if row["start_date"] is not None else pd.NaT
        )
        year = row["year"]
        if pd.isna(start) and not pd.isna(year):
            start = pd.Timestamp(int(year), 7, 1)
        program = "" if pd.isna(row["program"]) else str(row["program"])
        angkatan = None if pd.isna(row["angkatan"]) else row["angkatan"]
        return (
            pd.isna(start),
            start if not pd.isna(start) else 0,
            angkatan_number(angkatan),
            program,
            row["cohort_id"],
        )

    return [int(row["cohort_id"]) for _, row in sorted(cohorts.iterrows(), key=lambda item: key(item[1]))]


cohort_rows = st.lists(
    st.tuples(
        st.sampled_from([CM, PKA, LATSAR, "  Spasi ", None]),
        st.sampled_from(["I", "II", "IV", "IX", "X", "12", "khusus", None]),
        st.sampled_from([2023, 2024, None]),
        st.sampled_from([date(2023, 5, 15), date(2024, 2, 19), date(2024, 7, 1), None]),
    ),
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(cohort_rows, st.booleans())
def test_order_cohorts_matches_the_plain_rule(rows, stored):
    cohorts = cohorts_frame(*[(i + 1, p, a, y, d, d) for i, (p, a, y, d) in enumerate(reversed(rows))])
    if stored:
        cohorts = store_like(cohorts)
    assert order_cohorts(cohorts)["cohort_id"].tolist() == reference_order(cohorts)


def test_cohort_ids_are_the_cohorts_with_participants():
    facts = multi_facts()
    assert cohort_ids(facts).tolist() == [2, REFERENCE_ID, 5, 6]
    zeroed = facts.assign(n=facts["n"].where(facts["cohort_id"] != 5, 0))
    assert cohort_ids(zeroed).tolist() == [2, REFERENCE_ID, 6]
    assert cohort_ids(facts.iloc[0:0]).tolist() == []


def test_cohort_trend_one_row_per_cohort_and_sector():
    trend = cohort_trend(multi_facts(), multi_cohorts())
    assert len(trend) == 4 * 4
    assert list(trend["cohort_id"].drop_duplicates()) == [2, REFERENCE_ID, 5, 6]
    reference = trend[trend["cohort_id"] == REFERENCE_ID].set_index("sector")
    assert reference["count"].to_dict() == {"central": 14, "regional": 12, "other": 0, "unknown": 0}
    assert reference["cohort"].iloc[0] == "Pelatihan Coaching dan Mentoring Angkatan IV Tahun 2023"
    assert reference["label"].to_dict()["central"] == "Kementerian/Lembaga"
    assert format_share(reference.loc["central", "share"]) == "53,8%"
    assert set(reference["cohort_total"]) == {26}
    for column in ("program", "year", "angkatan", "start_date"):
        assert column in trend.columns


def test_trend_keeps_the_most_recent_cohorts_when_asked():
    everything = cohort_trend(multi_facts(), multi_cohorts())
    recent = cohort_trend(multi_facts(), multi_cohorts(), last=2)
    assert list(recent["cohort_id"].drop_duplicates()) == [5, 6]
    assert recent.reset_index(drop=True).equals(
        everything[everything["cohort_id"].isin([5, 6])].reset_index(drop=True)
    )
    shares = regional_share_by_cohort(multi_facts(), multi_cohorts(), last=1)
    assert shares["cohort_id"].tolist() == [6]


@pytest.mark.parametrize("last", [None, 2])
def test_trend_of_cohorts_already_in_time_order_is_the_same(last: int | None) -> None:
    ordered = order_cohorts(multi_cohorts())
    pd.testing.assert_frame_equal(
        cohort_trend(multi_facts(), ordered, last=last, in_order=True),
        cohort_trend(multi_facts(), multi_cohorts(), last=last),
    )
    pd.testing.assert_frame_equal(
        regional_share_by_cohort(multi_facts(), ordered, last=last, in_order=True),
        regional_share_by_cohort(multi_facts(), multi_cohorts(), last=last),
    )


def test_trend_tables_are_the_trend_functions_of_one_selection():
    tables = trend_tables(multi_facts(), multi_cohorts(), "id", 3)
    pd.testing.assert_frame_equal(tables.trend, cohort_trend(multi_facts(), multi_cohorts(), "id", last=3))
    pd.testing.assert_frame_equal(
        tables.share_by_year, regional_share_by_year(multi_facts(), multi_cohorts())
    )
    pd.testing.assert_frame_equal(
        tables.program_year, program_year_table(multi_facts(), multi_cohorts(), "id")
    )
    assert tables.n_cohorts == 4


def test_participant_count_is_the_facts_total():
    assert participant_count(multi_facts()) == kpis(multi_facts()).participants


def test_regional_share_by_cohort_and_year():
    per_cohort = regional_share_by_cohort(multi_facts(), multi_cohorts()).set_index("cohort_id")
    assert per_cohort.loc[REFERENCE_ID, ["participants", "central", "regional"]].tolist() == [26, 14, 12]
    assert format_share(per_cohort.loc[REFERENCE_ID, "regional_share"]) == "46,2%"
    assert per_cohort.loc[6, "regional_share"] == pytest.approx(2 / 3)
    per_year = regional_share_by_year(multi_facts(), multi_cohorts())
    assert per_year[["year", "cohorts", "participants", "central", "regional"]].values.tolist() == [
        [2023, 2, 30, 16, 13],
        [2024, 2, 6, 1, 4],
    ]


def test_trend_names_a_cohort_missing_from_the_cohorts_frame():
    trend = cohort_trend(reference_facts(), multi_cohorts().iloc[0:0])
    assert set(trend["cohort"]) == {f"#{REFERENCE_ID}"}


def test_program_year_table_has_totals():
    frame = program_year_table(multi_facts(), multi_cohorts())
    assert list(frame.columns) == ["Program pelatihan", "2023", "2024", "Jumlah"]
    assert frame.values.tolist() == [
        [CM, 30, 0, 30],
        [LATSAR, 0, 3, 3],
        [PKA, 0, 3, 3],
        ["Jumlah", 30, 6, 36],
    ]
    english = program_year_table(multi_facts(), multi_cohorts(), "en")
    assert list(english.columns) == ["Training program", "2023", "2024", "Total"]


def test_last_updated():
    cohorts = multi_cohorts()
    assert last_updated(cohorts) == datetime(2024, 1, 4, 3, 0, tzinfo=UTC)
    assert last_updated(cohorts.iloc[0:0]) is None
    assert last_updated(cohorts.assign(uploaded_at=None)) is None


def test_prepare_facts_is_idempotent_and_fills_missing_text():
    raw = pd.DataFrame(
        {"cohort_id": [1], "sector": ["central"], "level": [None], "province": [None], "dimension": ["total"],
         "value": [None], "n": [3]}
    )  # fmt: skip
    prepared = prepare_facts(raw)
    assert prepared["level"].iloc[0] == "" and prepared["value"].iloc[0] == ""
    assert prepare_facts(prepared) is prepared


def test_trend_on_store_dtypes_with_missing_metadata():
    cohorts = pd.concat(
        [multi_cohorts(), cohorts_frame((7, None, None, None, None, None))], ignore_index=True
    ).pipe(store_like)
    people = pd.concat(
        [multi_participants(), participants((7, "central", "ministry", DKI, LAN, "L", "III", "30-39"))],
        ignore_index=True,
    )
    per_cohort = regional_share_by_cohort(facts_from_participants(people), cohorts)
    assert per_cohort["cohort_id"].tolist() == [2, REFERENCE_ID, 5, 6, 7]  # no date, no year: last
    assert per_cohort["cohort"].iloc[-1] == "#7"
    assert regional_share_by_year(facts_from_participants(people), cohorts)["participants"].sum() == 36
    table_ = program_year_table(facts_from_participants(people), cohorts)
    assert table_.iloc[-1].tolist() == ["Jumlah", 30, 6, 1, 37]
    assert list(table_.columns) == ["Program pelatihan", "2023", "2024", "Tidak diketahui", "Jumlah"]


# ------------------------------------------------------------------------------------------ labels


@pytest.mark.parametrize(
    ("program", "angkatan", "year", "label"),
    [(CM, "IV", 2023, "Coaching Mentoring IV/2023"), (PKA, "I", 2024.0, "PKA I/2024"), ("Pelatihan Dasar CPNS",
     "II", 2024, "Latsar II/2024"), (CM, None, 2023, "Coaching Mentoring 2023"), (None, "III", None, "III"),
     (None, None, None, "")],
)  # fmt: skip
def test_cohort_short_label(program, angkatan, year, label):
    assert stats_module.cohort_short_label(program, angkatan, year) == label


def test_cohort_short_names_fall_back_to_the_id():
    cohorts = cohorts_frame((1, CM, "IV", 2023, None, None), (9, None, None, None, None, None))
    assert stats_module.cohort_short_names(cohorts) == {1: "Coaching Mentoring IV/2023", 9: "#9"}


def test_program_abbreviations_explain_every_tick():
    programs = [CM, PKA, CM, None, " ", "Diklat PKA", "Pelatihan Dasar CPNS", "Pelatihan Analis Kebijakan"]
    assert stats_module.program_abbreviations(programs) == {
        "Coaching Mentoring": CM,
        "PKA": PKA,
        "Latsar": "Pelatihan Dasar CPNS",
    }  # 'Diklat PKA' and 'Analis Kebijakan' are written in the programs' own names: nothing to explain
    assert stats_module.program_abbreviations(["Pelatihan Dasar CPNS", "Pelatihan Dasar Calon PNS"]) == {
        "Latsar": "Pelatihan Dasar CPNS / Pelatihan Dasar Calon PNS"  # the same short name: both named
    }


def test_without_province_splits_ministry_head_offices_from_unknown():
    facts = facts_from_participants(
        participants(
            (1, "central", "ministry", "", "Kementerian Agama", "L", "III", "30-39"),
            (1, "central", "ministry", "", "Kementerian Agama", "P", "III", "30-39"),
            (1, "regional", "city", "", "Pemerintah Kota X", "P", "III", "30-39"),
            (1, "regional", "city", "Bali", "Pemerintah Kota Denpasar", "P", "III", "30-39"),
        )
    )
    assert stats_module.without_province(facts) == (2, 1)
    central, other = stats_module.without_province(multi_facts())
    assert central + other == table(by_province(multi_facts())).get("", 0)


def test_head_offices_of_kl_are_without_province_not_unknown():
    """The recap's and the deck's province tables say what the map says: K/L head offices have no province."""
    hq = (1, "central", "ministry", None, "Kementerian Keuangan", "L", "III", "30-39")
    office = (1, "central", "agency", "Bali", "Badan Pusat Statistik", "P", "III", "30-39")
    pemda = (1, "regional", "regency", "Bali", "Pemerintah Kabupaten Badung", "P", "III", "30-39")
    lost = (1, "unknown", None, None, None, "P", "III", "30-39")
    facts = facts_from_participants(participants(hq, hq, office, pemda))
    frame = by_province(facts)
    assert (
        list(frame["key"]) == ["Bali", ""] and frame["label"].iloc[-1] == "Tanpa provinsi (kantor pusat K/L)"
    )
    assert by_province(facts, lang="en")["label"].iloc[-1] == "No province (central head offices)"
    assert by_province(facts, sector="central")["label"].iloc[-1] == "Tanpa provinsi (kantor pusat K/L)"
    mixed = by_province(facts_from_participants(participants(hq, pemda, lost)))
    assert mixed["label"].iloc[-1] == "Tanpa provinsi (K/L pusat, dll.)"
    unknown = by_province(facts_from_participants(participants(pemda, lost)))
    assert unknown["label"].iloc[-1] == "Tidak diketahui"
