"""peserta.figures: one chart per function, checked on the data it draws."""

from __future__ import annotations

import html
import json

import pandas as pd
import plotly.graph_objects as go
import pytest

from loaders.agencies import all_provinces
from peserta import figures
from peserta.facts import facts_from_participants
from peserta.figures import SECTOR_COLOURS, figure_name, program_short, province_tiles
from peserta.stats import (
    OTHERS_KEY,
    by_age_band,
    by_gender,
    by_golongan,
    by_province,
    by_sector,
    cohort_trend,
    regional_by_level,
    regional_share_by_cohort,
    regional_share_by_year,
    top_agencies,
)
from tests.factories import DKI, multi_cohorts, multi_facts, participants, reference_facts

HOSTILE = "<b>Dinas</b> *x*"
HOSTILE_ESCAPED = "&lt;b&gt;Dinas&lt;/b&gt; *x*"


def hostile_facts() -> pd.DataFrame:
    """Reference cohort plus three people from an agency whose name looks like markup."""
    extra = facts_from_participants(
        participants(*[(4, "regional", "city", DKI, HOSTILE, "L", "III", "30-39")] * 3)
    )
    return pd.concat([reference_facts(), extra], ignore_index=True)


def texts_of(figure: go.Figure) -> list[str]:
    """Every text on a figure's marks, flattened."""
    out: list[str] = []
    for trace in figure.data:
        text = getattr(trace, "text", None)
        if text is None:
            continue
        flat = pd.Series(list(text)).explode() if not isinstance(text, str) else pd.Series([text])
        out.extend(str(x) for x in flat if x)
    return out


def all_strings(figure: go.Figure) -> str:
    """The figure as JSON: everything plotly would render."""
    return json.dumps(figure.to_plotly_json(), default=str)


# Every figure function with a table that has data, by name.
def _cases(lang: str = "id") -> dict[str, tuple[object, pd.DataFrame]]:
    facts, cohorts = multi_facts(), multi_cohorts()
    return {
        "participants_by_sector": (figures.participants_by_sector, by_sector(facts, lang)),
        "regional_by_level": (figures.regional_by_level, regional_by_level(facts, lang)),
        "top_agencies": (figures.top_agencies, top_agencies(facts, 5, lang)),
        "province_bar": (figures.province_bar, by_province(facts, lang)),
        "province_tile_map": (figures.province_tile_map, by_province(facts, lang)),
        "gender_split": (figures.gender_split, by_gender(facts, lang)),
        "golongan_bars": (figures.golongan_bars, by_golongan(facts, lang)),
        "age_bands": (figures.age_bands, by_age_band(facts, lang)),
        "cohort_trend_stacked": (figures.cohort_trend_stacked, cohort_trend(facts, cohorts, lang)),
        "regional_share_trend": (figures.regional_share_trend, regional_share_by_cohort(facts, cohorts)),
    }


CASES = _cases()


@pytest.mark.parametrize(
    ("name", "trace_type"),
    [
        ("participants_by_sector", "bar"),
        ("regional_by_level", "bar"),
        ("top_agencies", "bar"),
        ("province_bar", "bar"),
        ("province_tile_map", "heatmap"),
        ("gender_split", "bar"),
        ("golongan_bars", "bar"),
        ("age_bands", "bar"),
        ("cohort_trend_stacked", "bar"),
        ("regional_share_trend", "scatter"),
    ],
)
def test_trace_types_and_names(name, trace_type):
    function, table = CASES[name]
    figure = function(table)
    marks = [
        t for t in figure.data if not ((t.meta or {}).get("total") or (t.meta or {}).get("click_targets"))
    ]
    assert {trace.type for trace in marks} == {trace_type}
    assert figure_name(figure) == figures.FIGURE_NAMES[name]


@pytest.mark.parametrize("name", sorted(CASES))
@pytest.mark.parametrize(("lang", "separators"), [("id", ",."), ("en", ".,")])
def test_common_layout(name, lang, separators):
    function, table = _cases(lang)[name]
    figure = function(table, lang)
    assert figure.layout.separators == separators
    assert figure.layout.font.size >= 14
    assert figure.layout.title.text  # a default title from i18n, for the PNG download
    for axis in (figure.layout.xaxis, figure.layout.yaxis):
        assert not axis.showgrid


@pytest.mark.parametrize("name", sorted(CASES))
def test_empty_table_gives_an_explanatory_figure(name):
    function, table = CASES[name]
    figure = function(table.iloc[0:0])
    assert len(figure.data) == 0
    note = figure.layout.annotations[0].text
    assert note.replace("<br>", " ").startswith("Tidak ada peserta untuk filter ini")
    assert (
        max(len(line) for line in note.split("<br>")) <= figures.EMPTY_LINE_CHARS
    )  # fits a half-width chart
    assert figure.layout.xaxis.visible is False and figure.layout.yaxis.visible is False
    assert figure_name(figure) == figures.FIGURE_NAMES[name]


