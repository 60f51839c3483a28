"""What pages draw with: charts without plotly's English toolbar (clickable to filter), tables sent with
the allowed columns only, Markdown-safe text, paging and the people-in-several-cohorts table."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from pages.context import AppContext
from pages.reads import cohort_labels
from peserta.figures import on_screen
from peserta.stats import format_count
from peserta.tables import cohort_lists, shown_columns


def sample_banner(ctx: AppContext, cohorts: pd.DataFrame | None = None) -> None:
    """The 'Data contoh' notice when any of the shown cohorts is sample data."""
    frame = ctx.selected if cohorts is None else cohorts
    if len(frame) and bool(frame["is_sample"].any()):
        st.info(ctx.t("banner.sample"), icon=":material/science:")


@st.cache_resource(max_entries=32, show_spinner=False)
def _screen_figures(url: str, generation: int, filters_key: str, lang: str) -> dict[str, go.Figure]:
    """The on-screen figures of one store generation, filters and language, by chart key, shared read-only
    by every session like the tables they are drawn from (counts, agency, program and place names: the same
    for every role). 25 people on one filter build each chart once instead of 25 times."""
    return {}


def chart(
    figure: go.Figure | Callable[[], go.Figure],
    key: str,
    *,
    filter_field: str | None = None,
    to_filters: Callable[[list[str]], Mapping[str, list[Any]]] | None = None,
    shared: AppContext | None = None,
) -> None:
    """A plotly figure without plotly's toolbar: its buttons speak English whatever the page's language
    ("Download plot as a PNG", "Fullscreen") and cover chart titles on narrow screens. Pictures for meetings
    come from Presentasi (PowerPoint, PDF). With `filter_field` (a Filters field), clicking a bar or tile
    filters the dashboard by it; `to_filters` instead turns the clicked keys into several filters (a cohort:
    its program, year and angkatan). The new filter shows as a removable chip and the URL follows.

    `figure` may be a function that builds it; with `shared` (the run's context, when the chart depends on
    nothing but the store generation, the filters, the language and `key`) it is built once per those and
    shared by every session (_screen_figures)."""
    config = {"displayModeBar": False, "displaylogo": False}
    figure = _screen_figure(figure, key, shared)
    if filter_field is None and to_filters is None:
        st.plotly_chart(figure, key=key, width="stretch", config=config)
        return
    st.plotly_chart(
        figure,
        key=key,
        width="stretch",
        config=config,
        on_select=functools.partial(_filter_by_click, key, filter_field, to_filters),
        selection_mode="points",
    )


def _screen_figure(
    figure: go.Figure | Callable[[], go.Figure], key: str, shared: AppContext | None
) -> go.Figure:
    """The figure in the page's light or dark colours (figures.on_screen), from the shared figures when the
    chart may be shared."""
    if shared is None or shared.generation is None:
        return _coloured(figure)
    figures = _screen_figures(shared.store.url, shared.generation, repr(shared.filters), shared.lang)
    found = figures.get(key)
    if found is None:  # two sessions may build it at once: the same figure, the last one kept
        found = figures[key] = _coloured(figure)
    return found


def _coloured(figure: go.Figure | Callable[[], go.Figure]) -> Any:
    built = figure() if callable(figure) else figure
    return on_screen(built) if isinstance(built, go.Figure) else built


def _filter_by_click(
    key: str, field: str | None, to_filters: Callable[[list[str]], Mapping[str, list[Any]]] | None
) -> None:
    """on_select of a clickable chart: the clicked marks' keys become the filter of `field` (drill down), or
    the filters `to_filters` makes of them."""
    from peserta.figures import clicked_keys

    event = st.session_state.get(key) or {}
    keys = clicked_keys(((event.get("selection") or {}).get("points")) or [])
    if not keys:
        return
    chosen = dict(to_filters(keys)) if to_filters is not None else {field: keys} if field else {}
    for name, values in chosen.items():
        st.session_state[f"filter.{name}"] = list(values)  # the router's filter state for this field


def table(
    frame: pd.DataFrame,
    key: str,
    *,
    columns: Sequence[str],
    personal: bool = False,
    labels: Mapping[str, str] | None = None,
    formats: Mapping[str, Callable[[Any], str]] | None = None,
    config: Mapping[str, Any] | None = None,
    height: int | None = None,
) -> None:
    """A read-only table of `columns` only, cells shown literally (never as Markdown or HTML); `labels` name
    the columns in the current language and `formats` show coded values (sector, level, cohort id) as text.

    Only `columns` are sent to the browser, and names, NIPs and birth dates only with `personal` (pass
    `ctx.can_edit`): Streamlit sends the whole frame it is given, hidden columns included."""
    frame = shown_columns(frame, columns, personal=personal)
    # A coded column's empty value gets a visible code ("-"), which its format names ("Tidak diketahui"):
    # an empty choice would be drawn as "None".
    coded = [c for c in (formats or {}) if c in frame.columns and frame[c].dtype == object]
    if coded:
        frame = frame.assign(**{c: frame[c].where(frame[c] != "", "-") for c in coded})
    column_config: dict[str, Any] = {}
    for column, label in (labels or {}).items():
        column_config[column] = st.column_config.Column(label)
    for column, show in (formats or {}).items():
        unique = pd.unique(frame[column].to_numpy()) if column in frame else []
        values = [v.item() if hasattr(v, "item") else v for v in unique if pd.notna(v)]
        column_config[column] = st.column_config.SelectboxColumn(
            (labels or {}).get(column),
            options=values,
            format_func=show,
            width="large" if column == "cohort_id" else None,  # cohort names are long
        )
    column_config.update(config or {})
    kwargs: dict[str, Any] = {
        "hide_index": True,
        "width": "stretch",
        "key": key,
        "column_config": {c: v for c, v in column_config.items() if c in frame.columns},
        "placeholder": "-",  # an empty cell (never signed in, no end date) reads "-", not the table's "None"
    }
    if height is not None:
        kwargs["height"] = height
    st.dataframe(frame, **kwargs)


_MARKDOWN_SPECIAL: Final = frozenset("\\`*_{}[]()<>#+-.!|~$:=^&")


def md_escape(value: object) -> str:
    """User text (file, program, agency names) made literal inside a Markdown string: every character
    Markdown, Streamlit's directives (:red[...], :material/...:) or LaTeX ($) could read is escaped."""
    return "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in str(value))


