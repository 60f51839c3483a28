"""peserta.slides: one model for the presentation and every export, its numbers straight from peserta.stats,
and small-count suppression."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peserta import figures, stats
from peserta.facts import facts_from_participants
from peserta.filters import Filters, apply_filters
from peserta.narrative import summary_sentence
from peserta.slides import (
    MAX_TREND_COHORTS,
    SMALL_COUNT,
    build_slides,
    cohort_table,
    count_text,
    describe_filters,
    display_table,
    figure_of,
    footer_text,
    for_room,
    slide_number,
    suppress_row_counts,
    suppress_small_counts,
)
from tests.factories import (
    CM,
    DKI,
    REFERENCE_ID,
    cohorts_frame,
    multi_cohorts,
    multi_facts,
    participants,
    reference_facts,
)

REFERENCE_KEYS = ["title", "sector", "level", "agencies", "provinces", "gender", "golongan", "age", "summary"]
MULTI_KEYS = [*REFERENCE_KEYS[:-1], "trend", "summary"]
# Slide key -> the stats function its table comes from.
BREAKDOWNS = {
    "sector": stats.by_sector,
    "level": stats.regional_by_level,
    "agencies": lambda facts, lang: stats.top_agencies(facts, 10, lang),
    "provinces": stats.by_province,
    "gender": stats.by_gender,
    "golongan": stats.by_golongan,
    "age": stats.by_age_band,
}
# Slide key -> the figure its presentation view draws (figure name in layout.meta).
FIGURE_NAMES = {
    "sector": "peserta-per-sektor",
    "level": "peserta-pemda-per-tingkat",
    "agencies": "instansi-terbanyak",
    "provinces": "peta-provinsi",
    "gender": "peserta-per-jenis-kelamin",
    "golongan": "peserta-per-golongan",
    "age": "peserta-per-kelompok-umur",
    "trend": "tren-peserta-per-angkatan",
}


def reference_slides(lang: str = "id", **kwargs: object) -> dict[str, object]:
    slides = build_slides(reference_facts(), multi_cohorts(), Filters(), lang, **kwargs)  # type: ignore[arg-type]
    return {slide.key: slide for slide in slides}


def multi_slides(**kwargs: object) -> list:
    return build_slides(multi_facts(), multi_cohorts(), Filters(), "id", **kwargs)  # type: ignore[arg-type]


def chart_totals(slide) -> list[int]:
    """Per category: the sum over the chart's series (hidden values count 0)."""
    return [
        int(sum(s.values[i] or 0 for s in slide.chart.series)) for i in range(len(slide.chart.categories))
    ]


# --- which slides ----------------------------------------------------------------------------------------


def test_reference_cohort_gives_nine_slides_in_order():
    slides = build_slides(reference_facts(), multi_cohorts(), Filters(), "id")
    assert [s.key for s in slides] == REFERENCE_KEYS  # one cohort: no trend slide
    assert [s.kind for s in slides] == [
        "title",
        "column",
        "column",
        "bar",
        "bar",
        "bar",
        "column",
        "column",
        "text",
    ]


def test_several_cohorts_add_the_trend_slide():
    slides = multi_slides()
    assert [s.key for s in slides] == MULTI_KEYS
    trend = slides[-2]
    assert trend.kind == "stacked"
    assert trend.chart.categories == (
        "Coaching Mentoring II/2023",
        "Coaching Mentoring IV/2023",
        "PKA I/2024",
        "Latsar II/2024",
    )


def test_title_slide_names_the_cohort_dates_venue_and_participants():
    title = reference_slides()["title"]
    assert title.title == "Pelatihan Coaching dan Mentoring Angkatan IV Tahun 2023"
    assert title.lines == ("5-8 September 2023", "Jakarta", "26 peserta")
    assert title.table[["participants", "central", "regional"]].iloc[0].tolist() == [26, 14, 12]