def test_title_can_be_replaced_or_hidden():
    table = by_sector(reference_facts())
    assert (
        figures.participants_by_sector(table, title="Angkatan <IV>").layout.title.text
        == "Angkatan &lt;IV&gt;"
    )
    assert figures.participants_by_sector(table, title="").layout.title.text is None


def test_participants_by_sector_reference_cohort():
    figure = figures.participants_by_sector(by_sector(reference_facts()))
    bar = figure.data[0]
    assert list(bar.x) == ["Kementerian/Lembaga", "Pemerintah Daerah"]
    assert list(bar.y) == [14, 12]
    assert list(bar.text) == ["14 (53,8%)", "12 (46,2%)"]
    assert list(bar.marker.color) == [SECTOR_COLOURS["central"], SECTOR_COLOURS["regional"]]


def test_participants_by_sector_in_english():
    bar = figures.participants_by_sector(by_sector(reference_facts(), "en"), "en").data[0]
    assert list(bar.x) == ["Ministries and agencies", "Regional governments"]
    assert list(bar.text) == ["14 (53.8%)", "12 (46.2%)"]


def test_participants_by_sector_shows_other_and_unknown_only_when_present():
    figure = figures.participants_by_sector(by_sector(multi_facts()))
    assert list(figure.data[0].marker.color) == [
        SECTOR_COLOURS[s] for s in ("central", "regional", "other", "unknown")
    ]
    figure = figures.participants_by_sector(by_sector(reference_facts()), keep_empty=True)
    assert len(figure.data[0].x) == 4
    # four names side by side no longer run into each other ("Pemerintah DaerBukan instansi pemerintah")
    assert all(len(line) <= 20 for name in figure.data[0].x for line in name.split("<br>"))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_sector_names_under_narrow_bars_are_wrapped_whole(lang):
    """Three or four bars side by side: each name wraps onto up to three lines, none is cut ('Ministries /
    and agen…' under the English headline chart, 'Bukan / instansi…' under the Indonesian one)."""
    table = by_sector(multi_facts(), lang)
    shown = figures.participants_by_sector(table, lang).data[0].x
    assert [name.replace("<br>", " ") for name in shown] == list(table.query("count > 0")["label"])


def test_sector_colours_are_the_okabe_ito_pair():
    assert SECTOR_COLOURS["central"] == "#0072B2" and SECTOR_COLOURS["regional"] == "#D55E00"


def test_regional_by_level_in_pemda_colour():
    bar = figures.regional_by_level(regional_by_level(reference_facts())).data[0]
    assert list(bar.x) == [  # three or more bars side by side: names on two lines
        "Pemerintah<br>provinsi",
        "Pemerintah<br>kabupaten",
        "Pemerintah<br>kota",
    ]  # unknown 0: hidden
    assert set(bar.marker.color) == {SECTOR_COLOURS["regional"]}
    assert list(bar.text) == ["2 (16,7%)", "5 (41,7%)", "5 (41,7%)"]


def test_top_agencies_coloured_by_sector_largest_on_top():
    figure = figures.top_agencies(top_agencies(hostile_facts(), n=3))
    by_sector_trace = {trace.meta["sector"]: trace for trace in figure.data}
    assert set(by_sector_trace) == {"central", "regional"}  # the grey 'Lainnya' bar is a note now
    assert by_sector_trace["central"].marker.color == SECTOR_COLOURS["central"]
    assert by_sector_trace["regional"].marker.color == SECTOR_COLOURS["regional"]
    assert figure.data[0].orientation == "h"
    assert figure.layout.yaxis.autorange == "reversed"
    order = list(figure.layout.yaxis.categoryarray)
    assert order[:2] == ["Lembaga Administrasi Negara", HOSTILE_ESCAPED] and len(order) == 3
    assert "4 (13,8%)" in texts_of(figure)


def test_top_agencies_remainder_is_a_note_not_a_bar():
    table = top_agencies(hostile_facts(), n=3)
    figure = figures.top_agencies(table)
    drawn = [y for trace in figure.data for y in trace.y]
    assert not any(str(y).startswith("Lainnya") for y in drawn)
    rest = int(table.loc[table["key"] == OTHERS_KEY, "count"].iloc[0])
    assert [a.text for a in figure.layout.annotations] == [
        f"Lainnya (15 instansi):<br>{rest} peserta, tidak digambar"  # two lines: it fits a phone
    ]
    assert sum(int(x) for trace in figure.data for x in trace.x) + rest == int(table["count"].sum())
    english = figures.top_agencies(top_agencies(hostile_facts(), 3, "en"), "en")
    assert english.layout.annotations[0].text == f"Others (15 agencies):<br>{rest} participants, not drawn"
    whole = figures.top_agencies(top_agencies(hostile_facts(), n=50))  # no remainder: no note
    assert not whole.layout.annotations


