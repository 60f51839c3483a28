"""peserta.filters: the shared filters as URL query parameters, their options, and applying them."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.agencies import all_provinces
from peserta import breakdowns, stats
from peserta.facts import facts_from_participants, summed_over_cohorts
from peserta.filters import (
    LEVEL_CODES,
    QUERY_KEYS,
    SECTOR_CODES,
    Filters,
    apply_filters,
    cohort_filters,
    filter_options,
    filters_from_query,
    filters_to_query,
    selected_cohorts,
)
from peserta.narrative import summary_sentence
from peserta.stats import by_sector, kpis, order_cohorts
from tests.factories import (
    CM,
    DKI,
    LATSAR,
    PKA,
    REFERENCE_ID,
    cohorts_frame,
    multi_cohorts,
    multi_facts,
    multi_participants,
    participant_frames,
    store_like,
)


def test_query_keys_are_short_indonesian_words():
    assert QUERY_KEYS == {
        "programs": "program",
        "years": "tahun",
        "angkatan": "angkatan",
        "sectors": "sektor",
        "levels": "tingkat",
        "provinces": "provinsi",
        "agencies": "instansi",
    }
    assert SECTOR_CODES == {"central": "kl", "regional": "pemda", "other": "lainnya", "unknown": "belum"}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, Filters()),
        ({"sektor": "pemda"}, Filters(sectors=("regional",))),
        ({"sektor": ["kl", "pemda"]}, Filters(sectors=("central", "regional"))),
        ({"sektor": "kl,pemda"}, Filters(sectors=("central", "regional"))),
        ({"sektor": "regional"}, Filters(sectors=("regional",))),
        ({"sektor": "PEMDA"}, Filters(sectors=("regional",))),
        ({"sektor": ["kl", "kl"]}, Filters(sectors=("central",))),
        ({"tahun": ["2023", "2024"]}, Filters(years=(2023, 2024))),
        ({"tahun": "2023,abc,99999,-1,2024"}, Filters(years=(2023, 2024))),
        ({"tahun": "٢٠٢٣"}, Filters()),  # Arabic-Indic digits are not a year here
        ({"angkatan": "iv"}, Filters(angkatan=("IV",))),
        ({"program": CM}, Filters(programs=(CM,))),
        ({"program": "Pelatihan A, B dan C"}, Filters(programs=("Pelatihan A, B dan C",))),
        ({"tingkat": ["kabupaten", "kota", "desa"]}, Filters(levels=("regency", "city"))),
        ({"provinsi": ["jawa barat", "Atlantis"]}, Filters(provinces=("Jawa Barat",))),
        ({"provinsi": DKI}, Filters(provinces=(DKI,))),
        ({"unknown": "x", "utm_source": "wa"}, Filters()),
        ({"sektor": ""}, Filters()),
        ({"program": "x" * 500}, Filters()),
        ({"program": "a\x00b"}, Filters()),
        ({"sektor": None, "tahun": 2023}, Filters(years=(2023,))),
        ({"tahun": [True, 2023.5, b"2023"]}, Filters()),
        ({"program": b"ab"}, Filters()),
    ],
)
def test_filters_from_query(params, expected):
    assert filters_from_query(params) == expected


class _Broken(dict):
    def items(self):
        raise RuntimeError("broken query object")


def test_filters_from_query_survives_a_broken_mapping():
    assert filters_from_query(_Broken()) == Filters()


def test_filters_to_query_uses_readable_codes():
    filters = Filters(programs=(CM,), years=(2023,), sectors=("regional",), levels=("regency", "city"))
    assert filters_to_query(filters) == {
        "program": [CM],
        "tahun": ["2023"],
        "sektor": ["pemda"],
        "tingkat": ["kabupaten", "kota"],
    }
    assert filters_to_query(Filters()) == {}


def _unique(elements: st.SearchStrategy) -> st.SearchStrategy:
    return st.lists(elements, unique=True, max_size=4).map(tuple)


program_names = (
    st.text(
        st.characters(codec="utf-8", categories=("L", "N", "P", "S"), include_characters=" "),
        min_size=1,
        max_size=40,
    )
    .map(str.strip)
    .filter(bool)
)
canonical_filters = st.builds(
    Filters,
    programs=_unique(program_names),
    years=_unique(st.integers(1945, 2100)),
    angkatan=_unique(st.sampled_from(["I", "II", "III", "IV", "XII", "7"])),
    sectors=_unique(st.sampled_from(list(SECTOR_CODES))),
    levels=_unique(st.sampled_from(list(LEVEL_CODES))),
    provinces=_unique(st.sampled_from(all_provinces())),
)


@settings(max_examples=150, deadline=None)
@given(canonical_filters)
def test_filters_round_trip_through_the_query(filters):
    assert filters_from_query(filters_to_query(filters)) == filters


query_values = st.one_of(
    st.text(max_size=30), st.lists(st.text(max_size=30), max_size=4), st.integers(), st.none()
)


@settings(max_examples=150, deadline=None)
@given(
    st.dictionaries(st.one_of(st.sampled_from(list(QUERY_KEYS.values())), st.text(max_size=10)), query_values)
)
def test_filters_from_any_query_never_raises_and_is_stable(params):
    filters = filters_from_query(params)
    assert isinstance(filters, Filters)
    assert filters_from_query(filters_to_query(filters)) == filters


def test_filter_options():
    options = filter_options(multi_cohorts(), multi_facts())
    assert options["programs"] == [CM, LATSAR, PKA]
    assert options["years"] == [2024, 2023]
    assert options["angkatan"] == ["I", "II", "IV"]
    assert options["sectors"] == ["central", "regional", "other", "unknown"]
    assert options["levels"] == ["ministry", "agency", "province", "regency", "city"]
    assert options["provinces"][0] == "Aceh" and "" not in options["provinces"]
    # every filter but the agencies (set by a click, never offered as a list of thousands of names)
    assert set(options) == set(QUERY_KEYS) - {"agencies"}


@pytest.mark.parametrize(
    ("filters", "ids"),
    [
        (Filters(), [2, REFERENCE_ID, 5, 6]),
        (Filters(programs=(CM,)), [2, REFERENCE_ID]),
        (Filters(years=(2024,)), [5, 6]),
        (Filters(programs=(CM,), angkatan=("IV",)), [REFERENCE_ID]),
        (Filters(programs=(CM,), years=(2024,)), []),
        (Filters(sectors=("regional",)), [2, REFERENCE_ID, 5, 6]),  # sectors do not narrow cohorts
    ],
)
def test_selected_cohorts(filters, ids):
    assert selected_cohorts(multi_cohorts(), filters)["cohort_id"].tolist() == ids


@pytest.mark.parametrize(
    "filters",
    [Filters(), Filters(programs=(CM,)), Filters(years=(2024,)), Filters(programs=(CM,), angkatan=("IV",)),
     Filters(programs=(CM,), years=(2024,)), Filters(angkatan=("ii",)), Filters(programs=(f"  {CM} ",))],
)  # fmt: skip
def test_selected_cohorts_from_cohorts_already_in_time_order(filters):
    cohorts = store_like(
        pd.concat([multi_cohorts(), cohorts_frame((7, None, None, None, None, None))], ignore_index=True)
    )
    in_order = selected_cohorts(order_cohorts(cohorts), filters, in_order=True)
    pd.testing.assert_frame_equal(in_order, selected_cohorts(cohorts, filters))


def test_filter_options_leave_out_values_without_participants():
    facts = multi_facts()
    emptied = facts["sector"].isin(["other", "unknown"]) | (facts["province"] == "Aceh")
    options = filter_options(multi_cohorts(), facts.assign(n=facts["n"].where(~emptied, 0)))
    assert options["sectors"] == ["central", "regional"]
    assert "Aceh" not in options["provinces"] and DKI in options["provinces"]


@pytest.mark.parametrize(
    ("filters", "participants", "central", "regional"),
    [
        (Filters(), 36, 17, 17),
        (Filters(programs=(CM,), angkatan=("IV",)), 26, 14, 12),
        (Filters(years=(2023,)), 30, 16, 13),
        (Filters(sectors=("regional",)), 17, 0, 17),
        (Filters(sectors=("regional",), levels=("regency",)), 8, 0, 8),
        (Filters(provinces=(DKI,)), 16, 15, 0),
        (Filters(years=(2023,), provinces=("Jawa Timur",)), 3, 0, 3),
        (Filters(programs=("Tidak ada",)), 0, 0, 0),
    ],
)
def test_apply_filters_on_several_cohorts(filters, participants, central, regional):
    numbers = kpis(apply_filters(multi_facts(), multi_cohorts(), filters))
    assert (numbers.participants, numbers.central, numbers.regional) == (participants, central, regional)


def test_apply_filters_without_filters_keeps_every_row():
    facts = multi_facts()
    assert len(apply_filters(facts, multi_cohorts(), Filters())) == len(facts)


def test_apply_filters_accepts_plain_string_columns():
    plain = multi_facts().astype({c: "str" for c in ("sector", "level", "province", "dimension", "value")})
    filtered = apply_filters(plain, multi_cohorts(), Filters(sectors=("central",)))
    assert by_sector(filtered)["count"].tolist() == [17, 0, 0, 0]


PROGRAM_OF = {2: CM, REFERENCE_ID: CM, 5: PKA, 6: LATSAR}
YEAR_OF = {2: 2023, REFERENCE_ID: 2023, 5: 2024, 6: 2024}


@settings(max_examples=30, deadline=None)
@given(
    participant_frames.map(
        lambda people: people.assign(cohort_id=people["cohort_id"].map({1: 2, 2: 4, 3: 5, 4: 6}))
    ),
    st.builds(
        Filters,
        years=_unique(st.sampled_from([2023, 2024])),
        sectors=_unique(st.sampled_from(list(SECTOR_CODES))),
        levels=_unique(st.sampled_from(list(LEVEL_CODES))),
        provinces=_unique(st.sampled_from([DKI, "Jawa Barat", "Aceh"])),
    ),
)
def test_apply_filters_equals_filtering_the_participants(people, filters):
    keep = pd.Series(True, index=people.index)
    if filters.years:
        keep &= people["cohort_id"].map(YEAR_OF).isin(filters.years)
    if filters.sectors:
        keep &= people["sector"].fillna("unknown").isin(filters.sectors)
    if filters.levels:
        keep &= people["level"].isin(filters.levels)
    if filters.provinces:
        keep &= people["province"].isin(filters.provinces)
    expected = kpis(facts_from_participants(people[keep]))
    assert kpis(apply_filters(facts_from_participants(people), multi_cohorts(), filters)) == expected


def test_multi_participants_fixture_is_consistent():
    assert len(multi_participants()) == 36


def test_filters_on_store_dtypes():
    cohorts = pd.concat(
        [multi_cohorts(), cohorts_frame((7, None, None, None, None, None))], ignore_index=True
    )
    cohorts = store_like(cohorts)
    assert selected_cohorts(cohorts, Filters(years=(2024,)))["cohort_id"].tolist() == [5, 6]
    assert selected_cohorts(cohorts, Filters(programs=(CM,), angkatan=("IV",)))["cohort_id"].tolist() == [
        REFERENCE_ID
    ]
    options = filter_options(cohorts, multi_facts())
    assert options["programs"] == [CM, LATSAR, PKA] and options["years"] == [2024, 2023]
    assert options["angkatan"] == ["I", "II", "IV"]


def test_an_agency_filter_reads_back_from_the_url_whole():
    """An agency name may hold a comma: never split; it round-trips through the URL."""
    query = {
        "instansi": ["Badan Kepegawaian Negara", "Dinas Pendidikan, Pemuda dan Olahraga"],
        "sektor": "kl",
    }
    filters = filters_from_query(query)
    assert filters.agencies == ("Badan Kepegawaian Negara", "Dinas Pendidikan, Pemuda dan Olahraga")
    assert filters_from_query(filters_to_query(filters)) == filters
    assert not filters.is_empty and not filters.selects_cohorts


def test_a_cohort_click_selects_its_program_year_and_angkatan():
    cohorts = cohorts_frame((1, CM, "iv", 2023, None, None), (2, PKA, "I", 2024, None, None),
                            (3, None, None, None, None, None))  # fmt: skip
    assert cohort_filters(cohorts, [1]) == {"programs": [CM], "years": [2023], "angkatan": ["IV"]}
    assert cohort_filters(cohorts, [3]) == {}
    assert cohort_filters(cohorts, [9]) == {}
    chosen = Filters(**cohort_filters(cohorts, [2]))
    assert selected_cohorts(cohorts, chosen)["cohort_id"].tolist() == [2]


@settings(max_examples=30, deadline=None)
@given(
    participant_frames.map(
        lambda people: people.assign(cohort_id=people["cohort_id"].map({1: 2, 2: 4, 3: 5, 4: 6}))
    ),
    st.builds(
        Filters,
        sectors=_unique(st.sampled_from(list(SECTOR_CODES))),
        levels=_unique(st.sampled_from(list(LEVEL_CODES))),
        provinces=_unique(st.sampled_from([DKI, "Jawa Barat", "Aceh"])),
    ),
)
def test_facts_summed_over_cohorts_give_every_number_of_a_selection_without_cohort_picks(people, filters):
    facts, cohorts = facts_from_participants(people), multi_cohorts()
    summed = summed_over_cohorts(facts)
    assert len(summed) <= len(facts)
    assert set(summed.loc[summed["dimension"] != "total", "cohort_id"]) <= {0}
    whole, small = apply_filters(facts, cohorts, filters), apply_filters(summed, cohorts, filters)
    assert kpis(small) == kpis(whole)
    assert summary_sentence(small, cohorts) == summary_sentence(whole, cohorts)
    assert stats.without_province(small) == stats.without_province(whole)
    for key, table in breakdowns.tables(whole, "id").items():
        pd.testing.assert_frame_equal(breakdowns.tables(small, "id")[key], table, obj=key)
    ordered = order_cohorts(cohorts)
    expected = stats.trend_tables(whole, ordered, "id", 2, in_order=True)
    found = stats.trend_tables(small, ordered, "id", 2, in_order=True)
    for name in ("trend", "share_by_cohort", "share_by_year", "program_year"):
        pd.testing.assert_frame_equal(getattr(found, name), getattr(expected, name), obj=name)
    assert found.n_cohorts == expected.n_cohorts