def test_title_slide_of_several_programs():
    title = multi_slides()[0]
    assert title.title == "Peserta 3 program pelatihan"
    assert title.lines == ("4 angkatan, 2023-2024", "Jakarta", "36 peserta")


ANGKATAN_WORDS = re.compile(r"\b(angkatan|cohorts?)\b", re.IGNORECASE)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("facts", [reference_facts, multi_facts], ids=["one cohort", "four cohorts"])
def test_title_slide_counts_the_angkatan_once(facts, lang):
    """The cover said '4 angkatan, 2023-2024' and then '36 peserta dari 4 angkatan' (one cohort: 'Angkatan IV'
    in the title, then '26 peserta dari 1 angkatan'): the angkatan are named or counted once."""
    title = build_slides(facts(), multi_cohorts(), Filters(), lang)[0]
    said = ANGKATAN_WORDS.findall(" / ".join([title.title, *title.lines]))
    assert len(said) == 1, (title.title, title.lines)


def test_no_participants_leaves_title_and_summary():
    slides = build_slides(reference_facts(), multi_cohorts(), Filters(years=(2030,)), "id")
    assert [s.key for s in slides] == ["title", "summary"]
    assert slides[-1].message == "Tidak ada peserta untuk filter ini."


def test_no_pemda_participants_drops_the_level_slide():
    slides = build_slides(reference_facts(), multi_cohorts(), Filters(sectors=("central",)), "id")
    assert "level" not in [s.key for s in slides]
    assert [s.key for s in slides][0:2] == ["title", "sector"]


# --- numbers: one source of truth ------------------------------------------------------------------------


@pytest.mark.parametrize("key", list(BREAKDOWNS))
@pytest.mark.parametrize("lang", ["id", "en"])
def test_slide_tables_are_the_stats_tables(key, lang):
    slide = reference_slides(lang)[key]
    expected = BREAKDOWNS[key](reference_facts(), lang)
    pd.testing.assert_frame_equal(slide.table.reset_index(drop=True), expected.reset_index(drop=True))


@pytest.mark.parametrize("key", list(BREAKDOWNS))
def test_chart_values_are_the_stats_counts(key):
    slide = reference_slides()[key]
    table = BREAKDOWNS[key](reference_facts(), "id")
    drawn = table[table["key"] != stats.OTHERS_KEY]  # the agencies' remainder is named, not drawn
    shown = drawn.set_index("label")["count"]
    totals = dict(zip(slide.chart.categories, chart_totals(slide), strict=True))
    assert {label: totals[label] for label in totals if label in shown} == {
        label: int(shown[label]) for label in slide.chart.categories if label in shown
    }
    assert len([label for label in totals if label not in shown]) == (key == "agencies")


@pytest.mark.parametrize(
    ("key", "categories", "values"),
    [
        ("sector", ("Kementerian/Lembaga", "Pemerintah Daerah"), [14, 12]),
        ("level", ("Pemerintah provinsi", "Pemerintah kabupaten", "Pemerintah kota"), [2, 5, 5]),
        ("gender", ("Laki-laki", "Perempuan", "Tidak diketahui"), [13, 12, 1]),
        # no '60+ tahun' at 0: the dashboard leaves out empty groups of golongan and age
        ("age", ("< 30 tahun", "30-39 tahun", "40-49 tahun", "50-59 tahun", "Tidak diketahui"), [3, 9, 10, 3, 1]),
        ("golongan", ("Golongan II", "Golongan III", "Golongan IV", "PPPK", "Tidak diketahui"), [2, 12, 10, 1, 1]),
    ],
)  # fmt: skip
def test_reference_chart_data(key, categories, values):
    chart = reference_slides()[key].chart
    assert chart.categories == categories
    assert list(chart.series[0].values) == values
    assert sum(values) == (12 if key == "level" else 26)  # every participant (Pemda's for the levels)
    assert chart.series[0].name == "Peserta"