def test_user_text_is_escaped_everywhere():
    figure = figures.top_agencies(top_agencies(hostile_facts(), n=3))
    rendered = all_strings(figure)
    assert HOSTILE not in rendered
    assert HOSTILE_ESCAPED in rendered
    regional = next(trace for trace in figure.data if trace.meta["sector"] == "regional")
    assert list(regional.y) == [HOSTILE_ESCAPED]
    assert regional.customdata[0][0] == HOSTILE_ESCAPED


def test_hostile_program_name_is_escaped_on_trend_figures():
    cohorts = multi_cohorts().assign(
        program=lambda f: f["program"].where(f["cohort_id"] != 4, "<a href='x'>P</a>")
    )
    rendered = all_strings(figures.cohort_trend_stacked(cohort_trend(multi_facts(), cohorts)))
    rendered += all_strings(figures.regional_share_trend(regional_share_by_cohort(multi_facts(), cohorts)))
    assert "<a href" not in rendered
    assert "&lt;a href=&#x27;x&#x27;&gt;P&lt;/a&gt;" in rendered


@pytest.mark.parametrize(
    ("name", "axis"),
    [("Pemerintah Provinsi Daerah Khusus Ibukota Jakarta", "Pemerintah Provinsi Daerah<br>Khusus Ibukota Jakarta"),
     ("Badan Pengembangan Sumber Daya Manusia Kementerian Dalam Negeri Republik Indonesia",
      "Badan Pengembangan Sumber Daya<br>Manusia Kementerian Dalam Neg\u2026"),
     ("Kementerian Agama", "Kementerian Agama"),
     ("<b>Dinas</b> Kesehatan Kabupaten Bandung Barat", "&lt;b&gt;Dinas&lt;/b&gt; Kesehatan<br>Kabupaten Bandung Barat")],
)  # fmt: skip
def test_long_agency_names_wrap_on_the_axis_and_show_whole_on_hover(name, axis):
    facts = facts_from_participants(participants((1, "central", "ministry", DKI, name, "L", "III", "30-39")))
    figure = figures.top_agencies(top_agencies(facts))
    assert figure.data[0].y[0] == axis
    assert all(len(line) <= figures.AXIS_LINE_CHARS + 1 for line in html.unescape(axis).split("<br>"))
    assert figure.data[0].customdata[0][0] == html.escape(name)
    assert figure.layout.yaxis.automargin
    if "<br>" in axis:  # two-line names get taller rows
        assert figure.layout.height >= 140 + figures.WRAPPED_ROW_HEIGHT


def test_province_bar_sorted_with_unknown_grey():
    bar = figures.province_bar(by_province(multi_facts())).data[0]
    assert list(bar.y)[:2] == [DKI, "Jawa Barat"] and bar.y[-1] == "Tidak diketahui"
    assert bar.marker.color[-1] == figures.UNKNOWN_COLOUR
    assert bar.text[0] == "16 (44,4%)"


def test_tile_map_has_a_tile_for_every_province_and_no_map_traces():
    figure = figures.province_tile_map(by_province(multi_facts()))
    # heatmaps for the tiles, one invisible point per tile for the hover and the click
    assert [trace.type for trace in figure.data[:-1]] == ["heatmap", "heatmap"]
    assert figure.data[-1].type == "scatter" and figure.data[-1].marker.opacity == 0
    layout = figure.to_plotly_json()["layout"]
    layout.pop("template")  # plotly's template lists defaults for every trace type, drawn or not
    assert not [key for key in layout if key.startswith(("geo", "mapbox", "map"))]
    cells = [list(cell) for cell in figure.data[-1].customdata]
    hovers = [hover for hover, _, _ in cells]
    assert len(hovers) == 38
    assert {province for _, _, province in cells} == {html.escape(p) for p in all_provinces()}
    assert {h.split(":")[0] for h in hovers} == set(all_provinces())
    assert (
        f"{DKI}: 16 (44,4%)" in hovers and "Bali: 2 (5,6%)" in hovers and "Papua Selatan: 0 (0,0%)" in hovers
    )
    heatmaps = figure.data[:-1]
    tiles = [t for trace in heatmaps for row in trace.text for t in row if t]
    assert "DKI<br>16" in tiles and "Papsel<br>0" in tiles
    filled = next(trace for trace in heatmaps if trace.showscale)
    empty = next(trace for trace in heatmaps if not trace.showscale)
    assert empty.colorscale[0][1] == figures.EMPTY_TILE_COLOUR
    assert filled.zmin == 1
    assert figure.layout.annotations[0].text == "Tanpa provinsi (mis. kantor pusat K/L): 1"
    english = figures.province_tile_map(by_province(multi_facts(), "en"), "en")
    assert english.layout.annotations[0].text == "No province (e.g. ministry head offices): 1"


