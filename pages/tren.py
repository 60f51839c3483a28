"""Tren: participants per angkatan by sector, the Pemda share across cohorts and years, programs by year,
and people who took part in several cohorts."""

import functools
from typing import Any

import streamlit as st

from pages.context import page_context
from pages.guards import require_page
from pages.reads import repeat_people
from pages.widgets import chart, md_escape, repeat_table, sample_banner, shown_of, table
from peserta import figures, stats
from peserta.filters import cohort_filters
from peserta.i18n import N_
from peserta.stats import format_count

# On a phone the per-cohort charts are drawn for its width (cohort names standing, the legend above the
# plot): the wide charts' three-line names ran into each other at 390 px. CSS shows one or the other. From
# figures.ROTATED_TICKS_AT cohorts on, the phone's chart is the only one (figures.reads_at_every_width).
NARROW_CSS = """<style>
.st-key-tren-cohorts_narrow, .st-key-tren-share_cohort_narrow { display: none; }
@media (max-width: 640px) {
  .st-key-tren-cohorts, .st-key-tren-share_cohort { display: none; }
  .st-key-tren-cohorts_narrow, .st-key-tren-share_cohort_narrow { display: block; }
}
</style>"""
# The one chart of 12-20 cohorts keeps room for its standing names on a phone: 640 px wide, scrolled sideways
# (in 358 px, 20 names overlapped one another).
SCROLL_CSS = """<style>
@media (max-width: 640px) {
  .st-key-tren-scroll_cohorts, .st-key-tren-scroll_share { overflow-x: auto; }
  .st-key-tren-cohorts, .st-key-tren-share_cohort { min-width: 640px; }
}
</style>"""
RECENT_COHORTS = 20  # per-cohort charts show at most this many (the most recent): 40 upright labels and
# 16-18 program lines read as a smear, and drawing them was most of a filter change on Tren at 1M


@st.cache_resource(max_entries=16, show_spinner=False)
def _tables(
    url: str, generation: int, filters_key: str, lang: str, _facts: Any, _cohorts: Any
) -> stats.TrendTables:
    """The page's tables once per store generation, filters and language, shared read-only by every session
    (counts and cohort names only, the same for every role). The selected cohorts are in time order."""
    return stats.trend_tables(_facts, _cohorts, lang, RECENT_COHORTS, in_order=True)


ctx = page_context()
require_page(ctx, __file__)  # every role (pages.PAGES)
lang = ctx.lang
facts = ctx.filtered

st.title(ctx.t("page.tren"))
sample_banner(ctx)

if ctx.cohorts.empty:
    st.info(ctx.t("empty.no_data"), icon=":material/inbox:")
    st.stop()
if not stats.participant_count(facts):
    st.info(ctx.t("empty.no_participants"), icon=":material/filter_alt_off:")
    st.caption(ctx.t("filter.reset_hint"))
    st.stop()

tables = (
    stats.trend_tables(facts, ctx.selected, lang, RECENT_COHORTS, in_order=True)
    if ctx.generation is None
    else _tables(ctx.store.url, ctx.generation, repr(ctx.filters), lang, facts, ctx.selected)
)
trend, n_cohorts = tables.trend, tables.n_cohorts
shown_cohorts = ctx.selected[ctx.selected["cohort_id"].isin(trend["cohort_id"])]  # at most RECENT_COHORTS
# a click on a cohort's bar filters by its program, year and angkatan
one_chart = figures.reads_at_every_width(len(tables.share_by_cohort))  # else a phone version of each too
with st.container(key="tren-scroll_cohorts"):
    chart(lambda: figures.cohort_trend_stacked(trend, lang, narrow=one_chart), "tren.cohorts",
          to_filters=functools.partial(cohort_filters, shown_cohorts), shared=ctx)  # fmt: skip
if not one_chart:
    chart(lambda: figures.cohort_trend_stacked(trend, lang, narrow=True), "tren.cohorts_narrow",
          to_filters=functools.partial(cohort_filters, shown_cohorts), shared=ctx)  # fmt: skip
    st.markdown(NARROW_CSS, unsafe_allow_html=True)  # a constant
else:
    st.markdown(SCROLL_CSS, unsafe_allow_html=True)  # a constant
shown_of(ctx, N_("shown.recent_cohorts"), RECENT_COHORTS, n_cohorts)
abbreviations = stats.program_abbreviations(trend["program"])
if abbreviations:  # the cohort axis names programs by their initials
    items = "; ".join(f"{md_escape(short)} = {md_escape(full)}" for short, full in abbreviations.items())
    st.caption(ctx.t("chart.program_legend", items=items))

by_cohort, by_year = st.tabs([ctx.t("trend.by_cohort"), ctx.t("trend.by_year")])
with by_cohort:
    with st.container(key="tren-scroll_share"):
        chart(lambda: figures.regional_share_trend(tables.share_by_cohort, lang, narrow=one_chart),
              "tren.share_cohort", shared=ctx)  # fmt: skip
    if not one_chart:
        chart(lambda: figures.regional_share_trend(tables.share_by_cohort, lang, narrow=True),
              "tren.share_cohort_narrow", shared=ctx)  # fmt: skip
    shown_of(ctx, N_("shown.recent_cohorts"), RECENT_COHORTS, n_cohorts)
with by_year:
    chart(lambda: figures.regional_share_trend(tables.share_by_year, lang), "tren.share_year", shared=ctx)

st.subheader(ctx.t("trend.table"))
program_year = tables.program_year
table(program_year, "tren.program_year", columns=list(program_year.columns))

st.subheader(ctx.t("trend.repeat_people"))
n_repeat, repeat = repeat_people(ctx)
st.metric(ctx.t("trend.repeat_count"), format_count(n_repeat, lang))
repeat_table(ctx, repeat, "tren.repeat", count=False)
shown_of(ctx, N_("shown.first_rows"), len(repeat), n_repeat)