def test_sector_chart_uses_the_sector_colours():
    chart = reference_slides()["sector"].chart
    assert chart.series[0].colours == (figures.SECTOR_COLOURS["central"], figures.SECTOR_COLOURS["regional"])


def test_agencies_chart_has_one_series_per_sector_and_keeps_every_count():
    slide = reference_slides()["agencies"]
    names = [s.name for s in slide.chart.series]
    assert names == ["Kementerian/Lembaga", "Pemerintah Daerah"]
    table = stats.top_agencies(reference_facts(), 10, "id")
    # The remainder, as on the dashboard, is a named row without a bar (7 beside the largest agency's 4).
    rest = int(table.loc[table["key"] == stats.OTHERS_KEY, "count"].iloc[0])
    assert slide.chart.categories[-1] == f"Lainnya (7 instansi): {rest} peserta, tidak digambar"
    assert chart_totals(slide) == [*table["count"].tolist()[:-1], 0]
    central = slide.chart.series[0]
    for value, sector in zip(central.values, table["sector"], strict=True):
        assert (value is not None) == (sector == "central")


def test_trend_chart_is_the_cohort_trend():
    slide = multi_slides()[-2]
    trend = stats.cohort_trend(multi_facts(), multi_cohorts(), "id")
    for series in slide.chart.series:
        sector = trend[trend["label"] == series.name]
        assert list(series.values) == sector["count"].tolist()


def test_many_cohorts_show_the_pemda_share_per_year():
    rows, cohorts = [], []
    for i in range(MAX_TREND_COHORTS + 1):
        year = 2021 + i % 3
        cohorts.append((100 + i, CM, str(i + 1), year, date(year, 3, 1), date(year, 3, 4)))
        rows += [(100 + i, "central", "ministry", DKI, "Kementerian Keuangan", "L", "III", "30-39")] * 3
        rows += [(100 + i, "regional", "city", DKI, "Pemerintah Kota Bogor", "P", "III", "30-39")] * (
            1 + i % 3
        )
    facts = facts_from_participants(participants(*rows))
    frame = cohorts_frame(*cohorts)
    trend = [s for s in build_slides(facts, frame, Filters(), "id") if s.key == "trend"][0]
    by_year = stats.regional_share_by_year(facts, frame)
    assert trend.kind == "line"
    assert trend.chart.categories == ("2021", "2022", "2023")
    assert list(trend.chart.series[0].values) == pytest.approx(by_year["regional_share"].tolist())
    assert trend.chart.number_format == "0.0%"
    assert trend.figure().layout.meta["name"] == "tren-porsi-pemda"


def test_many_cohorts_in_one_year_have_no_trend_slide():
    cohorts = [(200 + i, CM, str(i + 1), 2023, None, None) for i in range(MAX_TREND_COHORTS + 1)]
    rows = [
        (200 + i, "central", "ministry", DKI, "Kementerian Keuangan", "L", "III", "30-39") for i in range(21)
    ]
    slides = build_slides(
        facts_from_participants(participants(*rows)), cohorts_frame(*cohorts), Filters(), "id"
    )
    assert "trend" not in [s.key for s in slides]


def test_summary_is_the_dashboards_sentence():
    slide = reference_slides()["summary"]
    assert slide.message == summary_sentence(reference_facts(), multi_cohorts(), "id")
    assert dict(zip(slide.table["key"], slide.table["count"], strict=True))["participants"] == 26


def test_filters_applied_inside_or_before_give_the_same_slides():
    filters = Filters(angkatan=("IV",), sectors=("regional",))
    inside = build_slides(multi_facts(), multi_cohorts(), filters, "id")
    before = build_slides(
        apply_filters(multi_facts(), multi_cohorts(), filters), multi_cohorts(), filters, "id"
    )
    assert [(s.key, s.message) for s in inside] == [(s.key, s.message) for s in before]
    assert inside[1].chart.series[0].values == (0, 12)  # K/L 0, Pemda 12


