"""Entry point (router): page config, access mode and sign-in, store and sample data, language, shared
filters in the URL, navigation.

Thin on purpose: every number comes from peserta/, every read and write goes through store/, sign-in and
sessions are pages/access.py (on store.auth.sessions' pure rules and store.auth.user_sessions), and the pages
(pages/*.py) read the context built here (pages.AppContext).
"""

from __future__ import annotations

import html
import json
import logging
import secrets
from collections.abc import Callable, Mapping
from typing import Any, Final

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
from pages.widgets import md_escape, text_key
from peserta.facts import prepare_facts
from peserta.filters import (
    FILTER_LABELS,
    QUERY_KEYS,
    SIDEBAR_FIELDS,
    Filters,
    apply_filters,
    filter_options,
    filters_from_query,
    filters_to_query,
    selected_cohorts,
)
from peserta.i18n import LANGS, N_, level_label, normalise_lang, sector_label
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

LANG_NAMES: Final = {"id": N_("lang.id"), "en": N_("lang.en")}  # each in its own language
RAISE_ENV: Final = "DASBOR_RAISE_ERRORS"  # "1": re-raise unexpected errors after logging (development, tests)
log = logging.getLogger("dasbor")
AGENCIES: Final = "agencies"  # set by a click on an agency's bar or by a link: a chip, no sidebar list
DASHBOARDS: Final = N_("nav.dashboards")  # the section whose pages show the filters as chips


def _widget_key(field: str) -> str:
    return f"filter.{field}"


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


@st.cache_resource(max_entries=2, show_spinner=False)
def _load(url: str, generation: int) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, dict[str, list[Any]]]:
    """Cohorts (as stored, and in time order), facts (categorical, ready for peserta) and filter options,
    read once per store generation (every write bumps it); a fresh server process reads them from the
    store's on-disk snapshot.

    A resource, not cache_data: one shared read-only copy for every session instead of unpickling
    millions of facts rows on every rerun. Nothing downstream modifies these frames."""
    frames = _open_store(url).read_frames()
    timeline = order_cohorts(frames.cohorts)  # sorted once here, not on every rerun (selected_cohorts)
    return frames.cohorts, timeline, frames.facts, filter_options(frames.cohorts, frames.facts)


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


def _remove_filter(field: str, value: Any) -> None:
    """A chip's ✕: that one value leaves its filter (the sidebar widget, or the agencies)."""
    key = _widget_key(field)
    st.session_state[key] = [v for v in st.session_state.get(key, []) if v != value]


def _filter_chips(filters: Filters, lang: str) -> None:
    """The active filters above the page as a row of small buttons, 'Jenis instansi: Pemerintah Daerah ✕';
    a click removes that one (clicks on bars and tiles add them; the URL follows either way)."""
    chips = [(field, value) for field in FILTER_LABELS for value in getattr(filters, field)]
    if not chips:
        return
    with st.container(horizontal=True, key="filter-chips", gap="small"):
        for field, value in chips:
            label = f"{text(FILTER_LABELS[field], lang)}: {_value_labels(field, lang)(value)} ✕"
            st.button(
                md_escape(label),  # agency and program names are user text
                key=f"chip.{field}.{text_key(str(value))}",
                help=text("filter.chip_remove", lang),
                on_click=_remove_filter,
                args=(field, value),
            )


# "Salin tautan": copies the page's address (filters and language are in it) to the clipboard. Only the
# (escaped) labels are filled in; the frame is same-origin, so it reads the page's own address.
COPY_LINK_HTML: Final = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
html, body { margin: 0; background: transparent; }
button { font: 400 14px "Source Sans Pro", "Segoe UI", "DejaVu Sans", sans-serif; color: #31333F;
  background: #FFFFFF; border: 1px solid rgba(49, 51, 63, 0.2); border-radius: 0.5rem; cursor: pointer;
  min-height: 38px; padding: 0 12px; }
