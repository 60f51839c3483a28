"""Entry point (router): page config, access mode and sign-in, store and sample data, language, shared
filters in the URL (drawn by pages/sidebar.py), navigation.

Thin on purpose: every number comes from peserta/, every read and write goes through store/, sign-in and
sessions are pages/access.py (on store.auth.sessions' pure rules and store.auth.user_sessions), and the pages
(pages/*.py) read the context built here (pages.AppContext).
"""

from __future__ import annotations

import logging
import secrets
from typing import Any, Final, NamedTuple

import pandas as pd
import streamlit as st

from loaders.settings import is_on
from pages.access import (
    LANG_KEY,
    account_sidebar,
    local_sign_in,
    log_once,
    sign_in_form,
    signed_in,
    sso_allow_list,
)
from pages.context import AppContext, set_context
from pages.guards import require_role
from pages.navigation import PAGE_CONFIG, navigation, spec_for_url, text
from pages.page_routes import page_routes
from pages.reads import prepare_repeat_index
from pages.sidebar import filter_chips, filters_sidebar, language, sync_url, ui_css
from pages.widgets import md_escape
from peserta.facts import prepare_facts, summed_over_cohorts
from peserta.filters import (
    Filters,
    apply_filters,
    filter_options,
    selected_cohorts,
)
from peserta.i18n import N_, normalise_lang
from peserta.stats import order_cohorts
from store import Store, StoreError, open_store, seed_samples
from store.auth.accounts import Accounts
from store.auth.session_routes import session_routes
from store.auth.sessions import (
    access_mode,
    local_mode_opt_in,
    proxied_request,
    session_policy,
)
from store.engine import resolve_url
from store.retention import start_schedule

RAISE_ENV: Final = "DASBOR_RAISE_ERRORS"  # "1": re-raise unexpected errors after logging (development, tests)
log = logging.getLogger("dasbor")
DASHBOARDS: Final = N_("nav.dashboards")  # the section whose pages show the filters as chips


@st.cache_resource(show_spinner=False)
def _open_store(url: str) -> Store:
    """One store (connection pool) per database URL for the whole server, with its retention schedule: a
    due purge now, then daily from a background thread (no page view waits for or triggers one)."""
    store = open_store(url)
    start_schedule(store)
    return store


@st.cache_data(max_entries=16, show_spinner=False)
def _agency_facts(url: str, generation: int, agencies: tuple[str, ...]) -> pd.DataFrame:
    """The facts of these agencies' participants (a click on an agency's bar), per store generation."""
    return prepare_facts(_open_store(url).agency_facts(agencies))


class Loaded(NamedTuple):
    """What the dashboard reads once per store generation (see _load)."""

    cohorts: pd.DataFrame  # as stored
    timeline: pd.DataFrame  # the same cohorts in time order
    facts: pd.DataFrame  # categorical, ready for peserta
    summed: pd.DataFrame  # the facts summed over cohorts but for 'total' (peserta.facts.summed_over_cohorts)
    options: dict[str, list[Any]]  # filter options


@st.cache_resource(max_entries=2, show_spinner=False)
def _load(url: str, generation: int) -> Loaded:
    """Cohorts, facts and filter options, read once per store generation (every write bumps it); a fresh
    server process reads them from the store's on-disk snapshot.

    A resource, not cache_data: one shared read-only copy for every session instead of unpickling
    millions of facts rows on every rerun. Nothing downstream modifies these frames."""
    frames = _open_store(url).read_frames()
    return Loaded(
        cohorts=frames.cohorts,
        timeline=order_cohorts(frames.cohorts),  # sorted once here, not on every rerun (selected_cohorts)
        facts=frames.facts,
        summed=summed_over_cohorts(frames.facts),
        options=filter_options(frames.cohorts, frames.facts),
    )