@pytest.mark.parametrize("key", list(FIGURE_NAMES))
def test_figures_are_the_dashboards(key):
    slide = {s.key: s for s in multi_slides()}[key]
    assert slide.figure().layout.meta["name"] == FIGURE_NAMES[key]


def test_english_slides():
    slides = reference_slides("en")
    assert slides["sector"].title == "Participants by agency type"
    assert slides["sector"].message == (
        "Ministries and agencies: 14 participants (53.8%) and Regional governments: 12 participants (46.2%)."
    )
    assert slides["title"].lines[-1] == "26 participants"


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("sector", "Kementerian/Lembaga: 14 peserta (53,8%) dan Pemerintah Daerah: 12 peserta (46,2%)."),
        ("level", "Dari 12 peserta Pemda: Pemerintah provinsi: 2 peserta (16,7%), Pemerintah kabupaten: "
                  "5 peserta (41,7%), dan Pemerintah kota: 5 peserta (41,7%)."),
        ("agencies", "Peserta berasal dari 17 instansi; terbanyak dari Lembaga Administrasi Negara (4 peserta)."),
        ("provinces", "Instansi peserta berada di 8 provinsi; terbanyak di Daerah Khusus Ibukota Jakarta "
                      "(12 peserta)."),
        ("golongan", "Terbanyak Golongan III: 12 peserta (46,2%)."),
        ("age", "Terbanyak 40-49 tahun: 10 peserta (38,5%)."),
    ],
)  # fmt: skip
def test_one_message_per_slide(key, message):
    assert reference_slides()[key].message == message


def test_slides_hold_no_person_columns():
    for slide in multi_slides():
        assert not {"name", "nip", "nama"} & {str(c).lower() for c in slide.table.columns}


# --- suppression -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("counts", "hidden"),
    [
        ([14, 12], [False, False]),
        ([14, 3], [True, True]),  # 3 alone would follow from the total: 14 is hidden too
        ([20, 10, 3, 0], [False, True, True, False]),
        ([20, 10, 3, 2], [False, False, True, True]),
        ([0, 0, 0], [False, False, False]),
        ([4], [True]),
        ([4, 0], [True, False]),
        ([5, 6], [False, False]),
        ([5, 4, 1], [False, True, True]),
        ([1, 1, 1, 30], [True, True, True, False]),
    ],
)
def test_suppress_small_counts(counts, hidden):
    table = pd.DataFrame({"key": list("abcd"[: len(counts)]), "count": counts, "share": [0.1] * len(counts)})
    out = suppress_small_counts(table)
    assert out["suppressed"].tolist() == hidden
    assert [pd.isna(c) for c in out["count"]] == hidden
    assert [np.isnan(s) for s in out["share"]] == hidden
    assert table["count"].tolist() == counts  # the input is not changed


def test_suppression_by_group_completes_each_group_on_its_own():
    table = pd.DataFrame({"group": [1, 1, 2, 2], "count": [10, 3, 10, 8]})
    assert suppress_small_counts(table, by="group")["suppressed"].tolist() == [True, True, False, False]


def test_suppress_row_counts_hides_per_row():
    table = pd.DataFrame({"central": [14, 2, 30], "regional": [12, 1, 3], "other": [0, 0, 6]})
    out = suppress_row_counts(table, ["central", "regional", "other"])
    assert [[pd.isna(v) for v in row] for row in out.itertuples(index=False)] == [
        [False, False, False],
        [True, True, False],
        [False, True, True],
    ]


