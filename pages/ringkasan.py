"""Ringkasan: headline numbers, the summary sentence, K/L vs Pemda, regions, agencies and the participant profile."""

from typing import Any, Final

import pandas as pd
import streamlit as st

from pages import chart, page_context, require_page, sample_banner
from peserta import figures, stats
from peserta.i18n import N_
from peserta.narrative import no_province_note, summary_sentence

NARROW_CSS: Final = """<style>
.st-key-ringkasan-province_bar_narrow { display: none; }
@media (max-width: 640px) {
  .st-key-ringkasan-province_map { display: none; }
  .st-key-ringkasan-province_bar_narrow { display: block; }
}
</style>"""

PROVINCE_AGENCIES: Final = 15  # agencies drawn when one province is chosen


def _tables(facts: pd.DataFrame, cohorts: pd.DataFrame, lang: str) -> dict[str, Any]:
    """Every number and table the page shows, from one selection."""
    provinces = stats.by_province(facts, lang)
    return {
        "kpis": stats.kpis(facts),
        "summary": summary_sentence(facts, cohorts, lang),
        "sector": stats.by_sector(facts, lang),
        "level": stats.regional_by_level(facts, lang),
        "agencies": stats.top_agencies(facts, 10, lang),
        "provinces": provinces,
        "without_province": stats.without_province(facts),
        "gender": stats.by_gender(facts, lang),
        "golongan": stats.by_golongan(facts, lang),
        "age": stats.by_age_band(facts, lang),
    }


@st.cache_resource(max_entries=16, show_spinner=False)
def _shared_tables(
    url: str, generation: int, filters_key: str, lang: str, _facts: Any, _cohorts: Any
) -> dict[str, Any]:
    """_tables once per store generation, filters and language, shared read-only by every session (counts
    only, the same for every role): 25 people opening the dashboard at once compute it once."""
    return _tables(_facts, _cohorts, lang)


ctx = page_context()
require_page(ctx, __file__)  # every role (pages.PAGES)
lang = ctx.lang
facts = ctx.filtered

st.title(ctx.t("page.ringkasan"))
st.caption(ctx.t("app.subtitle"))
sample_banner(ctx)

if ctx.cohorts.empty:
    st.info(ctx.t("empty.no_data"), icon=":material/inbox:")
    st.stop()

tables = (
    _tables(facts, ctx.selected, lang)
    if ctx.generation is None
    else _shared_tables(ctx.store.url, ctx.generation, repr(ctx.filters), lang, facts, ctx.selected)
)
numbers = tables["kpis"]
if not numbers.participants:
    st.info(ctx.t("empty.no_participants"), icon=":material/filter_alt_off:")
    st.caption(ctx.t("filter.reset_hint"))
    st.stop()


def metric(
    column, label_key: str, value: int, share: float | None = None, help_key: str | None = None
) -> None:
    """One KPI card: the count, and its share of the participants underneath when given."""
    with column:
        st.metric(
            ctx.t(label_key), stats.format_count(value, lang), help=ctx.t(help_key) if help_key else None
        )
        if share is not None:
            st.caption(ctx.t("kpi.share_of_participants", share=stats.format_share(share, lang)))


cards = st.columns(6)
metric(cards[0], N_("kpi.participants"), numbers.participants)
metric(cards[1], N_("kpi.central"), numbers.central, numbers.share("central"))
metric(cards[2], N_("kpi.regional"), numbers.regional, numbers.share("regional"))
metric(cards[3], N_("kpi.agencies"), numbers.agencies, help_key=N_("kpi.help.agencies"))
metric(cards[4], N_("kpi.provinces"), numbers.provinces, help_key=N_("kpi.help.provinces"))
metric(cards[5], N_("kpi.cohorts"), numbers.cohorts)
if numbers.other or numbers.unknown:
    extra = st.columns(6)
    if numbers.other:
        metric(extra[1], N_("kpi.other"), numbers.other, numbers.share("other"))
    if numbers.unknown:
        metric(extra[2], N_("kpi.unknown"), numbers.unknown, numbers.share("unknown"))

st.subheader(ctx.t("section.narrative"))
st.text(tables["summary"])  # names programs: shown literally

st.subheader(ctx.t("section.sector"))
left, right = st.columns(2)
with left:
    figure = figures.participants_by_sector(tables["sector"], lang)
    chart(figure, "ringkasan.sector", filter_field="sectors")
with right:
    figure = figures.regional_by_level(tables["level"], lang)
    chart(figure, "ringkasan.level", filter_field="levels")

st.subheader(ctx.t("section.agencies"))
agencies = tables["agencies"]
figure = figures.top_agencies(agencies, lang)
chart(figure, "ringkasan.agencies", filter_field="agencies")


def tie_note(table) -> None:
    """'3 instansi sama-sama 4 peserta; ...' under a top-agencies chart whose cut falls inside a tie."""
    tie = table.attrs.get("tie")
    if tie:
        st.caption(ctx.nt("agency.tie", tie.count, tied=stats.format_count(tie.tied, lang),
                          count=stats.format_count(tie.count, lang), shown=stats.format_count(tie.shown, lang)))  # fmt: skip


tie_note(agencies)

st.subheader(ctx.t("section.regions"))
provinces = tables["provinces"]
tile_tab, bar_tab = st.tabs([ctx.t("chart.province_map"), ctx.t("chart.by_province")])
with tile_tab:
    figure = figures.province_tile_map(provinces, lang)
    chart(figure, "ringkasan.province_map", filter_field="provinces")
    # On a phone the 38 tiles are too small to read: the same numbers as bars instead (CSS below).
    chart(figures.province_bar(provinces, lang), "ringkasan.province_bar_narrow", filter_field="provinces")
    st.markdown(NARROW_CSS, unsafe_allow_html=True)  # a constant
    st.caption(ctx.t("chart.map_note"))
    central_none, other_none = tables["without_province"]
    note = no_province_note(central_none, other_none, lang)
    if note:  # K/L head offices have no province: not the same as unknown
        st.caption(note)
with bar_tab:
    figure = figures.province_bar(provinces, lang)
    chart(figure, "ringkasan.province_bar", filter_field="provinces")
if len(ctx.filters.provinces) == 1:  # drill down: a tile or bar clicked, the province's agencies
    province = ctx.filters.provinces[0]
    in_province = stats.top_agencies(facts, PROVINCE_AGENCIES, lang)
    title = ctx.t("chart.province_agencies", province=province)
    chart(figures.top_agencies(in_province, lang, title=title), "ringkasan.province_agencies",
          filter_field="agencies")  # fmt: skip
    tie_note(in_province)
st.caption(ctx.t("filter.click_hint"))

st.subheader(ctx.t("section.profile"))
gender, golongan, age = st.columns(3)
with gender:
    figure = figures.gender_split(tables["gender"], lang)
    chart(figure, "ringkasan.gender")
with golongan:
    figure = figures.golongan_bars(tables["golongan"], lang)
    chart(figure, "ringkasan.golongan")
with age:
    figure = figures.age_bands(tables["age"], lang)
    chart(figure, "ringkasan.age")

updated = stats.last_updated(ctx.cohorts)
if updated is None:
    st.caption(ctx.t("last_updated.never"))
else:
    st.caption(ctx.t("last_updated", when=stats.format_timestamp(updated, lang)))
