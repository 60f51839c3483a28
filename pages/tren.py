"""Tren: participants per angkatan by sector, the Pemda share across cohorts and years, programs by year,
and people who took part in several cohorts."""

import functools

import streamlit as st

from pages import (
    chart,
    md_escape,
    page_context,
    repeat_people,
    repeat_table,
    require_page,
    sample_banner,
    shown_of,
    table,
)
from peserta import figures, stats
from peserta.filters import cohort_filters
from peserta.stats import format_count

RECENT_COHORTS = 40  # per-cohort charts show at most this many (the most recent): more are unreadable


ctx = page_context()
require_page(ctx, __file__)  # every role (pages.PAGES)
lang = ctx.lang
facts = ctx.filtered

st.title(ctx.t("page.tren"))
sample_banner(ctx)

if ctx.cohorts.empty:
    st.info(ctx.t("empty.no_data"), icon=":material/inbox:")
    st.stop()
if not stats.kpis(facts).participants:
    st.info(ctx.t("empty.no_participants"), icon=":material/filter_alt_off:")
    st.caption(ctx.t("filter.reset_hint"))
    st.stop()

n_cohorts = len(stats.cohort_ids(facts))
trend = stats.cohort_trend(facts, ctx.selected, lang, last=RECENT_COHORTS)
figure = figures.cohort_trend_stacked(trend, lang)
shown_cohorts = ctx.selected[ctx.selected["cohort_id"].isin(trend["cohort_id"])]  # at most RECENT_COHORTS
# a click on a cohort's bar filters by its program, year and angkatan
chart(figure, "tren.cohorts", to_filters=functools.partial(cohort_filters, shown_cohorts))
shown_of(ctx, "shown.recent_cohorts", RECENT_COHORTS, n_cohorts)
abbreviations = stats.program_abbreviations(trend["program"])
if abbreviations:  # the cohort axis names programs by their initials
    items = "; ".join(f"{md_escape(short)} = {md_escape(full)}" for short, full in abbreviations.items())
    st.caption(ctx.t("chart.program_legend", items=items))

by_cohort, by_year = st.tabs([ctx.t("trend.by_cohort"), ctx.t("trend.by_year")])
with by_cohort:
    share = stats.regional_share_by_cohort(facts, ctx.selected, last=RECENT_COHORTS)
    figure = figures.regional_share_trend(share, lang)
    chart(figure, "tren.share_cohort")
    shown_of(ctx, "shown.recent_cohorts", RECENT_COHORTS, n_cohorts)
with by_year:
    figure = figures.regional_share_trend(stats.regional_share_by_year(facts, ctx.selected), lang)
    chart(figure, "tren.share_year")

st.subheader(ctx.t("trend.table"))
program_year = stats.program_year_table(facts, ctx.selected, lang)
table(program_year, "tren.program_year", columns=list(program_year.columns))

st.subheader(ctx.t("trend.repeat_people"))
n_repeat, repeat = repeat_people(ctx)
st.metric(ctx.t("trend.repeat_count"), format_count(n_repeat, lang))
repeat_table(ctx, repeat, "tren.repeat", count=False)
shown_of(ctx, "shown.first_rows", len(repeat), n_repeat)
