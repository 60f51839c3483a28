"""Ringkasan: headline numbers, the summary sentence, K/L vs Pemda, regions, agencies and the participant profile."""

from typing import Any, Final

import pandas as pd
import streamlit as st

from pages.context import page_context
from pages.guards import require_page
from pages.widgets import chart, sample_banner
from peserta import breakdowns, figures, stats
from peserta.breakdowns import Breakdown
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
    return {
        "kpis": stats.kpis(facts),
        "summary": summary_sentence(facts, cohorts, lang),
        "without_province": stats.without_province(facts),
        "breakdowns": breakdowns.tables(facts, lang),
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



def tie_note(table) -> None:
    """'3 instansi sama-sama 4 peserta; ...' under a top-agencies chart whose cut falls inside a tie."""
    tie = table.attrs.get("tie")
    if tie:
        st.caption(ctx.nt("agency.tie", tie.count, tied=stats.format_count(tie.tied, lang),
                          count=stats.format_count(tie.count, lang), shown=stats.format_count(tie.shown, lang)))  # fmt: skip


def draw(breakdown: Breakdown, table: pd.DataFrame) -> None:
    """One breakdown's chart (clicking it filters by its field), and the tie note of a cut ranking."""
    chart(lambda: breakdown.draw(table, lang), f"ringkasan.{breakdown.key}", filter_field=breakdown.filter_field,
          shared=ctx)  # fmt: skip
    tie_note(table)


def provinces_section(breakdown: Breakdown, provinces: pd.DataFrame) -> None:
    """The province tile map (bars on a phone) and the bars, the no-province note, and the drill-down into
    one chosen province's agencies."""
    tile_tab, bar_tab = st.tabs([ctx.t("chart.province_map"), ctx.t("chart.by_province")])
    with tile_tab:
        chart(lambda: breakdown.draw(provinces, lang), "ringkasan.province_map", filter_field="provinces",
              shared=ctx)  # fmt: skip
        # On a phone the 38 tiles are too small to read: the same numbers as bars instead (CSS below).
        chart(lambda: figures.province_bar(provinces, lang), "ringkasan.province_bar_narrow",
              filter_field="provinces", shared=ctx)  # fmt: skip
        st.markdown(NARROW_CSS, unsafe_allow_html=True)  # a constant
        st.caption(ctx.t("chart.map_note"))
        central_none, other_none = tables["without_province"]
        note = no_province_note(central_none, other_none, lang)
        if note:  # K/L head offices have no province: not the same as unknown
            st.caption(note)
    with bar_tab:
        chart(lambda: figures.province_bar(provinces, lang), "ringkasan.province_bar", filter_field="provinces",
              shared=ctx)  # fmt: skip
    if len(ctx.filters.provinces) == 1:  # drill down: a tile or bar clicked, the province's agencies
        province = ctx.filters.provinces[0]
        in_province = stats.top_agencies(facts, PROVINCE_AGENCIES, lang)
        title = ctx.t("chart.province_agencies", province=province)
        chart(lambda: figures.top_agencies(in_province, lang, title=title), "ringkasan.province_agencies",
              filter_field="agencies", shared=ctx)  # fmt: skip
        tie_note(in_province)
    st.caption(ctx.t("filter.click_hint"))


# A breakdown drawn its own way; every other one is a chart in its section's row of columns.
SPECIAL: Final = {"provinces": provinces_section}

for section in breakdowns.SECTIONS:
    shown = breakdowns.in_section(section)
    if not shown:
        continue
    st.subheader(ctx.t(breakdowns.SECTION_TITLES[section]))
    plain = [b for b in shown if b.key not in SPECIAL]
    places = st.columns(len(plain)) if len(plain) > 1 else [st.container() for _ in plain]
    for column, breakdown in zip(places, plain, strict=True):
        with column:
            draw(breakdown, tables["breakdowns"][breakdown.key])
    for breakdown in shown:
        if breakdown.key in SPECIAL:
            SPECIAL[breakdown.key](breakdown, tables["breakdowns"][breakdown.key])

updated = stats.last_updated(ctx.cohorts)
if updated is None:
    st.caption(ctx.t("last_updated.never"))
else:
    st.caption(ctx.t("last_updated", when=stats.format_timestamp(updated, lang)))