@st.cache_resource(max_entries=8, show_spinner=False)
def _selection(
    url: str, generation: int, filters_key: str, _timeline: Any, _in_view: Any, _cohorts: Any, _filters: Filters
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The cohorts the filters select and their facts, once per store generation and filters, shared
    read-only by every session like the frames they come from (filtering a million participants' facts took
    a third of a filter change's run on Presentasi)."""
    return selected_cohorts(_timeline, _filters, in_order=True), apply_filters(_in_view, _cohorts, _filters)


def _seed_once(store: Store, lang: str) -> None:
    """Load the fictional sample cohorts into a new, never-seeded store."""
    if store.is_empty() and not store.samples_seeded():
        with st.status(text("seed.loading", lang), expanded=False) as status:
            seed_samples(store)
            status.update(label=text("seed.done", lang), state="complete")


# --- the run -----------------------------------------------------------------------------------------------


def _run() -> None:
    """Decide the access mode, sign in, build this run's context, show the sidebar, run the chosen page."""
    lang = language()
    ui_css(lang)
    url = resolve_url()
    store = _open_store(url)
    accounts = Accounts(store)
    sso = sso_allow_list()
    policy = session_policy()
    mode, reason = access_mode(
        st.get_option("server.address"),
        accounts.has_accounts(),
        sso is not None,
        proxied=proxied_request(st.context.headers or {}),
        local_opt_in=local_mode_opt_in(),
    )
    if mode == "refuse":
        log_once(f"access refused: {reason}")
        st.error(reason, icon=":material/gpp_bad:")  # our own text and the configured address
        st.stop()
    sign_in = local_sign_in() if mode == "local" else signed_in(store, accounts, sso, policy, lang)
    if sign_in is None:
        navigation(lang, None, position="hidden")  # keeps the link's page and filters for after signing in
        sign_in_form(store, accounts, sso, policy, lang)
        st.stop()
    _seed_once(store, lang)
    generation = store.generation()
    loaded = _load(url, generation)
    cohorts, facts = loaded.cohorts, loaded.facts
    page = navigation(lang, sign_in.role)
    filters = filters_sidebar(loaded.options, lang)
    st.sidebar.divider()
    account_sidebar(store, sign_in, lang)
    sync_url(filters, lang)
    spec = spec_for_url(page.url_path)
    if spec is not None and spec.section_key == DASHBOARDS:
        filter_chips(filters, lang)
    # A million participants' facts are millions of rows; a selection that picks no cohorts needs only the
    # 'total' rows per cohort, and every other row summed over them (the same numbers, a seventh of the rows).
    if filters.agencies:
        in_view = _agency_facts(url, generation, filters.agencies)
    else:
        in_view = facts if filters.selects_cohorts else loaded.summed
    selected, filtered = _selection(url, generation, repr(filters), loaded.timeline, in_view, cohorts, filters)
    context = AppContext(
        store=store,
        lang=lang,
        role=sign_in.role,
        user=sign_in.username,
        filters=filters,
        cohorts=cohorts,
        facts=facts,
        selected=selected,
        filtered=filtered,
        sign_in=sign_in,
        policy=policy,
        generation=generation,
    )
    set_context(context)
    try:
        spec = spec_for_url(page.url_path)
        if spec is not None and sign_in.role not in spec.roles:
            page.run()  # a link to a page this role may not open: the navigation put only a hop home there
            return
        require_role(context, spec.roles if spec is not None else ())  # the navigation hides it already
        page.run()
        # After any page (the home page first of all): Tren's and Kualitas' lists of people in several cohorts
        # find a new choice's people in this index, built once per store generation in the background.
        prepare_repeat_index(context)
    finally:
        set_context(None)


def main() -> None:
    """One run: the page, or a friendly message when something failed (details in the server log)."""
    st.set_page_config(**PAGE_CONFIG)
    try:
        _run()
    except StoreError as exc:  # a known problem (database down, bad setting): its message says what to do
        log.warning("store error %s: %s", exc.code, exc.message)
        st.error(md_escape(exc.message), icon=":material/error:")
        if is_on(RAISE_ENV):
            raise
    except Exception:
        reference = secrets.token_hex(4)
        log.exception("unexpected error, reference %s", reference)
        st.error(text("error.unexpected", _lang_now(), reference=reference), icon=":material/error:")
        if is_on(RAISE_ENV):
            raise


def _lang_now() -> str:
    return normalise_lang(st.session_state.get(LANG_KEY))


# Streamlit runs this file as "__main__". The roster sandbox's child processes (multiprocessing
# forkserver/spawn) re-import the main script as "__mp_main__" before reading a file; the guard keeps them
# from running the dashboard (opening the store, seeding, drawing pages) inside the sandbox.
# `streamlit run dashboard.py` finds the App below and imports this file as "dashboard" to serve it: Streamlit
# plus the cookie endpoint (store.auth.session_routes), the only way to set an HttpOnly cookie on this server, and
# the pages' own addresses (pages.page_routes: the frontend told where the server's root is, no 404 first).
if __name__ == "__main__":
    main()
elif __name__ == "dashboard":
    _base_path = st.get_option("server.baseUrlPath")
    app = st.App(__file__, routes=[*session_routes(_base_path), *page_routes(_base_path)])
