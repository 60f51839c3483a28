"""Entry point (router): page config, store and sample data, language, shared filters in the URL, navigation.

Thin on purpose: every number comes from peserta/, every read and write goes through store/, and the
pages (pages/*.py) read the context built here (pages.AppContext).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final

import pandas as pd
import streamlit as st

from pages import ADMIN, AppContext, navigation, set_context, text
from peserta.facts import prepare_facts
from peserta.filters import (
    QUERY_KEYS,
    Filters,
    apply_filters,
    filter_options,
    filters_from_query,
    filters_to_query,
    selected_cohorts,
)
from peserta.i18n import LANGS, level_label, normalise_lang, sector_label
from store import Store, open_store, seed_samples
from store.engine import resolve_url

LANG_KEY: Final = "lang"  # URL query key and widget key
# Local single-user mode: the one user is admin. Sign-in (a later issue) will put the signed-in user's
# role and name under these session keys; the browser cannot set them (no widget uses them).
ROLE_KEY: Final = "dasbor.role"
USER_KEY: Final = "dasbor.user"
LOCAL_ROLE: Final = ADMIN
LOCAL_USER: Final = "lokal"  # the audit log's name for the single local user
# Filters field -> text key of its sidebar label, in sidebar order.
FILTER_LABELS: Final[dict[str, str]] = {
    "programs": "filter.programs",
    "years": "filter.years",
    "angkatan": "filter.angkatan",
    "sectors": "filter.sectors",
    "levels": "filter.levels",
    "provinces": "filter.provinces",
}


def _widget_key(field: str) -> str:
    return f"filter.{field}"


@st.cache_resource(show_spinner=False)
def _open_store(url: str) -> Store:
    """One store (connection pool) per database URL for the whole server."""
    return open_store(url)


@st.cache_resource(max_entries=2, show_spinner=False)
def _load(url: str, generation: int) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, list[Any]]]:
    """Cohorts, facts and filter options, read once per store generation (every write bumps it).

    A resource, not cache_data: one shared read-only copy for every session instead of unpickling
    millions of facts rows on every rerun. Nothing downstream modifies these frames."""
    store = _open_store(url)
    cohorts = store.cohorts()
    facts = prepare_facts(store.facts())
    return cohorts, facts, filter_options(cohorts, facts)


def _query() -> dict[str, list[str]]:
    """The URL query as key -> all its values."""
    return {key: st.query_params.get_all(key) for key in st.query_params}


def _value_labels(field: str, lang: str) -> Callable[[Any], str]:
    if field == "sectors":
        return lambda code: sector_label(code, lang)
    if field == "levels":
        return lambda code: level_label(code, lang)
    return str


def _clear_filters() -> None:
    for field in FILTER_LABELS:
        st.session_state[_widget_key(field)] = []


def _filters_sidebar(options: Mapping[str, list[Any]], lang: str) -> Filters:
    """The six shared filters; first filled from the URL, after that the widgets hold them across pages."""
    from_url = filters_from_query(_query())
    chosen: dict[str, tuple[Any, ...]] = {}
    st.sidebar.subheader(text("filter.header", lang))
    for field, label_key in FILTER_LABELS.items():
        key = _widget_key(field)
        if key not in st.session_state:
            st.session_state[key] = list(getattr(from_url, field))
        # A shared link may name a value no stored cohort has (any more): keep it visible and selected,
        # so the page says "no participants" instead of silently showing everything.
        offered = list(options.get(field, []))
        offered += [v for v in st.session_state[key] if v not in offered]
        values = st.sidebar.multiselect(
            text(label_key, lang),
            offered,
            key=key,
            format_func=_value_labels(field, lang),
            placeholder=text("filter.placeholder", lang),
        )
        chosen[field] = tuple(values)
    st.sidebar.button(text("filter.reset", lang), on_click=_clear_filters, icon=":material/filter_alt_off:")
    st.sidebar.caption(text("filter.share_link", lang))
    return Filters(**chosen)


def _language() -> str:
    """Bahasa Indonesia (default) or English; kept in the URL as lang=en."""
    if LANG_KEY not in st.session_state:
        st.session_state[LANG_KEY] = normalise_lang(st.query_params.get(LANG_KEY))
    choice = st.sidebar.radio(
        "Bahasa / Language",
        LANGS,
        key=LANG_KEY,
        format_func=lambda code: text(f"lang.{code}", code),
        horizontal=True,
    )
    return normalise_lang(choice)


def _sync_url(filters: Filters, lang: str) -> None:
    """Write the view into the URL so a copied link reopens it (only when it changed)."""
    wanted: dict[str, list[str]] = dict(filters_to_query(filters))
    if lang != "id":
        wanted[LANG_KEY] = [lang]
    ours = {*QUERY_KEYS.values(), LANG_KEY}
    current = _query()
    foreign = {k: v for k, v in current.items() if k not in ours}
    if {k: v for k, v in current.items() if k in ours} != wanted:
        st.query_params.from_dict({**foreign, **wanted})


def _seed_once(store: Store, lang: str) -> None:
    """Load the fictional sample cohorts into a new, never-seeded store."""
    if store.is_empty() and not store.samples_seeded():
        with st.status(text("seed.loading", lang), expanded=False) as status:
            seed_samples(store)
            status.update(label=text("seed.done", lang), state="complete")


def main() -> None:
    """Build this run's context, show the sidebar, run the chosen page."""
    st.set_page_config(page_title="Dasbor Peserta Pelatihan", page_icon=":bar_chart:", layout="wide")
    lang = _language()
    url = resolve_url()
    store = _open_store(url)
    _seed_once(store, lang)
    cohorts, facts, options = _load(url, store.generation())
    role = st.session_state.get(ROLE_KEY, LOCAL_ROLE)
    user = st.session_state.get(USER_KEY, LOCAL_USER)
    page = navigation(lang, role)
    filters = _filters_sidebar(options, lang)
    st.sidebar.divider()
    if ROLE_KEY not in st.session_state:
        st.sidebar.caption(text("auth.local_mode", lang))
    _sync_url(filters, lang)
    context = AppContext(
        store=store,
        lang=lang,
        role=role,
        user=user,
        filters=filters,
        cohorts=cohorts,
        facts=facts,
        selected=selected_cohorts(cohorts, filters),
        filtered=apply_filters(facts, cohorts, filters),
    )
    set_context(context)
    try:
        page.run()
    finally:
        set_context(None)


# Streamlit runs this file as "__main__". The roster sandbox's child processes (multiprocessing
# forkserver/spawn) re-import the main script as "__mp_main__" before reading a file; the guard keeps them
# from running the dashboard (opening the store, seeding, drawing pages) inside the sandbox.
if __name__ == "__main__":
    main()