def text_key(value: str) -> str:
    """A short stable widget-key part for a user text (a header, an instansi), independent of its position."""
    return hashlib.blake2s(value.encode("utf-8"), digest_size=6).hexdigest()


def when(label: str) -> Any:
    """A table column of UTC timestamps shown in Jakarta time, as numbers (06/12/2026 14:03): the table
    writes month names in English ("6 Dec 2026") whatever the page's language."""
    return st.column_config.DatetimeColumn(label, format="DD/MM/YYYY HH:mm", timezone="Asia/Jakarta")


def page_number(ctx: AppContext, n_rows: int, page_size: int, key: str) -> int:
    """The page of a long list to show (1 when it fits on one page): a number box beside the list."""
    n_pages = (n_rows + page_size - 1) // page_size
    if n_pages <= 1:
        return 1
    box = st.columns([1, 4])[0]
    label = ctx.t("peserta.page", pages=format_count(n_pages, ctx.lang))
    return int(box.number_input(label, min_value=1, max_value=n_pages, value=1, key=key))


def shown_of(ctx: AppContext, key: str, shown: int, total: int) -> None:
    """'Showing the first 500 of 80.000' under a table or chart that shows only part of the rows."""
    if total > shown:
        st.caption(ctx.t(key, shown=format_count(shown, ctx.lang), total=format_count(total, ctx.lang)))


def repeat_table(ctx: AppContext, repeat: pd.DataFrame, key: str, *, count: bool = True) -> None:
    """People found in several cohorts (Store.repeat_people): count, then a table; names and full NIPs
    only for roster managers."""
    if count:
        st.metric(ctx.t("trend.repeat_count"), format_count(len(repeat), ctx.lang))
    if repeat.empty:
        return
    shown = repeat.assign(cohorts=cohort_lists(repeat["cohort_ids"], cohort_labels(ctx)[0]))
    labels = {
        "name": ctx.t("col.name"),
        "nip": ctx.t("col.nip"),
        "n_cohorts": ctx.t("col.n_cohorts"),
        "cohorts": ctx.t("col.cohorts"),
    }
    table(shown, key, columns=["name", "nip", "n_cohorts", "cohorts"], personal=ctx.can_edit, labels=labels)
    if not ctx.can_edit:
        st.caption(ctx.t("peserta.nip_masked"))