@given(st.lists(st.integers(min_value=0, max_value=40), min_size=1, max_size=12), st.integers(2, 10))
@settings(max_examples=200, deadline=None)
def test_suppression_invariants(counts, k):
    out = suppress_small_counts(pd.DataFrame({"count": counts}), k)
    hidden = out["suppressed"].tolist()
    for count, was_hidden in zip(counts, hidden, strict=True):
        if 0 < count < k:
            assert was_hidden  # every small count is hidden
        if count == 0:
            assert not was_hidden  # zeros stay
    others = [c for c, h in zip(counts, hidden, strict=True) if not h and c > 0]
    assert sum(hidden) != 1 or not others  # one hidden count is never recoverable from the total
    shown = [int(c) for c in out["count"] if not pd.isna(c)]
    assert shown == [c for c, h in zip(counts, hidden, strict=True) if not h]


def test_suppressed_slides_show_less_than_five_and_no_figure():
    slides = {s.key: s for s in multi_slides(suppress_small=True)}
    sector = slides["sector"]
    assert sector.suppressed and sector.figure is None
    assert sector.chart.series[0].values == (17, 17, None, None)
    assert sector.chart.series[0].labels == (None, None, "< 5", "< 5")
    assert "Bukan instansi pemerintah: < 5 peserta" in sector.message
    assert display_table(sector)["Jumlah"].tolist() == ["17", "17", "< 5", "< 5"]
    assert slides["summary"].message.startswith(sector.message)
    assert "(2,8%)" not in " ".join(s.message for s in slides.values())  # no share of a hidden count


@pytest.mark.parametrize("key", ["golongan", "age"])
def test_a_table_in_place_of_a_chart_leaves_out_the_groups_the_chart_leaves_out(key):
    """With small counts hidden the page and the PDF show the numbers as a table: the same groups as the
    deck's chart and the dashboard's figure (none of 'Golongan I', 'Golongan II', 'PPPK' at 0)."""
    slide = reference_slides(suppress_small=True)[key]
    shown = display_table(slide)
    assert tuple(shown.iloc[:, 0]) == slide.chart.categories
    assert "0" not in shown.iloc[:, 1].tolist()


def test_suppression_keeps_totals_and_distinct_counts():
    summary = {s.key: s for s in multi_slides(suppress_small=True)}["summary"]
    counts = dict(zip(summary.table["key"], summary.table["count"], strict=True))
    assert (counts["participants"], counts["cohorts"], counts["agencies"]) == (36, 4, 22)
    assert pd.isna(counts["other"]) and pd.isna(counts["unknown"])


@given(
    st.lists(
        st.tuples(
            st.sampled_from([1, 2, 3]),
            st.sampled_from(
                [("central", "ministry"), ("regional", "city"), ("regional", "regency"), ("other", "")]
            ),
            st.sampled_from([DKI, "Jawa Barat", "Bali", ""]),
            st.sampled_from(["Kementerian Keuangan", "Pemerintah Kota Bogor", "=1+1", "BUMN X"]),
            st.sampled_from(["L", "P", None]),
            st.sampled_from(["III", "IV", None]),
            st.sampled_from(["30-39", "<30", None]),
        ),
        min_size=1,
        max_size=60,
    ),
    st.booleans(),
)
@settings(max_examples=40, deadline=None)
def test_every_chart_agrees_with_its_table(people, suppress):
    rows = [(c, s, lv, p, a, g, gol, age) for c, (s, lv), p, a, g, gol, age in people]
    facts = facts_from_participants(participants(*rows))
    cohorts = cohorts_frame(*[(i, CM, "I" * i, 2023, None, None) for i in (1, 2, 3)])
    for slide in build_slides(facts, cohorts, Filters(), "id", suppress_small=suppress):
        if slide.chart is None or slide.key == "trend":
            continue
        table = slide.table.set_index("label")
        for category, total in zip(slide.chart.categories, chart_totals(slide), strict=True):
            expected = table.loc[category, "count"]
            assert total == (0 if pd.isna(expected) else int(expected))
        if slide.key in ("sector", "gender", "golongan", "age", "provinces") and not suppress:
            assert sum(chart_totals(slide)) == len(rows)