def test_tile_grid_reference_data():
    tiles = province_tiles()
    assert sorted(tiles["province"]) == sorted(all_provinces())
    assert not tiles.duplicated(["col", "row"]).any()
    assert tiles["label"].str.len().max() <= 9
    west, east = (tiles.set_index("province").loc[p, "col"] for p in ("Aceh", "Papua"))
    assert west < east


@pytest.mark.parametrize(
    ("breakdown", "function", "labels"),
    [
        (by_gender, figures.gender_split, ["Laki-laki", "Perempuan", "Tidak diketahui"]),
        (by_golongan, figures.golongan_bars, ["Golongan I", "Golongan II", "Golongan III", "Golongan IV", "PPPK",
                                              "Tidak diketahui"]),
        (by_age_band, figures.age_bands, ["< 30 tahun", "30-39 tahun", "40-49 tahun", "50-59 tahun", "60+ tahun",
                                          "Tidak diketahui"]),
    ],
)  # fmt: skip
def test_profile_figures_keep_the_breakdown_order(breakdown, function, labels):
    table = breakdown(reference_facts())
    bar = function(table).data[0]
    axis = bar.y if bar.orientation == "h" else bar.x
    present = set(table.loc[table["count"] > 0, "label"])
    expected = [label for label in labels if label in present]  # empty groups and bands left out, order kept
    if bar.orientation == "h":
        assert list(axis) == [html.escape(label) for label in expected]  # plotly shows "&lt;" as "<"
    else:
        assert [html.unescape(x.replace("<br>", " ")) for x in axis] == expected
    assert all("(" in text and "%" in text for text in bar.text)


@pytest.mark.parametrize("function", [figures.golongan_bars, figures.age_bands])
def test_narrow_profile_bars_read_at_full_size(function):
    facts = reference_facts()
    table = (by_golongan if function is figures.golongan_bars else by_age_band)(facts)
    figure = function(table)
    bar = figure.data[0]
    assert (bar.textposition, bar.constraintext, bar.cliponaxis) == ("outside", "none", False)
    assert bar.textfont.size >= 13
    assert all(text.count("<br>") == 1 for text in bar.text)  # '12<br>(46,2%)': fits a narrow bar
    assert figure.layout.xaxis.tickangle == 0
    assert "Tidak<br>diketahui" in list(bar.x)  # our label, wrapped to stay under its bar
    assert all(len(line) <= figures.TICK_LINE_CHARS for x in bar.x for line in html.unescape(x).split("<br>"))
    assert figure.layout.yaxis.range[1] >= 1.25 * max(bar.y)


def test_zero_bars_have_no_label():
    table = by_sector(reference_facts())
    bar = figures.participants_by_sector(table, keep_empty=True).data[0]
    assert list(bar.text) == ["14 (53,8%)", "12 (46,2%)", "", ""]
    assert bar.customdata[2][1] == "0 (0,0%)"  # the hover still says so


@pytest.mark.parametrize(
    ("function", "table"),
    [(figures.gender_split, by_gender(multi_facts())), (figures.province_bar, by_province(multi_facts())),
     (figures.top_agencies, top_agencies(multi_facts(), 5))],
)  # fmt: skip
def test_horizontal_bars_leave_room_for_the_outside_label(function, table):
    figure = function(table)
    texts = texts_of(figure)
    longest = max(len(text) for text in texts)
    assert figure.layout.margin.r >= longest * figures.TEXT_SIZE * figures.CHAR_WIDTH
    bars = [trace for trace in figure.data if trace.type == "bar"]
    assert all(trace.cliponaxis is False and trace.constraintext == "none" for trace in bars)
    assert figure.layout.xaxis.range[1] >= 1.25 * max(int(x) for trace in bars for x in trace.x)