button:hover { border-color: #0072B2; color: #0072B2; }
@media (prefers-color-scheme: dark) {  /* the page follows the system's dark mode, so does this button */
  button { color: #FAFAFA; background: #0E1117; border-color: rgba(250, 250, 250, 0.2); }
  button:hover { border-color: #56B4E9; color: #56B4E9; }
}
</style></head><body><button id="salin" type="button">__LABEL__</button>
<script>
const button = document.getElementById("salin");
const label = button.textContent;
button.addEventListener("click", async () => {
  const page = window.parent;
  const address = page.location.href;
  try {
    await page.navigator.clipboard.writeText(address);
  } catch (error) {  // no clipboard API here: the classic way, in the page itself
    const box = page.document.createElement("textarea");
    box.value = address;
    page.document.body.appendChild(box);
    box.select();
    page.document.execCommand("copy");
    box.remove();
  }
  button.textContent = "__DONE__";
  setTimeout(() => { button.textContent = label; }, 2000);
});
</script></body></html>"""


# Streamlit's own English that no setting translates, hidden or replaced: the "Press Enter to submit form" /
# "Press Enter to apply" hints under text fields (Enter still submits), and the file picker's "Upload" button
# word and "25MB per file • XLSX" line (the pages say the limit in the page's language).
UI_CSS: Final = """<style>
[data-testid="InputInstructions"] { display: none; }
[data-testid="stFileUploaderDropzoneInstructions"] { display: none; }
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] { display: none; }
[data-testid="stFileUploaderDropzone"] button span[data-has-shortcut]::after { content: __CHOOSE__; }
</style>"""


def _ui_css(lang: str) -> None:
    """UI_CSS with the file picker's button word in `lang` (a CSS string: JSON quoting is valid CSS here)."""
    st.html(UI_CSS.replace("__CHOOSE__", json.dumps(text("upload.choose", lang))))


def _filters_sidebar(options: Mapping[str, list[Any]], lang: str) -> Filters:
    """The six shared filters; first filled from the URL, after that the widgets hold them across pages."""
    from_url = filters_from_query(_query())
    chosen: dict[str, tuple[Any, ...]] = {}
    st.sidebar.subheader(text("filter.header", lang))
    for field in SIDEBAR_FIELDS:
        label_key = FILTER_LABELS[field]
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
            select_all=False,  # Streamlit's bulk option says "Select all" in English
        )
        chosen[field] = tuple(values)
    agencies = _widget_key(AGENCIES)  # no widget: clicks (pages.chart) and chips change it
    if agencies not in st.session_state:
        st.session_state[agencies] = list(from_url.agencies)
    chosen[AGENCIES] = tuple(str(v) for v in st.session_state[agencies])
    st.sidebar.button(text("filter.reset", lang), on_click=_clear_filters, icon=":material/filter_alt_off:")
    with st.sidebar:
        st.iframe(
            COPY_LINK_HTML.replace("__LABEL__", html.escape(text("filter.copy_link", lang))).replace(
                "__DONE__", html.escape(text("filter.link_copied", lang))
            ),
            height=40,
        )
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
        format_func=lambda code: text(LANG_NAMES[code], code),
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


# --- the run -----------------------------------------------------------------------------------------------


def _run() -> None:
    """Decide the access mode, sign in, build this run's context, show the sidebar, run the chosen page."""
    lang = _language()
    _ui_css(lang)
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
    cohorts, timeline, facts, options = _load(url, generation)
    page = navigation(lang, sign_in.role)
    filters = _filters_sidebar(options, lang)
    st.sidebar.divider()
    account_sidebar(store, sign_in, lang)
    _sync_url(filters, lang)
    spec = spec_for_url(page.url_path)
    if spec is not None and spec.section_key == DASHBOARDS:
        _filter_chips(filters, lang)
    in_view = _agency_facts(url, generation, filters.agencies) if filters.agencies else facts
    context = AppContext(
        store=store,
        lang=lang,
        role=sign_in.role,
        user=sign_in.username,
        filters=filters,
        cohorts=cohorts,
        facts=facts,
        selected=selected_cohorts(timeline, filters, in_order=True),
        filtered=apply_filters(in_view, cohorts, filters),
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
# plus the cookie endpoint (store.auth.session_routes), the only way to set an HttpOnly cookie on this server.
if __name__ == "__main__":
    main()
elif __name__ == "dashboard":
    app = st.App(__file__, routes=session_routes(st.get_option("server.baseUrlPath")))