# --- text helpers ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("filters", "lang", "text"),
    [
        (Filters(), "id", "semua angkatan"),
        (Filters(), "en", "all cohorts"),
        (Filters(years=(2023,), sectors=("regional",)), "id", "Tahun: 2023; Jenis instansi: Pemerintah Daerah"),
        (Filters(programs=(CM,), angkatan=("IV",)), "en",
         "Training program: Pelatihan Coaching dan Mentoring; Cohort (angkatan): IV"),
        (Filters(levels=("city", "regency")), "id", "Tingkat instansi: Pemerintah kota, Pemerintah kabupaten"),
        # a click on an agency's bar narrows every export: its footer and recap say so
        (Filters(provinces=("Jawa Timur",), agencies=("Kementerian Keuangan",)), "id",
         "Provinsi: Jawa Timur; Instansi: Kementerian Keuangan"),
    ],
)  # fmt: skip
def test_describe_filters(filters, lang, text):
    assert describe_filters(filters, lang) == text


def test_describe_filters_is_cut_to_a_limit():
    text = describe_filters(Filters(programs=tuple(f"Program {i}" for i in range(50))), "id", limit=40)
    assert len(text) == 40 and text.endswith("\u2026")


def test_footer_names_filters_source_time_and_sample_data():
    moment = datetime(2023, 9, 5, 7, 3, tzinfo=UTC)
    sample = footer_text(Filters(angkatan=("IV",)), multi_cohorts(), "id", moment)
    assert sample == (
        "Filter: Angkatan: IV · Sumber: Dasbor Peserta Pelatihan, DATA CONTOH (roster fiktif) · "
        "Dibuat 5 September 2023 14.03 WIB"
    )
    real = multi_cohorts().assign(is_sample=False)
    assert "DATA CONTOH" not in footer_text(Filters(), real, "id", moment)
    assert footer_text(Filters(), real, "en", moment).startswith("Filters: all cohorts · Source:")


@pytest.mark.parametrize(
    ("raw", "count", "number"),
    [(None, 9, 1), ("3", 9, 3), ("0", 9, 1), ("-1", 9, 1), ("99", 9, 9), ("abc", 9, 1), ("3.5", 9, 1),
     ("\u0663", 9, 1), (4, 9, 4), ("", 9, 1), ("10000000", 9, 1), ("2", 0, 1), (True, 9, 1)],
)  # fmt: skip
def test_slide_number(raw, count, number):
    assert slide_number(raw, count) == number


@pytest.mark.parametrize(("value", "text"), [(5, "5"), (1234, "1.234"), (pd.NA, "< 5"), (None, "< 5")])
def test_count_text(value, text):
    assert count_text(value, "id") == text


def test_cohort_table_counts_every_sector():
    table = cohort_table(multi_facts(), multi_cohorts(), "id")
    assert table["cohort_id"].tolist() == [2, REFERENCE_ID, 5, 6]
    assert (table[list(stats.SECTORS)].sum(axis=1) == table["participants"]).all()
    assert table["period"].tolist() == [
        "15-18 Mei 2023",
        "5-8 September 2023",
        "19 Februari-21 Juni 2024",
        "",
    ]


def test_for_room_enlarges_text_and_keeps_the_name():
    original = figures.participants_by_sector(stats.by_sector(reference_facts()))
    big = for_room(original, height=600)
    assert big.layout.font.size == 22 and big.layout.height == 600
    assert big.data[0].textfont.size == 22
    assert big.layout.meta["name"] == "peserta-per-sektor"
    assert original.layout.font.size == 15  # the dashboard's figure is left as it was


def test_figure_of_a_text_slide_is_none():
    assert figure_of(reference_slides()["summary"]) is None
    assert figure_of(reference_slides()["sector"], room=True).layout.font.size == 22


def test_small_count_constant_is_five():
    assert SMALL_COUNT == 5