def test_cohort_trend_stacked_by_sector():
    figure = figures.cohort_trend_stacked(cohort_trend(multi_facts(), multi_cohorts()))
    assert figure.layout.barmode == "stack"
    bars = [trace for trace in figure.data if trace.type == "bar"]
    colours = {trace.meta["sector"]: trace.marker.color for trace in bars}
    assert colours == SECTOR_COLOURS
    central = next(trace for trace in bars if trace.meta["sector"] == "central")
    assert list(central.y) == [2, 14, 1, 0]
    # counts on the bars (a share does not fit a narrow bar and was hidden), the share in the hover
    assert list(central.text) == ["2", "14", "1", ""]
    assert "Kementerian/Lembaga: 14 (53,8%)" in central.customdata[1][0]
    assert list(figure.layout.xaxis.ticktext) == [
        "Coaching<br>Mentoring<br>II/2023",  # no abbreviation in common use: its two words, not 'PCM'
        "Coaching<br>Mentoring<br>IV/2023",
        "PKA<br>I/2024",
        "Latsar<br>II/2024",  # the name people use, not 'PDCPNS'
    ]
    totals = next(trace for trace in figure.data if trace.meta == {"total": True})
    assert (list(totals.text), list(totals.y), totals.mode) == (["4", "26", "3", "3"], [4, 26, 3, 3], "text")


def test_cohort_trend_leaves_out_absent_other_and_unknown():
    figure = figures.cohort_trend_stacked(cohort_trend(reference_facts(), multi_cohorts()))
    assert [trace.meta.get("sector") for trace in figure.data] == ["central", "regional", None]


def test_regional_share_trend_per_cohort_and_per_year():
    figure = figures.regional_share_trend(regional_share_by_cohort(multi_facts(), multi_cohorts()))
    # one line per program with a trend (Coaching Mentoring II and IV/2023), never one series joining
    # programs; the programs of one cohort (PKA I/2024, Latsar II/2024) are points without a line, together
    assert [(trace.name, list(trace.x), trace.mode) for trace in figure.data] == [
        ("Coaching Mentoring", [0, 1], "lines+markers+text"),
        ("Program lain", [2, 3], "markers+text"),
    ]
    assert {trace.marker.color for trace in figure.data} == {SECTOR_COLOURS["regional"]}
    assert figure.data[0].line.color == SECTOR_COLOURS["regional"] and figure.layout.showlegend
    line = figure.data[0]
    assert [text for trace in figure.data for text in trace.text] == ["25,0%", "46,2%", "66,7%", "66,7%"]
    assert "12 / 26 (46,2%)" in line.customdata[1]
    by_year = figures.regional_share_trend(regional_share_by_year(multi_facts(), multi_cohorts()), "en")
    assert list(by_year.layout.xaxis.ticktext) == ["2023", "2024"]
    assert list(by_year.data[0].text) == ["43.3%", "66.7%"]
    assert by_year.layout.title.text == "Regional-government share per year"


@pytest.mark.parametrize(
    ("ticks", "upright", "room"),
    [(["PKA<br>I/2024"], False, 61), (["Coaching<br>Mentoring<br>II/2023"], False, 80), (["2023"], False, 41),
     (["Coaching<br>Mentoring<br>II/2023"], True, 101), (["PKN II<br>XXXI/2015"], True, 101), ([], False, 41)],
)  # fmt: skip
def test_cohort_tick_room_holds_the_labels_lying_or_upright(ticks, upright, room):
    """Px under the plot: lines stacked (15 px font, 1.3 line height) or, upright, the longest line's width."""
    assert figures._tick_room(ticks, upright) == room


def test_trend_charts_start_with_the_room_automargin_would_push_to():
    """Margins set from the labels (no second drawing by plotly): upright cohort ticks from
    ROTATED_TICKS_AT cohorts on, room for the widest count and for '100%' beside the axis titles."""
    trend = cohort_trend(multi_facts(), multi_cohorts())
    few = figures.cohort_trend_stacked(trend)
    assert few.layout.margin.b == figures._tick_room(list(few.layout.xaxis.ticktext), upright=False)
    assert few.layout.margin.l == figures._value_room("30")  # the tallest bar 26, the axis to 26 x 1.15
    share = figures.regional_share_trend(regional_share_by_cohort(multi_facts(), multi_cohorts()))
    assert share.layout.margin.l == figures._value_room("100%") and share.layout.height == 400
    assert share.layout.title.y is None  # a one-row legend: the title where it always was


def _share_rows(programs: list[int], name: str = "Pelatihan Program Nomor") -> list[dict[str, object]]:
    """Rows of stats.regional_share_by_cohort, one cohort per entry of `programs` (its program's number)."""
    return [
        {"cohort_id": i, "cohort": f"{name} {p} Angkatan {i} Tahun 2024",
         "program": f"{name} {p}", "year": 2024, "angkatan": str(i), "start_date": None,
         "participants": 30, "central": 10, "regional": 20, "central_share": 1 / 3, "regional_share": 2 / 3}
        for i, p in enumerate(programs)
    ]  # fmt: skip


def test_the_share_chart_draws_lines_only_for_programs_with_a_trend_and_at_most_six():
    """Cohorts whose program has no other cohort in view are points of one 'Program lain' trace; programs with
    two or more cohorts get a line each, the six with the most cohorts (first seen among equals): fifteen
    one-cohort programs drew fifteen legend entries of lone points. With no line there is no legend (each
    tick names its program), and no cohort is left out."""
    lone = figures.regional_share_trend(pd.DataFrame(_share_rows(list(range(15)))))
    assert [(trace.name, list(trace.x)) for trace in lone.data] == [("Program lain", list(range(15)))]
    assert not lone.layout.showlegend and lone.data[0].mode == "markers"
    programs = [0, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8]  # 0 and 8 alone; 1-7 twice or more
    figure = figures.regional_share_trend(pd.DataFrame(_share_rows(programs)))
    drawn = {trace.name: list(trace.x) for trace in figure.data}
    assert len(drawn) == figures.PROGRAM_LINES + 1 and drawn["Program lain"] == [0, 14, 15, 16]
    assert sorted(x for xs in drawn.values() for x in xs) == list(range(len(programs)))
    assert drawn[figures.program_short("Pelatihan Program Nomor 2")] == [3, 4, 5]  # the most cohorts: kept


def test_a_legend_of_many_programs_makes_the_share_chart_taller_not_its_plot_smaller():
    """Seven legend entries of long program names fill several rows: the chart grows by them and the title
    sits on top."""
    long_name = "Pelatihan Teknis Penyusunan Rencana Kerja dan Anggaran Satuan Kerja Nomor"
    figure = figures.regional_share_trend(pd.DataFrame(_share_rows([n // 2 for n in range(16)], long_name)))
    assert len(figure.data) == figures.PROGRAM_LINES + 1
    names = [trace.name for trace in figure.data]
    extra = figures._legend_room(names, 14) - 100
    bottom = figures._tick_room(list(figure.layout.xaxis.ticktext), upright=True)
    assert extra > 0 and figure.layout.margin.t == 100 + extra and figure.layout.margin.b == bottom
    assert figure.layout.height == 400 + extra + max(bottom - figures.TICK_ROOM, 0)
    assert (figure.layout.title.y, figure.layout.title.yanchor) == (1, "top")


def test_many_cohorts_get_one_line_upright_labels_and_a_plot_that_keeps_its_height():
    """40 cohorts (a year at a million participants): each label one line, the program cut with '…' (its
    lines would otherwise stand side by side over the neighbours' once plotly turns them upright); the chart
    grows by the labels' room so the plot keeps its height; the share chart writes no share over every point
    (they ran into each other), the hover still does."""
    long_name = "Pelatihan Perancang Peraturan Perundang-undangan Tingkat Lanjut"
    rows = [
        {"cohort_id": i, "cohort": f"{long_name} Angkatan {i} Tahun 2025", "program": long_name, "year": 2025,
         "angkatan": str(i), "start_date": None, "participants": 30, "central": 10, "regional": 20,
         "central_share": 1 / 3, "regional_share": 2 / 3}
        for i in range(40)
    ]  # fmt: skip
    share = figures.regional_share_trend(pd.DataFrame(rows))
    ticks = list(share.layout.xaxis.ticktext)
    assert all("<br>" not in tick for tick in ticks) and len(set(ticks)) == 40
    head = ticks[0].rsplit(" ", 1)[0]
    assert head.endswith("…") and len(head) == figures.UPRIGHT_TICK_CHARS
    assert share.layout.margin.b > figures.TICK_ROOM
    assert share.layout.height - share.layout.margin.t - share.layout.margin.b >= 400 - 100 - figures.TICK_ROOM
    assert all(trace.mode == "lines+markers" for trace in share.data)
    assert all(long_name in text for trace in share.data for text in trace.customdata)
    few = figures.regional_share_trend(pd.DataFrame(rows[:3]))
    assert all("<br>" in tick for tick in few.layout.xaxis.ticktext) and few.data[0].mode == "lines+markers+text"
    # the room kept is for standing labels, so they stand in every width (plotly slanted 20 by 30 degrees
    # where the chart was wide, leaving that room empty); few cohorts keep plotly's own choice
    trend = pd.DataFrame(
        [{"cohort_id": r["cohort_id"], "cohort": r["cohort"], "program": long_name, "angkatan": r["angkatan"],
          "year": 2025, "sector": sector, "count": r[sector], "share": r[f"{sector}_share"],
          "cohort_total": 30} for r in rows[:20] for sector in ("central", "regional")]
    )  # fmt: skip
    stacked = figures.cohort_trend_stacked(trend)
    assert stacked.layout.xaxis.tickangle == 90 and share.layout.xaxis.tickangle == 90
    assert stacked.layout.margin.b > figures.TICK_ROOM
    assert few.layout.xaxis.tickangle is None
    assert figures.cohort_trend_stacked(trend[trend["cohort_id"] < 3]).layout.xaxis.tickangle is None


@pytest.mark.parametrize(
    ("names", "rows"),
    [(["PKA"], 1), (["PKA", "Latsar", "PKP"], 1), (["Pelatihan Program Nomor 1"] * 16, 6)],
)
def test_legend_room_counts_the_rows_plotly_sets_the_entries_in(names, rows):
    assert figures._legend_room(names, 14) == int(rows * 14 * 1.6) + 40


@pytest.mark.parametrize(
    ("program", "short"),
    [("Pelatihan Kepemimpinan Administrator", "PKA"), ("Pelatihan Kepemimpinan Pengawas", "PKP"),
     ("Pelatihan Dasar CPNS", "Latsar"), ("Pelatihan Kepemimpinan Nasional Tingkat II", "PKN II"),
     ("Pelatihan Kepemimpinan Nasional Tingkat I", "PKN I"), ("Pelatihan Kepemimpinan Nasional", "PKN"),
     ("Pelatihan Coaching dan Mentoring", "Coaching Mentoring"), ("Diklat PKA", "PKA"),
     ("Pelatihan Analis Kebijakan", "Analis Kebijakan"), ("pelatihan teknis", "teknis")],
)  # fmt: skip
def test_program_short_names_are_the_ones_people_use(program, short):
    """From data/reference/programs.csv; a program not in it keeps its own words (no made-up initials)."""
    assert program_short(program) == short


@pytest.mark.parametrize(
    ("low", "high", "ticks"),
    [(1, 2, [1, 2]), (1, 3, [1, 2, 3]), (1, 7, [1, 3, 5, 7]), (1, 26, [1, 6, 11, 16, 21, 26]), (1, 1, [1])],
)
def test_map_colour_scale_ticks_are_whole_numbers_each_once(low, high, ticks):
    assert figures.whole_ticks(low, high) == ticks


def test_a_click_on_a_bar_gives_its_breakdown_key():
    figure = figures.participants_by_sector(by_sector(reference_facts()))
    points = [{"point_index": i, "customdata": list(row)} for i, row in enumerate(figure.data[0].customdata)]
    assert figures.clicked_keys(points[:1]) == ["central"]
    assert figures.clicked_keys(points[::-1]) == ["regional", "central"]
    assert figures.clicked_keys([{"customdata": ["Lainnya", "3", "__lainnya__"]}, {"x": 1}]) == []


def test_on_screen_follows_the_page_theme_and_keeps_the_sector_colours() -> None:
    """The dashboard's copy: transparent background, Streamlit's theme placeholders for text and axes (light
    or dark in the browser), the same K/L and Pemda colours; the exports' figure itself stays white."""
    figure = figures.participants_by_sector(by_sector(reference_facts()), title="Angkatan IV")
    screen = figures.on_screen(figure).to_plotly_json()
    layout = screen["layout"]
    assert layout["paper_bgcolor"] == layout["plot_bgcolor"] == figures.TRANSPARENT
    assert layout["font"]["color"] == figures.SCREEN_TEXT
    assert layout["xaxis"]["linecolor"] == figures.SCREEN_SOFT_TEXT
    assert list(screen["data"][0]["marker"]["color"]) == list(figure.data[0].marker.color)
    kl_pemda = {SECTOR_COLOURS["central"], SECTOR_COLOURS["regional"]}
    assert kl_pemda <= set(screen["data"][0]["marker"]["color"])
    assert figure.layout.paper_bgcolor == "white" and figure.layout.font.color == "#262730"
    empty = figures.on_screen(figures.empty_figure("kosong", "id"))  # no traces: still a figure
    assert empty.layout.annotations[0].font.color == figures.SCREEN_SOFT_TEXT


def test_a_click_on_an_agency_a_tile_or_a_cohort_gives_its_key():
    """Click to filter beyond sector and level: an agency bar gives the agency, a tile its province, a cohort's
    bar in Tren its cohort id (the page turns it into program, year and angkatan)."""
    agencies = figures.top_agencies(top_agencies(reference_facts(), 10))
    point = {"customdata": list(agencies.data[0].customdata[0])}
    assert figures.clicked_keys([point]) == [html.unescape(point["customdata"][0])]
    tiles = figures.province_tile_map(by_province(multi_facts()))
    cell = tiles.data[-1].customdata[0]
    assert figures.clicked_keys([{"customdata": list(cell)}]) == [html.unescape(cell[2])]
    assert html.unescape(cell[2]) in all_provinces()
    trend = figures.cohort_trend_stacked(cohort_trend(multi_facts(), multi_cohorts()))
    central = trend.data[0]
    ids = [figures.clicked_keys([{"customdata": list(row)}]) for row in central.customdata]
    assert ids == [[str(i)] for i in cohort_trend(multi_facts(), multi_cohorts())["cohort_id"].unique()]


@pytest.mark.parametrize("name", sorted(CASES))
def test_on_screen_sends_what_a_validated_copy_would(name):
    """on_screen skips plotly's validation of its recoloured copy (the figure was validated when built): what
    Streamlit sends to the browser is exactly what a validated copy gives."""
    import plotly.io as pio
    import plotly.tools

    function, table = CASES[name]
    figure = function(table)
    spec = figure.to_plotly_json()
    figures._recolour(spec["data"])
    figures._recolour(spec["layout"])
    spec["layout"]["paper_bgcolor"] = spec["layout"]["plot_bgcolor"] = figures.TRANSPARENT

    def sent(fig: go.Figure) -> str:  # as st.plotly_chart builds its proto
        validated = plotly.tools.return_figure_from_figure_or_data(fig, validate_figure=True)
        return pio.to_json(validated, validate=False)

    assert sent(figures.on_screen(figure)) == sent(go.Figure(spec))


def test_vertical_bars_start_with_room_for_their_category_names():
    """Sector, level, golongan and age bars: the bottom margin holds their (wrapped, never tilted) names."""
    facts = reference_facts()
    for figure in (
        figures.participants_by_sector(by_sector(facts)),
        figures.regional_by_level(regional_by_level(facts)),
        figures.golongan_bars(by_golongan(facts)),
        figures.age_bands(by_age_band(facts)),
    ):
        names = list(figure.data[0].x)
        assert figure.layout.margin.b == figures._tick_room(names, upright=False) >= 41
        assert figure.layout.xaxis.tickangle == 0


def test_the_phones_cohort_charts_name_each_cohort_on_one_standing_line():
    """narrow=True (Tren on a phone): one-line cohort names standing upright, the title above the legend,
    no share written over each point; the wide charts keep their lying two-line names."""
    trend = cohort_trend(multi_facts(), multi_cohorts())
    shares = regional_share_by_cohort(multi_facts(), multi_cohorts())
    for wide, narrow in (
        (figures.cohort_trend_stacked(trend), figures.cohort_trend_stacked(trend, narrow=True)),
        (figures.regional_share_trend(shares), figures.regional_share_trend(shares, narrow=True)),
    ):
        assert any("<br>" in tick for tick in wide.layout.xaxis.ticktext) and wide.layout.xaxis.tickangle is None
        assert not any("<br>" in tick for tick in narrow.layout.xaxis.ticktext)
        assert narrow.layout.xaxis.tickangle == 90 and narrow.layout.title.yref == "container"
    assert all("text" not in trace.mode for trace in figures.regional_share_trend(shares, narrow=True).data)


def _trend_rows(n: int) -> pd.DataFrame:
    """Rows of stats.cohort_trend for `n` cohorts of 30 (12 K/L, 18 Pemda), in time order."""
    sectors = ["central", "regional", "other", "unknown"]
    counts = {"central": 12, "regional": 18, "other": 0, "unknown": 0}
    return pd.DataFrame(
        [{"cohort_id": i, "cohort": f"Pelatihan Kepemimpinan Administrator Angkatan {i} Tahun 2024",
          "program": "Pelatihan Kepemimpinan Administrator", "year": 2024, "angkatan": str(i), "start_date": None,
          "sector": sector, "label": sector, "count": counts[sector], "share": counts[sector] / 30,
          "cohort_total": 30}
         for i in range(1, n + 1) for sector in sectors]
    )  # fmt: skip


@pytest.mark.parametrize("n", [figures.ROTATED_TICKS_AT, 20])
def test_from_rotated_ticks_on_the_phones_cohort_charts_differ_from_the_wide_only_in_legend_room(n):
    """reads_at_every_width: from ROTATED_TICKS_AT cohorts on, the phone's chart (narrow=True) draws the same
    marks, texts and standing names as the wide one (Tren then sends one chart instead of two); only the room
    above the plot for the legend's rows differs. Below that, the wide chart's names lie on two lines."""
    assert figures.reads_at_every_width(n) and not figures.reads_at_every_width(figures.ROTATED_TICKS_AT - 1)
    shares = pd.DataFrame(_share_rows([i % 7 for i in range(n)]))
    for build, table in ((figures.cohort_trend_stacked, _trend_rows(n)), (figures.regional_share_trend, shares)):
        wide, narrow = build(table), build(table, narrow=True)
        assert wide.to_dict()["data"] == narrow.to_dict()["data"]
        assert list(wide.layout.xaxis.ticktext) == list(narrow.layout.xaxis.ticktext)
        assert wide.layout.xaxis.tickangle == narrow.layout.xaxis.tickangle == 90
        assert wide.layout.margin.b == narrow.layout.margin.b and narrow.layout.margin.t >= wide.layout.margin.t
